package eval

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"newsdesk/dataset"
	"newsdesk/dataset/entities"
)

// entitiesSuites are the evaluations of entities.Find.
func entitiesSuites() []Suite {
	return []Suite{
		{Name: "entities/idner", Corpus: "idner-news-2k", Run: runIDNER},
		{Name: "entities/meantime", Corpus: "meantime-en", Run: runMeantimeEntities},
	}
}

// nerSentencesPerDoc is how many corpus sentences make one article: Find
// uses the whole article as evidence (is a word written in lowercase
// elsewhere?), and news articles run to about twenty sentences.
const nerSentencesPerDoc = 20

var nerTypes = map[string]string{
	entities.Person: "PER", entities.Organization: "ORG", entities.Location: "LOC",
}

type nerSpan struct {
	start, end int64
	typ        string
}

// nerScore counts exact span matches per type, and ignoring type.
type nerScore struct {
	byType map[string]*PRF
	spans  PRF
}

func newNERScore() *nerScore {
	return &nerScore{byType: map[string]*PRF{"PER": {}, "ORG": {}, "LOC": {}}}
}

// add scores one document's predictions against its gold spans.
func (s *nerScore) add(pred, gold []nerSpan) {
	goldSet := map[nerSpan]bool{}
	goldSpan := map[[2]int64]bool{}
	for _, g := range gold {
		goldSet[g] = true
		goldSpan[[2]int64{g.start, g.end}] = true
		if p := s.byType[g.typ]; p != nil {
			p.Gold++
		}
	}
	s.spans.Gold += len(goldSpan)
	seenSpan := map[[2]int64]bool{}
	for _, p := range pred {
		if c := s.byType[p.typ]; c != nil {
			c.Pred++
			if goldSet[p] {
				c.TP++
			}
		}
		k := [2]int64{p.start, p.end}
		if seenSpan[k] {
			continue
		}
		seenSpan[k] = true
		s.spans.Pred++
		if goldSpan[k] {
			s.spans.TP++
		}
	}
}

func (s *nerScore) print(w io.Writer, label string) {
	both := PRF{}
	for _, t := range []string{"PER", "ORG"} {
		p := s.byType[t]
		both.TP, both.Pred, both.Gold = both.TP+p.TP, both.Pred+p.Pred, both.Gold+p.Gold
	}
	fmt.Fprintf(w, "   %-5s", label)
	for _, t := range []string{"PER", "ORG", "LOC"} {
		p := s.byType[t]
		fmt.Fprintf(w, " %s P %5.1f R %5.1f F1 %5.1f |", t, p.P(), p.R(), p.F1())
	}
	fmt.Fprintf(w, " PER+ORG F1 %5.1f | any-type spans P %5.1f R %5.1f F1 %5.1f\n", both.F1(), s.spans.P(), s.spans.R(), s.spans.F1())
}

// predicted returns Find's mentions of doc as typed spans, leaving out the
// titled second mentions (Prime Minister Edi Rama) that only feed aliases.
func predicted(doc *dataset.Doc) []nerSpan {
	var out []nerSpan
	for _, m := range entities.Find(doc) {
		if entities.StripTitle(m.Text) != m.Text {
			continue
		}
		if t, ok := nerTypes[m.Type]; ok {
			out = append(out, nerSpan{m.Start, m.End, t})
		}
	}
	return out
}

// runIDNER scores person, organisation and location name spans on the
// Indonesian news sentences of idner-news-2k (dev and test; exact span and
// type, conlleval-style). Sentences are rebuilt as tokens joined by spaces,
// one a line, twenty to a document.
func runIDNER(ctx context.Context, dir string, w io.Writer) error {
	if _, err := os.Stat(dir); err != nil {
		fmt.Fprintf(w, "   skipped: %s not found\n", dir)
		return nil
	}
	for _, part := range []string{"dev", "test"} {
		sents, err := readCoNLL(filepath.Join(dir, part+".txt"))
		if err != nil {
			return err
		}
		score := newNERScore()
		for i := 0; i < len(sents); i += nerSentencesPerDoc {
			if err := ctx.Err(); err != nil {
				return err
			}
			text, gold := conllDoc(sents[i:min(i+nerSentencesPerDoc, len(sents))])
			doc := NewDoc(fmt.Sprintf("%s-%d", part, i), text, "id", nil)
			score.add(predicted(doc), gold)
		}
		score.print(w, part)
	}
	return nil
}

type conllToken struct{ text, tag string }

// readCoNLL reads token<space>pos<space>tag lines, sentences separated by
// blank lines.
func readCoNLL(path string) ([][]conllToken, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("cannot open %s: %w", path, err)
	}
	defer f.Close()
	var out [][]conllToken
	var cur []conllToken
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 {
			if len(cur) > 0 {
				out = append(out, cur)
				cur = nil
			}
			continue
		}
		if len(fields) < 2 {
			return nil, fmt.Errorf("%s:%d: want token and tag", path, n)
		}
		cur = append(cur, conllToken{fields[0], fields[len(fields)-1]})
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out, sc.Err()
}

// conllDoc joins sentences into one text and returns the gold IOB spans in
// code points.
func conllDoc(sents [][]conllToken) (string, []nerSpan) {
	var b strings.Builder
	var gold []nerSpan
	off := int64(0)
	for si, s := range sents {
		if si > 0 {
			b.WriteByte('\n')
			off++
		}
		open := -1
		for ti, t := range s {
			if ti > 0 {
				b.WriteByte(' ')
				off++
			}
			tag, typ, _ := strings.Cut(t.tag, "-")
			if open >= 0 && (tag != "I" || typ != gold[open].typ) {
				open = -1
			}
			if tag == "B" || (tag == "I" && open < 0) {
				gold = append(gold, nerSpan{start: off, typ: typ})
				open = len(gold) - 1
			}
			b.WriteString(t.text)
			off += int64(len([]rune(t.text)))
			if open >= 0 {
				gold[open].end = off
			}
		}
	}
	return b.String(), gold
}

type meantimeEntityDoc struct {
	DocID    string `json:"doc_id"`
	Text     string `json:"text"`
	Entities []struct {
		Text  string `json:"text"`
		Start int64  `json:"start"`
		End   int64  `json:"end"`
		Type  string `json:"ent_type"`
	} `json:"entity_mentions"`
}

// runMeantimeEntities scores Find on the English Wikinews articles of
// MEANTIME. Its entity mentions include descriptions (the aircraft, JSA
// Research defence analyst Paul Nesbit), so gold here is the PER, ORG and
// LOC mentions written as names (every word capitalised, a leading "the"
// dropped); a prediction counts as right when some gold mention, name or
// not, has its exact span and type.
func runMeantimeEntities(ctx context.Context, dir string, w io.Writer) error {
	path := filepath.Join(dir, "gold_meantime_en.jsonl")
	f, err := os.Open(path)
	if err != nil {
		fmt.Fprintf(w, "   skipped: %v\n", err)
		return nil
	}
	defer f.Close()
	score := newNERScore()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for n := 1; sc.Scan(); n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		var d meantimeEntityDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
		any := map[nerSpan]bool{}
		var gold []nerSpan
		for _, m := range d.Entities {
			typ, ok := map[string]string{"PER": "PER", "ORG": "ORG", "LOC": "LOC"}[m.Type]
			if !ok {
				continue
			}
			sp := nerSpan{m.Start, m.End, typ}
			any[sp] = true
			if strings.HasPrefix(m.Text, "the ") {
				sp.start += 4
			}
			if isNameText(d.Text, sp) {
				gold = append(gold, sp)
			}
		}
		gold = dedupe(gold)
		doc := NewDoc(d.DocID, d.Text, "en", nil)
		var pred []nerSpan
		for _, p := range predicted(doc) {
			if any[p] {
				gold = appendMissing(gold, p) // a right prediction of a gold mention counts as found
			}
			pred = append(pred, p)
		}
		score.add(pred, gold)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("cannot read %s: %w", path, err)
	}
	score.print(w, "all")
	fmt.Fprintln(w, "   (MEANTIME annotates only the entities that take part in its events: precision is a lower bound)")
	return nil
}

// isNameText reports whether every word of the span starts with a capital
// (lowercase joiners such as of, and, de and an ampersand allowed inside:
// Procter & Gamble).
func isNameText(text string, sp nerSpan) bool {
	rs := []rune(text)
	if sp.start < 0 || sp.end > int64(len(rs)) || sp.start >= sp.end {
		return false
	}
	words := strings.Fields(string(rs[sp.start:sp.end]))
	for i, wd := range words {
		r := []rune(wd)[0]
		if unicode.IsUpper(r) {
			continue
		}
		if i > 0 && i < len(words)-1 && (wd == "of" || wd == "and" || wd == "&" || wd == "de" || wd == "for" || wd == "the") {
			continue
		}
		return false
	}
	return len(words) > 0
}

func dedupe(s []nerSpan) []nerSpan {
	seen := map[nerSpan]bool{}
	out := s[:0]
	for _, x := range s {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

func appendMissing(s []nerSpan, x nerSpan) []nerSpan {
	for _, y := range s {
		if y == x {
			return s
		}
	}
	return append(s, x)
}
