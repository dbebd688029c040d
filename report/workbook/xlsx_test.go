package workbook_test

// An independent xlsx reader for the tests: archive/zip and encoding/xml
// only, so that what excelize wrote is checked by code that does not share
// its assumptions.

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"path"
	"strings"
	"testing"
)

type xlsx struct {
	files   map[string][]byte
	order   []string // entry names in zip order
	strings []string
}

func openXLSX(tb testing.TB, b []byte) *xlsx {
	tb.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		tb.Fatalf("workbook is not a zip: %v", err)
	}
	x := &xlsx{files: map[string][]byte{}}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			tb.Fatal(err)
		}
		body, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			tb.Fatal(err)
		}
		x.files[f.Name] = body
		x.order = append(x.order, f.Name)
	}
	var sst struct {
		SI []struct {
			T string `xml:"t"`
			R []struct {
				T string `xml:"t"`
			} `xml:"r"`
		} `xml:"si"`
	}
	if body, ok := x.files["xl/sharedStrings.xml"]; ok {
		x.unmarshal(tb, "xl/sharedStrings.xml", body, &sst)
	}
	for _, si := range sst.SI {
		s := si.T
		for _, r := range si.R {
			s += r.T
		}
		x.strings = append(x.strings, s)
	}
	return x
}

func (x *xlsx) unmarshal(tb testing.TB, name string, body []byte, v any) {
	tb.Helper()
	if err := xml.Unmarshal(body, v); err != nil {
		tb.Fatalf("%s: %v", name, err)
	}
}

func (x *xlsx) part(tb testing.TB, name string) []byte {
	tb.Helper()
	b, ok := x.files[name]
	if !ok {
		tb.Fatalf("workbook has no part %s", name)
	}
	return b
}

type rel struct {
	ID     string `xml:"Id,attr"`
	Type   string `xml:"Type,attr"`
	Target string `xml:"Target,attr"`
}

// rels returns the relationships of part name, targets resolved to part
// names.
func (x *xlsx) rels(tb testing.TB, name string) []rel {
	tb.Helper()
	dir, file := path.Split(name)
	body, ok := x.files[dir+"_rels/"+file+".rels"]
	if !ok {
		return nil
	}
	var rs struct {
		Rel []rel `xml:"Relationship"`
	}
	x.unmarshal(tb, name+".rels", body, &rs)
	for i := range rs.Rel {
		if !strings.HasPrefix(rs.Rel[i].Target, "/") && !strings.Contains(rs.Rel[i].Target, "://") {
			rs.Rel[i].Target = path.Clean(dir + rs.Rel[i].Target)
		}
	}
	return rs.Rel
}

// sheets returns the sheet names in workbook order and their part names.
func (x *xlsx) sheets(tb testing.TB) ([]string, map[string]string) {
	tb.Helper()
	var wb struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			RID  string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	x.unmarshal(tb, "xl/workbook.xml", x.part(tb, "xl/workbook.xml"), &wb)
	byID := map[string]string{}
	for _, r := range x.rels(tb, "xl/workbook.xml") {
		byID[r.ID] = r.Target
	}
	var names []string
	parts := map[string]string{}
	for _, s := range wb.Sheets {
		names = append(names, s.Name)
		parts[s.Name] = byID[s.RID]
	}
	return names, parts
}

type xcell struct {
	Ref   string `xml:"r,attr"`
	Type  string `xml:"t,attr"`
	Style int    `xml:"s,attr"`
	V     string `xml:"v"`
	F     *struct {
		Text string `xml:",chardata"`
	} `xml:"f"`
	Inline string `xml:"is>t"`
}

type worksheet struct {
	SheetPr struct {
		PageSetUpPr struct {
			FitToPage string `xml:"fitToPage,attr"`
		} `xml:"pageSetUpPr"`
	} `xml:"sheetPr"`
	Pane struct {
		State       string `xml:"state,attr"`
		YSplit      string `xml:"ySplit,attr"`
		TopLeftCell string `xml:"topLeftCell,attr"`
	} `xml:"sheetViews>sheetView>pane"`
	Cols []struct {
		Min   int     `xml:"min,attr"`
		Width float64 `xml:"width,attr"`
	} `xml:"cols>col"`
	Cells      []xcell `xml:"sheetData>row>c"`
	Hyperlinks []struct {
		Ref      string `xml:"ref,attr"`
		Location string `xml:"location,attr"`
		RID      string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
	} `xml:"hyperlinks>hyperlink"`
	PageSetup struct {
		Orientation string `xml:"orientation,attr"`
		FitToWidth  string `xml:"fitToWidth,attr"`
		FitToHeight string `xml:"fitToHeight,attr"`
	} `xml:"pageSetup"`
}

type sheet struct {
	worksheet
	part  string
	cells map[string]xcell
}

func (x *xlsx) sheet(tb testing.TB, name string) *sheet {
	tb.Helper()
	_, parts := x.sheets(tb)
	p, ok := parts[name]
	if !ok {
		tb.Fatalf("workbook has no sheet %q", name)
	}
	s := &sheet{part: p, cells: map[string]xcell{}}
	x.unmarshal(tb, p, x.part(tb, p), &s.worksheet)
	for _, c := range s.Cells {
		s.cells[c.Ref] = c
	}
	return s
}

// value returns the text of a cell as a reader shows it (shared strings
// resolved), and "" for a missing cell.
func (x *xlsx) value(s *sheet, ref string) string {
	c, ok := s.cells[ref]
	if !ok {
		return ""
	}
	switch c.Type {
	case "s":
		var i int
		for _, ch := range c.V {
			i = i*10 + int(ch-'0')
		}
		if i < len(x.strings) {
			return x.strings[i]
		}
		return ""
	case "inlineStr":
		return c.Inline
	}
	return c.V
}

type table struct {
	Name       string `xml:"name,attr"`
	Ref        string `xml:"ref,attr"`
	AutoFilter *struct {
		Ref string `xml:"ref,attr"`
	} `xml:"autoFilter"`
	Columns []struct {
		Name string `xml:"name,attr"`
	} `xml:"tableColumns>tableColumn"`
}

func (x *xlsx) tables(tb testing.TB, s *sheet) []table {
	tb.Helper()
	var out []table
	for _, r := range x.rels(tb, s.part) {
		if strings.HasSuffix(r.Type, "/table") {
			var t table
			x.unmarshal(tb, r.Target, x.part(tb, r.Target), &t)
			out = append(out, t)
		}
	}
	return out
}

// charts returns the chart parts drawn on s, with their titles.
func (x *xlsx) charts(tb testing.TB, s *sheet) []string {
	tb.Helper()
	var titles []string
	for _, r := range x.rels(tb, s.part) {
		if !strings.HasSuffix(r.Type, "/drawing") {
			continue
		}
		for _, cr := range x.rels(tb, r.Target) {
			if !strings.HasSuffix(cr.Type, "/chart") {
				continue
			}
			var c struct {
				Runs []string `xml:"chart>title>tx>rich>p>r>t"`
			}
			x.unmarshal(tb, cr.Target, x.part(tb, cr.Target), &c)
			titles = append(titles, strings.Join(c.Runs, ""))
		}
	}
	return titles
}

// numFmt returns the number format code of style index s.
func (x *xlsx) numFmt(tb testing.TB, s int) string {
	tb.Helper()
	var st struct {
		NumFmts []struct {
			ID   int    `xml:"numFmtId,attr"`
			Code string `xml:"formatCode,attr"`
		} `xml:"numFmts>numFmt"`
		Xfs []struct {
			NumFmtID int `xml:"numFmtId,attr"`
		} `xml:"cellXfs>xf"`
	}
	x.unmarshal(tb, "xl/styles.xml", x.part(tb, "xl/styles.xml"), &st)
	if s >= len(st.Xfs) {
		tb.Fatalf("style %d out of range", s)
	}
	id := st.Xfs[s].NumFmtID
	for _, f := range st.NumFmts {
		if f.ID == id {
			return f.Code
		}
	}
	return ""
}

func zipReader(b []byte) (*zip.Reader, error) {
	return zip.NewReader(bytes.NewReader(b), int64(len(b)))
}

// fill returns the pattern fill colour of style index s, "" when none.
func (x *xlsx) fill(tb testing.TB, s int) string {
	tb.Helper()
	var st struct {
		Fills []struct {
			Pattern struct {
				Type string `xml:"patternType,attr"`
				Fg   struct {
					RGB string `xml:"rgb,attr"`
				} `xml:"fgColor"`
			} `xml:"patternFill"`
		} `xml:"fills>fill"`
		Xfs []struct {
			FillID int `xml:"fillId,attr"`
		} `xml:"cellXfs>xf"`
	}
	x.unmarshal(tb, "xl/styles.xml", x.part(tb, "xl/styles.xml"), &st)
	if s >= len(st.Xfs) || st.Xfs[s].FillID >= len(st.Fills) {
		tb.Fatalf("style %d out of range", s)
	}
	f := st.Fills[st.Xfs[s].FillID].Pattern
	if f.Type != "solid" {
		return ""
	}
	return f.Fg.RGB
}
