package workbook

import (
	"fmt"

	"github.com/xuri/excelize/v2"

	"newsdesk/report"
)

var axisFont = excelize.Font{Color: "404040", Size: 9}

// maxSpeakers is how many speakers the quotes chart shows.
const maxSpeakers = 15

// block is the data of one native chart: a small two-column table on the
// Charts sheet and the chart drawn beside it.
type block struct {
	title, catHeader, valHeader, empty string
	xTitle, yTitle                     string
	typ                                excelize.ChartType
	reverse                            bool // categories top to bottom in a bar chart
	cats                               []string
	vals                               []float64
}

func (b *book) charts() error {
	if _, err := b.f.NewSheet(SheetCharts); err != nil {
		return err
	}
	blocks := []block{b.eventsBlock(), b.speakersBlock(), b.figureBlock()}
	top := 1
	for i, bl := range blocks {
		next, err := b.drawBlock(top, i+1, bl)
		if err != nil {
			return err
		}
		top = next
	}
	for i, w := range []float64{56, 12} {
		col, _ := excelize.ColumnNumberToName(i + 1)
		if err := b.f.SetColWidth(SheetCharts, col, col, w); err != nil {
			return err
		}
	}
	return b.printSetup(SheetCharts)
}

func (b *book) eventsBlock() block {
	bl := block{title: "Events over time", catHeader: "Period", valHeader: "Events",
		xTitle: "Period", yTitle: "Events", typ: excelize.Col, empty: "No dated events yet."}
	if f := b.r.Focus; f != nil && int(f.To-f.From) < report.DailyDays {
		bl.title, bl.catHeader, bl.xTitle = "Events per day of the story", "Day", "Day"
	}
	for _, p := range b.r.Periods {
		bl.cats = append(bl.cats, p.Label)
		bl.vals = append(bl.vals, float64(p.Events))
	}
	return bl
}

func (b *book) speakersBlock() block {
	bl := block{title: "Quotes per speaker", catHeader: "Speaker", valHeader: "Quotes",
		xTitle: "Speaker", yTitle: "Quotes", typ: excelize.Bar, empty: "No quotes yet.", reverse: true}
	for i, s := range b.r.Speakers {
		if i == maxSpeakers {
			break
		}
		bl.cats = append(bl.cats, s.Speaker)
		bl.vals = append(bl.vals, float64(s.Quotes))
	}
	return bl
}

// figureBlock compares one thing counted across sources: the first
// figure conflict, else the most widely given thing on which the sources
// differ, else the most widely given one.
func (b *book) figureBlock() block {
	bl := block{title: "One figure across sources", catHeader: "Source: as written", valHeader: "Value",
		xTitle: "Source", yTitle: "Value", typ: excelize.Col,
		empty: "No two sources give a figure for the same thing (same unit and the same word near it, e.g. killed or missing)."}
	if len(b.r.FigureGroups) == 0 {
		return bl
	}
	g := b.r.FigureGroups[0]
	if g.Conflict == nil {
		for _, fg := range b.r.FigureGroups {
			if fg.Values > 1 {
				g = fg
				break
			}
		}
	}
	bl.title = fmt.Sprintf("%s: as told by %d sources", report.Excerpt(g.Label, 60), g.Sources)
	bl.valHeader = g.Unit
	bl.yTitle = g.Unit
	for _, f := range g.Figures {
		bl.cats = append(bl.cats, f.Source.Name+": "+f.Text)
		bl.vals = append(bl.vals, f.Value)
	}
	return bl
}

// drawBlock writes bl from row top and returns the first free row after it.
func (b *book) drawBlock(top, n int, bl block) (int, error) {
	sh := SheetCharts
	head := text(bl.title)
	head.bold = true
	if err := b.set(sh, 1, top, head, false, false); err != nil {
		return 0, err
	}
	if len(bl.cats) == 0 {
		return top + 3, b.set(sh, 1, top+1, text(bl.empty), false, false)
	}
	hs, err := b.style(style{header: true})
	if err != nil {
		return 0, err
	}
	for i, h := range []string{bl.catHeader, bl.valHeader} {
		if err := b.set(sh, i+1, top+1, text(h), false, false); err != nil {
			return 0, err
		}
	}
	if err := b.f.SetCellStyle(sh, fmt.Sprintf("A%d", top+1), fmt.Sprintf("B%d", top+1), hs); err != nil {
		return 0, err
	}
	for i := range bl.cats {
		if err := b.set(sh, 1, top+2+i, text(bl.cats[i]), false, false); err != nil {
			return 0, err
		}
		if err := b.set(sh, 2, top+2+i, num(bl.vals[i]), false, false); err != nil {
			return 0, err
		}
	}
	first, last := top+2, top+1+len(bl.cats)
	ref := func(col string) string { return fmt.Sprintf("'%s'!$%s$%d:$%s$%d", sh, col, first, col, last) }
	gap := uint(60)
	err = b.f.AddChart(sh, fmt.Sprintf("D%d", top), &excelize.Chart{
		Type: bl.typ,
		Series: []excelize.ChartSeries{{Name: fmt.Sprintf("'%s'!$B$%d", sh, top+1),
			Categories: ref("A"), Values: ref("B"), Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"4472C4"}}}},
		Title:     excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: bl.title}}},
		Legend:    excelize.ChartLegend{Position: "none"},
		Dimension: excelize.ChartDimension{Width: 640, Height: 320},
		XAxis: excelize.ChartAxis{Font: axisFont, ReverseOrder: bl.reverse,
			Title: excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: bl.xTitle}}}},
		YAxis: excelize.ChartAxis{MajorGridLines: true, Font: axisFont,
			Title: excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: bl.yTitle}}}},
		PlotArea: excelize.ChartPlotArea{ShowVal: true},
		GapWidth: &gap,
	})
	if err != nil {
		return 0, fmt.Errorf("sheet %s chart %d (%s): %w", sh, n, bl.title, err)
	}
	return max(last+2, top+18), nil
}
