package entities

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newsdesk/dataset"
	"newsdesk/dataset/segment"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/find")

// newDoc builds the Doc the build would give Find for text.
func newDoc(tb testing.TB, id, text, lang string) *dataset.Doc {
	tb.Helper()
	return dataset.NewDoc(dataset.Source{SourceID: id, Language: lang, Text: text}, segment.Rows(id, text, lang))
}

// render writes mentions one a line: start, end, type, text.
func render(ms []dataset.EntityMention) string {
	var b strings.Builder
	for _, m := range ms {
		fmt.Fprintf(&b, "%d\t%d\t%s\t%s\n", m.Start, m.End, m.Type, m.Text)
	}
	return b.String()
}

// TestFindGolden runs Find over whole articles and compares with
// testdata/find/*.golden (go test -update rewrites them). It also checks
// that every mention's text is the span it claims.
func TestFindGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/find/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, path := range files {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			lang := strings.SplitN(name, "_", 2)[0]
			doc := newDoc(t, name, string(b), lang)
			ms := Find(doc)
			for _, m := range ms {
				if got := doc.Span(m.Start, m.End); got != m.Text {
					t.Errorf("mention %q at %d:%d spans %q", m.Text, m.Start, m.End, got)
				}
				if m.SourceID != name {
					t.Errorf("mention %q has source %q, want %q", m.Text, m.SourceID, name)
				}
			}
			got := render(ms)
			golden := strings.TrimSuffix(path, ".txt") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if got != string(want) {
				t.Errorf("Find(%s) differs from %s:\n got:\n%s\nwant:\n%s", path, golden, got, want)
			}
		})
	}
}

// TestFind checks one phenomenon per case: want lists mentions (text and
// type) that must be found, absent texts that must not be.
func TestFind(t *testing.T) {
	tests := []struct {
		name, lang, text string
		want             map[string]string
		absent           []string
	}{
		{name: "QuotedNicknameInsideName", lang: "en",
			text:   "It is the biggest graft case to hit President Joko \"Jokowi\" Widodo's Cabinet, officials said.",
			want:   map[string]string{"Joko \"Jokowi\" Widodo": Person, "President Joko \"Jokowi\" Widodo": Person, "Jokowi": Person},
			absent: []string{"Joko", "Widodo", "President Joko"}},
		{name: "QuotedNicknameInsideNameIndonesian", lang: "id",
			text:   "Mantan gubernur Basuki Tjahaja “Ahok” Purnama hadir di persidangan itu pada Selasa.",
			want:   map[string]string{"Basuki Tjahaja “Ahok” Purnama": Person, "Ahok": Person},
			absent: []string{"Basuki Tjahaja", "Purnama"}},
		{name: "PluralPossessiveInsideOrganisation", lang: "en",
			text:   "Maria Kowalczyk, president of the Ravenscar Dockers' Union, said members backed the strike.",
			want:   map[string]string{"Ravenscar Dockers' Union": Organization, "Maria Kowalczyk": Person},
			absent: []string{"Ravenscar Dockers", "Dockers"}},
		{name: "AmpersandJoinsAnOrganisation", lang: "en",
			text:   "The book found a home at Echo Point Books & Media, a small publisher. Procter & Gamble raised prices. Its R&D budget grew.",
			want:   map[string]string{"Echo Point Books & Media": Organization, "Procter & Gamble": Organization},
			absent: []string{"Echo Point Books", "Media", "Procter", "Gamble", "R&D"}},
		{name: "RegionsArePlaces", lang: "en",
			text: "Exports to Southeast Asia and Latin America fell, while Europe bought more.",
			want: map[string]string{"Southeast Asia": Location, "Latin America": Location, "Europe": Location}},
		{name: "RegionsArePlacesIndonesian", lang: "id",
			text: "Ekspor ke Asia Tenggara dan Amerika Latin turun.",
			want: map[string]string{"Asia Tenggara": Location, "Amerika Latin": Location}},
		{name: "CompanyWordsMakeOrganisations", lang: "en",
			text: "The dispute pits the union against harbour operator Northgate Terminals and Bayline Holdings Ltd.",
			want: map[string]string{"Northgate Terminals": Organization}},
		{name: "CapitalDatelineIsPlace", lang: "en",
			text: "RAVENSCAR, Oct 5 (AP) - About 2,400 dock workers have been on strike since Monday.",
			want: map[string]string{"RAVENSCAR": Location}},
		{name: "CityQuarterIsPlace", lang: "id",
			text: "Ia divonis oleh Pengadilan Tindak Pidana Korupsi (Tipikor) Jakarta Pusat dan ditahan di Jakarta Selatan sejak Oktober.",
			want: map[string]string{"Jakarta Selatan": Location, "Jakarta Pusat": Location,
				"Pengadilan Tindak Pidana Korupsi": Organization, "Tipikor": Organization}},
		{name: "PluralCommonNounIsNoName", lang: "en",
			text:   "The minister denied wrongdoing.\nProsecutors said he had taken kickbacks. Investigators agreed.",
			absent: []string{"Prosecutors", "Investigators"}},
		{name: "PressReleaseLabelIsNoName", lang: "en",
			text:   "# PRESS RELEASE: Dockers stand firm\n\nMembers will hold a rally at Gate 4 on Friday.",
			absent: []string{"PRESS RELEASE", "PRESS", "Gate"}},
		{name: "TitleStripped", lang: "en",
			text:   "Albanian Prime Minister Edi Rama said on Wednesday that the country would cut ties.",
			want:   map[string]string{"Edi Rama": Person, "Prime Minister Edi Rama": Person},
			absent: []string{"Albanian", "Wednesday", "Albanian Prime Minister Edi Rama"}},
		{name: "AbbreviatedTitle", lang: "id",
			text: "PM Edi Rama hari Rabu mengatakan ada bukti tak terbantahkan.",
			want: map[string]string{"Edi Rama": Person, "PM Edi Rama": Person}},
		{name: "IndonesianPresident", lang: "id",
			text: "Kemarin, Presiden Prabowo Subianto meresmikan pabrik baru di Cilegon.",
			want: map[string]string{"Prabowo Subianto": Person, "Presiden Prabowo Subianto": Person}},
		{name: "LowercaseRoleBeforeName", lang: "en",
			text: "The United States strongly condemns the attack, National Security Council spokeswoman Adrienne Watson said in a statement.",
			want: map[string]string{"National Security Council": Organization, "Adrienne Watson": Person, "United States": Location}},
		{name: "OrganisationWords", lang: "en",
			text: "In a statement, the Iranian Foreign Ministry denied that Tehran was behind the attack.",
			want: map[string]string{"Iranian Foreign Ministry": Organization, "Tehran": Location}},
		{name: "Kementerian", lang: "id",
			text:   "Dalam sebuah pernyataan, Kementerian Luar Negeri Iran membantah tuduhan itu.",
			want:   map[string]string{"Kementerian Luar Negeri Iran": Organization},
			absent: []string{"Dalam", "Iran"}},
		{name: "CompanyPT", lang: "id",
			text: "Tiga perusahaan, termasuk PT Wilmar Nabati Indonesia, siap mematuhi aturan itu.",
			want: map[string]string{"PT Wilmar Nabati Indonesia": Organization}},
		{name: "AcronymAfterName", lang: "en",
			text: "Albania took in some 3,000 members of the Mujahideen-e-Khalq (MEK), an exiled opposition group.",
			want: map[string]string{"Mujahideen-e-Khalq": Organization, "MEK": Organization}},
		{name: "AcronymInBracketsOfTranslatedName", lang: "en",
			text: "At least 268 people died, according to the National Disaster Mitigation Agency (BNPB). BNPB said more rain was due.",
			want: map[string]string{"National Disaster Mitigation Agency": Organization, "BNPB": Organization,
				"National Disaster Mitigation Agency (BNPB)": Organization}},
		{name: "AcronymInBracketsAfterPersonIsNoDefinition", lang: "en",
			text:   "The motion was tabled by Anna Kowalska (PiS) on Monday.",
			want:   map[string]string{"Anna Kowalska": Person},
			absent: []string{"Anna Kowalska (PiS)"}},
		{name: "KnownAcronym", lang: "id",
			text: "AS mendukung langkah Albania, sebuah negara anggota NATO.",
			want: map[string]string{"NATO": Organization, "AS": Location, "Albania": Location}},
		{name: "SyllableAbbreviation", lang: "id",
			text:   "Ketua Umum Gabungan Pengusaha Kelapa Sawit Indonesia (Gapki) Eddy Martono berharap dialog tetap dibuka.",
			want:   map[string]string{"Gabungan Pengusaha Kelapa Sawit Indonesia": Organization, "Gapki": Organization, "Eddy Martono": Person},
			absent: []string{"Ketua Umum"}},
		{name: "SentenceInitialWordIsNoName", lang: "en",
			text:   "Relations between the two countries have been tense. Following the decision, relations worsened.",
			absent: []string{"Relations", "Following"}},
		{name: "SentenceInitialNameKept", lang: "en",
			text: "Watson spoke first. Later, Adrienne Watson said the talks had failed.",
			want: map[string]string{"Watson": Person, "Adrienne Watson": Person}},
		{name: "NicknameInGazetteer", lang: "id",
			text: "Jokowi Tinjau Lokasi Banjir\n\nPresiden Joko Widodo meninjau lokasi banjir. Jokowi berjanji membangun tanggul.",
			want: map[string]string{"Jokowi": Person, "Joko Widodo": Person}},
		{name: "SentenceInitialSubjectOfPromise", lang: "id",
			text: "Suryo berjanji rumah warga segera dibangun kembali.",
			want: map[string]string{"Suryo": Person}},
		{name: "WordAfterDatelineDash", lang: "id",
			text:   "Bandung - Jumlah korban banjir bertambah menjadi 12 orang. Sebelumnya jumlah korban 9 orang.",
			want:   map[string]string{"Bandung": Location},
			absent: []string{"Jumlah"}},
		{name: "CommonWordAfterOutletDash", lang: "id",
			text:   "Banjir Bandang: Sekitar 40 Rumah Hanyut\n\nTEMPO.CO - Sekitar 40 rumah hanyut diterjang banjir bandang di Garut.",
			want:   map[string]string{"Garut": Location},
			absent: []string{"Sekitar"}},
		{name: "MonthAbbreviationsAndTimeZones", lang: "en",
			text:   "MANILA, Oct 3 (Reuters) - The typhoon made landfall at 0400 GMT, Rodrigo Santos said. Banjir melanda pukul 14.00 WIB.",
			want:   map[string]string{"Rodrigo Santos": Person},
			absent: []string{"Oct", "GMT", "WIB"}},
		{name: "SentenceInitialSpeakerIndonesian", lang: "id",
			text: "Ruhut mengatakan tak ada ambisi politik tertentu.",
			want: map[string]string{"Ruhut": Person}},
		{name: "MonthsAndWeekdays", lang: "en",
			text:   "The attack on 15 July was confirmed on Wednesday. In September, Tirana reacted.",
			want:   map[string]string{"Tirana": Location},
			absent: []string{"July", "Wednesday", "September", "In September"}},
		{name: "IndonesianDays", lang: "id",
			text:   "Pergerakan di kedutaan Iran di Tirana berlangsung dari Rabu hingga Kamis, 8 September.",
			want:   map[string]string{"Iran": Location, "Tirana": Location},
			absent: []string{"Rabu", "Kamis", "September"}},
		{name: "Possessive", lang: "en",
			text:   "The decision angered Iran's leaders and Albania’s allies.",
			want:   map[string]string{"Iran": Location, "Albania": Location},
			absent: []string{"Iran's", "Albania’s"}},
		{name: "OfInsideName", lang: "en",
			text: "The Council of Ministers has decided to sever relations with the Islamic Republic of Iran.",
			want: map[string]string{"Council of Ministers": Organization}},
		{name: "TitleCaseHeadline", lang: "en",
			text:   "Iranian Diplomats Leave Embassy After Eviction Order\n\nIranian diplomats left the embassy in Tirana on Thursday.",
			want:   map[string]string{"Tirana": Location},
			absent: []string{"Diplomats", "Leave Embassy", "Eviction Order", "Iranian Diplomats Leave Embassy"}},
		{name: "SurnameTypedByFullName", lang: "en",
			text: "Greg Pence voted against the bill. Later that day Pence said he had no regrets.",
			want: map[string]string{"Greg Pence": Person, "Pence": Person}},
		{name: "IndonesianClitic", lang: "id",
			text: "Tuduhan itu dibantah Iran. Iranlah yang menjadi target serangan.",
			want: map[string]string{"Iran": Location}, absent: []string{"Iranlah"}},
		{name: "PlaceAfterLocationCue", lang: "id",
			text: "Serangan terjadi di Quetta, dekat perbatasan.",
			want: map[string]string{"Quetta": Location}},
		{name: "DisasterNamedByPlace", lang: "id",
			text: "Gempa ini yang paling mematikan sejak gempa Sigi pada 2018 dan banjir Garut pada 2016.",
			want: map[string]string{"Sigi": Location, "Garut": Location}},
		{name: "ProvincialCapital", lang: "id",
			text: "Bantuan untuk warga Palu tiba kemarin, kata relawan dari Makassar.",
			want: map[string]string{"Makassar": Location, "Palu": Location}},
		{name: "FootballClubs", lang: "en",
			text: "Borussia Dortmund agreed on Wednesday to sell midfielder Jonas Weber to Real Sociedad, the Bundesliga club said. Arsenal FC declined to comment.",
			want: map[string]string{"Borussia Dortmund": Organization, "Real Sociedad": Organization, "Jonas Weber": Person, "Arsenal FC": Organization}},
		{name: "UnknownOpenerBeforeAPlace", lang: "en",
			text: "Weber posted on Instagram: \"A dream comes true. Hala Madrid!\" Fans gathered in Madrid.",
			want: map[string]string{"Madrid": Location}, absent: []string{"Hala Madrid", "Hala"}},
		{name: "UnknownOpenerBeforeAPlaceIndonesian", lang: "id",
			text: "Warga Palu masih mengungsi di tenda.",
			want: map[string]string{"Palu": Location}, absent: []string{"Warga Palu", "Warga"}},
		{name: "OfBetweenTwoWords", lang: "en",
			text: "Japan, which sits on the Pacific \"Ring of Fire\", is often hit by quakes. Ring of Fire volcanoes are active.",
			want: map[string]string{"Ring of Fire": Other}, absent: []string{"Fire", "Ring"}},
		{name: "ArmedGroupInGazetteer", lang: "id",
			text: "Kelompok Al-Qaeda mengaku bertanggung jawab. Al-Qaeda juga mengancam Boko Haram.",
			want: map[string]string{"Al-Qaeda": Organization, "Boko Haram": Organization}},
		{name: "DatelineIsAPlace", lang: "id",
			text: "Cianjur - Warga mulai kembali ke rumah masing-masing.\n\nKUPANG, Indonesia, 3 Mei - Banjir surut.",
			want: map[string]string{"Cianjur": Location, "KUPANG": Location}},
		{name: "NameAfterAPersonIsNoDateline", lang: "en",
			text: "Tony Clement, Canada's industry minister, is hoping for a deal.",
			want: map[string]string{"Tony Clement": Person}},
		{name: "OutletAfterOrganisationCue", lang: "en",
			text: "According to German newspaper Bild, the fee could rise. The party Syriza said nothing.",
			want: map[string]string{"Bild": Organization, "Syriza": Organization}},
		{name: "PlaceWordIsNoOrganisationCue", lang: "id",
			text: "Penumpang menumpuk di stasiun Gambir sejak pagi.",
			want: map[string]string{"Gambir": Location}},
		{name: "PairOfPeopleAfterOrganisationCue", lang: "id",
			text: "Dukungan untuk koalisi Jokowi-JK terus mengalir.",
			want: map[string]string{"Jokowi-JK": Person}},
		{name: "LoneWordEndingAnOrganisation", lang: "en",
			text: "Real Sociedad agreed to sell him. Sociedad sporting director Iker Zabala confirmed it.",
			want: map[string]string{"Real Sociedad": Organization, "Sociedad": Organization}},
		{name: "GuessedPersonTypedElsewhere", lang: "id",
			text: "Garut Berduka\n\nKorban banjir Garut bertambah. Warga di Garut mengungsi.",
			want: map[string]string{"Garut": Location}},
		{name: "CommonNounAcronymsAreNoNames", lang: "id",
			text:   "Harga BBM naik menjelang Pilkada, sementara gaji PNS tetap. Komnas HAM menyoroti UU Cipta Kerja.",
			want:   map[string]string{"Komnas HAM": Organization},
			absent: []string{"BBM", "Pilkada", "PNS"}},
		{name: "HyphenatedPlaces", lang: "en",
			text: "Tension on the Albania-Iran line grew.",
			want: map[string]string{"Albania": Location, "Iran": Location}, absent: []string{"Albania-Iran"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := newDoc(t, "s1", tt.text, tt.lang)
			got := map[string]string{}
			for _, m := range Find(doc) {
				if s := doc.Span(m.Start, m.End); s != m.Text {
					t.Errorf("mention %q spans %q", m.Text, s)
				}
				got[m.Text] = m.Type
			}
			for text, typ := range tt.want {
				if g, ok := got[text]; !ok {
					t.Errorf("%q not found; found %v", text, got)
				} else if g != typ {
					t.Errorf("%q: type %s, want %s", text, g, typ)
				}
			}
			for _, text := range tt.absent {
				if _, ok := got[text]; ok {
					t.Errorf("%q found, want no such mention; found %v", text, got)
				}
			}
		})
	}
}

func TestStripTitle(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Prime Minister Edi Rama", "Edi Rama"},
		{"PM Edi Rama", "Edi Rama"},
		{"Presiden Prabowo Subianto", "Prabowo Subianto"},
		{"Menteri Perdagangan Budi Santoso", "Budi Santoso"},
		{"National Security Council spokeswoman Adrienne Watson", "Adrienne Watson"},
		{"the prime minister", ""},
		{"Edi Rama", "Edi Rama"},
		{"Iranian Foreign Ministry", "Iranian Foreign Ministry"},
		{"Rama's", "Rama"},
		{"Bupati Sukabumi Marwan Hamami", "Marwan Hamami"},
		{"Gubernur Jawa Barat Ridwan Kamil", "Ridwan Kamil"},
		{"Gubernur Basuki Tjahaja Purnama", "Basuki Tjahaja Purnama"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := StripTitle(tt.in); got != tt.want {
				t.Errorf("StripTitle(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// BenchmarkFind measures Find per article on the English fixture.
func BenchmarkFind(b *testing.B) {
	text, err := os.ReadFile("testdata/find/en_sanctions.txt")
	if err != nil {
		b.Fatal(err)
	}
	doc := newDoc(b, "bench", string(text), "en")
	b.ResetTimer()
	for b.Loop() {
		Find(doc)
	}
}

func TestFindIndonesianTitles(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]string
		absent     []string
	}{
		{name: "PoliceChiefOfPlace",
			text:   "Kapolsek Genuk Kompol Rismanto mengatakan jalan itu sudah dibuka.",
			want:   map[string]string{"Genuk": Location, "Rismanto": Person},
			absent: []string{"Genuk Kompol Rismanto"}},
		{name: "GovernorBeforeName",
			text: "Sementara itu, Gubernur Basuki Tjahaja Purnama meninjau lokasi banjir.",
			want: map[string]string{"Basuki Tjahaja Purnama": Person}, absent: []string{"Basuki"}},
		{name: "RegionalHeadOfPlace",
			text:   "Bupati Sukabumi Marwan Hamami mengatakan korban bertambah. \"Kami kekurangan alat berat,\" kata Marwan.",
			want:   map[string]string{"Sukabumi": Location, "Marwan Hamami": Person, "Marwan": Person},
			absent: []string{"Sukabumi Marwan Hamami"}},
		{name: "RegionalHeadOfTwoWordRegion",
			text:   "Bupati Kutai Timur Ardiansyah Sulaiman meninjau banjir. Gubernur Jawa Barat Ridwan Kamil ikut hadir.",
			want:   map[string]string{"Kutai Timur": Location, "Ardiansyah Sulaiman": Person, "Jawa Barat": Location, "Ridwan Kamil": Person},
			absent: []string{"Timur Ardiansyah Sulaiman"}},
		{name: "RegionalHeadWithoutRegion",
			text: "Wali Kota Ahmad Yani Saputra membuka pasar itu.",
			want: map[string]string{"Ahmad Yani Saputra": Person}, absent: []string{"Ahmad"}},
		{name: "MinisterWithPortfolioAndCountry",
			text: "Menteri Lingkungan Hidup Prancis Agnes Pannier-Runacher hadir di Jenewa.",
			want: map[string]string{"Prancis": Location, "Agnes Pannier-Runacher": Person, "Jenewa": Location}},
		{name: "RegionAbbreviation",
			text: "Banjir melanda Sulawesi Utara (Sulut) sejak Senin.",
			want: map[string]string{"Sulawesi Utara": Location, "Sulut": Location}},
		{name: "CountryAfterTitleIsAPlace",
			text: "Pernyataan Presiden Indonesia itu disambut baik.",
			want: map[string]string{"Indonesia": Location}},
		{name: "CountryOnlyCLDRKnowsAndAPersonFromThere",
			text: "Sepanjang hari, diplomat asal Ekuador, Vayas, berkeliling menemui delegasi regional.",
			want: map[string]string{"Ekuador": Location, "Vayas": Person}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := newDoc(t, "s1", tt.text, "id")
			got := map[string]string{}
			for _, m := range Find(doc) {
				got[m.Text] = m.Type
			}
			for text, typ := range tt.want {
				if g, ok := got[text]; !ok || g != typ {
					t.Errorf("%q: got type %q (found %v), want %s", text, g, ok, typ)
				}
			}
			for _, text := range tt.absent {
				if _, ok := got[text]; ok {
					t.Errorf("%q found, want no such mention; found %v", text, got)
				}
			}
		})
	}
}

// TestFindConcurrent runs Find on several goroutines at once, as the build
// does; run with -race to check that the shared lexicons are only read.
func TestFindConcurrent(t *testing.T) {
	b, err := os.ReadFile("testdata/find/id_sawit.txt")
	if err != nil {
		t.Fatal(err)
	}
	doc := newDoc(t, "c", string(b), "id")
	want := render(Find(doc))
	errs := make(chan string, 8)
	for range 8 {
		go func() {
			got := render(Find(doc))
			if got != want {
				errs <- got
				return
			}
			errs <- ""
		}()
	}
	for range 8 {
		if got := <-errs; got != "" {
			t.Errorf("concurrent Find differs:\n%s", got)
		}
	}
}
