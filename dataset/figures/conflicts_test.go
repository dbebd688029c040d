package figures_test

import (
	"fmt"
	"strings"
	"testing"

	"newsdesk/dataset"
	"newsdesk/dataset/figures"
)

type src struct{ id, lang, text string }

func conflictsOf(tb testing.TB, srcs []src, reverse bool) []dataset.Conflict {
	tb.Helper()
	var docs []*dataset.Doc
	var figs []dataset.Figure
	for _, s := range srcs {
		d := newDoc(tb, s.id, s.lang, s.text)
		docs = append(docs, d)
		figs = append(figs, figures.Extract(d)...)
	}
	if reverse {
		for i, j := 0, len(docs)-1; i < j; i, j = i+1, j-1 {
			docs[i], docs[j] = docs[j], docs[i]
		}
		for i, j := 0, len(figs)-1; i < j; i, j = i+1, j-1 {
			figs[i], figs[j] = figs[j], figs[i]
		}
	}
	return figures.Conflicts(docs, figs)
}

// showConflict renders a conflict as subject | values | source=value….
func showConflict(c dataset.Conflict) string {
	var sv []string
	for i, s := range c.SourceIDs {
		sv = append(sv, s+"="+c.SourceValues[i])
	}
	return fmt.Sprintf("%s | %s | %s", c.Subject, strings.Join(c.Values, "; "), strings.Join(sv, " "))
}

func TestConflicts(t *testing.T) {
	for _, tc := range []struct {
		name string
		srcs []src
		want []string
	}{
		{"HedgedValuesAgree", []src{
			{"a", "en", "Albania hosts about 3,000 members of the MEK at a camp near Durres."},
			{"b", "en", "Nearly 3,000 members of the MEK live at the camp near Durres."},
			{"c", "en", "Some 3,000 members of the MEK settled in a camp near Durres in 2016."},
		}, nil},
		{"HedgedValuesDisagree", []src{
			{"a", "en", "Albania hosts about 3,000 members of the MEK at a camp near Durres."},
			{"b", "id", "Sekitar 1.000 anggota MEK tinggal di kamp dekat Durres."},
		}, []string{"member (camp, mek) | about 3000 member; sekitar 1000 member | a=about 3000 member b=sekitar 1000 member"}},
		{"DeathTollDiffers", []src{
			{"a", "en", "Police said 12 people were killed in the blast at a Kabul market."},
			{"b", "en", "At least 30 people were killed in the blast at the Kabul market, officials said."},
		}, []string{"death toll (person: blast, kabul, market) | 12 person; at least 30 person | a=12 person b=at least 30 person"}},
		{"IndonesianAndEnglishDiffer", []src{
			{"a", "id", "Sebanyak 120 orang tewas dalam banjir bandang di Garut, kata BNPB."},
			{"b", "en", "The Garut flash floods killed 85 people, BNPB said."},
		}, []string{"death toll (person: flood, garut) | 120 person; 85 person | a=120 person b=85 person"}},
		{"ModifierAndVerbShared", []src{
			{"a", "en", "Four Iranian diplomats were expelled."},
			{"b", "en", "Two Iranian diplomats were expelled on Friday."},
		}, []string{"expulsions (diplomat: iranian) | 2 diplomat; 4 diplomat | a=4 diplomat b=2 diplomat"}},
		{"DeadlineDiffers", []src{
			{"a", "en", "Iran was given 24 hours to close its embassy in Tirana."},
			{"b", "en", "Iranian staff had 48 hours to close the embassy in Tirana."},
		}, []string{"hour (close, embassy, tirana) | 24 hour; 48 hour | a=24 hour b=48 hour"}},
		{"StateLossDiffers", []src{
			{"a", "id", "Jaksa menyebut perbuatan terdakwa merugikan negara Rp 1,2 triliun dalam proyek itu."},
			{"b", "id", "Hakim menilai kerugian keuangan negara sekitar Rp 2,5 triliun dalam proyek tersebut."},
		}, []string{"loss (IDR: country, proyek) | 1200000000000 IDR; sekitar 2500000000000 IDR | a=1200000000000 IDR b=sekitar 2500000000000 IDR"}},
		{"EnglishLossDiffers", []src{
			{"a", "en", "Prosecutors said the scheme cost the state $80 million."},
			{"b", "en", "The court put state losses from the scheme at $150 million."},
		}, []string{"loss (USD: scheme, state) | 150000000 USD; 80000000 USD | a=80000000 USD b=150000000 USD"}},
		{"CrossLanguageAgree", []src{
			{"a", "en", "Albania took in about 3,000 members of the MEK in 2013."},
			{"b", "id", "Albania menampung sekitar 3.000 anggota MEK sejak 2013."},
		}, nil},
		{"SameUnitDifferentThings", []src{
			{"a", "en", "Iranian diplomats were given 24 hours to leave Albania."},
			{"b", "en", "Iranian diplomats later held talks for 48 hours in Geneva."},
		}, nil},
		{"OneSourceOnly", []src{
			{"a", "en", "Police said 12 people were killed and 30 people were injured in the blast."},
			{"b", "en", "The blast shook the capital on Monday."},
		}, nil},
		{"RangeCoversValue", []src{
			{"a", "en", "Between 200 and 300 protesters gathered outside parliament in Tbilisi."},
			{"b", "en", "About 250 protesters gathered outside parliament in Tbilisi."},
		}, nil},
		{"VagueMagnitudeAgrees", []src{
			{"a", "en", "Thousands of protesters marched through central Belgrade on Saturday."},
			{"b", "en", "Some 5,000 protesters marched through central Belgrade on Saturday."},
		}, nil},
		{"LowerBoundsDiffer", []src{
			{"a", "en", "A shallow earthquake struck West Java on Monday, killing at least 162 people in the town."},
			{"b", "en", "An earthquake in West Java killed at least 268 people, officials said on Tuesday."},
		}, []string{"death toll (person: java, west) | at least 162 person; at least 268 person | a=at least 162 person b=at least 268 person"}},
		{"LowerBoundsAgree", []src{
			{"a", "en", "The earthquake in West Java killed at least 260 people."},
			{"b", "en", "More than 300 people died in the West Java earthquake."},
		}, nil},
		{"DeathSynonymsAcrossLanguages", []src{
			{"a", "id", "Sekitar 300 orang dilaporkan tewas akibat gempa bumi di Cianjur."},
			{"b", "id", "Data BNPB mencatat korban meninggal dunia 268 orang."},
			{"c", "en", "Nearly 300 people have died, according to local authorities."},
		}, []string{"death toll (person) | 268 person; nearly 300 person; sekitar 300 person | a=sekitar 300 person b=268 person c=nearly 300 person"}},
		{"DepthAcrossLanguages", []src{
			{"a", "en", "The quake hit at a depth of 10 km, the meteorological agency said."},
			{"b", "id", "Gempa terjadi pukul 13.21 WIB dengan kedalaman 11 km."},
		}, []string{"depth (kilometre) | 10 kilometre; 11 kilometre | a=10 kilometre b=11 kilometre"}},
		{"ConceptPerClause", []src{
			{"a", "en", "Another 151 people are missing and 1,083 people were injured, the agency said."},
			{"b", "id", "Sebanyak 140 orang hilang dan 1.083 orang luka-luka, kata BNPB."},
		}, []string{"missing (person) | 140 person; 151 person | a=151 person b=140 person"}},
		{"FeeWithoutSharedWords", []src{
			{"a", "en", "Dortmund agreed to sell the midfielder to Madrid for 95 million euros on Wednesday."},
			{"b", "en", "According to Bild the total package is worth around 110 million euros including add-ons."},
		}, []string{"price or fee (EUR) | 95000000 EUR; around 110000000 EUR | a=95000000 EUR b=around 110000000 EUR"}},
		{"FarValuesAreDifferentEvents", []src{
			{"a", "en", "A quake on the island killed more than 500 people."},
			{"b", "en", "The quake and tsunami on the island killed about 4,300 people."},
		}, nil},
		{"DifferentPlacesNeverConflict", []src{
			{"a", "en", "The quake on Lombok killed 500 people, officials said."},
			{"b", "en", "The quake on Sulawesi killed 600 people, officials said."},
		}, nil},
		{"SamePlaceConflicts", []src{
			{"a", "en", "The quake on Lombok killed 500 people, officials said."},
			{"b", "en", "The quake on Lombok killed 600 people, officials said."},
		}, []string{"death toll (person: lombok, official, quake) | 500 person; 600 person | a=500 person b=600 person"}},
		{"DifferentYearsNeverConflict", []src{
			{"a", "en", "Floods in the province killed 120 people in 2019."},
			{"b", "en", "Floods in the province killed 85 people in 2021."},
		}, nil},
		{"ResidentsArePeopleAgree", []src{
			{"a", "en", "More than 58,000 people had fled to shelters, the agency said."},
			{"b", "id", "Sekitar 58 ribu warga mengungsi ke tenda darurat."},
		}, nil},
		{"ResidentsArePeopleDisagree", []src{
			{"a", "en", "More than 58,000 people had fled to shelters, the agency said."},
			{"b", "id", "Sekitar 30 ribu warga mengungsi ke tenda darurat."},
		}, []string{"displaced (person) | more than 58000 person; sekitar 30000 resident | a=more than 58000 person b=sekitar 30000 resident"}},
		{"DifferentUnitsNeverConflict", []src{
			{"a", "en", "The storm left 40,000 homes without power in Auckland."},
			{"b", "en", "The storm left 40,000 people without power in Auckland."},
		}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, reverse := range []bool{false, true} {
				var got []string
				for _, c := range conflictsOf(t, tc.srcs, reverse) {
					if c.Kind != dataset.ConflictFigure || len(c.SourceIDs) != len(c.SourceValues) {
						t.Errorf("bad row %+v", c)
					}
					if want := dataset.ID("conflict", dataset.ConflictFigure, c.Subject); c.ConflictID != want {
						t.Errorf("conflict_id %s, want %s", c.ConflictID, want)
					}
					got = append(got, showConflict(c))
				}
				if g, w := strings.Join(got, "\n"), strings.Join(tc.want, "\n"); g != w {
					t.Errorf("reverse=%v\n got:\n%s\nwant:\n%s", reverse, g, w)
				}
			}
		})
	}
}

// TestConflictsHistory checks that figures in sentences about years before
// the articles' publication are left out, and compared when no date is
// known.
func TestConflictsHistory(t *testing.T) {
	srcs := []src{
		{"a", "en", "A quake on the island of Lombok killed 500 people in 2018, officials recalled."},
		{"b", "en", "The Lombok quake of 2018 killed 700 people on the island."},
	}
	for _, tc := range []struct {
		name      string
		published string
		want      int
	}{{"Undated", "", 1}, {"PublishedLater", "2022-11-21", 0}, {"PublishedSameYear", "2018-08-06", 1}} {
		t.Run(tc.name, func(t *testing.T) {
			var docs []*dataset.Doc
			var figs []dataset.Figure
			for _, s := range srcs {
				d := newDoc(t, s.id, s.lang, s.text)
				if tc.published != "" {
					p, err := dataset.ParseDate(tc.published)
					if err != nil {
						t.Fatal(err)
					}
					d.Source.Published = &p
				}
				docs = append(docs, d)
				figs = append(figs, figures.Extract(d)...)
			}
			if got := len(figures.Conflicts(docs, figs)); got != tc.want {
				t.Errorf("%d conflicts, want %d", got, tc.want)
			}
		})
	}
}
