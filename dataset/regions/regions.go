// Package regions names the countries and the larger regions of the world
// (Europe, Southeast Asia, Latin America) as the Unicode CLDR writes them
// in English and in Indonesian. It is the one package that reads CLDR's
// display names (golang.org/x/text/language/display), so that the
// entities gazetteer and the quotes name finder agree on what a place is.
//
// It does not know cities, provinces or states (the lexicons list those),
// nor every spelling a newsroom uses (Burma is there through CLDR's
// variant, Persia is not).
package regions

import (
	"fmt"
	"strings"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// Region is one country or group of countries.
type Region struct {
	Code    string   // ISO 3166 code (AL) or UN M.49 number (150)
	Country bool     // a country, not a continent or a group of countries
	Names   []string // English names first, then Indonesian; a variant in brackets is a name of its own
}

// All returns the countries (in code order, AD to ZW) and then the groups
// of countries (in M.49 order: Africa, North America, … Latin America).
// The world as a whole, outlying Oceania and the European Union (an
// organisation as well as a place) are left out. The list is built once
// per process (about half a millisecond) and shared: callers must not
// change it.
var All = sync.OnceValue(all)

func all() []Region {
	var out []Region
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			r, err := language.ParseRegion(string([]rune{a, b}))
			if err != nil || !r.IsCountry() || r.Canonicalize() != r {
				continue // not a country, or an old code (DD, YU)
			}
			if reg, ok := region(r, true); ok {
				out = append(out, reg)
			}
		}
	}
	for n := 2; n < 1000; n++ { // 001 is the world
		r, err := language.ParseRegion(fmt.Sprintf("%03d", n))
		if err != nil || !r.IsGroup() || leftOut[r.String()] {
			continue
		}
		if reg, ok := region(r, false); ok {
			out = append(out, reg)
		}
	}
	return out
}

// leftOut are the groups that x/text also finds under an M.49 number but
// that are no place to put on a map by name: the European Union and the
// eurozone (organisations), the United Nations, outlying Oceania.
var leftOut = map[string]bool{"EU": true, "EZ": true, "UN": true, "QO": true}

func region(r language.Region, country bool) (Region, bool) {
	var names []string
	for _, n := range []string{display.English.Regions().Name(r), display.Indonesian.Regions().Name(r)} {
		names = append(names, splitVariant(n)...)
	}
	if len(names) == 0 {
		return Region{}, false
	}
	return Region{Code: r.String(), Country: country, Names: names}, true
}

// splitVariant splits a CLDR name into the names it holds: Myanmar
// (Burma) → Myanmar, Burma.
func splitVariant(s string) []string {
	if s == "" {
		return nil
	}
	if head, rest, ok := strings.Cut(s, " ("); ok {
		return []string{head, strings.TrimSuffix(rest, ")")}
	}
	return []string{s}
}
