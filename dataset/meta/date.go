package meta

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"

	"newsdesk/dataset"
)

// found is a date read from a line.
type found struct {
	written string // as written
	// candidates: one when the reading is certain, two when a numeric
	// date reads both day-first and month-first (day-first first).
	candidates []civil
	sep        string // separator of a numeric date
	start, end int    // byte span in the line
}

type civil struct {
	y int
	m time.Month
	d int
}

func (c civil) valid() bool {
	return c.m >= 1 && c.m <= 12 && c.d >= 1 && c.d <= time.Date(c.y, c.m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func (c civil) date() dataset.Date { return dataset.NewDate(c.y, c.m, c.d) }

func (c civil) String() string { return fmt.Sprintf("%04d-%02d-%02d", c.y, c.m, c.d) }

// findDate returns the first date written in s.
func findDate(s string) (found, bool) {
	best := found{start: -1}
	if !strings.ContainsAny(s, "0123456789") {
		return best, false
	}
	try := func(re *regexp.Regexp, read func(m []string) found) {
		loc := re.FindStringSubmatchIndex(s)
		if loc == nil || (best.start >= 0 && loc[0] >= best.start) {
			return
		}
		m := make([]string, len(loc)/2)
		for i := range m {
			if loc[2*i] >= 0 {
				m[i] = s[loc[2*i]:loc[2*i+1]]
			}
		}
		f := read(m)
		if len(f.candidates) == 0 {
			return
		}
		f.written, f.start, f.end = m[0], loc[0], loc[1]
		best = f
	}
	try(dateRes.numeric, func(m []string) found {
		if m[2] != m[4] {
			return found{}
		}
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[3])
		y, _ := strconv.Atoi(m[5])
		return found{candidates: readings(y, a, b), sep: m[2]}
	})
	try(dateRes.iso, func(m []string) found {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		d, _ := strconv.Atoi(m[3])
		return certain(civil{y, time.Month(mo), d})
	})
	try(dateRes.dayMonth, func(m []string) found {
		d, _ := strconv.Atoi(m[1])
		y, _ := strconv.Atoi(m[3])
		return certain(civil{y, words.months[strings.ToLower(m[2])], d})
	})
	try(dateRes.monthDay, func(m []string) found {
		d, _ := strconv.Atoi(m[2])
		y, _ := strconv.Atoi(m[3])
		return certain(civil{y, words.months[strings.ToLower(m[1])], d})
	})
	return best, best.start >= 0
}

func certain(c civil) found {
	if !c.valid() {
		return found{}
	}
	return found{candidates: []civil{c}}
}

// readings returns the valid readings of numeric a/b/y: day-first, then
// month-first when it differs.
func readings(y, a, b int) []civil {
	var out []civil
	for _, c := range []civil{{y, time.Month(b), a}, {y, time.Month(a), b}} {
		if c.valid() && (len(out) == 0 || out[0] != c) {
			out = append(out, c)
		}
	}
	return out
}

// headerDate reports whether l is a header line carrying a date: besides
// the date it holds only a time, time zone, weekday, header words
// ("Published", "Diperbarui"), an outlet's domain, and a byline after "by"
// or "oleh". A line that opens with a publication verb and the date
// ("Posted on 23 November 2022 …", "Updated 4:12 PM GMT+7, November 22,
// 2022", "Diterbitkan 20 Okt 2025 …") is a header line whatever follows
// the date (a reading time, a team's name). Markdown emphasis around the
// line ("*Posted on …*") is ignored.
func headerDate(l string) (found, bool) {
	l = strings.Trim(l, "*_> ")
	f, ok := findDate(l)
	if !ok {
		return f, false
	}
	before, _ := headerWords(l[:f.start])
	if before == wordsOther && leadPart(l[:f.start]) {
		// "Dockers' Union — For immediate release — October 4, 2023":
		// the issuer before a lead part is a label, not a sentence.
		before = wordsLead
	}
	if before == wordsOther {
		return f, false
	}
	if before == wordsLead {
		return f, true
	}
	if after, _ := headerWords(l[f.end:]); after == wordsOther {
		return f, false
	}
	return f, true
}

// partSep splits a header line into its parts: "Org — For immediate
// release — ", "Gazette | Published ".
var partSep = regexp.MustCompile(`\s[—–|·-]\s`)

// leadPart reports whether the last part of s (the text before a date),
// after a dash or bar, is led by a publication word ("For immediate
// release", "Untuk segera diterbitkan", "Published").
func leadPart(s string) bool {
	parts := partSep.Split(strings.TrimSpace(s)+" ", -1)
	if len(parts) < 2 {
		return false
	}
	last := strings.TrimSpace(parts[len(parts)-1])
	if last == "" && len(parts) >= 3 {
		last = parts[len(parts)-2]
	}
	k, _ := headerWords(last)
	return k == wordsLead
}

// What the words beside a date in a line are.
const (
	wordsHeader = iota // only header words, times, weekdays, domains
	wordsLead          // the same, led by a publication verb ("Posted", "Diterbitkan")
	wordsOther         // some other word: the line is not a header line
)

// headerWords classifies the words of s (text beside a date). The second
// result reports a byline ("by", "oleh"), after which any words may follow.
func headerWords(s string) (int, bool) {
	kind := wordsHeader
	for _, w := range strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(",|–—-()/", r)
	}) {
		lw := strings.ToLower(strings.Trim(w, ".,:*_"))
		switch {
		case lw == "by" || lw == "oleh":
			return kind, true // the rest is a byline
		case words.lead[lw]:
			kind = wordsLead
		case lw == "" || isClock(lw) || tzOffset.MatchString(lw) || words.header[lw] || words.header[strings.ToLower(w)]:
		case isWeekday(lw):
		case strings.Contains(lw, ".com") || strings.Contains(lw, ".co.id") || strings.HasSuffix(lw, ".co"):
		default:
			return wordsOther, false
		}
	}
	return kind, false
}

// tzOffset matches a time zone with its offset: "gmt+7", "utc+07:00".
var tzOffset = regexp.MustCompile(`^(?:gmt|utc)[+−-]\d{1,2}(?::?\d{2})?$`)

var clock = regexp.MustCompile(`^\d{1,2}[:.]\d{2}(?:[:.]\d{2})?$`)

func isClock(w string) bool { return clock.MatchString(w) }

func isWeekday(w string) bool {
	_, ok := words.weekdays[w]
	return ok
}

// published reads the publication date from the header lines among lines
// (resolving a numeric date against the rest of text); when several header
// lines carry a date ("Published …", "Updated …") the earliest is the
// publication date. An ambiguous header date is reported only when no
// header line has a certain one. Without a header date it takes the
// Indonesian dateline form "Selasa (22/11/2022)" near the top (see
// weekdayDate).
func published(text string, lines []string) (*dataset.Date, *string) {
	var best *dataset.Date
	var bestEv, amb *string
	for i, l := range lines {
		f, ok := headerDate(l)
		if !ok {
			continue
		}
		evidence := "dateline:" + f.written
		c, ok := f.candidates[0], len(f.candidates) == 1
		if !ok {
			near := l
			if i+1 < len(lines) {
				near += "\n" + lines[i+1]
			}
			var why string
			if c, why, ok = resolve(f, near, text); ok {
				evidence += ";" + why
			}
		}
		if ok {
			if d := c.date(); best == nil || d < *best {
				best, bestEv = d.Ptr(), &evidence
			}
			// More dates on the same header line: "Updated 5 March 2024
			// (first published 4 March 2024)".
			for rest := strings.Trim(l, "*_> ")[f.end:]; ; {
				g, ok := findDate(rest)
				if !ok {
					break
				}
				if d := g.candidates[0].date(); len(g.candidates) == 1 && d < *best {
					ev := "dateline:" + g.written
					best, bestEv = d.Ptr(), &ev
				}
				rest = rest[g.end:]
			}
			continue
		}
		if amb == nil {
			a, b := f.candidates[0], f.candidates[1]
			if b.String() < a.String() {
				a, b = b, a
			}
			s := fmt.Sprintf("ambiguous:%s=%s|%s", f.written, a, b)
			amb = &s
		}
	}
	switch {
	case best != nil:
		return best, bestEv
	case amb != nil:
		return nil, amb
	}
	return weekdayDate(lines)
}

// weekdayDate reads the date that Indonesian outlets (detik, Kompas,
// Antara…) give in their lead as "<weekday> (<d>/<m>/<yyyy>)": "kata
// Marwan, Selasa (22/11/2022)". It is the day of the reporting, which is
// the publication day or the day before, and its weekday checks the
// reading. Only the top lines count (a form deeper in the body is an event
// date); the latest form there whose weekday fits exactly one reading is
// taken, with evidence "inferred:weekday-date:<as written>". A form whose
// weekday fits no reading, or after a future word ("akan digelar Kamis
// (24/11/2022)"), is ignored.
func weekdayDate(lines []string) (*dataset.Date, *string) {
	var best *dataset.Date
	var ev string
	for _, l := range lines {
		for _, loc := range dateRes.weekdayNum.FindAllStringSubmatchIndex(l, -1) {
			if scheduled(l[:loc[0]]) {
				continue
			}
			m := make([]string, 5)
			for i := range m {
				m[i] = l[loc[2*i]:loc[2*i+1]]
			}
			wd := words.weekdays[strings.ToLower(m[1])]
			a, _ := strconv.Atoi(m[2])
			b, _ := strconv.Atoi(m[3])
			y, _ := strconv.Atoi(m[4])
			var fits []civil
			for _, c := range readings(y, a, b) {
				if c.date().Time().Weekday() == wd {
					fits = append(fits, c)
				}
			}
			if len(fits) != 1 {
				continue
			}
			if d := fits[0].date(); best == nil || d > *best {
				best, ev = d.Ptr(), "inferred:weekday-date:"+m[0]
			}
		}
	}
	if best == nil {
		return nil, nil
	}
	return best, &ev
}

// scheduled reports whether one of the last four words of before is a
// future word ("akan digelar pada", "dijadwalkan"): the date after it is
// a scheduled day.
func scheduled(before string) bool {
	f := strings.FieldsFunc(before, func(r rune) bool { return !unicode.IsLetter(r) })
	for i := len(f) - 1; i >= 0 && i >= len(f)-4; i-- {
		if words.future[strings.ToLower(f[i])] {
			return true
		}
	}
	return false
}

// resolve picks one reading of an ambiguous numeric date f using a weekday
// or month name in near (the date's line and the next), then the other
// numeric dates of text in the same format: one with a part above 12, or
// one right after a weekday that fits only one of its readings.
func resolve(f found, near, text string) (civil, string, bool) {
	dayFirst, monthFirst := f.candidates[0], f.candidates[1]
	for _, w := range strings.FieldsFunc(strings.ToLower(near), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		if wd, ok := words.weekdays[w]; ok {
			a, b := dayFirst.date().Time().Weekday() == wd, monthFirst.date().Time().Weekday() == wd
			if a != b {
				return pick(a, dayFirst, monthFirst), "weekday:" + w, true
			}
		}
		if m, ok := words.months[w]; ok && len(w) > 3 {
			if a, b := dayFirst.m == m, monthFirst.m == m; a != b {
				return pick(a, dayFirst, monthFirst), "month:" + w, true
			}
		}
	}
	var dayEv, monthEv string
	for _, loc := range dateRes.numeric.FindAllStringSubmatchIndex(text, -1) {
		m := func(i int) string { return text[loc[2*i]:loc[2*i+1]] }
		if m(2) != f.sep || m(4) != f.sep {
			continue
		}
		a, _ := strconv.Atoi(m(1))
		b, _ := strconv.Atoi(m(3))
		y, _ := strconv.Atoi(m(5))
		switch {
		case a > 12 && b <= 12 && dayEv == "":
			dayEv = m(0)
		case b > 12 && a <= 12 && monthEv == "":
			monthEv = m(0)
		case a <= 12 && b <= 12 && a != b:
			// A weekday just before the date: "Senin (12/2/2024)".
			wd, ok := weekdayBefore(text[:loc[0]])
			if !ok {
				break
			}
			r := readings(y, a, b)
			if len(r) != 2 {
				break
			}
			fitsDay, fitsMonth := r[0].date().Time().Weekday() == wd, r[1].date().Time().Weekday() == wd
			ev := strings.TrimRight(wdWritten(text[:loc[0]]), " ,(") + " " + m(0)
			if fitsDay && !fitsMonth && dayEv == "" {
				dayEv = ev
			} else if fitsMonth && !fitsDay && monthEv == "" {
				monthEv = ev
			}
		}
	}
	switch {
	case dayEv != "" && monthEv == "":
		return dayFirst, "day-first:" + dayEv, true
	case monthEv != "" && dayEv == "":
		return monthFirst, "month-first:" + monthEv, true
	}
	return civil{}, "", false
}

func pick(first bool, a, b civil) civil {
	if first {
		return a
	}
	return b
}

// weekdayBefore returns the weekday named right before a date: the last
// word of before, followed by at most ", (" or spaces.
func weekdayBefore(before string) (time.Weekday, bool) {
	w := wdWritten(before)
	if w == "" {
		return 0, false
	}
	wd, ok := words.weekdays[strings.ToLower(strings.TrimRight(w, " ,("))]
	return wd, ok
}

// wdWritten returns the tail of before made of a word and up to three
// separator characters (" (", ", "), or "".
func wdWritten(before string) string {
	i := len(before)
	for n := 0; i > 0 && n < 3 && strings.ContainsRune(" ,(", rune(before[i-1])); n++ {
		i--
	}
	j := strings.LastIndexFunc(before[:i], func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
	if j+1 == i {
		return ""
	}
	return before[j+1:]
}
