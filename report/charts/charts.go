// Package charts writes the report's HTML chart pages: index.html with
// every chart, and one page per chart (timeline.html, coverage.html,
// speakers.html, figures.html, conflicts.html), drawn by Apache ECharts.
//
// It is the only package that imports go-echarts, which builds each
// chart's option. The pages are rendered by this package's own template,
// not go-echarts', so that everything taken from articles is escaped: the
// options are JSON with <, > and & escaped (go-echarts writes them raw into
// a <script>), HTML text goes through html/template, and tooltips are
// built by a fixed script that HTML-escapes every line. Chart IDs are
// fixed and animation is off, so the pages are byte-identical on every
// rebuild and draw the same every time.
//
// The pages work offline: they load echarts.min.js from their own folder.
// Write copies that file from a path the caller gives (installed by npm
// from report/charts/package-lock.json) after checking it is exactly the
// pinned version by sha256. It never fetches anything.
package charts

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"html/template"
	"os"
	"path/filepath"

	"newsdesk/report"
)

// The ECharts build the pages ship with: the version go-echarts v2.6.7
// targets, and the sha256 of its dist/echarts.min.js.
const (
	EChartsVersion = "5.4.3"
	EChartsSHA256  = "1156429a16a38cb8604dcc6518c19406d4226142d908f8edd2e3531443c54d19"
	// EChartsFile is the script's name next to the pages.
	EChartsFile = "echarts.min.js"
)

// DefaultEChartsPath is where `npm ci --prefix report/charts` installs the
// script, relative to the project root.
const DefaultEChartsPath = "report/charts/node_modules/echarts/dist/echarts.min.js"

//go:embed page.html.tmpl
var templates embed.FS

var pageTmpl = template.Must(template.ParseFS(templates, "page.html.tmpl"))

// Options say where the ECharts script comes from and how pages are titled.
type Options struct {
	// ECharts is the path of echarts.min.js to ship; DefaultEChartsPath
	// when empty. Its sha256 must be EChartsSHA256.
	ECharts string
	// Title heads index.html; "newsdesk report" when empty.
	Title string
}

// Chart is one chart: its fixed ID (also its page's name), title, the
// ECharts option and the tooltip lines of every data item.
type Chart struct {
	ID     string
	Title  string
	About  string // one line on how to read it
	Empty  string // shown instead of the chart when there is no data
	Height int    // pixels
	Option map[string]any
	// Tips[series][item] are the lines the tooltip shows for an item.
	Tips [][][]string
}

// Charts returns every chart of r, in page order.
func Charts(r *report.Report) []Chart {
	return []Chart{timeline(r), coverage(r), speakers(r), figures(r), conflicts(r)}
}

// Write writes index.html, one page per chart and echarts.min.js into dir.
func Write(dir string, r *report.Report, opt Options) error {
	if opt.Title == "" {
		opt.Title = "newsdesk report"
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("cannot create %s: %w", dir, err)
	}
	if err := CopyECharts(opt.ECharts, filepath.Join(dir, EChartsFile)); err != nil {
		return err
	}
	charts := Charts(r)
	pages := map[string]page{"index": {Title: opt.Title, Heading: opt.Title, Charts: charts, Summary: &r.Summary, Nav: charts}}
	for _, c := range charts {
		pages[c.ID] = page{Title: c.Title + " · " + opt.Title, Heading: opt.Title, Charts: []Chart{c}, Nav: charts, Back: true}
	}
	for _, name := range append([]string{"index"}, ids(charts)...) {
		b, err := render(pages[name])
		if err != nil {
			return fmt.Errorf("page %s.html: %w", name, err)
		}
		if err := writeFile(filepath.Join(dir, name+".html"), b); err != nil {
			return err
		}
	}
	return nil
}

func ids(cs []Chart) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.ID
	}
	return out
}

// page is what the template draws.
type page struct {
	Title   string // of the browser tab
	Heading string
	Charts  []Chart
	Nav     []Chart
	Back    bool
	Summary *report.Summary
}

// pageData is page with every option and tooltip turned into escaped JSON.
type pageData struct {
	page
	Scripts     []script
	Version     string
	NoConflicts string
}

type script struct {
	ID     string
	Option template.JS
	Tips   template.JS
}

// RenderChart renders the page of one chart.
func RenderChart(c Chart) ([]byte, error) {
	return render(page{Title: c.Title, Heading: c.Title, Charts: []Chart{c}})
}

// render renders one page.
func render(p page) ([]byte, error) {
	d := pageData{page: p, Version: EChartsVersion, NoConflicts: report.NoConflicts}
	for _, c := range p.Charts {
		if c.Option == nil {
			continue
		}
		opt, err := jsJSON(c.Option)
		if err != nil {
			return nil, fmt.Errorf("chart %s: %w", c.ID, err)
		}
		tips, err := jsJSON(c.Tips)
		if err != nil {
			return nil, fmt.Errorf("chart %s tooltips: %w", c.ID, err)
		}
		d.Scripts = append(d.Scripts, script{ID: c.ID, Option: opt, Tips: tips})
	}
	var buf bytes.Buffer
	if err := pageTmpl.Execute(&buf, d); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// jsJSON encodes v as JSON safe inside a <script>: json.Marshal escapes
// <, >, &, U+2028 and U+2029, so no string can close the script or the
// page. Maps are written with sorted keys.
func jsJSON(v any) (template.JS, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return "", err
	}
	return template.JS(b), nil
}

// CopyECharts copies the pinned ECharts script from src to dst after
// checking its sha256.
func CopyECharts(src, dst string) error {
	if src == "" {
		src = DefaultEChartsPath
	}
	b, err := os.ReadFile(src)
	if err != nil {
		return fmt.Errorf("cannot read the ECharts script %s (install it with: npm ci --prefix report/charts): %w", src, err)
	}
	sum := sha256.Sum256(b)
	if got := hex.EncodeToString(sum[:]); got != EChartsSHA256 {
		return fmt.Errorf("%s has sha256 %s, want %s (echarts %s): reinstall with npm ci --prefix report/charts", src, got, EChartsSHA256, EChartsVersion)
	}
	return writeFile(dst, b)
}

func writeFile(path string, b []byte) error {
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, b, 0o644); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	return nil
}
