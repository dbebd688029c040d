package charts_test

import (
	"bytes"
	"encoding/json"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"newsdesk/dataset"
	"newsdesk/report"
	"newsdesk/report/charts"
	"newsdesk/report/reporttest"
)

var pages = []string{"index", "timeline", "coverage", "speakers", "figures", "conflicts"}

// asset is the installed ECharts script; tests that need it skip without
// it, or fail in CI.
func asset(t *testing.T) string {
	t.Helper()
	p := filepath.Join("node_modules", "echarts", "dist", "echarts.min.js")
	if _, err := os.Stat(p); err != nil {
		need(t, "the ECharts script (npm ci --prefix report/charts)")
	}
	return p
}

func need(t *testing.T, what string) {
	t.Helper()
	if os.Getenv("CI") != "" {
		t.Fatalf("%s is missing", what)
	}
	t.Skipf("%s is missing", what)
}

func writePages(t *testing.T, tabs *dataset.Tables) (string, map[string]string) {
	t.Helper()
	dir := t.TempDir()
	if err := charts.Write(dir, report.Build(tabs), charts.Options{ECharts: asset(t), Title: "Port strike"}); err != nil {
		t.Fatalf("Write: %v", err)
	}
	out := map[string]string{}
	for _, p := range pages {
		b, err := os.ReadFile(filepath.Join(dir, p+".html"))
		if err != nil {
			t.Fatal(err)
		}
		out[p] = string(b)
	}
	return dir, out
}

func TestCharts(t *testing.T) {
	for _, tc := range []struct {
		name  string
		tabs  *dataset.Tables
		drawn []string // chart ids with a chart; the others show a note
	}{
		{"Full", reporttest.Tables(), []string{"timeline", "coverage", "speakers", "figures", "conflicts"}},
		{"Empty", reporttest.Empty(), nil},
		{"NoSources", &dataset.Tables{}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, html := writePages(t, tc.tabs)
			for _, id := range pages[1:] {
				drawn := false
				for _, d := range tc.drawn {
					drawn = drawn || d == id
				}
				for _, p := range []string{"index", id} {
					div := `<div class="chart" id="` + id + `"`
					if got := strings.Contains(html[p], div); got != drawn {
						t.Errorf("%s.html: chart %s drawn = %v, want %v", p, id, got, drawn)
					}
					if !drawn && !strings.Contains(html[p], `class="empty"`) {
						t.Errorf("%s.html: no note in place of the empty chart %s", p, id)
					}
				}
			}
		})
	}
}

// TestChartOptions checks what the options say, without a browser.
func TestChartOptions(t *testing.T) {
	r := report.Build(reporttest.Tables())
	byID := map[string]charts.Chart{}
	for _, c := range charts.Charts(r) {
		byID[c.ID] = c
	}
	t.Run("TimelineOpensOnFocus", func(t *testing.T) {
		zoom, _ := byID["timeline"].Option["dataZoom"].([]map[string]any)
		if len(zoom) == 0 {
			t.Fatal("no dataZoom")
		}
		// Focus 2024-03-12..14, padded by a day; the 2019 event stays on the slider.
		from, to := dataset.NewDate(2024, 3, 11), dataset.NewDate(2024, 3, 15)
		if got, want := zoom[0]["startValue"], int64(from)*86400000; got != want {
			t.Errorf("startValue: got %v, want %v", got, want)
		}
		if got, want := zoom[0]["endValue"], int64(to)*86400000; got != want {
			t.Errorf("endValue: got %v, want %v", got, want)
		}
	})
	t.Run("FiguresByWhatIsCounted", func(t *testing.T) {
		b, err := json.Marshal(byID["figures"].Option["xAxis"])
		if err != nil {
			t.Fatal(err)
		}
		if want := `"data":["dockworkers on strike","waiting (ship)"]`; !strings.Contains(string(b), want) {
			t.Errorf("x axis %s does not hold %s", b, want)
		}
	})
}

// TestFiguresAxis: a linear axis unless the values span more than a
// factor of 20 (the fixture's 2,500 dockworkers and 35 ships do).
func TestFiguresAxis(t *testing.T) {
	for _, tc := range []struct {
		name string
		drop string // unit of the figures to remove
		want string
	}{
		{"Log", "", `"type":"log"`},
		{"Linear", "ship", `"type":"value"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tabs := reporttest.Tables()
			figs := tabs.Figures[:0]
			for _, f := range tabs.Figures {
				if f.Unit == nil || *f.Unit != tc.drop {
					figs = append(figs, f)
				}
			}
			tabs.Figures = figs
			for _, c := range charts.Charts(report.Build(tabs)) {
				if c.ID != "figures" {
					continue
				}
				b, err := json.Marshal(c.Option["yAxis"])
				if err != nil {
					t.Fatal(err)
				}
				if !strings.Contains(string(b), tc.want) {
					t.Errorf("y axis %s, want %s", b, tc.want)
				}
			}
		})
	}
}

func TestIndexSaysWhatWasChecked(t *testing.T) {
	for _, tc := range []struct {
		name string
		tabs *dataset.Tables
		want bool
	}{
		{"Conflicts", reporttest.Tables(), false},
		{"NoConflicts", reporttest.Empty(), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, html := writePages(t, tc.tabs)
			if got := strings.Contains(html["index"], `id="no-conflicts"`) && strings.Contains(html["index"], "dates compared per event"); got != tc.want {
				t.Errorf("index.html explains the zero conflicts = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestChartsReproducible(t *testing.T) {
	d1, a := writePages(t, reporttest.Tables())
	d2, b := writePages(t, reporttest.Tables())
	for _, p := range pages {
		if a[p] != b[p] {
			t.Errorf("%s.html differs between two runs", p)
		}
	}
	e1, _ := os.ReadFile(filepath.Join(d1, charts.EChartsFile))
	e2, _ := os.ReadFile(filepath.Join(d2, charts.EChartsFile))
	if !bytes.Equal(e1, e2) || len(e1) == 0 {
		t.Errorf("echarts.min.js differs or is empty")
	}
}

// TestChartsOffline: every script, style and link of the pages is a file
// next to them; nothing names a network address.
func TestChartsOffline(t *testing.T) {
	_, html := writePages(t, reporttest.Tables())
	ref := regexp.MustCompile(`(?:src|href)="([^"]*)"`)
	for p, h := range html {
		for _, m := range ref.FindAllStringSubmatch(h, -1) {
			if strings.Contains(m[1], ":") || strings.Contains(m[1], "/") {
				t.Errorf("%s.html refers to %q, not a file next to it", p, m[1])
			}
		}
		if strings.Contains(h, "http://") || strings.Contains(h, "https://") {
			t.Errorf("%s.html names a network address", p)
		}
	}
}

// TestChartsEscape: article text holding </script>, tags and quotes stays
// data: it cannot end the script, add an element or break the options.
func TestChartsEscape(t *testing.T) {
	_, html := writePages(t, reporttest.Tables())
	for _, p := range []string{"index", "timeline", "coverage"} {
		h := html[p]
		if got, want := strings.Count(h, "<script"), 2; got != want {
			t.Errorf("%s.html has %d <script> tags, want %d (echarts.min.js and the page's own)", p, got, want)
		}
		for _, bad := range []string{"</script><script>", `document.title="pwned"`, "<img", "onerror="} {
			if strings.Contains(h, bad) {
				t.Errorf("%s.html holds %q unescaped", p, bad)
			}
		}
	}
	if !strings.Contains(html["timeline"], `\u003c/script\u003e\u003cscript\u003e`) {
		t.Errorf("the hostile event label is not in the timeline options as escaped JSON")
	}
}

func TestCopyEChartsChecksum(t *testing.T) {
	dir := t.TempDir()
	fake := filepath.Join(dir, "echarts.min.js")
	if err := os.WriteFile(fake, []byte("window.echarts = {};"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := charts.CopyECharts(fake, filepath.Join(dir, "out.js"))
	if err == nil || !strings.Contains(err.Error(), "sha256") {
		t.Fatalf("a script that is not the pinned ECharts was accepted (err = %v)", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "out.js")); err == nil {
		t.Errorf("the rejected script was copied")
	}
}

// chromium runs headless Chromium on a page with every network request
// sent to a closed port, so that only local files can load.
func chromium(t *testing.T, page string, mode ...string) []byte {
	t.Helper()
	bin := ""
	for _, n := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(n); err == nil {
			bin = p
			break
		}
	}
	if bin == "" {
		need(t, "chromium (run .ci/deps.sh)")
	}
	args := append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + t.TempDir(), "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
		"--hide-scrollbars", "--window-size=1200,2400", "--virtual-time-budget=5000"}, mode...)
	cmd := exec.Command(bin, append(args, "file://"+page)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s: %v\n%s", bin, err, stderr.String())
	}
	return out
}

// TestChromiumDrawsCharts opens index.html as a reader would, offline, and
// checks every chart became an ECharts instance with a canvas, the hostile
// label did not run, and the screenshot is not blank.
func TestChromiumDrawsCharts(t *testing.T) {
	dir, _ := writePages(t, reporttest.Tables())
	index := filepath.Join(dir, "index.html")
	dom := string(chromium(t, index, "--dump-dom"))
	for _, id := range pages[1:] {
		re := regexp.MustCompile(`<div class="chart" id="` + id + `"[^>]*_echarts_instance_="[^"]+"[^>]*>.*?<canvas`)
		if !re.MatchString(dom) {
			t.Errorf("chart %s was not drawn (no ECharts instance with a canvas)", id)
		}
	}
	if strings.Contains(dom, "<title>pwned") {
		t.Errorf("script from an article ran")
	}
	shot := filepath.Join(dir, "index.png")
	chromium(t, index, "--screenshot="+shot)
	f, err := os.Open(shot)
	if err != nil {
		t.Fatalf("no screenshot: %v", err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	if got := coloured(img); got < 0.01 {
		t.Errorf("screenshot is blank: %.4f of pixels coloured", got)
	}
}

// coloured returns the share of pixels that are neither white nor grey:
// chart marks, not text or borders.
func coloured(img image.Image) float64 {
	b := img.Bounds()
	n := 0
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			r, g, bl, _ := img.At(x, y).RGBA()
			hi, lo := max(r, g, bl), min(r, g, bl)
			if hi-lo > 0x2000 {
				n++
			}
		}
	}
	return float64(n) / float64((b.Dx()/2)*(b.Dy()/2))
}
