package events

import (
	"maps"
	"slices"
	"sort"
	"strings"

	"newsdesk/dataset"
)

// conflictFamilies are the event families whose happenings occur once, so
// that two dates for them from different sources are a conflict; talk
// (statements, accusations) recurs and is never one.
var noConflict = map[string]bool{"other": true, "statement": true, "accusation": true, "denial": true, "condemnation": true, "meeting": true}

// mergeConflicts joins clusters that date the same happening differently:
// same family, same precision, at least two shared participants, disjoint
// sources, dates close (a week, a quarter of a year, two years). Clusters
// are blocked by (family, precision, participant) and only neighbours in
// date order within a block are compared. It returns the merged clusters,
// and which of them are conflicts.
func mergeConflicts(cs [][]*item) ([][]*item, map[int]bool) {
	type info struct {
		fam, prec string
		date      dataset.Date
		parts     map[string]bool
		srcs      map[int]bool
	}
	infos := make([]info, len(cs))
	blocks := map[string][]int{}
	for i, c := range cs {
		in := info{parts: map[string]bool{}, srcs: map[int]bool{}}
		votes := map[dataset.Date]int{}
		for _, it := range c {
			in.srcs[it.doc] = true
			for _, p := range it.parts {
				in.parts[p] = true
			}
			votes[it.date]++
		}
		// The cluster's family is that of its typed mentions: an untyped
		// mention (family other) that joined it does not make it mixed.
		in.fam, in.prec = "other", c[0].prec
		for _, it := range c {
			if it.fam != "other" {
				in.fam = it.fam
				break
			}
		}
		for _, it := range c {
			if it.prec != in.prec || (it.fam != in.fam && it.fam != "other") {
				in.prec = "" // mixed clusters do not take part
			}
		}
		for d, n := range votes {
			if n > votes[in.date] || (n == votes[in.date] && d < in.date) || in.date == 0 && votes[0] == 0 {
				in.date = d
			}
		}
		infos[i] = in
		if noConflict[in.fam] || in.prec == "" || in.prec == "week" || in.prec == "quarter" || in.prec == "season" {
			continue
		}
		for p := range in.parts {
			k := in.fam + "\x00" + in.prec + "\x00" + p
			blocks[k] = append(blocks[k], i)
		}
	}
	tol := map[string]dataset.Date{"day": 7, "month": 92, "year": 731, "decade": 3653}
	uf := newUnionFind(len(cs))
	keys := slices.Sorted(maps.Keys(blocks))
	for _, k := range keys {
		b := blocks[k]
		sort.Slice(b, func(x, y int) bool {
			if infos[b[x]].date != infos[b[y]].date {
				return infos[b[x]].date < infos[b[y]].date
			}
			return b[x] < b[y]
		})
		for x := 1; x < len(b); x++ {
			p, q := infos[b[x-1]], infos[b[x]]
			if p.date == q.date || q.date-p.date > tol[p.prec] {
				continue
			}
			shared := 0
			for s := range p.parts {
				if q.parts[s] {
					shared++
				}
			}
			disjoint := true
			for s := range p.srcs {
				if q.srcs[s] {
					disjoint = false
				}
			}
			if shared >= 2 && disjoint {
				uf.union(b[x-1], b[x])
			}
		}
	}
	groups := map[int][]int{}
	for i := range cs {
		groups[uf.find(i)] = append(groups[uf.find(i)], i)
	}
	var out [][]*item
	conflicted := map[int]bool{}
	roots := make([]int, 0, len(groups))
	for r := range groups {
		roots = append(roots, r)
	}
	sort.Ints(roots)
	for _, r := range roots {
		var c []*item
		for _, i := range groups[r] {
			c = append(c, cs[i]...)
		}
		sort.Slice(c, func(a, b int) bool { return c[a].key < c[b].key })
		if len(groups[r]) > 1 {
			conflicted[len(out)] = true
		}
		out = append(out, c)
	}
	return out, conflicted
}

// dateConflict is the conflicts row of a merged cluster.
func dateConflict(ev dataset.Event, c []*item, docs []*dataset.Doc) dataset.Conflict {
	bySrc := map[string]map[string]bool{}
	vals := map[string]bool{}
	for _, it := range c {
		s := docs[it.doc].Source.SourceID
		if bySrc[s] == nil {
			bySrc[s] = map[string]bool{}
		}
		bySrc[s][it.m.Value] = true
		vals[it.m.Value] = true
	}
	cf := dataset.Conflict{ConflictID: dataset.ID("conflict", dataset.ConflictDate, ev.EventID), Kind: dataset.ConflictDate,
		Subject: "date of " + ev.Label, EventID: dataset.Str(ev.EventID)}
	for v := range vals {
		cf.Values = append(cf.Values, v)
	}
	sort.Strings(cf.Values)
	for s := range bySrc {
		cf.SourceIDs = append(cf.SourceIDs, s)
	}
	sort.Strings(cf.SourceIDs)
	for _, s := range cf.SourceIDs {
		var vs []string
		for v := range bySrc[s] {
			vs = append(vs, v)
		}
		sort.Strings(vs)
		cf.SourceValues = append(cf.SourceValues, strings.Join(vs, "|"))
	}
	return cf
}
