package eval

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"newsdesk/dataset"
	"newsdesk/dataset/figures"
)

// figuresSuites are the evaluations of the figures extractor: value
// accuracy on the phrase-level cases of Recognizers-Text (English),
// Duckling (Indonesian numerals and money) and num2words (Indonesian
// number words), and span P/R/F1 on MEANTIME's numeric VALUE spans.
func figuresSuites() []Suite {
	return []Suite{
		{Name: "figures/recognizers-en", Corpus: "recognizers-text-specs", Run: runFigRecognizers},
		{Name: "figures/duckling-id", Corpus: "duckling-corpus", Run: runFigDucklingID},
		{Name: "figures/id-normalization", Corpus: "id-normalization-cases", Run: runFigIDNorm},
		{Name: "figures/meantime-spans", Corpus: "meantime-en", Run: runFigMeantime},
		{Name: "figures/ecbplus-conflicts", Corpus: "ecbplus", Run: runFigConflictsECB},
	}
}

// figECBDoc is one ECB+ article: each topic holds two sub-topics, two
// different real events of one kind (two earthquakes).
type figECBDoc struct {
	DocID    string `json:"doc_id"`
	Topic    string `json:"topic"`
	Subtopic string `json:"subtopic"`
	Text     string `json:"text"`
}

// runFigConflictsECB runs figure conflicts over each ECB+ topic, the
// articles of its two events mixed, and counts the conflicts whose sources
// report different events: those compare figures of two different
// earthquakes or trials, so every one is a false link (a lower bound on
// the false conflicts, since links within one event are not judged).
func runFigConflictsECB(_ context.Context, dir string, w io.Writer) error {
	path := filepath.Join(dir, "gold_ecbplus.jsonl")
	if _, err := os.Stat(path); err != nil {
		fmt.Fprintf(w, "   skipped: no corpus at %s\n", path)
		return nil
	}
	docs, err := readJSONL[figECBDoc](path)
	if err != nil {
		return err
	}
	byTopic := map[string][]figECBDoc{}
	sub := map[string]string{}
	for _, d := range docs {
		byTopic[d.Topic] = append(byTopic[d.Topic], d)
		sub[d.DocID] = d.Subtopic
	}
	total, cross, rows := 0, 0, 0
	var crossed []string
	for _, t := range sortedKeys(byTopic) {
		var ds []*dataset.Doc
		var figs []dataset.Figure
		for _, d := range byTopic[t] {
			doc := NewDoc(d.DocID, d.Text, "en", nil)
			ds = append(ds, doc)
			figs = append(figs, figures.Extract(doc)...)
		}
		for _, c := range figures.Conflicts(ds, figs) {
			total++
			rows += len(c.SourceIDs)
			events := map[string]bool{}
			for _, s := range c.SourceIDs {
				events[sub[s]] = true
			}
			if len(events) > 1 {
				cross++
				crossed = append(crossed, fmt.Sprintf("topic %s: %s | %s", t, c.Subject, strings.Join(c.SourceValues, "; ")))
			}
		}
	}
	fmt.Fprintf(w, "   %d articles in %d topics of two events each; figure conflicts over each topic's articles mixed\n", len(docs), len(byTopic))
	fmt.Fprintf(w, "   conflicts: %d (%.1f sources each); across two different events (false links): %d = %.1f%%\n",
		total, float64(rows)/math.Max(1, float64(total)), cross, 100*float64(cross)/math.Max(1, float64(total)))
	for i, c := range crossed {
		if i == 8 {
			fmt.Fprintf(w, "   … %d more\n", len(crossed)-8)
			break
		}
		fmt.Fprintf(w, "   cross-event: %s\n", figClip(c))
	}
	return nil
}

// figCase is one expected number: its span in the input, the expected
// value (and high end for a closed range), and the category it is scored
// under, or why it is out of scope.
type figCase struct {
	file, input, text string
	start, end        int64 // code points, end exclusive; -1 when the whole input
	lang              string
	want, wantHigh    float64
	hasHigh           bool
	category          string
	outOfScope        string
}

// figTally counts the cases of one category.
type figTally struct {
	n, ok  int
	misses []string
}

// figScore runs the extractor on every in-scope case and prints accuracy
// per category, the misses, and the out-of-scope counts.
func figScore(w io.Writer, cases []figCase, maxMisses int) {
	tallies := map[string]*figTally{}
	outs := map[string]int{}
	in, ok, outOK := 0, 0, 0
	for _, c := range cases {
		if c.outOfScope != "" {
			outs[c.outOfScope]++
			if got, found := figMatch(c); found && figClose(got.Value, c.want) && !strings.HasPrefix(c.outOfScope, "no-value") {
				outOK++
			}
			continue
		}
		t := tallies[c.category]
		if t == nil {
			t = &figTally{}
			tallies[c.category] = t
		}
		t.n++
		in++
		got, found := figMatch(c)
		if found && figClose(got.Value, c.want) && (!c.hasHigh || got.ValueHigh != nil && figClose(*got.ValueHigh, c.wantHigh)) {
			t.ok++
			ok++
			continue
		}
		why := "not found"
		if found {
			why = fmt.Sprintf("got %v", got.Value)
			if got.ValueHigh != nil {
				why += fmt.Sprintf("-%v", *got.ValueHigh)
			}
			why += fmt.Sprintf(" from %q", got.Text)
		}
		want := fmt.Sprint(c.want)
		if c.hasHigh {
			want += fmt.Sprintf("-%v", c.wantHigh)
		}
		t.misses = append(t.misses, fmt.Sprintf("%q in %q: want %s, %s", c.text, figClip(c.input), want, why))
	}
	nOut := 0
	for _, n := range outs {
		nOut += n
	}
	fmt.Fprintf(w, "   value accuracy: %d/%d = %.1f%% in scope; %d cases out of scope\n", ok, in, pct(ok, in), nOut)
	for _, k := range sortedKeys(tallies) {
		t := tallies[k]
		fmt.Fprintf(w, "   %-22s %4d/%-4d %5.1f%%\n", k, t.ok, t.n, pct(t.ok, t.n))
	}
	if nOut > 0 {
		fmt.Fprintf(w, "   (for information: %d of the %d out-of-scope cases get the expected value anyway; all cases: %d/%d = %.1f%%)\n",
			outOK, nOut, ok+outOK, in+nOut, pct(ok+outOK, in+nOut))
		fmt.Fprintf(w, "   out of scope:")
		for _, k := range sortedKeys(outs) {
			fmt.Fprintf(w, " %s %d;", k, outs[k])
		}
		fmt.Fprintln(w)
	}
	for _, k := range sortedKeys(tallies) {
		t := tallies[k]
		for i, m := range t.misses {
			if i == maxMisses {
				fmt.Fprintf(w, "   miss %s: … %d more\n", k, len(t.misses)-maxMisses)
				break
			}
			fmt.Fprintf(w, "   miss %s: %s\n", k, m)
		}
	}
}

func figClip(s string) string {
	r := []rune(s)
	if len(r) > 90 {
		return string(r[:90]) + "…"
	}
	return s
}

func figClose(a, b float64) bool {
	return math.Abs(a-b) <= 1e-6*math.Max(1, math.Abs(b))
}

// figMatch runs Extract on the case's input and returns the figure that
// overlaps the expected span most (the whole input when the case has no
// span).
func figMatch(c figCase) (dataset.Figure, bool) {
	doc := NewDoc("case", c.input, c.lang, nil)
	start, end := c.start, c.end
	if start < 0 {
		start, end = 0, int64(len([]rune(c.input)))
	}
	var best dataset.Figure
	bestOv := int64(0)
	for _, f := range figures.Extract(doc) {
		ov := min(f.End, end) - max(f.Start, start)
		if ov > bestOv {
			best, bestOv = f, ov
		}
	}
	return best, bestOv > 0
}

// ---- Recognizers-Text (English) ----

type recCase struct {
	Input        string
	NotSupported string
	Results      []struct {
		Text       string
		TypeName   string
		Start, End int64
		Resolution map[string]any
	}
}

// recFiles are the English spec files scored. The *ExperimentalMode and
// *PercentMode files repeat NumberModel and PercentModel with other
// options; ordinals are not figures.
var recFiles = []string{
	"Number/English/NumberModel.json", "Number/English/PercentModel.json", "Number/English/NumberRangeModel.json",
	"NumberWithUnit/English/CurrencyModel.json", "NumberWithUnit/English/DimensionModel.json",
	"NumberWithUnit/English/AgeModel.json", "NumberWithUnit/English/TemperatureModel.json",
}

// recOut lists, in order, the forms that are out of scope for a news
// figure extractor, each with the reason printed in the report. The test is
// on the expected text (and the input for design exclusions).
var recOut = []struct {
	re     *regexp.Regexp
	reason string
}{
	{regexp.MustCompile(`\d\s*\^|\d[eE][+-]?\d|x10\^`), "scientific-notation"},
	{regexp.MustCompile(`\b(point|dot)\b`), "spoken-decimal"},
	{regexp.MustCompile(`\bover\b.*\S`), "ratio-over"},
	{regexp.MustCompile(`(?i)\b(\w+-)?(fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|[a-z]+ieths?|hundredths?|thousandths?|millionths?|billionths?|trillionths?|firsts|seconds|twenty-first|twenty-fifth)\b`), "spoken-fraction"},
	{regexp.MustCompile(`(?i)\b(lakh|crore)\b|\d,\d\d,\d{3}`), "indian-scale"},
	{regexp.MustCompile(`[⅔¾⅙½]`), "vulgar-fraction"},
	{regexp.MustCompile(`(?i)\b(dzs|dozs)\b`), "chat-abbreviation"},
	{regexp.MustCompile(`(?i)^-?\s*[\d.,]+\s*(k|m|g|b|mm|mil)$`), "letter-scale-on-bare-number"},
	{regexp.MustCompile(`(?i)(larger|greater|bigger|higher|lower|smaller|equal|exceed|surpass|above|below|or more|or less|or greater|at most|no more|no less|[<>=~]|than .* than)`), "comparison-range"},
	{regexp.MustCompile(`(?i)(musd|meur|mgbp|maud|usd million|\b(dollars?|kuai|mao)\s+(and\s+)?[a-z0-9-]+|usd \d+$|\d+ usd \d|usd\d|[a-z]{3}\$|\$\s?\d+ and|\$ \d+ cent)`), "compound-money"},
	{regexp.MustCompile(`[元円]`), "non-latin-currency"},
	{regexp.MustCompile(`(?i)\brad\b|\d+rad`), "unit-not-in-lexicon"},
	{regexp.MustCompile(`(?i)^\d+ pm$`), "design:clock"},
	{regexp.MustCompile(`(?i)\d\s*(ft|m|feet|foot)\s+(and\s+)?\d`), "compound-measure"},
	{regexp.MustCompile(`(?i)\b(million|billion) and (a|one|three|two|five|six|nine)\b|and (a|one) (half|quarter)$|and three quarters|(three|two) quarters million|and (a|one|two|three) (thirds?|quarters?|half)|thirds? of a (million|billion)`), "spoken-mixed-fraction-scale"},
}

// recInputOut are inputs whose numbers are not figures by design.
var recInputOut = []struct {
	re     *regexp.Regexp
	reason string
}{
	{regexp.MustCompile(`\d+/\d+/\d+`), "design:date"},
	{regexp.MustCompile(`\+\d-\d`), "design:phone"},
	{regexp.MustCompile(`\d+\.\d+\.\d+\.\d+`), "design:ip-address"},
	{regexp.MustCompile(`(?i)scp-\d`), "design:name"},
	{regexp.MustCompile(`\d+,\d+,\d+,\d+\.$`), "design:list"},

	{regexp.MustCompile(`(?i)\bversion \w+`), "design:label"},
	{regexp.MustCompile(`(?i)[a-z]+-nought-|\d{3} 0000`), "spelled-digit-sequence"},
	{regexp.MustCompile(`(?i)\d+ m \d+ dm|\d+ (ft|feet) \d`), "compound-measure"},
	{regexp.MustCompile(`(?i)(^|[^\d\s])\s*-\s+\d`), "detached-minus"},
	{regexp.MustCompile(`\d\s*hundred and \d|\d thousand \d hundred|\d hundred and one`), "digits-and-words-compound"},
}

func recCategory(file, typ, text string) string {
	switch {
	case strings.Contains(file, "Range"):
		if regexp.MustCompile(`(?i)between|to|through|-|–|from`).MatchString(text) && !regexp.MustCompile(`(?i)^(more|less|fewer|up|over|under)`).MatchString(text) {
			return "range"
		}
		return "hedged-bound"
	case typ == "percentage":
		return "percent"
	case typ == "currency":
		return "money"
	case typ == "dimension":
		return "measure"
	case typ == "age":
		return "age"
	case typ == "temperature":
		return "temperature"
	}
	switch {
	case regexp.MustCompile(`(?i)half|quarter|third|/`).MatchString(text):
		return "fraction"
	case regexp.MustCompile(`(?i)thousand|million|billion|trillion|hundred|dozen`).MatchString(text) && regexp.MustCompile(`\d`).MatchString(text):
		return "digits+scale"
	case regexp.MustCompile(`\d`).MatchString(text):
		return "digits"
	}
	return "words"
}

var recInterval = regexp.MustCompile(`^[\[(]([-\d.]*),([-\d.]*)[\])]$`)

func runFigRecognizers(_ context.Context, dir string, w io.Writer) error {
	if _, err := os.Stat(dir); err != nil {
		fmt.Fprintf(w, "   skipped: no corpus at %s\n", dir)
		return nil
	}
	var cases []figCase
	nInputs := 0
	for _, f := range recFiles {
		path := filepath.Join(dir, "Specs", f)
		b, err := os.ReadFile(path)
		if err != nil {
			return fmt.Errorf("cannot read %s: %w", path, err)
		}
		b = []byte(strings.TrimPrefix(string(b), "\ufeff"))
		var rc []recCase
		if err := json.Unmarshal(b, &rc); err != nil {
			return fmt.Errorf("cannot parse %s: %w", path, err)
		}
		for _, r := range rc {
			nInputs++
			for _, res := range r.Results {
				c := figCase{file: f, input: r.Input, text: res.Text, start: res.Start, end: res.End + 1, lang: "en"}
				c.category = recCategory(f, res.TypeName, res.Text)
				if strings.Contains(strings.ToLower(r.NotSupported), "dotnet") {
					c.outOfScope = "unsupported-by-reference"
				}
				v, _ := res.Resolution["value"].(string)
				if c.outOfScope == "" {
					c.outOfScope = recValue(&c, v)
				}
				if c.outOfScope == "" {
					for _, o := range recOut {
						if o.re.MatchString(res.Text) {
							c.outOfScope = o.reason
							break
						}
					}
				}
				if c.outOfScope == "" {
					for _, o := range recInputOut {
						if o.re.MatchString(r.Input) {
							c.outOfScope = o.reason
							break
						}
					}
				}
				cases = append(cases, c)
			}
		}
	}
	fmt.Fprintf(w, "   %d inputs, %d expected numbers in %d spec files (English)\n", nInputs, len(cases), len(recFiles))
	figScore(w, cases, 40)
	return nil
}

// recValue sets the expected value of c from a Resolution value ("45",
// "100%", "[20,30)", "(30,)") and returns a reason when it has none.
func recValue(c *figCase, v string) string {
	v = strings.TrimSuffix(v, "%")
	if m := recInterval.FindStringSubmatch(v); m != nil {
		lo, errLo := strconv.ParseFloat(m[1], 64)
		hi, errHi := strconv.ParseFloat(m[2], 64)
		switch {
		case errLo == nil && errHi == nil && lo == hi:
			c.want = lo
		case errLo == nil && errHi == nil:
			c.want, c.wantHigh, c.hasHigh = lo, hi, true
		case errLo == nil:
			c.want = lo
		case errHi == nil:
			c.want = hi
		default:
			return "no-value"
		}
		return ""
	}
	f, err := strconv.ParseFloat(v, 64)
	if err != nil {
		return "no-value"
	}
	c.want = f
	return ""
}

// ---- Duckling (Indonesian numerals and money) ----

type duckExample struct {
	Dim            string   `json:"dim"`
	Lang           string   `json:"lang"`
	ExpectedExpr   string   `json:"expected_expr"`
	Texts          []string `json:"texts"`
	ExpectedNumber *float64 `json:"expected_number"`
}

var (
	duckBetween = regexp.MustCompile(`^between \w+\(([-\d.]+), ([-\d.]+)\)$`)
	duckBound   = regexp.MustCompile(`^(under|above) \w+ ([-\d.]+)$`)
	// Forms out of scope, with the reason: chat shorthand and codes.
	duckOut = []struct {
		re     *regexp.Regexp
		reason string
	}{
		{regexp.MustCompile(`(?i)^kosong$`), "chat-word-for-zero"},
		{regexp.MustCompile(`(?i)\dG$|,\d+G$`), "G-suffix"},
		{regexp.MustCompile(`^0\d{3,}$`), "design:leading-zero-code"},
		{regexp.MustCompile(`^- \d`), "detached-minus"},
		{regexp.MustCompile(`^,\d`), "bare-decimal-comma"},
	}
)

func runFigDucklingID(_ context.Context, dir string, w io.Writer) error {
	path := filepath.Join(dir, "duckling_examples.jsonl")
	if _, err := os.Stat(path); err != nil {
		fmt.Fprintf(w, "   skipped: no corpus at %s\n", path)
		return nil
	}
	exs, err := readJSONL[duckExample](path)
	if err != nil {
		return err
	}
	var cases []figCase
	for _, e := range exs {
		if e.Lang != "ID" || (e.Dim != "Numeral" && e.Dim != "AmountOfMoney") {
			continue
		}
		for _, t := range e.Texts {
			c := figCase{file: e.Dim, input: t, text: t, start: -1, lang: "id", category: e.Dim}
			switch m, b := duckBetween.FindStringSubmatch(e.ExpectedExpr), duckBound.FindStringSubmatch(e.ExpectedExpr); {
			case e.ExpectedNumber != nil:
				c.want = *e.ExpectedNumber
			case m != nil:
				c.want, _ = strconv.ParseFloat(m[1], 64)
				c.wantHigh, _ = strconv.ParseFloat(m[2], 64)
				c.hasHigh = true
				c.category += "-range"
			case b != nil:
				c.want, _ = strconv.ParseFloat(b[2], 64)
				c.category += "-bound"
			default:
				c.outOfScope = "no-value"
			}
			for _, o := range duckOut {
				if c.outOfScope == "" && o.re.MatchString(t) {
					c.outOfScope = o.reason
				}
			}
			cases = append(cases, c)
		}
	}
	fmt.Fprintf(w, "   %d Indonesian Numeral and AmountOfMoney texts\n", len(cases))
	figScore(w, cases, 30)
	return nil
}

// ---- num2words Indonesian number words (id-normalization-cases) ----

type idNormCase struct {
	Source         string   `json:"source"`
	Kind           string   `json:"kind"`
	Input          string   `json:"input"`
	ExpectedNumber *float64 `json:"expected_number"`
}

func runFigIDNorm(_ context.Context, dir string, w io.Writer) error {
	path := filepath.Join(dir, "id_cases.jsonl")
	if _, err := os.Stat(path); err != nil {
		fmt.Fprintf(w, "   skipped: no corpus at %s\n", path)
		return nil
	}
	rows, err := readJSONL[idNormCase](path)
	if err != nil {
		return err
	}
	var cases []figCase
	dup, other := 0, 0
	for _, r := range rows {
		switch {
		case strings.HasPrefix(r.Source, "facebook/duckling"):
			dup++ // scored by figures/duckling-id
			continue
		case r.Kind != "cardinal_words" || r.ExpectedNumber == nil:
			other++ // dates (events' business) and ordinals (not figures)
			continue
		}
		cases = append(cases, figCase{input: r.Input, text: r.Input, start: -1, lang: "id", want: *r.ExpectedNumber, category: "number-words"})
	}
	fmt.Fprintf(w, "   %d num2words cases scored; %d Duckling cases left to figures/duckling-id; %d date or ordinal cases not figures\n", len(cases), dup, other)
	figScore(w, cases, 20)
	return nil
}

// ---- MEANTIME numeric VALUE spans ----

type meantimeDoc struct {
	DocID  string `json:"doc_id"`
	Text   string `json:"text"`
	Values []struct {
		Type       string `json:"type"`
		Text       string `json:"text"`
		Start, End int64
	} `json:"values"`
}

func runFigMeantime(_ context.Context, dir string, w io.Writer) error {
	path := filepath.Join(dir, "gold_meantime_en.jsonl")
	if _, err := os.Stat(path); err != nil {
		fmt.Fprintf(w, "   skipped: no corpus at %s\n", path)
		return nil
	}
	docs, err := readJSONL[meantimeDoc](path)
	if err != nil {
		return err
	}
	var all, annotated, exact PRF
	byType := map[string]*PRF{}
	var fps, fns []string
	for _, d := range docs {
		doc := NewDoc(d.DocID, d.Text, "en", nil)
		figs := figures.Extract(doc)
		used := make([]int, len(figs))
		tp := 0
		for _, g := range d.Values {
			p := byType[g.Type]
			if p == nil {
				p = &PRF{}
				byType[g.Type] = p
			}
			p.Gold++
			hit := -1
			for k, f := range figs {
				if used[k] > 0 && !(used[k] == 1 && f.ValueHigh != nil) {
					continue // a range may match its two ends, other figures one span
				}
				if f.Start < g.End && g.Start < f.End {
					hit = k
					break
				}
			}
			if hit < 0 {
				fns = append(fns, fmt.Sprintf("%s %s %q", d.DocID, g.Type, g.Text))
				continue
			}
			used[hit]++
			tp++
			p.TP++
			if figs[hit].Start == g.Start && figs[hit].End == g.End {
				exact.TP++
			}
		}
		for k, f := range figs {
			if used[k] == 0 {
				fps = append(fps, fmt.Sprintf("%s %q", d.DocID, f.Text))
			}
		}
		all.TP += tp
		all.Pred += len(figs)
		all.Gold += len(d.Values)
		if len(d.Values) > 0 {
			annotated.TP += tp
			annotated.Pred += len(figs)
			annotated.Gold += len(d.Values)
		}
	}
	exact.Pred, exact.Gold = all.Pred, all.Gold
	fmt.Fprintf(w, "   %d documents, %d gold VALUE spans (MONEY, PERCENT, QUANTITY); a figure matches a gold span it overlaps, one to one (a range may match its two ends)\n", len(docs), all.Gold)
	fmt.Fprintf(w, "   all documents:             P %5.1f  R %5.1f  F1 %5.1f  (%d predicted)\n", all.P(), all.R(), all.F1(), all.Pred)
	fmt.Fprintf(w, "   documents with any VALUE:  P %5.1f  R %5.1f  F1 %5.1f  (%d predicted)\n", annotated.P(), annotated.R(), annotated.F1(), annotated.Pred)
	fmt.Fprintf(w, "   exact span (figure phrases include the counted noun, gold spans do not): P %5.1f  R %5.1f\n", exact.P(), exact.R())
	for _, k := range sortedKeys(byType) {
		fmt.Fprintf(w, "   recall %-9s %d/%d = %.1f%%\n", k, byType[k].TP, byType[k].Gold, byType[k].R())
	}
	for i, s := range fns {
		if i == 30 {
			fmt.Fprintf(w, "   missed: … %d more\n", len(fns)-30)
			break
		}
		fmt.Fprintf(w, "   missed: %s\n", s)
	}
	for i, s := range fps {
		if i == 30 {
			fmt.Fprintf(w, "   unmatched figure: … %d more\n", len(fps)-30)
			break
		}
		fmt.Fprintf(w, "   unmatched figure: %s\n", s)
	}
	return nil
}
