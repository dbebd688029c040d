package eval

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"

	"newsdesk/dataset"
	"newsdesk/dataset/events"
)

// eventsSuites are the evaluations of the events extractor.
func eventsSuites() []Suite {
	return []Suite{
		{Name: "events/timebank", Corpus: "timebank-aquaint", Run: runTimebank},
		{Name: "events/meantime", Corpus: "meantime-en", Run: runMeantime},
		{Name: "events/ecbplus", Corpus: "ecbplus", Run: runECBPlus},
		{Name: "events/id-dates", Corpus: "id-normalization-cases", Run: runIDDates},
	}
}

// readJSONL decodes every line of path into a new T.
func readJSONL[T any](path string) ([]T, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("cannot open %s: %w", path, err)
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for n := 1; sc.Scan(); n++ {
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		out = append(out, v)
	}
	return out, sc.Err()
}

type goldTimex struct {
	Type  string `json:"type"`
	Value string `json:"value"`
	Text  string `json:"text"`
	Start int64  `json:"start"`
	End   int64  `json:"end"`
	Func  string `json:"functionInDocument"`
}

type timexDoc struct {
	DocID string      `json:"doc_id"`
	Topic string      `json:"topic"`
	DCT   string      `json:"dct"`
	Text  string      `json:"text"`
	Timex []goldTimex `json:"timex"`
	Event []struct {
		Start    int64  `json:"start"`
		End      int64  `json:"end"`
		Instance string `json:"instance_id"`
	} `json:"event_mentions"`
}

// timexScore accumulates span and value scores for DATE expressions.
type timexScore struct {
	span, value PRF
	misses      map[string]int // gold value shape → count of missed or wrong
}

var digits = regexp.MustCompile(`\d`)

// score compares the resolved mentions of one doc with its gold DATE
// timexes: relaxed (overlapping) spans, one-to-one; a prediction that
// overlaps only a non-DATE gold timex (a duration, a time) or the
// document's creation time is not counted.
func (s *timexScore) score(ms []events.Mention, gold []goldTimex) {
	var dates, others []goldTimex
	for _, g := range gold {
		if g.Type == "DATE" && g.Func != "CREATION_TIME" {
			dates = append(dates, g)
		} else {
			others = append(others, g)
		}
	}
	overlaps := func(m events.Mention, g goldTimex) bool { return m.Start < g.End && g.Start < m.End }
	used := make([]bool, len(ms))
	for _, g := range dates {
		s.span.Gold++
		s.value.Gold++
		hit := -1
		for i, m := range ms {
			if !used[i] && overlaps(m, g) {
				hit = i
				break
			}
		}
		shape := digits.ReplaceAllString(g.Value, "9")
		if hit < 0 {
			s.misses["missed "+shape]++
			continue
		}
		used[hit] = true
		s.span.TP++
		if sameValue(ms[hit].Value, g.Value) {
			s.value.TP++
		} else {
			s.misses["wrong  "+shape]++
		}
	}
	for i, m := range ms {
		if used[i] {
			s.span.Pred++
			s.value.Pred++
			continue
		}
		other := false
		for _, g := range others {
			if overlaps(m, g) {
				other = true
			}
		}
		if !other {
			s.span.Pred++
			s.value.Pred++
			s.misses["spurious "+m.Kind]++
		}
	}
}

// sameValue compares a predicted value with a TIMEX3 value; a time of day
// on the gold side (1998-01-07TNI) is compared on its date.
//
// Two TIMEX3 spellings of one value are also equal: an unspecified
// trailing part (1949-XX, 1998-10-XX: a month or day of that period the
// text does not give) is the period itself, and week numbers may be
// written without their leading zero (2000-W7 = 2000-W07).
func sameValue(pred, gold string) bool {
	if i := strings.IndexByte(gold, 'T'); i == 10 {
		gold = gold[:i]
	}
	for strings.HasSuffix(gold, "-XX") && len(gold) > 4 && !strings.HasPrefix(gold, "XXXX") {
		gold = strings.TrimSuffix(gold, "-XX")
	}
	if m := weekNum.FindStringSubmatch(gold); m != nil && len(m[2]) == 1 {
		gold = m[1] + "-W0" + m[2] + m[3]
	}
	return pred == gold
}

var weekNum = regexp.MustCompile(`^(\d{4})-W(\d{1,2})(-WE)?$`)

func (s *timexScore) print(w io.Writer, docs int) {
	fmt.Fprintf(w, "   DATE timexes, %d docs, relaxed spans: P %.1f R %.1f F1 %.1f (gold %d, predicted %d)\n",
		docs, s.span.P(), s.span.R(), s.span.F1(), s.span.Gold, s.span.Pred)
	acc := 0.0
	if s.span.TP > 0 {
		acc = 100 * float64(s.value.TP) / float64(s.span.TP)
	}
	fmt.Fprintf(w, "   value: accuracy on matched spans %.1f%%, value P %.1f R %.1f F1 %.1f\n", acc, s.value.P(), s.value.R(), s.value.F1())
	type kv struct {
		k string
		n int
	}
	var ks []kv
	for k, n := range s.misses {
		ks = append(ks, kv{k, n})
	}
	sort.Slice(ks, func(i, j int) bool {
		if ks[i].n != ks[j].n {
			return ks[i].n > ks[j].n
		}
		return ks[i].k < ks[j].k
	})
	var parts []string
	for i, x := range ks {
		if i == 12 {
			break
		}
		parts = append(parts, fmt.Sprintf("%s %d", x.k, x.n))
	}
	fmt.Fprintf(w, "   errors by kind: %s\n", strings.Join(parts, "; "))
}

func timexDocs(ctx context.Context, path string) ([]timexDoc, error) {
	ds, err := readJSONL[timexDoc](path)
	if err != nil {
		return nil, err
	}
	return ds, ctx.Err()
}

func findDCT(d timexDoc) ([]events.Mention, *dataset.Doc, error) {
	var pub *dataset.Date
	if len(d.DCT) >= 10 {
		dct, err := dataset.ParseDate(d.DCT[:10])
		if err != nil {
			// MEANTIME writes a few as DD-MM-YYYY.
			t, err2 := time.Parse("02-01-2006", d.DCT[:10])
			if err2 != nil {
				return nil, nil, fmt.Errorf("doc %s: %w", d.DocID, err)
			}
			dct = dataset.DateOf(t)
		}
		pub = dct.Ptr()
	}
	doc := NewDoc(d.DocID, d.Text, "en", pub)
	var out []events.Mention
	for _, m := range events.Find(doc) {
		if m.Value == "" {
			continue
		}
		out = append(out, timex3Split(m)...)
	}
	return out, doc, nil
}

// timex3Split turns a span of years (between 1985 and 1987), one mention
// in the dataset, into its two end points, as TIMEX3 annotates it: two
// year expressions, each its own value.
func timex3Split(m events.Mention) []events.Mention {
	if m.Year2 <= m.Year {
		return []events.Mention{m}
	}
	rs := []rune(m.Text)
	at := func(y int, last bool) (events.Mention, bool) {
		w := []rune(fmt.Sprintf("%04d", y))
		for i := range rs {
			k := i
			if last {
				k = len(rs) - len(w) - i
			}
			if k < 0 || k+len(w) > len(rs) || string(rs[k:k+len(w)]) != string(w) {
				continue
			}
			p := m
			p.Start, p.End, p.Text = m.Start+int64(k), m.Start+int64(k+len(w)), string(w)
			p.Year, p.Year2, p.Value = y, 0, string(w)
			p.Date = dataset.NewDate(y, 1, 1)
			return p, true
		}
		return m, false
	}
	a, ok1 := at(m.Year, false)
	b, ok2 := at(m.Year2, true)
	if !ok1 || !ok2 {
		return []events.Mention{m}
	}
	return []events.Mention{a, b}
}

func runTimebank(ctx context.Context, dir string, w io.Writer) error {
	docs, err := timexDocs(ctx, filepath.Join(dir, "gold_timex.jsonl"))
	if err != nil {
		return err
	}
	s := &timexScore{misses: map[string]int{}}
	for _, d := range docs {
		ms, _, err := findDCT(d)
		if err != nil {
			return err
		}
		s.score(ms, d.Timex)
	}
	s.print(w, len(docs))
	return nil
}

func runMeantime(ctx context.Context, dir string, w io.Writer) error {
	docs, err := timexDocs(ctx, filepath.Join(dir, "gold_meantime_en.jsonl"))
	if err != nil {
		return err
	}
	s := &timexScore{misses: map[string]int{}}
	byTopic := map[string][]int{}
	var found [][]events.Mention
	var dd []*dataset.Doc
	for i, d := range docs {
		ms, doc, err := findDCT(d)
		if err != nil {
			return err
		}
		// MEANTIME annotates time expressions in the title, the date line
		// and the first four sentences only (lines 0-5 of the tokenised
		// text): predictions after them are not scored.
		last, lines := int64(0), 0
		for _, r := range d.Text {
			if r == '\n' {
				lines++
				if lines == 6 {
					break
				}
			}
			last++
		}
		var scored []events.Mention
		for _, m := range ms {
			if m.Start < last {
				scored = append(scored, m)
			}
		}
		s.score(scored, d.Timex)
		found = append(found, events.Find(doc))
		dd = append(dd, doc)
		byTopic[d.Topic] = append(byTopic[d.Topic], i)
	}
	s.print(w, len(docs))
	// Cross-document linking: two docs of a topic are linked when they
	// share a gold event instance; predicted when they share an event.
	var link PRF
	topics := sortedKeys(byTopic)
	for _, t := range topics {
		idx := byTopic[t]
		var tdocs []*dataset.Doc
		var tms [][]events.Mention
		for _, i := range idx {
			tdocs = append(tdocs, dd[i])
			tms = append(tms, found[i])
		}
		out := events.Build(tdocs, tms, nil)
		pred := map[string]map[string]bool{}
		for _, m := range out.Mentions {
			if pred[m.SourceID] == nil {
				pred[m.SourceID] = map[string]bool{}
			}
			pred[m.SourceID][m.EventID] = true
		}
		gold := map[string]map[string]bool{}
		for _, i := range idx {
			gold[docs[i].DocID] = map[string]bool{}
			for _, e := range docs[i].Event {
				if e.Instance != "" {
					gold[docs[i].DocID][e.Instance] = true
				}
			}
		}
		for a := 0; a < len(idx); a++ {
			for b := a + 1; b < len(idx); b++ {
				x, y := docs[idx[a]].DocID, docs[idx[b]].DocID
				g, p := shares(gold[x], gold[y]), shares(pred[x], pred[y])
				if g {
					link.Gold++
				}
				if p {
					link.Pred++
				}
				if g && p {
					link.TP++
				}
			}
		}
	}
	fmt.Fprintf(w, "   cross-document linking (doc pairs of a topic sharing an event): P %.1f R %.1f F1 %.1f (gold pairs %d, predicted %d)\n",
		link.P(), link.R(), link.F1(), link.Gold, link.Pred)
	return nil
}

func shares(a, b map[string]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

func sortedKeys[V any](m map[string]V) []string {
	return slices.Sorted(maps.Keys(m))
}

type ecbDoc struct {
	DocID    string `json:"doc_id"`
	Topic    string `json:"topic"`
	Cluster  string `json:"gold_event_cluster"`
	Text     string `json:"text"`
	Mentions []struct {
		Tag      string  `json:"tag"`
		Start    int64   `json:"start"`
		End      int64   `json:"end"`
		Sentence string  `json:"sentence"`
		Chain    *string `json:"cross_doc_chain"`
	} `json:"mentions"`
}

// runECBPlus clusters the event mentions of each topic's articles (no
// publication dates: the story anchor is inferred per topic). A gold
// ACTION mention takes the event of the time expression in its sentence,
// else it stays alone. B-cubed and pairwise scores are over gold ACTION
// mentions in cross-document chains; "kept apart" counts topics where no
// predicted event has articles of both gold events.
func runECBPlus(ctx context.Context, dir string, w io.Writer) error {
	docs, err := readJSONL[ecbDoc](filepath.Join(dir, "gold_ecbplus.jsonl"))
	if err != nil {
		return err
	}
	byTopic := map[string][]int{}
	for i, d := range docs {
		byTopic[d.Topic] = append(byTopic[d.Topic], i)
	}
	var b3p, b3r float64
	var nMent int
	var pair PRF
	apart, topicsN := 0, 0
	var crossPairs, crossLinked int
	for _, t := range sortedKeys(byTopic) {
		if err := ctx.Err(); err != nil {
			return err
		}
		idx := byTopic[t]
		var tdocs []*dataset.Doc
		var tms [][]events.Mention
		for _, i := range idx {
			doc := NewDoc(docs[i].DocID, docs[i].Text, "en", nil)
			tdocs = append(tdocs, doc)
			tms = append(tms, events.Find(doc))
		}
		out := events.Build(tdocs, tms, nil)
		// sentence → event of the time expression in it.
		sentEvent := map[string]string{}
		docEvents := map[string]map[string]bool{}
		for _, m := range out.Mentions {
			k := fmt.Sprintf("%s#%d", m.SourceID, m.SentenceID)
			if _, ok := sentEvent[k]; !ok {
				sentEvent[k] = m.EventID
			}
			if docEvents[m.SourceID] == nil {
				docEvents[m.SourceID] = map[string]bool{}
			}
			docEvents[m.SourceID][m.EventID] = true
		}
		type ment struct{ gold, pred string }
		var ms []ment
		for ti, i := range idx {
			d := docs[i]
			for _, m := range d.Mentions {
				if !strings.HasPrefix(m.Tag, "ACTION") || m.Chain == nil {
					continue
				}
				sid := tdocs[ti].SentenceAt(m.Start)
				p, ok := sentEvent[fmt.Sprintf("%s#%d", d.DocID, sid)]
				if !ok {
					p = fmt.Sprintf("single:%s:%d", d.DocID, m.Start)
				}
				ms = append(ms, ment{gold: *m.Chain, pred: p})
			}
		}
		goldN, predN := map[string]int{}, map[string]int{}
		both := map[[2]string]int{}
		for _, m := range ms {
			goldN[m.gold]++
			predN[m.pred]++
			both[[2]string{m.gold, m.pred}]++
		}
		for _, m := range ms {
			n := float64(both[[2]string{m.gold, m.pred}])
			b3p += n / float64(predN[m.pred])
			b3r += n / float64(goldN[m.gold])
		}
		nMent += len(ms)
		for k, n := range both {
			_ = k
			pair.TP += n * (n - 1) / 2
		}
		for _, n := range goldN {
			pair.Gold += n * (n - 1) / 2
		}
		for _, n := range predN {
			pair.Pred += n * (n - 1) / 2
		}
		// Are the topic's two gold events kept apart?
		topicsN++
		mixed := false
		for a := 0; a < len(idx); a++ {
			for b := a + 1; b < len(idx); b++ {
				x, y := docs[idx[a]], docs[idx[b]]
				if x.Cluster == y.Cluster {
					continue
				}
				crossPairs++
				if shares(docEvents[x.DocID], docEvents[y.DocID]) {
					crossLinked++
					mixed = true
				}
			}
		}
		if !mixed {
			apart++
		}
	}
	p, r := 100*b3p/float64(max(nMent, 1)), 100*b3r/float64(max(nMent, 1))
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	fmt.Fprintf(w, "   mention clustering within topics (%d ACTION mentions in cross-doc chains): B3 P %.1f R %.1f F1 %.1f; pairwise P %.1f R %.1f F1 %.1f\n",
		nMent, p, r, f, pair.P(), pair.R(), pair.F1())
	fmt.Fprintf(w, "   two events of a topic kept apart: %d/%d topics; cross-event article pairs sharing an event: %d/%d (%.1f%%)\n",
		apart, topicsN, crossLinked, crossPairs, pct(crossLinked, crossPairs))
	return nil
}
