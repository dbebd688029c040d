// Package quotes finds who said what in an article: direct, partial and
// indirect quotes with their speakers, and the named mentions of those
// speakers that the entities package merges across articles.
//
// Spans. Quotation marks are paired paragraph by paragraph: curly and
// straight double marks, two apostrophes used as one (NYT text), two
// backticks opening what two apostrophes close (AP newswire), single
// curly marks (an apostrophe inside a word, attacker’s or L’Asia, is no
// mark; nor is a single mark that nothing closes in its paragraph, Tell
// 'em or in 't Veld, nor two around a letter, rock 'n' roll), guillemets
// and „ “. A quotation left open at the end of a paragraph continues
// only when the next paragraph opens with a mark (the convention for
// quotations over several paragraphs) or closes it before opening another
// (text with a line per sentence); otherwise it ends
// with its paragraph, so a lost mark never runs across the article. A mark
// misplaced before a cue clause (…, “it wrote.) is read as the closing mark
// it was meant to be. A title in marks ("Saturday Night Live", after an
// article or a preposition, or with no speaker at all) is not speech.
//
// Kinds. A quotation that opens a paragraph or follows a colon, a comma or
// a sentence end is direct; one inside a sentence is partial (called the
// move "short-sighted"). Indirect speech is one clause per sentence without
// marks: X said (that) …, X denied that …, according to X, …, menurut X,
// …, X mengatakan bahwa …, …, kata X.
//
// Speakers. The cue and speaker phrase come from the words next to the
// quotation ("…," Rama said; said Rama; Rama said: "…"; NATO: "…"; "…,"
// ujarnya), then from the clause before it, then, for a fragment, from the
// subject of its sentence; a quotation with no cue takes the speaker of the
// quotation just before it (same or previous paragraph). Titles and roles
// are stripped from names (National Security Council spokeswoman Adrienne
// Watson → Adrienne Watson); a pronoun or a -nya clitic is resolved to the
// speaker of the nearest sentence before it that reports speech, else to
// that sentence's subject, agreeing in gender when a title, a first name
// (lexicon tags male, female) or a possessive tells it; "it" is the
// organisation that is the subject of the nearest sentence (never a
// caption); a definite role noun (the prime minister, the vice
// president) is the person whose title holds the longest part of it; a
// text that speaks (the statement said) is the subject of the sentence
// that brought it in, the group or the company the nearest organisation;
// an organisation or state speaks for itself (Iran's foreign ministry, the
// MEK); "I" outside quotation marks is the writer the text presents (a
// closing line, a letter's signature, a headline) or else the one writer
// the byline names (sources.author). A quotation opening a paragraph after narrative takes the person
// the paragraph before is about; a byline may follow in the next
// paragraph (¶ - Sanders.). The speaker is the fullest form of the name in
// the article (Rama → Edi Rama, never Mrs. Clinton → Bill Clinton); it is
// null when the article names nobody (a source, one official, a senior
// Cruz adviser, seorang pejabat Kemlu, one tweet).
//
// All language knowledge (cues, titles, roles, organisation and place
// words, stop words) is data in lexicon/<lang>.tsv; a language without a
// file uses English. The package does not merge names across articles (the
// entities package does), does not attribute beliefs or intentions
// ("thinks", "wants") as speech, and resolves pronouns by position, not by
// a parser: a pronoun whose antecedent is not the subject of a nearby
// sentence may get the wrong person.
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
