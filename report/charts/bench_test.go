package charts_test

import (
	"testing"

	"newsdesk/report"
	"newsdesk/report/charts"
	"newsdesk/report/reporttest"
)

// BenchmarkCharts measures building and rendering every chart page of the
// four-article synthetic story (without copying the ECharts script).
func BenchmarkCharts(b *testing.B) {
	r := report.Build(reporttest.Tables())
	for b.Loop() {
		for _, c := range charts.Charts(r) {
			if _, err := charts.RenderChart(c); err != nil {
				b.Fatal(err)
			}
		}
	}
}
