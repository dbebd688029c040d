package segment

import (
	"embed"
	"fmt"
	"path"
	"sort"
	"strings"

	lexfile "newsdesk/dataset/lexicon"
)

// Kind classes an entry of an abbreviation file.
type Kind int

const (
	Title   Kind = iota + 1 // never ends a sentence
	Abbr                    // ends one only before a sentence starter
	Starter                 // a word that starts sentences
)

var kindNames = map[string]Kind{"title": Title, "abbr": Abbr, "starter": Starter}

// Lexicon holds one language's abbreviations and sentence starters.
type Lexicon struct {
	Abbrev   map[string]Kind // "Dr." → Title, "p.m." → Abbr
	Starters map[string]bool // "The", "Namun"
}

//go:embed abbrev/*.txt
var abbrevFS embed.FS

// lexicons maps a language code to its lexicon; "" is the union of all,
// used for languages without a file.
var lexicons = mustLoad()

func mustLoad() map[string]*Lexicon {
	m, err := load()
	if err != nil {
		panic(err)
	}
	return m
}

func load() (map[string]*Lexicon, error) {
	entries, err := abbrevFS.ReadDir("abbrev")
	if err != nil {
		return nil, fmt.Errorf("segment: cannot list abbrev: %w", err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	all := &Lexicon{Abbrev: map[string]Kind{}, Starters: map[string]bool{}}
	out := map[string]*Lexicon{"": all}
	for _, name := range names {
		b, err := abbrevFS.ReadFile(path.Join("abbrev", name))
		if err != nil {
			return nil, fmt.Errorf("segment: cannot read abbrev/%s: %w", name, err)
		}
		lex, err := ParseLexicon(name, string(b))
		if err != nil {
			return nil, err
		}
		out[strings.TrimSuffix(name, ".txt")] = lex
		for w, k := range lex.Abbrev {
			if old, ok := all.Abbrev[w]; !ok || k < old {
				all.Abbrev[w] = k // the stronger class wins in the union
			}
		}
		for w := range lex.Starters {
			all.Starters[w] = true
		}
	}
	return out, nil
}

// ParseLexicon reads an abbreviation file: lines `KIND<TAB>WORD`, '#'
// comments and blank lines ignored. An unknown kind or a missing word is
// an error naming file and line.
func ParseLexicon(name, src string) (*Lexicon, error) {
	rows, err := lexfile.Parse("abbrev/"+name, src, 2, 2)
	if err != nil {
		return nil, fmt.Errorf("segment: %w (KIND<TAB>WORD)", err)
	}
	lex := &Lexicon{Abbrev: map[string]Kind{}, Starters: map[string]bool{}}
	for _, r := range rows {
		k, word := kindNames[r.Fields[0]], r.Fields[1]
		if k == 0 || strings.ContainsAny(word, " \t") {
			return nil, fmt.Errorf("segment: abbrev/%s:%d: want KIND<TAB>WORD with KIND one of title, abbr, starter", name, r.Line)
		}
		if k == Starter {
			lex.Starters[word] = true
		} else {
			lex.Abbrev[word] = k
		}
	}
	return lex, nil
}

func lexicon(lang string) *Lexicon {
	if l, ok := lexicons[lang]; ok {
		return l
	}
	return lexicons[""]
}
