package entities

import (
	"strings"
	"testing"
)

// FuzzFind checks the span invariant on any text: every mention slices
// exactly its text, inside the article.
func FuzzFind(f *testing.F) {
	f.Add("Prime Minister Edi Rama said on Wednesday.", "en")
	f.Add("PM Edi Rama hari Rabu mengatakan ada “bukti”. Iranlah targetnya.", "id")
	f.Add("Mujahideen-e-Khalq (MEK), U.S. Sen. John McCain’s aide, al-Assad; PT Wilmar", "en")
	f.Add("\n\nA-B-C ’s '' “ ( ) ..", "en")
	f.Fuzz(func(t *testing.T, text, lang string) {
		doc := newDoc(t, "f", text, lang)
		n := int64(len([]rune(text)))
		for _, m := range Find(doc) {
			if m.Start < 0 || m.End > n || m.Start >= m.End {
				t.Fatalf("mention %q has span %d:%d in %d code points", m.Text, m.Start, m.End, n)
			}
			if got := doc.Span(m.Start, m.End); got != m.Text {
				t.Fatalf("mention %q spans %q", m.Text, got)
			}
		}
	})
}

// FuzzParseAliases checks that any alias file parses or fails with a line
// number, never panics.
func FuzzParseAliases(f *testing.F) {
	f.Add("alias,name,type\nEddie Rama,Edi Rama,person\n")
	f.Add("Greg Pence,Mike Pence,distinct\n\"x\n")
	f.Fuzz(func(t *testing.T, data string) {
		if _, err := parseAliases(strings.NewReader(data)); err != nil && !strings.ContainsAny(err.Error()[:1], "0123456789 ") {
			t.Fatalf("error %q does not start with a line number", err)
		}
	})
}
