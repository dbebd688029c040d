package figures

import (
	"strings"
	"unicode"
)

// Token kinds.
const (
	tWord  = 'w' // letters (and marks)
	tDigit = 'n' // digits with inner separators: 3,000.50 or 3.000 or 2,5
	tPunct = 'p' // any other single non-space code point
)

// token is one word, digit run or symbol, with code point offsets.
type token struct {
	s, e int
	kind byte
	text string // as written
	low  string // lower case
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// tokenize splits text into words, digit runs and single symbols; white
// space separates tokens and is not kept. A digit run keeps inner '.' and
// ',' when a digit follows them (3,000.50, 3.000, 2,5); a trailing '.' or
// ',' (3,000. at a sentence end) is not part of it.
func tokenize(text []rune) []token {
	n := len(text)
	out := make([]token, 0, n/5+1)
	for i := 0; i < n; {
		r := text[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case isDigit(r) || ((r == '.' || r == ',') && i+1 < n && isDigit(text[i+1]) && (i == 0 || !isDigit(text[i-1])) && (i == 0 || unicode.IsSpace(text[i-1]))):
			j := i + 1
			for j < n {
				if isDigit(text[j]) {
					j++
					continue
				}
				if (text[j] == '.' || text[j] == ',') && j+1 < n && isDigit(text[j+1]) {
					j += 2
					continue
				}
				break
			}
			out = append(out, mk(text, i, j, tDigit))
			i = j
		case unicode.IsLetter(r) || unicode.IsMark(r):
			j := i + 1
			for j < n && (unicode.IsLetter(text[j]) || unicode.IsMark(text[j])) {
				j++
			}
			out = append(out, mk(text, i, j, tWord))
			i = j
		default:
			out = append(out, mk(text, i, i+1, tPunct))
			i++
		}
	}
	return out
}

func mk(text []rune, s, e int, kind byte) token {
	t := string(text[s:e])
	low := t
	for _, r := range t {
		if unicode.IsUpper(r) {
			low = strings.ToLower(t)
			break
		}
	}
	return token{s: s, e: e, kind: kind, text: t, low: low}
}

// attached reports whether tokens a and b touch (no space between).
func attached(a, b token) bool { return a.e == b.s }

// isCap reports whether a word starts with an upper-case letter.
func isCap(t token) bool {
	for _, r := range t.text {
		return unicode.IsUpper(r)
	}
	return false
}
