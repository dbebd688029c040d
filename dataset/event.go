package dataset

// Date precisions.
const (
	PrecisionDay    = "day"
	PrecisionMonth  = "month"
	PrecisionYear   = "year"
	PrecisionDecade = "decade"
)

// Event is one happening, clustered across articles: the events table.
type Event struct {
	EventID   string `col:"event_id" desc:"Stable id of the event, derived from its mentions."`
	Date      Date   `col:"date" desc:"First day of the period the event is dated to."`
	Precision string `col:"precision" desc:"day, month, year or decade."`
	Type      string `col:"type" desc:"Event class from the trigger lexicon (cyberattack, severance, expulsion, departure, statement, ...)."`
	Label     string `col:"label" desc:"Short human description."`
	NSources  int32  `col:"n_sources" desc:"Number of distinct sources that mention it."`
}

// EventMention is one place where an event is mentioned: the
// event_mentions table.
type EventMention struct {
	EventID    string  `col:"event_id" desc:"The event (events.event_id)."`
	SourceID   string  `col:"source_id" desc:"The article (sources.source_id)."`
	SentenceID int32   `col:"sentence_id" desc:"Sentence that holds the time expression."`
	Start      int64   `col:"start" desc:"Start of the time expression in sources.text, in code points."`
	End        int64   `col:"end" desc:"End of the time expression, in code points (exclusive)."`
	TimeText   string  `col:"time_text" desc:"The time expression (15 July, on Wednesday, hari Rabu, in 2014)."`
	Date       Date    `col:"date" desc:"The date this mention resolves to (first day of its period)."`
	Precision  string  `col:"precision" desc:"day, month, year or decade."`
	Value      string  `col:"value" desc:"The finer TIMEX3-style value the expression resolves to (2022-09-07, 2022-W36, 2022-Q3, 2022-SU, 199), of which date/precision is the enclosing contract period."`
	Trigger    *string `col:"trigger" desc:"The words of the sentence that gave the event its type (severed, serangan siber), null when none."`
}

// Conflict kinds.
const (
	ConflictDate   = "date"
	ConflictFigure = "figure"
)

// Conflict records where sources disagree: the conflicts table.
type Conflict struct {
	ConflictID string   `col:"conflict_id" desc:"Stable id of the conflict, derived from its kind and subject."`
	Kind       string   `col:"kind" desc:"date or figure."`
	Subject    string   `col:"subject" desc:"What the sources disagree about."`
	Values     []string `col:"values" desc:"The differing values, sorted."`
	SourceIDs  []string `col:"source_ids" desc:"The sources involved, sorted."`
	// SourceValues says which source gives which value.
	SourceValues []string `col:"source_values" desc:"The value each of source_ids gives, in the same order."`
	EventID      *string  `col:"event_id" desc:"For a date conflict, the event the sources date differently (events.event_id)."`
}
