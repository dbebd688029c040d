package dataset

import (
	"flag"
	"os"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestSchemaDoc keeps SCHEMA.md in step with the row types.
func TestSchemaDoc(t *testing.T) {
	got := SchemaMarkdown()
	if *update {
		if err := os.WriteFile("SCHEMA.md", []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile("SCHEMA.md")
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Error("dataset/SCHEMA.md is out of date: run go test ./dataset -update")
	}
}
