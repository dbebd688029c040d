// Package workbook writes the report as an Excel workbook for editors:
// Summary (the story in numbers and the sources), Charts (native Excel
// charts of events over time, quotes per speaker and one figure compared
// across sources), Timeline, Quotes, Figures, Conflicts and Sources. Each
// data sheet is an Excel table with filters, a frozen header row, set
// widths, wrapped long text, real date cells, source names with their IDs
// in the last columns, and a link from each row to its source's row on the
// Sources sheet. Sheets print landscape, fitted to the page width.
//
// It is the only package that imports excelize. It computes nothing about
// the story: that is report.Build. Article text is always written as a
// string cell, never as a formula. The output is reproducible: the
// document dates come from Options.Date, and the zip is rewritten with its
// entries, their times and [Content_Types].xml in a fixed order.
package workbook

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/xuri/excelize/v2"

	"newsdesk/report"
)

// Options set what the workbook says about itself.
type Options struct {
	// Date is written as the document's created and modified dates and as
	// the time of every zip entry. Callers pass SOURCE_DATE_EPOCH or
	// DefaultDate, never the clock.
	Date time.Time
	// Title is the document title; DefaultTitle when empty.
	Title string
}

// DefaultDate is the document date when SOURCE_DATE_EPOCH is not set: a
// fixed day, so that the bytes never depend on when the report was made.
var DefaultDate = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// DefaultTitle is the document title when Options.Title is empty.
const DefaultTitle = "newsdesk report"

// Sheet names, in workbook order.
const (
	SheetSummary   = "Summary"
	SheetCharts    = "Charts"
	SheetTimeline  = "Timeline"
	SheetQuotes    = "Quotes"
	SheetFigures   = "Figures"
	SheetConflicts = "Conflicts"
	SheetSources   = "Sources"
)

// WriteFile writes the workbook of r to path, through a temporary file
// renamed into place.
func WriteFile(path string, r *report.Report, opt Options) error {
	var buf bytes.Buffer
	if err := Write(&buf, r, opt); err != nil {
		return fmt.Errorf("cannot write workbook %s: %w", path, err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".report-*.xlsx")
	if err != nil {
		return fmt.Errorf("cannot write workbook %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(buf.Bytes()); err != nil {
		tmp.Close()
		return fmt.Errorf("cannot write workbook %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("cannot write workbook %s: %w", path, err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("cannot write workbook %s: %w", path, err)
	}
	return os.Rename(tmp.Name(), path)
}

// Write writes the workbook of r to w.
func Write(w io.Writer, r *report.Report, opt Options) error {
	if opt.Date.IsZero() {
		opt.Date = DefaultDate
	}
	if opt.Title == "" {
		opt.Title = DefaultTitle
	}
	f := excelize.NewFile()
	defer f.Close()
	b := &book{f: f, r: r, styles: map[style]int{}}
	steps := []func() error{
		b.summary, b.charts, b.timeline, b.quotes, b.figures, b.conflicts, b.sources,
		func() error { return b.props(opt) },
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
	}
	var raw bytes.Buffer
	if _, err := f.WriteTo(&raw); err != nil {
		return fmt.Errorf("excelize: %w", err)
	}
	out, err := normalize(raw.Bytes(), opt.Date)
	if err != nil {
		return err
	}
	_, err = w.Write(out)
	return err
}

func (b *book) props(opt Options) error {
	date := opt.Date.UTC().Format("2006-01-02T15:04:05Z")
	s := b.r.Summary
	err := b.f.SetDocProps(&excelize.DocProperties{
		Title:          opt.Title,
		Subject:        fmt.Sprintf("%d sources, %d quotes, %d figures, %d events, %d conflicts", s.Sources, s.Quotes, s.Figures, s.Events, s.Conflicts),
		Description:    "Quotes, figures, events and conflicts extracted from news articles about one story.",
		Creator:        "newsdesk",
		LastModifiedBy: "newsdesk",
		Created:        date,
		Modified:       date,
		Language:       "en",
	})
	if err != nil {
		return fmt.Errorf("document properties: %w", err)
	}
	idx, err := b.f.GetSheetIndex(SheetSummary)
	if err != nil {
		return err
	}
	b.f.SetActiveSheet(idx)
	return nil
}
