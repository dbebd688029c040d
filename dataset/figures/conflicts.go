package figures

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"newsdesk/dataset"
)

// Conflict rule (so that a reader can trust every row, and a fact-checker
// sees every pair of sources that give different values for one thing):
//
//  1. Only figures with a unit or counted thing take part (residents and
//     villagers compared as people: same_units.tsv), and not those in
//     a sentence naming a year before its article's publication (a quake
//     that killed 500 people in 2018, told in a 2022 report, is history,
//     not the story); two figures can
//     be about the same thing only when their units are equal (member and
//     member; hour and hour; IDR and IDR).
//  2. What a count counts: each figure takes the concept of concepts.tsv
//     named nearest to it in its sentence (killed, tewas, meninggal and
//     died are one death toll; injured and luka; sell, fee and worth one
//     price), within conceptReach words, a comma costing commaCost words
//     and a clause joiner (and, dan, while) joinerCost, so that in "151
//     are missing and 1,083 were injured" 1,083 counts the injured. Two
//     figures with different concepts are never compared; the same
//     concept counts as conceptWeight shared words and stands for rule 4's
//     nearby word.
//  3. Their contexts must overlap: the contextSize nearest content words
//     on each side of each figure, in its sentence (Indonesian nouns translated by
//     nouns_id.tsv, English plurals made singular, the unit itself, function
//     words, concept words and numbers left out) must share at least
//     minShared words (a shared concept included). Words found in more
//     than a quarter of the corpus's sentences (the story's own name:
//     Albania, Iran) do not count, since they say nothing about which
//     number a sentence gives.
//  4. A figure is linked to its best match in each other source (most shared
//     words, then the closest value), and only when that choice is mutual,
//     the two values are within a factor maxRatio of each other (500 and
//     4,300 deaths are two disasters, not one toll told twice), their
//     sentences name the same years, the capitalised words right next to
//     them (nearestSize each side) are not all different in two articles
//     of one language (on Lombok, on Sulawesi island: two quakes), and
//     either they share a concept or the nearestSize nearest content words
//     on each side of the two figures share a word (blast in "12 people
//     were killed in the blast" and "at least 30 people were killed in the
//     blast": the same event; not "diplomats were given 24 hours to leave"
//     and "diplomats held talks for 48 hours"); linked figures form a
//     group. Figures of one source are never linked to each other directly.
//  5. Each figure stands for an interval: exact 3000 is [3000, 3000];
//     about/around/some/sekitar ±10%; nearly/almost/hampir 15% below to the
//     value; up to/fewer than/hingga from 0; more than/at least/over/lebih
//     dari up to 25% above (a lower bound of a count that grows is still a
//     claim about its size: at least 162 and at least 268 dead are two
//     different tolls); a range its two ends; a vague magnitude (thousands
//     of) [m, 10m). A group whose sources give two disjoint intervals is a
//     conflict; about 3,000, nearly 3,000 and sekitar 3.000 agree.
//
// A conflict row lists every distinct value of the group (values) and, for
// each source, the values it gives (source_values, aligned with
// source_ids); its subject names the concept and the counted thing (death
// toll (person)) or, without a concept, the counted thing and the words the
// figures share (member (camp, mek)).
const (
	contextSize   = 4
	nearestSize   = 2
	minShared     = 2
	ubiquitous    = 0.25
	conceptReach  = 10
	commaCost     = 2
	joinerCost    = 5
	conceptWeight = 2
	maxRatio      = 4
	atLeastSpan   = 1.25
)

// joiners join two clauses: a concept across one is far.
var joiners = map[string]bool{"and": true, "but": true, "while": true, "whereas": true, "dan": true, "serta": true,
	"tetapi": true, "namun": true, "sementara": true, "sedangkan": true, ";": true}

// figCtx is one figure prepared for comparison.
type figCtx struct {
	fig     dataset.Figure
	unit    string // the unit compared (same_units.tsv: resident is person)
	words   map[string]bool
	near    map[string]bool
	concept string
	names   map[string]bool // capitalised words right next to it (Lombok, Angels)
	lang    string
	years   string // the years named in the sentence, sorted, joined
	lo, hi  float64
}

// Conflicts returns a figure conflict for each group of figures that
// different sources give for the same thing with values that cannot all be
// true (see the rule above). docs give the sentences around each figure;
// figures of sources missing from docs are ignored. The result is sorted by
// conflict_id and does not depend on the order of docs or figs.
func Conflicts(docs []*dataset.Doc, figs []dataset.Figure) []dataset.Conflict {
	byID := map[string]*dataset.Doc{}
	for _, d := range docs {
		byID[d.Source.SourceID] = d
	}
	sorted := append([]dataset.Figure(nil), figs...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].FigureID < sorted[j].FigureID })
	df, nSent := sentenceFreq(docs)
	var cs []figCtx
	for _, f := range sorted {
		d := byID[f.SourceID]
		if f.Unit == nil || d == nil {
			continue
		}
		lo, hi := interval(f)
		words, near, cpt, years, names := contextWords(d, f, df, nSent)
		if historical(d, years) {
			continue
		}
		unit := *f.Unit
		if u, ok := lex.sameUnit[unit]; ok {
			unit = u
		}
		cs = append(cs, figCtx{fig: f, unit: unit, words: words, near: near, concept: cpt, years: years, names: names,
			lang: d.Source.Language, lo: lo, hi: hi})
	}
	groups := linkFigures(cs)
	var out []dataset.Conflict
	seen := map[string]int{}
	for _, g := range groups {
		c, ok := conflictOf(cs, g)
		if !ok {
			continue
		}
		seen[c.Subject]++
		if n := seen[c.Subject]; n > 1 {
			c.Subject = fmt.Sprintf("%s #%d", c.Subject, n)
		}
		c.ConflictID = dataset.ID("conflict", dataset.ConflictFigure, c.Subject)
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ConflictID < out[j].ConflictID })
	return out
}

// interval returns the values a figure allows.
func interval(f dataset.Figure) (float64, float64) {
	lo, hi := f.Value, f.Value
	if f.ValueHigh != nil {
		hi = *f.ValueHigh
	}
	if f.Approximate && f.Hedge == nil {
		return lo, hi * 10 // vague magnitude: thousands of
	}
	if f.Hedge == nil {
		return lo, hi
	}
	switch hedgeKind(*f.Hedge) {
	case "about":
		return lo * 0.9, hi * 1.1
	case "nearly":
		return lo * 0.85, hi
	case "atmost":
		return 0, hi
	case "atleast":
		return lo, hi * atLeastSpan
	}
	return lo * 0.9, hi * 1.1
}

// hedgeKind looks a hedge up in every language's list.
func hedgeKind(h string) string {
	form, _ := formTokens(h)
	for _, l := range []string{"en", "id"} {
		for _, e := range lex.hedges[l] {
			if strings.Join(e.form, " ") == strings.Join(form, " ") {
				return e.kind
			}
		}
	}
	return ""
}

// sentenceFreq counts in how many sentences of the corpus each context word
// appears.
func sentenceFreq(docs []*dataset.Doc) (map[string]int, int) {
	df := map[string]int{}
	n := 0
	for _, d := range docs {
		runes := d.Runes()
		for _, s := range d.Sentences {
			n++
			seen := map[string]bool{}
			for _, w := range sentWords(tokenize(runes[s.Start:s.End]), d.Source.Language, "") {
				if w := w.word; w != "" && !seen[w] {
					seen[w] = true
					df[w]++
				}
			}
		}
	}
	return df, n
}

// contentWord normalises a token for context comparison, or returns "" for
// function words, numbers and short words.
func contentWord(t token, lang string) string {
	if t.kind != tWord || len([]rune(t.low)) < 3 || lex.function["en"][t.low] || lex.function["id"][t.low] ||
		lex.numbers["en"][t.low] != nil || lex.numbers["id"][t.low] != nil {
		return ""
	}
	if e, ok := lex.nounsID[t.low]; ok && lang != "en" {
		return e.english
	}
	if isPluralEN(t) && lang != "id" {
		return strings.ToLower(singularEN(t))
	}
	return t.low
}

// unitKind is the kind of thing a figure's unit is, for concepts.tsv: a
// unit class (length, currency) or count.
func unitKind(unit string) string {
	if k, ok := lex.unitKind[unit]; ok {
		return k
	}
	return "count"
}

// ctxWord is what one token of a sentence says for conflicts: its content
// word, or the concept it names.
type ctxWord struct {
	word, concept string
}

// sentWords reads the content words and concepts of a sentence's tokens,
// two-word concepts first (korban jiwa): the second word is left empty.
func sentWords(toks []token, lang, kind string) []ctxWord {
	out := make([]ctxWord, len(toks))
	for k := 0; k < len(toks); k++ {
		if toks[k].kind != tWord {
			continue
		}
		if k+1 < len(toks) && toks[k+1].kind == tWord {
			if c, ok := lex.concepts[toks[k].low+" "+toks[k+1].low]; ok && (kind == "" || c.kind == kind) {
				out[k].concept = c.name
				k++
				continue
			}
		}
		if c, ok := lex.concepts[toks[k].low]; ok {
			if kind == "" || c.kind == kind {
				out[k].concept = c.name
			}
			continue
		}
		out[k].word = contentWord(toks[k], lang)
	}
	return out
}

// contextWords returns the content words near figure f in its sentence,
// leaving out the unit and the corpus's ubiquitous words; the concept named
// nearest to it; and the years its sentence names.
func contextWords(d *dataset.Doc, f dataset.Figure, df map[string]int, nSent int) (words, near map[string]bool, cpt, years string, names map[string]bool) {
	words, near, names = map[string]bool{}, map[string]bool{}, map[string]bool{}
	if int(f.SentenceID) >= len(d.Sentences) {
		return words, near, "", "", names
	}
	s := d.Sentences[f.SentenceID]
	toks := tokenize(d.Runes()[s.Start:s.End])
	cw := sentWords(toks, d.Source.Language, unitKind(*f.Unit))
	unitWords := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(*f.Unit)) {
		unitWords[w] = true
	}
	add := func(set map[string]bool, k int) bool {
		w := cw[k].word
		if w == "" || unitWords[w] || nSent >= 8 && float64(df[w]) > ubiquitous*float64(nSent) {
			return false
		}
		set[w] = true
		return true
	}
	inside := func(k int) bool {
		p := int64(toks[k].s) + s.Start
		return p >= f.Start && int64(toks[k].e)+s.Start <= f.End
	}
	first, last := len(toks), -1 // tokens of the figure
	var ys []string
	for k, t := range toks {
		if inside(k) {
			first, last = min(first, k), max(last, k)
			// Words inside the phrase other than the unit describe the
			// thing: Iranian in "four Iranian diplomats"; unit words
			// (euros in 95 million euros) do not.
			if len(lex.unitsBy["en"][t.low]) == 0 && len(lex.unitsBy["id"][t.low]) == 0 {
				add(words, k)
			}
		}
		if t.kind == tDigit && len(t.text) == 4 && plainDigits(t.text) {
			if v, err := strconv.Atoi(t.text); err == nil && isYear(float64(v)) && !contains(ys, t.text) {
				ys = append(ys, t.text)
			}
		}
	}
	sort.Strings(ys)
	years = strings.Join(ys, " ")
	if last < 0 {
		return words, near, "", years, names
	}
	for k := first; k <= last; k++ {
		if cw[k].concept != "" {
			cpt = cw[k].concept
		}
	}
	// The nearest concept: inside the phrase, else the closer side (after
	// on a tie: 12 were killed, 268 orang tewas).
	leftCost, leftCpt, rightCost, rightCpt := conceptReach+1, "", conceptReach+1, ""
	before, after, cost := 0, 0, 0
	for k := first - 1; k >= 0; k-- {
		cost += tokenCost(toks[k])
		if cw[k].concept != "" && leftCpt == "" && cost <= conceptReach {
			leftCost, leftCpt = cost, cw[k].concept
		}
		if before < contextSize && add(words, k) {
			if before < nearestSize {
				add(near, k)
				if k > 0 && isCap(toks[k]) && lex.dates[toks[k].low] == "" {
					names[cw[k].word] = true
				}
			}
			before++
		}
	}
	cost = 0
	for k := last + 1; k < len(toks); k++ {
		cost += tokenCost(toks[k])
		if cw[k].concept != "" && rightCpt == "" && cost <= conceptReach {
			rightCost, rightCpt = cost, cw[k].concept
		}
		if after < contextSize && add(words, k) {
			if after < nearestSize {
				add(near, k)
				if isCap(toks[k]) && lex.dates[toks[k].low] == "" {
					names[cw[k].word] = true
				}
			}
			after++
		}
	}
	if cpt == "" {
		cpt = leftCpt
		if rightCpt != "" && rightCost <= leftCost {
			cpt = rightCpt
		}
	}
	return words, near, cpt, years, names
}

// tokenCost is how far a token takes a concept from a figure.
func tokenCost(t token) int {
	switch {
	case joiners[t.low]:
		return joinerCost
	case t.text == ",":
		return commaCost
	case t.kind == tPunct:
		return 0
	}
	return 1
}

func shared(a, b map[string]bool) int {
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return n
}

// historical reports whether a sentence naming years is about the past of
// its article: a year before the year the article was published (the quake
// that killed 500 people in 2018, told in a 2022 report).
func historical(d *dataset.Doc, years string) bool {
	if d.Source.Published == nil || years == "" {
		return false
	}
	pub := d.Source.Published.Time().Year()
	for _, y := range strings.Fields(years) {
		if v, err := strconv.Atoi(y); err == nil && v < pub {
			return true
		}
	}
	return false
}

// comparable reports whether two figures may be about the same thing at
// all: no two different concepts, the same years, values within maxRatio.
func comparable(a, b figCtx) bool {
	if a.concept != "" && b.concept != "" && a.concept != b.concept || a.years != b.years {
		return false
	}
	// on Lombok and on Sulawesi island: two articles in one language that
	// name a place or party right next to the figure, not the same one, are
	// about two different things.
	if a.lang == b.lang && len(a.names) > 0 && len(b.names) > 0 && shared(a.names, b.names) == 0 {
		return false
	}
	x, y := math.Abs(a.fig.Value), math.Abs(b.fig.Value)
	if x > y {
		x, y = y, x
	}
	return x == 0 && y == 0 || x > 0 && y/x <= maxRatio
}

// linkFigures groups figures by mutual best matches across sources and
// returns the groups as sorted index lists, in order of their first
// index.
func linkFigures(cs []figCtx) [][]int {
	// Candidates are indexed by source and unit, so that each figure looks
	// only at the figures of the same unit in each other source: the cost
	// is figures × sources giving that unit × figures per bucket, not
	// figures² × sources.
	type bucket struct{ src, unit string }
	idx := map[bucket][]int{}
	unitSources := map[string][]string{}
	for j, c := range cs {
		k := bucket{c.fig.SourceID, c.unit}
		if len(idx[k]) == 0 {
			unitSources[c.unit] = append(unitSources[c.unit], c.fig.SourceID)
		}
		idx[k] = append(idx[k], j)
	}
	for _, srcs := range unitSources {
		sort.Strings(srcs)
	}
	best := func(i int, src string) int {
		b, bs, bd := -1, 0, math.Inf(1)
		for _, j := range idx[bucket{src, cs[i].unit}] {
			if !comparable(cs[i], cs[j]) {
				continue
			}
			s := shared(cs[i].words, cs[j].words)
			sameConcept := cs[i].concept != "" && cs[i].concept == cs[j].concept
			if sameConcept {
				s += conceptWeight
			}
			d := math.Abs(cs[j].fig.Value - cs[i].fig.Value)
			if s >= minShared && (sameConcept || shared(cs[i].near, cs[j].near) > 0) && (s > bs || s == bs && d < bd) {
				b, bs, bd = j, s, d
			}
		}
		return b
	}
	parent := make([]int, len(cs))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for i := range cs {
		for _, src := range unitSources[cs[i].unit] {
			if src == cs[i].fig.SourceID {
				continue
			}
			j := best(i, src)
			if j < 0 || best(j, cs[i].fig.SourceID) != i {
				continue
			}
			a, b := find(i), find(j)
			if a < b {
				parent[b] = a
			} else {
				parent[a] = b
			}
		}
	}
	byRoot := map[int][]int{}
	var roots []int
	for i := range cs {
		r := find(i)
		if byRoot[r] == nil {
			roots = append(roots, r)
		}
		byRoot[r] = append(byRoot[r], i)
	}
	sort.Ints(roots)
	var out [][]int
	for _, r := range roots {
		if len(byRoot[r]) > 1 {
			out = append(out, byRoot[r])
		}
	}
	return out
}

// conflictOf builds the conflict row of a group, or false when its
// sources agree.
func conflictOf(cs []figCtx, g []int) (dataset.Conflict, bool) {
	disagree := false
	for x, i := range g {
		for _, j := range g[x+1:] {
			if cs[i].fig.SourceID != cs[j].fig.SourceID && (cs[i].hi < cs[j].lo || cs[j].hi < cs[i].lo) {
				disagree = true
			}
		}
	}
	if !disagree {
		return dataset.Conflict{}, false
	}
	perSource := map[string][]string{}
	values := map[string]bool{}
	count := map[string]int{}
	for _, i := range g {
		f := cs[i].fig
		v := valueText(f)
		values[v] = true
		if !contains(perSource[f.SourceID], v) {
			perSource[f.SourceID] = append(perSource[f.SourceID], v)
		}
		for w := range cs[i].words {
			count[w]++
		}
	}
	c := dataset.Conflict{Kind: dataset.ConflictFigure}
	for v := range values {
		c.Values = append(c.Values, v)
	}
	sort.Strings(c.Values)
	for s := range perSource {
		c.SourceIDs = append(c.SourceIDs, s)
	}
	sort.Strings(c.SourceIDs)
	for _, s := range c.SourceIDs {
		vs := perSource[s]
		sort.Strings(vs)
		c.SourceValues = append(c.SourceValues, strings.Join(vs, "; "))
	}
	var words []string
	for w, n := range count {
		if n >= 2 {
			words = append(words, w)
		}
	}
	sort.Slice(words, func(i, j int) bool {
		if count[words[i]] != count[words[j]] {
			return count[words[i]] > count[words[j]]
		}
		return words[i] < words[j]
	})
	if len(words) > 3 {
		words = words[:3]
	}
	unit := cs[g[0]].unit
	if label := groupConcept(cs, g); label != "" {
		c.Subject = label + " (" + unit
		if len(words) > 0 {
			c.Subject += ": " + strings.Join(words, ", ")
		}
		c.Subject += ")"
		return c, true
	}
	c.Subject = unit
	if len(words) > 0 {
		c.Subject += " (" + strings.Join(words, ", ") + ")"
	}
	return c, true
}

// groupConcept returns the label of the concept most figures of a group
// take (ties: the first by name), or "".
func groupConcept(cs []figCtx, g []int) string {
	n := map[string]int{}
	for _, i := range g {
		if c := cs[i].concept; c != "" {
			n[c]++
		}
	}
	best := ""
	for c, k := range n {
		if best == "" || k > n[best] || k == n[best] && c < best {
			best = c
		}
	}
	if best == "" {
		return ""
	}
	for _, c := range lex.concepts {
		if c.name == best {
			return c.label
		}
	}
	return ""
}

// valueText renders a figure's value for the conflicts table: the hedge as
// written in lower case, the number, the high end of a range and the unit
// (about 3000 member, 10-15 percent).
func valueText(f dataset.Figure) string {
	s := strconv.FormatFloat(f.Value, 'f', -1, 64)
	if f.ValueHigh != nil {
		s += "-" + strconv.FormatFloat(*f.ValueHigh, 'f', -1, 64)
	}
	if f.Hedge != nil {
		s = strings.ToLower(*f.Hedge) + " " + s
	} else if f.Approximate {
		s = "at least " + s // vague magnitude
	}
	if f.Unit != nil {
		s += " " + *f.Unit
	}
	return s
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
