package figures

import (
	"math"
	"strings"
)

// core is a number as written, before hedges, currencies and units: a digit
// run (3,000), number words (dua puluh lima), digits with a scale (1.5
// million, 13 T), a fraction (3/4, two thirds) or a vague magnitude
// (thousands of, ratusan).
type core struct {
	v        float64
	start    int // token index of the first token
	end      int // token index after the last token
	digits   bool
	words    bool
	vague    bool
	scale    float64 // the scale word that closed it (million), 0 when none
	plain    string  // the digit run when the core is one plain integer token
	hasSep   bool    // digits written with a separator
	clock    bool    // H:MM or H.MM shape
	date     bool    // a/b/c shape
	fraction bool
	oneWord  bool // the single word one/satu
}

// scanner reads the tokens of one article.
type scanner struct {
	toks  []token
	sent  []int32 // sentence of each token
	langs []string
	conv  byte
	text  []rune
	// names are digit runs the article uses as names (Boeing 787).
	names map[string]bool
	// labelEnd is the token index after the last number rejected as a
	// label (roda dua), so that "roda dua dan empat" rejects empat too.
	labelEnd int
	// moneyIDR is set while reading a number written after Rp or IDR,
	// where M abbreviates miliar.
	moneyIDR bool
}

func (sc *scanner) word(j int) string {
	if j < 0 || j >= len(sc.toks) {
		return ""
	}
	return sc.toks[j].low
}

func (sc *scanner) same(a, b int) bool {
	return a >= 0 && b < len(sc.toks) && sc.sent[a] == sc.sent[b]
}

// numWords returns the meanings of a number word in the article's
// languages.
func (sc *scanner) numWords(j int) []numWord {
	if j < 0 || j >= len(sc.toks) || sc.toks[j].kind != tWord {
		return nil
	}
	var out []numWord
	for _, l := range sc.langs {
		out = append(out, lex.numbers[l][sc.toks[j].low]...)
	}
	if out == nil && sc.moneyIDR {
		out = lex.numbers["id"][sc.toks[j].low] // Rp 5 miliar in an English article
	}
	return out
}

func has(ms []numWord, kind string) (numWord, bool) {
	for _, m := range ms {
		if m.kind == kind {
			return m, true
		}
	}
	return numWord{}, false
}

func (sc *scanner) isWordOf(j int, kinds ...string) bool {
	ms := sc.numWords(j)
	for _, k := range kinds {
		if _, ok := has(ms, k); ok {
			return true
		}
	}
	return false
}

// followedByOf reports whether token j is "of" (English vague magnitudes:
// hundreds of).
func (sc *scanner) followedByOf(j int) bool { return sc.word(j) == "of" && sc.same(j-1, j) }

// scaleAbbr returns the abbreviated scale at token j (bn, jt, T), given
// whether a currency precedes the number.
func (sc *scanner) scaleAbbr(j int, money bool, prev int) (float64, bool) {
	if j >= len(sc.toks) || sc.toks[j].kind != tWord || !sc.same(prev, j) {
		return 0, false
	}
	t := sc.toks[j]
	for _, l := range sc.langs {
		a, ok := lex.scales[l][t.low]
		if ok && len(t.low) == 1 && t.low != "k" {
			// m, b, t only after money, or (Indonesian) M written against
			// the digits: 1,2M.
			ok = money || l == "id" && t.text == "M" && attached(sc.toks[prev], t)
		}
		if !ok && l == "en" && t.low == "m" && attached(sc.toks[prev], t) && j+1 < len(sc.toks) && sc.same(j, j+1) &&
			sc.toks[j+1].kind == tWord && isPluralEN(sc.toks[j+1]) && !lex.stop["en"][sc.toks[j+1].low] {
			return 1e6, true // 1.2m people
		}
		if !ok || (a.moneyOnly && !money) {
			continue
		}
		// A spaced one-letter abbreviation must end the phrase (Rp 13 T).
		if !attached(sc.toks[prev], t) && len([]rune(t.text)) == 1 {
			if !money {
				continue
			}
			if j+1 < len(sc.toks) && sc.toks[j+1].kind == tWord && sc.same(j, j+1) && attached(t, sc.toks[j+1]) {
				continue
			}
		}
		if l == "id" && t.low == "m" && money && sc.moneyIDR {
			return 1e9, true // Rp 5 M: miliar
		}
		return a.mult, true
	}
	return 0, false
}

// parseCore reads the number that starts at token i. money says a
// currency was written just before it (it licenses $15m as a scale).
func (sc *scanner) parseCore(i int, money bool) (core, bool) {
	t := sc.toks[i]
	if t.kind == tDigit {
		return sc.parseDigitCore(i, money)
	}
	if t.kind == tWord {
		return sc.parseWordCore(i)
	}
	return core{}, false
}

func (sc *scanner) parseDigitCore(i int, money bool) (core, bool) {
	toks := sc.toks
	t := toks[i]
	c := core{start: i, end: i + 1, digits: true}
	c.hasSep = strings.ContainsAny(t.text, ".,")
	// Clock and date shapes are recognised here and rejected by the caller.
	if i+2 < len(toks) && toks[i+1].text == ":" && attached(t, toks[i+1]) && attached(toks[i+1], toks[i+2]) &&
		toks[i+2].kind == tDigit && len(toks[i+2].text) == 2 {
		c.clock, c.end = true, i+3
		return c, true
	}
	if i+2 < len(toks) && (toks[i+1].text == "/" || toks[i+1].text == "-") && attached(t, toks[i+1]) &&
		attached(toks[i+1], toks[i+2]) && toks[i+2].kind == tDigit && i+4 < len(toks) &&
		toks[i+3].text == toks[i+1].text && attached(toks[i+2], toks[i+3]) && attached(toks[i+3], toks[i+4]) && toks[i+4].kind == tDigit {
		c.date, c.end = true, i+5 // 20/10/2025, 2025-10-20
		return c, true
	}
	raw := t.text
	// Spaces and thin spaces as group separators: 40 000, 1 234 567.
	j := i + 1
	if plainDigits(raw) && len(raw) <= 3 {
		for j < len(toks) && toks[j].kind == tDigit && len(toks[j].text) >= 3 && plainDigits(toks[j].text[:3]) &&
			toks[j].s == toks[j-1].e+1 && isGroupSpace(sc.text[toks[j-1].e]) && sc.same(j-1, j) &&
			(len(toks[j].text) == 3 || toks[j].text[3] == '.' || toks[j].text[3] == ',') {
			raw += toks[j].text
			j++
			c.hasSep = true
		}
		// A plain space joins a single group only when it is 000 (40 000):
		// 20 787 jets is two numbers. Thin and no-break spaces always join.
		if j == i+2 && sc.text[toks[i].e] == ' ' && !strings.HasPrefix(toks[i+1].text, "000") {
			raw, j, c.hasSep = t.text, i+1, false
		}
	}
	v, ok := parseDigits(raw, sc.conv)
	if !ok {
		return core{}, false
	}
	c.v, c.end = v, j
	if plainDigits(raw) {
		c.plain = raw
	}
	if c.plain != "" && len(raw) == 4 && strings.Contains(t.text, ".") {
		c.plain = ""
	}
	// Shape H.MM (17.44): a clock time when the context says so.
	if strings.Count(t.text, ".") == 1 && !strings.Contains(t.text, ",") && j == i+1 {
		p := strings.Split(t.text, ".")
		if len(p[0]) <= 2 && len(p[1]) == 2 && p[0] <= "24" && p[1] < "60" {
			c.clock = false // decided by the caller from the words around
		}
	}
	// Fractions: 3/4, 10 1/2.
	if j+1 < len(toks) && toks[j].text == "/" && attached(toks[j-1], toks[j]) && attached(toks[j], toks[j+1]) && toks[j+1].kind == tDigit && j == i+1 {
		den, ok := parseDigits(toks[j+1].text, sc.conv)
		if !ok || den == 0 || c.v >= den || den > 10 || c.hasSep {
			c.date = true // 15/7, 24/7: a date or a label, not a fraction
			c.end = j + 2
			return c, true
		}
		c.v, c.end, c.fraction = c.v/den, j+2, true
		return c, true
	}
	if j+2 < len(toks) && toks[j].kind == tDigit && toks[j+1].text == "/" && attached(toks[j], toks[j+1]) &&
		attached(toks[j+1], toks[j+2]) && toks[j+2].kind == tDigit && sc.same(j-1, j) && !c.hasSep && plainDigits(toks[j].text) {
		num, _ := parseDigits(toks[j].text, sc.conv)
		den, ok := parseDigits(toks[j+2].text, sc.conv)
		if ok && den > 0 && num < den && den <= 16 {
			c.v += num / den
			c.end = j + 3
			c.fraction = true
			return c, true
		}
	}
	// Scale words and abbreviations: 1.5 million, 2 juta, 15bn, Rp 13 T.
	c.end = j
	for c.end < len(toks) && sc.same(c.end-1, c.end) {
		if m, ok := sc.scaleAbbr(c.end, money, c.end-1); ok {
			c.v *= m
			c.scale = m
			c.end++
			break
		}
		ms := sc.numWords(c.end)
		if w, ok := has(ms, kScale); ok {
			if _, vague := has(ms, kVague); vague && sc.followedByOf(c.end+1) {
				break // 3 thousands of? not a scale
			}
			c.v *= w.value
			c.scale = w.value
			c.end++
			continue
		}
		if w, ok := has(ms, kHundred); ok {
			c.v *= w.value
			c.end++
			continue
		}
		if w, ok := has(ms, kDozen); ok {
			c.v *= w.value
			c.end++
			continue
		}
		break
	}
	if c.end > j {
		c.words = true
	}
	return c, true
}

func isGroupSpace(r rune) bool {
	return r == ' ' || r == '\u00a0' || r == '\u202f' || r == '\u2009'
}

func isThin(r rune) bool { return r == '\u202f' || r == '\u2009' || r == '\u00a0' }

// parseWordCore reads number words: twenty-five, one hundred and six,
// dua puluh lima, tiga ratus, seribu, half a million, two thirds,
// thousands of, puluhan ribu, minus five, dua belas koma dua.
func (sc *scanner) parseWordCore(i int) (core, bool) {
	toks := sc.toks
	c := core{start: i, words: true}
	var total, cur, last float64
	lastKind := ""
	seen, neg, pendingA, andA := false, false, false, false
	vague := 0.0
	j := i
	end := i
loop:
	for j < len(toks) && (j == i || sc.same(j-1, j)) {
		t := toks[j]
		ms := sc.numWords(j)
		switch {
		case t.kind == tWord && (t.low == "a" || t.low == "an") && !pendingA && (lastKind == "" || andA):
			if !sc.isWordOf(j+1, kHundred, kScale, kDozen, kFraction) {
				break loop
			}
			pendingA = true
			j++
			continue
		case t.kind == tWord && t.low == "and" && seen && vague == 0:
			// one hundred and six; one and a half.
			if sc.isWordOf(j+1, kUnit, kTens) && (lastKind == kHundred || lastKind == kScale) {
				j++
				continue
			}
			if (sc.word(j+1) == "a" || sc.word(j+1) == "one") && sc.isWordOf(j+2, kFraction) {
				andA = true
				j += 2
				continue
			}
			break loop
		case t.text == "-" || t.text == "–":
			// twenty-five, fifty - two
			if lastKind == kTens && sc.isWordOf(j+1, kUnit) && sc.numWords(j + 1)[0].value < 10 {
				j++
				continue
			}
			break loop
		case len(ms) == 0:
			break loop
		}
		if vague > 0 {
			// tens of thousands of; puluhan ribu; ratusan juta.
			if w, ok := has(ms, kVague); ok && sc.followedByOf(j+1) {
				vague *= w.value
				j += 2
				end = j
				continue
			}
			if w, ok := has(ms, kScale); ok && lex.numbers["id"][t.low] != nil {
				vague *= w.value
				j++
				end = j
				continue
			}
			break
		}
		if w, ok := has(ms, kVague); ok && !seen && !pendingA {
			isEN := lex.numbers["en"][t.low] != nil && containsLang(sc.langs, "en")
			// hundreds of protesters; or alone: dozens missing, thousands fled.
			alone := isEN && !sc.followedByOf(j+1) && vagueAlone[t.low] && (j+1 >= len(toks) || !sc.same(j, j+1) ||
				len(sc.numWords(j+1)) == 0 && toks[j+1].kind != tDigit)
			if alone {
				vague = w.value
				j++
				end = j
				break
			}
			if !isEN || sc.followedByOf(j+1) {
				vague = w.value
				lastKind = kVague
				j++
				if isEN {
					j++ // of
				}
				end = j
				continue
			}
		}
		switch w := pick(ms); w.kind {
		case kUnit:
			if !(lastKind == "" || lastKind == kHundred || lastKind == kScale || (lastKind == kTens || lastKind == kPuluh) && w.value < 10 ||
				lastKind == kUnit && last >= 100 && w.value < last) { // seratus dua, seribu tujuh
				break loop
			}
			if lastKind == kScale && w.value >= 1000 {
				break loop
			}
			cur += w.value
			last = w.value
			lastKind = kUnit
		case kTens:
			if !(lastKind == "" || lastKind == kHundred || lastKind == kScale) {
				break loop
			}
			cur += w.value
			last = w.value
			lastKind = kTens
		case kBelas:
			if lastKind != kUnit || last >= 10 {
				break loop
			}
			cur += 10
			last += 10
			lastKind = kBelas
		case kPuluh:
			if lastKind != kUnit || last >= 10 {
				break loop
			}
			cur += last * 9
			last *= 10
			lastKind = kPuluh
		case kHundred:
			switch {
			case lastKind == "" && pendingA:
				cur += 100
			case lastKind == kUnit || lastKind == kBelas || lastKind == kTens && last < 100:
				cur += last * 99
			default:
				break loop
			}
			last = 0
			lastKind = kHundred
		case kScale:
			if !seen && !pendingA {
				break loop
			}
			if lastKind == kScale && cur == 0 {
				total *= w.value
			} else {
				if cur == 0 {
					cur = 1
				}
				total += cur * w.value
			}
			cur, last = 0, 0
			lastKind = kScale
			c.scale = w.value
		case kDozen:
			if !seen && !pendingA {
				break loop
			}
			if cur == 0 {
				cur = 1
			}
			cur *= w.value
			last = 0
			lastKind = kHundred
		case kFraction:
			switch {
			case andA || lastKind == kUnit && strings.HasPrefix(t.low, "se") && containsLang(sc.langs, "id"):
				cur += w.value // one and a half; satu setengah
			case lastKind == kUnit && cur == last && cur < 20:
				cur *= w.value // two thirds
			case !seen && !halfWords[t.low] && sc.nounFollows(j+1):
				break loop // a third time, the second quarter results: ordinals
			case !seen && (pendingA || halfWords[t.low] || sc.word(j+1) == "of" || sc.isWordOf(j+1, kScale)):
				cur = w.value // half, a half, setengah, a third, quarter of
			default:
				break loop
			}
			c.fraction = true
			lastKind = kFraction
			andA = false
			// half a million, setengah juta
			if sc.word(j+1) == "a" && sc.isWordOf(j+2, kScale, kDozen) {
				j++
			}
		case kMinus:
			if seen || neg {
				break loop
			}
			if !(sc.isWordOf(j+1, kUnit, kTens) || j+1 < len(toks) && toks[j+1].kind == tDigit) {
				break loop
			}
			neg = true
			j++
			if toks[j].kind == tDigit {
				d, ok := sc.parseDigitCore(j, false)
				if !ok || d.clock || d.date {
					return core{}, false
				}
				d.start = i
				d.v = -d.v
				return d, true
			}
			continue
		case kPoint:
			if !seen || !sc.isWordOf(j+1, kUnit) {
				break loop
			}
			k := j + 1
			scale := 0.1
			for k < len(toks) && sc.same(k-1, k) {
				d, ok := has(sc.numWords(k), kUnit)
				if !ok || d.value >= 10 {
					break
				}
				cur += d.value * scale
				scale /= 10
				k++
			}
			j, end = k, k
			break loop
		default:
			break loop
		}
		seen = true
		pendingA = false
		j++
		end = j
	}
	if vague > 0 {
		c.v, c.end, c.vague = vague, end, true
		return c, true
	}
	if !seen || end == i {
		return core{}, false
	}
	c.v = total + cur
	if neg {
		c.v = -c.v
	}
	c.end = end
	c.oneWord = end == i+1 && c.v == 1
	if math.IsNaN(c.v) || math.IsInf(c.v, 0) {
		return core{}, false
	}
	return c, true
}

// nounFollows reports whether token j is a word in the same sentence that
// is not "of", a scale word or a function word: a third time.
func (sc *scanner) nounFollows(j int) bool {
	if j >= len(sc.toks) || !sc.same(j-1, j) || sc.toks[j].kind != tWord {
		return false
	}
	w := sc.toks[j].low
	return w != "of" && !sc.isWordOf(j, kScale, kDozen) && !lex.function["en"][w] && !lex.function["id"][w]
}

// vagueAlone are the English vague magnitudes that may stand without "of"
// (dozens missing, thousands fled).
var vagueAlone = map[string]bool{"dozens": true, "hundreds": true, "thousands": true, "millions": true}

// halfWords may stand alone as a fraction; third and quarter need a
// number, "a" or "of" (the third quarter is no figure).
var halfWords = map[string]bool{"half": true, "setengah": true, "separuh": true}

// pick chooses the meaning of a number word outside vague use.
func pick(ms []numWord) numWord {
	for _, m := range ms {
		if m.kind != kVague {
			return m
		}
	}
	return ms[0]
}

func containsLang(ls []string, l string) bool {
	for _, x := range ls {
		if x == l {
			return true
		}
	}
	return false
}
