package entities

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newsdesk/dataset"
	"newsdesk/dataset/segment"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/find")

// newDoc builds the Doc the build would give Find for text.
func newDoc(tb testing.TB, id, text, lang string) *dataset.Doc {
	tb.Helper()
	runes := []rune(text)
	var rows []dataset.Sentence
	for i, s := range segment.Sentences(text, lang) {
		rows = append(rows, dataset.Sentence{SourceID: id, SentenceID: int32(i), Start: s.Start, End: s.End,
			Text: string(runes[s.Start:s.End])})
	}
	return dataset.NewDoc(dataset.Source{SourceID: id, Language: lang, Text: text}, rows)
}

// render writes mentions one a line: start, end, type, text.
func render(ms []dataset.EntityMention) string {
	var b strings.Builder
	for _, m := range ms {
		fmt.Fprintf(&b, "%d\t%d\t%s\t%s\n", m.Start, m.End, m.Type, m.Text)
	}
	return b.String()
}

// TestFindGolden runs Find over whole articles and compares with
// testdata/find/*.golden (go test -update rewrites them). It also checks
// that every mention's text is the span it claims.
func TestFindGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/find/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, path := range files {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			lang := strings.SplitN(name, "_", 2)[0]
			doc := newDoc(t, name, string(b), lang)
			ms := Find(doc)
			for _, m := range ms {
				if got := doc.Span(m.Start, m.End); got != m.Text {
					t.Errorf("mention %q at %d:%d spans %q", m.Text, m.Start, m.End, got)
				}
				if m.SourceID != name {
					t.Errorf("mention %q has source %q, want %q", m.Text, m.SourceID, name)
				}
			}
			got := render(ms)
			golden := strings.TrimSuffix(path, ".txt") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if got != string(want) {
				t.Errorf("Find(%s) differs from %s:\n got:\n%s\nwant:\n%s", path, golden, got, want)
			}
		})
	}
}
