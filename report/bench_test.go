package report_test

import (
	"testing"

	"newsdesk/report"
	"newsdesk/report/reporttest"
)

// BenchmarkBuild measures computing the report of the four-article
// synthetic story.
func BenchmarkBuild(b *testing.B) {
	tabs := reporttest.Tables()
	for b.Loop() {
		report.Build(tabs)
	}
}
