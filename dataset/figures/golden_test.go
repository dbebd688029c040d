package figures_test

import (
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"newsdesk/dataset/figures"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

type article struct{ name, lang, text string }

// fixtureArticles reads testdata/extract/<case>/{article.txt,lang}.
func fixtureArticles(tb testing.TB) []article {
	tb.Helper()
	dirs, err := filepath.Glob(filepath.Join("testdata", "extract", "*"))
	if err != nil || len(dirs) == 0 {
		tb.Fatalf("no fixtures under testdata/extract: %v", err)
	}
	sort.Strings(dirs)
	var out []article
	for _, d := range dirs {
		text, err := os.ReadFile(filepath.Join(d, "article.txt"))
		if err != nil {
			tb.Fatal(err)
		}
		lang, err := os.ReadFile(filepath.Join(d, "lang"))
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, article{filepath.Base(d), strings.TrimSpace(string(lang)), string(text)})
	}
	return out
}

// TestExtractGolden compares the figures of each fixture article with
// testdata/extract/<case>/figures.golden (regenerate with -update and
// review the diff).
func TestExtractGolden(t *testing.T) {
	for _, a := range fixtureArticles(t) {
		t.Run(a.name, func(t *testing.T) {
			var b strings.Builder
			for _, f := range figures.Extract(newDoc(t, a.name, a.lang, a.text)) {
				b.WriteString(show(f))
				b.WriteByte('\n')
			}
			path := filepath.Join("testdata", "extract", a.name, "figures.golden")
			if *update {
				if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("cannot read %s (run with -update): %v", path, err)
			}
			if got := b.String(); got != string(want) {
				t.Errorf("figures of %s differ from %s:\n got:\n%s\nwant:\n%s", a.name, path, got, want)
			}
		})
	}
}
