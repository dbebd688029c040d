package figures

import (
	"fmt"
	"strings"
)

// rateEntry is one phrase of rates.tsv.
type rateEntry struct {
	form   []string // lower-case words
	period string   // day, week, …; "not" for a cancelling word
}

// rates holds rates.tsv per language: phrases longest first, and the
// words that cancel a phrase written before them.
var rates, rateNot = loadRates()

func loadRates() (map[string][]rateEntry, map[string]map[string]bool) {
	data, err := lexiconFS.ReadFile("lexicon/rates.tsv")
	if err != nil {
		panic(fmt.Sprintf("figures: read lexicon/rates.tsv: %v", err))
	}
	out, not := map[string][]rateEntry{}, map[string]map[string]bool{}
	for n, line := range strings.Split(string(data), "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 || f[0] == "" || f[1] == "" || f[2] == "" {
			panic(fmt.Sprintf("figures: lexicon/rates.tsv line %d: want lang, phrase, period", n+1))
		}
		if f[2] == "not" {
			if not[f[0]] == nil {
				not[f[0]] = map[string]bool{}
			}
			not[f[0]][strings.ToLower(f[1])] = true
			continue
		}
		out[f[0]] = append(out[f[0]], rateEntry{form: strings.Fields(strings.ToLower(f[1])), period: f[2]})
	}
	for _, es := range out {
		for i := 1; i < len(es); i++ { // longest first, stable
			for j := i; j > 0 && len(es[j].form) > len(es[j-1].form); j-- {
				es[j], es[j-1] = es[j-1], es[j]
			}
		}
	}
	return out, not
}

// rateAfter reads a rate phrase starting at token j in j-1's sentence
// ($20 million a day, Rp 5 juta per bulan) and returns its period and the
// token after it; "", -1 when there is none or a cancelling word follows
// (a day later).
func (sc *scanner) rateAfter(j int) (string, int) {
	for _, l := range sc.langs {
	next:
		for _, e := range rates[l] {
			for k, w := range e.form {
				if !sc.same(j-1, j+k) || sc.word(j+k) != w || sc.toks[j+k].kind != tWord {
					continue next
				}
			}
			end := j + len(e.form)
			if sc.same(j-1, end) && rateNot[l][sc.word(end)] {
				return "", -1
			}
			return e.period, end
		}
	}
	return "", -1
}
