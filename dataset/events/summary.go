package events

import (
	"sort"
	"strings"

	"newsdesk/dataset"
)

// summarise makes the event row of a cluster: the date most of its
// mentions give at the finest precision any gives, the most specific
// type, a label and the count of sources.
func summarise(c []*item, docs []*dataset.Doc) dataset.Event {
	ev := dataset.Event{EventID: dataset.ID("event", c[0].key)}
	finest := 99
	for _, it := range c {
		if r := rank(it.prec); r < finest {
			finest = r
		}
	}
	votes := map[string]int{}
	var best *item
	for _, it := range c {
		if rank(it.prec) != finest {
			continue
		}
		votes[it.m.Value]++
	}
	for _, it := range c {
		if rank(it.prec) != finest {
			continue
		}
		if best == nil || votes[it.m.Value] > votes[best.m.Value] || (votes[it.m.Value] == votes[best.m.Value] && it.date < best.date) {
			best = it
		}
	}
	ev.Date, ev.Precision = contract(best.m)
	ev.Type = eventType(c)
	ev.Label = label(c, ev.Type, docs)
	srcs := map[string]bool{}
	for _, it := range c {
		srcs[docs[it.doc].Source.SourceID] = true
	}
	ev.NSources = int32(len(srcs))
	return ev
}

// eventType is the most common type of the cluster, a specific type
// (cyberattack) winning over its family (attack).
func eventType(c []*item) string {
	n := map[string]int{}
	for _, it := range c {
		n[it.m.Type]++
	}
	best := ""
	for t, k := range n {
		spec := lex.family[t] != t && t != "other"
		bspec := best != "" && lex.family[best] != best && best != "other"
		switch {
		case best == "":
			best = t
		case best == "other" && t != "other":
			best = t
		case t == "other":
		case spec && !bspec && lex.family[t] == best:
			best = t
		case k > n[best] || (k == n[best] && t < best):
			if !(bspec && lex.family[best] == t) {
				best = t
			}
		}
	}
	return best
}

// label is a short description: the trigger as most often written (in
// English when there is one) and the names most mentions share, or the
// words around the time expression when there is no trigger.
func label(c []*item, typ string, docs []*dataset.Doc) string {
	trig := map[string]int{}
	names := map[string]int{}
	for _, it := range c {
		if it.m.Trigger != "" && it.m.Type == typ {
			w := 1
			if docs[it.doc].Source.Language == "en" {
				w = 100 // an English trigger reads best in a mixed corpus
			}
			trig[strings.ToLower(it.m.Trigger)] += w
		}
	}
	t := top(trig, 1)
	if len(t) == 0 {
		t = []string{typ}
		if typ == "other" {
			// No trigger: the first key word of the sentences reads
			// better than "other".
			words := map[string]int{}
			for _, it := range c {
				if len(it.m.Nouns) > 0 {
					words[it.m.Nouns[0]]++
				}
			}
			if w := top(words, 1); len(w) > 0 {
				t = w
			}
		}
	}
	for _, it := range c {
		// Names count once per mention, and a little more in the
		// mentions whose trigger the label reads.
		w := 2
		if strings.EqualFold(it.m.Trigger, t[0]) {
			w = 3
		}
		seen := map[string]bool{}
		for _, n := range it.m.Names {
			if isDemonym(n) {
				continue // German newspaper Bild: Bild took part, not German
			}
			if !seen[n] {
				names[n] += w
				seen[n] = true
			}
		}
	}
	ns := top(names, 2)
	l := t[0]
	if len(ns) > 0 {
		l += " — " + strings.Join(ns, ", ")
	}
	return l
}

// top returns the n most frequent keys, ties broken alphabetically.
func top(m map[string]int, n int) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(a, b int) bool {
		if m[ks[a]] != m[ks[b]] {
			return m[ks[a]] > m[ks[b]]
		}
		return ks[a] < ks[b]
	})
	if len(ks) > n {
		ks = ks[:n]
	}
	return ks
}

// isDemonym reports whether a one-word name is a demonym (Iranian,
// Japanese, Polish, German).
func isDemonym(name string) bool {
	if strings.Contains(name, " ") {
		return false
	}
	l := strings.ToLower(name)
	if lex.demonym[l] {
		return true
	}
	for _, suf := range []string{"ian", "ese", "ish"} {
		if strings.HasSuffix(l, suf) && len(l) > len(suf)+2 {
			return true
		}
	}
	return false
}
