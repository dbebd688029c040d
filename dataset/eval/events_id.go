package eval

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"newsdesk/dataset"
	"newsdesk/dataset/events"
)

type idCase struct {
	Kind     string `json:"kind"`
	Input    string `json:"input"`
	English  string `json:"expected_english_translation"`
	ISO      string `json:"expected_iso"`
	Span     string `json:"expected_span"`
	Relative string `json:"relative_base"`
}

var idRelative = regexp.MustCompile(`^(?:(in) )?(\d+) (second|minute|hour|day|week|month|year)(?: (ago))?$`)

// runIDDates scores the Indonesian date cases: each input is found and
// resolved against a fixed publication date (2022-09-08). Expected values
// come from the case: an ISO date; a translation "N unit ago" / "in N
// unit" → the reference date moved by N units; a translation with a
// written date → that date (year-less: the year before the reference);
// a bare duration ("5 week") → no date expected.
func runIDDates(ctx context.Context, dir string, w io.Writer) error {
	cases, err := readJSONL[idCase](filepath.Join(dir, "id_cases.jsonl"))
	if err != nil {
		return err
	}
	ref := dataset.NewDate(2022, 9, 8)
	right, total := 0, 0
	var wrong []string
	for _, c := range cases {
		if !strings.HasPrefix(c.Kind, "date_") {
			continue
		}
		total++
		want, wantNone := idExpected(c, ref)
		r := ref
		if c.Relative != "" {
			p := strings.Split(c.Relative, ",")
			if len(p) == 3 {
				y, _ := strconv.Atoi(p[0])
				mo, _ := strconv.Atoi(p[1])
				d, _ := strconv.Atoi(p[2])
				r = dataset.NewDate(y, timeMonth(mo), d)
			}
		}
		doc := NewDoc("case", c.Input, "id", r.Ptr())
		var got []string
		ok := false
		for _, m := range events.Find(doc) {
			if m.Precision == "" {
				continue
			}
			got = append(got, m.Value)
			if len(got) == 1 && !wantNone {
				ok = within(want, m)
			}
		}
		if wantNone {
			ok = len(got) == 0
		}
		if ok {
			right++
		} else {
			wrong = append(wrong, fmt.Sprintf("%q want %s got %v", c.Input, orNone(want, wantNone), got))
		}
	}
	fmt.Fprintf(w, "   Indonesian date cases: %d/%d right (%.1f%%), reference date %s\n", right, total, pct(right, total), ref)
	for _, s := range wrong {
		fmt.Fprintf(w, "   miss: %s\n", s)
	}
	return ctx.Err()
}

func orNone(s string, none bool) string {
	if none {
		return "no date"
	}
	return s
}

// idExpected returns the expected date (YYYY-MM-DD) or that no date is
// expected.
func idExpected(c idCase, ref dataset.Date) (string, bool) {
	if c.ISO != "" {
		return c.ISO, false
	}
	e := strings.TrimSpace(c.English)
	if m := idRelative.FindStringSubmatch(e); m != nil {
		if m[1] == "" && m[4] == "" {
			return "", true
		}
		n, _ := strconv.Atoi(m[2])
		if m[4] == "ago" {
			n = -n
		}
		t := ref.Time()
		switch m[3] {
		case "day":
			t = t.AddDate(0, 0, n)
		case "week":
			t = t.AddDate(0, 0, 7*n)
		case "month":
			t = t.AddDate(0, n, 0)
		case "year":
			t = t.AddDate(n, 0, 0)
		}
		return dataset.DateOf(t).String(), false
	}
	// A written date: "06 september 2015", "sunday 18 march 2018 07:30".
	months := []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
	f := strings.Fields(e)
	for i := 0; i+2 < len(f); i++ {
		for mi, mn := range months {
			if f[i+1] == mn {
				d, err1 := strconv.Atoi(f[i])
				y, err2 := strconv.Atoi(f[i+2])
				if err1 == nil && err2 == nil {
					return dataset.NewDate(y, timeMonth(mi+1), d).String(), false
				}
			}
		}
	}
	return "", true
}

func timeMonth(m int) time.Month { return time.Month(m) }

// within reports whether the date want (YYYY-MM-DD) lies in the period m
// resolves to: "3 minggu yang lalu" is right as the week that holds the
// day three weeks back.
func within(want string, m events.Mention) bool {
	d, err := dataset.ParseDate(want)
	if err != nil {
		return false
	}
	t := m.Date.Time()
	var end time.Time
	switch m.Precision {
	case "day":
		end = t.AddDate(0, 0, 1)
	case "week":
		end = t.AddDate(0, 0, 7)
	case "month":
		end = t.AddDate(0, 1, 0)
	case "quarter", "season":
		end = t.AddDate(0, 3, 0)
	case "year":
		end = t.AddDate(1, 0, 0)
	case "decade":
		end = t.AddDate(10, 0, 0)
	}
	return d >= m.Date && d < dataset.DateOf(end)
}
