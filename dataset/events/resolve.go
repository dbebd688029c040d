package events

import (
	"fmt"
	"strings"
	"time"

	"newsdesk/dataset"
)

// Orders of numeric dates.
const (
	orderUnknown    = 0
	orderDayFirst   = 1
	orderMonthFirst = 2
)

// numericOrder is the order the article writes numeric dates in: the
// order of its own unambiguous numeric dates, else day first for every
// language but English, else unknown (each date then takes the reading
// nearest before the anchor).
func numericOrder(doc *dataset.Doc, ms []Mention) int {
	for _, m := range ms {
		if m.NumA > 12 {
			return orderDayFirst
		}
		if m.NumB > 12 {
			return orderMonthFirst
		}
	}
	if doc.Source.Language != "en" && doc.Source.Language != "" {
		return orderDayFirst
	}
	return orderUnknown
}

// lookupFunc finds the date of the event that words name (the
// cyberattack), for offsets counted from it.
type lookupFunc func(words string) (Mention, bool)

// resolveDoc resolves the mentions of one article, in text order, against
// anchor, its publication date.
func resolveDoc(ms []Mention, anchor dataset.Date, order int, lookup lookupFunc) {
	var prev, focus *Mention // focus: the last quarter named outright
	for i := range ms {
		m := &ms[i]
		m.Precision, m.Value = "", ""
		if m.Dateline {
			resolve(m, anchor, order, nil)
			continue
		}
		var base *Mention
		// A year back from a quarter is that quarter a year earlier (the
		// third quarter … a year ago): the quarter is the focus.
		quarterFocus := focus != nil && prev != nil && prev.Precision == "quarter" && m.Unit == "year" && m.N < 0 && m.Sentence-focus.Sentence <= 3
		if quarterFocus && m.Kind == "offset" {
			base = focus
		} else if m.After == "prev" {
			base = prev
		} else if m.After != "" {
			base = findBase(ms[:i], m.After)
			if base == nil && lookup != nil {
				if b, ok := lookup(m.After); ok {
					base = &b
				}
			}
			if base == nil {
				base = prev
			}
		}
		m.BaseType, m.BasePrecision = "", ""
		if base != nil && m.After != "" && m.After != "prev" && base.Resolved() {
			if t := typeOfWords(m.After); t != "" {
				m.BaseType, m.BaseDate, m.BasePrecision, m.BaseValue = t, base.Date, base.Precision, base.Value
			}
		}
		if m.Kind == "quarter" && m.Quarter == -1 {
			q := m.Quarter
			m.Quarter = lastQuarter(anchor)
			if focus != nil {
				m.Quarter = (int(focus.Date.Time().Month())-1)/3 + 1
			}
			resolve(m, anchor, order, base)
			m.Quarter = q
		} else {
			resolve(m, anchor, order, base)
		}
		if quarterFocus && m.Kind == "offset" {
			setAt(m, shift(focus.Date, "year", m.N), "quarter")
		}
		if m.Resolved() && m.Precision != "" && m.Kind != "ref" {
			prev = m
			if m.Precision == "quarter" && m.Kind == "quarter" {
				focus = m
			}
		}
	}
}

// findBase returns the latest earlier mention in the article whose
// happening is the event that words name.
func findBase(ms []Mention, words string) *Mention {
	typ := typeOfWords(words)
	if typ == "" {
		return nil
	}
	var best *Mention
	for i := len(ms) - 1; i >= 0; i-- {
		if ms[i].Type == typ && ms[i].Resolved() && ms[i].After == "" && (best == nil || rank(ms[i].Precision) < rank(best.Precision)) {
			best = &ms[i]
		}
	}
	return best
}

// resolve sets m's date, precision and value. base is the date an offset
// counts from (nil: the anchor).
func resolve(m *Mention, anchor dataset.Date, order int, base *Mention) {
	a := anchor.Time()
	switch m.Kind {
	case "numeric":
		d1 := civil(m.Year, m.NumB, m.NumA)
		d2 := civil(m.Year, m.NumA, m.NumB)
		switch order {
		case orderDayFirst:
			setDay(m, d1)
		case orderMonthFirst:
			setDay(m, d2)
		default:
			// The reading nearest before the anchor, else the nearest.
			best := d1
			if score(d2, anchor) < score(d1, anchor) {
				best = d2
			}
			setDay(m, best)
		}
	case "date":
		switch {
		case m.Year != 0 && m.Month != 0 && m.Day != 0:
			setDay(m, civil(m.Year, m.Month, m.Day))
		case m.Month != 0 && m.Day != 0:
			setDay(m, yearless(m, anchor))
		case m.Month != 0:
			y := m.Year
			if y == 0 {
				y = a.Year()
				if m.Unit == "year" {
					y += m.N
				} else {
					y = monthYear(m, anchor)
				}
			}
			set(m, dataset.NewDate(y, time.Month(m.Month), 1), "month", fmt.Sprintf("%04d-%02d", y, m.Month))
		case m.Year != 0:
			setYear(m, m.Year)
		}
	case "weekday":
		if m.Month != 0 && m.Day != 0 {
			if m.Year != 0 {
				setDay(m, civil(m.Year, m.Month, m.Day))
			} else {
				setDay(m, yearless(m, anchor))
			}
			return
		}
		wd := time.Weekday(m.Weekday)
		back := (int(a.Weekday()) - int(wd) + 7) % 7
		d := anchor - dataset.Date(back)
		switch {
		case m.Dir < 0 && back == 0:
			d -= 7
		case m.Dir > 0 || ((m.Future || m.Deadline) && m.Dir == 0):
			fwd := (int(wd) - int(a.Weekday()) + 7) % 7
			if fwd == 0 && m.Dir > 0 {
				fwd = 7
			}
			d = anchor + dataset.Date(fwd)
		}
		setDay(m, d)
	case "holiday":
		best, bestScore := dataset.Date(0), 1<<30
		for _, yy := range []int{a.Year() - 1, a.Year(), a.Year() + 1} {
			d, ok := holidayDate(m.Holiday, yy)
			if !ok {
				return
			}
			s := score(d, anchor)
			switch {
			case m.Dir < 0 && d > anchor, m.Dir > 0 && d <= anchor:
				s += 10000
			case m.Future && d >= anchor:
				s = int(d - anchor)
			case d > anchor && m.Dir == 0 && !m.Deadline:
				s = 4 * int(d-anchor) // as for a bare month: the past first
			}
			if s < bestScore {
				best, bestScore = d, s
			}
		}
		setDay(m, best)
	case "relday":
		setDay(m, anchor+dataset.Date(m.N))
	case "relunit":
		setPeriod(m, anchor, m.Unit, m.N)
	case "offset":
		from, prec := anchor, "day"
		if base != nil {
			from, prec = base.Date, base.Precision
		} else if m.After != "" {
			return // counted from an event with no date
		}
		d := shift(from, m.Unit, m.N)
		p := unitPrecision(m.Unit)
		if m.Unit == "decade" {
			p = "year" // a decade ago: that year, not its decade
		}
		if rank(prec) > rank(p) {
			// A day before "last year" is still last year: a base coarser
			// than the step keeps its own period.
			d, p = from, prec
		}
		setAt(m, d, p)
	case "quarter":
		if m.Quarter > 0 {
			y := m.Year
			if m.HasYearRel {
				y = a.Year() + m.YearRel
			}
			if y == 0 {
				y = a.Year()
				if dataset.NewDate(y, time.Month(3*m.Quarter-2), 1) > anchor {
					y--
				}
			}
			setAt(m, dataset.NewDate(y, time.Month(3*m.Quarter-2), 1), "quarter")
			return
		}
		setPeriod(m, anchor, "quarter", m.N)
	case "season":
		start := map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}[m.Season]
		y := m.Year
		if y == 0 {
			y = a.Year()
			if m.Dir < 0 && start >= int(a.Month())-2 {
				y--
			}
			if m.Dir > 0 && start <= int(a.Month()) {
				y++
			}
		}
		set(m, dataset.NewDate(y, time.Month(start), 1), "season", fmt.Sprintf("%04d-%s", y, m.Season))
	case "decade":
		set(m, dataset.NewDate(m.Decade*10, 1, 1), "decade", fmt.Sprintf("%03d", m.Decade))
	case "year":
		setYear(m, m.Year)
		if m.Year2 > m.Year {
			m.Value = fmt.Sprintf("%04d/%04d", m.Year, m.Year2)
		}
	case "ref":
		m.Value = m.Ref
	}
}

// score orders readings: a date at or before the anchor by its distance,
// one after it by twice its distance. News reports what happened, so the
// past is preferred, but a date a few weeks ahead (a vote on Dec. 15 in an
// article of Nov. 2) is nearer as the coming one than as last year's.
func score(d, anchor dataset.Date) int {
	if d <= anchor {
		return int(anchor - d)
	}
	return 2 * int(d-anchor)
}

// monthYear is the year of a month named without one: last/next say so;
// else the reading nearest the anchor by score, the future preferred when
// the sentence speaks of it.
func monthYear(m *Mention, anchor dataset.Date) int {
	a := anchor.Time()
	y := a.Year()
	mo := time.Month(m.Month)
	switch {
	case m.Dir < 0:
		if mo >= a.Month() {
			return y - 1
		}
		return y
	case m.Dir > 0:
		if mo <= a.Month() {
			return y + 1
		}
		return y
	}
	best, bestScore := y, 1<<30
	for _, yy := range []int{y - 1, y, y + 1} {
		first := dataset.NewDate(yy, mo, 1)
		last := dataset.DateOf(first.Time().AddDate(0, 1, -1))
		s := 0
		switch {
		case first > anchor:
			s = score(first, anchor)
			switch {
			case m.Future:
				s = int(first - anchor)
			case !m.Deadline:
				// News reports what happened: a month named without a
				// future cue or a deadline (by, until) is rarely ahead.
				s = 4 * int(first-anchor)
			}
			if m.Past {
				s = 1 << 29
			}
		case last < anchor:
			s = score(last, anchor)
			if m.Future {
				s *= 2
			}
		}
		if s < bestScore {
			best, bestScore = yy, s
		}
	}
	return best
}

// yearless gives a month and day without a year the year that puts it at
// or before the anchor (after it, for what will happen), preferring a year
// where its weekday agrees when one is given.
func yearless(m *Mention, anchor dataset.Date) dataset.Date {
	y := anchor.Time().Year()
	best, bestScore := dataset.Date(0), 1<<30
	for _, yy := range []int{y - 1, y, y + 1} {
		d := civil(yy, m.Month, m.Day)
		s := score(d, anchor)
		if m.Future {
			s = score(anchor, d)
			if d >= anchor {
				s = int(d - anchor)
			}
		}
		if m.Weekday >= 0 && int(d.Time().Weekday()) != m.Weekday {
			s += 10000
		}
		if s < bestScore {
			best, bestScore = d, s
		}
	}
	return best
}

func civil(y, mo, d int) dataset.Date { return dataset.NewDate(y, time.Month(mo), d) }

func set(m *Mention, d dataset.Date, prec, value string) {
	m.Date, m.Precision, m.Value = d, prec, value
}

func setDay(m *Mention, d dataset.Date) { set(m, d, "day", d.String()) }

func setYear(m *Mention, y int) { set(m, dataset.NewDate(y, 1, 1), "year", fmt.Sprintf("%04d", y)) }

// setAt sets m to the period of precision prec that holds d.
func setAt(m *Mention, d dataset.Date, prec string) {
	t := d.Time()
	switch prec {
	case "day":
		setDay(m, d)
	case "week":
		y, w := t.ISOWeek()
		mon := d - dataset.Date((int(t.Weekday())+6)%7)
		set(m, mon, "week", fmt.Sprintf("%04d-W%02d", y, w))
	case "month":
		set(m, dataset.NewDate(t.Year(), t.Month(), 1), "month", t.Format("2006-01"))
	case "quarter":
		q := (int(t.Month())-1)/3 + 1
		set(m, dataset.NewDate(t.Year(), time.Month(3*q-2), 1), "quarter", fmt.Sprintf("%04d-Q%d", t.Year(), q))
	case "season":
		set(m, dataset.NewDate(t.Year(), t.Month(), 1), "season", fmt.Sprintf("%04d-%s", t.Year(), m.Season))
	case "year":
		setYear(m, t.Year())
	case "decade":
		set(m, dataset.NewDate(t.Year()/10*10, 1, 1), "decade", fmt.Sprintf("%03d", t.Year()/10))
	}
}

// setPeriod sets m to the period of unit that holds the anchor, moved by n.
func setPeriod(m *Mention, anchor dataset.Date, unit string, n int) {
	switch unit {
	case "weekend":
		t := anchor.Time()
		sat := anchor + dataset.Date((6-int(t.Weekday())+7)%7) + dataset.Date(7*n)
		if n < 0 && t.Weekday() == time.Saturday {
			sat = anchor + dataset.Date(7*n)
		}
		y, w := sat.Time().ISOWeek()
		set(m, sat, "week", fmt.Sprintf("%04d-W%02d-WE", y, w))
	case "quarter":
		t := anchor.Time()
		q := (int(t.Month())-1)/3 + n
		y := t.Year() + floorDiv(q, 4)
		q = q - 4*floorDiv(q, 4) + 1
		set(m, dataset.NewDate(y, time.Month(3*q-2), 1), "quarter", fmt.Sprintf("%04d-Q%d", y, q))
	default:
		setAt(m, shift(anchor, unit, n), unitPrecision(unit))
	}
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// shift moves d by n units.
func shift(d dataset.Date, unit string, n int) dataset.Date {
	t := d.Time()
	switch unit {
	case "second", "minute":
		return d
	case "hour":
		return d + dataset.Date(n/24)
	case "day":
		return d + dataset.Date(n)
	case "week", "weekend":
		return d + dataset.Date(7*n)
	case "month":
		return dataset.DateOf(t.AddDate(0, n, 0))
	case "quarter":
		return dataset.DateOf(t.AddDate(0, 3*n, 0))
	case "year":
		return dataset.DateOf(t.AddDate(n, 0, 0))
	case "decade":
		return dataset.DateOf(t.AddDate(10*n, 0, 0))
	}
	return d
}

func unitPrecision(unit string) string {
	switch unit {
	case "second", "minute", "hour", "day":
		return "day"
	case "weekend":
		return "week"
	}
	return unit
}

// rank orders precisions from finest to coarsest.
func rank(p string) int {
	switch p {
	case "day":
		return 0
	case "week":
		return 1
	case "month":
		return 2
	case "quarter", "season":
		return 3
	case "year":
		return 4
	case "decade":
		return 5
	}
	return 6
}

// contract maps a precision to one of the contract's (day, month, year,
// decade) with the first day of the period that holds the whole of m's.
func contract(m *Mention) (dataset.Date, string) {
	t := m.Date.Time()
	switch m.Precision {
	case "day", "month", "year", "decade":
		return m.Date, m.Precision
	case "week":
		end := (m.Date + 6).Time()
		if m.Value != "" && strings.HasSuffix(m.Value, "-WE") {
			end = (m.Date + 1).Time()
		}
		if end.Month() == t.Month() {
			return dataset.NewDate(t.Year(), t.Month(), 1), "month"
		}
		return dataset.NewDate(t.Year(), 1, 1), "year"
	case "quarter", "season":
		end := t.AddDate(0, 2, 0)
		if end.Year() == t.Year() {
			return dataset.NewDate(t.Year(), 1, 1), "year"
		}
		return dataset.NewDate(t.Year()/10*10, 1, 1), "decade"
	}
	return m.Date, m.Precision
}

// lastQuarter is the number of the last quarter completed at the anchor.
func lastQuarter(anchor dataset.Date) int {
	q := (int(anchor.Time().Month())-1)/3 + 1
	if q == 1 {
		return 4
	}
	return q - 1
}

// holidayDate is the date of a named day in year y: a fixed MM-DD, or a
// rule (US-THANKSGIVING: the fourth Thursday of November; US-ELECTION:
// the Tuesday after the first Monday of November).
func holidayDate(rule string, y int) (dataset.Date, bool) {
	nth := func(mo time.Month, wd time.Weekday, n int) dataset.Date {
		first := dataset.NewDate(y, mo, 1)
		off := (int(wd) - int(first.Time().Weekday()) + 7) % 7
		return first + dataset.Date(off+7*(n-1))
	}
	switch rule {
	case "US-THANKSGIVING":
		return nth(time.November, time.Thursday, 4), true
	case "US-ELECTION":
		return nth(time.November, time.Monday, 1) + 1, true
	}
	var mo, d int
	if _, err := fmt.Sscanf(rule, "%d-%d", &mo, &d); err != nil || mo < 1 || mo > 12 || d < 1 || d > 31 {
		return 0, false
	}
	return civil(y, mo, d), true
}
