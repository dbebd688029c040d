package events

import (
	"fmt"
	"sort"
	"strings"

	"newsdesk/dataset"
)

// monthDay is a day of the year without its year.
type monthDay struct{ m, d int }

// inferAnchors gives every doc without a publication date a story anchor:
// the reading of its ambiguous date (from meta's evidence or its own
// dateline) that agrees best with the days the other articles name; else
// the publication date most other articles share, or the latest full date
// the corpus names, moved by up to six days when that makes the doc's
// weekdays and relative days agree with the other articles.
func inferAnchors(docs []*dataset.Doc, ms [][]Mention) map[int]Anchor {
	out := map[int]Anchor{}
	// Days each doc names (month and day only, so year-less dates count).
	named := make([]map[monthDay]bool, len(docs))
	for i := range docs {
		named[i] = map[monthDay]bool{}
		if p := docs[i].Source.Published; p != nil {
			t := p.Time()
			named[i][monthDay{int(t.Month()), t.Day()}] = true
		}
		for _, m := range ms[i] {
			if m.Dateline {
				continue
			}
			if m.Month != 0 && m.Day != 0 && (m.Kind == "date" || m.Kind == "weekday") {
				named[i][monthDay{m.Month, m.Day}] = true
			}
			if m.Kind == "numeric" {
				named[i][monthDay{m.NumB, m.NumA}] = true
				named[i][monthDay{m.NumA, m.NumB}] = true
			}
			if m.Resolved() && m.Precision == "day" {
				t := m.Date.Time()
				named[i][monthDay{int(t.Month()), t.Day()}] = true
			}
		}
	}
	// later counts the mentions of doc i that land after c: an article
	// reports mostly what has happened.
	later := func(i int, c dataset.Date) int {
		tmp := append([]Mention(nil), ms[i]...)
		resolveDoc(tmp, c, numericOrder(docs[i], tmp), nil)
		n := 0
		for _, m := range tmp {
			if !m.Dateline && m.Resolved() && m.Date > c && m.Kind != "ref" {
				n++
			}
		}
		return n
	}
	// gap is the distance from c to the nearest other publication date.
	gap := func(i int, c dataset.Date) int {
		best := 1 << 30
		for j, d := range docs {
			if j != i && d.Source.Published != nil {
				g := int(*d.Source.Published - c)
				if g < 0 {
					g = -g
				}
				best = min(best, g)
			}
		}
		return best
	}
	// How many articles name each day: agreement with the others is a
	// day this article resolves to that another article names.
	namedBy := map[monthDay]int{}
	for i := range docs {
		for md := range named[i] {
			namedBy[md]++
		}
	}
	agree := func(i int, c dataset.Date) int {
		tmp := append([]Mention(nil), ms[i]...)
		resolveDoc(tmp, c, numericOrder(docs[i], tmp), nil)
		n := 0
		for _, m := range tmp {
			if m.Dateline || !m.Resolved() || m.Precision != "day" || (m.Kind != "weekday" && m.Kind != "relday" && !(m.Kind == "date" && m.Year == 0)) {
				continue
			}
			t := m.Date.Time()
			md := monthDay{int(t.Month()), t.Day()}
			others := namedBy[md]
			if named[i][md] {
				others--
			}
			if others > 0 {
				n++
			}
		}
		return n
	}
	// First the docs with two readings of their own date.
	for i, d := range docs {
		if d.Source.Published != nil {
			continue
		}
		written, cands := ambiguous(d, ms[i])
		if len(cands) == 0 {
			continue
		}
		// Most agreement with the other articles' days, then fewest
		// dates after the anchor, then nearest the others' dates.
		type key struct{ agree, later, gap int }
		better := func(a, b key) bool {
			if a.agree != b.agree {
				return a.agree > b.agree
			}
			if a.later != b.later {
				return a.later < b.later
			}
			return a.gap < b.gap
		}
		best := cands[0]
		bestK := key{agree(i, best), later(i, best), gap(i, best)}
		for _, c := range cands[1:] {
			if k := (key{agree(i, c), later(i, c), gap(i, c)}); better(k, bestK) {
				best, bestK = c, k
			}
		}
		ev := fmt.Sprintf("inferred:story-anchor(%s) from ambiguous %s", best, written)
		if len(cands) == 1 {
			ev = "inferred:dateline " + written
		}
		out[i] = Anchor{Date: best, Evidence: ev}
	}
	// The story anchor: the most shared publication date, else the latest
	// full date named in the corpus.
	count := map[dataset.Date]int{}
	for i, d := range docs {
		if d.Source.Published != nil {
			count[*d.Source.Published]++
		} else if a, ok := out[i]; ok {
			count[a.Date]++
		}
	}
	story, have := dataset.Date(0), false
	for d, n := range count {
		if !have || n > count[story] || (n == count[story] && d > story) {
			story, have = d, true
		}
	}
	if !have {
		for i := range docs {
			for _, m := range ms[i] {
				if !m.Dateline && m.Kind == "date" && m.Year != 0 && m.Month != 0 && m.Day != 0 && !m.Future {
					d := civil(m.Year, m.Month, m.Day)
					if !have || d > story {
						story, have = d, true
					}
				}
			}
		}
	}
	if !have {
		return out
	}
	for i, d := range docs {
		if d.Source.Published != nil {
			continue
		}
		if _, ok := out[i]; ok {
			continue
		}
		base, ev := story, "inferred:story-anchor(%s)"
		// An article whose own latest full date is far from the story's
		// is about another time: its own date anchors it.
		if own, ok := ownLatest(ms[i]); ok && (own > story+31 || own < story-366) {
			base, ev = own, "inferred:latest-date-in-text(%s)"
		} else if !ok {
			// Without a date of its own, the article takes the known date
			// of another article that its years agree with best (a corpus
			// may mix stories from different years), the story's first.
			cands := []dataset.Date{story}
			for j, dj := range docs {
				switch {
				case j == i:
				case dj.Source.Published != nil:
					cands = append(cands, *dj.Source.Published)
				default:
					if a, ok := out[j]; ok {
						cands = append(cands, a.Date)
					} else if own, ok := ownLatest(ms[j]); ok {
						cands = append(cands, own)
					}
				}
			}
			// yearClue depends on the year only: score each year once,
			// then take that year's date nearest the story's.
			byYear := map[int]dataset.Date{}
			for _, c := range cands[1:] {
				y := c.Time().Year()
				if b, ok := byYear[y]; !ok || dist(c, story) < dist(b, story) || (dist(c, story) == dist(b, story) && c < b) {
					byYear[y] = c
				}
			}
			years := make([]int, 0, len(byYear))
			for y := range byYear {
				years = append(years, y)
			}
			sort.Ints(years)
			bestS := yearClue(ms[i], story)
			for _, y := range years {
				c := byYear[y]
				if sc := yearClue(ms[i], c); sc > bestS {
					base, bestS = c, sc
				}
			}
		}
		best, bestN := base, agree(i, base)
		for k := 1; k <= 6; k++ {
			if n := agree(i, base+dataset.Date(k)); n > bestN {
				best, bestN = base+dataset.Date(k), n
			}
		}
		out[i] = Anchor{Date: best, Evidence: fmt.Sprintf(ev, best)}
	}
	return out
}

// ambiguous returns the readings of a doc's own date: from meta's evidence
// ambiguous:<as written>=<cand1>|<cand2>, or from a numeric dateline.
func ambiguous(d *dataset.Doc, ms []Mention) (string, []dataset.Date) {
	if e := d.Source.PublishedEvidence; e != nil && strings.HasPrefix(*e, "ambiguous:") {
		body := strings.TrimPrefix(*e, "ambiguous:")
		if i := strings.LastIndex(body, "="); i >= 0 {
			var cs []dataset.Date
			for _, s := range strings.Split(body[i+1:], "|") {
				if c, err := dataset.ParseDate(strings.TrimSpace(s)); err == nil {
					cs = append(cs, c)
				}
			}
			if len(cs) > 0 {
				return body[:i], cs
			}
		}
	}
	for _, m := range ms {
		if !m.Dateline {
			continue
		}
		switch {
		case m.Kind == "numeric" && m.NumA <= 12 && m.NumB <= 12 && m.NumA != m.NumB:
			cs := []dataset.Date{civil(m.Year, m.NumB, m.NumA), civil(m.Year, m.NumA, m.NumB)}
			sort.Slice(cs, func(a, b int) bool { return cs[a] < cs[b] })
			return m.Text, cs
		case m.Kind == "numeric":
			return m.Text, []dataset.Date{civil(m.Year, m.NumB, m.NumA)}
		case m.Kind == "date" && m.Year != 0 && m.Month != 0 && m.Day != 0:
			return m.Text, []dataset.Date{civil(m.Year, m.Month, m.Day)}
		}
	}
	return "", nil
}

// ownLatest is the latest full date (day, month and year) an article
// names, not counting what it says will happen.
func ownLatest(ms []Mention) (dataset.Date, bool) {
	var best dataset.Date
	ok := false
	for _, m := range ms {
		if m.Dateline || m.Future || m.Year == 0 || m.Month == 0 || m.Day == 0 || m.Kind != "date" {
			continue
		}
		if d := civil(m.Year, m.Month, m.Day); !ok || d > best {
			best, ok = d, true
		}
	}
	return best, ok
}

// yearClue scores anchor c by the years an article names: a year at or
// just before c's agrees, a year after it (not said to be future) does
// not.
func yearClue(ms []Mention, c dataset.Date) int {
	cy := c.Time().Year()
	n := 0
	for _, m := range ms {
		if m.Dateline || m.Future || m.Year == 0 {
			continue
		}
		switch {
		case m.Year == cy || m.Year == cy-1:
			n += 2
		case m.Year > cy:
			n -= 3
		}
	}
	return n
}

func dist(a, b dataset.Date) int {
	if a > b {
		return int(a - b)
	}
	return int(b - a)
}
