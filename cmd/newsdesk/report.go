package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"newsdesk/dataset/parquet"
	"newsdesk/report"
	"newsdesk/report/charts"
	"newsdesk/report/workbook"
)

// runReport reads the tables in OUT/dataset back from Parquet and writes
// the workbook and the chart pages to OUT/report.
func runReport(ctx context.Context, args []string) error {
	fs := flags("report")
	out := fs.String("out", "out", "output folder: reads OUT/dataset, writes OUT/report")
	echarts := fs.String("echarts", charts.DefaultEChartsPath,
		"the pinned echarts.min.js to ship with the pages (installed by npm ci --prefix report/charts)")
	title := fs.String("title", workbook.DefaultTitle, "title of the workbook and of the chart pages")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{"report takes no arguments, only flags"}
	}
	date, err := documentDate()
	if err != nil {
		return err
	}
	tabs, err := parquet.ReadDir(filepath.Join(*out, "dataset"))
	if err != nil {
		return fmt.Errorf("%w\nTry: newsdesk build -out %s", err, *out)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	r := report.Build(tabs)
	dir := filepath.Join(*out, "report")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("cannot create %s: %w", dir, err)
	}
	xlsx := filepath.Join(dir, "report.xlsx")
	if err := workbook.WriteFile(xlsx, r, workbook.Options{Date: date, Title: *title}); err != nil {
		return err
	}
	if err := charts.Write(dir, r, charts.Options{ECharts: *echarts, Title: *title}); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "wrote %s and %s (%d sources, %d quotes, %d figures, %d events, %d conflicts)\n",
		xlsx, filepath.Join(dir, "index.html"), r.Summary.Sources, r.Summary.Quotes, r.Summary.Figures,
		r.Summary.Events, r.Summary.Conflicts)
	return nil
}

// documentDate is the date written into the workbook: SOURCE_DATE_EPOCH
// when set (https://reproducible-builds.org/specs/source-date-epoch/),
// else workbook.DefaultDate. Never the clock.
func documentDate() (time.Time, error) {
	s := strings.TrimSpace(os.Getenv("SOURCE_DATE_EPOCH"))
	if s == "" {
		return workbook.DefaultDate, nil
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 0 {
		return time.Time{}, usageError{fmt.Sprintf("SOURCE_DATE_EPOCH=%q is not a number of seconds since 1970", s)}
	}
	return time.Unix(n, 0).UTC(), nil
}
