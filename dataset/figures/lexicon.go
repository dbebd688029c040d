package figures

import (
	"embed"
	"fmt"
	"strconv"
	"strings"

	lexfile "newsdesk/dataset/lexicon"
)

//go:embed lexicon/*.tsv lexicon/*.txt
var lexiconFS embed.FS

// Word kinds of numbers.tsv.
const (
	kUnit     = "unit"
	kTens     = "tens"
	kHundred  = "hundred"
	kScale    = "scale"
	kDozen    = "dozen"
	kBelas    = "belas"
	kPuluh    = "puluh"
	kFraction = "fraction"
	kVague    = "vague"
	kMinus    = "minus"
	kPoint    = "point"
)

type numWord struct {
	value float64
	kind  string
}

type scaleAbbr struct {
	mult      float64
	moneyOnly bool
}

type unitEntry struct {
	form  []string // lower-case tokens
	glued []bool   // glued[k]: token k is written against token k-1 (US$, km2)
	unit  string
	class string
	pre   bool
	post  bool
}

type hedgeEntry struct {
	form  []string
	glued []bool
	kind  string // about, below, above
}

type nounEntry struct {
	english    string
	classifier bool
	counter    bool // a classifier only before a listed noun (kali)
}

// concept is what a count counts (killed, injured, price), from
// concepts.tsv.
type concept struct {
	name, label, kind string
}

// lexicon holds every word list of the package, per language where the
// lists differ. It is built once from the embedded files and read-only
// afterwards, so Extract may run concurrently.
type lexicon struct {
	numbers  map[string]map[string][]numWord // lang → word → meanings (dozens is scale and vague)
	scales   map[string]map[string]scaleAbbr
	units    map[string][]unitEntry      // lang → entries, longest form first
	unitsBy  map[string]map[string][]int // lang → first token → indices into units
	hedges   map[string][]hedgeEntry
	hedgesBy map[string]map[string][]int // lang → last token → indices into hedges
	nounsID  map[string]nounEntry
	nounsID2 map[string]nounEntry // two-word Indonesian nouns (rumah sakit)
	plurals  map[string]string
	stop     map[string]map[string]bool   // function words and news verbs: end a noun phrase
	function map[string]map[string]bool   // function words only: never context
	notFig   map[string]map[string]string // lang → word → why
	notHedge map[string]bool              // "word hedge" pairs where the hedge is a preposition
	dates    map[string]string            // word → month, clock, relative
	dates2   map[string]string            // two-word entries (yang lalu)
	concepts map[string]concept           // word or two-word phrase → concept
	unitKind map[string]string            // canonical unit → class (kilometre → length)
	cues     map[string][]cue             // lang → cues.tsv rows
	compound map[string]bool              // English noun compounds (aid worker)
	sameUnit map[string]string            // unit → the unit conflicts compare it as
	notAfter map[string][][]string        // lang → phrases after a number that unmake it (4 min read)
}

// cue is a phrase around a bare number that says what it counts.
type cue struct {
	before bool
	form   []string
	unit   string
}

var lex = mustLoad()

func mustLoad() *lexicon {
	l, err := load()
	if err != nil {
		panic(err)
	}
	return l
}

// rows reads lexicon/name; every row has at least n fields.
func rows(name string, n int) ([]lexfile.Row, error) {
	return lexfile.Rows(lexiconFS, "lexicon/"+name, n, 0)
}

func langs(l string) []string {
	if l == "*" {
		return []string{"en", "id"}
	}
	return []string{l}
}

func load() (*lexicon, error) {
	l := &lexicon{
		numbers: map[string]map[string][]numWord{"en": {}, "id": {}},
		scales:  map[string]map[string]scaleAbbr{"en": {}, "id": {}},
		units:   map[string][]unitEntry{},
		hedges:  map[string][]hedgeEntry{},
		nounsID: map[string]nounEntry{}, nounsID2: map[string]nounEntry{},
		plurals:  map[string]string{},
		stop:     map[string]map[string]bool{"en": {}, "id": {}},
		function: map[string]map[string]bool{"en": {}, "id": {}},
		notFig:   map[string]map[string]string{"en": {}, "id": {}},
		dates:    map[string]string{}, dates2: map[string]string{}, notHedge: map[string]bool{},
		concepts: map[string]concept{}, unitKind: map[string]string{}, cues: map[string][]cue{},
		compound: map[string]bool{}, sameUnit: map[string]string{},
		notAfter: map[string][][]string{},
	}
	rs, err := rows("numbers.tsv", 4)
	if err != nil {
		return nil, err
	}
	for _, r := range rs {
		v, err := strconv.ParseFloat(r.Fields[2], 64)
		if err != nil {
			return nil, fmt.Errorf("figures: lexicon numbers.tsv line %d: bad value %q", r.Line, r.Fields[2])
		}
		l.numbers[r.Fields[0]][r.Fields[1]] = append(l.numbers[r.Fields[0]][r.Fields[1]], numWord{v, r.Fields[3]})
	}
	if rs, err = rows("scales.tsv", 4); err != nil {
		return nil, err
	}
	for _, r := range rs {
		v, err := strconv.ParseFloat(r.Fields[2], 64)
		if err != nil {
			return nil, fmt.Errorf("figures: lexicon scales.tsv line %d: bad multiplier %q", r.Line, r.Fields[2])
		}
		l.scales[r.Fields[0]][r.Fields[1]] = scaleAbbr{v, r.Fields[3] == "money"}
	}
	if rs, err = rows("units.tsv", 5); err != nil {
		return nil, err
	}
	for _, r := range rs {
		form, glued := formTokens(r.Fields[1])
		e := unitEntry{form: form, glued: glued, unit: r.Fields[2], class: r.Fields[3],
			pre: r.Fields[4] == "pre" || r.Fields[4] == "both", post: r.Fields[4] == "post" || r.Fields[4] == "both"}
		for _, lg := range langs(r.Fields[0]) {
			l.units[lg] = append(l.units[lg], e)
		}
	}
	for lg := range l.units {
		u := l.units[lg]
		sortStable(u, func(a, b unitEntry) bool { return len(a.form) > len(b.form) })
	}
	if rs, err = rows("hedges.tsv", 3); err != nil {
		return nil, err
	}
	for _, r := range rs {
		for _, lg := range langs(r.Fields[0]) {
			form, glued := formTokens(r.Fields[1])
			l.hedges[lg] = append(l.hedges[lg], hedgeEntry{form, glued, r.Fields[2]})
		}
	}
	for lg := range l.hedges {
		sortStable(l.hedges[lg], func(a, b hedgeEntry) bool { return len(a.form) > len(b.form) })
	}
	l.unitsBy, l.hedgesBy = map[string]map[string][]int{}, map[string]map[string][]int{}
	for lg, us := range l.units {
		l.unitsBy[lg] = map[string][]int{}
		for k, u := range us {
			l.unitsBy[lg][u.form[0]] = append(l.unitsBy[lg][u.form[0]], k)
		}
	}
	for lg, hs := range l.hedges {
		l.hedgesBy[lg] = map[string][]int{}
		for k, h := range hs {
			last := h.form[len(h.form)-1]
			l.hedgesBy[lg][last] = append(l.hedgesBy[lg][last], k)
		}
	}
	if rs, err = rows("nouns_id.tsv", 2); err != nil {
		return nil, err
	}
	for _, r := range rs {
		e := nounEntry{english: r.Fields[1], classifier: len(r.Fields) > 2 && (r.Fields[2] == "classifier" || r.Fields[2] == "counter"),
			counter: len(r.Fields) > 2 && r.Fields[2] == "counter"}
		if strings.Contains(r.Fields[0], " ") {
			l.nounsID2[r.Fields[0]] = e
		} else {
			l.nounsID[r.Fields[0]] = e
		}
	}
	if rs, err = rows("plural_en.tsv", 2); err != nil {
		return nil, err
	}
	for _, r := range rs {
		l.plurals[r.Fields[0]] = r.Fields[1]
	}
	for _, f := range []struct {
		lang, name string
		function   bool
	}{{"en", "stop_en.txt", true}, {"id", "stop_id.txt", true}, {"en", "verbs_en.txt", false}, {"id", "verbs_id.txt", false}} {
		if rs, err = rows(f.name, 1); err != nil {
			return nil, err
		}
		for _, r := range rs {
			l.stop[f.lang][r.Fields[0]] = true
			if f.function {
				l.function[f.lang][r.Fields[0]] = true
			}
		}
	}
	if rs, err = rows("notfig.tsv", 3); err != nil {
		return nil, err
	}
	for _, r := range rs {
		for _, lg := range langs(r.Fields[0]) {
			l.notFig[lg][r.Fields[1]] = r.Fields[2]
		}
	}
	if rs, err = rows("nothedge.tsv", 3); err != nil {
		return nil, err
	}
	for _, r := range rs {
		l.notHedge[r.Fields[1]+" "+r.Fields[2]] = true
	}
	if rs, err = rows("dates.tsv", 3); err != nil {
		return nil, err
	}
	for _, r := range rs {
		if strings.Contains(r.Fields[1], " ") {
			l.dates2[r.Fields[1]] = r.Fields[2]
		} else {
			l.dates[r.Fields[1]] = r.Fields[2]
		}
	}
	if rs, err = rows("concepts.tsv", 4); err != nil {
		return nil, err
	}
	for _, r := range rs {
		l.concepts[strings.ToLower(r.Fields[2])] = concept{r.Fields[0], r.Fields[1], r.Fields[3]}
	}
	if rs, err = rows("compounds_en.txt", 1); err != nil {
		return nil, err
	}
	for _, r := range rs {
		l.compound[strings.ToLower(strings.TrimSpace(r.Fields[0]))] = true
	}
	if rs, err = rows("notfig_after.tsv", 3); err != nil {
		return nil, err
	}
	for _, r := range rs {
		form, _ := formTokens(r.Fields[1])
		for _, lg := range langs(r.Fields[0]) {
			l.notAfter[lg] = append(l.notAfter[lg], form)
		}
	}
	if rs, err = rows("same_units.tsv", 2); err != nil {
		return nil, err
	}
	for _, r := range rs {
		l.sameUnit[r.Fields[0]] = r.Fields[1]
	}
	if rs, err = rows("cues.tsv", 4); err != nil {
		return nil, err
	}
	for _, r := range rs {
		if r.Fields[1] != "before" && r.Fields[1] != "after" {
			return nil, fmt.Errorf("figures: lexicon cues.tsv line %d: where is %q, want before or after", r.Line, r.Fields[1])
		}
		form, _ := formTokens(r.Fields[2])
		for _, lg := range langs(r.Fields[0]) {
			l.cues[lg] = append(l.cues[lg], cue{r.Fields[1] == "before", form, r.Fields[3]})
		}
	}
	for lg := range l.cues {
		sortStable(l.cues[lg], func(a, b cue) bool { return len(a.form) > len(b.form) })
	}
	for _, us := range l.units {
		for _, u := range us {
			l.unitKind[u.unit] = u.class
		}
	}
	return l, nil
}

// formTokens splits a lexicon form the way the tokenizer splits text, so
// that "us$" or "km/h" match however they are spaced.
func formTokens(s string) ([]string, []bool) {
	var out []string
	var glued []bool
	toks := tokenize([]rune(strings.ToLower(s)))
	for k, t := range toks {
		out = append(out, t.low)
		glued = append(glued, k > 0 && attached(toks[k-1], t))
	}
	return out, glued
}

func sortStable[T any](s []T, less func(a, b T) bool) {
	// insertion sort: the lists are small and loaded once.
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && less(s[j], s[j-1]); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// langsOf returns the lexicon languages to use for an article language:
// und (or any other) uses both.
func langsOf(lang string) []string {
	switch lang {
	case "en":
		return []string{"en"}
	case "id":
		return []string{"id"}
	}
	return []string{"en", "id"}
}
