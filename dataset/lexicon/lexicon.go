// Package lexicon reads the embedded word lists of the other packages:
// UTF-8 text files of one row per line, fields separated by tabs.
//
// Blank lines and lines starting with # (after leading white space) are
// skipped. Each line is trimmed at both ends, but fields are kept as
// written between the tabs (a regexp field may start with a space). A row
// with too few or too many fields is an error naming the file and line.
// It does not give the fields any meaning (kinds, languages, numbers and
// regexps are the caller's to check), does not read comments after data
// on a line, and does not split on spaces.
package lexicon

import (
	"fmt"
	"io/fs"
	"strings"
)

// Row is one data line of a lexicon file.
type Row struct {
	Line   int      // 1-based line number, for the caller's error messages
	Fields []string // the tab-separated fields, as written
	// Comment is the text of the last # line since the last blank line
	// (without the #, trimmed): what the rows of a block are about; ""
	// when the block has none.
	Comment string
}

// Rows reads the file name of fsys and returns its rows. Each row must
// have at least minFields fields and, when maxFields > 0, at most
// maxFields.
func Rows(fsys fs.FS, name string, minFields, maxFields int) ([]Row, error) {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, fmt.Errorf("lexicon %s: %w", name, err)
	}
	return Parse(name, string(b), minFields, maxFields)
}

// Parse is Rows on the text src of a file called name.
func Parse(name, src string, minFields, maxFields int) ([]Row, error) {
	var rows []Row
	comment := ""
	for i, line := range strings.Split(src, "\n") {
		t := strings.TrimSpace(line)
		switch {
		case t == "":
			comment = ""
			continue
		case strings.HasPrefix(t, "#"):
			comment = strings.TrimSpace(t[1:])
			continue
		}
		f := strings.Split(t, "\t")
		if len(f) < minFields || (maxFields > 0 && len(f) > maxFields) {
			return nil, fmt.Errorf("lexicon %s:%d: want %s fields, got %d", name, i+1, want(minFields, maxFields), len(f))
		}
		rows = append(rows, Row{Line: i + 1, Fields: f, Comment: comment})
	}
	return rows, nil
}

func want(lo, hi int) string {
	switch {
	case hi == lo:
		return fmt.Sprint(lo)
	case hi <= 0:
		return fmt.Sprintf("at least %d", lo)
	}
	return fmt.Sprintf("%d to %d", lo, hi)
}
