package entities

import (
	"embed"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	lexfile "newsdesk/dataset/lexicon"
)

//go:embed lexicon/*.tsv
var lexiconFS embed.FS

// phrases is a set of token sequences, matched on folded tokens. An entry
// written in capitals in the lexicon (PM, PT, US) matches only tokens
// written in capitals, so that the English word "As" is not the
// Indonesian "AS".
type phrases struct {
	set    map[string]bool // folded tokens joined by a space
	upper  map[string]bool // entries that must be matched in capitals
	maxLen int
}

func (p *phrases) add(phrase string) {
	if p.set == nil {
		p.set, p.upper = map[string]bool{}, map[string]bool{}
	}
	toks := strings.Fields(phrase)
	k := foldJoin(toks)
	p.set[k] = true
	if isUpperWord(phrase) && utf8.RuneCountInString(phrase) <= 5 {
		p.upper[k] = true
	}
	if len(toks) > p.maxLen {
		p.maxLen = len(toks)
	}
}

// match returns the length of the longest entry that starts at toks[i],
// or 0.
func (p *phrases) match(toks []*token, i int) int {
	for n := min(p.maxLen, len(toks)-i); n > 0; n-- {
		if p.has(toks[i : i+n]) {
			return n
		}
	}
	return 0
}

// has reports whether toks is exactly one entry.
func (p *phrases) has(toks []*token) bool {
	var k string
	if len(toks) == 1 {
		k = toks[0].key
	} else {
		var b strings.Builder
		for i, t := range toks {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(t.key)
		}
		k = b.String()
	}
	if !p.set[k] {
		return false
	}
	if p.upper[k] {
		for _, t := range toks {
			if !t.upper {
				return false
			}
		}
	}
	return true
}

// hasKey reports whether the folded string k is an entry, ignoring case
// constraints.
func (p *phrases) hasKey(k string) bool { return p.set[k] }

// lexicon holds the embedded word lists that drive Find and the title
// stripping of Resolve.
type lexicon struct {
	role, org, orgname, loc, place, adj, stop, time, of, particle, ofhead, cue, after, poss, orgcue, loccue, portfolio, and, given, roleof, regional phrases
	// person holds the names and nicknames of the gazetteer's people (Jokowi).
	person phrases

	abbrev map[string]bool // entries written with a final dot, folded without it
	// single is, per language (the lexicon file's name), the type of a lone
	// capitalised word that no cue types; other when not given.
	single map[string]string
	// acronym is, per language, the type of a lone acronym that no cue
	// types; other when not given.
	acronym map[string]string
	// plain is, per language, the type of two to four plain capitalised
	// words that no cue, given name or later mention confirms as a person.
	plain map[string]string
	// affixes are, per language, prefix-suffix patterns of derived common
	// words (ke-an, -nya) that open sentences but are no names.
	affixes map[string][][2]string
	// concepts holds the phrases of concepts.tsv; concept maps each (folded)
	// to its concepts.
	concepts phrases
	concept  map[string][]string
	// gazetteer maps the name key of every gazetteer variant to its entry.
	gazetteer map[string]gazEntry
}

// gazEntry is one gazetteer entity: its canonical name and type.
type gazEntry struct{ name, typ string }

func (l *lexicon) kind(name string) *phrases {
	switch name {
	case "role":
		return &l.role
	case "org":
		return &l.org
	case "orgname":
		return &l.orgname
	case "loc":
		return &l.loc
	case "stop":
		return &l.stop
	case "time":
		return &l.time
	case "of":
		return &l.of
	case "particle":
		return &l.particle
	case "ofhead":
		return &l.ofhead
	case "cue":
		return &l.cue
	case "adj":
		return &l.adj
	case "after":
		return &l.after
	case "orgcue":
		return &l.orgcue
	case "loccue":
		return &l.loccue
	case "portfolio":
		return &l.portfolio
	case "and":
		return &l.and
	case "given":
		return &l.given
	case "roleof":
		return &l.roleof
	case "regional":
		return &l.regional
	case "poss":
		return &l.poss
	}
	return nil
}

var lex = mustLoadLexicon()

func mustLoadLexicon() *lexicon {
	l, err := loadLexicon()
	if err != nil {
		panic(err)
	}
	return l
}

// loadLexicon reads every lexicon/*.tsv file: lines kind<TAB>phrase, where
// in gazetteer.tsv the phrase is variants of one name separated by |.
func loadLexicon() (*lexicon, error) {
	l := &lexicon{abbrev: map[string]bool{}, gazetteer: map[string]gazEntry{}, concept: map[string][]string{}, single: map[string]string{}, acronym: map[string]string{}, plain: map[string]string{}, affixes: map[string][][2]string{}}
	ents, err := lexiconFS.ReadDir("lexicon")
	if err != nil {
		return nil, err
	}
	for _, e := range ents {
		name := "lexicon/" + e.Name()
		rows, err := lexfile.Rows(lexiconFS, name, 2, 2)
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			n, kind, phrase := r.Line, r.Fields[0], r.Fields[1]
			if e.Name() == "concepts.tsv" {
				l.concepts.add(kind)
				l.concept[foldJoin(strings.Fields(kind))] = strings.Fields(phrase)
				continue
			}
			if e.Name() == "gazetteer.tsv" {
				if err := l.addGazetteer(kind, phrase); err != nil {
					return nil, fmt.Errorf("%s:%d: %v", name, n, err)
				}
				continue
			}
			if kind == "affix" {
				pre, suf, _ := strings.Cut(phrase, "-")
				lang := strings.TrimSuffix(e.Name(), ".tsv")
				l.affixes[lang] = append(l.affixes[lang], [2]string{pre, suf})
				continue
			}
			if kind == "single" {
				l.single[strings.TrimSuffix(e.Name(), ".tsv")] = phrase
				continue
			}
			if kind == "plain" {
				l.plain[strings.TrimSuffix(e.Name(), ".tsv")] = phrase
				continue
			}
			if kind == "acronym" {
				l.acronym[strings.TrimSuffix(e.Name(), ".tsv")] = phrase
				continue
			}
			p := l.kind(kind)
			if p == nil {
				return nil, fmt.Errorf("%s:%d: unknown kind %q", name, n, kind)
			}
			l.addPhrase(p, phrase)
		}
	}
	l.addRegions()
	return l, nil
}

func (l *lexicon) addPhrase(p *phrases, phrase string) {
	p.add(phrase)
	if w := strings.Fields(phrase); strings.HasSuffix(phrase, ".") && len(w) == 1 {
		l.abbrev[fold(strings.TrimSuffix(phrase, "."))] = true
	}
}

// addGazetteer adds the variants of one gazetteer entity.
func (l *lexicon) addGazetteer(kind, variants string) error {
	var p *phrases
	typ := ""
	switch kind {
	case "loc":
		p, typ = &l.place, Location
	case "org":
		p, typ = &l.orgname, Organization
	case "per":
		p, typ = &l.person, Person
	case "adj":
		p = &l.adj
	default:
		return fmt.Errorf("unknown kind %q (want loc, org, per or adj)", kind)
	}
	vs := strings.Split(variants, "|")
	for _, v := range vs {
		l.addPhrase(p, v)
		if typ != "" {
			l.gazetteer[nameKey(v)] = gazEntry{name: vs[0], typ: typ}
		}
	}
	return nil
}

// affixed reports whether folded word w has a derived-word affix pattern
// of language lang and is long enough for a stem to remain.
func (l *lexicon) affixed(lang, w string) bool {
	for _, a := range l.affixes[lang] {
		if len(w) >= len(a[0])+len(a[1])+4 && strings.HasPrefix(w, a[0]) && strings.HasSuffix(w, a[1]) {
			return true
		}
	}
	return false
}

// listGap reports whether the text between two names is a list separator:
// a comma, and, or.
func (l *lexicon) listGap(gap string) bool {
	switch gap {
	case ",", "and", "or", "dan", "atau", ", and", ", dan", ", or", ", atau":
		return true
	}
	return false
}

// isUpperWord reports whether s has at least two letters, all capitals.
func isUpperWord(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}
