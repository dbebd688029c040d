package workbook

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"sort"
	"time"
)

// normalize rewrites the xlsx zip so that its bytes depend only on its
// content: entries in a fixed order ([Content_Types].xml, then _rels/.rels,
// then by name), every entry dated date, and the Default and Override
// elements of [Content_Types].xml sorted (excelize writes them in map
// order).
func normalize(raw []byte, date time.Time) ([]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		return nil, fmt.Errorf("cannot reread the workbook zip: %w", err)
	}
	files := append([]*zip.File(nil), zr.File...)
	rank := func(name string) int {
		switch name {
		case "[Content_Types].xml":
			return 0
		case "_rels/.rels":
			return 1
		}
		return 2
	}
	sort.Slice(files, func(i, j int) bool {
		a, b := files[i].Name, files[j].Name
		if ra, rb := rank(a), rank(b); ra != rb {
			return ra < rb
		}
		return a < b
	})
	// Zip times are MS-DOS times: nothing before 1980.
	if min := time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC); date.Before(min) {
		date = min
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range files {
		body, err := readEntry(f)
		if err != nil {
			return nil, err
		}
		if f.Name == "[Content_Types].xml" {
			if body, err = sortContentTypes(body); err != nil {
				return nil, err
			}
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: f.Name, Method: zip.Deflate, Modified: date.UTC()})
		if err != nil {
			return nil, err
		}
		if _, err := w.Write(body); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

func readEntry(f *zip.File) ([]byte, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("workbook entry %s: %w", f.Name, err)
	}
	defer rc.Close()
	b, err := io.ReadAll(rc)
	if err != nil {
		return nil, fmt.Errorf("workbook entry %s: %w", f.Name, err)
	}
	return b, nil
}

type contentTypes struct {
	XMLName   xml.Name     `xml:"http://schemas.openxmlformats.org/package/2006/content-types Types"`
	Defaults  []ctDefault  `xml:"Default"`
	Overrides []ctOverride `xml:"Override"`
}

type ctDefault struct {
	Extension   string `xml:"Extension,attr"`
	ContentType string `xml:"ContentType,attr"`
}

type ctOverride struct {
	PartName    string `xml:"PartName,attr"`
	ContentType string `xml:"ContentType,attr"`
}

func sortContentTypes(b []byte) ([]byte, error) {
	var ct contentTypes
	if err := xml.Unmarshal(b, &ct); err != nil {
		return nil, fmt.Errorf("workbook [Content_Types].xml: %w", err)
	}
	sort.Slice(ct.Defaults, func(i, j int) bool { return ct.Defaults[i].Extension < ct.Defaults[j].Extension })
	sort.Slice(ct.Overrides, func(i, j int) bool { return ct.Overrides[i].PartName < ct.Overrides[j].PartName })
	out, err := xml.Marshal(ct)
	if err != nil {
		return nil, fmt.Errorf("workbook [Content_Types].xml: %w", err)
	}
	return append([]byte(xml.Header), out...), nil
}
