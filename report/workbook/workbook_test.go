package workbook_test

import (
	"bytes"

	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"newsdesk/dataset"
	"newsdesk/report"
	"newsdesk/report/reporttest"
	"newsdesk/report/workbook"
)

func write(tb testing.TB, tabs *dataset.Tables, opt workbook.Options) []byte {
	tb.Helper()
	var buf bytes.Buffer
	if err := workbook.Write(&buf, report.Build(tabs), opt); err != nil {
		tb.Fatalf("Write: %v", err)
	}
	return buf.Bytes()
}

var dataSheets = []string{workbook.SheetTimeline, workbook.SheetQuotes, workbook.SheetFigures,
	workbook.SheetConflicts, workbook.SheetSources}

func TestWorkbook(t *testing.T) {
	for _, tc := range []struct {
		name   string
		tabs   *dataset.Tables
		charts int
		rows   map[string]int // data rows per sheet
	}{
		{"Full", reporttest.Tables(), 3, map[string]int{"Timeline": 4, "Quotes": 7, "Figures": 7, "Conflicts": 2, "Sources": 4}},
		{"Empty", reporttest.Empty(), 0, map[string]int{"Timeline": 0, "Quotes": 0, "Figures": 0, "Conflicts": 0, "Sources": 4}},
		{"NoSources", &dataset.Tables{}, 0, map[string]int{"Timeline": 0, "Quotes": 0, "Figures": 0, "Conflicts": 0, "Sources": 0}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := openXLSX(t, write(t, tc.tabs, workbook.Options{}))
			names, _ := x.sheets(t)
			if got, want := strings.Join(names, ","), "Summary,Charts,Timeline,Quotes,Figures,Conflicts,Sources"; got != want {
				t.Errorf("sheets: got %s, want %s", got, want)
			}
			for _, name := range dataSheets {
				s := x.sheet(t, name)
				tabs := x.tables(t, s)
				if len(tabs) != 1 {
					t.Fatalf("%s: got %d tables, want 1", name, len(tabs))
				}
				tab := tabs[0]
				if tab.AutoFilter == nil || tab.AutoFilter.Ref != tab.Ref {
					t.Errorf("%s: table %s has no filter over %s", name, tab.Name, tab.Ref)
				}
				end := max(tc.rows[name], 1) + 1
				if got, want := tab.Ref, fmt.Sprintf("A1:%s%d", colName(len(tab.Columns)), end); got != want {
					t.Errorf("%s: table range got %s, want %s", name, got, want)
				}
				if got, want := tab.Columns[len(tab.Columns)-1].Name, lastColumn[name]; got != want {
					t.Errorf("%s: last column got %q, want %q (IDs go last)", name, got, want)
				}
				if s.Pane.State != "frozen" || s.Pane.YSplit != "1" || s.Pane.TopLeftCell != "A2" {
					t.Errorf("%s: header row not frozen: %+v", name, s.Pane)
				}
				if len(s.Cols) != len(tab.Columns) && len(s.Cols) == 0 {
					t.Errorf("%s: no column widths", name)
				}
				if s.PageSetup.Orientation != "landscape" || s.PageSetup.FitToWidth != "1" || s.PageSetup.FitToHeight != "0" ||
					s.SheetPr.PageSetUpPr.FitToPage != "true" {
					t.Errorf("%s: page setup got %+v fitToPage=%q, want landscape fit to one page wide", name, s.PageSetup, s.SheetPr.PageSetUpPr.FitToPage)
				}
			}
			if got := x.charts(t, x.sheet(t, workbook.SheetCharts)); len(got) != tc.charts {
				t.Errorf("charts: got %q, want %d", got, tc.charts)
			}
		})
	}
}

var lastColumn = map[string]string{"Timeline": "Source IDs", "Quotes": "Source ID", "Figures": "Source ID",
	"Conflicts": "Event ID", "Sources": "Source ID"}

func colName(n int) string {
	s := ""
	for ; n > 0; n = (n - 1) / 26 {
		s = string(rune('A'+(n-1)%26)) + s
	}
	return s
}

const (
	antara  = "Antara · Mogok pekerja pelabuhan hentikan…"
	reuters = "Reuters · Dockworkers strike shuts Tanjung…"
)

func TestWorkbookSummaryNoConflicts(t *testing.T) {
	x := openXLSX(t, write(t, reporttest.Empty(), workbook.Options{}))
	sum := x.sheet(t, "Summary")
	if got, want := x.value(sum, "B8"), "0"; got != want {
		t.Errorf("conflicts: got %q, want %q", got, want)
	}
	if got := x.value(sum, "B9"); !strings.HasPrefix(got, "No conflicts found: figures compared") {
		t.Errorf("B9 does not say what was checked: %q", got)
	}
}

func TestWorkbookCells(t *testing.T) {
	x := openXLSX(t, write(t, reporttest.Tables(), workbook.Options{}))
	tl, qs, srcs, fg := x.sheet(t, "Timeline"), x.sheet(t, "Quotes"), x.sheet(t, "Sources"), x.sheet(t, "Figures")
	sum, ch := x.sheet(t, "Summary"), x.sheet(t, "Charts")
	tests := []struct {
		name      string
		got, want string
	}{
		{"Summary/Sources", x.value(sum, "B2"), "4"},
		{"Summary/Conflicts", x.value(sum, "B8"), "2"},
		{"Timeline/Header", x.value(tl, "A1"), "Date"},
		{"Timeline/FirstIsOldest", x.value(tl, "D2"), "Earlier strike lasted two weeks"},
		{"Timeline/Label", x.value(tl, "D3"), "Dockworkers strike at Tanjung Priok"},
		// 2024-03-12 is Excel day 45363.
		{"Timeline/DateIsANumber", x.value(tl, "A3"), "45363"},
		{"Timeline/DateFormat", x.numFmt(t, tl.cells["A3"].Style), "yyyy-mm-dd"},
		{"Timeline/YearFormat", x.numFmt(t, tl.cells["A2"].Style), "yyyy"},
		{"Timeline/SourceNames", x.value(tl, "F3"), antara + ", " + reuters + ", The Jakarta Post · Port \"talks\" fail <img src=x…"},
		{"Timeline/Conflict", x.value(tl, "H3"), "yes"},
		{"Quotes/Speaker", x.value(qs, "A2"), "Siti Rahma"},
		{"Quotes/Source", x.value(qs, "E2"), antara},
		{"Sources/Name", x.value(srcs, "A2"), antara},
		{"Sources/NamedAfter", x.value(srcs, "B2"), "outlet"},
		{"Sources/NamedAfterFile", x.value(srcs, "B5"), "file name"},
		{"Sources/Author", x.value(srcs, "D2"), "Rahmat Hidayat"},
		{"Sources/Published", x.value(srcs, "G2"), "45363"},
		{"Sources/ID", x.value(srcs, "K2"), "0f1e2d3c4b5a6978"},
		{"Charts/EventsPerDay", x.value(ch, "A1"), "Events per day of the story"},
		{"Charts/EarlierBar", x.value(ch, "A3"), "earlier"},
		{"Charts/FigureConflictFirst", x.value(ch, "A37"), "dockworkers on strike: as told by 2 sources"},
		{"Summary/FocusFrom", x.value(sum, "B12"), "45363"},
		{"Figures/ComparedHeader", x.value(fg, "J1"), "Compared as"},
		{"Figures/Compared", x.value(fg, "J3"), "waiting (ship)"},
		{"Figures/OtherTime", x.value(fg, "K7"), "in 2019"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %q, want %q", tt.got, tt.want)
			}
		})
	}
}

// TestWorkbookLinks follows every link to the Sources sheet and checks it
// lands on the row of the source the linking row names.
func TestWorkbookLinks(t *testing.T) {
	x := openXLSX(t, write(t, reporttest.Tables(), workbook.Options{}))
	srcs := x.sheet(t, "Sources")
	for _, tc := range []struct {
		sheet, col string
		rows       int
	}{{"Quotes", "E", 7}, {"Figures", "G", 7}, {"Timeline", "F", 4}} {
		s := x.sheet(t, tc.sheet)
		links := map[string]string{}
		for _, h := range s.Hyperlinks {
			links[h.Ref] = h.Location
		}
		for r := 2; r < 2+tc.rows; r++ {
			ref := fmt.Sprintf("%s%d", tc.col, r)
			loc, ok := links[ref]
			// A timeline row links to its source only when it has one
			// (column J lists the source IDs).
			if tc.sheet == "Timeline" && strings.Contains(x.value(s, fmt.Sprintf("J%d", r)), ", ") {
				if ok {
					t.Errorf("%s!%s names several sources but links to %s", tc.sheet, ref, loc)
				}
				continue
			}
			if !ok {
				t.Errorf("%s!%s has no link", tc.sheet, ref)
				continue
			}
			target := strings.TrimPrefix(loc, "'Sources'!")
			if target == loc {
				t.Errorf("%s!%s links to %q, not the Sources sheet", tc.sheet, ref, loc)
				continue
			}
			name := x.value(s, ref)
			if got := x.value(srcs, target); got != name {
				t.Errorf("%s!%s names %q but links to Sources!%s = %q", tc.sheet, ref, name, target, got)
			}
		}
	}
}

// TestWorkbookNoFormulas: text from articles that looks like a formula
// (= + - @) is stored as a string, and no cell anywhere holds a formula.
func TestWorkbookNoFormulas(t *testing.T) {
	x := openXLSX(t, write(t, reporttest.Tables(), workbook.Options{}))
	names, _ := x.sheets(t)
	seen := map[string]bool{}
	for _, name := range names {
		s := x.sheet(t, name)
		for _, c := range s.Cells {
			if c.F != nil {
				t.Errorf("%s!%s holds a formula %q", name, c.Ref, c.F.Text)
			}
			v := x.value(s, c.Ref)
			if v != "" && strings.ContainsAny(v[:1], "=+-@") {
				if c.Type != "s" && c.Type != "inlineStr" && c.Type != "str" {
					t.Errorf("%s!%s = %q is stored as type %q, want a string", name, c.Ref, v, c.Type)
				}
				seen[v] = true
			}
		}
	}
	for _, want := range []string{reporttest.FormulaQuote, reporttest.MinusQuote, reporttest.AtSpeaker, reporttest.PlusFigureTxt} {
		if !seen[want] {
			t.Errorf("hostile text %q not found as a string cell", want)
		}
	}
}

func TestWorkbookReproducible(t *testing.T) {
	a := write(t, reporttest.Tables(), workbook.Options{})
	b := write(t, reporttest.Tables(), workbook.Options{})
	if !bytes.Equal(a, b) {
		t.Fatalf("two writes differ (%d and %d bytes)", len(a), len(b))
	}
	later := write(t, reporttest.Tables(), workbook.Options{Date: time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)})
	if bytes.Equal(a, later) {
		t.Errorf("the document date does not reach the file")
	}
}

func TestWorkbookPackage(t *testing.T) {
	date := time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)
	raw := write(t, reporttest.Tables(), workbook.Options{Date: date, Title: "Port strike"})
	x := openXLSX(t, raw)
	if got, want := x.order[0], "[Content_Types].xml"; got != want {
		t.Errorf("first entry: got %s, want %s", got, want)
	}
	var ct struct {
		Defaults []struct {
			Ext string `xml:"Extension,attr"`
		} `xml:"Default"`
		Overrides []struct {
			Part string `xml:"PartName,attr"`
		} `xml:"Override"`
	}
	x.unmarshal(t, "[Content_Types].xml", x.part(t, "[Content_Types].xml"), &ct)
	var exts, parts []string
	for _, d := range ct.Defaults {
		exts = append(exts, d.Ext)
	}
	for _, o := range ct.Overrides {
		parts = append(parts, o.Part)
	}
	if !sort.StringsAreSorted(exts) || !sort.StringsAreSorted(parts) || len(exts) == 0 {
		t.Errorf("[Content_Types].xml not sorted: %v %v", exts, parts)
	}
	var core struct {
		Title    string `xml:"title"`
		Subject  string `xml:"subject"`
		Created  string `xml:"created"`
		Modified string `xml:"modified"`
	}
	x.unmarshal(t, "docProps/core.xml", x.part(t, "docProps/core.xml"), &core)
	if got, want := core.Title, "Port strike"; got != want {
		t.Errorf("title: got %q, want %q", got, want)
	}
	if !strings.Contains(core.Subject, "4 sources") {
		t.Errorf("subject %q does not give the numbers", core.Subject)
	}
	if core.Created != "2024-05-01T12:00:00Z" || core.Modified != core.Created {
		t.Errorf("dates: created %q modified %q, want 2024-05-01T12:00:00Z", core.Created, core.Modified)
	}
	zr := openZipTimes(t, raw)
	for name, mod := range zr {
		if !mod.Equal(date) {
			t.Errorf("zip entry %s dated %v, want %v", name, mod, date)
		}
	}
}

func openZipTimes(tb testing.TB, raw []byte) map[string]time.Time {
	tb.Helper()
	zr, err := zipReader(raw)
	if err != nil {
		tb.Fatal(err)
	}
	out := map[string]time.Time{}
	for _, f := range zr.File {
		out[f.Name] = f.Modified.UTC()
	}
	return out
}

// TestLibreOfficeRendersPDF renders the workbook through LibreOffice, as
// an editor's spreadsheet would open it, and checks the PDF has pages and
// the story's text. It skips when LibreOffice is absent, unless CI is set.
func TestLibreOfficeRendersPDF(t *testing.T) {
	soffice := tool(t, "soffice", "libreoffice")
	dir := t.TempDir()
	in := filepath.Join(dir, "report.xlsx")
	if err := workbook.WriteFile(in, report.Build(reporttest.Tables()), workbook.Options{}); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(soffice, "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--headless", "--convert-to", "pdf", "--outdir", dir, in)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%s: %v\n%s", soffice, err, out)
	}
	pdf, err := os.ReadFile(filepath.Join(dir, "report.pdf"))
	if err != nil {
		t.Fatalf("LibreOffice wrote no PDF: %v", err)
	}
	if !bytes.HasPrefix(pdf, []byte("%PDF-")) || len(pdf) < 5000 {
		t.Fatalf("report.pdf is not a real PDF (%d bytes)", len(pdf))
	}
	if pdftotext, err := exec.LookPath("pdftotext"); err == nil {
		out, err := exec.Command(pdftotext, filepath.Join(dir, "report.pdf"), "-").Output()
		if err != nil {
			t.Fatalf("pdftotext: %v", err)
		}
		for _, want := range []string{"The story in numbers", "Dockworkers strike at Tanjung Priok", "Siti Rahma", reporttest.FormulaQuote} {
			if !strings.Contains(string(out), want) {
				t.Errorf("rendered PDF does not show %q", want)
			}
		}
	}
}

// tool finds a command; it skips the test when absent, or fails in CI.
func tool(t *testing.T, names ...string) string {
	t.Helper()
	for _, n := range names {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	msg := fmt.Sprintf("%s not installed (run .ci/deps.sh)", strings.Join(names, " or "))
	if os.Getenv("CI") != "" {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return ""
}

// TestWorkbookHighlights: conflicts, and the events and figures they
// involve, stand out; other rows do not.
func TestWorkbookHighlights(t *testing.T) {
	x := openXLSX(t, write(t, reporttest.Tables(), workbook.Options{}))
	tl, cf, fg := x.sheet(t, "Timeline"), x.sheet(t, "Conflicts"), x.sheet(t, "Figures")
	for _, tt := range []struct {
		name string
		s    *sheet
		ref  string
		want bool
	}{
		{"Conflicts/Row1", cf, "B2", true},
		{"Conflicts/Row2", cf, "B3", true},
		{"Timeline/DisputedEvent", tl, "D3", true},
		{"Timeline/OtherEvent", tl, "D4", false},
		{"Figures/Disputed", fg, "F2", true},    // Antara: Sekitar 2.500 pekerja pelabuhan
		{"Figures/Undisputed", fg, "F3", false}, // Antara: 35 kapal
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := x.fill(t, tt.s.cells[tt.ref].Style) != ""
			if got != tt.want {
				t.Errorf("%s (%q) highlighted = %v, want %v", tt.ref, x.value(tt.s, tt.ref), got, tt.want)
			}
		})
	}
}
