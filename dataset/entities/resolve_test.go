package entities

import (
	"fmt"
	"math/rand"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"newsdesk/dataset"
)

// m is a mention for the tests: source, surface form and type; spans are
// made up in order of appearance within the source.
type m struct{ src, text, typ string }

func mentions(ms ...m) []dataset.EntityMention {
	off := map[string]int64{}
	var out []dataset.EntityMention
	for _, x := range ms {
		start := off[x.src]
		end := start + int64(len([]rune(x.text)))
		out = append(out, dataset.EntityMention{SourceID: x.src, Start: start, End: end, Text: x.text, Type: x.typ})
		off[x.src] = end + 20
	}
	return out
}

// adjacent returns mentions of one source written as in "name (acr)".
func adjacent(src, name, acr, gap string) []dataset.EntityMention {
	n := int64(len([]rune(name)))
	g := int64(len([]rune(gap)))
	return []dataset.EntityMention{
		{SourceID: src, Start: 0, End: n, Text: name, Type: Organization},
		{SourceID: src, Start: n + g, End: n + g + int64(len([]rune(acr))), Text: acr, Type: Other},
	}
}

// groups renders entities as "name|type|alias;alias" lines, sorted.
func groups(r *Resolver) []string {
	var out []string
	for _, e := range r.Entities() {
		out = append(out, e.Name+"|"+e.Type+"|"+strings.Join(e.Aliases, ";"))
	}
	return out
}

func TestResolve(t *testing.T) {
	tests := []struct {
		name     string
		mentions []dataset.EntityMention
		want     []string
	}{
		{name: "TitledVariantsAndSurname",
			mentions: mentions(
				m{"a", "PM Edi Rama", Person}, m{"a", "Edi Rama", Person},
				m{"b", "Prime Minister Eddie Rama", Person}, m{"b", "Eddie Rama", Person},
				m{"c", "Prime Minister Edi Rama", Person}, m{"c", "Edi Rama", Person}, m{"c", "Rama", Person},
				m{"d", "Rama", Person}),
			want: []string{"Edi Rama|person|Eddie Rama;Edi Rama;PM Edi Rama;Prime Minister Eddie Rama;Prime Minister Edi Rama;Rama"}},
		{name: "SharedSurnameNotMerged",
			mentions: mentions(
				m{"a", "Vice President Mike Pence", Person}, m{"a", "Mike Pence", Person},
				m{"b", "Greg Pence", Person}, m{"b", "Pence", Person},
				m{"c", "Pence", Person}),
			want: []string{
				"Greg Pence|person|Greg Pence;Pence",
				"Mike Pence|person|Mike Pence;Vice President Mike Pence",
				"Pence|person|Pence"}},
		{name: "CountryInTwoLanguages",
			mentions: mentions(m{"a", "Ecuador", Location}, m{"b", "Ekuador", Location}, m{"b", "Pantai Gading", Location}),
			want:     []string{"Côte d’Ivoire|location|Pantai Gading", "Ecuador|location|Ecuador;Ekuador"}},
		{name: "SurnameJoinsTheOnlyFullNameOfTheCorpus",
			mentions: mentions(m{"a", "Adrienne Watson", Person}, m{"b", "Watson", Person}),
			want:     []string{"Adrienne Watson|person|Adrienne Watson;Watson"}},
		{name: "FirstNameOnlyIndonesian",
			mentions: mentions(m{"a", "Presiden Prabowo Subianto", Person}, m{"a", "Prabowo Subianto", Person},
				m{"a", "Prabowo", Person}),
			want: []string{"Prabowo Subianto|person|Prabowo;Prabowo Subianto;Presiden Prabowo Subianto"}},
		{name: "RegionalHeadFirstName",
			mentions: mentions(m{"a", "Bupati Sukabumi Marwan Hamami", Person}, m{"a", "Sukabumi", Location},
				m{"a", "Marwan Hamami", Person}, m{"b", "Marwan", Person}),
			want: []string{"Marwan Hamami|person|Bupati Sukabumi Marwan Hamami;Marwan;Marwan Hamami", "Sukabumi|location|Sukabumi"}},
		{name: "AcronymDefinedByTranslatedName",
			mentions: mentions(m{"a", "National Disaster Mitigation Agency", Organization},
				m{"a", "National Disaster Mitigation Agency (BNPB)", Organization}, m{"a", "BNPB", Organization},
				m{"b", "BNPB", Organization}, m{"c", "Reuters", Organization}, m{"c", "AP", Organization}),
			want: []string{"Associated Press|organization|AP",
				"National Disaster Mitigation Agency|organization|BNPB;National Disaster Mitigation Agency;National Disaster Mitigation Agency (BNPB)",
				"Reuters|organization|Reuters"}},
		{name: "SharedBracketedAcronymAcrossLanguages",
			mentions: mentions(m{"a", "Indonesian Financial Transaction Reports and Analysis Centre", Organization},
				m{"a", "Indonesian Financial Transaction Reports and Analysis Centre (PPATK)", Organization},
				m{"b", "Pusat Pelaporan dan Analisis Transaksi Keuangan", Organization},
				m{"b", "Pusat Pelaporan dan Analisis Transaksi Keuangan (PPATK)", Organization},
				m{"c", "Komisi Pemberantasan Korupsi (KPK)", Organization}, m{"d", "Corruption Eradication Commission (KPK)", Organization}),
			want: []string{"Indonesian Financial Transaction Reports and Analysis Centre|organization|Indonesian Financial Transaction Reports and Analysis Centre;" +
				"Indonesian Financial Transaction Reports and Analysis Centre (PPATK);Pusat Pelaporan dan Analisis Transaksi Keuangan;" +
				"Pusat Pelaporan dan Analisis Transaksi Keuangan (PPATK)",
				"Komisi Pemberantasan Korupsi|organization|Corruption Eradication Commission (KPK);Komisi Pemberantasan Korupsi (KPK)"}},
		{name: "CompanyByItsFirstWord",
			mentions: mentions(m{"a", "Northgate Terminals", Organization}, m{"b", "Northgate", Other},
				m{"b", "Northgate Terminals", Organization}, m{"c", "Ravenscar Dockers' Union", Organization}, m{"c", "Ravenscar", Location},
				m{"d", "PT Semen Indonesia", Organization}, m{"d", "Semen", Other}),
			want: []string{"Northgate Terminals|organization|Northgate;Northgate Terminals", "PT Semen Indonesia|organization|PT Semen Indonesia",
				"Ravenscar|location|Ravenscar", "Ravenscar Dockers' Union|organization|Ravenscar Dockers' Union", "Semen|other|Semen"}},
		{name: "QuotedNicknameLinked",
			mentions: mentions(m{"a", "Basuki Tjahaja “Ahok” Purnama", Person}, m{"a", "Ahok", Person}, m{"b", "Ahok", Person},
				m{"c", "Ahok", Person}),
			want: []string{"Basuki Tjahaja Purnama|person|Ahok;Basuki Tjahaja “Ahok” Purnama"}},
		{name: "CapitalsAreTypography",
			mentions: mentions(m{"a", "RAVENSCAR", Location}, m{"b", "RAVENSCAR", Location}, m{"c", "Ravenscar", Location},
				m{"d", "PALU", Location}, m{"e", "Palu", Location}, m{"e", "PALU", Location}, m{"f", "KPK", Organization}),
			want: []string{"Komisi Pemberantasan Korupsi|organization|KPK", "Palu|location|PALU;Palu", "Ravenscar|location|RAVENSCAR;Ravenscar"}},
		{name: "NicknameFromGazetteer",
			mentions: mentions(m{"a", "Presiden Joko Widodo", Person}, m{"a", "Joko Widodo", Person},
				m{"b", "Jokowi", Person}, m{"b", "SBY", Organization}),
			want: []string{"Joko Widodo|person|Joko Widodo;Jokowi;Presiden Joko Widodo",
				"Susilo Bambang Yudhoyono|person|SBY"}},
		{name: "ClubByItsLastWord",
			mentions: mentions(m{"a", "DORTMUND", Organization}, m{"a", "Borussia Dortmund", Organization},
				m{"a", "Dortmund", Organization}, m{"b", "Dortmund", Organization},
				m{"b", "Real Madrid", Organization}, m{"b", "Madrid", Location}),
			want: []string{"Borussia Dortmund|organization|Borussia Dortmund;DORTMUND;Dortmund",
				"Madrid|location|Madrid", "Real Madrid|organization|Real Madrid"}},
		{name: "OrganisationWinsATieWithASpeakerSlot",
			mentions: mentions(m{"a", "Borussia Dortmund", Organization}, m{"a", "Borussia Dortmund", Person},
				m{"a", "Dortmund", Organization}),
			want: []string{"Borussia Dortmund|organization|Borussia Dortmund;Dortmund"}},
		{name: "WordOfTwoOrganisationsStaysApart",
			mentions: mentions(m{"a", "Bank Mandiri", Organization}, m{"b", "Kantor Mandiri", Organization},
				m{"c", "Mandiri", Organization}),
			want: []string{"Bank Mandiri|organization|Bank Mandiri", "Kantor Mandiri|organization|Kantor Mandiri",
				"Mandiri|organization|Mandiri"}},
		{name: "ProvinceInTwoLanguages",
			mentions: mentions(m{"a", "West Java", Other}, m{"b", "Jawa Barat", Location}),
			want:     []string{"Jawa Barat|location|Jawa Barat;West Java"}},
		{name: "CommonWordInSpeakerSlotIsNoPerson",
			mentions: mentions(m{"a", "Pertemuan", Person}, m{"a", "Jumlah", Person}, m{"a", "Suharyanto", Person},
				m{"b", "Kejaksaan", Organization}),
			want: []string{"Kejaksaan|organization|Kejaksaan", "Suharyanto|person|Suharyanto"}},
		{name: "TransliterationVariants",
			mentions: mentions(m{"a", "Mujahedeen-e-Khalq", Organization}, m{"b", "Mujahideen-e-Khalq", Organization},
				m{"c", "Mujahideen-e-Khalq", Organization}),
			want: []string{"Mujahideen-e-Khalq|organization|Mujahedeen-e-Khalq;Mujahideen-e-Khalq"}},
		{name: "AcronymInParentheses",
			mentions: append(adjacent("a", "Mujahedeen-e-Khalq", "MEK", " ("), mentions(m{"b", "MEK", Organization})...),
			want:     []string{"Mujahedeen-e-Khalq|organization|MEK;Mujahedeen-e-Khalq"}},
		{name: "AcronymAfterOr",
			mentions: adjacent("a", "North Atlantic Council", "NAC", ", or "),
			want:     []string{"North Atlantic Council|organization|NAC;North Atlantic Council"}},
		{name: "AcronymNotSpellingTheName",
			mentions: adjacent("a", "Iranian Foreign Ministry", "MEK", ", "),
			want:     []string{"Iranian Foreign Ministry|organization|Iranian Foreign Ministry", "MEK|other|MEK"}},
		{name: "SyllableAbbreviation",
			mentions: adjacent("a", "Gabungan Pengusaha Kelapa Sawit Indonesia", "Gapki", " ("),
			want:     []string{"Gabungan Pengusaha Kelapa Sawit Indonesia|organization|Gabungan Pengusaha Kelapa Sawit Indonesia;Gapki"}},
		{name: "GazetteerAcrossLanguages",
			mentions: mentions(m{"a", "United States", Location}, m{"a", "US", Location}, m{"b", "Amerika Serikat", Location},
				m{"b", "AS", Location}),
			want: []string{"United States|location|AS;Amerika Serikat;US;United States"}},
		{name: "CanonicalIsMostFrequentFullForm",
			mentions: mentions(m{"a", "Eddie Rama", Person}, m{"b", "Edi Rama", Person}, m{"c", "Edi Rama", Person},
				m{"d", "Rama", Person}, m{"e", "Rama", Person}, m{"f", "Rama", Person}),
			want: []string{"Edi Rama|person|Eddie Rama;Edi Rama;Rama"}},
		{name: "TieBrokenDeterministically",
			mentions: mentions(m{"a", "Eddie Rama", Person}, m{"b", "Edi Rama", Person}),
			want:     []string{"Eddie Rama|person|Eddie Rama;Edi Rama"}},
		{name: "DifferentFirstNamesNotMerged",
			mentions: mentions(m{"a", "John Smith", Person}, m{"b", "Joan Smith", Person}),
			want:     []string{"Joan Smith|person|Joan Smith", "John Smith|person|John Smith"}},
		{name: "TypeByMajority",
			mentions: mentions(m{"a", "Reuters", Organization}, m{"b", "Reuters", Other}, m{"c", "Reuters", Organization}),
			want:     []string{"Reuters|organization|Reuters"}},
		{name: "TitleOnlyIsNoEntity",
			mentions: mentions(m{"a", "the prime minister", Person}),
			want:     nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := groups(Resolve(tt.mentions, nil))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Resolve:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestResolveOrderFree shuffles the mentions: the entities stay the same.
func TestResolveOrderFree(t *testing.T) {
	ms := mentions(
		m{"a", "PM Edi Rama", Person}, m{"a", "Edi Rama", Person}, m{"a", "Rama", Person},
		m{"b", "Prime Minister Eddie Rama", Person}, m{"b", "Eddie Rama", Person},
		m{"c", "Mike Pence", Person}, m{"c", "Pence", Person}, m{"d", "Greg Pence", Person}, m{"e", "Pence", Person},
		m{"f", "Mujahideen-e-Khalq", Organization}, m{"g", "Mujahedeen-e-Khalq", Organization},
		m{"h", "United States", Location}, m{"i", "AS", Location}, m{"i", "Watson", Person}, m{"j", "Adrienne Watson", Person})
	ms = append(ms, adjacent("k", "Mujahedeen-e-Khalq", "MEK", " (")...)
	want := Resolve(ms, nil).Entities()
	rng := rand.New(rand.NewSource(1))
	for i := range 20 {
		shuffled := slices.Clone(ms)
		rng.Shuffle(len(shuffled), func(a, b int) { shuffled[a], shuffled[b] = shuffled[b], shuffled[a] })
		if got := Resolve(shuffled, nil).Entities(); !reflect.DeepEqual(got, want) {
			t.Fatalf("shuffle %d: entities differ:\n got %v\nwant %v", i, got, want)
		}
	}
}

func TestEntityIDs(t *testing.T) {
	r := Resolve(mentions(m{"a", "Edi Rama", Person}, m{"a", "Reuters", Organization}), nil)
	for _, e := range r.Entities() {
		if got, want := e.EntityID, dataset.ID("entity", e.Name, e.Type); got != want {
			t.Errorf("%s: id %s, want %s", e.Name, got, want)
		}
	}
}

func TestCanonical(t *testing.T) {
	r := Resolve(mentions(
		m{"a", "Prime Minister Edi Rama", Person}, m{"a", "Edi Rama", Person}, m{"a", "Rama", Person},
		m{"b", "Eddie Rama", Person},
		m{"c", "Mike Pence", Person}, m{"c", "Pence", Person},
		m{"d", "Greg Pence", Person}, m{"d", "Pence", Person},
		m{"e", "Bupati Sukabumi Marwan Hamami", Person}, m{"e", "Sukabumi", Location}, m{"e", "Marwan Hamami", Person},
		m{"f", "Jakarta", Location}, m{"f", "Post", Organization}), nil)
	tests := []struct{ src, s, want string }{
		{"a", "Rama", "Edi Rama"},
		{"b", "Eddie Rama", "Edi Rama"},
		{"b", "Prime Minister Eddie Rama", "Edi Rama"},
		{"x", "PM Edi Rama", "Edi Rama"},
		{"c", "Pence", "Mike Pence"},
		{"d", "Pence", "Greg Pence"},
		{"x", "Adrienne Watson", "Adrienne Watson"},
		{"e", "Sukabumi Marwan Hamami", "Marwan Hamami"},
		{"e", "Marwan", "Marwan Hamami"},
		{"f", "Jakarta Post", "Jakarta Post"},
	}
	for _, tt := range tests {
		t.Run(tt.src+"/"+tt.s, func(t *testing.T) {
			if got := r.Canonical(tt.src, tt.s); got != tt.want {
				t.Errorf("Canonical(%q, %q) = %q, want %q", tt.src, tt.s, got, tt.want)
			}
		})
	}
}

func TestLoadAliases(t *testing.T) {
	tests := []struct {
		file    string
		wantErr string // substring of the error; "" for none
	}{
		{"ok.csv", ""},
		{"missing.csv", ""},
		{"badtype.csv", "badtype.csv:3: unknown type \"organisation\""},
		{"fields.csv", "fields.csv:3: want alias,name[,type], got 1 fields"},
		{"conflict.csv", "conflict.csv:3: alias \"Rama\" already maps to \"Edi Rama\""},
		{"quote.csv", "quote.csv:2"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			_, err := LoadAliases(filepath.Join("testdata", "aliases", tt.file))
			switch {
			case tt.wantErr == "" && err != nil:
				t.Fatalf("LoadAliases: %v", err)
			case tt.wantErr != "" && err == nil:
				t.Fatalf("LoadAliases: no error, want %q", tt.wantErr)
			case tt.wantErr != "" && !strings.Contains(err.Error(), tt.wantErr):
				t.Fatalf("LoadAliases: error %q, want it to contain %q", err, tt.wantErr)
			}
		})
	}
}

func TestResolveWithAliasFile(t *testing.T) {
	a, err := LoadAliases(filepath.Join("testdata", "aliases", "ok.csv"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		mentions []dataset.EntityMention
		want     []string
	}{
		{name: "JoinsAcrossLanguages",
			mentions: mentions(m{"a", "Iranian Foreign Ministry", Organization}, m{"b", "Kementerian Luar Negeri Iran", Organization}),
			want:     []string{"Iranian Foreign Ministry|organization|Iranian Foreign Ministry;Kementerian Luar Negeri Iran"}},
		{name: "NamesTheEntity",
			mentions: mentions(m{"a", "Eddie Rama", Person}, m{"b", "Eddie Rama", Person}, m{"c", "Rama, Edi", Other}),
			want:     []string{"Edi Rama|person|Eddie Rama;Rama, Edi"}},
		{name: "DistinctKeepsApart",
			mentions: mentions(m{"a", "Greg Pence", Person}, m{"a", "Pence", Person}, m{"b", "Mike Pence", Person}),
			want:     []string{"Greg Pence|person|Greg Pence;Pence", "Mike Pence|person|Mike Pence"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := groups(Resolve(tt.mentions, a)); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Resolve:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
	if got, want := Resolve(nil, a).Canonical("x", "Eddie Rama"), "Edi Rama"; got != want {
		t.Errorf("Canonical of an alias never seen = %q, want %q", got, want)
	}
}

// TestResolveDistinctOverridesVariants keeps two spellings apart when the
// alias file says they are different people.
func TestResolveDistinctOverridesVariants(t *testing.T) {
	a, err := parseAliases(strings.NewReader("Eddie Rama,Edi Rama,distinct\n"))
	if err != nil {
		t.Fatal(err)
	}
	got := groups(Resolve(mentions(m{"a", "Eddie Rama", Person}, m{"b", "Edi Rama", Person}), a))
	want := []string{"Eddie Rama|person|Eddie Rama", "Edi Rama|person|Edi Rama"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Resolve:\n got %q\nwant %q", got, want)
	}
}

func TestResolvePrefixed(t *testing.T) {
	tests := []struct {
		name     string
		mentions []dataset.EntityMention
		want     []string
	}{
		{name: "PlaceBeforeName",
			mentions: mentions(m{"a", "Iran Mujahedeen-e-Khalq", Organization}, m{"b", "Mujahedeen-e-Khalq", Organization},
				m{"c", "Mujahedeen-e-Khalq", Organization}),
			want: []string{"Mujahedeen-e-Khalq|organization|Iran Mujahedeen-e-Khalq;Mujahedeen-e-Khalq"}},
		{name: "TwoCountriesStayApart",
			mentions: mentions(m{"a", "Iranian Foreign Ministry", Organization}, m{"b", "Indonesian Foreign Ministry", Organization},
				m{"c", "Foreign Ministry", Organization}),
			want: []string{"Foreign Ministry|organization|Foreign Ministry", "Indonesian Foreign Ministry|organization|Indonesian Foreign Ministry",
				"Iranian Foreign Ministry|organization|Iranian Foreign Ministry"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := groups(Resolve(tt.mentions, nil)); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Resolve:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestCoreName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The United States, a close ally of Albania", "United States"},
		{"Prime Minister Edi Rama", "Edi Rama"},
		{"the prime minister", ""},
		{"its foreign ministry", ""},
		{"Mujahideen-e-Khalq (MEK)", "Mujahideen-e-Khalq"},
		{"  Edi   Rama ", "Edi Rama"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := coreName(tt.in); got != tt.want {
				t.Errorf("coreName(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestResolveTranslations(t *testing.T) {
	tests := []struct {
		name     string
		mentions []dataset.EntityMention
		want     []string
	}{
		{name: "ForeignMinistryAcrossLanguages",
			mentions: mentions(m{"a", "Iranian Foreign Ministry", Organization}, m{"a", "Iranian Foreign Ministry", Organization},
				m{"b", "Kementerian Luar Negeri Iran", Organization}, m{"c", "Foreign Ministry of Iran", Organization}),
			want: []string{"Iranian Foreign Ministry|organization|Foreign Ministry of Iran;Iranian Foreign Ministry;Kementerian Luar Negeri Iran"}},
		{name: "DifferentCountriesStayApart",
			mentions: mentions(m{"a", "Iranian Foreign Ministry", Organization}, m{"b", "Kementerian Luar Negeri Albania", Organization}),
			want:     []string{"Iranian Foreign Ministry|organization|Iranian Foreign Ministry", "Kementerian Luar Negeri Albania|organization|Kementerian Luar Negeri Albania"}},
		{name: "OneConceptIsNotEnough",
			mentions: mentions(m{"a", "Foreign Ministry", Organization}, m{"b", "Kementerian Luar Negeri", Organization}),
			want:     []string{"Foreign Ministry|organization|Foreign Ministry", "Kementerian Luar Negeri|organization|Kementerian Luar Negeri"}},
		{name: "EmbassyWithAmericanPlace",
			mentions: mentions(m{"a", "US Embassy", Organization}, m{"b", "Kedutaan Besar Amerika Serikat", Organization}),
			want:     []string{"Kedutaan Besar Amerika Serikat|organization|Kedutaan Besar Amerika Serikat;US Embassy"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := groups(Resolve(tt.mentions, nil)); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Resolve:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// BenchmarkResolve merges the mentions of 500 articles of 40 mentions
// each, drawn from a pool of people, organisations and places.
func BenchmarkResolve(b *testing.B) {
	first := []string{"Edi", "Eddie", "Mike", "Greg", "Adrienne", "Joko", "Budi", "Siti", "Nasser", "Antony"}
	last := []string{"Rama", "Pence", "Watson", "Widodo", "Santoso", "Nurbaya", "Kanaani", "Blinken", "Sanders", "Kirby"}
	orgs := []string{"Iranian Foreign Ministry", "Kementerian Luar Negeri Iran", "Mujahedeen-e-Khalq", "MEK", "NATO",
		"National Security Council", "PT Wilmar Nabati Indonesia", "Komisi Pemberantasan Korupsi", "KPK", "Reuters"}
	places := []string{"Albania", "Iran", "Tirana", "Tehran", "Amerika Serikat", "United States", "Jakarta"}
	rng := rand.New(rand.NewSource(1))
	var ms []dataset.EntityMention
	for s := range 500 {
		src := fmt.Sprintf("s%03d", s)
		for i := range 40 {
			var text, typ string
			switch i % 4 {
			case 0:
				text, typ = first[rng.Intn(len(first))]+" "+last[rng.Intn(len(last))], Person
			case 1:
				text, typ = last[rng.Intn(len(last))], Person
			case 2:
				text, typ = orgs[rng.Intn(len(orgs))], Organization
			default:
				text, typ = places[rng.Intn(len(places))], Location
			}
			start := int64(i * 40)
			ms = append(ms, dataset.EntityMention{SourceID: src, Start: start, End: start + int64(len([]rune(text))), Text: text, Type: typ})
		}
	}
	b.ResetTimer()
	for b.Loop() {
		Resolve(ms, nil)
	}
}
