package dataset

import (
	"fmt"
	"reflect"
	"strings"
)

// Failure is one failed data test: which table, column and row.
type Failure struct {
	Table  string
	Column string
	Row    int    // 0-based row number in the written (sorted) table
	Key    string // the row's primary key, for finding it
	Reason string
}

func (f Failure) String() string {
	return fmt.Sprintf("%s.%s row %d (%s): %s", f.Table, f.Column, f.Row, f.Key, f.Reason)
}

// CheckError lists the data tests that failed.
type CheckError struct{ Failures []Failure }

func (e *CheckError) Error() string {
	const show = 20
	var b strings.Builder
	fmt.Fprintf(&b, "%d data test(s) failed", len(e.Failures))
	for i, f := range e.Failures {
		if i == show {
			fmt.Fprintf(&b, "\n  … and %d more", len(e.Failures)-show)
			break
		}
		b.WriteString("\n  ")
		b.WriteString(f.String())
	}
	return b.String()
}

// Check runs the data tests over finished tables, as dbt's unique,
// not_null and relationships tests do: primary keys unique and not empty,
// foreign keys resolving, every span slicing exactly its text in code
// points, and sentences tiling each source's text. It returns a
// *CheckError naming table, column and row of every failure, or nil.
func Check(t *Tables) error {
	var fails []Failure
	texts := map[string][]rune{}
	for _, s := range t.Sources {
		texts[s.SourceID] = []rune(s.Text)
	}
	keys := map[string]map[string]bool{} // table -> set of primary keys
	for _, tab := range Registry {
		keys[tab.Name] = map[string]bool{}
		rows := reflect.ValueOf(tab.Rows(t)).Elem()
		cols := colIndex(tab)
		for i := 0; i < rows.Len(); i++ {
			row := rows.Index(i)
			k := keyOf(row, cols, tab.PrimaryKey)
			for _, c := range tab.PrimaryKey {
				if isEmpty(row.Field(cols[c].Field)) {
					fails = append(fails, Failure{tab.Name, c, i, k, "not_null: primary key column is empty"})
				}
			}
			if keys[tab.Name][k] {
				fails = append(fails, Failure{tab.Name, strings.Join(tab.PrimaryKey, ","), i, k, "unique: duplicate primary key"})
			}
			keys[tab.Name][k] = true
		}
	}
	for _, tab := range Registry {
		rows := reflect.ValueOf(tab.Rows(t)).Elem()
		cols := colIndex(tab)
		for i := 0; i < rows.Len(); i++ {
			row := rows.Index(i)
			k := keyOf(row, cols, tab.PrimaryKey)
			for _, fk := range tab.ForeignKeys {
				if isNull(row.Field(cols[fk.Columns[0]].Field)) {
					continue // a null foreign key references nothing
				}
				ref := keyOf(row, cols, fk.Columns)
				if !keys[fk.Reference][ref] {
					fails = append(fails, Failure{tab.Name, strings.Join(fk.Columns, ","), i, k,
						fmt.Sprintf("relationships: %s not found in %s", ref, fk.Reference)})
				}
			}
			if tab.Span != nil {
				if f := checkSpan(tab, row, cols, texts); f != "" {
					fails = append(fails, Failure{tab.Name, tab.Span.Start + "/" + tab.Span.End, i, k, f})
				}
			}
		}
	}
	fails = append(fails, checkTiling(t)...)
	fails = append(fails, checkSpeakers(t)...)
	if len(fails) > 0 {
		return &CheckError{Failures: fails}
	}
	return nil
}

func checkSpan(tab Table, row reflect.Value, cols map[string]Column, texts map[string][]rune) string {
	src := row.Field(cols["source_id"].Field).String()
	text, ok := texts[src]
	if !ok {
		return "source " + src + " has no text"
	}
	start := row.Field(cols[tab.Span.Start].Field).Int()
	end := row.Field(cols[tab.Span.End].Field).Int()
	want := row.Field(cols[tab.Span.Text].Field).String()
	got, ok := Slice(text, start, end)
	if !ok {
		return fmt.Sprintf("span [%d,%d) is outside the text (%d code points)", start, end, len(text))
	}
	if got != want {
		return fmt.Sprintf("text[%d:%d] is %q but %s is %q", start, end, clip(got), tab.Span.Text, clip(want))
	}
	return ""
}

// checkSpeakers verifies that every quote's speaker is the name of an
// entity: quotes.speaker is entities.name.
func checkSpeakers(t *Tables) []Failure {
	names := map[string]bool{}
	for _, e := range t.Entities {
		names[e.Name] = true
	}
	var fails []Failure
	for i, q := range t.Quotes {
		if q.Speaker != nil && !names[*q.Speaker] {
			fails = append(fails, Failure{"quotes", "speaker", i, q.QuoteID,
				fmt.Sprintf("relationships: speaker %q is not an entities.name", *q.Speaker)})
		}
	}
	return fails
}

// checkTiling verifies that each source's sentences cover its text with no
// gap and no overlap.
func checkTiling(t *Tables) []Failure {
	var fails []Failure
	next := map[string]int64{}
	for i, s := range t.Sentences {
		if s.Start != next[s.SourceID] {
			fails = append(fails, Failure{"sentences", "start", i, fmt.Sprintf("%s,%d", s.SourceID, s.SentenceID),
				fmt.Sprintf("tiling: starts at %d, previous sentence ended at %d", s.Start, next[s.SourceID])})
		}
		next[s.SourceID] = s.End
	}
	for _, s := range t.Sources {
		n := int64(len([]rune(s.Text)))
		if n > 0 && next[s.SourceID] != n {
			fails = append(fails, Failure{"sentences", "end", -1, s.SourceID,
				fmt.Sprintf("tiling: sentences end at %d, text has %d code points", next[s.SourceID], n)})
		}
	}
	return fails
}

func colIndex(tab Table) map[string]Column {
	m := map[string]Column{}
	for _, c := range tab.Columns() {
		m[c.Name] = c
	}
	return m
}

func keyOf(row reflect.Value, cols map[string]Column, names []string) string {
	parts := make([]string, len(names))
	for i, n := range names {
		parts[i] = fmt.Sprint(deref(row.Field(cols[n].Field)))
	}
	return strings.Join(parts, ",")
}

func deref(v reflect.Value) any {
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return "<null>"
		}
		v = v.Elem()
	}
	return v.Interface()
}

func isNull(v reflect.Value) bool { return v.Kind() == reflect.Pointer && v.IsNil() }

func isEmpty(v reflect.Value) bool {
	if isNull(v) {
		return true
	}
	return v.Kind() == reflect.String && v.String() == ""
}

func clip(s string) string {
	if r := []rune(s); len(r) > 60 {
		return string(r[:60]) + "…"
	}
	return s
}
