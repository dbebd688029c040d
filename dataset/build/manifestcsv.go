package build

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"strings"

	"newsdesk/dataset"
)

// ManifestFile is the optional per-article metadata file of a seeds folder.
const ManifestFile = "manifest.csv"

// manifestColumns are the columns manifest.csv may have, in any order and
// any subset, with path required.
var manifestColumns = []string{"path", "outlet", "url", "published", "language", "title", "author"}

// Meta is one manifest.csv row: what the user says about an article. Empty
// fields say nothing.
type Meta struct {
	Line      int
	Outlet    string
	URL       string
	Published *dataset.Date
	Language  string
	Title     string
	Author    string
}

// ReadManifest reads dir/manifest.csv. A missing file gives an empty map.
// Errors name the file and line: an unknown column, a missing path column,
// a duplicate path, a path with no article file, a bad date.
func ReadManifest(dir string, inputs []Input) (map[string]Meta, error) {
	name := path.Join(dir, ManifestFile)
	f, err := os.Open(name)
	if errors.Is(err, os.ErrNotExist) {
		return map[string]Meta{}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("cannot open %s: %w", name, err)
	}
	defer f.Close()
	return parseManifest(name, f, inputs)
}

func parseManifest(name string, r io.Reader, inputs []Input) (map[string]Meta, error) {
	known := map[string]bool{}
	for _, in := range inputs {
		known[in.Rel] = true
	}
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("%s:1: cannot read header: %w", name, err)
	}
	col := map[string]int{}
	for i, h := range header {
		h = strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))
		if !contains(manifestColumns, h) {
			return nil, fmt.Errorf("%s:1: unknown column %q (allowed: %s)", name, h, strings.Join(manifestColumns, ","))
		}
		if _, dup := col[h]; dup {
			return nil, fmt.Errorf("%s:1: column %q appears twice", name, h)
		}
		col[h] = i
	}
	if _, ok := col["path"]; !ok {
		return nil, fmt.Errorf("%s:1: no path column; the header must name path and any of %s", name, strings.Join(manifestColumns[1:], ","))
	}
	out := map[string]Meta{}
	for line := 2; ; line++ {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		if len(rec) != len(header) {
			return nil, fmt.Errorf("%s:%d: %d fields, header has %d", name, line, len(rec), len(header))
		}
		get := func(c string) string {
			if i, ok := col[c]; ok {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		p := path.Clean(strings.ReplaceAll(get("path"), "\\", "/"))
		if p == "" || p == "." {
			return nil, fmt.Errorf("%s:%d: empty path", name, line)
		}
		if prev, dup := out[p]; dup {
			return nil, fmt.Errorf("%s:%d: path %s already given on line %d", name, line, p, prev.Line)
		}
		if !known[p] {
			return nil, fmt.Errorf("%s:%d: path %s is not an article file in the seeds folder", name, line, p)
		}
		m := Meta{Line: line, Outlet: get("outlet"), URL: get("url"), Language: strings.ToLower(get("language")), Title: get("title"), Author: get("author")}
		if l := m.Language; l != "" && !isLanguageCode(l) {
			return nil, fmt.Errorf("%s:%d: language %q is not an ISO 639-1 code such as en or id", name, line, get("language"))
		}
		if s := get("published"); s != "" {
			d, err := dataset.ParseDate(s)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: published: %w", name, line, err)
			}
			m.Published = &d
		}
		out[p] = m
	}
	return out, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// isLanguageCode accepts two-letter ISO 639-1 codes and und.
func isLanguageCode(s string) bool {
	if s == "und" {
		return true
	}
	return len(s) == 2 && s[0] >= 'a' && s[0] <= 'z' && s[1] >= 'a' && s[1] <= 'z'
}
