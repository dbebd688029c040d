package build

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkBuild measures a whole build of a corpus made of the seeds
// repeated n times (each copy made distinct), so that time and memory per
// article can be read off as n grows:
//
//	go test -run '^$' -bench Build -benchmem ./dataset/build
func BenchmarkBuild(b *testing.B) {
	files, err := filepath.Glob(filepath.Join(seedsDir, "*.txt"))
	if err != nil || len(files) == 0 {
		b.Fatalf("no seeds: %v", err)
	}
	for _, copies := range []int{1, 10, 40} {
		dir := b.TempDir()
		for c := 0; c < copies; c++ {
			for _, f := range files {
				data, err := os.ReadFile(f)
				if err != nil {
					b.Fatal(err)
				}
				data = append(data, fmt.Sprintf("\n\nCopy %d.\n", c)...)
				name := fmt.Sprintf("%03d_%s", c, filepath.Base(f))
				if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
					b.Fatal(err)
				}
			}
		}
		n := copies * len(files)
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			out := b.TempDir()
			for i := 0; i < b.N; i++ {
				if _, err := Run(context.Background(), Options{Seeds: dir, Out: out}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/article")
		})
	}
}
