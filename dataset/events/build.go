package events

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strconv"
	"strings"

	"newsdesk/dataset"
	"newsdesk/dataset/entities"
)

// item is one resolved, datable mention of the corpus.
type item struct {
	doc   int
	m     *Mention
	key   string // source_id:start, zero-padded, the mention's stable key
	fam   string
	parts []string // participant keys, sorted, distinct
	date  dataset.Date
	prec  string
}

// Build resolves and clusters the mentions of every doc (mentions[i]
// belongs to docs[i]). The output does not depend on the order of docs or
// of the mentions of a doc. ents may be nil.
func Build(docs []*dataset.Doc, mentions [][]Mention, ents *entities.Resolver) Output {
	out := Output{Anchors: map[string]Anchor{}}
	ms := make([][]Mention, len(docs))
	for i := range docs {
		ms[i] = append([]Mention(nil), mentions[i]...)
		sort.Slice(ms[i], func(a, b int) bool { return ms[i][a].Start < ms[i][b].Start })
	}
	// A corpus mixing several stories: each story infers its own anchor
	// and looks its own events up; its weak links (a kind told without
	// names, a kind held once a day) stay inside it.
	story, nStories := stories(docs)
	anchors := inferAnchors(docs, ms)
	members := map[int][]int{}
	for i := range docs {
		members[story[i]] = append(members[story[i]], i)
	}
	// borrowed marks the docs whose story has no date of its own: their
	// relative dates rest on another story's anchor, a guess that is no
	// evidence of a shared day.
	borrowed := make([]bool, len(docs))
	if nStories > 1 {
		for _, idx := range members {
			if len(idx) == len(docs) {
				continue
			}
			sd := make([]*dataset.Doc, len(idx))
			sm := make([][]Mention, len(idx))
			for k, i := range idx {
				sd[k], sm[k] = docs[i], ms[i]
			}
			own := inferAnchors(sd, sm)
			for k, i := range idx {
				if a, ok := own[k]; ok {
					anchors[i] = a
				} else if docs[i].Source.Published == nil {
					borrowed[i] = true
				}
			}
		}
	}
	for i, d := range docs {
		if a, ok := anchors[i]; ok && d.Source.Published == nil {
			out.Anchors[d.Source.SourceID] = a
		}
	}
	// Resolve each article against its anchor; offsets from an event
	// named in another article look it up across the corpus.
	for pass := 0; pass < 2; pass++ {
		lookups := map[int]lookupFunc{}
		if pass == 1 {
			for st, idx := range members {
				sm := make([][]Mention, len(idx))
				for k, i := range idx {
					sm[k] = ms[i]
				}
				lookups[st] = corpusLookup(sm)
			}
		}
		for i, d := range docs {
			lookup := lookups[story[i]]
			a, ok := anchorOf(d, anchors, i)
			if !ok {
				for k := range ms[i] {
					ms[i][k].Precision = ""
				}
				continue
			}
			resolveDoc(ms[i], a, numericOrder(d, ms[i]), lookup)
		}
	}
	var items []*item
	for i, d := range docs {
		var implied []Mention
		for k := range ms[i] {
			m := &ms[i][k]
			if m.Resolved() && !m.Dateline && m.BaseType != "" && m.BasePrecision != "" {
				// Two days after the earthquake also reports the
				// earthquake: the same words, at the earthquake's date.
				b := *m
				b.Type, b.Trigger, b.Kind, b.After = m.BaseType, "", "implied", ""
				b.Date, b.Precision, b.Value = m.BaseDate, m.BasePrecision, m.BaseValue
				b.BaseType = ""
				implied = append(implied, b)
			}
		}
		all := make([]*Mention, 0, len(ms[i])+len(implied))
		for k := range ms[i] {
			all = append(all, &ms[i][k])
		}
		for k := range implied {
			all = append(all, &implied[k])
		}
		for _, m := range all {
			if !m.Resolved() || m.Dateline || m.Kind == "ref" {
				continue
			}
			key := mentionKey(d.Source.SourceID, m.Start)
			if m.Kind == "implied" {
				key += ":b"
			}
			it := &item{doc: i, m: m, key: key, fam: lex.family[m.Type], date: m.Date, prec: m.Precision}
			if it.fam == "" {
				it.fam = "other"
			}
			it.parts = participantKeys(d.Source.SourceID, m, ents)
			if borrowed[i] && m.Year == 0 || nStories > 1 && level(it.prec) > 0 {
				// A day counted from another story's anchor, or a month
				// or year in a corpus of several stories (a past year in
				// the background of two stories): its names join within
				// its own story only.
				for k := range it.parts {
					it.parts[k] = fmt.Sprintf("%d\x04%s", storyKey(story, nStories, i), it.parts[k])
				}
			}
			span := m.Year2 > m.Year && it.fam != "other" // between 2020 and 2022: as precise as a day
			if (len(m.Names) == 0 && it.fam != "other" && !noConflict[it.fam]) || (it.prec == "day" && lex.story[it.fam]) || span {
				// A named kind of happening (a walkout, mogok) told without
				// names may join the same kind on the same date elsewhere;
				// so may a kind a story holds one of per day (a quake).
				it.parts = append(it.parts, fmt.Sprintf("\x03%d", storyKey(story, nStories, i)))
			}
			if len(it.parts) == 0 {
				// No participant, no evidence to link across articles.
				it.parts = []string{"\x02" + d.Source.SourceID}
			}
			if it.fam != "other" {
				// One article rarely reports two happenings of one kind on
				// one day: its own mentions share a key.
				it.parts = append(it.parts, "\x01"+d.Source.SourceID)
			}
			items = append(items, it)
		}
	}
	sort.Slice(items, func(a, b int) bool { return items[a].key < items[b].key })
	uf := newUnionFind(len(items))
	cluster(items, uf)
	groups := map[int][]int{}
	for i := range items {
		r := uf.find(i)
		groups[r] = append(groups[r], i)
	}
	var clusters [][]*item
	for _, g := range groups {
		var c []*item
		for _, i := range g {
			c = append(c, items[i])
		}
		clusters = append(clusters, c)
	}
	sort.Slice(clusters, func(a, b int) bool { return clusters[a][0].key < clusters[b][0].key })
	clusters, conflicted := mergeConflicts(clusters)
	for ci, c := range clusters {
		ev := summarise(c, docs)
		out.Events = append(out.Events, ev)
		seen := map[string]bool{} // one row per time expression and event
		for _, it := range c {
			// One expression can stand for two readings in one cluster
			// ("two days after the earthquake" dates the quake and the day
			// after it); event_mentions keeps the first, in key order.
			k := mentionKey(docs[it.doc].Source.SourceID, it.m.Start)
			if seen[k] {
				continue
			}
			seen[k] = true
			d, p := contract(it.m)
			out.Mentions = append(out.Mentions, dataset.EventMention{
				EventID: ev.EventID, SourceID: docs[it.doc].Source.SourceID, SentenceID: it.m.Sentence,
				Start: it.m.Start, End: it.m.End, TimeText: it.m.Text, Date: d, Precision: p, Value: it.m.Value,
				Trigger: dataset.Str(it.m.Trigger),
			})
		}
		if conflicted[ci] {
			out.Conflicts = append(out.Conflicts, dateConflict(ev, c, docs))
		}
	}
	sort.Slice(out.Events, func(a, b int) bool { return out.Events[a].EventID < out.Events[b].EventID })
	sort.Slice(out.Mentions, func(a, b int) bool {
		x, y := out.Mentions[a], out.Mentions[b]
		if x.SourceID != y.SourceID {
			return x.SourceID < y.SourceID
		}
		if x.Start != y.Start {
			return x.Start < y.Start
		}
		return x.EventID < y.EventID
	})
	sort.Slice(out.Conflicts, func(a, b int) bool { return out.Conflicts[a].ConflictID < out.Conflicts[b].ConflictID })
	return out
}

// storyKey is the story of doc i when the corpus holds several, else 0.
func storyKey(story []int, n, i int) int {
	if n <= 1 {
		return 0
	}
	return story[i] + 1
}

func mentionKey(src string, start int64) string { return fmt.Sprintf("%s:%012d", src, start) }

func anchorOf(d *dataset.Doc, anchors map[int]Anchor, i int) (dataset.Date, bool) {
	if d.Source.Published != nil {
		return *d.Source.Published, true
	}
	a, ok := anchors[i]
	return a.Date, ok
}

// corpusLookup finds, across the corpus, the date most articles give to
// the event of the type that words name.
func corpusLookup(ms [][]Mention) lookupFunc {
	type result struct {
		m  Mention
		ok bool
	}
	cache := map[string]result{} // by type: one pass over the corpus per type
	return func(words string) (Mention, bool) {
		typ := typeOfWords(words)
		if typ == "" {
			return Mention{}, false
		}
		if r, ok := cache[typ]; ok {
			return r.m, r.ok
		}
		m, ok := lookupType(ms, typ)
		cache[typ] = result{m, ok}
		return m, ok
	}
}

// lookupType is the date most mentions of type typ give.
func lookupType(ms [][]Mention, typ string) (Mention, bool) {
	count := map[string]int{}
	first := map[string]Mention{}
	for _, doc := range ms {
		for _, m := range doc {
			if m.Type != typ || !m.Resolved() || m.After != "" || m.Dateline {
				continue
			}
			k := m.Value
			count[k]++
			if _, ok := first[k]; !ok || rank(m.Precision) < rank(first[k].Precision) {
				first[k] = m
			}
		}
	}
	best := ""
	for k, n := range count {
		if best == "" || n > count[best] || (n == count[best] && rank(first[k].Precision) < rank(first[best].Precision)) || (n == count[best] && rank(first[k].Precision) == rank(first[best].Precision) && k < best) {
			best = k
		}
	}
	if best == "" {
		return Mention{}, false
	}
	return first[best], true
}

// participantKeys are the lowercase keys a mention's participants match
// on: canonical entity names, their words, demonyms folded to places
// (Albanian → albania), and key nouns.
func participantKeys(src string, m *Mention, ents *entities.Resolver) []string {
	set := map[string]bool{}
	add := func(s string) {
		s = strings.ToLower(strings.TrimSpace(s))
		if len([]rune(s)) < 3 || lex.stop[s] {
			return
		}
		set[s] = true
	}
	for _, n := range m.Names {
		c := n
		if ents != nil {
			c = ents.Canonical(src, n)
		}
		add(c)
		ws := strings.Fields(c)
		if len(ws) > 1 {
			for _, w := range ws {
				add(w)
			}
		}
		for _, w := range ws {
			lw := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"))
			add(lw)
			for _, suf := range []string{"ian", "n", "i", "ese"} {
				if strings.HasSuffix(lw, suf) && len(lw) > len(suf)+3 {
					add(strings.TrimSuffix(lw, suf))
				}
			}
		}
	}
	// Key nouns only stand in for names: two sentences that name people
	// or places must share one of them.
	if len(set) == 0 {
		for _, n := range m.Nouns {
			add(strings.TrimSuffix(n, "s"))
		}
	}
	return slices.Sorted(maps.Keys(set))
}

// period is the key of the period of precision prec that holds d.
func period(d dataset.Date, prec string) string {
	t := d.Time()
	switch prec {
	case "day":
		return d.String()
	case "week":
		y, w := t.ISOWeek()
		return fmt.Sprintf("%d-W%d", y, w)
	case "month":
		return t.Format("2006-01")
	case "quarter", "season":
		return fmt.Sprintf("%d-Q%d", t.Year(), (int(t.Month())-1)/3)
	case "year":
		return strconv.Itoa(t.Year())
	case "decade":
		return strconv.Itoa(t.Year() / 10)
	}
	return ""
}

// periods are the keys of the periods at level l that hold d: at the
// quarter level both its quarter and its season, as seasons straddle
// quarters.
func periods(d dataset.Date, l string) []string {
	if l != "quarter" {
		return []string{period(d, l)}
	}
	return []string{period(d, "quarter"), seasonKey(d)}
}

// ownPeriod is the key an item looks its own period up by.
func ownPeriod(it *item) string {
	if it.prec == "season" {
		return seasonKey(it.date)
	}
	return period(it.date, levels[level(it.prec)])
}

// seasonKey names the season that holds d (winter counts from December).
func seasonKey(d dataset.Date) string {
	t := d.Time()
	y, m := t.Year(), int(t.Month())
	if m == 12 {
		y++
	}
	return fmt.Sprintf("%d-S%d", y, (m%12)/3)
}

var levels = []string{"day", "week", "month", "quarter", "year", "decade"}

func level(prec string) int {
	if prec == "season" {
		prec = "quarter"
	}
	for i, l := range levels {
		if l == prec {
			return i
		}
	}
	return len(levels)
}

// cluster joins items into events. Level by level from the finest, typed
// items first and untyped (other) ones last: an item joins the one
// cluster of finer items of its family, in its period, that shares a
// participant; when none or several do, it joins the items of its own
// level with the same family, period and participant. Every step is a
// hash lookup, so the cost is linear in items × participants.
func cluster(items []*item, uf *unionFind) {
	placed := make([]bool, len(items))
	for _, typed := range []bool{true, false} {
		for lv, l := range levels {
			var here []int
			for i, it := range items {
				if level(it.prec) == lv && (it.fam != "other") == typed {
					here = append(here, i)
				}
			}
			if len(here) == 0 {
				continue
			}
			// Index the placed, finer (or, for untyped items, any
			// typed) items by family, period at this level, participant.
			index := map[string][]int{}
			for i, it := range items {
				if !placed[i] || level(it.prec) > lv {
					continue
				}
				fam := it.fam
				if !typed {
					fam = "*"
				}
				for _, p := range keysOr(it.parts) {
					for _, per := range periods(it.date, l) {
						k := fam + "\x00" + per + "\x00" + p
						index[k] = append(index[k], i)
					}
				}
			}
			own := map[string]int{}
			for _, i := range here {
				it := items[i]
				fam := it.fam
				if !typed {
					fam = "*"
				}
				per := ownPeriod(it)
				// The finer cluster sharing most participants, if one
				// leads; a tie leaves the item to its own level.
				shared := map[int]int{}
				for _, p := range keysOr(it.parts) {
					seen := map[int]bool{}
					for _, j := range index[fam+"\x00"+per+"\x00"+p] {
						r := uf.find(j)
						if !seen[r] {
							seen[r] = true
							shared[r]++
						}
					}
				}
				best, bestN, tie := -1, 0, false
				for r, n := range shared {
					switch {
					case n > bestN:
						best, bestN, tie = r, n, false
					case n == bestN:
						tie = true
					}
				}
				if best >= 0 && !tie {
					uf.union(best, i)
					continue
				}
				for _, p := range keysOr(it.parts) {
					k := it.fam + "\x00" + per + "\x00" + p
					if j, ok := own[k]; ok {
						uf.union(j, i)
					} else {
						own[k] = i
					}
				}
			}
			for _, i := range here {
				placed[i] = true
			}
		}
	}
}

func keysOr(parts []string) []string {
	if len(parts) == 0 {
		return []string{""}
	}
	return parts
}

type unionFind struct{ parent []int }

func newUnionFind(n int) *unionFind {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	return &unionFind{p}
}

func (u *unionFind) find(i int) int {
	for u.parent[i] != i {
		u.parent[i] = u.parent[u.parent[i]]
		i = u.parent[i]
	}
	return i
}

// union joins the sets of a and b; the smaller index becomes the root, so
// the result does not depend on the order of calls.
func (u *unionFind) union(a, b int) {
	a, b = u.find(a), u.find(b)
	if a == b {
		return
	}
	if b < a {
		a, b = b, a
	}
	u.parent[b] = a
}
