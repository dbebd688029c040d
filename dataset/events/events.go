package events

import (
	"newsdesk/dataset"
)

// Mention is one time expression found in an article, what it says, the
// date it resolves to, and the happening its sentence reports.
type Mention struct {
	Start, End int64  // code point span of the time expression
	Text       string // the expression, doc.Span(Start, End)
	Sentence   int32  // sentence_id of Start
	Kind       string // date, numeric, weekday, relday, relunit, offset, quarter, season, decade, ref

	// What the expression says; zero when it does not say it.
	Year, Month, Day int
	Day2             int    // last day of a day range (7-8 September)
	Year2            int    // last year of a year range (between 2020 and 2022)
	NumA, NumB       int    // the two numbers of a numeric date before its order is known
	Weekday          int    // 0 Sunday … 6 Saturday; -1 when none
	Dir              int    // -1 last, 0 this or nearest, +1 next
	Unit             string // day, week, weekend, month, quarter, year, decade, hour, minute, second
	N                int    // signed count of Units from the base date
	After            string // base of an offset: "" the anchor, "prev" the previous date, else words naming an event
	Part             string // early, mid, late
	Quarter          int    // 1-4; -1 the quarter in focus (the 1988 quarter)
	YearRel          int    // this/last/next year's quarter: 0, -1, +1
	HasYearRel       bool
	Season           string // TIMEX3 season code: SP, SU, FA, WI
	Decade           int    // 199 for the 1990s
	Ref              string // PRESENT_REF, PAST_REF, FUTURE_REF
	Future           bool   // the sentence speaks of what will happen
	Past             bool   // the expression says it is past (since March)
	Deadline         bool   // the expression is a deadline (by May, until June)
	Holiday          string // a named day's rule from the lexicon (12-25, US-THANKSGIVING)
	Dateline         bool   // the expression only dates the article itself

	// Resolution; Precision is "" until resolved.
	Date      dataset.Date
	Precision string // day, week, month, quarter, season, year, decade
	Value     string // TIMEX3-style value: 2022-09-07, 2022-W36, 2022-Q3, 199, PRESENT_REF

	// The event an offset counts from (two days after the earthquake),
	// when After names one and it was dated: the article reports it too.
	BaseType      string
	BaseDate      dataset.Date
	BasePrecision string
	BaseValue     string

	// The happening.
	Type    string   // event type from the trigger lexicon, other when none
	Trigger string   // the trigger words as written
	Names   []string // capitalised names in the sentence, as written
	Nouns   []string // key lowercase nouns in the sentence
}

// Resolved reports whether m has a date.
func (m *Mention) Resolved() bool { return m.Precision != "" }

// Anchor is a publication date inferred for a source that has none.
type Anchor struct {
	Date     dataset.Date
	Evidence string
}

// Output is what Build produces for the whole corpus.
type Output struct {
	Events    []dataset.Event
	Mentions  []dataset.EventMention
	Conflicts []dataset.Conflict
	Anchors   map[string]Anchor // source_id → inferred publication date
}
