package meta

import (
	_ "embed"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	lexfile "newsdesk/dataset/lexicon"
)

//go:embed lexicon/dates.txt
var datesTxt string

//go:embed lexicon/outlets.txt
var outletsTxt string

// dateWords are the month, weekday and header words of every language.
type dateWords struct {
	months   map[string]time.Month
	weekdays map[string]time.Weekday
	header   map[string]bool
	lead     map[string]bool // publication verbs, also header words
	future   map[string]bool // words before a scheduled day
}

func parseDates(src string) (*dateWords, error) {
	w := &dateWords{months: map[string]time.Month{}, weekdays: map[string]time.Weekday{}, header: map[string]bool{}, lead: map[string]bool{}, future: map[string]bool{}}
	rows, err := lexfile.Parse("lexicon/dates.txt", src, 4, 4)
	if err != nil {
		return nil, fmt.Errorf("meta: %w (KIND<TAB>LANG<TAB>NUMBER<TAB>NAMES)", err)
	}
	for _, r := range rows {
		f := r.Fields
		n, err := strconv.Atoi(f[2])
		if err != nil {
			return nil, fmt.Errorf("meta: lexicon/dates.txt:%d: bad number %q", r.Line, f[2])
		}
		for _, name := range strings.Split(f[3], ",") {
			name = strings.TrimSpace(name)
			switch f[0] {
			case "month":
				w.months[name] = time.Month(n)
			case "weekday":
				w.weekdays[name] = time.Weekday(n)
			case "header":
				w.header[name] = true
			case "future":
				w.future[name] = true
			case "lead":
				w.header[name] = true
				w.lead[name] = true
			default:
				return nil, fmt.Errorf("meta: lexicon/dates.txt:%d: unknown kind %q", r.Line, f[0])
			}
		}
	}
	return w, nil
}

// outletRules are the parsed lines of outlets.txt.
type outletRules struct {
	datelines []*regexp.Regexp
	self      []*regexp.Regexp
	names     []outletName
}

type outletName struct {
	canonical string
	re        *regexp.Regexp
}

func parseOutlets(src string) (*outletRules, error) {
	o := &outletRules{}
	rows, err := lexfile.Parse("lexicon/outlets.txt", src, 2, 3)
	if err != nil {
		return nil, fmt.Errorf("meta: %w", err)
	}
	for _, r := range rows {
		f := r.Fields
		where := fmt.Sprintf("lexicon/outlets.txt:%d", r.Line)
		var pattern string
		switch {
		case (f[0] == "dateline" || f[0] == "self") && len(f) == 2:
			pattern = f[1]
		case f[0] == "name" && len(f) == 3:
			pattern = `^(?:` + f[2] + `)$`
		default:
			return nil, fmt.Errorf("meta: %s: want dateline<TAB>REGEXP, self<TAB>REGEXP or name<TAB>CANONICAL<TAB>REGEXP", where)
		}
		re, err := regexp.Compile(pattern)
		if err != nil {
			return nil, fmt.Errorf("meta: %s: %w", where, err)
		}
		if f[0] != "name" && re.SubexpIndex("outlet") < 0 {
			return nil, fmt.Errorf("meta: %s: the regexp needs a group named outlet", where)
		}
		switch f[0] {
		case "dateline":
			o.datelines = append(o.datelines, re)
		case "self":
			o.self = append(o.self, re)
		default:
			o.names = append(o.names, outletName{f[1], re})
		}
	}
	return o, nil
}

// canonical returns the canonical name of an outlet as written.
func (o *outletRules) canonical(s string) string {
	s = strings.TrimSpace(s)
	for _, n := range o.names {
		if n.re.MatchString(s) {
			return n.canonical
		}
	}
	return s
}

var (
	words   = must(parseDates(datesTxt))
	outlets = must(parseOutlets(outletsTxt))
	dateRes = buildDateRes(words)
)

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// Date patterns, built once from the month names.
type dateRegexps struct {
	numeric, iso, dayMonth, monthDay *regexp.Regexp
	weekdayNum                       *regexp.Regexp // "Selasa (22/11/2022)"
}

func buildDateRes(w *dateWords) dateRegexps {
	var names []string
	for n := range w.months {
		names = append(names, regexp.QuoteMeta(n))
	}
	// Longest first so that "september" wins over "sep".
	sort.Slice(names, func(i, j int) bool {
		if len(names[i]) != len(names[j]) {
			return len(names[i]) > len(names[j])
		}
		return names[i] < names[j]
	})
	month := `(?i:` + strings.Join(names, "|") + `)`
	var days []string
	for n := range w.weekdays {
		if len(n) > 3 {
			days = append(days, regexp.QuoteMeta(n))
		}
	}
	sort.Strings(days)
	return dateRegexps{
		numeric:    regexp.MustCompile(`\b(\d{1,2})([/.-])(\d{1,2})([/.-])(\d{4})\b`),
		iso:        regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`),
		dayMonth:   regexp.MustCompile(`\b(\d{1,2})\.?\s+(` + month + `)\.?,?\s+(\d{4})\b`),
		monthDay:   regexp.MustCompile(`\b(` + month + `)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`),
		weekdayNum: regexp.MustCompile(`\b((?i:` + strings.Join(days, "|") + `))\s*,?\s*\((\d{1,2})/(\d{1,2})/(\d{4})\)`),
	}
}
