package quotes

import (
	"strings"
	"unicode"
)

// qspan is a quotation found between quotation marks: the words from
// start to end (code points, marks excluded), the marks at open and close
// (-1 when missing), and the paragraphs it runs over.
type qspan struct {
	open, start, end, close int
	closed                  bool // a closing mark was found
	paras                   int  // paragraphs covered (1 for most quotes)
}

// paragraph is one non-blank line of the text, [start, end) in code points.
type paragraph struct{ start, end int }

func paragraphs(runes []rune) []paragraph {
	var out []paragraph
	s := 0
	for i := 0; i <= len(runes); i++ {
		if i == len(runes) || runes[i] == '\n' {
			a, b := s, i
			for a < b && unicode.IsSpace(runes[a]) {
				a++
			}
			for b > a && unicode.IsSpace(runes[b-1]) {
				b--
			}
			if b > a {
				out = append(out, paragraph{a, b})
			}
			s = i + 1
		}
	}
	return out
}

// maxParas caps a quotation that runs over several paragraphs.
const maxParas = 12

type family uint8

const (
	famNone family = iota
	famDouble
	famLow // „ … “ or „ … ”
	famGuillemet
	famSingle
	famStraightSingle
	famTwoApos  // ''…'' (two apostrophes as a double mark, as in NYT text)
	famBacktick // ``…'' (two backticks open, two apostrophes close: AP and
	// LDC newswire text)
)

// wide reports whether the marks of family f are two characters long.
func (f family) wide() bool { return f == famTwoApos || f == famBacktick }

// single reports whether f is a family of single marks (‘…’ or '…'),
// which are also apostrophes.
func (f family) single() bool { return f == famSingle || f == famStraightSingle }

// opensAt reports the family of an opening mark at i, or famNone.
func opensAt(runes []rune, i int, p paragraph) family {
	r := runes[i]
	prevOK := i == p.start || !isWordRune(runes[i-1]) && !unicode.IsPunct(runes[i-1]) || isOpener(runes[i-1])
	next := rune(' ')
	if i+1 < p.end {
		next = runes[i+1]
	}
	nextOK := i+1 < p.end && !unicode.IsSpace(next)
	switch r {
	case '“':
		if nextOK {
			return famDouble
		}
	case '„':
		return famLow
	case '«':
		return famGuillemet
	case '"', '”':
		if prevOK && nextOK {
			return famDouble
		}
	case '‘':
		if prevOK && nextOK && !unicode.IsDigit(next) {
			return famSingle
		}
	case '`':
		// ``…'' never stands for anything else, so a space may follow
		// it (Jordan `` is seeking some guidance'').
		if next == '`' && prevOK && i+2 < p.end {
			return famBacktick
		}
	case '\'':
		if next == '\'' {
			if prevOK && i+2 < p.end && !unicode.IsSpace(runes[i+2]) {
				return famTwoApos
			}
			return famNone
		}
		if prevOK && unicode.IsLetter(next) && !contraction(runes, i+1, p.end) {
			return famStraightSingle
		}
	}
	return famNone
}

// contraction reports whether the letters at i end an English word after an
// apostrophe written apart from it, as tokenised text has them (America 's,
// I 'm, we 've): no quotation opens with them.
func contraction(runes []rune, i, end int) bool {
	j := i
	for j < end && j-i < 3 && unicode.IsLetter(runes[j]) {
		j++
	}
	if j < end && unicode.IsLetter(runes[j]) {
		return false
	}
	switch string(runes[i:j]) {
	case "s", "re", "ve", "ll", "d", "m", "t":
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '(', '[', '{', '—', '–', '-', '/', ':', ',', '\'', '‘', '“', '"':
		return true
	}
	return false
}

// closesAt reports whether the mark at i closes a quotation of family f.
func closesAt(runes []rune, i int, p paragraph, f family) bool {
	r := runes[i]
	prevWord := i > p.start && !unicode.IsSpace(runes[i-1])
	nextWord := i+1 < p.end && isWordRune(runes[i+1])
	switch f {
	case famDouble:
		// he's like 6’2”: feet and inches, not a closing mark.
		if i-3 >= p.start && unicode.IsDigit(runes[i-1]) && (runes[i-2] == '’' || runes[i-2] == '\'') && unicode.IsDigit(runes[i-3]) {
			return false
		}
		// 'Well done,' " said Russell: a space after a closing single
		// mark before the closing double one.
		afterSingle := i-2 >= p.start && runes[i-1] == ' ' && (runes[i-2] == '\'' || runes[i-2] == '’') && !nextWord
		return r == '”' || r == '"' && (prevWord || afterSingle) || r == '“' && prevWord && !nextWord
	case famLow:
		return r == '“' || r == '”' || r == '"'
	case famGuillemet:
		return r == '»'
	case famSingle:
		return r == '’' && prevWord && !nextWord
	case famStraightSingle:
		return r == '\'' && prevWord && !nextWord
	case famTwoApos, famBacktick:
		return r == '\'' && i+1 < p.end && runes[i+1] == '\'' && (i+2 >= p.end || runes[i+2] != '\'')
	}
	return false
}

// findSpans pairs the quotation marks of the text, paragraph by paragraph.
// A quotation left open at the end of a paragraph continues when the next
// paragraph starts with an opening mark (the convention for a quotation
// over several paragraphs), or closes it before any mark opens another
// (text with a line per sentence); otherwise it ends with its paragraph, so
// a lost mark never swallows the article. Single quotation marks inside double
// ones are part of the outer quotation.
func findSpans(runes []rune, paras []paragraph) []qspan {
	var out []qspan
	fam := famNone
	open, nparas := -1, 0
	// where to read the next paragraph from, when not after its opening
	// mark: again after a stray single mark, or from its start when a
	// quotation goes on into it with no opening mark
	resume := -1
	for pi := 0; pi < len(paras); pi++ {
		p := paras[pi]
		i := p.start
		if resume >= 0 {
			i, resume = resume, -1
		} else if fam != famNone {
			i++ // the opening mark of a continuation paragraph
			if fam.wide() {
				i++
			}
		}
		for ; i < p.end; i++ {
			r := runes[i]
			if !isQuoteMark(r) {
				continue
			}
			if fam == famNone {
				if f := opensAt(runes, i, p); f != famNone {
					fam, open, nparas = f, i, 1
					if f.wide() {
						i++
					}
				}
				continue
			}
			// "… isn't about “Equal Justice Under Law” anymore. …: curly
			// marks inside a quotation opened with a straight one quote
			// within it, when the straight quotation goes on after them
			// (to a straight closing mark, or a next paragraph opened by
			// one); not "“…,” Rubio responded …", nor a stray straight
			// mark before a curly quotation.
			if fam == famDouble && runes[open] == '"' && r == '“' && i > open+1 {
				if j := nestedClose(runes, i, p); j > 0 && straightGoesOn(runes, j, p, paras[pi+1:]) {
					i = j
					continue
				}
			}
			if closesAt(runes, i, p, fam) {
				q := qspan{open: open, start: open + 1, end: i, close: i, closed: true, paras: nparas}
				if fam.single() && q.end-q.start < 2 {
					fam = famNone // rock 'n' roll: apostrophes around a letter
					continue
				}
				if fam.wide() {
					q.start++
					q.close = i + 1
					i++
				}
				out = appendSpan(out, runes, q)
				fam = famNone
				continue
			}
			// A second opening mark before any closing one: the first
			// was stray. Start again here.
			if (fam == famDouble || fam == famLow) && (r == '“' || r == '„') {
				if f := opensAt(runes, i, p); f != famNone {
					fam, open, nparas = f, i, 1
				}
			}
			// ``We haven't analyzed it. ``We believe …'': a second ``
			// before any closing mark ends the first quotation there (a
			// closing mark was lost) and opens the next.
			if fam == famBacktick && opensAt(runes, i, p) == famBacktick {
				out = appendSpan(out, runes, qspan{open: open, start: open + 2, end: i, close: -1, paras: nparas})
				open, nparas = i, 1
				i++
				continue
			}
			// Sophie in 't Veld said, 'I see …': the same for a single mark.
			if fam.single() && opensAt(runes, i, p) == fam {
				open = i
			}
		}
		if fam == famNone {
			continue
		}
		if fam.single() {
			// Tell 'em, Sophie in 't Veld: a single mark that nothing
			// closes was an apostrophe. Read the paragraph again after
			// it, so the quotation marks it hid are paired.
			fam, resume = famNone, open+1
			pi--
			continue
		}
		if pi+1 < len(paras) && nparas < maxParas && opensAt(runes, paras[pi+1].start, paras[pi+1]) == fam {
			nparas++
			continue
		}
		// Text with a line per sentence (``We will win. ¶ We must.''
		// ¶ said Harper): the next paragraph closes the quotation before
		// any mark opens another one.
		if pi+1 < len(paras) && nparas < maxParas && closedIn(runes, paras[pi+1], fam) {
			nparas++
			resume = paras[pi+1].start
			continue
		}
		q := qspan{open: open, start: open + 1, end: p.end, close: -1, paras: nparas}
		if fam.wide() {
			q.start++
		}
		out = appendSpan(out, runes, q)
		fam = famNone
	}
	return out
}

// closedIn reports whether paragraph p holds a mark that closes a
// quotation of family f before any mark that opens one.
func closedIn(runes []rune, p paragraph, f family) bool {
	for i := p.start; i < p.end; i++ {
		if !isQuoteMark(runes[i]) {
			continue
		}
		if closesAt(runes, i, p, f) {
			return true
		}
		if opensAt(runes, i, p) != famNone {
			return false
		}
	}
	return false
}

// nestedClose returns the curly closing mark that pairs with the curly
// opening one at i before any straight mark in paragraph p, or -1.
func nestedClose(runes []rune, i int, p paragraph) int {
	for j := i + 1; j < p.end; j++ {
		switch runes[j] {
		case '"', '“':
			return -1
		case '”':
			if j+1 < p.end && runes[j+1] == '"' {
				return -1 // “…”" closes both
			}
			return j
		}
	}
	return -1
}

// straightGoesOn reports whether a straight double mark follows token j in
// paragraph p, or opens the paragraph after it.
func straightGoesOn(runes []rune, j int, p paragraph, next []paragraph) bool {
	for k := j + 1; k < p.end; k++ {
		if runes[k] == '"' {
			return true
		}
	}
	return len(next) > 0 && runes[next[0].start] == '"'
}

func isQuoteMark(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '«', '»', '‘', '’', '\'', '`':
		return true
	}
	return false
}

// repairMisplaced turns a quotation that is only a cue clause after a
// comma (… in the future, “it wrote.) into what the writer meant: the
// mark closes the words before it, back to the previous quotation or the
// start of the paragraph. Other spans are returned as they are.
func repairMisplaced(runes []rune, paras []paragraph, spans []qspan, lex *lexicon) []qspan {
	out := spans[:0:0]
	for i, q := range spans {
		p := paraOf(paras, q.open)
		c := q.open - 1
		for c > p.start && runes[c] == ' ' {
			c--
		}
		if c <= p.start || runes[c] != ',' || !cueClause(string(runes[q.start:q.end]), lex) {
			out = append(out, q)
			continue
		}
		start := p.start
		if i > 0 && spans[i-1].close >= p.start && spans[i-1].close < q.open {
			start = spans[i-1].close + 1
		}
		r := qspan{open: -1, start: start, end: c, close: q.open, closed: true, paras: 1}
		if n := len(out); n > 0 && out[n-1].close >= start {
			out = append(out, q) // overlaps what is already there: leave it
			continue
		}
		out = appendSpan(out, runes, r)
	}
	return out
}

func paraOf(paras []paragraph, off int) paragraph {
	for _, p := range paras {
		if off >= p.start && off < p.end {
			return p
		}
	}
	return paragraph{off, off}
}

// cueClause reports whether s is nothing but a speaker and a cue: "it
// wrote.", "added.", "ujarnya."
func cueClause(s string, lex *lexicon) bool {
	f := strings.Fields(strings.ToLower(strings.TrimRight(strings.TrimSpace(s), ".,")))
	switch {
	case len(f) == 1:
		return lex.has("cue", f[0]) || lex.has("after", f[0])
	case len(f) == 2:
		return lex.has("pron", f[0]) && (lex.has("cue", f[1]) || lex.has("after", f[1]))
	}
	return false
}

// appendSpan trims white space and a trailing comma inside the marks and
// keeps the span when words remain.
func appendSpan(out []qspan, runes []rune, q qspan) []qspan {
	for q.start < q.end && unicode.IsSpace(runes[q.start]) {
		q.start++
	}
	for q.end > q.start && (unicode.IsSpace(runes[q.end-1]) || runes[q.end-1] == ',') {
		q.end--
	}
	for i := q.start; i < q.end; i++ {
		if isWordRune(runes[i]) {
			return append(out, q)
		}
	}
	return out
}
