// Package quotes finds who said what in an article: direct, partial and
// indirect quotes with their speakers, and the named mentions of those
// speakers that the entities package merges across articles.
//
// Quotation spans come from pairing quotation marks paragraph by paragraph
// (curly, straight, single, guillemets, „ “), with the convention for
// quotations over several paragraphs and no span ever crossing a paragraph
// that does not continue the quotation. Speakers come from speech cues
// around each span (per-language data in lexicon/*.tsv): "…," Rama said;
// said Rama; Rama said: "…"; according to X; NATO: "…"; "…," ujarnya.
// Pronouns and role nouns are resolved to the nearest fitting named person
// of the article, a quotation without a cue takes the speaker of the one
// just before it, and a short name takes the fullest form the article
// gives (Rama → Edi Rama).
//
// It does not merge names across articles (the entities package does), does
// not tell speakers apart by gender, and does not attribute beliefs or
// intentions (PolNeAR's "thinks", "wants") as speech.
package quotes

import (
	"sort"

	"newsdesk/dataset"
)

// Result is what one article yields.
type Result struct {
	Quotes   []dataset.Quote         // Speaker holds the in-article full name; build canonicalises it
	Mentions []dataset.EntityMention // named people, organisations, places
}

// Extract finds the quotes of doc. It is safe for concurrent use.
func Extract(doc *dataset.Doc) Result {
	x := newExtractor(doc)
	x.run()
	return x.result()
}

func (x *extractor) result() Result {
	var res Result
	seen := map[string]bool{}
	for _, f := range x.found {
		q := dataset.Quote{
			SourceID:   x.doc.Source.SourceID,
			SentenceID: x.doc.SentenceAt(int64(f.start)),
			Start:      int64(f.start),
			End:        int64(f.end),
			Text:       x.doc.Span(int64(f.start), int64(f.end)),
			Kind:       f.kind,
		}
		q.QuoteID = dataset.ID(q.SourceID, "quote", dataset.SpanKey(q.Start, q.End), q.Kind)
		if seen[q.QuoteID] {
			continue
		}
		seen[q.QuoteID] = true
		q.Speaker = dataset.Str(f.speaker)
		q.SpeakerText = dataset.Str(f.speakerText)
		q.Cue = dataset.Str(f.cue)
		res.Quotes = append(res.Quotes, q)
	}
	sort.SliceStable(res.Quotes, func(i, j int) bool {
		a, b := res.Quotes[i], res.Quotes[j]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		if a.End != b.End {
			return a.End < b.End
		}
		return a.Kind < b.Kind
	})
	runs := make([]int, 0, len(x.mentioned))
	for r := range x.mentioned {
		runs = append(runs, r)
	}
	sort.Ints(runs)
	for _, r := range runs {
		run := x.runs[r]
		s, e := x.toks[run.from].start, x.toks[run.to-1].end
		res.Mentions = append(res.Mentions, dataset.EntityMention{
			SourceID: x.doc.Source.SourceID, Start: int64(s), End: int64(e),
			Text: string(x.runes[s:e]), Type: run.typ,
		})
	}
	return res
}
