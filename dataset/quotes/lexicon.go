package quotes

import (
	"embed"
	"fmt"
	"sort"
	"strings"

	lexfile "newsdesk/dataset/lexicon"
	"newsdesk/dataset/regions"
)

//go:embed lexicon/*.tsv
var lexiconFS embed.FS

// lexicon is the language data of one language: phrases per tag. Phrases
// are lower-cased token sequences joined by a single space, except titles,
// stop words and abbreviations, which keep their case.
type lexicon struct {
	tags map[string]map[string]bool // tag → phrase → true
	// maxLen is the longest phrase in tokens, per tag.
	maxLen map[string]int
	// first holds the first word of every phrase, per tag, to reject most
	// tokens without building a phrase.
	first map[string]map[string]bool
	// short maps a title written short to the words of the title it
	// stands for (mensos → menteri sosial), from the tag short.
	short map[string][]string
}

func (l *lexicon) index() {
	l.first = map[string]map[string]bool{}
	for tag, phrases := range l.tags {
		l.first[tag] = map[string]bool{}
		for p := range phrases {
			w, _, _ := strings.Cut(p, " ")
			l.first[tag][w] = true
		}
	}
}

func (l *lexicon) has(tag, phrase string) bool { return l.tags[tag][phrase] }

// firstName reports whether the lower-case word w is a first name the
// lexicon knows (tags male, female).
func (l *lexicon) firstName(w string) bool { return l.has("male", w) || l.has("female", w) }

// caseSensitive tags keep the case of their phrases.
var caseSensitive = map[string]bool{"title": true, "stop": true, "abbr": true, "org": true, "legal": true, "loc": true, "place": true, "placehead": true, "sub": true}

func parseLexicon(name string, data []byte) (*lexicon, error) {
	l := &lexicon{tags: map[string]map[string]bool{}, maxLen: map[string]int{}}
	rows, err := lexfile.Parse(name, string(data), 2, 2) // tag<TAB>phrase
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		tag, phrase := r.Fields[0], r.Fields[1]
		if tag == "short" {
			abbr, full, ok := strings.Cut(phrase, "=")
			if !ok {
				return nil, fmt.Errorf("%s:%d: short wants Short=Full Title, not %q", name, r.Line, phrase)
			}
			if l.short == nil {
				l.short = map[string][]string{}
			}
			l.short[strings.ToLower(abbr)] = strings.Fields(strings.ToLower(full))
		}
		if !caseSensitive[tag] {
			phrase = strings.ToLower(phrase)
		}
		if l.tags[tag] == nil {
			l.tags[tag] = map[string]bool{}
		}
		l.tags[tag][phrase] = true
		if k := len(strings.Fields(phrase)); k > l.maxLen[tag] {
			l.maxLen[tag] = k
		}
	}
	return l, nil
}

// lexicons maps a language code to its lexicon. Languages without a file
// use English.
var lexicons = mustLoadLexicons()

func mustLoadLexicons() map[string]*lexicon {
	entries, err := lexiconFS.ReadDir("lexicon")
	if err != nil {
		panic(err)
	}
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	out := map[string]*lexicon{}
	for _, name := range names {
		data, err := lexiconFS.ReadFile("lexicon/" + name)
		if err != nil {
			panic(err)
		}
		l, err := parseLexicon(name, data)
		if err != nil {
			panic(err)
		}
		out[strings.TrimSuffix(name, ".tsv")] = l
	}
	// Names cross languages: an Indonesian article quotes "Prime Minister
	// Edi Rama" and an English one "Presiden Prabowo". The tags about names
	// are shared by every language; stop words are not, as a function
	// word of one language is a name in another (Indonesian Dan, and; the
	// English first name Dan).
	// Every country and larger region CLDR names, in English and
	// Indonesian, is a place (Europe, Eritrea, Asia Tenggara), whether a
	// lexicon lists it or not.
	loc := out["en"].tags["loc"]
	for _, r := range regions.All() {
		for _, n := range r.Names {
			loc[n] = true
		}
	}
	for _, tag := range []string{"title", "org", "legal", "loc", "place", "placehead", "abbr", "conn", "male", "female"} {
		union := map[string]bool{}
		for _, name := range names {
			for p := range out[strings.TrimSuffix(name, ".tsv")].tags[tag] {
				union[p] = true
			}
		}
		for _, l := range out {
			l.tags[tag] = union
			for p := range union {
				if k := len(strings.Fields(p)); k > l.maxLen[tag] {
					l.maxLen[tag] = k
				}
			}
		}
	}
	short := map[string][]string{} // titles written short are names' business too
	for _, name := range names {
		for k, v := range out[strings.TrimSuffix(name, ".tsv")].short {
			short[k] = v
		}
	}
	for _, l := range out {
		l.short = short
		l.index()
	}
	return out
}

// lexiconFor returns the lexicon of lang, falling back to English.
func lexiconFor(lang string) *lexicon {
	if l, ok := lexicons[lang]; ok {
		return l
	}
	return lexicons["en"]
}
