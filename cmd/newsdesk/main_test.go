package main

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

func TestRunExitCodes(t *testing.T) {
	dir := t.TempDir()
	seeds := filepath.Join(dir, "seeds")
	out := filepath.Join(dir, "out")
	if err := os.MkdirAll(seeds, 0o755); err != nil {
		t.Fatal(err)
	}
	article := "Albania cuts ties with Iran\n\nAlbania severed ties with Iran on Wednesday.\n"
	if err := os.WriteFile(filepath.Join(seeds, "a.txt"), []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	tests := []struct {
		name string
		args []string
		want int
	}{
		{"NoCommand", nil, 2},
		{"UnknownCommand", []string{"bogus"}, 2},
		{"BadFlag", []string{"build", "-nope"}, 2},
		{"StrayArgument", []string{"build", "extra"}, 2},
		{"MissingSeeds", []string{"build", "-seeds", filepath.Join(dir, "none"), "-out", out}, 1},
		{"VerifyWithoutDataset", []string{"verify", "-seeds", seeds, "-out", out}, 1},
		{"Build", []string{"build", "-seeds", seeds, "-out", out}, 0},
		{"Verify", []string{"verify", "-seeds", seeds, "-out", out}, 0},
		{"EvalWithoutCorpora", []string{"eval", "-corpora", filepath.Join(dir, "none")}, 0},
	}
	for _, tc := range tests {
		if got := run(ctx, tc.args); got != tc.want {
			t.Errorf("%s: newsdesk %v exited %d, want %d", tc.name, tc.args, got, tc.want)
		}
	}
	// A changed output file and a changed input are both caught.
	parquet := filepath.Join(out, "dataset", "sources.parquet")
	good, err := os.ReadFile(parquet)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(parquet, append(good, 0), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := run(ctx, []string{"verify", "-seeds", seeds, "-out", out}); got != 1 {
		t.Errorf("verify of a changed output exited %d, want 1", got)
	}
	if err := os.WriteFile(parquet, good, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(seeds, "a.txt"), []byte(article+"More.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := run(ctx, []string{"verify", "-seeds", seeds, "-out", out}); got != 1 {
		t.Errorf("verify after an input changed exited %d, want 1", got)
	}
}
