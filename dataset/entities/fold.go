package entities

import (
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// fold lowercases s and removes diacritics (Durrës → durres), and writes
// the typographic apostrophe as '. It is how lexicon entries and tokens are
// compared.
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		out = s
	}
	return strings.ToLower(strings.ReplaceAll(out, "’", "'"))
}

func foldJoin(toks []string) string {
	for i, t := range toks {
		toks[i] = fold(t)
	}
	return strings.Join(toks, " ")
}

// nameKey is the comparison key of a name: folded, with hyphens,
// apostrophes, dots and other punctuation turned into single spaces, so that
// "Mujahedeen-e-Khalq", "Mujahedeen e Khalq" and "MUJAHEDEEN-E-KHALQ" are
// one key and "U.S." is "u s".
func nameKey(s string) string {
	f := fold(s)
	var b strings.Builder
	space := false
	for _, r := range f {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
			continue
		}
		space = true
	}
	return b.String()
}

// skeleton is a transliteration-tolerant key of a name key: per word, the
// first letter and then the consonants, doubled letters written once, w
// and y dropped. Eddie and Edi give "ed", Mujahedeen and Mujahideen
// "mjhdn", John "jhn" but Joan "jn".
func skeleton(key string) string {
	var b strings.Builder
	for i, w := range strings.Fields(key) {
		if i > 0 {
			b.WriteByte(' ')
		}
		var last rune
		for j, r := range w {
			if j > 0 && strings.ContainsRune("aeiouyw", r) {
				continue
			}
			if r == last {
				continue
			}
			b.WriteRune(r)
			last = r
		}
	}
	return b.String()
}
