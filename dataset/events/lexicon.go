package events

import (
	"embed"
	"fmt"
	"sort"
	"strings"

	lexfile "newsdesk/dataset/lexicon"
)

//go:embed lexicon/*.tsv
var lexiconFS embed.FS

// entry is one line of time.tsv.
type entry struct{ kind, lang, word, value string }

// trigger is one line of triggers.tsv.
type trigger struct {
	typ, family, lang string
	words             []string // lowercase; a trailing * is a prefix match, "*" alone any one word
}

type lexicon struct {
	time     []entry
	byKind   map[string]map[string]string // kind → word → value
	triggers []trigger
	family   map[string]string // type → family
	stop     map[string]bool
	story    map[string]bool   // families a story holds one of per day
	role     map[string]string // family → cause or consequence
	demonym  map[string]bool   // irregular demonyms (German, Dutch)
}

var lex = mustLoad()

func mustLoad() *lexicon {
	l, err := load()
	if err != nil {
		panic(err)
	}
	return l
}

func load() (*lexicon, error) {
	l := &lexicon{byKind: map[string]map[string]string{}, family: map[string]string{}, stop: map[string]bool{}, story: map[string]bool{}, role: map[string]string{}, demonym: map[string]bool{}}
	rows, err := lexfile.Rows(lexiconFS, "lexicon/time.tsv", 3, 0)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		f := r.Fields
		e := entry{kind: f[0], lang: f[1], word: f[2]}
		if len(f) > 3 {
			e.value = f[3]
		}
		l.time = append(l.time, e)
		if l.byKind[e.kind] == nil {
			l.byKind[e.kind] = map[string]string{}
		}
		l.byKind[e.kind][e.word] = e.value
	}
	rows, err = lexfile.Rows(lexiconFS, "lexicon/triggers.tsv", 4, 0)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		f := r.Fields
		l.triggers = append(l.triggers, trigger{typ: f[0], family: f[1], lang: f[2], words: strings.Fields(f[3])})
		l.family[f[0]] = f[1]
	}
	rows, err = lexfile.Rows(lexiconFS, "lexicon/families.tsv", 2, 0)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		f := r.Fields
		switch f[1] {
		case "story":
			l.story[f[0]] = true
		case "cause", "consequence":
			l.role[f[0]] = f[1]
		default:
			return nil, fmt.Errorf("lexicon families.tsv: unknown scope %q for %s", f[1], f[0])
		}
	}
	rows, err = lexfile.Rows(lexiconFS, "lexicon/demonyms.tsv", 2, 0)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		f := r.Fields
		l.demonym[f[1]] = true
	}
	rows, err = lexfile.Rows(lexiconFS, "lexicon/stopwords.tsv", 2, 0)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		f := r.Fields
		l.stop[f[1]] = true
	}
	return l, nil
}

// alt returns a regexp alternation of the words of kind, longest first,
// with spaces matching any white space.
func (l *lexicon) alt(kind string) string {
	return l.altWhere(kind, func(string) bool { return true })
}

// altWhere is alt restricted to the words whose value keep accepts.
func (l *lexicon) altWhere(kind string, keep func(value string) bool) string {
	var ws []string
	for w, v := range l.byKind[kind] {
		if keep(v) {
			ws = append(ws, w)
		}
	}
	sort.Slice(ws, func(i, j int) bool {
		if len(ws[i]) != len(ws[j]) {
			return len(ws[i]) > len(ws[j])
		}
		return ws[i] < ws[j]
	})
	for i, w := range ws {
		ws[i] = strings.ReplaceAll(quoteMeta(w), " ", `\s+`)
	}
	return strings.Join(ws, "|")
}

func quoteMeta(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(`\.+*?()|[]{}^$`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// value looks up word (any case, any white space) in kind.
func (l *lexicon) value(kind, word string) (string, bool) {
	v, ok := l.byKind[kind][normWS(strings.ToLower(word))]
	return v, ok
}

func normWS(s string) string { return strings.Join(strings.Fields(s), " ") }
