package eval

import (
	"context"
	_ "embed"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"newsdesk/dataset"
)

// The MEANTIME quote suite scores speakers on news that is not political
// and not from PolNeAR's outlets: English Wikinews articles on business
// and aviation, written one sentence per line. MEANTIME annotates no
// quotations, so referents/meantime-quotes.tsv keys the quotations the
// extractor found at one commit, each with its speaker as two readers
// found it in the article. Those keyed spans were scored before any fix
// was made on them (172 of 234 right, printed in the README); the file
// has served as a study set since.

//go:embed referents/meantime-quotes.tsv
var meantimeQuotesTSV string

// meantimeKey is one keyed quotation and its two readers' answers.
type meantimeKey struct {
	start, end int
	answers    [2]string
}

// meantimeKeys returns the keyed quotations by document id.
func meantimeKeys() (map[string][]meantimeKey, error) {
	out := map[string][]meantimeKey{}
	for i, line := range strings.Split(meantimeQuotesTSV, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			return nil, fmt.Errorf("referents/meantime-quotes.tsv line %d: want 5 tab-separated columns, have %d", i+1, len(f))
		}
		s, err1 := strconv.Atoi(f[1])
		e, err2 := strconv.Atoi(f[2])
		if err1 != nil || err2 != nil || e <= s {
			return nil, fmt.Errorf("referents/meantime-quotes.tsv line %d: bad span %q-%q", i+1, f[1], f[2])
		}
		out[f[0]] = append(out[f[0]], meantimeKey{start: s, end: e, answers: [2]string{f[3], f[4]}})
	}
	return out, nil
}

// answerHeads returns the head names of a reader's answer: one per
// speaker of "A; B", or NONE or NOT_SPEECH as written.
func answerHeads(a string) map[string]bool {
	out := map[string]bool{}
	if a == "NONE" || a == "NOT_SPEECH" {
		out[a] = true
		return out
	}
	for _, n := range strings.Split(a, ";") {
		if h := head(strings.TrimSpace(n)); h != "" {
			out[h] = true
		}
	}
	return out
}

// agree reports whether the two readers name one speaker (a head in
// common), and that answer.
func (k meantimeKey) agree() bool {
	a, b := answerHeads(k.answers[0]), answerHeads(k.answers[1])
	for h := range a {
		if b[h] {
			return true
		}
	}
	return false
}

// names reports whether match holds for a speaker either reader names.
func (k meantimeKey) names(match func(string) bool) bool {
	for _, a := range k.answers {
		for _, name := range strings.Split(a, ";") {
			if match(strings.TrimSpace(name)) {
				return true
			}
		}
	}
	return false
}

func runMeantimeQuotes(ctx context.Context, dir string, w io.Writer) error {
	path := filepath.Join(dir, "gold_meantime_en.jsonl")
	if _, err := os.Stat(path); err != nil {
		fmt.Fprintf(w, "   skipped: no corpus at %s\n", path)
		return nil
	}
	keys, err := meantimeKeys()
	if err != nil {
		return err
	}
	docs, err := readJSONL[meantimeDoc](path)
	if err != nil {
		return err
	}
	var nKeys, disagree, notSpeech, lost, scored, right, nobodyRight, nobodyN int
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return err
		}
		ks := keys[d.DocID]
		if len(ks) == 0 {
			continue
		}
		doc := NewDoc(d.DocID, d.Text, "en", nil)
		res, ents := extractQuotes(doc)
		for _, k := range ks {
			nKeys++
			if !k.agree() {
				disagree++
				continue
			}
			if k.answers[0] == "NOT_SPEECH" {
				notSpeech++
				continue
			}
			q, ok := widestOverlap(res.Quotes, k.start, k.end)
			if !ok {
				lost++ // the span is no longer found as a quotation
				continue
			}
			scored++
			pred := deref(q.Speaker)
			if k.answers[0] == "NONE" {
				nobodyN++
				if pred == "" {
					right++
					nobodyRight++
				}
				continue
			}
			if pred != "" && k.names(func(name string) bool {
				return sameHead(pred, name) || sameEntity(ents, doc.Source.SourceID, pred, name)
			}) {
				right++
			}
		}
	}
	fmt.Fprintf(w, "   %d keyed quotations: readers disagree on %d, %d are no speech, %d no longer found as a quotation\n",
		nKeys, disagree, notSpeech, lost)
	fmt.Fprintf(w, "   speaker accuracy   %5.1f%%  (%d/%d; where the article names nobody %d/%d)\n",
		pct(right, scored), right, scored, nobodyRight, nobodyN)
	return nil
}

// widestOverlap returns the direct or partial quote that overlaps the
// span [start, end) the most.
func widestOverlap(qs []dataset.Quote, start, end int) (dataset.Quote, bool) {
	var best dataset.Quote
	most := 0
	for _, q := range qs {
		if q.Kind == dataset.KindIndirect {
			continue
		}
		if o := min(int(q.End), end) - max(int(q.Start), start); o > most {
			best, most = q, o
		}
	}
	return best, most > 0
}
