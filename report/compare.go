package report

import (
	_ "embed"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"newsdesk/dataset"
	lexfile "newsdesk/dataset/lexicon"
)

// Figures are compared across sources only when they count the same thing:
//
//  1. A figure conflict (the conflicts table, kind figure) is one group:
//     the figures of each source that give its values.
//  2. Every other figure with a unit is keyed by its unit (people,
//     residents and refugees count persons: lexicon/units.tsv) and by the
//     word of lexicon/counted.tsv nearest to it in its sentence (killed,
//     tewas; missing, hilang; displaced, mengungsi…), looking no further
//     than maxContext words and never past another figure. Figures with
//     the same key in at least two sources form a group.
//
// Figures in a sentence dated, with a year, outside the story's Focus
// ("killed more than 500 people in 2018") are about another time and are
// not compared. A source that repeats a value (headline and body) gives it
// once.
const maxContext = 10

//go:embed lexicon/counted.tsv
var countedTSV []byte

//go:embed lexicon/units.tsv
var unitsTSV []byte

// counted maps a word to the thing it says a figure counts; prefixes are
// the words written with a trailing *.
var counted, unitClass = loadLexicons()

type lexicon struct {
	words    map[string]string
	prefixes [][2]string // prefix, label
}

func (l lexicon) lookup(w string) string {
	if v, ok := l.words[w]; ok {
		return v
	}
	for _, p := range l.prefixes {
		if strings.HasPrefix(w, p[0]) {
			return p[1]
		}
	}
	return ""
}

func loadLexicons() (lexicon, lexicon) {
	return parseLexicon("lexicon/counted.tsv", countedTSV), parseLexicon("lexicon/units.tsv", unitsTSV)
}

// parseLexicon reads lines of "label<TAB>word word…". A bad line is a
// programming error in an embedded file, so it panics at start-up.
func parseLexicon(name string, b []byte) lexicon {
	l := lexicon{words: map[string]string{}}
	rows, err := lexfile.Parse(name, string(b), 2, 2)
	if err != nil {
		panic(fmt.Sprintf("report: %v (label<TAB>words)", err))
	}
	for _, r := range rows {
		label := r.Fields[0]
		for _, w := range strings.Fields(r.Fields[1]) {
			if p, ok := strings.CutSuffix(w, "*"); ok {
				l.prefixes = append(l.prefixes, [2]string{p, label})
			} else {
				l.words[w] = label
			}
		}
	}
	sort.Slice(l.prefixes, func(i, j int) bool { return len(l.prefixes[i][0]) > len(l.prefixes[j][0]) })
	return l
}

// CompareUnit returns the unit figures of unit u are compared in: person
// for people, resident and refugee; u itself otherwise.
func CompareUnit(u string) string {
	if c := unitClass.lookup(strings.ToLower(u)); c != "" {
		return c
	}
	return u
}

type token struct {
	start, end int64 // code points, relative to the sentence
	word       string
}

func tokenize(s string) []token {
	var out []token
	var cur []rune
	var start, pos int64
	flush := func() {
		if len(cur) > 0 {
			out = append(out, token{start, pos, strings.ToLower(string(cur))})
			cur = cur[:0]
		}
	}
	for _, r := range s {
		if unicode.IsLetter(r) {
			if len(cur) == 0 {
				start = pos
			}
			cur = append(cur, r)
		} else {
			flush()
		}
		pos++
	}
	flush()
	return out
}

// countedThing returns what the figure at [start, end) of a sentence
// counts: the last lexicon word inside the figure, else the nearest one
// around it (after the figure wins a tie);
// others are the spans of the sentence's other figures, which the search
// does not cross. It returns "" when no word is near.
func countedThing(sentence string, start, end int64, others [][2]int64) string {
	toks := tokenize(sentence)
	blocked := func(t token) bool {
		for _, o := range others {
			if t.start < o[1] && o[0] < t.end {
				return true
			}
		}
		return false
	}
	var after, before, inside []token
	for _, t := range toks {
		switch {
		case t.start >= end:
			after = append(after, t)
		case t.end <= start:
			before = append(before, t)
		default:
			inside = append(inside, t)
		}
	}
	// The figure's own counted noun says it first (hampir 2.000
	// pengungsi, 62 kali gempa susulan): its last lexicon word.
	for i := len(inside) - 1; i >= 0; i-- {
		if l := counted.lookup(inside[i].word); l != "" {
			return l
		}
	}
	best, bestDist := "", maxContext+1
	for i, t := range after {
		if i > maxContext || blocked(t) {
			break
		}
		if l := counted.lookup(t.word); l != "" {
			best, bestDist = l, i
			break
		}
	}
	for i := 0; i < len(before) && i < bestDist && i <= maxContext; i++ {
		t := before[len(before)-1-i]
		if blocked(t) {
			break
		}
		if l := counted.lookup(t.word); l != "" {
			return l
		}
	}
	return best
}

var yearRe = regexp.MustCompile(`(^|\D)(1[5-9]|20)\d\d(\D|$)`)

// otherTime returns, per source and sentence, a time expression with a
// year whose period lies wholly outside the focus: the sentence is about
// another time.
func (r *Report) otherTime(mentions []dataset.EventMention) map[sentKey]string {
	out := map[sentKey]string{}
	if r.Focus == nil {
		return out
	}
	for _, m := range mentions {
		if !yearRe.MatchString(m.TimeText) {
			continue
		}
		if m.Date <= r.Focus.To && periodEnd(m.Date, m.Precision) >= r.Focus.From {
			continue
		}
		k := sentKey{m.SourceID, m.SentenceID}
		if _, ok := out[k]; !ok {
			out[k] = m.TimeText
		}
	}
	return out
}

// periodEnd is the last day of the period starting at d.
func periodEnd(d dataset.Date, prec string) dataset.Date {
	t := d.Time()
	switch prec {
	case dataset.PrecisionMonth:
		t = t.AddDate(0, 1, -1)
	case dataset.PrecisionYear:
		t = t.AddDate(1, 0, -1)
	case dataset.PrecisionDecade:
		t = t.AddDate(10, 0, -1)
	default:
		return d
	}
	return dataset.NewDate(t.Year(), t.Month(), t.Day())
}

func (r *Report) buildFigureGroups(t *dataset.Tables, sents map[sentKey]dataset.Sentence) {
	inConflict := map[*FigureRow]bool{}
	for i := range r.Conflicts {
		c := &r.Conflicts[i]
		if c.Kind != dataset.ConflictFigure {
			continue
		}
		g := FigureGroup{Label: SubjectLabel(c.Subject), Conflict: c}
		for _, cl := range c.Claims {
			for _, v := range strings.Split(cl.Value, ";") {
				for j := range r.Figures {
					f := &r.Figures[j]
					if f.Source == cl.Source && figureMatches(f, v) && !containsFig(g.Figures, f) {
						g.Figures = append(g.Figures, f)
						f.Conflict = true
						inConflict[f] = true
						if g.Unit == "" {
							g.Unit = f.UnitName()
						}
					}
				}
			}
		}
		if len(g.Figures) > 0 {
			setCompared(g)
			r.FigureGroups = append(r.FigureGroups, g.finish())
		}
	}
	// The most widely reported conflict first.
	sort.SliceStable(r.FigureGroups, func(i, j int) bool { return r.FigureGroups[i].Sources > r.FigureGroups[j].Sources })
	// Spans of the figures of each sentence, which the context search does
	// not cross.
	spans := map[sentKey][][2]int64{}
	for _, f := range t.Figures {
		k := sentKey{f.SourceID, f.SentenceID}
		spans[k] = append(spans[k], [2]int64{f.Start, f.End})
	}
	other := r.otherTime(t.EventMentions)
	byKey := map[string]*FigureGroup{}
	for i := range r.Figures {
		f := &r.Figures[i]
		k := sentKey{f.SourceID, f.SentenceID}
		if when, ok := other[k]; ok {
			f.OtherTime = when
			continue
		}
		if f.UnitName() == "" || f.Source == nil || inConflict[f] {
			continue
		}
		s, ok := sents[k]
		if !ok {
			continue
		}
		var others [][2]int64
		for _, sp := range spans[k] {
			if sp != [2]int64{f.Start, f.End} {
				others = append(others, [2]int64{sp[0] - s.Start, sp[1] - s.Start})
			}
		}
		thing := countedThing(s.Text, f.Start-s.Start, f.End-s.Start, others)
		if thing == "" {
			continue
		}
		unit := CompareUnit(f.UnitName())
		key := unit + "\x00" + thing
		g := byKey[key]
		if g == nil {
			g = &FigureGroup{Label: thing + " (" + unit + ")", Unit: unit}
			byKey[key] = g
		}
		g.Figures = append(g.Figures, f)
	}
	var ctx []FigureGroup
	for _, g := range byKey {
		if fg := g.finish(); fg.Sources >= 2 {
			setCompared(*g)
			ctx = append(ctx, fg)
		}
	}
	sort.Slice(ctx, func(i, j int) bool {
		a, b := ctx[i], ctx[j]
		if a.Sources != b.Sources {
			return a.Sources > b.Sources
		}
		if (a.Values > 1) != (b.Values > 1) {
			return a.Values > 1
		}
		if len(a.Figures) != len(b.Figures) {
			return len(a.Figures) > len(b.Figures)
		}
		return a.Label < b.Label
	})
	r.FigureGroups = append(r.FigureGroups, ctx...)
}

// setCompared labels every figure of g, repeats included.
func setCompared(g FigureGroup) {
	for _, f := range g.Figures {
		if f.Compared == "" {
			f.Compared = g.Label
		}
	}
}

// finish drops a source's repeats of a value, orders the figures by source
// and text position, and counts sources and values.
func (g FigureGroup) finish() FigureGroup {
	sort.SliceStable(g.Figures, func(i, j int) bool {
		a, b := g.Figures[i], g.Figures[j]
		return lessSpan(a.Source, b.Source, a.Start, b.Start)
	})
	type sv struct {
		src string
		v   string
	}
	seen := map[sv]bool{}
	srcs := map[string]bool{}
	vals := map[string]bool{}
	var figs []*FigureRow
	for _, f := range g.Figures {
		v := FigureValue(f.Figure)
		if f.Source == nil || seen[sv{f.Source.ID, v}] {
			continue
		}
		seen[sv{f.Source.ID, v}] = true
		srcs[f.Source.ID] = true
		vals[FormatNumber(f.Value)] = true
		figs = append(figs, f)
	}
	g.Figures, g.Sources, g.Values = figs, len(srcs), len(vals)
	return g
}

func containsFig(fs []*FigureRow, f *FigureRow) bool {
	for _, x := range fs {
		if x == f {
			return true
		}
	}
	return false
}

// figureMatches reports whether a conflict value names f: the value as a
// number, the figure's text, or the value as the conflicts table writes it
// (sekitar 2500 dockworker, at least 162 person, 10-15 hour).
func figureMatches(f *FigureRow, v string) bool {
	v = strings.ToLower(strings.Join(strings.Fields(v), " "))
	if v == "" {
		return false
	}
	num := FormatNumber(f.Value)
	if f.ValueHigh != nil {
		num += "-" + FormatNumber(*f.ValueHigh)
	}
	if v == num || v == FormatNumber(f.Value) || strings.EqualFold(v, f.Text) {
		return true
	}
	// The unit must agree: "25 aftershock" does not name "25 people".
	unit := ""
	if u := f.UnitName(); u != "" {
		unit = " " + strings.ToLower(u)
	}
	with := num
	if h := f.HedgeText(); h != "" {
		with = strings.ToLower(h) + " " + num
	} else if f.Approximate {
		with = "at least " + num
	}
	return v == num+unit || v == with+unit
}

// subjectRe matches the context words a conflict subject ends with:
// "death toll (person: indonesia, java)".
var subjectRe = regexp.MustCompile(`\(([^():]+):[^()]*\)$`)

// SubjectLabel is a conflict subject without its list of context words:
// "death toll (person)" for "death toll (person: indonesia, java)".
func SubjectLabel(subject string) string {
	return subjectRe.ReplaceAllString(subject, "($1)")
}
