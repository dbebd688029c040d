package events

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsdesk/dataset"
)

// pattern is one family of time expressions.
type pattern struct {
	kind string
	need string // the class of time word the pattern cannot match without
	re   *regexp.Regexp
}

var patterns = compilePatterns()

func compilePatterns() []pattern {
	mon := lex.alt("month")
	wd := lex.alt("weekday")
	num := lex.alt("num")
	unit := lex.alt("unit")
	isAnchor := func(v string) bool { return v == "before" || v == "after" }
	off := lex.altWhere("offset", func(v string) bool { return !isAnchor(v) })
	offEv := lex.altWhere("offset", isAnchor)
	part := lex.alt("part")
	ord := `(?:st|nd|rd|th)?`
	year := `(?P<y>(?:1[5-9]|20)\d\d)`
	day := `(?P<d>[0-3]?\d)` + ord
	day2 := `(?:\s*(?:-|–|to|and|hingga|sampai|s\.d\.?)\s*(?P<d2>[0-3]?\d)` + ord + `)?`
	wdp := `(?:(?P<wd>` + wd + `)(?:\s?,)?\s+)?`
	dirWords := `this\s+past|this\s+coming|last|past|previous|next|coming|this|current`
	idDir := `lalu|kemarin|silam|depan|mendatang|ini|berikutnya|sebelumnya`
	src := []struct {
		kind, re string
		open     bool // no word boundary at the end: the pattern may end in ")"
	}{
		{"date", wdp + `(?:(?:tanggal|tgl\.?)\s+)?` + day + day2 + `\s+(?:of\s+)?(?P<mon>` + mon + `)\.?,?\s+` + year, false},
		{"date", wdp + `(?P<mon>` + mon + `)\.?\s+` + day + day2 + `(?:\s?,)?\s+` + year, false},
		{"date", wdp + `(?:(?:tanggal|tgl\.?)\s+)?` + day + day2 + `\s+(?:of\s+)?(?P<mon>` + mon + `)`, false},
		{"date", wdp + `(?P<mon>` + mon + `)\.?\s+` + day + day2, false},
		{"date", `(?:(?:the\s+)?(?P<part>` + part + `)[\s-]+(?:of\s+)?)?(?P<mon>` + mon + `)\.?,?\s+(?:of\s+|tahun\s+)?` + year, false},
		{"date", `(?:(?P<pre>pada\s+bulan|sejak\s+bulan|in|since|by|until|till|from|to|during|through|before|after|last|next|this|pada|sejak|hingga|sampai|bulan)\s+)?(?:(?:the\s+)?(?P<part>` + part + `)[\s-]+(?:of\s+|bulan\s+)?)?(?P<mon>` + mon + `)(?:\s+(?P<ry>last\s+year|this\s+year|next\s+year|tahun\s+lalu|tahun\s+ini|tahun\s+depan|lalu|depan|ini))?`, false},
		{"date", `(?:the\s+)?(?P<part>` + part + `)[\s-]+(?:of\s+)?(?:tahun\s+)?` + year, false},
		{"numeric", wdp + `(?P<na>[0-3]?\d)(?P<s1>[/.-])(?P<nb>[01]?\d)(?P<s2>[/.-])(?P<y>\d{4}|\d{2})`, false},
		{"iso", `(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)`, false},
		{"weekday", `(?:(?P<pre>pada\s+hari|this\s+past|this\s+coming|on|pada|hari|this|last|next|from|to|until|till|by|since|dari|hingga|sampai|sejak|early|late)\s+)?(?P<wd>` + wd + `)\b(?:\s+(?P<dp>morning|afternoon|evening|night|pagi|siang|sore|malam|tengah\s+hari|dini\s+hari))?(?:\s+(?P<dir>lalu|kemarin|depan|ini|mendatang))?(?:\s*\(\s*(?P<na>[0-3]?\d)/(?P<nb>[01]?\d)(?:/(?P<y>\d{4}|\d{2}))?\s*\))?`, true},
		{"relday", `(?P<rel>` + lex.alt("day") + `)`, false},
		{"relunit", `(?:(?P<part>early|late|mid|earlier|later)[\s-]+)?(?:the\s+)?(?P<dir>` + dirWords + `)\s+(?P<unit>week|weekend|month|year|decade|quarter)`, false},
		{"relunit", `(?:(?P<part>awal|akhir|pertengahan|medio)\s+)?(?P<unit>akhir\s+pekan|pekan|minggu|bulan|tahun|dekade|kuartal|triwulan)\s+(?P<dir>` + idDir + `)`, false},
		{"prevunit", `(?P<rel>that\s+same|the\s+same|that|the\s+following|the\s+next|the\s+previous|the\s+preceding)\s+(?P<unit>day|week|month|year)`, false},
		{"relunit", `(?:later|earlier)\s+in\s+the\s+(?P<unit>day|week|month|year)`, false},
		{"prevunit", `(?:until|by|till|hingga\s+saat|sampai\s+saat)\s+(?:then|itu)`, false},
		{"offset", `(?P<num>` + num + `|\d+)\s+(?:more\s+)?(?P<unit>` + unit + `)(?:s)?\s+(?P<off>` + off + `)`, false},
		{"thebefore", `the\s+(?P<unit>day|week|month|year)\s+(?P<off>before|after|earlier|later)`, false},
		{"offset", `se(?P<unit>hari|minggu|pekan|bulan|tahun)\s+(?P<off>` + off + `)`, false},
		{"offset", `(?P<num>` + num + `|\d+)\s+(?:more\s+)?(?P<unit>` + unit + `)(?:s)?\s+(?P<off>` + offEv + `)(?P<obj>(?:\s+[\p{L}][\p{L}\-]*|\s+\d+(?:[.,]\d+)?(?:-[\p{L}]+)?){1,4})?`, false},
		{"offset", `se(?P<unit>hari|minggu|pekan|bulan|tahun)\s+(?P<off>` + offEv + `)(?P<obj>(?:\s+[\p{L}][\p{L}\-]*){1,3})?`, false},
		{"in", `(?P<in>dalam|dlm|in)\s+(?P<num>` + lex.altWhere("num", func(v string) bool { return v != "1" }) + `|\d+|se)\s+(?P<unit>` + unit + `)(?:s)?`, false},
		{"decade", `(?:the\s+)?(?:(?P<part>early|mid|late|awal|akhir|pertengahan)[\s-]+)?(?:(?:tahun|era|dekade)\s+)?(?:(?P<dec>1[5-9]\d|20\d)0(?:'?s|-an)|'(?P<dec2>\d)0s|(?P<decw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))`, false},
		{"year", `(?:(?P<pre>fiscal|pada\s+tahun|sejak\s+tahun|hingga\s+tahun|in|since|by|until|till|from|to|through|during|before|after|of|pada|sejak|hingga|sampai|selama|tahun)\s+)?` + year, false},
		{"quarter", `(?:the\s+)?(?:(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)|(?P<qrel>latest|last|current|year-ago|year-earlier|previous|same|just-ended|recent))(?:[\s-]+(?:fiscal|calendar))?[\s-]+quarter(?:\s+(?:of\s+)?(?:fiscal\s+)?` + year + `)?`, false},
		{"quarter", `(?:kuartal|triwulan)\s+(?P<q>pertama|kedua|ketiga|keempat|iv|iii|ii|i|[1-4])(?:\s+(?:tahun\s+)?` + year + `)?`, false},
		{"quarter", `the\s+(?P<qrel>quarter)`, false},
		{"quarter", `(?:the\s+)?` + year + `\s+(?:(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+)?(?:fiscal\s+)?(?:quarter|period)`, false},
		{"quarter", `(?P<yrel>this|last|next)\s+year's\s+(?:(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+)?(?:quarter|period)`, false},
		{"yearago", `(?:the\s+)?(?:year-earlier|year-ago)(?:\s+(?:period|quarter|level|results?|figures?))?`, false},
		{"season", `(?:(?P<dir>this\s+past|last|this|next)\s+|the\s+)?(?:(?P<part>early|mid|late)[\s-]+)?(?P<season>` + lex.alt("season") + `)(?:\s+(?:of\s+)?` + year + `)?`, false},
		{"ref", `(?P<ref>` + lex.alt("ref") + `)`, false},
		{"thisyear", `(?:the\s+(?:(?:current|full|whole|entire)\s+)?(?:fiscal\s+)?year(?:'s\s+end)?|year[\s-]end|year's\s+end|the\s+end\s+of\s+the\s+year)`, false},
		{"weekend", `(?P<wpre>over|during|at|ahead\s+of|before)\s+the\s+weekend`, false},
		{"holiday", `(?:(?P<dir>last|next|this\s+past|this\s+coming)\s+)?(?P<hol>` + lex.alt("holiday") + `)`, false},
		{"yearrange", `(?P<pre>between|antara)\s+(?:(?:the\s+)?years?\s+|tahun\s+)?` + year + `\s+(?:and|dan)\s+(?:tahun\s+)?(?P<y2>(?:1[5-9]|20)\d\d)`, false},
		{"yearrange", `(?:(?P<pre>from|since|during|in|selama|sejak|dari|pada|periode)\s+)?(?:(?:the\s+)?years?\s+|tahun\s+)?` + year + `\s*(?:-|–|—|to|through|until|till|hingga|sampai|s\.d\.?|s/d)\s*(?:tahun\s+)?(?P<y2>(?:1[5-9]|20)\d\d)`, false},
		{"spelled", `(?:the\s+year\s+)?(?:nineteen(?:\s+hundred)?\s+(?P<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?P<ones>one|two|three|four|five|six|seven|eight|nine))?|two\s+thousand(?:\s+and)?(?:\s+(?P<ones2>one|two|three|four|five|six|seven|eight|nine))?)`, false},
	}
	needs := []string{"month", "month", "month", "month", "month", "month", "digit", "digit", "digit", "weekday", "day",
		"unit", "unit", "unit", "unit", "then", "unit", "unit", "unit", "unit", "unit", "unit", "digit", "digit", "unit", "unit", "unit", "digit", "unit", "unit", "season", "ref", "unit", "unit", "holiday", "digit", "digit", "spelled"}
	if len(needs) != len(src) {
		panic("events: every pattern needs a time word class")
	}
	ps := make([]pattern, len(src))
	for i, s := range src {
		tail := `\b`
		if s.open {
			tail = ""
		}
		ps[i] = pattern{kind: s.kind, need: needs[i], re: regexp.MustCompile(`(?i)\b(?:` + s.re + `)` + tail)}
	}
	return ps
}

// candidate is a regexp match before overlaps are settled.
type candidate struct {
	start, end int // bytes
	prio       int
	m          Mention
}

// Find finds the time expressions of doc, resolved against its
// publication date when it has one. It is safe for concurrent use.
func Find(doc *dataset.Doc) []Mention {
	text := doc.Source.Text
	var cands []candidate
	wins := timeWindows(text)
	for pi, p := range patterns {
		for _, w := range wins[p.need] {
			cands = appendMatches(cands, text, w[0], w[1], pi)
		}
	}
	return finish(doc, cands)
}

// appendMatches runs pattern pi over text[a:b] and appends the accepted
// matches, with offsets into text.
func appendMatches(cands []candidate, text string, a, b, pi int) []candidate {
	p := patterns[pi]
	{
		names := p.re.SubexpNames()
		for _, g := range p.re.FindAllStringSubmatchIndex(text[a:b], -1) {
			for i := range g {
				if g[i] >= 0 {
					g[i] += a
				}
			}
			get := func(name string) string {
				for i, n := range names {
					if n == name && g[2*i] >= 0 {
						return text[g[2*i]:g[2*i+1]]
					}
				}
				return ""
			}
			m, ok := build(p.kind, get, text, g[0], g[1])
			if !ok {
				continue
			}
			cands = append(cands, candidate{start: g[0], end: g[1], prio: pi, m: m})
		}
	}
	return cands
}

// finish settles overlaps, fills spans, sentences and happenings, and
// resolves against the publication date.
func finish(doc *dataset.Doc, cands []candidate) []Mention {
	text := doc.Source.Text
	sort.Slice(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if a.start != b.start {
			return a.start < b.start
		}
		if a.end-a.start != b.end-b.start {
			return a.end-a.start > b.end-b.start
		}
		return a.prio < b.prio
	})
	// Keep the longest of overlapping candidates.
	sort.SliceStable(cands, func(i, j int) bool {
		return cands[i].end-cands[i].start > cands[j].end-cands[j].start
	})
	var kept []candidate
	for _, c := range cands {
		clash := false
		for _, k := range kept {
			if c.start < k.end && k.start < c.end {
				clash = true
				break
			}
		}
		if !clash {
			kept = append(kept, c)
		}
	}
	sort.Slice(kept, func(i, j int) bool { return kept[i].start < kept[j].start })
	kept = joinYears(text, kept)
	rs := dataset.NewRunes(text)
	out := make([]Mention, 0, len(kept))
	for _, c := range kept {
		m := c.m
		m.Start, m.End = rs.Offset(c.start), rs.Offset(c.end)
		m.Text = doc.Span(m.Start, m.End)
		m.Sentence = doc.SentenceAt(m.Start)
		m.Dateline = isDateline(text, c.start, c.end)
		if m.Kind == "numeric" && (m.NumA > 12 || m.NumB > 12) {
			setNumericOrder(&m, m.NumA > 12)
		}
		out = append(out, m)
	}
	describe(doc, out)
	if doc.Source.Published != nil {
		resolveDoc(out, *doc.Source.Published, numericOrder(doc, out), nil)
	}
	return out
}

// windowMargin is how far around a time word the patterns look, in
// bytes: more than the longest expression reaches from its time word.
const windowMargin = 90

// timeWindows returns the byte ranges of text around its time words
// (month and weekday names, relative days, units, digits…), merged, with
// edges on white space. Running the patterns only there keeps Find fast
// on long articles: most of a text holds no time word.
func timeWindows(text string) map[string][][2]int {
	out := map[string][][2]int{}
	start := -1
	var lower []byte
	hit := func(class string, a, b int) {
		ws := out[class]
		defer func() { out[class] = ws }()
		lo, hi := max(0, a-windowMargin), min(len(text), b+windowMargin)
		for lo > 0 && text[lo-1] != ' ' && text[lo-1] != '\n' {
			lo--
		}
		for hi < len(text) && text[hi] != ' ' && text[hi] != '\n' {
			hi++
		}
		if n := len(ws); n > 0 && lo <= ws[n-1][1] {
			ws[n-1][1] = max(ws[n-1][1], hi)
			return
		}
		ws = append(ws, [2]int{lo, hi})
	}
	flush := func(i int) {
		w := text[start:i]
		lower = lower[:0]
		digit := false
		for k := 0; k < len(w); k++ {
			c := w[k]
			if c >= '0' && c <= '9' {
				digit = true
			}
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			lower = append(lower, c)
		}
		if digit {
			hit("digit", start, i)
		}
		for _, c := range timeTokens[string(lower)] {
			hit(c, start, i)
		}
		start = -1
	}
	for i, r := range text {
		in := unicode.IsLetter(r) || unicode.IsDigit(r)
		if in && start < 0 {
			start = i
		}
		if !in && start >= 0 {
			flush(i)
		}
	}
	if start >= 0 {
		flush(len(text))
	}
	return out
}

// timeTokens maps the words that anchor a time expression to their
// classes (month, weekday, day, unit, season, ref).
var timeTokens = func() map[string][]string {
	t := map[string][]string{}
	add := func(w, class string) {
		for _, c := range t[w] {
			if c == class {
				return
			}
		}
		t[w] = append(t[w], class)
	}
	add("then", "then")
	add("itu", "then")
	for _, w := range []string{"nineteen", "thousand"} {
		add(w, "spelled")
	}
	for _, w := range []string{"twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"} {
		add(w, "digit") // the decade pattern runs in digit windows
	}
	for _, w := range []string{"sehari", "seminggu", "sepekan", "sebulan", "setahun"} {
		add(w, "unit")
	}
	add("jum", "weekday") // jum'at
	for _, e := range lex.time {
		switch e.kind {
		case "month", "weekday", "day", "unit", "season", "ref", "holiday":
			for _, w := range strings.Fields(e.word) {
				if len(w) >= 3 && (!lex.stop[w] || e.kind == "month") && w != "the" {
					add(w, e.kind)
					if e.kind == "unit" {
						add(w+"s", e.kind) // days, weeks
					}
				}
			}
		}
	}
	return t
}()

// build turns one match into a Mention, or rejects it.
func build(kind string, get func(string) string, text string, start, end int) (Mention, bool) {
	m := Mention{Kind: kind, Weekday: -1}
	matched := text[start:end]
	atoi := func(s string) int { n, _ := strconv.Atoi(s); return n }
	if w := get("wd"); w != "" {
		if !isUpper(w) {
			return m, false
		}
		v, _ := lex.value("weekday", w)
		m.Weekday = atoi(v)
	}
	if s := get("mon"); s != "" {
		v, _ := lex.value("month", strings.TrimSuffix(s, "."))
		m.Month = atoi(v)
	}
	m.Day, m.Day2 = atoi(get("d")), atoi(get("d2"))
	if y := get("y"); y != "" {
		m.Year = atoi(y)
		if len(y) == 2 {
			m.Year += 2000
			if m.Year > 2069 {
				m.Year -= 100
			}
		}
	}
	if p := get("part"); p != "" {
		m.Part, _ = lex.value("part", p)
	}
	switch kind {
	case "date":
		mon := get("mon")
		if m.Day > 31 || m.Day2 > 31 || (m.Day == 0 && get("d") != "") {
			return m, false
		}
		if mon != "" && !isUpper(mon) {
			return m, false
		}
		if m.Day == 0 && m.Year == 0 {
			// A bare month name: ambiguous words (May, March, short
			// forms) need a preposition or a part before them.
			if get("pre") == "" && m.Part == "" && get("ry") == "" && (len(mon) <= 4 || strings.EqualFold(mon, "march")) && !strings.EqualFold(mon, "mei") && !strings.EqualFold(mon, "juni") && !strings.EqualFold(mon, "juli") && !strings.EqualFold(mon, "june") && !strings.EqualFold(mon, "july") {
				return m, false
			}
			if strings.EqualFold(mon, "may") && get("pre") == "" && m.Part == "" {
				return m, false
			}
		}
		if m.Day != 0 && m.Year == 0 && nextIsDigit(text, end) {
			return m, false
		}
		if m.Day == 0 && m.Year == 0 && bareMonthTail.MatchString(text[end:]) {
			return m, false // since Jan. 13: the day pattern takes it
		}
		if m.Day == 0 && get("pre") == "" && m.Part == "" && dayBefore.MatchString(text[:start]) {
			return m, false // 8 September lalu: the day pattern takes it
		}
		switch strings.ToLower(normWS(get("ry"))) {
		case "last year", "tahun lalu":
			m.Unit, m.N = "year", -1
		case "this year", "tahun ini":
			m.Unit, m.N = "year", 0
		case "next year", "tahun depan":
			m.Unit, m.N = "year", 1
		case "lalu":
			m.Dir = -1
		case "depan":
			m.Dir = 1
		}
		switch strings.ToLower(normWS(get("pre"))) {
		case "last":
			m.Dir = -1
		case "since", "sejak", "sejak bulan":
			m.Past = true
		case "by", "until", "till", "through", "hingga", "sampai", "to":
			m.Deadline = true
		case "next":
			m.Dir = 1
		case "this":
			m.Unit, m.N = "year", 0
		}
	case "numeric":
		if get("s1") != get("s2") {
			return m, false
		}
		m.NumA, m.NumB = atoi(get("na")), atoi(get("nb"))
		if m.NumA == 0 || m.NumB == 0 || m.NumA > 31 || m.NumB > 31 || (m.NumA > 12 && m.NumB > 12) {
			return m, false
		}
		if get("s1") == "." && len(get("y")) == 2 {
			return m, false
		}
		if start > 0 && strings.ContainsAny(text[start-1:start], "/.-") || nextIsDigit(text, end) {
			return m, false
		}
	case "iso":
		m.Kind = "date"
		m.Month = atoi(get("m"))
		if m.Month < 1 || m.Month > 12 || m.Day < 1 {
			return m, false
		}
	case "weekday":
		w := get("wd")
		pre := strings.ToLower(normWS(get("pre")))
		dir := strings.ToLower(get("dir"))
		if strings.EqualFold(w, "minggu") && (dir == "lalu" || dir == "depan" || dir == "ini") && get("na") == "" && get("dp") == "" {
			return m, false // minggu lalu: last week
		}
		if deadlineBefore(text, start) {
			m.Deadline = true // until 9 a.m. Tuesday: a deadline lies ahead
		}
		switch {
		case pre == "last" || pre == "this past" || dir == "lalu" || dir == "kemarin":
			m.Dir = -1
		case pre == "next" || pre == "this coming" || dir == "depan" || dir == "mendatang":
			m.Dir = 1
		}
		if get("na") != "" {
			m.Day, m.Month = atoi(get("na")), atoi(get("nb"))
			if m.Day < 1 || m.Day > 31 || m.Month < 1 || m.Month > 12 {
				return m, false
			}
		}
	case "relday":
		if f := strings.Fields(get("rel")); len(f) == 1 && isUpper(f[0]) && inName(text, start) {
			return m, false // The Jakarta Post Today, USA Today: a title
		}
		v, _ := lex.value("day", get("rel"))
		m.Unit, m.N = "day", atoi(v)
	case "relunit":
		u := strings.ToLower(normWS(get("unit")))
		if v, ok := lex.value("unit", u); ok {
			u = v
		}
		if m.Part == "late" && u == "week" && strings.HasPrefix(strings.ToLower(matched), "akhir") {
			m.Part, u = "", "weekend"
		}
		d := strings.ToLower(normWS(get("dir")))
		if d == "" {
			d = "this" // later in the day: the anchor's
		}
		if d == "past" && u != "year" && u != "decade" && hasWordBefore(text, start, "the", "over", "in") {
			return m, false // over the past week: a duration
		}
		if strings.HasPrefix(strings.ToLower(matched), "the past") && u != "year" && u != "decade" {
			return m, false
		}
		if f := strings.Fields(matched); len(f) == 2 && isUpper(f[0]) && isUpper(f[1]) && start > 0 && !sentenceStart(text, start) {
			return m, false // ABC's "This Week": a title
		}
		v, _ := lex.value("dir", d)
		m.Unit, m.N = u, atoi(v)
		if p := strings.ToLower(get("part")); p == "earlier" || p == "later" {
			m.Part = ""
		}
	case "prevunit":
		m.Kind = "offset"
		m.Unit, m.After = strings.ToLower(get("unit")), "prev"
		if m.Unit == "" {
			m.Unit = "day" // until then: the date before, at its precision
		}
		switch strings.ToLower(normWS(get("rel"))) {
		case "the following", "the next":
			m.N = 1
		case "the previous", "the preceding":
			m.N = -1
		}

	case "offset", "in":
		n := 1
		if s := get("num"); s != "" {
			if v, ok := lex.value("num", s); ok {
				n = atoi(v)
			} else {
				n = atoi(s)
			}
		}
		u := strings.ToLower(normWS(get("unit")))
		if v, ok := lex.value("unit", u); ok {
			u = v
		}
		m.Unit = u
		if kind == "in" {
			m.Kind, m.N = "offset", n
			if strings.EqualFold(get("in"), "in") && (u == "hour" || u == "minute" || u == "second") {
				return m, false
			}
			if spanToNow(text, start) {
				return m, false // no raise in four years: a span up to now
			}
			break
		}
		o, _ := lex.value("offset", get("off"))
		switch o {
		case "before", "after":
			obj := strings.TrimSpace(get("obj"))
			m.After = eventWords(obj)
			if m.After == "" {
				m.After = "prev"
			}
			if o == "before" {
				n = -n
			}
			// Keep the span to the time expression itself.
			m.N = n
		case "-1":
			m.N = -n
		default:
			m.N = n
			m.After = "prev"
		}
		if o == "-1" && (strings.EqualFold(get("off"), "earlier") || strings.EqualFold(get("off"), "sebelumnya")) {
			m.After = "prev"
		}
	case "thebefore":
		m.Kind, m.Unit, m.After, m.N = "offset", strings.ToLower(get("unit")), "prev", 1
		if o := strings.ToLower(get("off")); o == "before" || o == "earlier" {
			m.N = -1
		}
		if nextWordIs(text, end, "the") || nextWordIs(text, end, "a") || nextIsContentWord(text, end) {
			return m, false // the day before the vote, before authorities issued: a clause, not a date
		}
	case "yearago":
		m.Kind, m.Unit, m.N, m.After = "offset", "year", -1, ""
	case "decade":
		if w := strings.ToLower(get("decw")); w != "" {
			// the nineties: the words only name a decade with "the".
			if !strings.HasPrefix(strings.ToLower(matched), "the") {
				return m, false
			}
			m.Decade = 190 + map[string]int{"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9}[w]
		} else if d := get("dec"); d != "" {
			m.Decade = atoi(d)
		} else {
			m.Decade = 190 + atoi(get("dec2"))
		}
	case "year":
		pre := strings.ToLower(normWS(get("pre")))
		strong := map[string]bool{"fiscal": true, "in": true, "since": true, "sejak": true, "tahun": true, "pada tahun": true, "sejak tahun": true, "hingga tahun": true, "during": true, "selama": true, "pada": true, "until": true, "by": true}
		if nextIsDigit(text, end) || (start > 0 && strings.ContainsAny(text[start-1:start], "$.,/:-")) {
			return m, false
		}
		if !strong[pre] && countNounAfter(text, end) {
			return m, false
		}
		if hasWordBefore(text, start, "rp", "us$", "no", "nomor", "number", "pukul", "page", "route") {
			return m, false
		}
		if pre == "" && (strings.HasSuffix(text[:start], "'s ") || strings.HasSuffix(text[:start], "’s ")) && nextIsName(text, end) {
			return m, false // Kopp's 1987 Chevrolet: a model year
		}
	case "quarter":
		if r := strings.ToLower(get("yrel")); r != "" {
			v, _ := lex.value("dir", r)
			m.YearRel, m.HasYearRel = atoi(v), true
		}
		if (m.Year != 0 || m.HasYearRel) && get("q") == "" {
			m.Quarter = -1 // the quarter in focus, in that year
			break
		}
		if q := strings.ToLower(get("q")); q != "" {
			v, _ := lex.value("ordinal", q)
			m.Quarter = atoi(v)
			if m.Quarter == 0 {
				m.Quarter = atoi(q)
			}
		} else {
			switch strings.ToLower(get("qrel")) {
			case "current", "same":
				m.N = 0
			case "year-ago", "year-earlier":
				m.N = -5
			default:
				m.N = -1
			}
			m.Unit = "quarter"
		}
	case "thisyear":
		// the year, the current fiscal year, year-end: the anchor's year.
		m.Kind, m.Unit, m.N = "relunit", "year", 0
		if nextWordIs(text, end, "before") || nextWordIs(text, end, "after") || nextWordIs(text, end, "earlier") || nextWordIs(text, end, "later") {
			return m, false
		}
	case "weekend":
		m.Kind, m.Unit, m.N = "relunit", "weekend", -1
		if p := strings.ToLower(normWS(get("wpre"))); p == "ahead of" || p == "before" {
			m.N = 0 // ahead of the weekend: the coming one
		}
	case "holiday":
		h := get("hol")
		if !isUpper(h) {
			return m, false // natal (birth), an election day
		}
		m.Holiday, _ = lex.value("holiday", h)
		switch strings.ToLower(normWS(get("dir"))) {
		case "last", "this past":
			m.Dir = -1
		case "next", "this coming":
			m.Dir = 1
		}
	case "yearrange":
		// between 2020 and 2022, selama 2020 hingga 2022: one span of
		// years, dated to its first.
		m.Kind = "year"
		m.Year2, _ = strconv.Atoi(get("y2"))
		if m.Year2 <= m.Year || m.Year2-m.Year > 50 || nextIsDigit(text, end) || countNounAfter(text, end) {
			return m, false
		}
		if start > 0 && strings.ContainsAny(text[start-1:start], "$.,/:-") {
			return m, false
		}
	case "spelled":
		tens := map[string]int{"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
		ones := map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
		m.Kind = "year"
		if t := strings.ToLower(get("tens")); t != "" {
			m.Year = 1900 + tens[t] + ones[strings.ToLower(get("ones"))]
		} else {
			m.Year = 2000 + ones[strings.ToLower(get("ones2"))]
			if !strings.HasPrefix(strings.ToLower(matched), "the year") && get("ones2") == "" {
				return m, false // two thousand people
			}
		}
		if countNounAfter(text, end) {
			return m, false
		}
	case "season":
		s := strings.ToLower(normWS(get("season")))
		m.Season, _ = lex.value("season", s)
		d := strings.ToLower(normWS(get("dir")))
		if d == "" && m.Year == 0 && (s == "fall" || s == "spring") {
			return m, false
		}
		if d == "" && m.Year == 0 && !strings.HasPrefix(strings.ToLower(matched), "the") && !strings.HasPrefix(s, "musim") {
			return m, false
		}
		switch d {
		case "last", "this past":
			m.Dir = -1
		case "next":
			m.Dir = 1
		}
	case "ref":
		m.Ref, _ = lex.value("ref", get("ref"))
		if strings.EqualFold(get("ref"), "now") && nextWordIs(text, end, "that") {
			return m, false
		}
		if f := strings.Fields(text[end:min(len(text), end+20)]); len(f) > 0 && strings.HasPrefix(strings.ToLower(get("ref")), "the past") {
			if _, ok := lex.value("unit", strings.TrimSuffix(strings.ToLower(strings.Trim(f[0], ",.;")), "s")); ok {
				return m, false // the past year: a duration
			}
		}
	}
	return m, true
}

// setNumericOrder fixes a numeric date's day and month.
func setNumericOrder(m *Mention, dayFirst bool) {
	if dayFirst {
		m.Day, m.Month = m.NumA, m.NumB
	} else {
		m.Day, m.Month = m.NumB, m.NumA
	}
	m.Kind = "date"
}

func isUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func nextIsDigit(text string, end int) bool {
	rest := text[end:]
	rest = strings.TrimLeft(rest, " ")
	if rest == "" {
		return false
	}
	if rest[0] >= '0' && rest[0] <= '9' {
		return true
	}
	return len(rest) > 1 && (rest[0] == ':' || rest[0] == ',' || rest[0] == '.') && rest[1] >= '0' && rest[1] <= '9' && end < len(text) && text[end] != ' '
}

// hasWordBefore reports whether the word before byte offset start is one
// of ws (any case).
func hasWordBefore(text string, start int, ws ...string) bool {
	before := strings.TrimRight(text[:start], " \t")
	i := strings.LastIndexFunc(before, func(r rune) bool { return !unicode.IsLetter(r) && r != '$' })
	w := strings.ToLower(before[i+1:])
	for _, x := range ws {
		if w == x {
			return true
		}
	}
	return false
}

func nextWordIs(text string, end int, w string) bool {
	f := strings.Fields(text[end:min(len(text), end+30)])
	return len(f) > 0 && strings.EqualFold(strings.Trim(f[0], ",.;"), w)
}

// counted nouns that follow a number that is not a year.
var countWords = map[string]bool{"orang": true, "anggota": true, "warga": true, "unit": true, "buah": true, "ekor": true,
	"kali": true, "meter": true, "ton": true, "rupiah": true, "dolar": true, "tentara": true, "personel": true, "jiwa": true,
	"people": true, "dollars": true, "euros": true, "members": true, "troops": true, "soldiers": true, "times": true,
	"votes": true, "tons": true, "barrels": true, "shares": true, "points": true, "cars": true, "km": true, "m": true, "kg": true,
	"percent": true, "persen": true, "miles": true, "yards": true, "feet": true, "metres": true, "meters": true}

// countNounAfter reports whether the number ending at end counts
// something (2000 people) rather than naming a year.
func countNounAfter(text string, end int) bool {
	f := strings.Fields(text[end:min(len(text), end+40)])
	if len(f) == 0 {
		return false
	}
	w := strings.Trim(f[0], ",.;:)")
	if w == "" || strings.ContainsAny(f[0][:1], ",.;:)") {
		return false
	}
	lw := strings.ToLower(w)
	if countWords[lw] || strings.HasPrefix(lw, "%") {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsLower(r) && len(lw) > 3 && strings.HasSuffix(lw, "s") && !lex.stop[lw] && !strings.HasSuffix(lw, "ss") && !strings.HasSuffix(lw, "us") {
		return true
	}
	return false
}

// eventWords keeps the words naming the event an offset counts from
// (the cyberattack, serangan siber), without determiners.
func eventWords(s string) string {
	f := strings.Fields(strings.ToLower(s))
	for len(f) > 0 && (lex.stop[f[0]]) {
		f = f[1:]
	}
	return strings.Join(f, " ")
}

// isDateline reports whether the expression at [start, end) only dates
// the article: it stands near the top on a line of its own, or after a
// place name and before a dash, a clock time or an agency.
func isDateline(text string, start, end int) bool {
	ls := strings.LastIndexByte(text[:start], '\n') + 1
	if isStamp(text[ls:start]) {
		return true
	}
	if strings.Count(text[:ls], "\n") > 3 && ls > 400 {
		return false
	}
	le := strings.IndexByte(text[end:], '\n')
	if le < 0 {
		le = len(text)
	} else {
		le += end
	}
	prefix := strings.TrimSpace(text[ls:start])
	suffix := strings.TrimSpace(text[end:le])
	if len(prefix) > 60 {
		return false
	}
	for _, w := range strings.Fields(prefix) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !strings.ContainsAny(w[:1], "(–—-|,") {
			return false
		}
	}
	if datelineTail.MatchString(suffix) {
		return true
	}
	return false
}

var dayBefore = regexp.MustCompile(`\d(?:st|nd|rd|th)?\s+(?:of\s+)?$`)

var bareMonthTail = regexp.MustCompile(`^\.?\s*\d`)

var datelineTail = regexp.MustCompile(`^(?:[,|]?\s*(?:\d{1,2}[.:]\d{2}(?:\s*(?:WIB|WITA|WIT|GMT|UTC|CET|CEST|EST|EDT|am|pm|a\.m\.|p\.m\.))?)?\s*(?:\([^)]{1,40}\))?\s*(?:[-–—:|].*)?)$`)

// isStamp reports whether a line opens with a word that stamps the
// article itself (Updated 4:12 PM, *Posted on, Diperbarui).
func isStamp(prefix string) bool {
	if stampWords(prefix) {
		return true
	}
	// Union — For immediate release — October 4: the stamp may follow a
	// name, after a dash or a bar, right before the date.
	segs := strings.FieldsFunc(prefix, func(r rune) bool { return r == '—' || r == '–' || r == '|' })
	for i := len(segs) - 1; i > 0; i-- {
		if strings.TrimSpace(segs[i]) != "" {
			return stampWords(segs[i])
		}
	}
	return false
}

// stampWords reports whether prefix opens with a stamp word.
func stampWords(prefix string) bool {
	p := strings.ToLower(strings.TrimLeft(prefix, " \t*_>#-–—|"))
	if len(p) > 40 {
		return false
	}
	for w := range lex.byKind["stamp"] {
		if strings.HasPrefix(p, w) && (len(p) == len(w) || !unicode.IsLetter(rune(p[len(w)]))) {
			return true
		}
	}
	return false
}

// nextIsContentWord reports whether the word after end is a content word
// (not a function word, not punctuation): the expression then opens a
// clause (the day before authorities issued a warrant).
func nextIsContentWord(text string, end int) bool {
	rest := text[end:min(len(text), end+40)]
	if rest == "" || rest[0] != ' ' {
		return false
	}
	f := strings.Fields(rest)
	if len(f) == 0 {
		return false
	}
	w := f[0]
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsLetter(r) {
		return false
	}
	lw := strings.ToLower(strings.TrimRight(w, ",.;:!?'\"”’)"))
	if lw != strings.ToLower(w) {
		return false // punctuation follows the word: the clause ends there
	}
	if lex.stop[lw] || isTimeWord(lw) {
		return false
	}
	return true
}

// sentenceStart reports whether byte offset start opens a sentence or a
// line (only white space, quotes or an opening bracket after a full stop).
func sentenceStart(text string, start int) bool {
	b := strings.TrimRight(text[:start], " \t\"'“‘(")
	if b == "" {
		return true
	}
	c := b[len(b)-1]
	return c == '.' || c == '!' || c == '?' || c == '\n' || c == ':'
}

// deadlineBefore reports whether one of the four words before byte offset
// start (or the expression's own preposition) opens a deadline: until,
// by, hingga, sampai.
func deadlineBefore(text string, start int) bool {
	f := strings.Fields(text[max(0, start-40):min(len(text), start+12)])
	// The words up to and including the expression's first word.
	n := len(strings.Fields(text[max(0, start-40):start]))
	if n < len(f) {
		f = f[:n+1]
	}
	if len(f) > 0 && start-40 > 0 {
		f = f[1:] // a word cut by the window
	}
	for i := max(0, len(f)-5); i < len(f); i++ {
		switch strings.ToLower(strings.Trim(f[i], ",.;:()")) {
		case "until", "till", "hingga", "sampai", "deadline":
			return true
		}
	}
	return false
}

// joinYears joins a month or season without a year to a year that follows
// it as its own expression (January nineteen ninety-seven, the winter of
// nineteen ninety-four): the patterns only read years in digits.
func joinYears(text string, kept []candidate) []candidate {
	out := kept[:0]
	for i := 0; i < len(kept); i++ {
		c := kept[i]
		if i+1 < len(kept) {
			n := kept[i+1]
			gap := strings.ToLower(strings.TrimSpace(text[c.end:n.start]))
			month := c.m.Kind == "date" && c.m.Month != 0 && c.m.Day == 0 && c.m.Year == 0
			season := c.m.Kind == "season" && c.m.Year == 0
			if (month || season) && n.m.Kind == "year" && (gap == "" || gap == "of" || gap == ",") {
				c.m.Year, c.end = n.m.Year, n.end
				c.m.Dir, c.m.Unit, c.m.N = 0, "", 0
				out = append(out, c)
				i++
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// nextIsName reports whether a capitalised word follows end (Kopp's 1987
// Chevrolet).
func nextIsName(text string, end int) bool {
	f := strings.Fields(text[end:min(len(text), end+30)])
	return len(f) > 0 && isUpper(f[0])
}

// spanToNow reports whether the clause before byte offset start makes an
// "in N units" after it a span reaching back to now: a negation, a perfect
// or a superlative (have not had a raise in four years, the first time in
// a decade, belum naik dalam empat tahun), with no future marker after it.
func spanToNow(text string, start int) bool {
	a := max(0, start-120)
	if i := strings.LastIndexAny(text[a:start], ".!?;\n"); i >= 0 {
		a += i + 1
	}
	cue := false
	for _, w := range strings.Fields(strings.ToLower(text[a:start])) {
		w = strings.Trim(w, ",:\"'“”‘()")
		w = strings.ReplaceAll(w, "’", "'")
		if _, ok := lex.byKind["future"][w]; ok && cue {
			return false // has said it will close in two years
		}
		if _, ok := lex.byKind["durcue"][w]; ok || strings.HasSuffix(w, "n't") {
			cue = true
		}
		if i := strings.IndexByte(w, '\''); i > 0 {
			if _, ok := lex.byKind["durcue"][w[i:]]; ok {
				cue = true // we've
			}
		}
	}
	return cue
}

// inName reports whether the capitalised word at byte offset start
// continues a name (The Jakarta Post Today): a capitalised word stands
// right before it and its line is not a headline in title case.
func inName(text string, start int) bool {
	before := strings.TrimRight(text[:start], " ")
	if before == "" || len(before) < start-1 {
		return false
	}
	i := strings.LastIndexFunc(before, func(r rune) bool { return !unicode.IsLetter(r) })
	prev := before[i+1:]
	if prev == "" || !isUpper(prev) || sentenceStart(text, start) {
		return false
	}
	ls := strings.LastIndexByte(text[:start], '\n') + 1
	le := strings.IndexByte(text[start:], '\n')
	if le < 0 {
		le = len(text)
	} else {
		le += start
	}
	for _, w := range strings.Fields(text[ls:le]) {
		w = strings.Trim(w, "*_#,.;:()\"'“”")
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && len(w) > 3 && !lex.stop[strings.ToLower(w)] {
			return true // a line of running text, not a title-case headline
		}
	}
	return false
}
