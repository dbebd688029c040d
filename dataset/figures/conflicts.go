package figures

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"newsdesk/dataset"
)

// Conflict rule (conservative, so that a reader can trust every row):
//
//  1. Only figures with a unit or counted thing take part; two figures can
//     be about the same thing only when their units are equal (member and
//     member; hour and hour; IDR and IDR).
//  2. Their contexts must overlap: the contextSize nearest content words
//     on each side of each figure, in its sentence (Indonesian nouns translated by
//     nouns_id.tsv, English plurals made singular, the unit itself, function
//     words and numbers left out) must share at least minShared words.
//     Words found in more than a quarter of the corpus's sentences (the
//     story's own name: Albania, Iran) do not count, since they say nothing
//     about which number a sentence gives.
//  3. A figure is linked to its best match in each other source (most shared
//     words, then the closest value), and only when that choice is mutual
//     and the nearestSize nearest content words on each side of the two
//     figures share a word (blast in "12 people were killed in the blast"
//     and "at least 30 people were killed in the blast": the same event;
//     not "diplomats were given 24 hours to leave" and "diplomats held
//     talks for 48 hours");
//     linked figures form a group. Figures of one source are never linked
//     to each other directly.
//  4. Each figure stands for an interval: exact 3000 is [3000, 3000];
//     about/around/some/sekitar ±10%; nearly/almost/hampir 15% below to the
//     value; up to/fewer than/hingga from 0; more than/at least/lebih dari
//     to infinity; a range its two ends; a vague magnitude (thousands of)
//     [m, 10m). A group whose sources give two disjoint intervals is a
//     conflict; about 3,000, nearly 3,000 and sekitar 3.000 agree.
const (
	contextSize = 4
	nearestSize = 2
	minShared   = 2
	ubiquitous  = 0.25
)

// figCtx is one figure prepared for comparison.
type figCtx struct {
	fig    dataset.Figure
	words  map[string]bool
	near   map[string]bool
	lo, hi float64
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
		words, near := contextWords(d, f, df, nSent)
		cs = append(cs, figCtx{fig: f, words: words, near: near, lo: lo, hi: hi})
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
		return lo, math.Inf(1)
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
			for _, t := range tokenize(runes[s.Start:s.End]) {
				if w := contentWord(t, d.Source.Language); w != "" && !seen[w] {
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

// contextWords returns the content words near figure f in its sentence,
// leaving out the unit and the corpus's ubiquitous words.
func contextWords(d *dataset.Doc, f dataset.Figure, df map[string]int, nSent int) (words, near map[string]bool) {
	words, near = map[string]bool{}, map[string]bool{}
	if int(f.SentenceID) >= len(d.Sentences) {
		return words, near
	}
	s := d.Sentences[f.SentenceID]
	toks := tokenize(d.Runes()[s.Start:s.End])
	unitWords := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(*f.Unit)) {
		unitWords[w] = true
	}
	before, after := 0, 0
	for k := len(toks) - 1; k >= 0 && before < contextSize; k-- {
		if t := toks[k]; int64(t.e)+s.Start <= f.Start && addWord(words, t, d.Source.Language, unitWords, df, nSent) {
			if before < nearestSize {
				addWord(near, t, d.Source.Language, unitWords, df, nSent)
			}
			before++
		}
	}
	for k := 0; k < len(toks) && after < contextSize; k++ {
		if t := toks[k]; int64(t.s)+s.Start >= f.End && addWord(words, t, d.Source.Language, unitWords, df, nSent) {
			if after < nearestSize {
				addWord(near, t, d.Source.Language, unitWords, df, nSent)
			}
			after++
		}
	}
	// Words inside the phrase other than the unit describe the thing:
	// Iranian in "four Iranian diplomats".
	for _, t := range toks {
		if p := int64(t.s) + s.Start; p >= f.Start && int64(t.e)+s.Start <= f.End {
			addWord(words, t, d.Source.Language, unitWords, df, nSent)
		}
	}
	return words, near
}

// addWord adds the content word of t, unless it is the unit or ubiquitous
// in the corpus, and reports whether it did.
func addWord(words map[string]bool, t token, lang string, unit map[string]bool, df map[string]int, nSent int) bool {
	w := contentWord(t, lang)
	if w == "" || unit[w] {
		return false
	}
	if nSent >= 8 && float64(df[w]) > ubiquitous*float64(nSent) {
		return false
	}
	words[w] = true
	return true
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

// linkFigures groups figures by mutual best matches across sources and
// returns the groups as sorted index lists, in order of their first
// index.
func linkFigures(cs []figCtx) [][]int {
	best := func(i int, src string) int {
		b, bs, bd := -1, 0, math.Inf(1)
		for j := range cs {
			if cs[j].fig.SourceID != src || *cs[j].fig.Unit != *cs[i].fig.Unit {
				continue
			}
			s := shared(cs[i].words, cs[j].words)
			d := math.Abs(cs[j].fig.Value - cs[i].fig.Value)
			if s >= minShared && shared(cs[i].near, cs[j].near) > 0 && (s > bs || s == bs && d < bd) {
				b, bs, bd = j, s, d
			}
		}
		return b
	}
	sources := map[string]bool{}
	for _, c := range cs {
		sources[c.fig.SourceID] = true
	}
	srcs := make([]string, 0, len(sources))
	for s := range sources {
		srcs = append(srcs, s)
	}
	sort.Strings(srcs)
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
		for _, src := range srcs {
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
	c.Subject = *cs[g[0]].fig.Unit
	if len(words) > 0 {
		c.Subject += " (" + strings.Join(words, ", ") + ")"
	}
	return c, true
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
