package entities

import (
	"strings"
	"unicode"
)

// token is one word or punctuation mark of a text, with code point offsets.
type token struct {
	s, e     int    // span of the word; a possessive 's is left out
	text     string // the span's text
	key      string // fold(text)
	word     bool   // letters or digits, else one punctuation rune
	cap      bool   // starts with a capital letter
	upper    bool   // two or more letters, all capitals
	poss     bool   // followed by a possessive 's
	plural   bool   // a capitalised plural possessive before a capitalised word (Dockers' Union)
	nl       bool   // a line break comes before it
	initial  bool   // first word of a sentence, a line, a quotation or after a colon
	headline bool   // in a line written in title case or capitals
	skip     bool   // a quoted nickname inside a name, or its quotation marks
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// tokenize splits rs into words and punctuation. Hyphens, apostrophes and
// dots join letters inside a word (Mujahedeen-e-Khalq, L’Asia, U.S.); a dot
// also ends an initial (W.) and the abbreviations of the lexicon (Dr., Jl.).
func tokenize(rs []rune) []*token {
	var toks []*token
	nl := true
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case r == '\n':
			nl = true
			i++
			continue
		case unicode.IsSpace(r):
			i++
			continue
		case !isWordRune(r):
			toks = append(toks, &token{s: i, e: i + 1, text: string(r), key: string(r), nl: nl})
			nl = false
			i++
			continue
		}
		j := i
		seg := 0 // letters since the last joiner
		for j < len(rs) {
			c := rs[j]
			if isWordRune(c) {
				j++
				seg++
				continue
			}
			if j+1 < len(rs) && isWordRune(rs[j+1]) {
				if c == '-' || c == '\'' || c == '’' || c == '‑' {
					j++
					seg = 0
					continue
				}
				if c == '.' && seg == 1 && unicode.IsUpper(rs[j-1]) {
					j++
					seg = 0
					continue
				}
			}
			break
		}
		if j < len(rs) && rs[j] == '.' {
			w := string(rs[i:j])
			if (seg == 1 && unicode.IsUpper(rs[j-1])) || lex.abbrev[fold(w)] {
				j++
			}
		}
		t := &token{s: i, e: j, word: true, nl: nl}
		nl = false
		if n := j - i; n > 2 && rs[j-1] == 's' && (rs[j-2] == '\'' || rs[j-2] == '’') {
			t.e, t.poss = j-2, true
		} else if n > 2 && rs[j-1] == 's' && unicode.IsUpper(rs[i]) && pluralPossessive(rs, j) {
			// Dockers' Union, Workers’ Party: the plural possessive is
			// part of the name; its apostrophe is left out of the tokens.
			t.poss, t.plural = true, true
			j++
		}
		t.text = string(rs[t.s:t.e])
		t.key = fold(t.text)
		t.cap = unicode.IsUpper(rs[t.s])
		t.upper = isUpperWord(t.text)
		toks = append(toks, t)
		i = j
	}
	return toks
}

// parts returns the hyphen-separated parts of a word's key.
func (t *token) parts() []string {
	if !strings.ContainsAny(t.key, "-‑") {
		return nil
	}
	return strings.FieldsFunc(t.key, func(r rune) bool { return r == '-' || r == '‑' })
}

// pluralPossessive reports whether rs[j] is an apostrophe closing a plural
// possessive (Dockers' Union): a space and a capitalised word follow.
func pluralPossessive(rs []rune, j int) bool {
	return j+2 < len(rs) && (rs[j] == '\'' || rs[j] == '’') && rs[j+1] == ' ' && unicode.IsUpper(rs[j+2])
}
