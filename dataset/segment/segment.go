// Package segment splits a cleaned text into sentences that tile it.
//
// It starts from the Unicode sentence boundaries of UAX #29 (via
// github.com/clipperhouse/uax29/v2/sentences), which already keep decimals
// ("2.5", "3.000"), closing quotes after a period (`effect," Rama said.`
// stays one sentence, `evidence.” The` breaks after the quote), breaks at
// every line end, and does not break before a lower-case word. It then
// joins what UAX #29 splits wrongly in news text, from data in
// abbrev/<lang>.txt: titles that never end a sentence ("Dr.", "Jl.",
// "Sept."), abbreviations and initials ("U.S.", "W.", "p.m.") that end one
// only before a sentence starter ("The", "Namun"), and a "?" or "!" (with
// its closing quote) followed by a lower-case word (`"Konyol!" kata Trump.`).
// It also splits where stripped HTML glued two sentences together
// ("kebuntuan.Menurutnya").
// White space and line ends belong to the sentence before them.
//
// It does not split run-on text without punctuation, and does not join
// sentences broken across lines: a line end always ends a sentence.
package segment

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/clipperhouse/uax29/v2/sentences"
)

// Span is a sentence as half-open code point offsets.
type Span struct{ Start, End int64 }

// Sentences returns the sentences of text in language lang. The spans tile
// the text: the first starts at 0, each starts where the previous ended,
// the last ends at the text's length in code points. Languages without an
// abbreviation file use the union of all files.
func Sentences(text, lang string) []Span {
	lex := lexicon(lang)
	var bounds []int // byte offsets where a sentence ends
	it := sentences.FromString(text)
	for it.Next() {
		for _, end := range splitGlued(text, it.Start(), it.End()) {
			bounds = add(text, bounds, end, lex)
		}
	}
	return toSpans(text, bounds)
}

// glued finds a period between a lower-case word and a capitalised word
// with no space, where stripped HTML glued two sentences together
// ("kebuntuan.Menurutnya"); UAX #29 does not break there.
var glued = regexp.MustCompile(`\p{Ll}{2}\.\p{Lu}\p{Ll}`)

// splitGlued returns the end offsets of the pieces of text[start:end]
// split after such periods, ending with end.
func splitGlued(text string, start, end int) []int {
	var out []int
	for _, m := range glued.FindAllStringIndex(text[start:end], -1) {
		out = append(out, start+m[0]+3) // after the period
	}
	return append(out, end)
}

// add appends the sentence ending at byte offset end, or extends the last
// sentence to end when the new piece is only white space or continues it.
func add(text string, bounds []int, end int, lex *Lexicon) []int {
	{
		seg := text[last(bounds):end]
		if strings.TrimSpace(seg) == "" && len(bounds) > 0 {
			bounds[len(bounds)-1] = end // white space joins the sentence before
			return bounds
		}
		if len(bounds) > 0 && join(text[startOf(bounds):bounds[len(bounds)-1]], seg, lex) {
			bounds[len(bounds)-1] = end
			return bounds
		}
		return append(bounds, end)
	}
}

func last(bounds []int) int {
	if len(bounds) == 0 {
		return 0
	}
	return bounds[len(bounds)-1]
}

func startOf(bounds []int) int {
	if len(bounds) < 2 {
		return 0
	}
	return bounds[len(bounds)-2]
}

// join reports whether the sentence prev, as UAX #29 ended it, goes on
// into next.
func join(prev, next string, lex *Lexicon) bool {
	if strings.HasSuffix(prev, "\n") {
		return false
	}
	body := strings.TrimRightFunc(prev, unicode.IsSpace)
	first := firstWord(next)
	if first == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(first)
	// "?" or "!" (and closing quotes) before a lower-case word.
	if t := strings.TrimRight(body, closers); strings.HasSuffix(t, "?") || strings.HasSuffix(t, "!") {
		return unicode.IsLower(r)
	}
	if !strings.HasSuffix(body, ".") {
		return false
	}
	word := lastWord(body)
	kind := lex.Abbrev[word]
	if kind == 0 && isInitials(word) {
		kind = Abbr
	}
	switch kind {
	case Title:
		return true
	case Abbr:
		return !lex.Starters[first]
	}
	return false
}

const closers = `"'”’»)]`
const openers = `"'“‘«([`

// lastWord is the last white-space separated word of s without opening
// punctuation: "(U.S." → "U.S.".
func lastWord(s string) string {
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	return strings.TrimLeft(s[i+1:], openers)
}

// firstWord is the first word of s without leading space and opening
// punctuation, up to the next space or punctuation other than . - '.
func firstWord(s string) string {
	s = strings.TrimLeft(strings.TrimLeftFunc(s, unicode.IsSpace), openers)
	end := strings.IndexFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || (unicode.IsPunct(r) && r != '.' && r != '-' && r != '\'')
	})
	if end < 0 {
		return s
	}
	return s[:end]
}

// isInitials reports whether w is one or more capital letters each
// followed by a period: "W.", "U.S.", "J.K.".
func isInitials(w string) bool {
	if w == "" {
		return false
	}
	for len(w) > 0 {
		r, n := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || len(w) <= n || w[n] != '.' {
			return false
		}
		w = w[n+1:]
	}
	return true
}

// toSpans turns byte end offsets into code point spans.
func toSpans(text string, bounds []int) []Span {
	out := make([]Span, 0, len(bounds))
	var start, pos int64
	prev := 0
	for _, b := range bounds {
		pos += int64(utf8.RuneCountInString(text[prev:b]))
		out = append(out, Span{start, pos})
		start, prev = pos, b
	}
	return out
}
