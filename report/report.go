// Package report computes what the report shows from the dataset tables:
// the story in numbers, the sources with readable names, the timeline of
// events with the sources that mention each, quotes and figures with the
// sentence around them, conflicts with who says what, the event × source
// coverage matrix, quotes per speaker and figures compared across sources.
//
// It is pure: it reads a *dataset.Tables and returns plain values, sorted,
// so that every rendering of the same tables is identical. It imports no
// third-party library and writes no file; rendering is the job of
// report/workbook (Excel, the only importer of excelize) and report/charts
// (HTML pages, the only importer of go-echarts). It never calls an
// extractor: the tables are read back from Parquet by the caller.
package report

import (
	"maps"
	"net/url"
	"slices"
	"sort"
	"strings"

	"newsdesk/dataset"
)

// NoConflicts is what the report says when the conflicts table is empty:
// what was checked, so that zero reads as a result, not as a gap.
const NoConflicts = "No conflicts found: figures compared when sources give the same unit and context; dates compared per event."

// Unattributed is the speaker shown for quotes whose speaker is unknown.
const Unattributed = "(unattributed)"

// Report is everything the workbook and the charts show.
type Report struct {
	Summary   Summary
	Sources   []Source
	Timeline  []TimelineRow
	Quotes    []QuoteRow
	Figures   []FigureRow
	Conflicts []ConflictRow
	Coverage  Coverage
	Speakers  []SpeakerCount
	// FigureGroups are the things counted by at least two sources (see
	// compare.go): figure conflicts first, then the most widely reported.
	FigureGroups []FigureGroup
	// Focus is the densest stretch of the story's events; nil when there
	// is no event.
	Focus *Focus
	// Periods are the events counted per day when the Focus spans at most
	// DailyDays (with the events before and after it in one bar each),
	// else per month, or per year when the events span more than ten
	// years; in date order.
	Periods []PeriodCount
}

// FocusDays is the length of the window the Focus is sought in, and
// DailyDays the longest Focus whose events are counted per day.
const (
	FocusDays = 90
	DailyDays = 42
)

// Focus is where the story happens: the FocusDays-day window holding the
// most day-precision events (all events when none has a day), narrowed to
// the first and last of those events. Background events (a quake in 2018
// recalled by a 2022 story) fall outside it.
type Focus struct {
	From, To dataset.Date
	Events   int // events dated inside [From, To], any precision
}

// Summary is the story in numbers.
type Summary struct {
	Sources, Languages, Quotes, Speakers, Figures, Events, Conflicts int
	// First and Last are the earliest and latest event dates; nil when
	// there is no event.
	First, Last *dataset.Date
}

// Source is one article as people name it.
type Source struct {
	ID string
	// Name is "<who> · <short title>", who being the outlet, else the host
	// of the URL, else the file name (NamedAfter says which); unique in
	// the report.
	Name       string
	NamedAfter string // outlet, URL host or file name
	Outlet     string
	Author     string
	Title      string
	Language   string
	Published  *dataset.Date
	Evidence   string // how Published was obtained
	Path       string
	URL        string
	Row        int // 0-based index in Report.Sources
}

// TimelineRow is one event with the sources that mention it.
type TimelineRow struct {
	dataset.Event
	Sources   []*Source // in Report.Sources order
	Mentions  int       // number of event_mentions rows
	TimeTexts []string  // distinct time expressions, sorted
	Conflict  bool      // a date conflict names this event
}

// QuoteRow is one quote with its source and sentence.
type QuoteRow struct {
	dataset.Quote
	Source   *Source
	Sentence string
}

// SpeakerName returns the speaker, or Unattributed.
func (q QuoteRow) SpeakerName() string {
	if q.Speaker == nil || *q.Speaker == "" {
		return Unattributed
	}
	return *q.Speaker
}

// FigureRow is one figure with its source and sentence.
type FigureRow struct {
	dataset.Figure
	Source   *Source
	Sentence string
	Conflict bool   // a figure conflict involves this figure's source and value
	Compared string // the FigureGroup label it is compared in, or ""
	// OtherTime is the time expression (in 2018) that dates the figure's
	// sentence outside the story's Focus; such figures are not compared.
	OtherTime string
}

// UnitName returns the unit, or "" when the figure counts nothing named.
func (f FigureRow) UnitName() string { return deref(f.Unit) }

// HedgeText returns the hedge word, or "".
func (f FigureRow) HedgeText() string { return deref(f.Hedge) }

// ConflictRow is one disagreement with who says what.
type ConflictRow struct {
	dataset.Conflict
	Claims []Claim
	Event  *TimelineRow // the dated event of a date conflict, or nil
}

// Claim is one source's value in a conflict.
type Claim struct {
	Source *Source
	Value  string
}

// Coverage is the event × source matrix: Count[i][j] is how many times
// Events[i] is mentioned in Sources[j].
type Coverage struct {
	Events  []*TimelineRow
	Sources []*Source
	Count   [][]int
}

// SpeakerCount is how many quotes a speaker has, and in how many sources.
type SpeakerCount struct {
	Speaker string
	Quotes  int
	Sources int
}

// FigureGroup is one thing counted by at least two sources: a figure
// conflict, or the figures of one unit and one counted thing.
type FigureGroup struct {
	Label    string       // the conflict's subject, or "killed (person)"
	Unit     string       // the unit the figures are compared in
	Conflict *ConflictRow // the figure conflict shown, or nil
	Sources  int
	Values   int          // distinct values: more than 1 when the sources differ
	Figures  []*FigureRow // by source order, then position; a source's repeats dropped
}

// PeriodCount is how many events fall in one period.
type PeriodCount struct {
	Start  dataset.Date
	Label  string // 2024-07-15, 2024-07, 2024, or "earlier" / "later" around the Focus
	Events int
}

// Build computes the report of t. t is not modified.
func Build(t *dataset.Tables) *Report {
	r := &Report{}
	byID := r.buildSources(t.Sources)
	sentRows := sentenceRows(t.Sentences)
	sents := sentenceIndex(t.Sentences)
	r.buildTimeline(t, byID)
	r.buildFocus()
	for _, q := range t.Quotes {
		r.Quotes = append(r.Quotes, QuoteRow{Quote: q, Source: byID[q.SourceID],
			Sentence: sents[sentKey{q.SourceID, q.SentenceID}]})
	}
	sort.SliceStable(r.Quotes, func(i, j int) bool {
		return lessSpan(r.Quotes[i].Source, r.Quotes[j].Source, r.Quotes[i].Start, r.Quotes[j].Start)
	})
	for _, f := range t.Figures {
		r.Figures = append(r.Figures, FigureRow{Figure: f, Source: byID[f.SourceID],
			Sentence: sents[sentKey{f.SourceID, f.SentenceID}]})
	}
	sort.SliceStable(r.Figures, func(i, j int) bool {
		return lessSpan(r.Figures[i].Source, r.Figures[j].Source, r.Figures[i].Start, r.Figures[j].Start)
	})
	r.buildConflicts(t.Conflicts, byID)
	r.buildCoverage(t.EventMentions, byID)
	r.buildSpeakers()
	r.buildFigureGroups(t, sentRows)
	r.buildPeriods()
	r.buildSummary()
	return r
}

func (r *Report) buildSources(rows []dataset.Source) map[string]*Source {
	rows = append([]dataset.Source(nil), rows...)
	// Date order, undated last, then by id: the order editors read in.
	sort.SliceStable(rows, func(i, j int) bool {
		a, b := rows[i].Published, rows[j].Published
		if (a == nil) != (b == nil) {
			return a != nil
		}
		if a != nil && *a != *b {
			return *a < *b
		}
		return rows[i].SourceID < rows[j].SourceID
	})
	r.Sources = make([]Source, len(rows))
	seen := map[string]int{}
	for i, s := range rows {
		who, after := sourceWho(s)
		name := who
		if title := Excerpt(deref(s.Title), titleRunes); title != "" {
			name += " · " + title
		}
		seen[name]++
		r.Sources[i] = Source{ID: s.SourceID, Name: name, NamedAfter: after, Outlet: deref(s.Outlet), Author: deref(s.Author), Title: deref(s.Title),
			Language: s.Language, Published: s.Published, Evidence: deref(s.PublishedEvidence),
			Path: s.Path, URL: deref(s.URL), Row: i}
	}
	// Two articles from one outlet: tell them apart by date, then by id.
	for i := range r.Sources {
		s := &r.Sources[i]
		if seen[s.Name] > 1 {
			suffix := s.ID[:min(6, len(s.ID))]
			if s.Published != nil {
				suffix = s.Published.String() + " " + suffix
			}
			s.Name += " (" + suffix + ")"
		}
	}
	byID := make(map[string]*Source, len(r.Sources))
	for i := range r.Sources {
		byID[r.Sources[i].ID] = &r.Sources[i]
	}
	return byID
}

func (r *Report) buildTimeline(t *dataset.Tables, byID map[string]*Source) {
	conflicted := map[string]bool{}
	for _, c := range t.Conflicts {
		if c.EventID != nil {
			conflicted[*c.EventID] = true
		}
	}
	type acc struct {
		src   map[string]bool
		texts map[string]bool
		n     int
	}
	accs := map[string]*acc{}
	for _, m := range t.EventMentions {
		a := accs[m.EventID]
		if a == nil {
			a = &acc{src: map[string]bool{}, texts: map[string]bool{}}
			accs[m.EventID] = a
		}
		a.src[m.SourceID] = true
		a.texts[m.TimeText] = true
		a.n++
	}
	for _, e := range t.Events {
		row := TimelineRow{Event: e, Conflict: conflicted[e.EventID]}
		if a := accs[e.EventID]; a != nil {
			row.Mentions = a.n
			for id := range a.src {
				if s := byID[id]; s != nil {
					row.Sources = append(row.Sources, s)
				}
			}
			row.TimeTexts = sortedKeys(a.texts)
		}
		sort.Slice(row.Sources, func(i, j int) bool { return row.Sources[i].Row < row.Sources[j].Row })
		r.Timeline = append(r.Timeline, row)
	}
	sort.SliceStable(r.Timeline, func(i, j int) bool {
		a, b := r.Timeline[i], r.Timeline[j]
		if a.Date != b.Date {
			return a.Date < b.Date
		}
		if pa, pb := precisionRank(a.Precision), precisionRank(b.Precision); pa != pb {
			return pa > pb // a whole year sorts before its first day's event
		}
		return a.EventID < b.EventID
	})
}

func (r *Report) buildConflicts(rows []dataset.Conflict, byID map[string]*Source) {
	events := map[string]*TimelineRow{}
	for i := range r.Timeline {
		events[r.Timeline[i].EventID] = &r.Timeline[i]
	}
	for _, c := range rows {
		row := ConflictRow{Conflict: c}
		for i, id := range c.SourceIDs {
			s := byID[id]
			if s == nil {
				continue
			}
			v := ""
			if i < len(c.SourceValues) {
				v = c.SourceValues[i]
			}
			row.Claims = append(row.Claims, Claim{Source: s, Value: v})
		}
		sort.SliceStable(row.Claims, func(i, j int) bool { return row.Claims[i].Source.Row < row.Claims[j].Source.Row })
		if c.EventID != nil {
			row.Event = events[*c.EventID]
		}
		r.Conflicts = append(r.Conflicts, row)
	}
	sort.SliceStable(r.Conflicts, func(i, j int) bool {
		a, b := r.Conflicts[i], r.Conflicts[j]
		if a.Kind != b.Kind {
			return a.Kind < b.Kind
		}
		if a.Subject != b.Subject {
			return a.Subject < b.Subject
		}
		return a.ConflictID < b.ConflictID
	})
}

func (r *Report) buildCoverage(mentions []dataset.EventMention, byID map[string]*Source) {
	c := &r.Coverage
	for i := range r.Sources {
		c.Sources = append(c.Sources, &r.Sources[i])
	}
	idx := map[string]int{}
	for i := range r.Timeline {
		c.Events = append(c.Events, &r.Timeline[i])
		idx[r.Timeline[i].EventID] = i
	}
	c.Count = make([][]int, len(c.Events))
	for i := range c.Count {
		c.Count[i] = make([]int, len(c.Sources))
	}
	for _, m := range mentions {
		i, ok := idx[m.EventID]
		s := byID[m.SourceID]
		if ok && s != nil {
			c.Count[i][s.Row]++
		}
	}
}

func (r *Report) buildSpeakers() {
	type acc struct {
		n   int
		src map[string]bool
	}
	accs := map[string]*acc{}
	for _, q := range r.Quotes {
		name := q.SpeakerName()
		a := accs[name]
		if a == nil {
			a = &acc{src: map[string]bool{}}
			accs[name] = a
		}
		a.n++
		if q.Source != nil {
			a.src[q.Source.ID] = true
		}
	}
	for name, a := range accs {
		r.Speakers = append(r.Speakers, SpeakerCount{Speaker: name, Quotes: a.n, Sources: len(a.src)})
	}
	sort.Slice(r.Speakers, func(i, j int) bool {
		a, b := r.Speakers[i], r.Speakers[j]
		if a.Quotes != b.Quotes {
			return a.Quotes > b.Quotes
		}
		return a.Speaker < b.Speaker
	})
}

// buildFocus finds the FocusDays-day window holding the most
// day-precision events (the latest such window on a tie).
func (r *Report) buildFocus() {
	var days []dataset.Date
	for _, e := range r.Timeline {
		if e.Precision == dataset.PrecisionDay {
			days = append(days, e.Date)
		}
	}
	if len(days) == 0 {
		for _, e := range r.Timeline {
			days = append(days, e.Date)
		}
	}
	if len(days) == 0 {
		return
	}
	// r.Timeline is in date order, so days is too.
	best, bi, bj := 0, 0, 0
	j := 0
	for i := range days {
		for j < len(days) && days[j]-days[i] < FocusDays {
			j++
		}
		if j-i >= best {
			best, bi, bj = j-i, i, j-1
		}
	}
	f := &Focus{From: days[bi], To: days[bj]}
	for _, e := range r.Timeline {
		if e.Date >= f.From && e.Date <= f.To {
			f.Events++
		}
	}
	r.Focus = f
}

func (r *Report) buildPeriods() {
	if len(r.Timeline) == 0 {
		return
	}
	if f := r.Focus; f != nil && int(f.To-f.From) < DailyDays {
		r.buildDays(f)
		return
	}
	first, last := r.Timeline[0].Date.Time(), r.Timeline[len(r.Timeline)-1].Date.Time()
	yearly := last.Year()-first.Year() > 10
	var cur *PeriodCount
	for _, e := range r.Timeline {
		t := e.Date.Time()
		start, label := dataset.NewDate(t.Year(), t.Month(), 1), t.Format("2006-01")
		if yearly {
			start, label = dataset.NewDate(t.Year(), 1, 1), t.Format("2006")
		}
		if cur == nil || cur.Start != start {
			r.Periods = append(r.Periods, PeriodCount{Start: start, Label: label})
			cur = &r.Periods[len(r.Periods)-1]
		}
		cur.Events++
	}
}

// buildDays counts events per day of the focus, every day shown, with one
// bar for the events before it and one for those after.
func (r *Report) buildDays(f *Focus) {
	var before, after PeriodCount
	before.Label, after.Label = "earlier", "later"
	days := make([]PeriodCount, int(f.To-f.From)+1)
	for i := range days {
		days[i].Start = f.From + dataset.Date(i)
		days[i].Label = days[i].Start.String()
	}
	for _, e := range r.Timeline {
		switch {
		case e.Date < f.From:
			if before.Events == 0 {
				before.Start = e.Date
			}
			before.Events++
		case e.Date > f.To:
			if after.Events == 0 {
				after.Start = e.Date
			}
			after.Events++
		default:
			days[e.Date-f.From].Events++
		}
	}
	if before.Events > 0 {
		r.Periods = append(r.Periods, before)
	}
	r.Periods = append(r.Periods, days...)
	if after.Events > 0 {
		r.Periods = append(r.Periods, after)
	}
}

func (r *Report) buildSummary() {
	s := &r.Summary
	s.Sources, s.Quotes, s.Figures = len(r.Sources), len(r.Quotes), len(r.Figures)
	s.Events, s.Conflicts = len(r.Timeline), len(r.Conflicts)
	langs := map[string]bool{}
	for _, src := range r.Sources {
		langs[src.Language] = true
	}
	s.Languages = len(langs)
	for _, sp := range r.Speakers {
		if sp.Speaker != Unattributed {
			s.Speakers++
		}
	}
	if n := len(r.Timeline); n > 0 {
		first, last := r.Timeline[0].Date, r.Timeline[n-1].Date
		s.First, s.Last = &first, &last
	}
}

// Names returns the names of sources, joined by ", ".
func Names(sources []*Source) string {
	names := make([]string, len(sources))
	for i, s := range sources {
		names[i] = s.Name
	}
	return strings.Join(names, ", ")
}

// IDs returns the ids of sources, joined by ", ".
func IDs(sources []*Source) string {
	ids := make([]string, len(sources))
	for i, s := range sources {
		ids[i] = s.ID
	}
	return strings.Join(ids, ", ")
}

type sentKey struct {
	src string
	id  int32
}

func sentenceRows(rows []dataset.Sentence) map[sentKey]dataset.Sentence {
	m := make(map[sentKey]dataset.Sentence, len(rows))
	for _, s := range rows {
		m[sentKey{s.SourceID, s.SentenceID}] = s
	}
	return m
}

func sentenceIndex(rows []dataset.Sentence) map[sentKey]string {
	m := make(map[sentKey]string, len(rows))
	for _, s := range rows {
		m[sentKey{s.SourceID, s.SentenceID}] = strings.TrimSpace(s.Text)
	}
	return m
}

func lessSpan(a, b *Source, sa, sb int64) bool {
	ra, rb := rowOf(a), rowOf(b)
	if ra != rb {
		return ra < rb
	}
	return sa < sb
}

func rowOf(s *Source) int {
	if s == nil {
		return 1 << 30
	}
	return s.Row
}

func precisionRank(p string) int {
	switch p {
	case dataset.PrecisionDay:
		return 0
	case dataset.PrecisionMonth:
		return 1
	case dataset.PrecisionYear:
		return 2
	case dataset.PrecisionDecade:
		return 3
	}
	return 4
}

func sortedKeys(m map[string]bool) []string {
	return slices.Sorted(maps.Keys(m))
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

// titleRunes is how much of a title a source's name keeps.
const titleRunes = 36

// Ways a source is named, in Source.NamedAfter.
const (
	NamedAfterOutlet = "outlet"
	NamedAfterURL    = "URL host"
	NamedAfterFile   = "file name"
)

// sourceWho names who published s: the outlet, else the host of its URL,
// else its file name without extension; and which of the three it is.
func sourceWho(s dataset.Source) (string, string) {
	if o := strings.TrimSpace(deref(s.Outlet)); o != "" {
		return o, NamedAfterOutlet
	}
	if h := urlHost(deref(s.URL)); h != "" {
		return h, NamedAfterURL
	}
	return firstNonEmpty(baseName(s.Path), s.SourceID), NamedAfterFile
}

// urlHost returns the host of an http(s) address without "www.", or "".
func urlHost(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

func baseName(p string) string {
	if i := strings.LastIndex(p, "/"); i >= 0 {
		p = p[i+1:]
	}
	if i := strings.LastIndex(p, "."); i > 0 {
		p = p[:i]
	}
	return p
}
