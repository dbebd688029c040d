package dataset

import (
	"fmt"
	"time"
)

// Date is a civil date, stored as days since 1970-01-01 like Arrow's date32.
// It carries no time zone and no clock, so it never depends on the machine.
type Date int32

// NewDate returns the Date of year y, month m, day d. Out-of-range values
// normalise as time.Date does (31 April is 1 May).
func NewDate(y int, m time.Month, d int) Date {
	return DateOf(time.Date(y, m, d, 0, 0, 0, 0, time.UTC))
}

// DateOf returns the civil date of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	u := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return Date(u.Unix() / 86400)
}

// ParseDate parses YYYY-MM-DD.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return 0, fmt.Errorf("invalid date %q: want YYYY-MM-DD", s)
	}
	return DateOf(t), nil
}

// Time returns midnight UTC of the date.
func (d Date) Time() time.Time { return time.Unix(int64(d)*86400, 0).UTC() }

// String formats the date as YYYY-MM-DD.
func (d Date) String() string { return d.Time().Format("2006-01-02") }

// Ptr returns a pointer to a copy of d, for nullable columns.
func (d Date) Ptr() *Date { return &d }

// Str returns a pointer to s, or nil when s is empty: the usual way to fill
// a nullable string column.
func Str(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// MarshalJSON writes the date as "YYYY-MM-DD".
func (d Date) MarshalJSON() ([]byte, error) { return []byte(`"` + d.String() + `"`), nil }

// UnmarshalJSON reads a "YYYY-MM-DD" date.
func (d *Date) UnmarshalJSON(b []byte) error {
	if len(b) < 2 || b[0] != '"' || b[len(b)-1] != '"' {
		return fmt.Errorf("invalid date %s: want \"YYYY-MM-DD\"", b)
	}
	v, err := ParseDate(string(b[1 : len(b)-1]))
	if err != nil {
		return err
	}
	*d = v
	return nil
}
