package events

import (
	"strings"
	"unicode"
	"unicode/utf8"

	lexfile "newsdesk/dataset/lexicon"
)

// objectRules says which transitive triggers need a person or group
// object (or a place) after them, from lexicon/objects.tsv.
type objectRules struct {
	need    map[string]bool // trigger phrase as written
	objects []string        // lowercase nouns; a trailing * is a prefix
	skip    map[string]bool
}

var objRules = mustLoadObjects()

func mustLoadObjects() *objectRules {
	rows, err := lexfile.Rows(lexiconFS, "lexicon/objects.tsv", 3, 3)
	if err != nil {
		panic(err)
	}
	o := &objectRules{need: map[string]bool{}, skip: map[string]bool{}}
	for _, r := range rows {
		f := r.Fields
		switch f[0] {
		case "need":
			o.need[f[2]] = true
		case "object":
			o.objects = append(o.objects, f[2])
		case "skip":
			o.skip[f[2]] = true
		default:
			panic("events: lexicon/objects.tsv: unknown kind " + f[0])
		}
	}
	return o
}

// hasObject reports whether trigger t, matched at ws[i:i+n], has the
// object its reading needs: t needs none, or a name, a place or a person
// or group noun follows it (past numbers and quantifiers).
func hasObject(t trigger, ws []word, i, n int) bool {
	if !objRules.need[strings.Join(t.words, " ")] {
		return true
	}
	for j := i + n; j < len(ws) && j < i+n+5; j++ {
		w := ws[j]
		r, _ := utf8.DecodeRuneInString(w.text)
		switch {
		case unicode.IsDigit(r) || objRules.skip[w.lower]:
			continue
		case unicode.IsUpper(r):
			return true
		}
		if _, ok := lex.value("num", w.lower); ok {
			continue
		}
		for _, o := range objRules.objects {
			if w.lower == o || strings.HasSuffix(o, "*") && strings.HasPrefix(w.lower, o[:len(o)-1]) {
				return true
			}
		}
		return false
	}
	return false
}
