package entities

import "newsdesk/dataset/regions"

// addRegions adds every country of ISO 3166 and every larger region of
// UN M.49 (Europe, Southeast Asia, Latin America) to the gazetteer, with
// its name in English and in Indonesian as CLDR writes them (Ecuador,
// Ekuador; Côte d’Ivoire, Pantai Gading; Southeast Asia, Asia Tenggara),
// so that a place the hand-kept gazetteer.tsv lacks is still a place and
// its names in both languages are one entity. A place gazetteer.tsv
// already has keeps its canonical name there and gains the CLDR names it
// lacks.
func (l *lexicon) addRegions() {
	for _, r := range regions.All() {
		if len(r.Names) == 0 {
			continue
		}
		canonical := r.Names[0]
		for _, n := range r.Names {
			if e, ok := l.gazetteer[nameKey(n)]; ok && e.typ == Location {
				canonical = e.name
				break
			}
		}
		for _, n := range r.Names {
			if _, ok := l.gazetteer[nameKey(n)]; ok {
				continue
			}
			l.addPhrase(&l.place, n)
			l.gazetteer[nameKey(n)] = gazEntry{name: canonical, typ: Location}
		}
	}
}
