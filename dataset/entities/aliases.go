package entities

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
)

// AliasFile is the name of the alias file looked for in the seeds folder.
const AliasFile = "aliases.csv"

// Distinct is the type column value of an alias file row that keeps two
// names apart.
const Distinct = "distinct"

// Aliases is the user's alias file: overrides of the automatic merge.
//
// The file is CSV, one rule a line, `alias,name,type`; `#` starts a comment
// line and a first line `alias,name,type` is a header. A row says that the
// surface form alias (matched ignoring case, accents and punctuation, and
// after titles are stripped) is the entity called name, which becomes its
// canonical name; type (person, organization, location or other) is
// optional and fixes the entity's type. The type `distinct` instead says
// that alias and name are never merged into one entity:
//
//	alias,name,type
//	Eddie Rama,Edi Rama,person
//	Kementerian Luar Negeri Iran,Iranian Foreign Ministry,organization
//	Greg Pence,Mike Pence,distinct
type Aliases struct {
	same     []aliasRule
	distinct [][2]string // name keys never merged
}

type aliasRule struct {
	alias, name, typ string
	aliasKey, key    string
}

// LoadAliases reads the alias file at path; a missing file is no error and
// gives no rules. Errors name the file and line.
func LoadAliases(path string) (*Aliases, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return &Aliases{}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("cannot read alias file %s: %w", path, err)
	}
	defer f.Close()
	a, err := parseAliases(f)
	if err != nil {
		return nil, fmt.Errorf("alias file %s:%w", path, err)
	}
	return a, nil
}

// parseAliases reads the rules; errors start with the line number.
func parseAliases(r io.Reader) (*Aliases, error) {
	cr := csv.NewReader(r)
	cr.Comment = '#'
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	a := &Aliases{}
	first := map[string]int{} // alias key → line of its rule
	for n := 0; ; n++ {
		rec, err := cr.Read()
		if err == io.EOF {
			return a, nil
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, fmt.Errorf("%d: %v", pe.Line, pe.Err)
			}
			return nil, fmt.Errorf(" %w", err)
		}
		line, _ := cr.FieldPos(0)
		for i := range rec {
			rec[i] = strings.TrimSpace(rec[i])
		}
		if n == 0 && len(rec) >= 2 && strings.EqualFold(rec[0], "alias") && strings.EqualFold(rec[1], "name") {
			continue
		}
		if len(rec) < 2 || len(rec) > 3 {
			return nil, fmt.Errorf("%d: want alias,name[,type], got %d fields", line, len(rec))
		}
		typ := ""
		if len(rec) == 3 {
			typ = strings.ToLower(rec[2])
		}
		switch typ {
		case "", Person, Organization, Location, Other, Distinct:
		default:
			return nil, fmt.Errorf("%d: unknown type %q (want person, organization, location, other or distinct)", line, rec[2])
		}
		ak, nk := nameKey(StripTitle(rec[0])), nameKey(StripTitle(rec[1]))
		if ak == "" {
			ak = nameKey(rec[0])
		}
		if nk == "" {
			nk = nameKey(rec[1])
		}
		if ak == "" || nk == "" {
			return nil, fmt.Errorf("%d: alias and name must both hold a name", line)
		}
		if typ == Distinct {
			if ak == nk {
				return nil, fmt.Errorf("%d: %q and %q are the same name, they cannot be kept distinct", line, rec[0], rec[1])
			}
			a.distinct = append(a.distinct, [2]string{ak, nk})
			continue
		}
		if l, ok := first[ak]; ok && a.same[l].key != nk {
			return nil, fmt.Errorf("%d: alias %q already maps to %q", line, rec[0], a.same[l].name)
		}
		first[ak] = len(a.same)
		a.same = append(a.same, aliasRule{alias: rec[0], name: rec[1], typ: typ, aliasKey: ak, key: nk})
	}
}
