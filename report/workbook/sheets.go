package workbook

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"

	"newsdesk/dataset"
	"newsdesk/report"
)

func (b *book) summary() error {
	if err := b.f.SetSheetName("Sheet1", SheetSummary); err != nil {
		return err
	}
	s := b.r.Summary
	sh := SheetSummary
	title := text("The story in numbers")
	title.bold = true
	lines := [][]cell{
		{title},
		{text("Sources"), integer(s.Sources)},
		{text("Languages"), integer(s.Languages)},
		{text("Quotes"), integer(s.Quotes)},
		{text("Speakers quoted"), integer(s.Speakers)},
		{text("Figures"), integer(s.Figures)},
		{text("Events"), integer(s.Events)},
		{text("Conflicts between sources"), integer(s.Conflicts)},
		noConflicts(s.Conflicts),
		{text("First event"), optDate(s.First)},
		{text("Last event"), optDate(s.Last)},
	}
	if f := b.r.Focus; f != nil {
		lines = append(lines,
			[]cell{text("The story's days: from"), date(f.From, dataset.PrecisionDay)},
			[]cell{text("to"), date(f.To, dataset.PrecisionDay)},
			[]cell{text("Events in those days"), integer(f.Events)})
	}
	for r, line := range lines {
		for c, v := range line {
			if err := b.set(sh, c+1, r+1, v, false, false); err != nil {
				return err
			}
		}
	}
	// The sources, as an Excel table under the numbers.
	top := len(lines) + 2
	head := []string{"Source", "Outlet", "Language", "Published", "Title"}
	hs, err := b.style(style{header: true})
	if err != nil {
		return err
	}
	for i, h := range head {
		if err := b.set(sh, i+1, top, text(h), false, false); err != nil {
			return err
		}
	}
	if err := b.f.SetCellStyle(sh, fmt.Sprintf("A%d", top), fmt.Sprintf("E%d", top), hs); err != nil {
		return err
	}
	for i := range b.r.Sources {
		src := &b.r.Sources[i]
		row := []cell{sourceLink(src), text(src.Outlet), text(src.Language), optDate(src.Published), text(src.Title)}
		for c, v := range row {
			if err := b.set(sh, c+1, top+1+i, v, c == 0 || c == 4, false); err != nil {
				return err
			}
		}
		if h := rowHeight(summaryCols, row); h > 0 {
			if err := b.f.SetRowHeight(sh, top+1+i, h); err != nil {
				return err
			}
		}
	}
	end := top + max(len(b.r.Sources), 1)
	show := true
	if err := b.f.AddTable(sh, &excelize.Table{Range: fmt.Sprintf("A%d:E%d", top, end), Name: "SummarySources",
		StyleName: "TableStyleLight9", ShowRowStripes: &show}); err != nil {
		return fmt.Errorf("sheet %s table: %w", sh, err)
	}
	for i, c := range summaryCols {
		col, _ := excelize.ColumnNumberToName(i + 1)
		if err := b.f.SetColWidth(sh, col, col, c.width); err != nil {
			return err
		}
	}
	return b.printSetup(sh)
}

// summaryCols are the columns of the sources table on the Summary sheet.
var summaryCols = []column{{"Source", 46, true}, {"Outlet", 18, false}, {"Language", 10, false},
	{"Published", 12, false}, {"Title", 70, true}}

func (b *book) timeline() error {
	cols := []column{
		{"Date", 12, false}, {"Precision", 10, false}, {"Type", 14, false}, {"Event", 50, true},
		{"Sources", 9, false}, {"Which sources", 36, true}, {"Time expressions", 30, true},
		{"Conflict", 9, false}, {"Event ID", 18, false}, {"Source IDs", 40, true},
	}
	var rows [][]cell
	var hl []bool
	for _, e := range b.r.Timeline {
		// A link only to a single source: LibreOffice does not wrap a
		// linked cell, and a list of names has no one row to go to.
		which := text(report.Names(e.Sources))
		if len(e.Sources) == 1 {
			which.link = sourceRef(e.Sources[0])
		}
		rows = append(rows, []cell{
			date(e.Date, e.Precision), text(e.Precision), text(e.Type), text(e.Label),
			integer(int(e.NSources)), which, text(strings.Join(e.TimeTexts, "; ")),
			yesNo(e.Conflict), text(e.EventID), text(report.IDs(e.Sources)),
		})
		hl = append(hl, e.Conflict)
	}
	return b.table(SheetTimeline, cols, rows, hl)
}

func (b *book) quotes() error {
	cols := []column{
		{"Speaker", 22, true}, {"Quote", 60, true}, {"Kind", 9, false}, {"Cue", 12, false},
		{"Source", 34, false}, {"Title", 36, true}, {"Sentence", 70, true},
		{"Speaker as written", 24, true}, {"Quote ID", 18, false}, {"Source ID", 18, false},
	}
	var rows [][]cell
	for _, q := range b.r.Quotes {
		rows = append(rows, []cell{
			text(q.SpeakerName()), text(q.Text), text(q.Kind), text(deref(q.Cue)),
			sourceLink(q.Source), text(sourceTitle(q.Source)), text(q.Sentence),
			text(deref(q.SpeakerText)), text(q.QuoteID), text(q.SourceID),
		})
	}
	return b.table(SheetQuotes, cols, rows, nil)
}

func (b *book) figures() error {
	cols := []column{
		{"Value", 12, false}, {"High", 10, false}, {"Unit", 14, false}, {"Approximate", 12, false},
		{"Hedge", 12, false}, {"As written", 28, true}, {"Source", 34, false}, {"Sentence", 70, true},
		{"Conflict", 9, false}, {"Compared as", 20, true}, {"Other time", 14, false},
		{"Figure ID", 18, false}, {"Source ID", 18, false},
	}
	var rows [][]cell
	var hl []bool
	for _, f := range b.r.Figures {
		rows = append(rows, []cell{
			num(f.Value), optNum(f.ValueHigh), text(f.UnitName()), yesNo(f.Approximate),
			text(f.HedgeText()), text(f.Text), sourceLink(f.Source), text(f.Sentence),
			yesNo(f.Conflict), text(f.Compared), text(f.OtherTime), text(f.FigureID), text(f.SourceID),
		})
		hl = append(hl, f.Conflict)
	}
	return b.table(SheetFigures, cols, rows, hl)
}

func (b *book) conflicts() error {
	cols := []column{
		{"Kind", 9, false}, {"What", 40, true}, {"Values", 24, true}, {"Who says what", 50, true},
		{"Event", 40, true}, {"Conflict ID", 18, false}, {"Source IDs", 40, true}, {"Event ID", 18, false},
	}
	var rows [][]cell
	var hl []bool
	for _, c := range b.r.Conflicts {
		var says []string
		for _, cl := range c.Claims {
			says = append(says, cl.Source.Name+": "+cl.Value)
		}
		who := text(strings.Join(says, "\n"))
		event, eventID := "", ""
		if c.Event != nil {
			event = c.Event.Label + " (" + report.DateText(c.Event.Date, c.Event.Precision) + ")"
			eventID = c.Event.EventID
		}
		rows = append(rows, []cell{
			text(c.Kind), text(c.Subject), text(strings.Join(c.Values, " | ")), who,
			text(event), text(c.ConflictID), text(strings.Join(c.SourceIDs, ", ")), text(eventID),
		})
		hl = append(hl, true)
	}
	return b.table(SheetConflicts, cols, rows, hl)
}

func (b *book) sources() error {
	cols := []column{
		{"Source", 28, true}, {"Named after", 12, false}, {"Outlet", 18, false}, {"Author", 22, true}, {"Title", 50, true}, {"Language", 10, false},
		{"Published", 12, false}, {"Date from", 18, false}, {"Path", 36, false}, {"URL", 36, false},
		{"Source ID", 18, false},
	}
	var rows [][]cell
	for _, s := range b.r.Sources {
		url := text(s.URL)
		if strings.HasPrefix(s.URL, "https://") || strings.HasPrefix(s.URL, "http://") {
			url.url = s.URL
		}
		rows = append(rows, []cell{
			text(s.Name), text(s.NamedAfter), text(s.Outlet), text(s.Author), text(s.Title), text(s.Language), optDate(s.Published),
			text(s.Evidence), text(s.Path), url, text(s.ID),
		})
	}
	return b.table(SheetSources, cols, rows, nil)
}

// noConflicts is the Summary line under a zero conflict count: what was
// checked.
func noConflicts(n int) []cell {
	if n > 0 {
		return nil
	}
	return []cell{text(""), text(report.NoConflicts)}
}

func sourceTitle(s *report.Source) string {
	if s == nil {
		return ""
	}
	return s.Title
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
