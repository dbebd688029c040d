package events

import (
	"testing"

	"newsdesk/dataset"
)

// FuzzFind checks that Find never panics and that every mention slices
// exactly its text and lies in its sentence, in both languages.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Albania on Wednesday severed ties with Iran on 7 September 2022.",
		"Pada 15 Juli, serangan siber menutup layanan. Senin (20/10/2025) dan 09/08/2022.",
		"A few days after the cyberattack, in the early 1990s, since 2014, mid-July, kemarin lusa.",
		"TIRANA, Sept. 8 (Reuters) - 3 minggu yang lalu, sebulan kemudian, the third quarter of 1989.",
	} {
		f.Add(s, true)
	}
	pub := dataset.NewDate(2022, 9, 8)
	f.Fuzz(func(t *testing.T, text string, id bool) {
		lang := "en"
		if id {
			lang = "id"
		}
		d := newDoc(t, "f", text, lang, &pub, "manifest")
		for _, m := range Find(d) {
			if got := d.Span(m.Start, m.End); got != m.Text || m.Start >= m.End {
				t.Fatalf("span %d:%d = %q, Text %q", m.Start, m.End, got, m.Text)
			}
			if got, want := m.Sentence, d.SentenceAt(m.Start); got != want {
				t.Fatalf("sentence %d, want %d", got, want)
			}
		}
	})
}
