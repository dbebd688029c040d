package quotes

import (
	"strings"
	"unicode"
)

// token is a word, a punctuation mark or a paragraph break of the text, with
// code point offsets.
type token struct {
	start, end int
	text       string // as written
	lower      string
	kind       tokenKind
	quote      int // index of the quotation span that holds it, or -1
}

type tokenKind uint8

const (
	tokWord tokenKind = iota
	tokPunct
	tokBreak // a line break: paragraphs never share a clause
)

func (t token) isWord() bool { return t.kind == tokWord }

// capitalised reports whether a word starts with an upper-case letter.
func (t token) capitalised() bool {
	if t.kind != tokWord {
		return false
	}
	for _, r := range t.text {
		return unicode.IsUpper(r)
	}
	return false
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }

// isInnerRune reports whether r, between two letters, leaves the word whole:
// a soft hyphen or zero-width joiner, and the control codes and Latin-1
// symbols that UTF-8 read as Latin-1 leaves inside a name (PeÃ±a for Peña,
// SarukhÃ\u0083Â¡n for Sarukhán). Guillemets stay quotation marks.
func isInnerRune(r rune) bool {
	switch {
	case r == '«' || r == '»' || r == '\u00a0':
		return false
	case r >= 0x80 && r <= 0xbf:
		return true
	}
	return unicode.Is(unicode.Cf, r)
}

// tokenize splits runes into tokens. A possessive 's is its own token; an
// apostrophe or hyphen between letters stays inside the word (O’Neill,
// Mujahedeen-e-Khalq); a full stop stays on a known abbreviation, an
// initial or a dotted acronym (Mr., J., U.S.).
func tokenize(runes []rune, lex *lexicon) []token {
	var toks []token
	n := len(runes)
	emit := func(s, e int, k tokenKind) {
		txt := string(runes[s:e])
		toks = append(toks, token{start: s, end: e, text: txt, lower: strings.ToLower(txt), kind: k, quote: -1})
	}
	for i := 0; i < n; {
		r := runes[i]
		switch {
		case r == '\n':
			emit(i, i+1, tokBreak)
			i++
		case unicode.IsSpace(r):
			i++
		case isWordRune(r):
			j := i + 1
			seg := i // where the word's last hyphenated part starts (D-N.Y.)
			dotted := false
			for j < n {
				c := runes[j]
				if isWordRune(c) {
					j++
					continue
				}
				if k := j; isInnerRune(c) {
					for k < n && isInnerRune(runes[k]) {
						k++
					}
					if k < n && isWordRune(runes[k]) {
						j = k
						continue
					}
				}
				if j+1 < n && isWordRune(runes[j+1]) {
					if isApostrophe(c) && (runes[j+1] == 's' || runes[j+1] == 'S') && (j+2 >= n || !isWordRune(runes[j+2])) {
						break // possessive: its own token
					}
					if isApostrophe(c) || c == '-' || c == '‐' {
						j++
						if !isApostrophe(c) {
							seg = j
						}
						continue
					}
					if (c == '.' || c == ',') && unicode.IsDigit(runes[j+1]) && unicode.IsDigit(runes[j-1]) {
						j++ // 5.1, 3,000
						continue
					}
					if c == '.' && unicode.IsLetter(runes[j+1]) && j-seg <= 2 {
						dotted = true // U.S, e.g
						j++
						continue
					}
					if c == '.' && unicode.IsLower(runes[j+1]) && unicode.IsLetter(runes[j-1]) {
						j++ // a domain: fivethirtyeight.com, ColorOfChange.org
						continue
					}
				}
				break
			}
			if j < n && runes[j] == '.' {
				w := string(runes[i:j])
				last := w[strings.LastIndexAny(w, "-‐")+1:] // D-Nev.
				if dotted || lex.has("abbr", w+".") || lex.has("title", w+".") || lex.has("abbr", last+".") || (j-i == 1 && unicode.IsUpper(runes[i])) {
					j++
				}
			}
			emit(i, j, tokWord)
			i = j
		case isApostrophe(r) && i+1 < n && (runes[i+1] == 's' || runes[i+1] == 'S') && i > 0 && isWordRune(runes[i-1]) && (i+2 >= n || !isWordRune(runes[i+2])):
			emit(i, i+2, tokWord) // ’s
			i += 2
		case isApostrophe(r) && i > 0 && (runes[i-1] == 's' || runes[i-1] == 'S') && i+2 < n && runes[i+1] == ' ' && unicode.IsLetter(runes[i+2]) &&
			len(toks) > 0 && toks[len(toks)-1].end == i && toks[len(toks)-1].capitalised():
			emit(i, i+1, tokWord) // Sanders’ campaign: a possessive of its own (unless it closes a quotation)
			i++
		default:
			emit(i, i+1, tokPunct)
			i++
		}
	}
	return toks
}
