package entities

import (
	"maps"
	"slices"
	"strings"
	"unicode"
)

// A nickname in quotation marks inside a name: Joko "Jokowi" Widodo,
// Basuki Tjahaja "Ahok" Purnama. The name is one mention without the
// nickname (its surface form keeps it, so the alias list shows it), and
// the nickname is a second mention of the same person, which Resolve links
// to the name.

// maxNickWords is the most words a quoted nickname inside a name holds.
const maxNickWords = 2

// nickQuotes pairs each opening quotation mark with the closing marks it
// takes.
var nickQuotes = [][2]string{{"\"", "\""}, {"“", "”\""}, {"„", "“”"}}

func nickClosers(open string) (string, bool) {
	for _, q := range nickQuotes {
		if q[0] == open {
			return q[1], true
		}
	}
	return "", false
}

// markNicknames finds Name "Nick" Name on one line and flags the
// quotation marks and the nickname to be skipped by runs, recording the
// nickname tokens by the index of the name word after them.
func (f *finder) markNicknames() {
	toks := f.toks
	for i := 0; i+4 < len(toks); i++ {
		a, q := toks[i], toks[i+1]
		closers, ok := nickClosers(q.text)
		if !a.word || !a.cap || q.word || q.nl || !ok {
			continue
		}
		j := i + 2
		for j < len(toks) && j-(i+2) < maxNickWords && toks[j].word && toks[j].cap && !toks[j].nl {
			j++
		}
		if j == i+2 || j+1 >= len(toks) || toks[j].word || !strings.Contains(closers, toks[j].text) || toks[j].nl {
			continue
		}
		b := toks[j+1]
		if !b.word || !b.cap || b.nl || toks[j].e != b.s-1 || toks[j-1].e != toks[j].s || lex.stop.has(one(b)) || lex.time.has(one(b)) {
			continue
		}
		for k := i + 1; k <= j; k++ {
			toks[k].skip = true
		}
		if f.nicks == nil {
			f.nicks = map[int][]*token{}
		}
		f.nicks[j+1] = toks[i+2 : j]
		i = j
	}
}

// addNicknames adds each nickname as a person when the name around it is
// one.
func (f *finder) addNicknames() {
	if len(f.nicks) == 0 {
		return
	}
	n := len(f.found)
	for _, at := range slices.Sorted(maps.Keys(f.nicks)) {
		nick, b := f.nicks[at], f.toks[at]
		for _, m := range f.found[:n] {
			if m.typ == Person && m.s < nick[0].s && m.e >= b.e {
				f.add(nick, Person, false)
				break
			}
		}
	}
}

// dropNickname removes a quoted nickname from inside a name: Joko
// "Jokowi" Widodo gives Joko Widodo; s is returned as is when it holds
// none.
func dropNickname(s string) string {
	name, _ := splitNickname(s)
	return name
}

// splitNickname returns the name without its quoted nickname and the
// nickname ("" when there is none).
func splitNickname(s string) (name, nick string) {
	for _, q := range nickQuotes {
		open, closers := q[0], q[1]
		i := strings.Index(s, " "+open)
		if i <= 0 {
			continue
		}
		rest := s[i+1+len(open):]
		j := strings.IndexAny(rest, closers)
		if j <= 0 || j+1 >= len(rest) || len(strings.Fields(rest[:j])) > maxNickWords {
			continue
		}
		_, w := firstRune(rest[j:])
		after := rest[j+w:]
		if !strings.HasPrefix(after, " ") || strings.TrimSpace(after) == "" {
			continue
		}
		if r, _ := firstRune(strings.TrimSpace(after)); !unicode.IsUpper(r) {
			continue
		}
		return s[:i] + after, strings.TrimSpace(rest[:j])
	}
	return s, ""
}

func firstRune(s string) (rune, int) {
	for _, r := range s {
		return r, len(string(r))
	}
	return 0, 0
}
