package events

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsdesk/dataset"
)

// word is one token of a sentence, with its byte span in the text.
type word struct {
	text, lower string
	start, end  int
}

func words(s string, offset int) []word {
	var ws []word
	start := -1
	for i, r := range s {
		in := unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '\''
		if in && start < 0 {
			start = i
		}
		if !in && start >= 0 {
			ws = append(ws, mkWord(s, start, i, offset))
			start = -1
		}
	}
	if start >= 0 {
		ws = append(ws, mkWord(s, start, len(s), offset))
	}
	return ws
}

func mkWord(s string, a, b, offset int) word {
	t := strings.Trim(s[a:b], "-'")
	a += strings.Index(s[a:b], t)
	return word{text: t, lower: strings.ToLower(t), start: offset + a, end: offset + a + len(t)}
}

// describe fills each mention's type, trigger, participants and tense from
// its sentence.
func describe(doc *dataset.Doc, ms []Mention) {
	if len(ms) == 0 {
		return
	}
	rs := doc.Runes()
	type sentInfo struct {
		ws   []word
		text string
	}
	cache := map[int32]*sentInfo{}
	// Words the article also writes in lower case are common words, not
	// names, when a sentence starts with them.
	// A word that starts a sentence is a name only when the article also
	// capitalises it inside a sentence (Albania …, not Pemogokan …).
	midCaps := map[string]bool{}
	for _, sent := range doc.Sentences {
		for k, w := range runeWords(sent.Text, 0) {
			if r, _ := utf8.DecodeRuneInString(w.text); k > 0 && unicode.IsUpper(r) {
				midCaps[w.lower] = true
			}
		}
	}
	for i := range ms {
		m := &ms[i]
		si := cache[m.Sentence]
		if si == nil {
			var s dataset.Sentence
			for _, x := range doc.Sentences {
				if x.SentenceID == m.Sentence {
					s = x
					break
				}
			}
			// Offsets here are code points (one rune per unit).
			text := string(rs[s.Start:s.End])
			si = &sentInfo{text: text, ws: runeWords(text, int(s.Start))}
			cache[m.Sentence] = si
		}
		var inside, before []word
		var others []word
		for _, w := range si.ws {
			switch {
			case w.start >= int(m.Start) && w.end <= int(m.End):
				inside = append(inside, w)
			case w.end <= int(m.Start):
				before = append(before, w)
				others = append(others, w)
			default:
				others = append(others, w)
			}
		}
		_ = inside
		m.Type, m.Trigger = "other", ""
		if t, trig := nearestTrigger(si.ws, int(m.Start), int(m.End)); t != "" {
			m.Type, m.Trigger = t, trig
		}
		// Tense: a future marker among the fourteen words before the
		// expression or the four after it.
		var near []word
		near = append(near, before[max(0, len(before)-14):]...)
		for _, w := range others[len(before):min(len(others), len(before)+4)] {
			near = append(near, w)
		}
		m.Future = hasFuture(near)
		if m.Future && reportNext(si.ws, before, len(before)) {
			// Gerstner said Friday: the time dates the saying, which
			// is past, whatever the quote says will happen.
			m.Future = false
		}
		if m.Kind == "weekday" && m.Deadline && !m.Future && !hasDeadlineCue(si.ws) {
			m.Deadline = false // the talks lasted until Tuesday: a past end
		}
		m.Names, m.Nouns = participants(others, si.ws, midCaps)
	}
}

// runeWords splits text into words with code point offsets.
func runeWords(text string, offset int) []word {
	var ws []word
	rs := []rune(text)
	start := -1
	flush := func(i int) {
		t := string(rs[start:i])
		tt := strings.Trim(t, "-'’")
		if tt != "" {
			a := start + utf8.RuneCountInString(t[:strings.Index(t, tt)])
			ws = append(ws, word{text: tt, lower: strings.ToLower(tt), start: offset + a, end: offset + a + utf8.RuneCountInString(tt)})
		}
		start = -1
	}
	for i, r := range rs {
		in := unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '\'' || r == '’'
		if in && start < 0 {
			start = i
		}
		if !in && start >= 0 {
			flush(i)
		}
	}
	if start >= 0 {
		flush(len(rs))
	}
	return ws
}

// matchTrigger reports whether t matches the words at i, and how many
// words it spans.
func matchTrigger(t trigger, ws []word, i int) (int, bool) {
	j := i
	for _, p := range t.words {
		if j >= len(ws) {
			return 0, false
		}
		w := ws[j].lower
		switch {
		case p == "*":
		case strings.HasSuffix(p, "*"):
			if !strings.HasPrefix(w, p[:len(p)-1]) {
				return 0, false
			}
		default:
			if w != p {
				return 0, false
			}
		}
		j++
	}
	return j - i, true
}

// nearestTrigger finds the trigger nearest to [start, end) in the
// sentence; statements count as twice as far, as they frame other news.
func nearestTrigger(ws []word, start, end int) (typ, text string) {
	best := 1 << 30
	// A control verb (agreed to, berencana) hides its own words: the
	// happening is its complement (agreed to accept → accept).
	// The time expression itself may stand inside (agreed on Wednesday
	// to sell): control verbs are matched on the words around it.
	hidden := map[int]bool{}
	var out []word
	var at []int // index in ws of each word of out
	for i, w := range ws {
		if w.start >= start && w.end <= end {
			continue
		}
		out = append(out, w)
		at = append(at, i)
	}
	for i := range out {
		for _, t := range controlTriggers {
			if n, ok := matchTrigger(t, out, i); ok {
				for k := i; k < i+n; k++ {
					hidden[at[k]] = true
				}
			}
		}
	}
	for i := range ws {
		if ws[i].start >= start && ws[i].end <= end || hidden[i] {
			continue
		}
		for _, t := range lex.triggers {
			if t.typ == "control" {
				continue
			}
			n, ok := matchTrigger(t, ws, i)
			if !ok || !hasObject(t, ws, i, n) {
				continue
			}
			a, b := ws[i].start, ws[i+n-1].end
			d := a - end
			if b <= start {
				d = start - b
			}
			if d < 0 {
				d = 0
			}
			if t.typ == "statement" {
				d = 2*d + 20
			}
			// A specific type beats its family at the same place.
			if d < best || (d == best && t.typ != t.family && lex.family[typ] == typ) {
				best = d
				var parts []string
				for _, w := range ws[i : i+n] {
					parts = append(parts, w.text)
				}
				typ, text = t.typ, strings.Join(parts, " ")
			}
		}
	}
	// A consequence (killed, tewas) yields to a cause in the same
	// sentence (an earthquake … killing 162): the cause is the happening.
	if lex.role[lex.family[typ]] == "consequence" {
		cbest := 1 << 30
		for i := range ws {
			if ws[i].start >= start && ws[i].end <= end || hidden[i] {
				continue
			}
			for _, t := range lex.triggers {
				if lex.role[t.family] != "cause" {
					continue
				}
				n, ok := matchTrigger(t, ws, i)
				if !ok {
					continue
				}
				d := ws[i].start - end
				if ws[i+n-1].end <= start {
					d = start - ws[i+n-1].end
				}
				if d < cbest {
					cbest = d
					var parts []string
					for _, w := range ws[i : i+n] {
						parts = append(parts, w.text)
					}
					typ, text = t.typ, strings.Join(parts, " ")
				}
			}
		}
	}
	return typ, text
}

// typeOfWords returns the event type the words name (the cyberattack →
// cyberattack), or "".
func typeOfWords(s string) string {
	ws := runeWords(s, 0)
	for i := range ws {
		for _, t := range lex.triggers {
			if t.typ == "control" {
				continue
			}
			if _, ok := matchTrigger(t, ws, i); ok {
				return t.typ
			}
		}
	}
	return ""
}

// futurePhrases are the future markers of the lexicon, as word lists.
var futurePhrases = func() [][]string {
	var ps [][]string
	for _, e := range lex.time {
		if e.kind == "future" {
			f := strings.Fields(e.word)
			f[0] = strings.Trim(f[0], "'")
			ps = append(ps, f)
		}
	}
	return ps
}()

func hasFuture(ws []word) bool {
	for i, w := range ws {
		for _, f := range futurePhrases {
			if w.lower != f[0] || i+len(f) > len(ws) {
				continue
			}
			ok := true
			for k := 1; k < len(f); k++ {
				if ws[i+k].lower != f[k] {
					ok = false
					break
				}
			}
			if ok {
				return true
			}
		}
	}
	return false
}

// participants returns the capitalised names (runs of capitalised words)
// and the key lowercase nouns of a sentence, minus time words.
func participants(ws, all []word, midCaps map[string]bool) (names, nouns []string) {
	first := -1
	if len(all) > 0 {
		first = all[0].start
	}
	var run []string
	lastEnd := -10
	flush := func() {
		if len(run) > 0 {
			names = append(names, strings.Join(run, " "))
		}
		run = nil
	}
	for _, w := range ws {
		if isTimeWord(w.lower) {
			flush()
			continue
		}
		r, _ := utf8.DecodeRuneInString(w.text)
		if unicode.IsUpper(r) {
			if w.start == first && (lex.stop[w.lower] || !midCaps[w.lower]) {
				continue
			}
			if w.start > lastEnd+1 {
				flush()
			}
			if lex.stop[w.lower] && len(run) == 0 {
				continue
			}
			run = append(run, trimPossessive(w.text))
			lastEnd = w.end
			if trimPossessive(w.text) != w.text {
				flush() // Poland's parliament: the name ends here
			}
			continue
		}
		flush()
		if utf8.RuneCountInString(w.lower) >= 5 && !lex.stop[w.lower] && unicode.IsLetter(r) {
			nouns = append(nouns, w.lower)
		}
	}
	flush()
	return names, nouns
}

func isTimeWord(w string) bool {
	for _, k := range []string{"month", "weekday", "day", "unit", "ref", "season"} {
		if _, ok := lex.byKind[k][w]; ok {
			return true
		}
	}
	return false
}

// trimPossessive drops an English possessive ending (Poland's → Poland).
func trimPossessive(s string) string {
	for _, suf := range []string{"'s", "’s"} {
		if strings.HasSuffix(s, suf) && len(s) > len(suf) {
			return s[:len(s)-len(suf)]
		}
	}
	return s
}

// hasDeadlineCue reports whether the words hold a deadline word of the
// lexicon (given … until, postponed until, tenggat).
func hasDeadlineCue(ws []word) bool {
	for i, w := range ws {
		for p := range lex.byKind["deadline"] {
			f := strings.Fields(p)
			if w.lower != f[0] || i+len(f) > len(ws) {
				continue
			}
			ok := true
			for k := 1; k < len(f); k++ {
				ok = ok && ws[i+k].lower == f[k]
			}
			if ok {
				return true
			}
		}
	}
	return false
}

// reportNext reports whether a report verb (a statement trigger: said,
// told, kata) stands right before the expression (skipping on/pada/hari)
// or right after it.
func reportNext(all, before []word, nb int) bool {
	isReport := func(i int) bool {
		if i < 0 || i >= len(all) {
			return false
		}
		for _, t := range lex.triggers {
			if t.typ != "statement" || len(t.words) != 1 {
				continue
			}
			if _, ok := matchTrigger(t, all, i); ok {
				return true
			}
		}
		return false
	}
	i := nb - 1
	for k := 0; i >= 0 && k < 5 && (all[i].lower == "on" || all[i].lower == "pada" || all[i].lower == "hari" || isUpper(all[i].text)); k++ {
		i-- // kata Presiden pada hari Senin: skip the speaker's name
	}
	if isReport(i) {
		return true
	}
	// The first word after the expression: skip the expression's own words.
	j := nb
	for j < len(all) && j-nb < 4 && isTimeWord(all[j].lower) {
		j++
	}
	return isReport(j)
}

// controlTriggers are the control verbs of the trigger lexicon.
var controlTriggers = func() []trigger {
	var ts []trigger
	for _, t := range lex.triggers {
		if t.typ == "control" {
			ts = append(ts, t)
		}
	}
	return ts
}()
