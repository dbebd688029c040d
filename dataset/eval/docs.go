package eval

import (
	"newsdesk/dataset"
	"newsdesk/dataset/segment"
)

// NewDoc builds the Doc an extractor sees from a corpus text, as the build
// would from a cleaned article: the text is taken as it is (corpus offsets
// index it), segmented in language lang, with publication date published
// (nil when unknown).
func NewDoc(id, text, lang string, published *dataset.Date) *dataset.Doc {
	src := dataset.Source{SourceID: id, Path: id, Language: lang, Published: published, Text: text}
	return dataset.NewDoc(src, segment.Rows(id, text, lang))
}

// PRF holds true positives and the counts they are scored against.
type PRF struct{ TP, Pred, Gold int }

// P, R and F1 in percent.
func (s PRF) P() float64 { return pct(s.TP, s.Pred) }
func (s PRF) R() float64 { return pct(s.TP, s.Gold) }
func (s PRF) F1() float64 {
	p, r := s.P(), s.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}
