package events

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"newsdesk/dataset"
	"newsdesk/dataset/segment"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// newDoc builds a Doc as the pipeline would.
func newDoc(tb testing.TB, id, text, lang string, pub *dataset.Date, evidence string) *dataset.Doc {
	tb.Helper()
	src := dataset.Source{SourceID: id, Path: id, Language: lang, Published: pub, PublishedEvidence: dataset.Str(evidence), Text: text}
	return dataset.NewDoc(src, segment.Rows(id, text, lang))
}

func date(tb testing.TB, s string) *dataset.Date {
	tb.Helper()
	d, err := dataset.ParseDate(s)
	if err != nil {
		tb.Fatal(err)
	}
	return &d
}

// found lists "text=value" for every resolved, non-dateline mention.
func found(ms []Mention) []string {
	var out []string
	for _, m := range ms {
		if m.Dateline {
			continue
		}
		out = append(out, m.Text+"="+m.Value)
	}
	return out
}

func TestFind(t *testing.T) {
	// Thursday 8 September 2022.
	const pub = "2022-09-08"
	tests := []struct {
		name, lang, text string
		want             []string
	}{
		{"FullDateDMY", "en", "The attack happened on 7 September 2022 in Tirana.", []string{"7 September 2022=2022-09-07"}},
		{"FullDateMDY", "en", "The vote was held on September 7, 2022.", []string{"September 7, 2022=2022-09-07"}},
		{"AbbrevMonthNoYear", "en", "Rama spoke on Sept. 7 to reporters.", []string{"Sept. 7=2022-09-07"}},
		{"DayMonthNoYear", "en", "A cyberattack on 15 July shut down services.", []string{"15 July=2022-07-15"}},
		{"MonthDayNoYear", "en", "Rama accused Iran of a July 15 cyberattack.", []string{"July 15=2022-07-15"}},
		{"NearFutureMonthDay", "en", "The new embassy staff arrive on Oct. 2.", []string{"Oct. 2=2022-10-02"}},
		{"MonthAlone", "en", "The attack came in July.", []string{"in July=2022-07"}},
		{"MonthYear", "en", "Albania expelled two diplomats in December 2018.", []string{"December 2018=2018-12"}},
		{"SinceYear", "en", "Relations have been tense since 2014.", []string{"since 2014=2014"}},
		{"Decade", "en", "Albania turned west in the early 1990s.", []string{"the early 1990s=199"}},
		{"YearNotCount", "en", "About 2000 people gathered in the square.", nil},
		{"Weekday", "en", "Albania on Wednesday severed ties with Iran.", []string{"on Wednesday=2022-09-07"}},
		{"WeekdayToday", "en", "The last diplomats left on Thursday.", []string{"on Thursday=2022-09-08"}},
		{"WeekdayFuture", "en", "Parliament will vote on Monday.", []string{"on Monday=2022-09-12"}},
		{"Yesterday", "en", "The prime minister released a video yesterday.", []string{"yesterday=2022-09-07"}},
		{"ThisMorning", "en", "Officials burnt documents this morning.", []string{"this morning=2022-09-08"}},
		{"LastWeek", "en", "The ministry was warned last week.", []string{"last week=2022-W35"}},
		{"FuzzyMonth", "en", "Tirana announced it in mid-July.", []string{"in mid-July=2022-07"}},
		{"LateMonth", "en", "A statement followed in late July.", []string{"in late July=2022-07"}},
		{"MonthLater", "en", "The summit was held on 23 July 2022. A month later, it was cancelled.", []string{"23 July 2022=2022-07-23", "A month later=2022-08"}},
		{"DaysAfterEvent", "en", "The cyberattack hit on 15 July. A few days after the cyberattack, hackers leaked data.", []string{"15 July=2022-07-15", "A few days after the cyberattack=2022-07-18"}},
		{"DayBefore", "en", "The vote was on 7 September 2022. Protesters gathered the day before.", []string{"7 September 2022=2022-09-07", "the day before=2022-09-06"}},
		{"LastWeekday", "en", "He left last Thursday.", []string{"last Thursday=2022-09-01"}},
		{"YearsAgo", "en", "The group arrived two years ago.", []string{"two years ago=2020"}},
		{"Range", "en", "Staff worked from Wednesday to Thursday.", []string{"from Wednesday=2022-09-07", "to Thursday=2022-09-08"}},
		{"NumericDayFirstWhenForced", "en", "The deal was signed on 25/03/2019.", []string{"25/03/2019=2019-03-25"}},
		{"Dateline", "en", "09/08/2022, 17.44\nAlbania cuts ties with Iran.", nil},
		{"DatelineCity", "en", "TIRANA, Sept. 8 (Reuters) - Albania cut ties.\nIt did so on Wednesday.", []string{"on Wednesday=2022-09-07"}},
		{"Now", "en", "Iran is now isolated.", []string{"now=PRESENT_REF"}},
		{"DaysAfterNumberedEvent", "en", "A 5.6 magnitude earthquake struck on Monday. Two days after a 5.6 magnitude earthquake shook the town, teams handed out tents.", []string{"on Monday=2022-09-05", "Two days after a 5.6 magnitude earthquake=2022-09-07"}},
		{"UpdatedStamp", "en", "Quake kills 162\nUpdated 4:12 PM GMT+7, September 7, 2022\nThe quake struck on Monday.", []string{"on Monday=2022-09-05"}},
		{"IDStamp", "id", "Gempa Cianjur\nDiperbarui 7 September 2022, 16.12 WIB\nGempa terjadi pada hari Senin.", []string{"pada hari Senin=2022-09-05"}},
		{"SaidWeekdayQuoteFuture", "en", "\"We will concentrate on our core business,\" Gerstner said on Monday.", []string{"on Monday=2022-09-05"}},
		{"IDKataWeekday", "id", "\"Kami akan membangun kembali rumah warga,\" kata Presiden pada hari Senin.", []string{"pada hari Senin=2022-09-05"}},
		{"UntilDeadline", "en", "The relatives have been given until 9 a.m. Monday to sign the paper.", []string{"Monday=2022-09-12"}},
		{"UntilPastEnd", "en", "The talks lasted until Monday.", []string{"until Monday=2022-09-05"}},
		{"IDHinggaTenggat", "id", "Warga diberi waktu hingga Senin untuk mengosongkan rumah.", []string{"hingga Senin=2022-09-12"}},
		{"LastMay", "en", "The treaty the two presidents signed last May took effect.", []string{"last May=2022-05"}},
		{"FarFutureCue", "en", "Weber is expected to sign the contract with the club on Friday.", []string{"on Friday=2022-09-09"}},
		{"AsSoonAs", "en", "The group could be ready to leave as soon as Monday, Castro said.", []string{"Monday=2022-09-12"}},
		{"MonthPastWithoutCue", "en", "The fund bought the company in December for $25 billion.", []string{"in December=2021-12"}},
		{"MonthFutureDeadline", "en", "The ministry wants the law passed by November.", []string{"by November=2022-11"}},
		{"ThatYear", "en", "She fled in June 2018 and returned later that year.", []string{"June 2018=2018-06", "that year=2018"}},
		{"TheFullYear", "en", "For the full year, sales rose 13%.", []string{"the full year=2022"}},
		{"YearEnd", "en", "The bank expects to close the deal by year-end.", []string{"year-end=2022"}},
		{"OverTheWeekend", "en", "Officials confirmed the report over the weekend.", []string{"over the weekend=2022-W35-WE"}},
		{"SpelledYear", "en", "In nineteen ninety-six a bomb shook the games.", []string{"nineteen ninety-six=1996"}},
		{"MonthSpelledYear", "en", "January nineteen ninety-seven. Atlanta again.", []string{"January nineteen ninety-seven=1997-01"}},
		{"SeasonSpelledYear", "en", "Prices fell in the winter of nineteen ninety-four.", []string{"the winter of nineteen ninety-four=1994-WI"}},
		{"Thanksgiving", "en", "Elian was found on Thanksgiving Day clinging to an inner tube.", []string{"Thanksgiving Day=2021-11-25"}},
		{"ElectionDayAhead", "en", "Violence will be a theme of the campaign from now to Election Day.", []string{"now=PRESENT_REF", "Election Day=2022-11-08"}},
		{"IDHariKemerdekaan", "id", "Upacara digelar pada Hari Kemerdekaan.", []string{"Hari Kemerdekaan=2022-08-17"}},
		{"TheNineties", "en", "Hate groups dwindled through the nineties.", []string{"the nineties=199"}},
		{"DecadeAgoYear", "en", "A decade ago the three were still in the Soviet bloc.", []string{"A decade ago=2012"}},
		{"PossessiveYear", "en", "The loss goes into the company's 2021 operating results.", []string{"2021=2021"}},
		{"ModelYear", "en", "Kopp's 1987 Chevrolet was found in Newark.", nil},
		{"YearsEnd", "en", "Rules should be in place by year's end.", []string{"year's end=2022"}},
		{"AheadOfWeekend", "en", "Traders squared positions ahead of the weekend.", []string{"ahead of the weekend=2022-W36-WE"}},
		{"UntilThen", "en", "Rights end on Nov. 30. Until then, the stock stays convertible.", []string{"Nov. 30=2022-11-30", "Until then=2022-11-30"}},
		{"LaterInTheDay", "en", "She lands in Nairobi later in the day.", []string{"later in the day=2022-09-08"}},
		{"EarlySummer", "en", "Orders grew from the low levels of the early summer.", []string{"the early summer=2022-SU"}},
		{"IDHinggaSaatItu", "id", "Hak konversi berakhir 30 November. Hingga saat itu, saham tetap dapat dikonversi.", []string{"30 November=2022-11-30", "Hingga saat itu=2022-11-30"}},
		{"SpaceBeforeComma", "en", "Boeing had been suspended since July 24 , 2003 after violating federal law.", []string{"July 24 , 2003=2003-07-24"}},
		{"PastDecade", "en", "It was the third leave in the past decade.", []string{"the past decade=201"}},
		{"ShouldBeFutureMonth", "en", "The transaction should be completed in October.", []string{"in October=2022-10"}},
		{"SpelledNotYear", "en", "Two thousand people marched.", nil},

		{"IDFullDate", "id", "Jepang menyerah pada tanggal 15 Agustus 1945.", []string{"tanggal 15 Agustus 1945=1945-08-15"}},
		{"IDDayMonth", "id", "Pada 15 Juli, serangan siber menutup layanan pemerintah.", []string{"15 Juli=2022-07-15"}},
		{"IDHariRabu", "id", "PM Edi Rama hari Rabu mengatakan ada bukti.", []string{"hari Rabu=2022-09-07"}},
		{"IDWeekdayAlone", "id", "Para staf diberi waktu hingga Kamis tengah hari.", []string{"hingga Kamis tengah hari=2022-09-08"}},
		{"IDWeekdayWithDate", "id", "Sidang digelar Senin (20/10/2025) di Jakarta.", []string{"Senin (20/10/2025)=2025-10-20"}},
		{"IDKemarin", "id", "Menteri kemarin membantah tuduhan itu.", []string{"kemarin=2022-09-07"}},
		{"IDPekanLalu", "id", "Kedutaan ditutup pekan lalu.", []string{"pekan lalu=2022-W35"}},
		{"IDMingguLalu", "id", "Kedutaan ditutup minggu lalu.", []string{"minggu lalu=2022-W35"}},
		{"IDAwalJuli", "id", "Serangan terjadi awal Juli.", []string{"awal Juli=2022-07"}},
		{"IDAkhirTahun", "id", "Pemilu digelar akhir 2026.", []string{"akhir 2026=2026"}},
		{"IDSejak", "id", "Hubungan tegang sejak 2014.", []string{"sejak 2014=2014"}},
		{"IDRange", "id", "Pergerakan berlangsung dari Rabu hingga Kamis.", []string{"dari Rabu=2022-09-07", "hingga Kamis=2022-09-08"}},
		{"IDAgo", "id", "Ia tiba 3 minggu yang lalu.", []string{"3 minggu yang lalu=2022-W33"}},
		{"IDSebulan", "id", "Kantor itu dibuka sebulan yang lalu.", []string{"sebulan yang lalu=2022-08"}},
		{"IDNumericDayFirst", "id", "Kesepakatan diteken 09/08/2022 di Tirana.", []string{"09/08/2022=2022-08-09"}},
		{"IDMinggu", "id", "Upacara digelar hari Minggu.", []string{"hari Minggu=2022-09-04"}},
		{"IDDateLalu", "id", "Ia tiba 8 September lalu.", []string{"8 September=2022-09-08"}},
		{"IDDuaHariLalu", "id", "Kapal itu tenggelam dua hari lalu.", []string{"dua hari lalu=2022-09-06"}},
		{"IDBulanDepan", "id", "Pemilu digelar bulan depan.", []string{"bulan depan=2022-10"}},
		{"IDCount", "id", "Sekitar 3.000 anggota MEK tinggal di sana.", nil},
		{"IDFutureCueFar", "id", "Presiden rencananya meresmikan bendungan baru itu pada hari Jumat.", []string{"pada hari Jumat=2022-09-09"}},
		{"IDBulanTanpaPenanda", "id", "Perusahaan itu dibeli pada bulan Desember.", []string{"pada bulan Desember=2021-12"}},
		{"YearRangeBetween", "en", "He took bribes between 2019 and 2021, prosecutors said.", []string{"between 2019 and 2021=2019/2021"}},
		{"YearRangeFromTo", "en", "The mill was closed from 1998 to 2003.", []string{"from 1998 to 2003=1998/2003"}},
		{"YearRangeDash", "en", "Output fell in 2015-2017.", []string{"in 2015-2017=2015/2017"}},
		{"YearsAndNotRange", "en", "Elections were held in 2014 and 2019.", []string{"in 2014=2014", "2019=2019"}},
		{"IDYearRangeHingga", "id", "Ia menerima suap selama 2019 hingga 2021.", []string{"selama 2019 hingga 2021=2019/2021"}},
		{"InYearsAfterNegation", "en", "Dockers have not had a real raise in four years, the union said.", nil},
		{"InYearsFirstTime", "en", "Exports rose for the first time in three years.", nil},
		{"InYearsAhead", "en", "The new terminal will open in two years.", []string{"in two years=2024"}},
		{"InYearsPerfectThenFuture", "en", "The company has said it will close the plant in two years.", []string{"in two years=2024"}},
		{"TodayInName", "en", "Sign up for our daily newsletter, The Jakarta Post Today, to get the news.", nil},
		{"CopyrightLine", "en", "The strike goes on.\nCOPYRIGHT © ANTARA 2024", nil},
		{"ReleaseLine", "en", "For immediate release — October 4, 2023\nThe union called a rally.", nil},
		{"ReleaseLineAfterName", "en", "**Harbour Workers' Union — For immediate release — October 4, 2023**\nThe union called a rally.", nil},
		{"IDSiaranPersAfterName", "id", "Serikat Buruh Pelabuhan | Siaran Pers | 4 Oktober 2023\nSerikat menggelar aksi.", nil},
		{"IDBelumDalamTahun", "id", "Upah buruh pelabuhan belum naik dalam empat tahun.", nil},
		{"IDHakCipta", "id", "Mogok berlanjut.\nHak cipta © Kompas 2024", nil},
		{"IDYearRangeAntara", "id", "Kerugian terjadi antara tahun 2016 dan 2018.", []string{"antara tahun 2016 dan 2018=2016/2018"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDoc(t, "s", tt.text, tt.lang, date(t, pub), "manifest")
			ms := Find(d)
			for _, m := range ms {
				if got, want := d.Span(m.Start, m.End), m.Text; got != want {
					t.Errorf("span %d:%d = %q, Text %q", m.Start, m.End, got, want)
				}
			}
			if got, want := found(ms), tt.want; !reflect.DeepEqual(got, want) {
				t.Errorf("Find(%q) = %q, want %q", tt.text, got, want)
			}
		})
	}
}

func TestFindType(t *testing.T) {
	tests := []struct{ name, lang, text, want string }{
		{"Severance", "en", "Albania on Wednesday severed diplomatic ties with Iran.", "severance"},
		{"Cyberattack", "en", "On 15 July, a cyberattack shut down government websites.", "cyberattack"},
		{"Expulsion", "en", "Albania expelled two Iranian diplomats in December 2018.", "expulsion"},
		{"Other", "en", "The weather was fine on Monday.", "other"},
		{"IDSerangan", "id", "Pada 15 Juli, serangan siber menutup layanan pemerintah Albania.", "cyberattack"},
		{"IDMemutuskan", "id", "Albania memutuskan hubungan dengan Iran pada hari Rabu.", "severance"},
		{"IDMengusir", "id", "Albania mengusir dua diplomat Iran pada 2020.", "expulsion"},
		{"Earthquake", "en", "A 5.6 magnitude earthquake struck West Java on Monday, the agency said.", "earthquake"},
		{"IDGempa", "id", "Gempa bermagnitudo 5,6 mengguncang Cianjur pada hari Senin, menurut BMKG.", "earthquake"},
		{"IDGempaSusulan", "id", "Hingga Selasa pagi telah terjadi 62 kali gempa susulan.", "aftershock"},
		{"ProtestOverSaid", "en", "About 15,000 people protested in Warsaw on Sunday, police said.", "protest"},
		{"NewsConference", "en", "Suharyanto told a news conference Tuesday that 268 people had died.", "briefing"},
		{"IDKonferensiPers", "id", "Dalam konferensi pers Selasa (22/11/2022), Suharyanto menyebut korban tewas 268 orang.", "briefing"},
		{"ControlVerb", "en", "Albania agreed to accept members of the MEK in 2013.", "arrival"},
		{"IDControlVerb", "id", "Albania sepakat untuk menampung anggota MEK pada 2013.", "arrival"},
		{"IDMeninjau", "id", "Presiden Joko Widodo meninjau Cianjur pada hari Selasa.", "meeting"},
		{"ControlAroundTime", "en", "Borussia Dortmund agreed on Wednesday to sell Jonas Weber to Real Madrid.", "sale"},
		{"DecisionToTakeIn", "en", "Relations soured after Tirana's decision to take in 3,000 MEK members in 2014.", "arrival"},
		{"Vote", "en", "Parliament voted on Friday to approve the bill.", "election"},
		{"VerdictOverSaid", "en", "A court on Thursday sentenced the former governor to nine years in prison, the judge said.", "verdict"},
		{"Convicted", "en", "The mayor was convicted on Monday of taking bribes, his lawyer said.", "verdict"},
		{"IDDivonis", "id", "Mantan bupati itu divonis sembilan tahun penjara pada Kamis, kata pengacaranya.", "verdict"},
		{"IDMenjatuhkanHukuman", "id", "Majelis hakim pada Kamis menjatuhkan hukuman sembilan tahun penjara kepada mantan bupati itu.", "verdict"},
		{"IDTuntutan", "id", "Sebelumnya jaksa menuntut mantan bupati itu dihukum 12 tahun penjara pada Senin (5/9).", "demand"},
		{"AcceptRefugees", "en", "Germany accepted 1,000 refugees in 2015.", "arrival"},
		{"AcceptBribesNotArrival", "en", "The official accepted bribes in 2015, prosecutors said.", "bribery"},
		{"IDMenerimaPengungsi", "id", "Jerman menerima ribuan pengungsi pada 2015.", "arrival"},
		{"IDMenerimaUangNotArrival", "id", "Pejabat itu menerima uang dari kontraktor pada 2015.", "other"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := Find(newDoc(t, "s", tt.text, tt.lang, date(t, "2022-09-08"), "manifest"))
			if len(ms) != 1 {
				t.Fatalf("Find(%q) found %d mentions, want 1", tt.text, len(ms))
			}
			if got, want := ms[0].Type, tt.want; got != want {
				t.Errorf("type of %q = %q, want %q", tt.text, got, want)
			}
		})
	}
}

// story is a small corpus: an attack and a vote on the same day, reported
// in English and Indonesian, and an arrival dated two ways.
func story(t testing.TB) []*dataset.Doc {
	return []*dataset.Doc{
		newDoc(t, "a", "Albania on Wednesday severed diplomatic ties with Iran. The MEK members arrived in Albania in 2014.", "en", date(t, "2022-09-08"), "manifest"),
		newDoc(t, "b", "Albania memutuskan hubungan diplomatik dengan Iran hari Rabu. Anggota MEK tiba di Albania pada 2014.", "id", date(t, "2022-09-08"), "manifest"),
		newDoc(t, "c", "Albania severed ties with Iran on 7 September. Parliament in Kosovo held a vote on 7 September on its budget. The MEK members arrived in Albania in 2013.", "en", nil, "ambiguous:09/08/2022=2022-08-09|2022-09-08"),
	}
}

func buildAll(docs []*dataset.Doc) Output {
	ms := make([][]Mention, len(docs))
	for i, d := range docs {
		ms[i] = Find(d)
	}
	return Build(docs, ms, nil)
}

func TestBuild(t *testing.T) {
	out := buildAll(story(t))
	t.Run("AnchorFromAmbiguous", func(t *testing.T) {
		a, ok := out.Anchors["c"]
		if !ok {
			t.Fatal("no anchor for source c")
		}
		if got, want := a.Date.String(), "2022-09-08"; got != want {
			t.Errorf("anchor = %s, want %s", got, want)
		}
		if got, want := a.Evidence, "inferred:story-anchor(2022-09-08) from ambiguous 09/08/2022"; got != want {
			t.Errorf("evidence = %q, want %q", got, want)
		}
	})
	byDate := map[string][]dataset.Event{}
	for _, e := range out.Events {
		byDate[e.Date.String()] = append(byDate[e.Date.String()], e)
	}
	t.Run("SameHappeningAcrossLanguages", func(t *testing.T) {
		var sev []dataset.Event
		for _, e := range byDate["2022-09-07"] {
			if e.Type == "severance" {
				sev = append(sev, e)
			}
		}
		if len(sev) != 1 {
			t.Fatalf("severance events on 2022-09-07 = %v, want one", sev)
		}
		if got, want := sev[0].NSources, int32(3); got != want {
			t.Errorf("n_sources = %d, want %d", got, want)
		}
	})
	t.Run("DifferentHappeningSameDay", func(t *testing.T) {
		if got, want := len(byDate["2022-09-07"]), 2; got != want {
			t.Errorf("events on 2022-09-07 = %v, want %d", byDate["2022-09-07"], want)
		}
	})
	t.Run("DateConflict", func(t *testing.T) {
		if len(out.Conflicts) != 1 {
			t.Fatalf("conflicts = %v, want one", out.Conflicts)
		}
		c := out.Conflicts[0]
		if got, want := strings.Join(c.Values, ","), "2013,2014"; got != want {
			t.Errorf("values = %s, want %s", got, want)
		}
		if got, want := strings.Join(c.SourceIDs, ",")+"/"+strings.Join(c.SourceValues, ","), "a,b,c/2014,2014,2013"; got != want {
			t.Errorf("sources/values = %s, want %s", got, want)
		}
		if c.Kind != dataset.ConflictDate || c.EventID == nil {
			t.Errorf("conflict %+v: want kind date with an event", c)
		}
	})
	t.Run("RowsSliceText", func(t *testing.T) {
		docs := map[string]*dataset.Doc{}
		for _, d := range story(t) {
			docs[d.Source.SourceID] = d
		}
		seen := map[string]bool{}
		for _, m := range out.Mentions {
			d := docs[m.SourceID]
			if got := d.Span(m.Start, m.End); got != m.TimeText {
				t.Errorf("%s %d:%d slices %q, time_text %q", m.SourceID, m.Start, m.End, got, m.TimeText)
			}
			if got, want := m.SentenceID, d.SentenceAt(m.Start); got != want {
				t.Errorf("sentence_id %d, want %d", got, want)
			}
			k := fmt.Sprint(m.EventID, m.SourceID, m.Start)
			if seen[k] {
				t.Errorf("duplicate key %s", k)
			}
			seen[k] = true
		}
	})
}

// TestBuildStoryWide: a quake told with different places and names in
// three articles, two languages, one of them only as the base of an
// offset (two days after the earthquake), is one event with all three.
func TestBuildStoryWide(t *testing.T) {
	docs := []*dataset.Doc{
		newDoc(t, "a", "A 5.6 magnitude earthquake struck Sukaraja in West Java on Monday, killing 162 people.", "en", date(t, "2022-11-22"), "manifest"),
		newDoc(t, "b", "Menurut BMKG, gempa terjadi pada hari Senin pukul 13.21 WIB di Cianjur.", "id", date(t, "2022-11-22"), "manifest"),
		newDoc(t, "c", "Two days after a 5.6 magnitude earthquake shook the region, Oxfam teams handed out tents.", "en", date(t, "2022-11-23"), "manifest"),
	}
	out := buildAll(docs)
	var quake []dataset.Event
	for _, e := range out.Events {
		if e.Type == "earthquake" {
			quake = append(quake, e)
		}
	}
	if len(quake) != 1 {
		t.Fatalf("earthquake events = %+v, want one", quake)
	}
	if got, want := quake[0].Date.String(), "2022-11-21"; got != want {
		t.Errorf("date = %s, want %s", got, want)
	}
	if got, want := quake[0].NSources, int32(3); got != want {
		t.Errorf("n_sources = %d, want %d", got, want)
	}
	relief := false
	for _, m := range out.Mentions {
		if m.SourceID == "c" && m.Date.String() == "2022-11-23" {
			relief = true
		}
	}
	if !relief {
		t.Errorf("no mention of source c dated 2022-11-23 (the relief, two days after): %+v", out.Mentions)
	}
}

// TestBuildOrderIndependent shuffles docs and mentions: the output must
// not change.
func TestBuildOrderIndependent(t *testing.T) {
	docs := story(t)
	want := buildAll(docs)
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 5; i++ {
		d := append([]*dataset.Doc(nil), docs...)
		r.Shuffle(len(d), func(a, b int) { d[a], d[b] = d[b], d[a] })
		ms := make([][]Mention, len(d))
		for k := range d {
			ms[k] = Find(d[k])
			r.Shuffle(len(ms[k]), func(a, b int) { ms[k][a], ms[k][b] = ms[k][b], ms[k][a] })
		}
		got := Build(d, ms, nil)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("shuffle %d: output differs:\n got %+v\nwant %+v", i, got.Events, want.Events)
		}
	}
}

// TestArticles runs Find and Build over the fixture articles and compares
// with the golden file (go test -update rewrites it).
func TestArticles(t *testing.T) {
	files, err := filepath.Glob("testdata/articles/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	var docs []*dataset.Doc
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lang := "en"
		if strings.HasPrefix(filepath.Base(f), "id_") {
			lang = "id"
		}
		docs = append(docs, newDoc(t, filepath.Base(f), string(b), lang, date(t, "2025-10-16"), "manifest"))
	}
	out := buildAll(docs)
	var b strings.Builder
	label := map[string]string{}
	for _, e := range out.Events {
		label[e.EventID] = fmt.Sprintf("%s %s %s %q n=%d", e.Date, e.Precision, e.Type, e.Label, e.NSources)
	}
	for _, m := range out.Mentions {
		fmt.Fprintf(&b, "%s\t%q\t%s\t%s\t%s\n", m.SourceID, m.TimeText, m.Value, m.Precision, label[m.EventID])
	}
	golden := "testdata/articles.golden"
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("cannot read %s (run go test -update): %v", golden, err)
	}
	if got := b.String(); got != string(want) {
		t.Errorf("output differs from %s:\n%s", golden, got)
	}
}

func TestIsDemonym(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"Iranian", true}, {"German", true}, {"Japanese", true}, {"Polish", true},
		{"Iran", false}, {"Germany", false}, {"Bild", false}, {"Edi Rama", false}, {"Albanian Police", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := isDemonym(tt.name), tt.want; got != want {
				t.Errorf("isDemonym(%q) = %v, want %v", tt.name, got, want)
			}
		})
	}
}

// TestBuildOneRowPerExpression: an expression that dates two readings in
// one cluster ("two hours after the shooting" dates the shooting and the
// moment after it) gives one event_mentions row per event, so that the
// table's key (event_id, source_id, start) stays unique.
func TestBuildOneRowPerExpression(t *testing.T) {
	texts := map[string]string{
		"en": "Gunman kills two at accounting firm\n\nA former employee opened fire at an accounting firm in Troy, killing two partners. He had been dismissed last week, the police said.\nOfficers described a chaotic scene immediately after the shooting.\nAbout two hours after the shooting, officers received a tip from a motorist in Flint.\n",
		"id": "Mantan karyawan tembak dua orang\n\nSeorang mantan karyawan menembaki kantor akuntan di Troy, menewaskan dua orang. Ia dipecat pekan lalu, kata polisi.\nPolisi menggambarkan suasana kacau segera setelah penembakan itu.\nSekitar dua jam setelah penembakan itu, polisi menerima laporan dari seorang pengendara di Flint.\n",
	}
	for lang, text := range texts {
		t.Run(lang, func(t *testing.T) {
			docs := []*dataset.Doc{
				newDoc(t, "a-"+lang, text, lang, date(t, "2022-03-07"), "manifest"),
			}
			ms := [][]Mention{Find(docs[0])}
			out := Build(docs, ms, nil)
			seen := map[string]bool{}
			for _, m := range out.Mentions {
				k := fmt.Sprintf("%s/%s/%d", m.EventID, m.SourceID, m.Start)
				if seen[k] {
					t.Errorf("two event_mentions rows for %q at %d in %s", m.TimeText, m.Start, m.SourceID)
				}
				seen[k] = true
			}
			if len(out.Mentions) == 0 {
				t.Fatal("no event mentions")
			}
		})
	}
}

func TestBuildYearRangeAcrossSources(t *testing.T) {
	docs := []*dataset.Doc{
		newDoc(t, "en", "Prosecutors said the former governor had taken bribes between 2019 and 2021.", "en", date(t, "2024-03-14"), "manifest"),
		newDoc(t, "id", "Menurut jaksa, Hendra menerima suap selama 2019 hingga 2021.", "id", date(t, "2024-03-14"), "manifest"),
	}
	out := buildAll(docs)
	if got, want := len(out.Events), 1; got != want {
		t.Fatalf("events = %d, want %d: %+v", got, want, out.Events)
	}
	ev := out.Events[0]
	if got, want := ev.NSources, int32(2); got != want {
		t.Errorf("n_sources = %d, want %d", got, want)
	}
	if got, want := ev.Date.String()+" "+ev.Precision, "2019-01-01 year"; got != want {
		t.Errorf("date = %s, want %s", got, want)
	}
	for _, m := range out.Mentions {
		if got, want := m.Value, "2019/2021"; got != want {
			t.Errorf("value of %q = %q, want %q", m.TimeText, got, want)
		}
	}
}

// TestBuildConflictWithUntypedMention: a cluster that an untyped mention
// joined ("take in, at US request, some 3,000 members" has no arrival
// object right after its verb) still takes part in date conflicts.
func TestBuildConflictWithUntypedMention(t *testing.T) {
	pub := date(t, "2022-09-08")
	docs := []*dataset.Doc{
		newDoc(t, "a", "At the request of Washington, Albania agreed to accept members of the MEK in 2013.\n", "en", pub, "manifest"),
		newDoc(t, "b", "Relations have been strained since 2014, when Albania harbored nearly 3,000 members of the MEK.\n", "en", pub, "manifest"),
		newDoc(t, "c", "Relations have deteriorated since 2014, following Albania's decision to take in, at US request, some 3,000 members of the MEK.\n", "en", pub, "manifest"),
		newDoc(t, "d", "Hubungan tegang sejak 2014 ketika Albania menampung sekitar 3.000 anggota MEK.\n", "id", pub, "manifest"),
	}
	ms := make([][]Mention, len(docs))
	for i, d := range docs {
		ms[i] = Find(d)
	}
	out := Build(docs, ms, nil)
	var dates []dataset.Conflict
	for _, c := range out.Conflicts {
		if c.Kind == dataset.ConflictDate {
			dates = append(dates, c)
		}
	}
	if len(dates) != 1 {
		t.Fatalf("got %d date conflicts, want 1 (2013 vs 2014): %+v\nevents %+v\nmentions %+v", len(dates), out.Conflicts, out.Events, out.Mentions)
	}
	if got, want := strings.Join(dates[0].Values, ","), "2013,2014"; got != want {
		t.Errorf("values = %s, want %s", got, want)
	}
}
