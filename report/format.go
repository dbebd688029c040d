package report

import (
	"strconv"
	"strings"

	"newsdesk/dataset"
)

// FormatNumber writes v without exponent or trailing zeros: 3000, 2.5.
func FormatNumber(v float64) string {
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// DateText writes d at precision p the way an editor reads it: 2024-07-15,
// July 2024, 2024, 2010s.
func DateText(d dataset.Date, p string) string {
	t := d.Time()
	switch p {
	case dataset.PrecisionMonth:
		return t.Format("January 2006")
	case dataset.PrecisionYear:
		return t.Format("2006")
	case dataset.PrecisionDecade:
		return strconv.Itoa(t.Year()/10*10) + "s"
	}
	return d.String()
}

// FigureValue writes a figure's value, with its range and unit: 10–15 hour.
func FigureValue(f dataset.Figure) string {
	s := FormatNumber(f.Value)
	if f.ValueHigh != nil {
		s += "–" + FormatNumber(*f.ValueHigh)
	}
	if f.Unit != nil && *f.Unit != "" {
		s += " " + *f.Unit
	}
	return s
}

// Excerpt shortens s to at most n code points at a word boundary, with an
// ellipsis when it was cut.
func Excerpt(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := string(r[:n])
	if i := strings.LastIndex(cut, " "); i > n/2 {
		cut = cut[:i]
	}
	return cut + "…"
}
