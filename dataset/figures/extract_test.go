package figures_test

import (
	"fmt"
	"strings"
	"testing"

	"newsdesk/dataset"
	"newsdesk/dataset/figures"
	"newsdesk/dataset/segment"
)

// newDoc builds a Doc the way the build does: text as is, sentences from
// the segmenter.
func newDoc(tb testing.TB, id, lang, text string) *dataset.Doc {
	tb.Helper()
	return dataset.NewDoc(dataset.Source{SourceID: id, Language: lang, Text: text}, segment.Rows(id, text, lang))
}

// show renders a figure compactly: [text] value[-high] unit ~hedge.
func show(f dataset.Figure) string {
	s := fmt.Sprintf("[%s] %v", f.Text, f.Value)
	if f.ValueHigh != nil {
		s += fmt.Sprintf("-%v", *f.ValueHigh)
	}
	if f.Unit != nil {
		s += " " + *f.Unit
	}
	if f.Hedge != nil {
		s += " ~" + *f.Hedge
	}
	if f.Approximate && f.Hedge == nil {
		s += " ~vague"
	}
	return s
}

func extractAll(tb testing.TB, lang, text string) []string {
	tb.Helper()
	var out []string
	for _, f := range figures.Extract(newDoc(tb, "t", lang, text)) {
		out = append(out, show(f))
	}
	return out
}

func TestExtract(t *testing.T) {
	for _, tc := range []struct {
		name, lang, text string
		want             []string
	}{
		// Digits and separators.
		{"EnglishThousands", "en", "Albania hosts 3,000 members of the group.", []string{"[3,000 members] 3000 member"}},
		{"EnglishDecimal", "en", "The index rose to 3,000.50 points.", []string{"[3,000.50 points] 3000.5 point"}},
		{"EnglishSentenceEndDot", "en", "The camp holds about 3,000. It is near Durres.", []string{"[about 3,000] 3000 ~about"}},
		{"IndonesianThousands", "id", "Albania menampung 3.000 anggota kelompok itu.", []string{"[3.000 anggota] 3000 member"}},
		{"IndonesianDecimal", "id", "Inflasi naik 2,5 persen pada bulan itu.", []string{"[2,5 persen] 2.5 percent"}},
		{"SpaceGroups", "en", "The city counts 40 000 residents and 1\u202f234\u202f567 visitors.", []string{"[40 000 residents] 40000 resident", "[1\u202f234\u202f567 visitors] 1.234567e+06 visitor"}},
		{"UndeterminedVotesIndonesian", "und", "Harga 1.200.000 dan 2,5 juta orang dan 3.000 anggota.", []string{"[1.200.000] 1.2e+06", "[2,5 juta orang] 2.5e+06 person", "[3.000 anggota] 3000 member"}},
		{"UndeterminedVotesEnglish", "und", "It cost 1,200,000 and then 2.5 million and 3,000 people came.", []string{"[1,200,000] 1.2e+06", "[2.5 million] 2.5e+06", "[3,000 people] 3000 person"}},
		// Number words.
		{"EnglishWords", "en", "Police arrested four suspects and twenty-five protesters.", []string{"[four suspects] 4 suspect", "[twenty-five protesters] 25 protester"}},
		{"EnglishHundreds", "en", "Three hundred and six cars burned.", []string{"[Three hundred and six cars] 306 car"}},
		{"IndonesianCompounds", "id", "Sebanyak dua puluh lima siswa dan tiga ratus guru hadir.", []string{"[dua puluh lima siswa] 25 student", "[tiga ratus guru] 300 teacher"}},
		{"IndonesianSe", "id", "Seribu orang dan sebelas polisi berjaga, seratus dua puluh dua rumah rusak.", []string{"[Seribu orang] 1000 person", "[sebelas polisi] 11 police officer", "[seratus dua puluh dua rumah] 122 house"}},
		{"IndonesianBelas", "id", "Tujuh belas korban dirawat.", []string{"[Tujuh belas korban] 17 victim"}},
		// Scales.
		{"EnglishScale", "en", "The deal is worth $40 billion and 1.5 million euros.", []string{"[$40 billion] 4e+10 USD", "[1.5 million euros] 1.5e+06 EUR"}},
		{"EnglishScaleAbbreviation", "en", "It paid $15bn and £2.3m.", []string{"[$15bn] 1.5e+10 USD", "[£2.3m] 2.3e+06 GBP"}},
		{"IndonesianScale", "id", "Kerugian Rp 5 miliar, Rp 13 T dan 2 juta dolar.", []string{"[Rp 5 miliar] 5e+09 IDR", "[Rp 13 T] 1.3e+13 IDR", "[2 juta dolar] 2e+06 USD"}},
		{"IndonesianAbbreviation", "id", "Anggaran Rp2,5 jt dan Rp 7 M.", []string{"[Rp2,5 jt] 2.5e+06 IDR", "[Rp 7 M] 7e+09 IDR"}},
		// Fractions and percentages.
		{"EnglishFractions", "en", "Half of the members left and two thirds of the budget went on 3/4 of the roads.", []string{"[Half of the members] 0.5 member", "[two thirds of the budget] 0.6666666666666666 budget", "[3/4 of the roads] 0.75 road"}},
		{"Percent", "en", "Turnout was 45% and support 12 per cent.", []string{"[45%] 45 percent", "[12 per cent] 12 percent"}},
		{"IndonesianPercentHalf", "id", "Sebanyak 45 persen warga, setengah juta orang.", []string{"[45 persen] 45 percent", "[setengah juta orang] 500000 person"}},
		// Ranges.
		{"EnglishRanges", "en", "Between 10 and 15 people died; 1,500 to 2,000 jobs and 10-15 miles.", []string{"[Between 10 and 15 people] 10-15 person", "[1,500 to 2,000 jobs] 1500-2000 job", "[10-15 miles] 10-15 mile"}},
		{"ScaleDistributes", "en", "Damage is put at 10 to 15 million dollars.", []string{"[10 to 15 million dollars] 1e+07-1.5e+07 USD"}},
		{"IndonesianRanges", "id", "Antara 10 dan 15 orang, dari Rp1.000 sampai Rp10.000.", []string{"[Antara 10 dan 15 orang] 10-15 person", "[dari Rp1.000 sampai Rp10.000] 1000-10000 IDR"}},
		// Vague magnitudes.
		{"EnglishVague", "en", "Hundreds of protesters and tens of thousands of people marched.", []string{"[Hundreds of protesters] 100 protester ~vague", "[tens of thousands of people] 10000 person ~vague"}},
		{"IndonesianVague", "id", "Ratusan warga dan puluhan ribu buruh berkumpul, ribuan orang.", []string{"[Ratusan warga] 100 resident ~vague", "[puluhan ribu buruh] 10000 worker ~vague", "[ribuan orang] 1000 person ~vague"}},
		{"VagueAlone", "en", "Dozens were missing and thousands fled.", []string{"[Dozens] 12 person ~vague", "[thousands] 1000 ~vague"}},
		{"MillionAbbreviation", "en", "Some 1.2m people applied; the wall is 3m high.", []string{"[Some 1.2m people] 1.2e+06 person ~Some", "[3m] 3 metre"}},
		{"Magnitude", "en", "A magnitude 7.1 earthquake and a 6.8-magnitude aftershock.", []string{"[magnitude 7.1] 7.1 magnitude", "[6.8-magnitude] 6.8 magnitude"}},
		{"OverAsPeriod", "en", "It allocates $1.2tn over 10 years; he served for over 10 years.", []string{"[$1.2tn] 1.2e+12 USD", "[10 years] 10 year", "[over 10 years] 10 year ~over"}},
		{"Proportions", "en", "One in five adults and 3 out of 4 voters agreed; 12 in 2014.", []string{"[One in five adults] 0.2 adult", "[3 out of 4 voters] 0.75 voter", "[12] 12"}},
		{"IndonesianProportions", "id", "Satu dari lima anak dan dari 10 hingga 20 orang.", []string{"[Satu dari lima anak] 0.2 child", "[dari 10 hingga 20 orang] 10-20 person"}},
		// Hyphenated modifiers.
		{"Hyphenated", "en", "A three-story building, a 24-hour deadline and a 2.5-mile stretch.", []string{"[three-story] 3 story", "[24-hour] 24 hour", "[2.5-mile] 2.5 mile"}},
		// Units and counted things.
		{"EnglishUnits", "en", "They were given 24 hours; the site is 200 metres away and 5 km long.", []string{"[24 hours] 24 hour", "[200 metres] 200 metre", "[5 km] 5 kilometre"}},
		{"EnglishCountedNoun", "en", "Four Iranian diplomats and 3,000 members of the group and 12 children.", []string{"[Four Iranian diplomats] 4 diplomat", "[3,000 members] 3000 member", "[12 children] 12 child"}},
		{"EnglishCompounds", "en", "Two aid workers, 30 member states, 12 police officers and 40 workers.",
			[]string{"[Two aid workers] 2 aid worker", "[30 member states] 30 member state", "[12 police officers] 12 police officer", "[40 workers] 40 worker"}},
		{"EnglishCompoundSingular", "en", "One aid worker died.", []string{"[One aid worker] 1 aid worker"}},
		{"IndonesianUnits", "id", "Mereka diberi waktu 24 jam, dua polisi dan 8.000 sekolah.", []string{"[24 jam] 24 hour", "[dua polisi] 2 police officer", "[8.000 sekolah] 8000 school"}},
		{"IndonesianClassifier", "id", "Dua orang polisi dan tiga orang terluka.", []string{"[Dua orang polisi] 2 police officer", "[tiga orang] 3 person"}},
		{"IndonesianUnknownNoun", "id", "Petugas menyita 12 karung beras.", []string{"[12 karung] 12 karung"}},
		{"NoCountedThingAfterVerb", "en", "Four were arrested.", []string{"[Four] 4"}},
		// Cues: what a bare number counts, from the words around it.
		{"KillVerbObjectIsPeople", "en", "Quake kills at least 162 in Java. Four were killed and 1,083 were injured.",
			[]string{"[at least 162] 162 person ~at least", "[Four] 4 person", "[1,083] 1083 person"}},
		{"CueNotForFractions", "en", "She is accused of killing two co-workers and injuring a third.", []string{"[two co-workers] 2 co-worker", "[a third] 0.3333333333333333"}},
		{"DeathTollRisesTo", "en", "Indonesia quake death toll rises to 268 as rescuers dig.", []string{"[268] 268 person"}},
		{"IndonesianKillVerb", "id", "Gempa itu menewaskan 162 dan 25 tewas di sekolah.", []string{"[162] 162 person", "[25] 25 person"}},
		{"AgeCue", "en", "The reform raises the retirement age to 67 from 65.", []string{"[67] 67 year", "[65] 65"}},
		{"IndonesianAgeCue", "id", "Korban berusia 41 dan pelaku berumur 33.", []string{"[41] 41 year", "[33] 33 year"}},
		{"Tally", "en", "The bill passed by 232 votes to 221, with 6 abstentions.", []string{"[232 votes] 232 vote", "[221] 221 vote", "[6 abstentions] 6 abstention"}},
		{"IndonesianTally", "id", "RUU itu disahkan 232 banding 221 suara.", []string{"[232] 232 vote", "[221 suara] 221 vote"}},
		{"ScoreWordOdds", "id", "Dengan faktor 2 banding 1, Anda menang; skor 2 lawan 1.", nil},
		{"MagnitudeBeforeWithWord", "id", "Gempa bermagnitudo 5,6 dan magnitudo terbesar 4,2.", []string{"[bermagnitudo 5,6] 5.6 magnitude", "[magnitudo terbesar 4,2] 4.2 magnitude"}},
		{"CounterBeforeNoun", "id", "Terjadi 62 kali gempa susulan, harga naik tiga kali.", []string{"[62 kali gempa susulan] 62 aftershock", "[tiga kali] 3 time"}},
		{"Ages", "en", "Abdul Karim, 52, a shopkeeper, and Jane Doe (41) were hurt.", []string{"[52] 52 year", "[41] 41 year"}},
		{"IndonesianAges", "id", "Endang Sulastri (41) dan Kamal (33) ditangkap.", []string{"[41] 41 year", "[33] 33 year"}},
		{"OrRange", "en", "It will take two or three days.", []string{"[two or three days] 2-3 day"}},
		{"IndonesianOrRange", "id", "Fokus pada 2 atau 3 kursi Senat.", []string{"[2 atau 3 kursi] 2-3 seat"}},
		{"IndonesianPossessiveNoun", "id", "Polisi menembak dua betisnya.", []string{"[dua betisnya] 2 betis"}},
		// Hedges.
		{"EnglishHedges", "en", "About 3,000 members, nearly 200 people, more than 40 states, up to 700 workers, at least six.",
			[]string{"[About 3,000 members] 3000 member ~About", "[nearly 200 people] 200 person ~nearly", "[more than 40 states] 40 state ~more than", "[up to 700 workers] 700 worker ~up to", "[at least six] 6 ~at least"}},
		{"IndonesianHedges", "id", "Sekitar 3.000 anggota, hampir 200 orang, lebih dari 40 negara, kira-kira 10 hari, setidaknya enam.",
			[]string{"[Sekitar 3.000 anggota] 3000 member ~Sekitar", "[hampir 200 orang] 200 person ~hampir", "[lebih dari 40 negara] 40 country ~lebih dari", "[kira-kira 10 hari] 10 day ~kira-kira", "[setidaknya enam] 6 ~setidaknya"}},
		{"HedgeWordAsPreposition", "en", "He talked about 3 issues and worried about 2 cases.", []string{"[3 issues] 3 issue", "[2 cases] 2 case"}},
		{"MoreHedges", "en", "Fewer than 100 abstained; an estimated 40,000 attended; well over 1,000 fans.", []string{"[Fewer than 100] 100 ~Fewer than", "[an estimated 40,000] 40000 ~an estimated", "[well over 1,000 fans] 1000 fan ~well over"}},
		{"MoreIndonesianHedges", "id", "Tidak kurang dari 50 orang, kurang lebih 2 jam, nyaris 100 persen.", []string{"[Tidak kurang dari 50 orang] 50 person ~Tidak kurang dari", "[kurang lebih 2 jam] 2 hour ~kurang lebih", "[nyaris 100 persen] 100 percent ~nyaris"}},
		// Not figures.
		{"Years", "en", "In 2014 Albania took them in; the 2021-2022 season and since 2019.", nil},
		{"IndonesianYears", "id", "Sejak 2014 dan pada tahun 2019, periode 2021-2022.", nil},
		{"Dates", "en", "On 15 July and 7 September, and on 20/10/2025 and July 4.", nil},
		{"IndonesianDates", "id", "Pada 15 Juli dan tanggal 7, Senin (15/7).", nil},
		{"ClockTimes", "en", "The alarm rang at 14:00 GMT and again at 6 pm.", nil},
		{"IndonesianClockTimes", "id", "Serangan terjadi pukul 17.44 WIB dan pukul 10.", nil},
		{"Ordinals", "en", "It was the 5th attempt and the 21st round.", nil},
		{"IndonesianOrdinals", "id", "Ini serangan ke-4 dan yang kedua.", nil},
		{"Phones", "en", "Call +62 21 5551234 or 0812-3456-7890.", nil},
		{"Labels", "en", "Under Article 5 and No. 12 of the code, see page 3.", nil},
		{"IndonesianLabels", "id", "Pasal 5 ayat 2 UU No. 12 mengatur hal itu.", nil},
		{"Names", "en", "The G20 met on COVID-19 while a Boeing 737 and an A330 flew.", nil},
		{"NameReused", "en", "The Boeing 787 is popular. Airlines bought 20 787 jets and the 787 flew.", []string{"[20] 20"}},
		{"ModelNumbersAfterDeterminer", "en", "You can't simply shrink the 787 and expect gains; their 737 narrowbody airliner is old.", nil},
		{"ModelNumberBeforeSingular", "en", "Boeing pushes back 737 replacement development.", nil},
		{"ModelNumberReusedWithPlural", "en", "The fuselage of the 787 is plastic. Airlines bought 20 more 787 jets.", []string{"[20] 20"}},
		{"DeterminerCountKept", "en", "The 300 were freed; the 120 who stayed and the 150 passengers.", []string{"[300] 300", "[120] 120", "[150 passengers] 150 passenger"}},
		{"IndonesianVehicleClass", "id", "Sejumlah kendaraan roda dua dan empat melaju perlahan, hotel bintang lima penuh.", nil},
		{"CoordinatedLabels", "en", "Under Articles 5 and 7, 12 people were charged.", []string{"[12 people] 12 person"}},
		{"ReadingTime", "en", "Posted by the Communications Team | 4 min read. It is a 5-minute read.", nil},
		{"IndonesianReadingTime", "id", "Tim Redaksi | 3 menit baca", nil},
		{"Decades", "en", "In the 1990s and the 1980's.", nil},
		{"ListMarkers", "en", "Steps:\n1. Leave the building.\n2) Call home.", nil},
		{"Pronoun", "en", "One of the diplomats said no one left; the one who stayed.", nil},
		{"IndonesianPronoun", "id", "Salah satu diplomat pergi.", nil},
		{"RelativeTimes", "en", "It happened three years ago and two days earlier.", nil},
		{"IndonesianRelativeTimes", "id", "Hal itu terjadi dua hari lalu dan tiga tahun yang lalu.", nil},
		{"RelativeOffsets", "en", "He was found two days after the attack.", nil},
		{"IndonesianRelativeOffsets", "id", "Jasadnya ditemukan dua hari kemudian, tiga hari setelah dibunuh.", nil},
		{"Scores", "en", "They won 3-1 on Sunday.", nil},
		{"PartNotFraction", "en", "In the first half of the year and the third quarter.", nil},
		{"OrdinalNotFraction", "en", "He ran for a third time.", nil},
		{"AbbreviatedMonthDay", "en", "The trial opened on Tuesday, Oct. 3, and resumed Sept. 12 with 40 witnesses.", []string{"[40 witnesses] 40 witness"}},
		{"RateCancelled", "en", "He paid $500 a day later.", []string{"[$500] 500 USD"}},
		{"IndonesianRate", "id", "Pabrik itu merugi Rp 3 miliar per hari dan 200 truk sehari.", []string{"[Rp 3 miliar per hari] 3e+09 IDR per day", "[200 truk sehari] 200 truck per day"}},
		{"IndonesianWitnesses", "id", "Jaksa menghadirkan hampir 40 saksi di persidangan.", []string{"[hampir 40 saksi] 40 witness ~hampir"}},
		{"RatePerDay", "en", "The strike costs nearly $20 million a day.", []string{"[nearly $20 million a day] 2e+07 USD per day ~nearly"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := extractAll(t, tc.lang, tc.text)
			if g, w := strings.Join(got, "\n"), strings.Join(tc.want, "\n"); g != w {
				t.Errorf("Extract(%q)\n got:\n%s\nwant:\n%s", tc.text, g, w)
			}
		})
	}
}

// TestExtractSpans checks the invariants every figure must keep, on every
// fixture article: the span slices exactly its text, the sentence holds
// its start, the id is derived from the span.
func TestExtractSpans(t *testing.T) {
	for _, a := range fixtureArticles(t) {
		t.Run(a.name, func(t *testing.T) {
			doc := newDoc(t, a.name, a.lang, a.text)
			for _, f := range figures.Extract(doc) {
				if got := doc.Span(f.Start, f.End); got != f.Text {
					t.Errorf("span %d:%d slices %q, text is %q", f.Start, f.End, got, f.Text)
				}
				if got, want := f.SentenceID, doc.SentenceAt(f.Start); got != want {
					t.Errorf("%q: sentence %d, want %d", f.Text, got, want)
				}
				if got, want := f.FigureID, dataset.ID(a.name, "figure", dataset.SpanKey(f.Start, f.End)); got != want {
					t.Errorf("%q: id %s, want %s", f.Text, got, want)
				}
				if f.Hedge != nil && !f.Approximate {
					t.Errorf("%q: hedged but not approximate", f.Text)
				}
			}
		})
	}
}
