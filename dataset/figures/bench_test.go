package figures_test

import (
	"testing"

	"newsdesk/dataset"
	"newsdesk/dataset/figures"
)

// BenchmarkExtract measures the cost of one article: each iteration
// extracts the figures of one fixture article (about 250 words), in turn.
func BenchmarkExtract(b *testing.B) {
	var docs []*dataset.Doc
	for _, a := range fixtureArticles(b) {
		docs = append(docs, newDoc(b, a.name, a.lang, a.text))
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		figures.Extract(docs[i%len(docs)])
	}
}

// BenchmarkConflicts measures the corpus-wide step on the fixture articles.
func BenchmarkConflicts(b *testing.B) {
	var docs []*dataset.Doc
	var figs []dataset.Figure
	for _, a := range fixtureArticles(b) {
		d := newDoc(b, a.name, a.lang, a.text)
		docs = append(docs, d)
		figs = append(figs, figures.Extract(d)...)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		figures.Conflicts(docs, figs)
	}
}

// FuzzExtract checks that any text gives figures whose spans slice their
// text exactly and whose high end is above the value.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{"about 3,000 members", "sekitar 3.000 anggota", "Rp 13 T", "10-15 miles", "+62 21 555", "1. a\n2) b", "twenty-five", "dua puluh lima ribu"} {
		f.Add(s, "en")
		f.Add(s, "id")
	}
	f.Fuzz(func(t *testing.T, text, lang string) {
		doc := newDoc(t, "f", lang, text)
		for _, g := range figures.Extract(doc) {
			if got := doc.Span(g.Start, g.End); got != g.Text {
				t.Fatalf("span %d:%d slices %q, text %q", g.Start, g.End, got, g.Text)
			}
			if g.ValueHigh != nil && *g.ValueHigh <= g.Value {
				t.Fatalf("%q: high %v not above %v", g.Text, *g.ValueHigh, g.Value)
			}
		}
	})
}
