// Package figures finds every number that counts something in an article,
// in English and Indonesian, with its normalised value (3,000 and 3.000 are
// both 3000), its unit or counted thing in English (hour, percent, IDR,
// member, police officer), its hedge (about, sekitar) and, for ranges, its
// high end; and, across articles, the figure conflicts: the same thing
// counted differently by different sources.
//
// What is a figure: digit runs read with the article's separators (English
// 3,000.50; Indonesian 3.000 and 2,5; spaces and thin spaces as group
// separators; for an article of undetermined language the convention is
// voted by its unambiguous numbers), number words and compounds (twenty-five,
// dua puluh lima, seribu), scales (1.5 million, Rp 13 T, $15bn), fractions
// (half, two thirds, 3/4), percentages, money, measures and durations,
// ranges (10 to 15, 10-15, antara 10 dan 15), vague magnitudes (thousands
// of, ribuan) and hyphenated modifiers (24-hour).
//
// What is not, by design (each rule is in not.go): years (a plain
// four-digit 1900-2099 with no unit, currency or hedge) and year periods
// (2021-2022), dates (beside a month name, 20/10/2025, tanggal 15), clock
// times (14:00, 17.44 WIB, pukul 10, 6 pm), ordinals (15th, ke-4; ordinal
// words are never read as numbers), phone numbers (+62…, 0812-…, leading
// zero and four digits or more), labels (article 5, Pasal 5, No. 12, a
// number after a capitalised word with nothing counted after it: Boeing
// 737, Windows 10; a number joined by and/or to a label: roda dua dan
// empat, Articles 5 and 7), model numbers (a plain three-digit number after
// a determiner with no plural after it, or before a singular noun: the 787
// would, their 737 airliner, 737 replacement; the digits are then a name
// everywhere in the article), numbers inside names (G20, COVID-19, A330), decades
// (1990s), list markers at a line start (1. 2)), reading times (4 min
// read), relative times (three
// years ago, dua hari kemudian, two days after: those are dates), scores
// (3-1) and bare scores or odds (2 banding 1, 2 lawan 1), and the word one
// used as a pronoun (one of, the one, salah satu).
// A plain space groups digits only before 000 (40 000); thin and no-break
// spaces always do.
//
// Ages after a name (Endang (41), Abdul Karim, 52,) get the unit year;
// magnitude 7.1 and 6.8-magnitude get magnitude; "over 10 years" after a
// verb is a period, not a hedge.
//
// The counted thing comes from the noun phrase after the number: in
// English the first plural noun within four words (four Iranian diplomats →
// diplomat), made singular by suffix rules and the exceptions in
// lexicon/plural_en.tsv; in Indonesian the first noun after an optional
// classifier (dua orang polisi → police officer), translated by
// lexicon/nouns_id.tsv, and kept as written in Indonesian when the lexicon
// does not know it. Known English compounds keep their modifier (aid
// workers → aid worker; lexicon/compounds_en.txt). When nothing counted
// follows, the words around may say what it counts (lexicon/cues.tsv):
// the object of kill and injure and the subject of die are people (kills
// at least 162, 1,083 were injured, death toll rises to 268, 25 tewas),
// a number after age is years (retirement age to 67, berusia 41). The two
// sides of a tally share their unit (232 votes to 221). Every word list is
// data under lexicon/.
//
// The package does not resolve what a bare number refers to across
// sentences, does not convert units or currencies, and does not read
// ordinals, scientific notation or arithmetic (two over three).
package figures

import (
	"math"
	"strings"

	"newsdesk/dataset"
)

// Extract finds the figures of doc, in text order. It is safe for
// concurrent use: it reads doc and the package's lexicons only.
func Extract(doc *dataset.Doc) []dataset.Figure {
	runes := doc.Runes()
	sc := newScanner(doc, runes)
	var out []dataset.Figure
	for _, f := range sc.figures() {
		start, end := int64(sc.toks[f.start].s), int64(sc.toks[f.end-1].e)
		fig := dataset.Figure{
			FigureID:    dataset.ID(doc.Source.SourceID, "figure", dataset.SpanKey(start, end)),
			SourceID:    doc.Source.SourceID,
			SentenceID:  doc.SentenceAt(start),
			Start:       start,
			End:         end,
			Text:        doc.Span(start, end),
			Value:       f.value,
			Approximate: f.hedge != "" || f.vague,
		}
		if f.hasHigh {
			h := f.high
			fig.ValueHigh = &h
		}
		fig.Unit = dataset.Str(f.unit)
		fig.Hedge = dataset.Str(f.hedge)
		out = append(out, fig)
	}
	return out
}

func newScanner(doc *dataset.Doc, runes []rune) *scanner {
	sc := &scanner{toks: tokenize(runes), text: runes, langs: langsOf(doc.Source.Language)}
	sc.sent = make([]int32, len(sc.toks))
	si := 0
	for k, t := range sc.toks {
		for si+1 < len(doc.Sentences) && int64(t.s) >= doc.Sentences[si].End {
			si++
		}
		if si < len(doc.Sentences) {
			sc.sent[k] = doc.Sentences[si].SentenceID
		}
	}
	sc.names = sc.nameNumbers()
	switch doc.Source.Language {
	case "en":
		sc.conv = convEN
	case "id":
		sc.conv = convID
	default:
		sc.conv = guessConv(sc.toks)
	}
	return sc
}

// found is one figure in token indices.
type found struct {
	start, end int // token span of the whole phrase
	value      float64
	high       float64
	hasHigh    bool
	unit       string
	hedge      string
	hedgeKind  string
	vague      bool
	ratio      bool
}

// figures scans the tokens left to right and returns the figures found.
func (sc *scanner) figures() []found {
	var out []found
	next := 0 // first token not yet consumed by a figure or a rejected number
	for i := 0; i < len(sc.toks); i++ {
		if i < next {
			continue
		}
		t := sc.toks[i]
		if t.kind != tDigit && len(sc.numWords(i)) == 0 && !((t.low == "a" || t.low == "an") && sc.isWordOf(i+1, kHundred, kScale, kDozen, kFraction)) {
			continue
		}
		f, end, ok := sc.figureAt(i, next)
		if end > i {
			next = end
		}
		if ok {
			out = append(out, f)
		}
	}
	return sc.shareTallyUnits(out)
}

// tallyWords join the two sides of a tally (232 votes to 221, 3 banding 2
// suara): a side with nothing counted takes the other side's unit.
var tallyWords = map[string]bool{"to": true, "against": true, "versus": true, "vs": true, "banding": true,
	"berbanding": true, "lawan": true}

// Two bare numbers joined by a score word (faktor 2 banding 1, 2 lawan 1)
// are a score or odds, not figures.
func (sc *scanner) shareTallyUnits(fs []found) []found {
	drop := map[int]bool{}
	for k := 1; k < len(fs); k++ {
		a, b := &fs[k-1], &fs[k]
		if b.start != a.end+1 || !tallyWords[sc.word(a.end)] || a.hasHigh || b.hasHigh || !sc.same(a.start, b.end-1) {
			continue
		}
		switch {
		case a.unit != "" && b.unit == "" && b.hedge == "":
			b.unit = a.unit
		case a.unit == "" && b.unit != "" && a.hedge == "" && sc.word(a.end) != "to":
			a.unit = b.unit // 3 banding 2 suara; not: rose 4 to 5 percent
		case a.unit == "" && b.unit == "" && sc.word(a.end) != "to" && sc.word(a.end) != "against":
			drop[k-1], drop[k] = true, true
		}
	}
	if len(drop) == 0 {
		return fs
	}
	out := fs[:0]
	for k, f := range fs {
		if !drop[k] {
			out = append(out, f)
		}
	}
	return out
}

// figureAt reads the figure whose number starts at token i; floor is the
// first token that a hedge or currency before it may use. It returns the
// token index after everything it consumed (also when the number is
// rejected, so that 20/10/2025 is skipped whole).
func (sc *scanner) figureAt(i, floor int) (found, int, bool) {
	toks := sc.toks
	f := found{start: i}
	// A currency written before: $40, US$ 40, Rp 5, Rp. 315,00.
	pre, preStart := sc.matchUnitBefore(i, floor)
	if pre != nil {
		f.start = preStart
		f.unit = pre.unit
	}
	var preUnit *unitEntry // a unit written before that is not money: magnitude 7.1, bermagnitudo 5,6
	preUnitStart := i
	for n := 3; n >= 1 && pre == nil && preUnit == nil; n-- {
		if j := i - n; j >= floor && j >= 0 {
			if u := sc.unitAt(j, true); u != nil && u.class != "currency" && len(u.form) == n && sc.same(j, i) {
				preUnit, preUnitStart = u, j
			}
		}
	}
	sc.moneyIDR = pre != nil && pre.unit == "IDR"
	c, ok := sc.parseCore(i, pre != nil)
	if !ok {
		return f, i + 1, false
	}
	end := c.end
	if c.clock || c.date {
		return f, end, false
	}
	// A minus sign written against the digits (-36) when it is not a
	// hyphen between words or a range.
	if c.digits && i > floor && (toks[i-1].text == "-" || toks[i-1].text == "−") && attached(toks[i-1], toks[i]) &&
		(i-2 < 0 || !attached(toks[i-2], toks[i-1])) && pre == nil {
		c.v = -c.v
		f.start = i - 1
	}
	f.value = c.v
	f.vague = c.vague
	// Units after the number, a range, and the unit after the range.
	var unit *unitEntry
	unit, end = sc.matchUnitAfter(end, pre != nil)
	if pre != nil && unit != nil && unit.class == "currency" {
		unit = nil // $10 dollars: keep the prefix, do not read twice
		end = c.end
	}
	lo := c
	if den, dEnd, ok := sc.ratioAfter(lo, end, pre, unit); ok {
		// one in five adults, 3 out of 4, satu dari lima anak: a proportion.
		f.value = lo.v / den.v
		f.ratio = true
		end = dEnd
		c = den
	} else if hi, hiEnd, hiUnit, ok := sc.rangeAfter(lo, end, pre, unit); ok {
		if lo.scale == 0 && hi.scale > 0 && lo.v*hi.scale <= hi.v {
			f.value = lo.v * hi.scale
		}
		f.high, f.hasHigh = hi.v, true
		end = hiEnd
		if unit == nil {
			unit = hiUnit
		}
		c = hi
	} else if hiEnd < 0 {
		return f, -hiEnd, false // a score (3-1) or a period (2021-2022)
	}
	if unit == nil && preUnit != nil {
		f.unit = preUnit.unit
		f.start = preUnitStart
	}
	if unit != nil {
		f.unit = unit.unit
	}
	f.end = end
	// Hyphenated modifier: 24-hour, three-story, 2.5-mile.
	if unit == nil && pre == nil && end < len(toks)-1 && toks[end].text == "-" && attached(toks[end-1], toks[end]) &&
		attached(toks[end], toks[end+1]) && toks[end+1].kind == tWord && !f.hasHigh {
		if u := sc.unitAt(end+1, false); u != nil {
			unit = u
			f.unit = u.unit
			f.end = end + 1 + len(u.form)
		} else if n := sc.nounWord(end + 1); n != "" {
			f.unit = n
			f.end = end + 2
		}
	}
	// An age after a name: Endang Sulastri (41), Abdul Karim, 52,
	if f.unit == "" && sc.isAge(lo, end) {
		f.unit = "year"
	}
	// The counted thing: four Iranian diplomats, 3.000 anggota, half of the members.
	nounEnd := -1
	if f.unit == "" {
		var n string
		n, nounEnd = sc.countedNoun(f.end, f.value, c.fraction || c.vague)
		if n != "" {
			f.unit = n
			f.end = nounEnd
		}
	}
	// A rate: $20 million a day, 300 trucks per hour, Rp 5 juta sebulan.
	if f.unit != "" && (unit == nil || unit.class != "time") && !f.ratio {
		if per, e := sc.rateAfter(f.end); e > 0 {
			f.unit += " per " + per
			f.end = e
		}
	}
	// A hedge or a range opener before: about, sekitar, between, antara.
	hs := f.start
	if h, kind, hStart := sc.matchHedgeBefore(hs, floor); h && !sc.periodNotHedge(hStart, hs, unit) {
		f.hedge = sc.span(hStart, hs)
		f.hedgeKind = kind
		f.start = hStart
	}
	if f.hasHigh {
		if w := sc.word(f.start - 1); f.start-1 >= floor && sc.same(f.start-1, f.start) && rangeOpeners[w] {
			f.start--
			if f.hedge == "" {
				if h, kind, hStart := sc.matchHedgeBefore(f.start, floor); h {
					f.hedge = sc.span(hStart, f.start)
					f.hedgeKind = kind
					f.start = hStart
				}
			}
		}
	}
	// Nothing counted written: the words around may say (kills at least
	// 162, 1,083 were injured, retirement age to 67).
	if f.unit == "" && !f.ratio && f.value >= 1 {
		f.unit = sc.cueUnit(f.start, f.end) // not: injuring a third (co-worker)
	}
	if reason := sc.notFigure(&f, lo, c, unit, pre); reason != "" {
		end := f.end
		if reason == notLabel {
			sc.labelEnd = c.end
		}
		if reason == notPhone {
			// the rest of the phone number: +62 21 5551234
			for end < len(toks) && toks[end].kind == tDigit && toks[end].s-toks[end-1].e <= 1 ||
				end+1 < len(toks) && toks[end].text == "-" && attached(toks[end-1], toks[end]) && toks[end+1].kind == tDigit {
				end++
			}
		}
		return f, end, false
	}
	return f, f.end, true
}

// cueUnit returns the unit that a cue of cues.tsv written right before
// token start or right after token end gives, or "".
func (sc *scanner) cueUnit(start, end int) string {
	for _, l := range sc.langs {
		for _, c := range lex.cues[l] {
			j := end
			if c.before {
				j = start - len(c.form)
			}
			if j >= 0 && sc.matchForm(j, c.form, make([]bool, len(c.form))) && sc.same(j, start) && sc.same(start, j+len(c.form)-1) {
				return c.unit
			}
		}
	}
	return ""
}

// isAge reports whether the plain number lo, ending at token end, is an
// age written after a name: in brackets (Endang (41)) or between commas
// (Abdul Karim, 52, a shopkeeper).
func (sc *scanner) isAge(lo core, end int) bool {
	toks := sc.toks
	if lo.plain == "" || len(lo.plain) > 3 || lo.v < 1 || lo.v > 120 || lo.start < 2 || end >= len(toks) || end != lo.end {
		return false
	}
	open, close := toks[lo.start-1].text, toks[end].text
	name := toks[lo.start-2]
	if name.kind != tWord || !isCap(name) || lex.stop["en"][name.low] || lex.stop["id"][name.low] || lex.dates[name.low] != "" {
		return false
	}
	return open == "(" && close == ")" || open == "," && close == ","
}

// periodNotHedge reports whether the hedge over/under at [h, hs) opens a
// period rather than a bound: $1.2tn over 10 years (but for over 10 years,
// over 60 years old).
func (sc *scanner) periodNotHedge(h, hs int, unit *unitEntry) bool {
	w := sc.toks[h].low
	if hs-h != 1 || (w != "over" && w != "under") || unit == nil || unit.class != "time" {
		return false
	}
	for _, p := range unit.form {
		if p == "old" || p == "age" {
			return false
		}
	}
	switch sc.word(h - 1) {
	case "for", "of", "was", "is", "are", "were", "aged", "after", "be", "been":
		return false
	}
	return true
}

// ratioWords join the two numbers of a proportion (one in five).
var ratioWords = map[string]int{"in": 1, "dari": 1, "out of": 2}

// ratioAfter reads the denominator of a proportion after the plain number
// lo: one in five, 3 out of 4, satu dari lima. The numerator must be the
// smaller whole number and the denominator a whole number up to 1000 that
// is not a year.
func (sc *scanner) ratioAfter(lo core, end int, pre, unit *unitEntry) (core, int, bool) {
	toks := sc.toks
	if pre != nil || unit != nil || lo.vague || lo.fraction || lo.v != math.Trunc(lo.v) || lo.v < 1 || end >= len(toks)-1 || !sc.same(end-1, end) {
		return core{}, 0, false
	}
	n := ratioWords[sc.word(end)]
	if sc.word(end) == "out" && sc.word(end+1) == "of" {
		n = 2
	}
	k := end + n
	if n == 0 || k >= len(toks) || !sc.same(end, k) {
		return core{}, 0, false
	}
	den, ok := sc.parseCore(k, false)
	if !ok || den.clock || den.date || den.vague || den.fraction || den.v != math.Trunc(den.v) || den.v <= lo.v || den.v > 1000 {
		return core{}, 0, false
	}
	if den.end < len(toks) && sc.same(den.end-1, den.end) && (toks[den.end].text == "-" || rangeConnectors[toks[den.end].low] && toks[den.end].low != "and") {
		return core{}, 0, false // dari 10 hingga 20 is a range
	}
	return den, den.end, true
}

// rangeOpeners are the words that open a range (between 10 and 15).
var rangeOpeners = map[string]bool{"between": true, "from": true, "antara": true, "dari": true}

// rangeConnectors join the two ends of a range.
var rangeConnectors = map[string]bool{"-": true, "–": true, "—": true, "to": true, "through": true, "and": true,
	"hingga": true, "sampai": true, "dan": true, "s/d": true, "or": true, "atau": true}

// rangeAfter reads the high end of a range after the low one: 10 to 15,
// 10-15, 10 dolar hingga 20 dolar, antara Rp1000 sampai Rp10000. When the
// shape is a score (3-1) or a period (2021-2022) it returns hiEnd < 0:
// minus the token index to skip to.
func (sc *scanner) rangeAfter(lo core, end int, pre, loUnit *unitEntry) (core, int, *unitEntry, bool) {
	toks := sc.toks
	if end >= len(toks)-1 || !sc.same(end-1, end) {
		return core{}, 0, nil, false
	}
	conn := toks[end].low
	if !rangeConnectors[conn] {
		return core{}, 0, nil, false
	}
	if conn == "and" || conn == "dan" {
		if !rangeOpeners[sc.word(lo.start-1)] && !(lo.start > 0 && rangeOpeners[sc.word(lo.start-2)] && toks[lo.start-1].kind == tPunct) {
			return core{}, 0, nil, false
		}
	}
	k := end + 1
	var hiPre *unitEntry
	if u := sc.unitAt(k, true); u != nil && u.class == "currency" && u.pre {
		hiPre = u
		k += len(u.form)
	}
	if k >= len(toks) || !sc.same(end, k) || hiPre != nil && (pre == nil || hiPre.unit != pre.unit) {
		return core{}, 0, nil, false // rose 4% to $13 billion: a change, not a range
	}
	if (lo.digits && toks[k].kind != tDigit) || (!lo.digits && toks[k].kind == tDigit) {
		return core{}, 0, nil, false
	}
	hi, ok := sc.parseCore(k, pre != nil || hiPre != nil)
	if !ok || hi.clock || hi.date || hi.vague {
		return core{}, 0, nil, false
	}
	hyphen := conn == "-" || conn == "–" || conn == "—"
	if (conn == "or" || conn == "atau") && (lo.scale > 0 || hi.scale > 0 || hi.v >= 100 || loUnit != nil) {
		return core{}, 0, nil, false // 10 bln or 10 tln: alternatives, not a range
	}
	if lo.plain != "" && len(lo.plain) == 4 && isYear(lo.v) && hi.plain != "" && (hyphen && len(hi.plain) == 2 || len(hi.plain) == 4 && isYear(hi.v)) {
		return core{}, -hi.end, nil, false // 2021-2022, 2010-11: a period
	}
	loV := lo.v
	if lo.scale == 0 && hi.scale > 0 {
		loV *= hi.scale
	}
	if hi.v <= loV {
		if hyphen && attached(toks[end-1], toks[end]) {
			return core{}, -hi.end, nil, false // 3-1: a score
		}
		return core{}, 0, nil, false
	}
	hiEnd := hi.end
	unit, e := sc.matchUnitAfter(hiEnd, pre != nil || hiPre != nil)
	if pre != nil && unit != nil && unit.class == "currency" {
		unit = nil
	} else {
		hiEnd = e
	}
	if unit == nil && hiPre != nil {
		unit = hiPre
	}
	if loUnit != nil && (unit == nil || loUnit.unit != unit.unit) {
		return core{}, 0, nil, false // 25 % to 34,500 tons; fell 3 % to 2138
	}
	return hi, hiEnd, unit, true
}

// span returns the text of tokens [a, b).
func (sc *scanner) span(a, b int) string {
	if a >= b {
		return ""
	}
	return string(sc.text[sc.toks[a].s:sc.toks[b-1].e])
}

// matchForm reports whether the tokens at j spell form, all in one
// sentence, with inner parts written together when the form was (US$).
func (sc *scanner) matchForm(j int, form []string, glued []bool) bool {
	if j < 0 || j+len(form) > len(sc.toks) {
		return false
	}
	for k, w := range form {
		t := sc.toks[j+k]
		if t.low != w {
			return false
		}
		if k > 0 && (!sc.same(j+k-1, j+k) || glued[k] && !attached(sc.toks[j+k-1], t)) {
			return false
		}
	}
	return true
}

// unitAt returns the longest unit written at token j (pre: a unit written
// before a number).
func (sc *scanner) unitAt(j int, pre bool) *unitEntry {
	if j < 0 || j >= len(sc.toks) {
		return nil
	}
	for _, l := range sc.langs {
		for _, k := range lex.unitsBy[l][sc.toks[j].low] {
			u := &lex.units[l][k]
			if (pre && !u.pre) || (!pre && !u.post) {
				continue
			}
			if sc.matchForm(j, u.form, u.glued) {
				return u
			}
		}
	}
	return nil
}

// matchUnitBefore finds a currency written just before token i ($, Rp.,
// US$ , IDR).
func (sc *scanner) matchUnitBefore(i, floor int) (*unitEntry, int) {
	for n := 3; n >= 1; n-- {
		j := i - n
		if j < floor || j < 0 || !sc.same(j, i) {
			continue
		}
		u := sc.unitAt(j, true)
		if u == nil || len(u.form) != n || u.class != "currency" {
			continue
		}
		// Letters written against the digits must be a currency (Rp5, USD115).
		return u, j
	}
	return nil, 0
}

// matchUnitAfter reads a unit at token j (km, %, persen, dollars, years
// old) and returns it with the token index after it.
func (sc *scanner) matchUnitAfter(j int, money bool) (*unitEntry, int) {
	if j >= len(sc.toks) || !sc.same(j-1, j) {
		return nil, j
	}
	u := sc.unitAt(j, false)
	if u == nil {
		return nil, j
	}
	t := sc.toks[j]
	last := sc.toks[j+len(u.form)-1]
	// A one-letter unit (m, g, t, l) spaced from the number must end the
	// phrase: 5 m. but not 5 m tall? and never m followed by a word.
	if t.text == "G" {
		return nil, j // 4G, 3G: a name; g is a gram
	}
	if len(u.form) == 1 && len([]rune(t.text)) == 1 && t.kind == tWord && !attached(sc.toks[j-1], t) {
		if n := j + 1; n < len(sc.toks) && sc.same(j, n) && sc.toks[n].kind == tWord {
			return nil, j
		}
		if t.low != "m" && t.low != "g" && t.low != "l" && t.low != "t" {
			return nil, j
		}
	}
	_ = last
	return u, j + len(u.form)
}

// matchHedgeBefore finds a hedge phrase that ends just before token i.
func (sc *scanner) matchHedgeBefore(i, floor int) (bool, string, int) {
	best, kind := -1, ""
	if i < 1 {
		return false, "", 0
	}
	for _, l := range sc.langs {
		for _, k := range lex.hedgesBy[l][sc.toks[i-1].low] {
			h := lex.hedges[l][k]
			j := i - len(h.form)
			if j < floor || j < 0 || !sc.same(j, i) {
				continue
			}
			if sc.matchForm(j, h.form, h.glued) && (best < 0 || j < best) && !lex.notHedge[sc.word(j-1)+" "+h.form[0]] {
				best, kind = j, h.kind
			}
		}
	}
	if best < 0 {
		return false, "", 0
	}
	return true, kind, best
}

// isYear reports whether v is in the range of years written in news.
func isYear(v float64) bool { return v >= 1900 && v <= 2099 && v == float64(int(v)) }

func lowerASCII(s string) string { return strings.ToLower(s) }
