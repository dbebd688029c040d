package build

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"newsdesk/dataset"
	"newsdesk/dataset/parquet"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// TestGolden builds the project's seeds and the stories in
// testdata/stories (written for testing, never seen by the extractors'
// authors while tuning) and compares every table, read back from Parquet,
// with golden JSON lines (one file per table), so that a change in any
// extractor shows up as a readable diff. Regenerate with
//
//	go test ./dataset/build -run TestGolden -update
func TestGolden(t *testing.T) {
	stories, err := filepath.Glob(filepath.Join("testdata", "stories", "*"))
	if err != nil {
		t.Fatal(err)
	}
	dirs := map[string]string{"seeds": seedsDir}
	for _, s := range stories {
		dirs[filepath.Base(s)] = s
	}
	for name, seeds := range dirs {
		t.Run(name, func(t *testing.T) { golden(t, seeds, filepath.Join("testdata", "golden", name)) })
	}
}

func golden(t *testing.T, seeds, dir string) {
	res, err := Run(context.Background(), Options{Seeds: seeds, Out: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	tabs, err := parquet.ReadDir(res.Dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, tab := range dataset.Registry {
		var buf bytes.Buffer
		rows := reflect.ValueOf(tab.Rows(tabs)).Elem()
		for i := 0; i < rows.Len(); i++ {
			row := rows.Index(i)
			if s, ok := row.Interface().(dataset.Source); ok {
				s.Text = "(" + s.SHA256[:12] + "… text elided; see sentences)"
				row = reflect.ValueOf(s)
			}
			buf.Write(jsonRow(t, tab, row))
			buf.WriteByte('\n')
		}
		file := filepath.Join(dir, tab.Name+".jsonl")
		if *update {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(file)
		if err != nil {
			t.Fatalf("%v (generate with -update)", err)
		}
		if !bytes.Equal(buf.Bytes(), want) {
			t.Errorf("%s differs from %s; review with -update and git diff", tab.Name, file)
		}
	}
}

// jsonRow renders one row as a JSON object keyed by column name, in column
// order, as a notebook would show it.
func jsonRow(t *testing.T, tab dataset.Table, row reflect.Value) []byte {
	t.Helper()
	var b bytes.Buffer
	b.WriteByte('{')
	for i, c := range tab.Columns() {
		if i > 0 {
			b.WriteByte(',')
		}
		k, _ := json.Marshal(c.Name)
		v, err := json.Marshal(row.Field(c.Field).Interface())
		if err != nil {
			t.Fatal(err)
		}
		b.Write(k)
		b.WriteByte(':')
		b.Write(v)
	}
	b.WriteByte('}')
	return b.Bytes()
}
