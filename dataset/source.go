package dataset

// Source is one input article: the sources table.
type Source struct {
	SourceID          string  `col:"source_id" desc:"Stable id of the article: the first 16 hex digits of the sha256 of its bytes."`
	Path              string  `col:"path" desc:"Input file path relative to the project root, /-separated (e.g. seeds/001_x.txt)."`
	SHA256            string  `col:"sha256" desc:"Hex sha256 of the input file's bytes."`
	Bytes             int64   `col:"bytes" desc:"Input file size in bytes."`
	Language          string  `col:"language" desc:"ISO 639-1 code of the article (en, id, ...), und when it cannot be told."`
	LanguageEvidence  string  `col:"language_evidence" desc:"How language was obtained: manifest, or detected:<confidence>."`
	Title             *string `col:"title" desc:"Headline when one can be found or is given in manifest.csv."`
	Outlet            *string `col:"outlet" desc:"Publisher or wire service when it can be found (e.g. a dateline) or is given in manifest.csv."`
	Author            *string `col:"author" desc:"Who wrote the article, when given in manifest.csv or named by a byline at the top of the file (By Jane Doe); several writers are joined by ', '."`
	URL               *string `col:"url" desc:"Address of the article when given in manifest.csv."`
	Published         *Date   `col:"published" desc:"Publication date when given or inferred."`
	PublishedEvidence *string `col:"published_evidence" desc:"How published was obtained (manifest, dateline, inferred:...), or why it was left null (ambiguous:...)."`
	Text              string  `col:"text" desc:"Cleaned article text (boilerplate removed, Unicode NFC, \\n line ends) that every start/end offset indexes, in code points."`
}

// Sentence is one sentence of an article: the sentences table. Sentences
// tile the text: together they cover every code point of sources.text.
type Sentence struct {
	SourceID   string `col:"source_id" desc:"The article (sources.source_id)."`
	SentenceID int32  `col:"sentence_id" desc:"0-based order within the source; (source_id, sentence_id) is the primary key."`
	Start      int64  `col:"start" desc:"Start of the sentence in sources.text, in code points (inclusive)."`
	End        int64  `col:"end" desc:"End of the sentence in sources.text, in code points (exclusive)."`
	Text       string `col:"text" desc:"The sentence, exactly sources.text[start:end]."`
}

// Doc is one cleaned article as the extractors see it: its source row and
// its sentences. Extractors must treat it as read-only; several run on the
// same Doc at once.
type Doc struct {
	Source    Source
	Sentences []Sentence
	runes     []rune
}

// NewDoc returns a Doc for src and its sentences.
func NewDoc(src Source, sents []Sentence) *Doc {
	return &Doc{Source: src, Sentences: sents, runes: []rune(src.Text)}
}

// Runes returns the text as code points, the unit of every offset.
func (d *Doc) Runes() []rune { return d.runes }

// Span returns the text of [start, end) in code points.
func (d *Doc) Span(start, end int64) string {
	s, _ := Slice(d.runes, start, end)
	return s
}

// SentenceAt returns the sentence_id of the sentence that holds code point
// offset off, or the last sentence when off is at the end of the text.
func (d *Doc) SentenceAt(off int64) int32 {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		if d.Sentences[m].End <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo >= len(d.Sentences) {
		lo = len(d.Sentences) - 1
	}
	if lo < 0 {
		return 0
	}
	return d.Sentences[lo].SentenceID
}
