package eval

import (
	"bufio"
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsdesk/dataset"
	"newsdesk/dataset/entities"
	"newsdesk/dataset/meta"
	"newsdesk/dataset/quotes"
)

// quotesSuites are the evaluations of the quotes extractor.
//
// PolNeAR (polnear/gold_polnear_traindev.jsonl): the dev compartment is
// scored; train is for study. Two environment variables help the study
// and never change the printed dev score: QUOTES_EVAL_COMPARTMENT=train
// scores another compartment, QUOTES_EVAL_ERRORS=<file> writes every miss,
// false alarm and wrong speaker there (IFN: a missed indirect content; OK:
// a right speaker, for studying the scoring itself).
//
// Speaker scoring. A named gold source matches when it shares its head
// name with the predicted speaker; a role source that names its person in
// apposition (the White House spokesman, Josh Earnest,) counts as that
// name; a prediction equal to the annotated source span (Powell's office)
// matches. A phrase's head is read before what follows its noun: the
// senator from Vermont is a role, not the name Vermont, and a spokesman
// for Bernie Sanders is not Sanders. A gold quote with no annotated
// source is not scored. PolNeAR
// has no coreference, so a pronoun or role source (he, the group) is
// scored against its referent in referents/polnear.tsv: every such dev
// source, read in its article by annotators who never saw the extractor's
// output (75 double-annotated, all agreeing), NONE when the article names
// nobody; train has them too, for every quote matched when they were
// made. A source without a referent there (a quote matched only later)
// falls back on the positional stand-in: the nearest named gold source
// before it, and nobody for an indefinite one (a source close to the
// campaign). The stand-in score is printed too; on the 120 train sources
// first annotated the stand-in was the referent 59% of the time, so it is
// a poor judge.
func quotesSuites() []Suite {
	return []Suite{{Name: "quotes", Corpus: "polnear", Run: runPolnear}, {Name: "quotes/meantime", Corpus: "meantime-en", Run: runMeantimeQuotes}}
}

//go:embed referents/polnear.tsv
var referentsTSV string

// referents maps compartment, doc id and source offset to the annotated
// referent of a pronoun or role source ("" for NONE).
func referents() map[string]string {
	out := map[string]string{}
	for _, line := range strings.Split(referentsTSV, "\n") {
		f := strings.Split(line, "\t")
		if len(f) < 5 || strings.HasPrefix(line, "#") || f[0] == "compartment" {
			continue
		}
		ref := f[4]
		if ref == "NONE" || ref == "?" {
			ref = ""
		}
		out[f[0]+"\t"+f[1]+"\t"+f[2]] = ref
	}
	return out
}

type polnearSpan struct {
	Segments [][2]int `json:"segments"`
	Text     string   `json:"text"`
}

type polnearDoc struct {
	DocID        string `json:"doc_id"`
	Annotator    string `json:"annotator"`
	Compartment  string `json:"compartment"`
	Date         string `json:"publication_date"`
	Author       string `json:"author"`
	Text         string `json:"text"`
	Attributions []struct {
		Source  *polnearSpan `json:"source"`
		Cue     *polnearSpan `json:"cue"`
		Content *polnearSpan `json:"content"`
	} `json:"attributions"`
}

// readPolnear returns the documents of one compartment, one annotation per
// document (the first annotator in name order), sorted by id.
func readPolnear(path, compartment string) ([]polnearDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	byID := map[string]polnearDoc{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for line := 1; sc.Scan(); line++ {
		var d polnearDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		if d.Compartment != compartment {
			continue
		}
		if old, ok := byID[d.DocID]; !ok || d.Annotator < old.Annotator {
			byID[d.DocID] = d
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", path, err)
	}
	docs := make([]polnearDoc, 0, len(byID))
	for _, d := range byID {
		docs = append(docs, d)
	}
	sort.Slice(docs, func(i, j int) bool { return docs[i].DocID < docs[j].DocID })
	return docs, nil
}

// goldContent is one gold attribution, its content segments in code points.
type goldContent struct {
	segs    [][2]int
	length  int
	quoted  bool // holds or touches a quotation mark
	source  string
	srcSpan [2]int
	resolve string // for a pronoun source: the nearest named source before it
	literal string // the source span as annotated
	cue     string
}

func runPolnear(ctx context.Context, dir string, w io.Writer) error {
	path := filepath.Join(dir, "gold_polnear_traindev.jsonl")
	if _, err := os.Stat(path); err != nil {
		fmt.Fprintf(w, "   skipped: %s not found\n", path)
		return nil
	}
	compartment := "dev"
	if c := os.Getenv("QUOTES_EVAL_COMPARTMENT"); c != "" {
		compartment = c
	}
	docs, err := readPolnear(path, compartment)
	if err != nil {
		return err
	}
	var errs io.Writer = io.Discard
	if p := os.Getenv("QUOTES_EVAL_ERRORS"); p != "" {
		f, err := os.Create(p)
		if err != nil {
			return fmt.Errorf("cannot create %s: %w", p, err)
		}
		defer f.Close()
		bw := bufio.NewWriter(f)
		defer bw.Flush()
		errs = bw
	}
	s := polnearScore{refs: referents()}
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return err
		}
		s.add(d, errs)
	}
	fmt.Fprintf(w, "   PolNeAR %s: %d articles, %d gold quoted-speech contents, %d predicted direct/partial quotes\n",
		compartment, len(docs), s.goldQuoted, s.pred)
	p, r := pct(s.predHit, s.pred), pct(s.goldHit, s.goldQuoted)
	f1 := 0.0
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	fmt.Fprintf(w, "   quoted speech      P %5.1f  R %5.1f  F1 %5.1f   (overlap ≥ half of the shorter span)\n", p, r, f1)
	fmt.Fprintf(w, "   speaker accuracy   %5.1f%%  (%d/%d matched quotes; named gold source %d/%d; pronoun or role source %d/%d, %d of them by their annotated referent; %d without an annotated source and %d scored against another content that fits their quote better)\n",
		pct(s.spkOK, s.spkN), s.spkOK, s.spkN, s.namedOK, s.namedN, s.pronOK, s.pronN, s.pronRef, s.spkNone, s.spkElsewhere)
	fmt.Fprintf(w, "                      (of the pronoun or role sources: he or she %d/%d, any other pronoun, role or thing %d/%d; %d matched by resolving both names to one entity, not by head name)\n",
		s.heOK, s.heN, s.pronOK-s.heOK, s.pronN-s.heN, s.entityOK)
	fmt.Fprintf(w, "                      %5.1f%%  with the positional stand-in (nearest named gold source) for every pronoun or role source instead\n",
		pct(s.standInOK, s.spkN))
	fmt.Fprintf(w, "                      wrong speakers: %d, of them %d none predicted, %d a name where the article names nobody, %d another name; %d of the %d on a quote without a cue of its own; %d with a cue and none predicted\n",
		s.spkN-s.spkOK, s.missNobody, s.missNamed, s.missOther, s.missNoCue, s.spkN-s.spkOK, s.missCueNobody)
	fmt.Fprintf(w, "   indirect speech    R %5.1f  (%d/%d gold contents without quotation marks; %d predicted indirect, %d of them on a gold content)\n",
		pct(s.indHit, s.indGold), s.indHit, s.indGold, s.indPred, s.indPredHit)
	return nil
}

type polnearScore struct {
	refs                               map[string]string
	goldQuoted, goldHit, pred, predHit int
	spkN, spkOK, namedN, namedOK       int
	pronN, pronOK, pronRef, spkNone    int
	spkElsewhere                       int // matched, but their quote is scored against a content that fits it better
	entityOK                           int // spkOK by resolving both to one entity, not by head name
	standInOK                          int // spkOK with the positional stand-in for every pronoun or role source
	heN, heOK                          int // pronoun or role sources that are he or she
	// wrong speakers: none predicted, one predicted where the article
	// names nobody, another name; and those whose quote has no cue of its
	// own (a continuation, or a speaker inferred from the text around)
	missNobody, missNamed, missOther, missNoCue, missCueNobody int
	indGold, indHit, indPred, indPredHit                       int
}

// extractQuotes returns the quotes of an article and its names merged as
// the build merges them, so that a speaker and a gold source that resolve
// to one entity agree (MEK, Mujahedeen-e-Khalq).
func extractQuotes(doc *dataset.Doc) (quotes.Result, *entities.Resolver) {
	res := quotes.Extract(doc)
	return res, entities.Resolve(append(entities.Find(doc), res.Mentions...), nil)
}

func (s *polnearScore) add(d polnearDoc, errs io.Writer) {
	var pub *dataset.Date
	if t, err := dataset.ParseDate(d.Date); err == nil {
		pub = &t
	}
	doc := NewDoc(d.DocID, d.Text, "en", pub)
	// The byline is PolNeAR's author field, read as a byline is
	// ("None" is its null; "Susan Page, @susanpage, USA TODAY").
	if names := meta.BylineNames(d.Author); d.Author != "None" && len(names) > 0 {
		doc.Source.Author = dataset.Str(strings.Join(names, ", "))
	}
	res, ents := extractQuotes(doc)
	sameEntity := func(pred, want string) bool { return sameEntity(ents, doc.Source.SourceID, pred, want) }
	runes := []rune(d.Text)
	gold := goldContents(d, runes)

	var direct, indirect []dataset.Quote
	for _, q := range res.Quotes {
		if q.Kind == dataset.KindIndirect {
			indirect = append(indirect, q)
		} else {
			direct = append(direct, q)
		}
	}
	for _, q := range direct {
		s.pred++
		if best := bestMatch(q, gold, true); best >= 0 {
			s.predHit++
		} else {
			fmt.Fprintf(errs, "FP\t%s\t%d\t%q\tspeaker=%s\n", d.DocID, q.Start, clipText(q.Text), deref(q.Speaker))
		}
	}
	for _, q := range indirect {
		s.indPred++
		if bestMatch(q, gold, false) >= 0 {
			s.indPredHit++
		}
	}
	for i, g := range gold {
		if !g.quoted {
			s.indGold++
			if matchesAny(g, indirect) {
				s.indHit++
			} else {
				fmt.Fprintf(errs, "IFN\t%s\t%d\t%q\tsource=%q\tcue=%q\n", d.DocID, g.segs[0][0], clipText(goldText(runes, g)), g.literal, g.cue)
			}
			continue
		}
		s.goldQuoted++
		q, ok := bestPred(g, direct)
		if !ok {
			fmt.Fprintf(errs, "FN\t%s\t%d\t%q\tsource=%q\n", d.DocID, g.segs[0][0], clipText(goldText(runes, g)), g.source)
			continue
		}
		s.goldHit++
		if strings.TrimSpace(g.literal) == "" {
			// No source annotated: nothing to score the speaker against.
			s.spkNone++
			continue
		}
		if speakerGold(q, gold) != &gold[i] {
			// The quote is scored against the content that fits it
			// better: one who reported it (Schneider reported … in which
			// Adelson said: "…") is not its speaker, and no speaker
			// could be right for both.
			s.spkElsewhere++
			continue
		}
		s.spkN++
		want := g.source
		pron := g.resolve != "" || isPronounOrRole(g.source)
		he := pron && heShe(g.literal)
		standIn := want
		if pron {
			want = g.resolve
			if indefinite(g.source) {
				want = "" // a source, one official: the article names nobody
			}
			standIn = want
			if ref, ok := s.refs[d.Compartment+"\t"+d.DocID+"\t"+fmt.Sprint(g.srcSpan[0])]; ok {
				want = ref
				s.pronRef++
			}
			s.pronN++
			if he {
				s.heN++
			}
		} else {
			s.namedN++
		}
		if sameHead(deref(q.Speaker), standIn) || sameLiteral(deref(q.Speaker), g.literal) {
			s.standInOK++
		}
		byHead := sameHead(deref(q.Speaker), want) || sameLiteral(deref(q.Speaker), g.literal)
		byEntity := !byHead && sameEntity(deref(q.Speaker), want)
		if byEntity {
			s.entityOK++
			fmt.Fprintf(errs, "ENT\t%s\t%d\tgot=%q\tgold=%q (%q)\tsrc=%d\n", d.DocID, q.Start, deref(q.Speaker), want, g.source, g.srcSpan[0])
		}
		if byHead || byEntity {
			fmt.Fprintf(errs, "OK\t%s\t%d\tgot=%q\tgold=%q (%q)\tsrc=%d\n", d.DocID, q.Start, deref(q.Speaker), want, g.source, g.srcSpan[0])
			s.spkOK++
			if pron {
				s.pronOK++
				if he {
					s.heOK++
				}
			} else {
				s.namedOK++
			}
		} else {
			switch {
			case deref(q.Speaker) == "":
				s.missNobody++
			case strings.TrimSpace(want) == "":
				s.missNamed++
			default:
				s.missOther++
			}
			if deref(q.Cue) == "" {
				s.missNoCue++
			} else if deref(q.Speaker) == "" {
				s.missCueNobody++
			}
			fmt.Fprintf(errs, "SPK\t%s\t%d\tgot=%q\tgold=%q (%q)\tcue=%q text=%q\tsrc=%d\n", d.DocID, q.Start, deref(q.Speaker), want, g.source, deref(q.Cue), deref(q.SpeakerText), g.srcSpan[0])
		}
	}
}

func goldContents(d polnearDoc, runes []rune) []goldContent {
	var out []goldContent
	for _, a := range d.Attributions {
		if a.Content == nil || len(a.Content.Segments) == 0 {
			continue
		}
		g := goldContent{segs: a.Content.Segments, srcSpan: [2]int{-1, -1}}
		for _, sg := range g.segs {
			g.length += sg[1] - sg[0]
			lo, hi := max(sg[0]-2, 0), min(sg[1]+2, len(runes))
			if lo < hi && isQuotedGold(runes, lo, hi) {
				g.quoted = true
			}
		}
		if a.Cue != nil {
			g.cue = a.Cue.Text
		}
		if a.Source != nil {
			g.source = a.Source.Text
			g.literal = a.Source.Text
			if n := appositiveName(g.source); n != "" {
				g.source = n // the White House spokesman, Josh Earnest, → Josh Earnest
			}
			if len(a.Source.Segments) > 0 {
				g.srcSpan = a.Source.Segments[0]
			}
		}
		out = append(out, g)
	}
	// A pronoun or role source stands for the nearest named source before it.
	sort.SliceStable(out, func(i, j int) bool { return out[i].srcSpan[0] < out[j].srcSpan[0] })
	last := ""
	for i := range out {
		if out[i].source == "" {
			continue
		}
		if isPronounOrRole(out[i].source) {
			out[i].resolve = last
		} else {
			last = out[i].source
		}
	}
	return out
}

// isQuotedGold reports whether runes[lo:hi] holds a quotation mark: a
// double mark, two apostrophes used as one (NYT style), or a single mark
// at either end.
func isQuotedGold(runes []rune, lo, hi int) bool {
	s := string(runes[lo:hi])
	if strings.ContainsAny(s, "\"“”«»„") || strings.Contains(s, "''") {
		return true
	}
	for _, i := range []int{lo, lo + 1, hi - 2, hi - 1} {
		if i >= lo && i < hi && (runes[i] == '‘' || runes[i] == '\'' || runes[i] == '’') &&
			(i == 0 || i+1 >= len(runes) || !isLetter(runes[i-1]) || !isLetter(runes[i+1])) {
			return true
		}
	}
	return false
}

func isLetter(r rune) bool { return unicode.IsLetter(r) }

// isPronounOrRole reports whether a gold source names no one by name: a
// pronoun or a lower-case phrase (the president, the mayor).
func isPronounOrRole(s string) bool {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "i", "he", "she", "it", "they", "we", "you", "his", "her", "their", "who", "which":
		return true
	}
	// The head decides: the Indiana governor is a role, Senate Minority
	// Leader Harry Reid is a name.
	if h := head(s); h != "" {
		for _, w := range strings.Fields(s) {
			w = strings.Trim(w, ".,;:()")
			if strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")) == h {
				if unicode.IsLower(firstRune(w)) {
					return true
				}
			}
		}
	}
	for i, w := range strings.Fields(s) {
		if i == 0 && sentenceInitial[strings.ToLower(w)] {
			continue
		}
		if unicode.IsUpper(firstRune(w)) {
			return false
		}
	}
	return true
}

// heShe reports whether a gold source is the pronoun he or she.
func heShe(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	return s == "he" || s == "she"
}

// indefinite reports whether a gold source is an indefinite phrase (a
// source close to the campaign, one official): nobody is named.
func indefinite(s string) bool {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 0 {
		return false
	}
	switch f[0] {
	case "a", "an", "one", "another", "some", "several", "many", "two", "three":
		return true
	}
	return false
}

// sentenceInitial words are capitalised at the start of a gold source
// without making it a name (The spokesman, His aides).
var sentenceInitial = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "their": true,
	"its": true, "our": true, "one": true, "another": true, "some": true, "many": true, "most": true, "two": true, "several": true}

func overlap(q dataset.Quote, g goldContent) int {
	o := 0
	for _, sg := range g.segs {
		lo, hi := max(int(q.Start), sg[0]), min(int(q.End), sg[1])
		if hi > lo {
			o += hi - lo
		}
	}
	return o
}

func matches(q dataset.Quote, g goldContent) bool {
	o := overlap(q, g)
	shorter := min(int(q.End-q.Start), g.length)
	return o > 0 && 2*o >= shorter
}

func bestMatch(q dataset.Quote, gold []goldContent, quoted bool) int {
	best, bestO := -1, 0
	for i, g := range gold {
		if quoted && !g.quoted {
			continue
		}
		if matches(q, g) && overlap(q, g) > bestO {
			best, bestO = i, overlap(q, g)
		}
	}
	return best
}

func bestPred(g goldContent, preds []dataset.Quote) (dataset.Quote, bool) {
	var best dataset.Quote
	bestO := 0
	for _, q := range preds {
		if matches(q, g) && overlap(q, g) > bestO {
			best, bestO = q, overlap(q, g)
		}
	}
	return best, bestO > 0
}

// speakerGold returns the gold content, among the quoted ones with an
// annotated source that predicted quote q matches, that its speaker is
// scored against: the one that fits it best (the largest overlap for the
// size of the two spans together), and of those the shortest. A
// quotation reported inside another attribution (An Israeli blogger
// reported … in which Adelson said: "…") matches both contents, and
// their sources differ: no speaker can be right for both, so a quote is
// scored once. nil when it matches none.
func speakerGold(q dataset.Quote, gold []goldContent) *goldContent {
	var best *goldContent
	bestFit := 0.0
	for i := range gold {
		g := &gold[i]
		if !g.quoted || strings.TrimSpace(g.literal) == "" || !matches(q, *g) {
			continue
		}
		o := overlap(q, *g)
		fit := float64(o) / float64(int(q.End-q.Start)+g.length-o)
		if fit > bestFit || fit == bestFit && best != nil && g.length < best.length {
			best, bestFit = g, fit
		}
	}
	return best
}

func matchesAny(g goldContent, preds []dataset.Quote) bool {
	_, ok := bestPred(g, preds)
	return ok
}

// head is the last word of a name, without titles after a comma or in
// brackets and without a possessive: House Speaker Paul Ryan, R-Wis. → ryan.
func head(s string) string {
	if i := strings.IndexAny(s, ",("); i > 0 {
		s = s[:i]
	}
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	f = withoutPostModifier(f)
	for i := range f {
		f[i] = strings.ToLower(f[i])
	}
	h := f[len(f)-1]
	h = strings.TrimSuffix(strings.TrimSuffix(h, "’s"), "'s")
	return strings.Trim(h, ".,;:\"“”'’") // Francis' message
}

// withoutPostModifier cuts the words of a phrase that opens with a
// determiner before what comes after its head noun: the senator from
// Vermont is a senator, the wife of Bill Clinton a wife, the head of the
// RNC's rules committee a head, the Holocaust Memorial Museum in
// Washington a museum. The head is the word before the first preposition
// or relative pronoun. A title before a name is not a head (the former
// secretary of state Hillary Clinton is Clinton, the Secretary of State
// John Kerry is Kerry).
func withoutPostModifier(f []string) []string {
	if len(f) < 3 || !determinerOpens(f[0]) {
		return f
	}
	for i := 2; i < len(f)-1; i++ {
		if !postModifierOpens[strings.ToLower(f[i])] {
			continue
		}
		// of state Hillary Clinton: a name after a lower-case word ends
		// the phrase, and the title before it is no head.
		rest := f[i+1:]
		n := 0
		for n < len(rest) && unicode.IsUpper(firstRune(rest[len(rest)-1-n])) {
			n++
		}
		if !unicode.IsLower(firstRune(f[i-1])) {
			// The Holocaust Memorial Museum in Washington is a museum,
			// but the Secretary of State John Kerry is Kerry, and
			// another Muslim who … is nobody named.
			if n >= 2 || !strings.EqualFold(f[0], "the") {
				return f
			}
			return f[:i]
		}
		if n >= 2 && n < len(rest) {
			return f
		}
		return f[:i]
	}
	return f
}

// firstRune is the first letter of word s (utf8.RuneError when s is
// empty): its case tells a name from a common word.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// determinerOpens reports whether a phrase that opens with word w is a
// noun phrase with a determiner or a possessor (the, a, his, Trump's).
func determinerOpens(w string) bool {
	lw := strings.ToLower(w)
	return sentenceInitial[lw] && lw != "one" && lw != "two" || strings.HasSuffix(lw, "’s") || strings.HasSuffix(lw, "'s")
}

// postModifierOpens are the words that open what follows the head noun
// of a gold source phrase.
var postModifierOpens = map[string]bool{"of": true, "from": true, "for": true, "at": true, "in": true, "with": true, "on": true,
	"to": true, "who": true, "whose": true, "that": true, "which": true, "behind": true, "near": true, "representing": true}

// sameHead: the predicted speaker and the gold source share their head
// name (case-insensitive), or the gold head is one of the words of the
// predicted name; both empty counts as agreement (nobody is named).
func sameHead(pred, gold string) bool {
	hp, hg := head(pred), head(gold)
	if hp == "" || hg == "" {
		return hp == hg
	}
	if hp == hg {
		return true
	}
	for _, w := range strings.Fields(strings.ToLower(pred)) {
		if strings.Trim(strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s"), ".,") == hg {
			return true
		}
	}
	// The gold source is a longer phrase that names its person: Senator
	// John McCain of Arizona, Santilli's attorney, Thomas Coan, Frank
	// Newport and Jim Harter. A capitalised word counts only as the end
	// of a name (before a comma, of, and, a bracket or the end), never as
	// a modifier before a noun (Democratic strategist Simon Rosenberg,
	// Cruz constituent Dan Golvach, Clinton's aide Jake Sullivan).
	return nameEnds(gold)[hp]
}

// nameEnds returns the last words of the capitalised names in a gold
// source phrase, lower-cased, a generational suffix (Jr., III) skipped.
func nameEnds(gold string) map[string]bool {
	out := map[string]bool{}
	w := strings.Fields(gold)
	capital := func(s string) bool { return unicode.IsUpper(firstRune(s)) }
	clean := func(s string) string { return strings.Trim(s, ".,;:()\"“”—–-") }
	suffix := map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}
	for i := 0; i < len(w); i++ {
		if w[i] == "who" || w[i] == "which" || w[i] == "that" {
			break
		}
		c := clean(w[i])
		if !capital(c) || strings.HasSuffix(c, "’s") || strings.HasSuffix(c, "'s") || suffix[strings.ToLower(c)] {
			continue
		}
		end := i+1 == len(w) || strings.ContainsAny(w[i][len(w[i])-1:], ",;)")
		if !end {
			next := clean(w[i+1])
			switch {
			case suffix[strings.ToLower(next)]:
				end = true
			case next == "of" || next == "and" || next == "for" || next == "from" || next == "at" || next == "who" || next == "":
				end = true // "" is a dash or a quotation mark alone
			case strings.HasPrefix(w[i+1], "(") || strings.HasPrefix(w[i+1], "\"") || strings.HasPrefix(w[i+1], "“"):
				end = true
			}
		}
		if end {
			out[strings.ToLower(c)] = true
		}
	}
	return out
}

// sameEntity reports whether the predicted speaker and the gold name both
// resolve to one entity of the article's merged names (IMF and
// International Monetary Fund): the second way the metric lets a
// speaker match.
func sameEntity(ents *entities.Resolver, sourceID, pred, want string) bool {
	if pred == "" || want == "" {
		return false
	}
	a, ok := ents.Lookup(sourceID, pred)
	b, ok2 := ents.Lookup(sourceID, want)
	return ok && ok2 && a.EntityID == b.EntityID
}

// appositiveName returns the name that a role source gives in apposition
// (the White House spokesman, Josh Earnest,; another friend, Mariam
// Emara): a later comma-separated part of two to four capitalised words.
// Such a source names its person, so it is scored as that name, not as a
// role resolved by the nearest named source. A source that starts with a
// name returns "" (its head is already the name).
func appositiveName(s string) string {
	parts := strings.Split(s, ",")
	if len(parts) < 2 || !isPronounOrRole(parts[0]) {
		return ""
	}
	for _, p := range parts[1:] {
		w := strings.Fields(p)
		if len(w) < 2 || len(w) > 4 {
			continue
		}
		ok := true
		for _, x := range w {
			if !unicode.IsUpper(firstRune(x)) {
				ok = false
				break
			}
		}
		if ok {
			return strings.TrimSpace(p)
		}
	}
	return ""
}

// sameLiteral reports whether the predicted speaker is the annotated
// source span itself, but for case, a leading article and the apostrophe
// (Powell’s office, John Kasich's campaign).
func sameLiteral(pred, src string) bool {
	norm := func(s string) string {
		s = strings.ToLower(strings.TrimSpace(strings.ReplaceAll(s, "’", "'")))
		s = strings.TrimPrefix(s, "the ")
		return strings.Trim(s, " ,.")
	}
	return pred != "" && norm(pred) == norm(src)
}

func goldText(runes []rune, g goldContent) string {
	var parts []string
	for _, sg := range g.segs {
		if sg[0] >= 0 && sg[1] <= len(runes) && sg[0] < sg[1] {
			parts = append(parts, string(runes[sg[0]:sg[1]]))
		}
	}
	return strings.Join(parts, " … ")
}

func clipText(s string) string {
	r := []rune(s)
	if len(r) > 100 {
		return string(r[:100]) + "…"
	}
	return s
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}
