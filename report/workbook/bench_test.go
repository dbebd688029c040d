package workbook_test

import (
	"io"
	"testing"

	"newsdesk/report"
	"newsdesk/report/reporttest"
	"newsdesk/report/workbook"
)

// BenchmarkWrite measures writing the workbook of the four-article
// synthetic story.
func BenchmarkWrite(b *testing.B) {
	r := report.Build(reporttest.Tables())
	for b.Loop() {
		if err := workbook.Write(io.Discard, r, workbook.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
