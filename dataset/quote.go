package dataset

// Quote kinds.
const (
	KindDirect   = "direct"
	KindPartial  = "partial"
	KindIndirect = "indirect"
)

// Quote is one quotation in an article: the quotes table.
type Quote struct {
	QuoteID     string  `col:"quote_id" desc:"Stable id of the quote, derived from source, span and kind."`
	SourceID    string  `col:"source_id" desc:"The article (sources.source_id)."`
	SentenceID  int32   `col:"sentence_id" desc:"Sentence where the quote starts."`
	Start       int64   `col:"start" desc:"Start of the quoted words (without quotation marks) in sources.text, in code points."`
	End         int64   `col:"end" desc:"End of the quoted words in sources.text, in code points (exclusive)."`
	Text        string  `col:"text" desc:"The quoted words, exactly sources.text[start:end]."`
	Kind        string  `col:"kind" desc:"direct (a full quoted statement), partial (a quoted fragment inside reported speech) or indirect (reported speech without quotation marks)."`
	Speaker     *string `col:"speaker" desc:"Canonical name of who said it (entities.name), null when the article does not say."`
	SpeakerText *string `col:"speaker_text" desc:"The words in the article that name the speaker (may be a pronoun or role noun)."`
	Cue         *string `col:"cue" desc:"The speech verb or cue (said, added, mengatakan, according to)."`
}

// Entity is a person, organisation or place with its aliases: the entities
// table.
type Entity struct {
	EntityID string   `col:"entity_id" desc:"Stable id of the entity, derived from its canonical name and type."`
	Name     string   `col:"name" desc:"Canonical name."`
	Type     string   `col:"type" desc:"person, organization, location or other."`
	Aliases  []string `col:"aliases" desc:"Every surface form seen in the articles, sorted."`
}

// EntityMention is one named mention found in an article, before mentions
// are merged into entities across articles. It is not a table.
type EntityMention struct {
	SourceID string
	Start    int64
	End      int64
	Text     string // surface form
	Type     string // person, organization, location, other
}
