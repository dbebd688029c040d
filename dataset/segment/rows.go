package segment

import "newsdesk/dataset"

// Rows returns the sentences table rows of text (the source sourceID, in
// language lang): Sentences as dataset.Sentence rows, each holding its own
// text. The build, the evaluation and the extractors' tests all make their
// sentences here, so that they see the same ones.
func Rows(sourceID, text, lang string) []dataset.Sentence {
	spans := Sentences(text, lang)
	runes := []rune(text)
	rows := make([]dataset.Sentence, len(spans))
	for i, s := range spans {
		rows[i] = dataset.Sentence{SourceID: sourceID, SentenceID: int32(i), Start: s.Start, End: s.End,
			Text: string(runes[s.Start:s.End])}
	}
	return rows
}
