package entities

import (
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// addCountries adds every country of ISO 3166 to the gazetteer, with its
// name in English and in Indonesian as CLDR writes them (Ecuador,
// Ekuador; Côte d’Ivoire, Pantai Gading), so that a country the
// hand-kept gazetteer.tsv lacks is still a place and its names in both
// languages are one entity. A country gazetteer.tsv already has keeps its
// canonical name there and gains the CLDR names it lacks.
func (l *lexicon) addCountries() {
	en, id := display.English.Regions(), display.Indonesian.Regions()
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			r, err := language.ParseRegion(string([]rune{a, b}))
			if err != nil || !r.IsCountry() || r.Canonicalize() != r {
				continue // not a country, or an old code (DD, YU)
			}
			var names []string
			for _, n := range []string{en.Name(r), id.Name(r)} {
				names = append(names, countryNames(n)...)
			}
			if len(names) == 0 {
				continue
			}
			canonical := names[0]
			for _, n := range names {
				if e, ok := l.gazetteer[nameKey(n)]; ok && e.typ == Location {
					canonical = e.name
					break
				}
			}
			for _, n := range names {
				if _, ok := l.gazetteer[nameKey(n)]; ok {
					continue
				}
				l.addPhrase(&l.place, n)
				l.gazetteer[nameKey(n)] = gazEntry{name: canonical, typ: Location}
			}
		}
	}
}

// countryNames splits a CLDR country name into the names it holds:
// Myanmar (Burma) → Myanmar, Burma.
func countryNames(s string) []string {
	if s == "" {
		return nil
	}
	if head, rest, ok := strings.Cut(s, " ("); ok {
		return []string{head, strings.TrimSuffix(rest, ")")}
	}
	return []string{s}
}
