package dataset

import (
	"reflect"
	"sort"
)

// Tables is one complete dataset: every table of the contract.
type Tables struct {
	Sources       []Source
	Sentences     []Sentence
	Quotes        []Quote
	Figures       []Figure
	Events        []Event
	EventMentions []EventMention
	Entities      []Entity
	Conflicts     []Conflict
}

// Table describes one table of the contract: its name, what a row is, its
// keys and its spans. The column names, types and descriptions come from
// the row struct's `col` and `desc` tags, so they are written once.
type Table struct {
	Name        string
	Description string
	PrimaryKey  []string
	ForeignKeys []ForeignKey
	// Span names the start, end and text columns whose text must equal
	// sources.text[start:end] of the row's source_id; empty when none.
	Span *Span
	// Rows returns a pointer to the table's row slice in t (e.g.
	// &t.Quotes), so that readers can fill it and writers can read it.
	Rows func(t *Tables) any
}

// ForeignKey says that Columns of a table reference the primary key of
// another table.
type ForeignKey struct {
	Columns   []string
	Reference string // table name
	RefCols   []string
}

// Span names the columns of a span.
type Span struct{ Start, End, Text string }

var textSpan = &Span{Start: "start", End: "end", Text: "text"}

func fkSource() ForeignKey {
	return ForeignKey{Columns: []string{"source_id"}, Reference: "sources", RefCols: []string{"source_id"}}
}

// Registry lists every table in the order they are written and documented.
var Registry = []Table{
	{Name: "sources", Description: "One row per input article, with its cleaned text.",
		PrimaryKey: []string{"source_id"},
		Rows:       func(t *Tables) any { return &t.Sources }},
	{Name: "sentences", Description: "Sentences of each article, tiling sources.text: provenance for every other table.",
		PrimaryKey: []string{"source_id", "sentence_id"}, ForeignKeys: []ForeignKey{fkSource()}, Span: textSpan,
		Rows: func(t *Tables) any { return &t.Sentences }},
	{Name: "quotes", Description: "Who said what: one row per quotation, direct, partial or indirect.",
		PrimaryKey: []string{"quote_id"}, ForeignKeys: []ForeignKey{fkSource(), fkSentence()}, Span: textSpan,
		Rows: func(t *Tables) any { return &t.Quotes }},
	{Name: "figures", Description: "Every number that counts something, with value, unit and hedge.",
		PrimaryKey: []string{"figure_id"}, ForeignKeys: []ForeignKey{fkSource(), fkSentence()}, Span: textSpan,
		Rows: func(t *Tables) any { return &t.Figures }},
	{Name: "events", Description: "Dated happenings, clustered across articles.",
		PrimaryKey: []string{"event_id"},
		Rows:       func(t *Tables) any { return &t.Events }},
	{Name: "event_mentions", Description: "Where each event is mentioned: the time expression and the date it resolves to.",
		PrimaryKey: []string{"event_id", "source_id", "start"},
		ForeignKeys: []ForeignKey{
			{Columns: []string{"event_id"}, Reference: "events", RefCols: []string{"event_id"}},
			fkSource(), fkSentence()},
		Span: &Span{Start: "start", End: "end", Text: "time_text"},
		Rows: func(t *Tables) any { return &t.EventMentions }},
	{Name: "entities", Description: "People, organisations and places, with every surface form seen.",
		PrimaryKey: []string{"entity_id"},
		Rows:       func(t *Tables) any { return &t.Entities }},
	{Name: "conflicts", Description: "Where sources disagree on a date or a number.",
		PrimaryKey: []string{"conflict_id"},
		ForeignKeys: []ForeignKey{
			{Columns: []string{"event_id"}, Reference: "events", RefCols: []string{"event_id"}}},
		Rows: func(t *Tables) any { return &t.Conflicts }},
}

func fkSentence() ForeignKey {
	return ForeignKey{Columns: []string{"source_id", "sentence_id"}, Reference: "sentences", RefCols: []string{"source_id", "sentence_id"}}
}

// Lookup returns the table named name.
func Lookup(name string) (Table, bool) {
	for _, t := range Registry {
		if t.Name == name {
			return t, true
		}
	}
	return Table{}, false
}

// Column describes one column of a table, read from the row struct's tags.
type Column struct {
	Name        string
	Description string
	Field       int          // index of the struct field
	Type        reflect.Type // Go type of the field
	Nullable    bool         // pointer fields are nullable
}

// RowType returns the Go type of one row of t.
func (t Table) RowType() reflect.Type {
	var tabs Tables
	return reflect.TypeOf(t.Rows(&tabs)).Elem().Elem()
}

// Columns lists t's columns in order.
func (t Table) Columns() []Column {
	rt := t.RowType()
	cols := make([]Column, 0, rt.NumField())
	for i := 0; i < rt.NumField(); i++ {
		f := rt.Field(i)
		name := f.Tag.Get("col")
		if name == "" {
			continue
		}
		cols = append(cols, Column{Name: name, Description: f.Tag.Get("desc"), Field: i, Type: f.Type,
			Nullable: f.Type.Kind() == reflect.Pointer})
	}
	return cols
}

// Sort puts every table in its canonical order: by primary key. Sorting is
// what makes the output independent of worker scheduling.
func (t *Tables) Sort() {
	sort.Slice(t.Sources, func(i, j int) bool { return t.Sources[i].SourceID < t.Sources[j].SourceID })
	sort.Slice(t.Sentences, func(i, j int) bool {
		a, b := t.Sentences[i], t.Sentences[j]
		if a.SourceID != b.SourceID {
			return a.SourceID < b.SourceID
		}
		return a.SentenceID < b.SentenceID
	})
	sortBySpan(t.Quotes, func(q Quote) (string, int64, int64, string) { return q.SourceID, q.Start, q.End, q.QuoteID })
	sortBySpan(t.Figures, func(f Figure) (string, int64, int64, string) { return f.SourceID, f.Start, f.End, f.FigureID })
	sort.Slice(t.Events, func(i, j int) bool {
		a, b := t.Events[i], t.Events[j]
		if a.Date != b.Date {
			return a.Date < b.Date
		}
		return a.EventID < b.EventID
	})
	sortBySpan(t.EventMentions, func(m EventMention) (string, int64, int64, string) {
		return m.SourceID, m.Start, m.End, m.EventID
	})
	sort.Slice(t.Entities, func(i, j int) bool { return t.Entities[i].EntityID < t.Entities[j].EntityID })
	sort.Slice(t.Conflicts, func(i, j int) bool { return t.Conflicts[i].ConflictID < t.Conflicts[j].ConflictID })
}

func sortBySpan[T any](rows []T, key func(T) (string, int64, int64, string)) {
	sort.Slice(rows, func(i, j int) bool {
		as, ab, ae, aid := key(rows[i])
		bs, bb, be, bid := key(rows[j])
		if as != bs {
			return as < bs
		}
		if ab != bb {
			return ab < bb
		}
		if ae != be {
			return ae < be
		}
		return aid < bid
	})
}
