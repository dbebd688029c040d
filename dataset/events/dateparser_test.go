package events

import (
	"testing"
	"time"

	dps "github.com/markusmobius/go-dateparser"

	"newsdesk/dataset"
)

// absolute are expressions with a full date in both languages; go-dateparser
// (the Go port of Python's dateparser) is the oracle for their values.
var absolute = []struct{ lang, text string }{
	{"en", "It happened on 7 September 2022."},
	{"en", "It happened on September 7, 2022."},
	{"en", "It happened on Sept. 7, 2022."},
	{"en", "It happened on 15 July 2022."},
	{"en", "It happened on Wednesday, December 14, 2016."},
	{"id", "Peristiwa itu terjadi pada 15 Agustus 1945."},
	{"id", "Peristiwa itu terjadi pada 7 September 2022."},
	{"id", "Peristiwa itu terjadi pada 20 Oktober 2025."},
	{"id", "Peristiwa itu terjadi pada 1 Desember 2018."},
	{"id", "Peristiwa itu terjadi pada 06 Sep 2015."},
}

// TestAgreesWithDateparser checks the finder's values against
// go-dateparser on full dates, in English and Indonesian.
func TestAgreesWithDateparser(t *testing.T) {
	anchor := dataset.NewDate(2022, 9, 8)
	for _, tt := range absolute {
		t.Run(tt.text, func(t *testing.T) {
			ms := Find(newDoc(t, "s", tt.text, tt.lang, &anchor, "manifest"))
			if len(ms) != 1 {
				t.Fatalf("Find(%q) found %d mentions, want 1", tt.text, len(ms))
			}
			cfg := &dps.Configuration{Languages: []string{tt.lang}, CurrentTime: anchor.Time(), DateOrder: dps.DMY}
			d, err := dps.Parse(cfg, ms[0].Text)
			if err != nil {
				t.Fatalf("dateparser cannot parse %q: %v", ms[0].Text, err)
			}
			if got, want := ms[0].Date.String(), dataset.DateOf(d.Time).String(); got != want {
				t.Errorf("%q: finder %s, dateparser %s", ms[0].Text, got, want)
			}
		})
	}
}

// BenchmarkDateparser measures go-dateparser's cost per expression, to
// compare with BenchmarkFind's cost per article.
func BenchmarkDateparser(b *testing.B) {
	cfg := &dps.Configuration{Languages: []string{"en"}, CurrentTime: time.Date(2022, 9, 8, 0, 0, 0, 0, time.UTC)}
	for b.Loop() {
		if _, err := dps.Parse(cfg, "7 September 2022"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDateparserSearch measures go-dateparser's own text search on
// the fixture article, the alternative to the finder.
func BenchmarkDateparserSearch(b *testing.B) {
	cfg := &dps.Configuration{Languages: []string{"en"}, CurrentTime: time.Date(2025, 10, 16, 0, 0, 0, 0, time.UTC)}
	text := "Dock workers at the port of Rotterdam walked off the job on Wednesday, halting container traffic at Europe's largest port, the union said. The strike began on 15 October after talks with the port authority collapsed late on Tuesday. The union had warned in early September that it would strike. A similar walkout in March 2019 lasted three days."
	for b.Loop() {
		if _, _, err := dps.Search(cfg, text); err != nil {
			b.Fatal(err)
		}
	}
}
