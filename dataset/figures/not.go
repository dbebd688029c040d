package figures

import (
	"math"
	"strconv"
	"strings"
	"unicode"
)

// Reasons a number is not a figure.
const (
	notName     = "name"      // G20, COVID-19, A330, Boeing 737
	notOrdinal  = "ordinal"   // 15th, ke-4
	notDecade   = "decade"    // 1990s, 1990-an
	notYear     = "year"      // in 2014
	notDate     = "date"      // 15 July, tanggal 15
	notClock    = "clock"     // 17.44 WIB, pukul 10, 6 pm
	notPhone    = "phone"     // +62 21…, 0812…
	notLabel    = "label"     // article 5, Pasal 5, No. 12
	notList     = "list"      // 1. at a line start
	notPronoun  = "pronoun"   // one of, the one
	notRelative = "relative"  // three years ago: a date
	notPart     = "part"      // the first half
	notFurnish  = "furniture" // 4 min read
)

// yearPreps are the words that, before a plain four-digit number, make
// it a year even when a noun follows (the 2014 elections, in 2014 floods).
var yearPreps = map[string]bool{"the": true, "in": true, "since": true, "of": true, "by": true, "until": true,
	"from": true, "its": true, "their": true, "his": true, "her": true, "this": true, "that": true, "a": true,
	"an": true, "tahun": true, "sejak": true, "pada": true, "hingga": true, "sampai": true, "pemilu": true}

// partWords before a bare fraction word make it a part of something rather
// than a figure (the first half of the year, in half).
var partWords = map[string]bool{"the": true, "first": true, "second": true, "latter": true, "final": true,
	"last": true, "in": true, "other": true, "babak": true, "paruh": true}

// coordWords join a number to the one before it.
var coordWords = map[string]bool{"and": true, "or": true, "dan": true, "atau": true, ",": true, "&": true}

// pronounBefore are words before "one" that make it a pronoun.
var pronounBefore = map[string]bool{"the": true, "this": true, "that": true, "no": true, "any": true, "every": true,
	"each": true, "which": true, "only": true, "salah": true, "someone": true, "everyone": true, "anyone": true}

// notFigure returns why the figure f (first number lo, last number hi,
// unit after, currency before) is not a figure, or "".
func (sc *scanner) notFigure(f *found, lo, hi core, unit, pre *unitEntry) string {
	toks := sc.toks
	prev := func(k int) token {
		if k-1 < 0 {
			return token{}
		}
		return toks[k-1]
	}
	// Number words inside compounds: number-one, one-on-one.
	if lo.words && lo.start >= 2 && f.start == lo.start && prev(lo.start).text == "-" && attached(prev(lo.start), toks[lo.start]) &&
		attached(toks[lo.start-2], toks[lo.start-1]) && toks[lo.start-2].kind == tWord {
		return notName
	}
	// Page furniture: 4 min read.
	for _, l := range sc.langs {
		for _, form := range lex.notAfter[l] {
			if sc.matchForm(lo.end, form, make([]bool, len(form))) && sc.same(lo.end-1, lo.end) {
				return notFurnish
			}
		}
	}
	// Numbers inside names and ordinal or decade suffixes.
	if lo.digits && pre == nil && f.start == lo.start && lo.start > 0 {
		p := prev(lo.start)
		switch {
		case p.kind == tWord && attached(p, toks[lo.start]):
			return notName // G20, A330, USD-less codes
		case (p.text == "-" || p.text == "/") && attached(p, toks[lo.start]) && lo.start >= 2 && attached(toks[lo.start-2], p) && toks[lo.start-2].kind == tWord:
			if toks[lo.start-2].low == "ke" {
				return notOrdinal
			}
			return notName // COVID-19, KC-45, mid-2011
		case (p.text == "'" || p.text == "’") && attached(p, toks[lo.start]):
			return notYear // '11
		case p.text == "+" && attached(p, toks[lo.start]):
			return notPhone
		case p.text == "#" || p.text == "№":
			return notLabel
		}
	}
	for _, c := range []core{lo, hi} {
		if c.end < len(toks) && c.digits && attached(toks[c.end-1], toks[c.end]) {
			n := toks[c.end]
			switch {
			case n.kind == tWord && (n.low == "th" || n.low == "st" || n.low == "nd" || n.low == "rd"):
				return notOrdinal
			case n.kind == tWord && (n.low == "s" || n.low == "an"):
				return notDecade
			case n.kind == tWord && sc.unitAt(c.end, false) == nil && c.scale == 0:
				return notName // 737MAX, 4G
			case (n.text == "'" || n.text == "’") && sc.word(c.end+1) == "s":
				return notDecade // 1990's
			case n.text == "-" && sc.word(c.end+1) == "an":
				return notDecade // 1990-an
			}
		}
	}
	// Clock times: 17.44 WIB, pukul 10, 6 pm, 10 a.m.
	after := f.end
	if unit == nil {
		after = hi.end
	}
	if lo.digits && sc.clockWordAt(hi.end) {
		return notClock
	}
	// A time written after a date: 09/08/2022, 17.44.
	if lo.digits && f.unit == "" && isHHMM(toks[lo.start].text) && sc.afterDate(f.start) {
		return notClock
	}
	// Labels, dates, clocks and phones announced by the word before.
	if f.hedge == "" && pre == nil {
		w := sc.word(f.start - 1)
		if prev(f.start).text == "." && f.start >= 2 && attached(toks[f.start-2], toks[f.start-1]) {
			w = sc.word(f.start-2) + "."
		}
		why := ""
		for _, l := range sc.langs {
			if r := lex.notFig[l][w]; r != "" {
				why = r
			}
		}
		// roda dua dan empat, Articles 5 and 7: a number joined to a label
		// is a label.
		if why == "" && sc.labelEnd > 0 && sc.labelEnd == f.start-1 && coordWords[w] && f.unit == "" {
			why = "label"
		}
		switch why {
		case "label":
			return notLabel
		case "phone":
			return notPhone
		case "date":
			return notDate
		case "clock":
			if lo.digits && unit == nil && f.unit == "" && (isHHMM(toks[lo.start].text) || lo.plain != "" && lo.v <= 24) {
				return notClock
			}
		}
	}
	// Dates: a month name beside the number (15 July, July 15, 15-17 Juli),
	// an abbreviated one with its full stop included (Oct. 3, Sept. 12).
	monthDot := f.start >= 2 && prev(f.start).text == "." && attached(toks[f.start-2], toks[f.start-1]) &&
		lex.dates[sc.word(f.start-2)] == "month"
	if pre == nil && (monthDot || lex.dates[sc.word(f.start-1)] == "month" || lex.dates[sc.word(hi.end)] == "month" ||
		sc.word(hi.end) == "of" && lex.dates[sc.word(hi.end+1)] == "month") {
		if lo.v == math.Trunc(lo.v) && (lo.v >= 1 && lo.v <= 31 || lo.digits && isYear(lo.v)) {
			return notDate
		}
	}
	// Years: a plain four-digit number in 1900-2099 with no unit, currency
	// or hedge; with a noun after it only when a determiner or preposition
	// comes before (the 2014 elections).
	if lo.plain != "" && len(lo.plain) == 4 && isYear(lo.v) && pre == nil && !f.hasHigh && unit == nil {
		if f.unit == "" || f.hedge == "" && (yearPreps[sc.word(f.start-1)] || isCap(prev(f.start))) {
			return notYear
		}
	}
	// Phone numbers and codes: a leading zero and four digits or more.
	if lo.plain != "" && len(lo.plain) >= 4 && lo.plain[0] == '0' {
		return notPhone
	}
	// List markers: 1. or 2) at the start of a line.
	if lo.digits && lo.plain != "" && lo.v < 100 && sc.lineStart(toks[lo.start].s) && lo.end+1 < len(toks) &&
		(toks[lo.end].text == "." || toks[lo.end].text == ")") && attached(toks[lo.end-1], toks[lo.end]) &&
		!strings.ContainsRune(string(sc.text[toks[lo.end].e:toks[lo.end+1].s]), '\n') {
		return notList
	}
	// A capitalised word before a bare integer with nothing counted after
	// it: Boeing 737, Windows 10, Resolution 2231.
	if p := prev(f.start); f.start > 0 && p.kind == tWord && hasUpper(p) && f.unit == "" && pre == nil && f.hedge == "" &&
		(lo.plain != "" || isVersion(toks[lo.start].text)) && !f.hasHigh && !lex.stop["en"][p.low] && !lex.stop["id"][p.low] && sc.same(f.start-1, f.start) {
		return notLabel
	}
	// The same digits used as a name elsewhere in the article (Boeing 787
	// … the 787 offers): a name here too, even with a noun after it.
	if lo.plain != "" && sc.names[lo.plain] && pre == nil && unit == nil && f.hedge == "" {
		return notName
	}
	// one as a pronoun: one of them, the one, no one, one said.
	if lo.oneWord && !f.hasHigh && !f.ratio && f.unit == "" {
		n := sc.word(lo.end)
		if n == "of" || n == "another" || n == "dari" || pronounBefore[sc.word(lo.start-1)] ||
			lo.end < len(toks) && toks[lo.end].kind == tWord && sc.same(lo.end-1, lo.end) {
			return notPronoun
		}
	}
	if lo.oneWord && (sc.word(lo.start-1) == "salah" || sc.word(lo.end) == "of" && !f.hasHigh && !f.ratio) {
		return notPronoun
	}
	// A bare fraction word as a part: the first half, in half.
	if lo.words && lo.fraction && lo.end == lo.start+1 && partWords[sc.word(lo.start-1)] {
		return notPart
	}
	// Relative times are dates: three years ago, dua hari lalu.
	if unit != nil && unit.class == "time" {
		w := sc.word(after)
		if lex.dates[w] == "relative" || lex.dates2[w+" "+sc.word(after+1)] == "relative" {
			return notRelative
		}
	}
	return ""
}

// afterDate reports whether token k follows a numeric date (20/10/2025,
// 2025-10-20), with at most a comma or dash between.
func (sc *scanner) afterDate(k int) bool {
	j := k - 1
	if j >= 0 && (sc.toks[j].text == "," || sc.toks[j].text == "-" || sc.toks[j].text == "|") {
		j--
	}
	return j >= 2 && sc.toks[j].kind == tDigit && (sc.toks[j-1].text == "/" || sc.toks[j-1].text == "-") &&
		attached(sc.toks[j-1], sc.toks[j]) && sc.toks[j-2].kind == tDigit && sc.same(j, k)
}

// isVersion reports whether s looks like a version number (4.0, 10.15).
func isVersion(s string) bool {
	p := strings.Split(s, ".")
	return len(p) == 2 && plainDigits(p[0]) && plainDigits(p[1]) && len(p[1]) <= 2
}

// hasUpper reports whether a word has an upper-case letter (iOS, Boeing).
func hasUpper(t token) bool {
	for _, r := range t.text {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// nameNumbers collects the plain digit runs written as names in the
// article: after a capitalised word that is not a function word or month
// (Boeing 787, Pasal 5), or against letters (A350, KC-45).
func (sc *scanner) nameNumbers() map[string]bool {
	names := map[string]bool{}
	for k, t := range sc.toks {
		if t.kind != tDigit || !plainDigits(t.text) || k == 0 || !sc.same(k-1, k) {
			continue
		}
		p := sc.toks[k-1]
		if p.low == "s" && k >= 3 && (sc.toks[k-2].text == "'" || sc.toks[k-2].text == "’") && sc.toks[k-3].kind == tWord {
			p = sc.toks[k-3] // Boeing's 787, Boeing 's 787
		}
		switch {
		case p.kind == tWord && attached(p, t) && sc.unitAt(k-1, true) == nil:
		case p.text == "-" && attached(p, t) && k >= 2 && attached(sc.toks[k-2], p) && sc.toks[k-2].kind == tWord && sc.toks[k-2].low != "ke":
		case p.kind == tWord && isCap(p) && !lex.stop["en"][p.low] && !lex.stop["id"][p.low] && lex.dates[p.low] == "" &&
			!sc.isHedgeWord(p.low) && len(sc.numWords(k-1)) == 0 && sc.unitAt(k-1, true) == nil && !sc.startsSentence(k-1) &&
			(k+1 >= len(sc.toks) || sc.toks[k+1].kind != tWord || !isPluralEN(sc.toks[k+1])):
		default:
			continue
		}
		if v, _ := strconv.Atoi(t.text); len(t.text) == 4 && isYear(float64(v)) {
			continue // in 2014 is a year, not a name
		}
		names[t.text] = true
	}
	// Model numbers used as names in English: a plain three-digit number
	// after a determiner with no plural noun after it (the 787 would, their
	// 737 narrowbody airliner), or with a singular noun right after it
	// (pushes back 737 replacement). Counts take a plural: the 300 people.
	if sc.nounLang() == "en" {
		for k, t := range sc.toks {
			if t.kind != tDigit || len(t.text) != 3 || !plainDigits(t.text) || k == 0 || !sc.same(k-1, k) || names[t.text] {
				continue
			}
			switch {
			case modelDeterminers[sc.toks[k-1].low] && sc.noCountAfter(k+1, true):
			case sc.noCountAfter(k+1, false) && !sc.isHedgeWord(sc.toks[k-1].low):
			default:
				continue
			}
			names[t.text] = true
		}
	}
	return names
}

// pluralAgreement words after "the N" show that N counts people or things.
var pluralAgreement = map[string]bool{"of": true, "were": true, "are": true, "have": true, "do": true, "remain": true,
	"who": true, "whom": true, "each": true, "all": true, "themselves": true}

// modelDeterminers before a bare three-digit number make it a name when
// nothing counted follows (the 787, their 737).
var modelDeterminers = map[string]bool{"the": true, "their": true, "its": true, "his": true, "her": true, "our": true,
	"this": true, "that": true, "a": true, "an": true}

// noCountAfter reports whether token j, right after a number, shows that
// the number counts nothing: a lower-case singular content word (737
// replacement); or, when end is true, also the end of the sentence, a
// punctuation mark other than a hyphen, or a function word other than of.
func (sc *scanner) noCountAfter(j int, end bool) bool {
	if j >= len(sc.toks) || !sc.same(j-1, j) {
		return end
	}
	t := sc.toks[j]
	if attached(sc.toks[j-1], t) || sc.unitAt(j, false) != nil || len(sc.numWords(j)) > 0 || lex.dates[t.low] != "" {
		return false
	}
	for _, l := range sc.langs {
		if _, ok := lex.scales[l][t.low]; ok {
			return false
		}
	}
	switch {
	case t.kind == tPunct:
		return end && t.text != "-" && t.text != "%"
	case t.kind != tWord:
		return false
	case lex.stop["en"][t.low]:
		// the 300 were freed, the 44 who stayed: plural agreement, a count.
		return end && !pluralAgreement[t.low]
	}
	if hasUpper(t) || isPluralEN(t) || strings.HasSuffix(t.low, "ed") {
		return false // the 250 required: a reduced clause after a count
	}
	// 179 new aerial refueling tankers, 100 Chinese yuan: a plural or a
	// unit further on makes it a count.
	if n, _ := sc.countedNounEN(j, false); n != "" {
		return false
	}
	for k := j + 1; k < j+4 && k < len(sc.toks) && sc.same(j, k); k++ {
		if sc.unitAt(k, false) != nil {
			return false
		}
	}
	return true
}

// startsSentence reports whether token k is the first of its sentence.
func (sc *scanner) startsSentence(k int) bool { return k == 0 || !sc.same(k-1, k) }

// isHedgeWord reports whether w is the last word of a hedge (about, some).
func (sc *scanner) isHedgeWord(w string) bool {
	for _, l := range sc.langs {
		if len(lex.hedgesBy[l][w]) > 0 {
			return true
		}
	}
	return false
}

// clockWordAt reports whether token j is a clock word (WIB, pm, a.m.,
// o'clock) in the same sentence.
func (sc *scanner) clockWordAt(j int) bool {
	if j >= len(sc.toks) || !sc.same(j-1, j) {
		return false
	}
	w := sc.toks[j].low
	if lex.dates[w] == "clock" {
		// "am" and "pm" only as clock words: "I am" never follows a number
		// in news, but "WIT" and "est" could be words; accept them all.
		return true
	}
	// a.m., p.m., o'clock
	joined := w
	for k := j + 1; k < len(sc.toks) && k < j+4 && attached(sc.toks[k-1], sc.toks[k]); k++ {
		joined += sc.toks[k].low
		if lex.dates[joined] == "clock" {
			return true
		}
	}
	return false
}

// isHHMM reports whether s is a time written H.MM or HH.MM.
func isHHMM(s string) bool {
	p := strings.Split(strings.ReplaceAll(s, ":", "."), ".")
	if len(p) != 2 || len(p[0]) > 2 || len(p[1]) != 2 || !plainDigits(p[0]) || !plainDigits(p[1]) {
		return false
	}
	h, _ := strconv.Atoi(p[0])
	return h <= 24 && p[1] < "60"
}

// lineStart reports whether code point offset s starts a line (only
// spaces between it and the previous newline or the text start).
func (sc *scanner) lineStart(s int) bool {
	for k := s - 1; k >= 0; k-- {
		switch sc.text[k] {
		case '\n':
			return true
		case ' ', '\t':
			continue
		default:
			return false
		}
	}
	return true
}
