package workbook

import (
	"fmt"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"newsdesk/dataset"
	"newsdesk/report"
)

type book struct {
	f      *excelize.File
	r      *report.Report
	styles map[style]int
	tables int
}

// column is one column of a data sheet.
type column struct {
	header string
	width  float64
	wrap   bool
}

// cell is one value. Exactly one of the value fields is used, by kind.
type cell struct {
	kind  cellKind
	text  string
	num   float64
	date  dataset.Date
	prec  string // date precision: day, month, year, decade
	link  string // location inside the workbook, e.g. 'Sources'!A3
	url   string // external http(s) address
	bold  bool
	empty bool
}

type cellKind int

const (
	kindText cellKind = iota
	kindNum
	kindInt
	kindDate
)

func text(s string) cell { return cell{kind: kindText, text: s} }

func num(v float64) cell { return cell{kind: kindNum, num: v} }

func integer(n int) cell { return cell{kind: kindInt, num: float64(n)} }

func date(d dataset.Date, prec string) cell { return cell{kind: kindDate, date: d, prec: prec} }

func optDate(d *dataset.Date) cell {
	if d == nil {
		return cell{empty: true}
	}
	return date(*d, dataset.PrecisionDay)
}

func optNum(v *float64) cell {
	if v == nil {
		return cell{empty: true}
	}
	return num(*v)
}

func yesNo(b bool) cell {
	if b {
		return text("yes")
	}
	return text("no")
}

// sourceLink is the source's name, linked to its row on the Sources sheet.
func sourceLink(s *report.Source) cell {
	if s == nil {
		return cell{empty: true}
	}
	c := text(s.Name)
	c.link = sourceRef(s)
	return c
}

func sourceRef(s *report.Source) string {
	return fmt.Sprintf("'%s'!A%d", SheetSources, s.Row+2)
}

// style is the look of one cell; each distinct style is registered once.
type style struct {
	header, wrap, link, bold, highlight bool
	numFmt                              string
}

func (b *book) style(s style) (int, error) {
	if id, ok := b.styles[s]; ok {
		return id, nil
	}
	st := &excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: s.wrap},
		Font: &excelize.Font{Family: "Calibri", Size: 11, Bold: s.header || s.bold}}
	if s.header {
		st.Alignment.Vertical = "center"
		st.Border = []excelize.Border{{Type: "bottom", Color: "404040", Style: 1}}
	}
	if s.link {
		st.Font.Color, st.Font.Underline = "0563C1", "single"
	}
	if s.numFmt != "" {
		f := s.numFmt
		st.CustomNumFmt = &f
	}
	if s.highlight {
		st.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"FFE0B2"}}
	}
	id, err := b.f.NewStyle(st)
	if err != nil {
		return 0, fmt.Errorf("style: %w", err)
	}
	b.styles[s] = id
	return id, nil
}

// dateFormats shows a date at its precision.
var dateFormats = map[string]string{
	dataset.PrecisionDay:    "yyyy-mm-dd",
	dataset.PrecisionMonth:  "mmmm yyyy",
	dataset.PrecisionYear:   "yyyy",
	dataset.PrecisionDecade: "yyyy",
}

// excelEpoch is 1899-12-30 in days since 1970-01-01: Excel's day zero.
const excelEpoch = 25569

// set writes c into sheet at (col, row), 1-based.
func (b *book) set(sheet string, col, row int, c cell, wrap, highlight bool) error {
	ref, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		return err
	}
	st := style{wrap: wrap, highlight: highlight, bold: c.bold}
	switch {
	case c.empty:
	case c.kind == kindText:
		// Always a string cell: text from articles is never a formula.
		err = b.f.SetCellStr(sheet, ref, c.text)
	case c.kind == kindInt:
		err = b.f.SetCellInt(sheet, ref, int64(c.num))
	case c.kind == kindNum:
		err = b.f.SetCellFloat(sheet, ref, c.num, -1, 64)
		if c.num != math.Trunc(c.num) || math.Abs(c.num) >= 1000 {
			st.numFmt = "#,##0.##"
		}
	case c.kind == kindDate:
		err = b.f.SetCellInt(sheet, ref, int64(c.date)+excelEpoch)
		st.numFmt = dateFormats[c.prec]
		if st.numFmt == "" {
			st.numFmt = dateFormats[dataset.PrecisionDay]
		}
	}
	if err != nil {
		return fmt.Errorf("sheet %s cell %s: %w", sheet, ref, err)
	}
	switch {
	case c.link != "":
		tip := "Go to the source on the Sources sheet"
		if err := b.f.SetCellHyperLink(sheet, ref, c.link, "Location", excelize.HyperlinkOpts{Tooltip: &tip}); err != nil {
			return fmt.Errorf("sheet %s cell %s: %w", sheet, ref, err)
		}
		st.link = true
	case c.url != "":
		if err := b.f.SetCellHyperLink(sheet, ref, c.url, "External"); err != nil {
			return fmt.Errorf("sheet %s cell %s: %w", sheet, ref, err)
		}
		st.link = true
	}
	id, err := b.style(st)
	if err != nil {
		return err
	}
	return b.f.SetCellStyle(sheet, ref, ref, id)
}

// table writes a data sheet: a header row, one row per record, an Excel
// table with filters over them, a frozen header, widths, row heights for
// wrapped text and landscape fit-to-width printing. highlight[i] marks
// row i.
func (b *book) table(sheet string, cols []column, rows [][]cell, highlight []bool) error {
	if _, err := b.f.NewSheet(sheet); err != nil {
		return fmt.Errorf("sheet %s: %w", sheet, err)
	}
	hs, err := b.style(style{header: true, wrap: true})
	if err != nil {
		return err
	}
	for i, c := range cols {
		name, _ := excelize.ColumnNumberToName(i + 1)
		if err := b.f.SetCellStr(sheet, name+"1", c.header); err != nil {
			return err
		}
		if err := b.f.SetColWidth(sheet, name, name, c.width); err != nil {
			return err
		}
	}
	last, _ := excelize.ColumnNumberToName(len(cols))
	if err := b.f.SetCellStyle(sheet, "A1", last+"1", hs); err != nil {
		return err
	}
	for r, row := range rows {
		hl := r < len(highlight) && highlight[r]
		for i, c := range row {
			if err := b.set(sheet, i+1, r+2, c, cols[i].wrap, hl); err != nil {
				return err
			}
		}
		if h := rowHeight(cols, row); h > 0 {
			if err := b.f.SetRowHeight(sheet, r+2, h); err != nil {
				return err
			}
		}
	}
	// An Excel table needs a data row: an empty table keeps one blank row.
	end := max(len(rows), 1) + 1
	b.tables++
	show := true
	err = b.f.AddTable(sheet, &excelize.Table{
		Range: fmt.Sprintf("A1:%s%d", last, end), Name: strings.ReplaceAll(sheet, " ", "") + "Table",
		StyleName: "TableStyleLight9", ShowRowStripes: &show,
	})
	if err != nil {
		return fmt.Errorf("sheet %s table: %w", sheet, err)
	}
	if err := b.f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}}}); err != nil {
		return fmt.Errorf("sheet %s panes: %w", sheet, err)
	}
	if err := b.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles",
		RefersTo: fmt.Sprintf("'%s'!$1:$1", sheet), Scope: sheet}); err != nil {
		return fmt.Errorf("sheet %s print titles: %w", sheet, err)
	}
	return b.printSetup(sheet)
}

func (b *book) printSetup(sheet string) error {
	landscape, one, zero, fit := "landscape", 1, 0, true
	if err := b.f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Orientation: &landscape,
		FitToWidth: &one, FitToHeight: &zero}); err != nil {
		return fmt.Errorf("sheet %s page layout: %w", sheet, err)
	}
	if err := b.f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return fmt.Errorf("sheet %s properties: %w", sheet, err)
	}
	return nil
}

// rowHeight estimates the height in points a row needs to show its wrapped
// text, or 0 for the default.
func rowHeight(cols []column, row []cell) float64 {
	lines := 1
	for i, c := range row {
		if !cols[i].wrap || c.kind != kindText {
			continue
		}
		n := 0
		for _, para := range strings.Split(c.text, "\n") {
			n += int(math.Ceil(float64(utf8.RuneCountInString(para)+1) / (cols[i].width * 0.9)))
		}
		lines = max(lines, n)
	}
	if lines <= 1 {
		return 0
	}
	return math.Min(15*float64(lines), 300)
}
