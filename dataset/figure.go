package dataset

// Figure is one number that counts something: the figures table.
type Figure struct {
	FigureID    string   `col:"figure_id" desc:"Stable id of the figure, derived from source and span."`
	SourceID    string   `col:"source_id" desc:"The article (sources.source_id)."`
	SentenceID  int32    `col:"sentence_id" desc:"Sentence that holds the figure."`
	Start       int64    `col:"start" desc:"Start of the whole figure phrase in sources.text, in code points."`
	End         int64    `col:"end" desc:"End of the figure phrase, in code points (exclusive)."`
	Text        string   `col:"text" desc:"The figure phrase, e.g. about 3,000 members, sekitar 3.000 anggota."`
	Value       float64  `col:"value" desc:"Normalised number (3000, 4, 24); for a range, its low end; for a vague magnitude (thousands of), the magnitude."`
	ValueHigh   *float64 `col:"value_high" desc:"High end of a range (10 to 15 gives 15), null otherwise."`
	Unit        *string  `col:"unit" desc:"Canonical unit (hour, metre, percent, USD, IDR) or the counted thing as an English singular noun (member, diplomat, police officer); an Indonesian noun the lexicon cannot translate is kept as written (karung); null when nothing counted follows."`
	Approximate bool     `col:"approximate" desc:"True when hedged (about, nearly, some, more than, sekitar, hampir) or vague (thousands of)."`
	Hedge       *string  `col:"hedge" desc:"The hedge word as written (about, sekitar), null when none."`
}
