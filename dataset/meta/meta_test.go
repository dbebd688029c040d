package meta

import (
	"bufio"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var corpora = flag.String("corpora", "", "folder of the development corpora (e.g. /work/shared/corpora); TestCorpus is skipped without it")

func str(p *string) string {
	if p == nil {
		return "<nil>"
	}
	return *p
}

func TestInferTitle(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"HeadlineThenBody", "Albania cuts ties with Iran over cyberattack\n\nTirana (AsiaNews) – Albania has broken off relations.", "Albania cuts ties with Iran over cyberattack"},
		{"AfterDateAndKicker", "09/08/2022, 17.44\nIRAN – ALBANIA\n\nAlbania severs diplomatic relations with Iran\n\nBody text follows here.", "Albania severs diplomatic relations with Iran"},
		{"AfterByline", "By Marcela Ayres\n\nBrazil's central bank holds rates at 10.5%\n\nBody.", "Brazil's central bank holds rates at 10.5%"},
		{"HeadlineWithExclamation", "Trump Kecam Elon Musk Bikin Partai Politik Baru: Konyol!\n\"Menurut saya, mendirikan partai ketiga itu konyol,\" kata Trump.", "Trump Kecam Elon Musk Bikin Partai Politik Baru: Konyol!"},
		{"TwoSentenceHeadline", "Albania is breaking off ties with Iran. Diplomats burned the documents\n\nBody.", "Albania is breaking off ties with Iran. Diplomats burned the documents"},
		{"FirstLineIsBody", "Albania on Wednesday severed diplomatic ties with Iran over an alleged cyberattack.\nThe next paragraph.", "<nil>"},
		{"LongFirstLineWithoutPeriod", "Gunungan uang senilai Rp 13 triliun itu merupakan pengganti kerugian negara dalam perkara tindak pidana korupsi pemberian fasilitas ekspor crude palm oil (CPO) dan turunannya periode 2021-2022. Tepatnya uang itu bernilai Rp 13.255.244.538.149\nBody.", "<nil>"},
		{"DatelineParagraph", "JAKARTA, KOMPAS.com - Pemerintah akan menyalurkan beras\nBody.", "<nil>"},
		{"MarkdownHeading", "# Albania cuts ties with Iran\n\nTirana (AsiaNews) – Albania has broken off relations.", "Albania cuts ties with Iran"},
		{"MarkdownBold", "**Banjir Rendam Jalur Pantura**\nHujan deras mengguyur Semarang.", "Banjir Rendam Jalur Pantura"},
		{"OnlyOneLine", "Albania cuts ties with Iran", "<nil>"},
		{"LowerCaseStart", "iranian state tv reports on the move\n\nBody.", "<nil>"},
		{"TooShort", "Forum\n\nBody.", "<nil>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := str(Infer(tt.text, "").Title), tt.want; got != want {
				t.Errorf("Infer(%.30q…).Title = %q, want %q", tt.text, got, want)
			}
		})
	}
}

func TestInferOutlet(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"AsiaNews", "Title of the story here\n\nTirana (AsiaNews) – Albania has broken off relations.", "AsiaNews"},
		{"ReutersNoPlace", "(Reuters) - Brazil's central bank kept rates unchanged.", "Reuters"},
		{"APWithDate", "WASHINGTON, Sept 8 (AP) — The United States condemned the attack.", "Associated Press"},
		{"Kompas", "JAKARTA, KOMPAS.com - Pemerintah akan menyalurkan beras.", "Kompas.com"},
		{"KompasHeader", "Harga Beras Naik\n\nKompas.com - 12/02/2024, 14:35 WIB\n\nJAKARTA - Pemerintah menyalurkan beras.", "Kompas.com"},
		{"Antara", "Jakarta (ANTARA) - Presiden meresmikan bendungan.", "Antara"},
		{"TempoOutletFirst", "TEMPO.CO, Jakarta - Presiden meresmikan bendungan.", "Tempo.co"},
		{"Liputan6", "Liputan6.com, Jakarta - Harga emas naik.", "Liputan6.com"},
		{"CNNIndonesia", "Jakarta, CNN Indonesia -- Harga emas naik.", "CNN Indonesia"},
		{"PlaceIsNotOutlet", "Semarang, Jawa Tengah - Banjir merendam jalan.", "<nil>"},
		{"UnknownOutletAsWritten", "LAGOS (Premium Times) - Nigeria's senate passed the bill.", "Premium Times"},
		{"DetikSelf", "Hujan deras mengguyur Semarang.\nPantauandetikJatengdi Jalan Kaligawe, banjir menggenang.", "detik.com"},
		{"DetikToldUs", "\"Banjir masih berlanjut,\" kata Rismanto saat dihubungi detikJateng, Rabu (22/10/2025).", "detik.com"},
		{"CitedAgencyIsNotOutlet", "Iranian diplomats burned documents, Reuters reported.\nA witness told Reuters that a man threw papers.", "<nil>"},
		{"CitedAgencyID", "\"Menurut saya konyol,\" kata Trump dilansir kantor berita AFP, Senin (7/7/2025).", "<nil>"},
		{"AgeInParens", "Endang Sulastri (41) - pemilik bar di Legian - dibunuh.", "<nil>"},
		{"KompasLead", "KOMPAS.com - Banjir merendam ratusan rumah di Demak.", "Kompas.com"},
		{"APPlaceCountry", "Typhoon hits the northern Philippines\n\nMANILA, Philippines (AP) — A typhoon hit the north.", "Associated Press"},
		{"ReutersPlaceCountryDate", "HAMBURG, Germany, June 7 (Reuters) - Shipping rates rose.", "Reuters"},
		{"APPlaceState", "PORTLAND, Ore. (AP) — A wildfire forced evacuations.", "Associated Press"},
		{"DateInParens", "Uang diserahkan Senin (20/10/2025) - di gedung Kejagung.", "<nil>"},
		{"ReleaseIssuer", "# NEWS RELEASE: Nurses accept new contract\n\n**Hillcrest Nurses Association — For immediate release — March 12, 2024**\n\nNurses voted on Monday.", "Hillcrest Nurses Association"},
		{"ReleaseIssuerID", "# SIARAN PERS: Serikat tolak tawaran upah\n\n**Serikat Pekerja Pelabuhan Nusantara — Untuk segera diterbitkan — 12 Maret 2024**\n\nSerikat menolak tawaran.", "Serikat Pekerja Pelabuhan Nusantara"},
		{"BylineNameCommaOutlet", "Council approves bus lanes\n\nBy Samuel Okafor, Harbour Daily News\nPublished March 3, 2024\n\nThe council voted.", "Harbour Daily News"},
		{"BylineOlehOutlet", "Banjir rendam Demak\n\nOleh Rudi Hartono, Harian Kompas\n\nBanjir merendam rumah.", "Harian Kompas"},
		{"BylineTwoNamesIsNoOutlet", "Council approves bus lanes\n\nBy Samuel Okafor, Alicia Moreno\n\nThe council voted.", "<nil>"},
		{"PhotoCreditIsNoOutlet", "Minister jailed for graft\n\n*Photo: The minister in court. (JP/Seto Wardhana)*\n\nThe court sentenced him.", "<nil>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := str(Infer(tt.text, "").Outlet), tt.want; got != want {
				t.Errorf("Infer(%.30q…).Outlet = %q, want %q", tt.text, got, want)
			}
		})
	}
}

func TestInferPublished(t *testing.T) {
	tests := []struct{ name, text, want, evidence string }{
		{"Ambiguous", "09/08/2022, 17.44\nIRAN – ALBANIA\n\nAlbania severs ties\n\nOn 15 July a cyberattack hit.", "<nil>", "ambiguous:09/08/2022=2022-08-09|2022-09-08"},
		{"DayAbove12", "14/03/2023, 09.12\n\nTitle here now\n\nBody.", "2023-03-14", "dateline:14/03/2023"},
		{"ResolvedByOtherDateDayFirst", "09/08/2022, 17.44\n\nTitle here now\n\nThe summit, set for 23/07/2022, was cancelled.", "2022-08-09", "dateline:09/08/2022;day-first:23/07/2022"},
		{"ResolvedByOtherDateMonthFirst", "09/08/2022\n\nTitle here now\n\nThe summit, set for 7/23/2022, was cancelled.", "2022-09-08", "dateline:09/08/2022;month-first:7/23/2022"},
		{"OtherFormatIsNoEvidence", "09/08/2022\n\nTitle here now\n\nIt began on 23.07.2022 in Tirana.", "<nil>", "ambiguous:09/08/2022=2022-08-09|2022-09-08"},
		{"ConflictingEvidence", "09/08/2022\n\nTitle here now\n\nSet for 23/07/2022, moved to 7/25/2022.", "<nil>", "ambiguous:09/08/2022=2022-08-09|2022-09-08"},
		{"WeekdayOnLine", "Kamis, 09/08/2022 17:44 WIB\n\nJudul berita di sini\n\nIsi.", "2022-09-08", "dateline:09/08/2022;weekday:kamis"},
		{"WeekdayBeforeOtherDate", "09/08/2022\n\nJudul berita di sini\n\nPolisi menangkap pelaku pada Rabu (3/8/2022) malam.", "2022-08-09", "dateline:09/08/2022;day-first:Rabu 3/8/2022"},
		{"WeekdayFitsBoth", "12/02/2024, 14:35 WIB\n\nJudul berita di sini\n\nKata Arief, Senin (12/2/2024).", "<nil>", "ambiguous:12/02/2024=2024-02-12|2024-12-02"},
		{"SameDayAndMonth", "05/05/2024\n\nTitle here now\n\nBody.", "2024-05-05", "dateline:05/05/2024"},
		{"IndonesianNamedMonth", "Senin, 20 Okt 2025 14:00 WIB\n\nJudul berita di sini\n\nIsi berita.", "2025-10-20", "dateline:20 Okt 2025"},
		{"EnglishMonthDay", "September 8, 2022\n\nTitle here now\n\nBody.", "2022-09-08", "dateline:September 8, 2022"},
		{"PostedOnBy", "Council approves bike lanes\nPosted on March 4, 2024 by Dana Whitfield\n\nBody.", "2024-03-04", "dateline:March 4, 2024"},
		{"KompasHeader", "Judul berita di sini\n\nKompas.com - 13/02/2024, 14:35 WIB\n\nIsi.", "2024-02-13", "dateline:13/02/2024"},
		{"ISO", "Published 2024-03-04 10:00 UTC\n\nTitle here now\n\nBody.", "2024-03-04", "dateline:2024-03-04"},
		{"PublishedBeforeUpdated", "Council approves bus lanes\n\nBy Samuel Okafor, Harbour Daily News\nPublished March 3, 2024\nUpdated March 4, 2024\n\nBody.", "2024-03-03", "dateline:March 3, 2024"},
		{"ImmediateRelease", "# NEWS RELEASE: Nurses accept contract\n\n**Hillcrest Nurses Association — For immediate release — March 12, 2024**\n\nNurses voted on Monday, March 11.", "2024-03-12", "dateline:March 12, 2024"},
		{"SiaranPersUntukSegera", "# SIARAN PERS: Serikat tolak tawaran\n\n**Serikat Pekerja Pelabuhan — Untuk segera diterbitkan — 12 Maret 2024**\n\nSerikat menolak tawaran, Senin (11/3/2024).", "2024-03-12", "dateline:12 Maret 2024"},
		{"IssuerWithoutLeadIsNotHeader", "Council approves bus lanes\n\nThe council met — and voted — March 12, 2024\n\nBody.", "<nil>", "<nil>"},
		{"BodyDateIsNotPublication", "Albania cuts ties with Iran\n\nOn 15 July 2022, a cyberattack hit Albania.", "<nil>", "<nil>"},
		{"DetikEventDateIsNotPublication", "Judul berita di sini\n\nParagraf satu.\nParagraf dua.\nParagraf tiga.\nParagraf empat.\nParagraf lima.\nPenyerahan uang dilakukan di gedung Kejagung, Senin (20/10/2025).", "<nil>", "<nil>"},
		{"WeekdayDateInLead", "Banjir Rendam Ratusan Rumah di Demak\n\nKOMPAS.com - Banjir merendam ratusan rumah.\n\n\"Air naik sejak subuh,\" kata Camat Sayung, Rabu (7/2/2024).\n\nBanjir serupa terjadi pada 12 Maret 2023.", "2024-02-07", "inferred:weekday-date:Rabu (7/2/2024)"},
		{"WeekdayDateLatestInLead", "Judul berita di sini\n\nJakarta - Polisi menangkap pelaku pada Senin (14/8/2023) malam.\n\n\"Pelaku sudah kami tahan,\" kata Kapolsek, Selasa (15/8/2023).", "2023-08-15", "inferred:weekday-date:Selasa (15/8/2023)"},
		{"WeekdayDateScheduledIgnored", "Judul berita di sini\n\nJakarta - Polisi menahan pelaku, Senin (14/8/2023). Sidang akan digelar pada Kamis (17/8/2023).", "2023-08-14", "inferred:weekday-date:Senin (14/8/2023)"},
		{"WeekdayDateWrongWeekday", "Judul berita di sini\n\nJakarta - Polisi menangkap pelaku pada Jumat (14/8/2023) malam.", "<nil>", "<nil>"},
		{"WeekdayDateWithoutYear", "Judul berita di sini\n\nJakarta - Polisi menangkap pelaku pada Senin (14/8) malam.", "<nil>", "<nil>"},
		{"HeaderDateBeatsWeekdayDate", "Senin, 20 Okt 2025 14:00 WIB\n\nJudul berita di sini\n\nJakarta - Uang diserahkan Jumat (17/10/2025).", "2025-10-20", "dateline:20 Okt 2025"},
		{"PostedOnMarkdown", "# Floods: our response\n\n*Posted on 4 March 2024 by the Field Team | 3 min read*\n\nOur teams reached the villages on 2 March 2024.", "2024-03-04", "dateline:4 March 2024"},
		{"UpdatedWithOffset", "Floods cut off villages in Central Java\n\nBy JANE DOE\nUpdated 9:05 AM GMT+7, March 4, 2024\n\nDEMAK, Indonesia (AP) — Floods cut off villages.", "2024-03-04", "dateline:March 4, 2024"},
		{"PublishedBeforeUpdated", "Floods cut off villages in Central Java\nUpdated 5 March 2024 10:00 GMT\nPublished 4 March 2024 08:00 GMT\n\nBody.", "2024-03-04", "dateline:4 March 2024"},
		{"DiterbitkanDiperbarui", "Diterbitkan: Senin, 20 Okt 2025 14:00 WIB | Diperbarui: Selasa, 21 Okt 2025 09:00 WIB\n\nJudul berita di sini\n\nIsi.", "2025-10-20", "dateline:20 Okt 2025"},
		{"UpdatedThenFirstPublishedOnOneLine", "Floods cut off villages in Central Java\nUpdated 5 March 2024 (first published 4 March 2024)\n\nBody.", "2024-03-04", "dateline:4 March 2024"},
		{"DiperbaruiThenDiterbitkanOnOneLine", "Diperbarui 21 Okt 2025 09:00 WIB, diterbitkan 20 Okt 2025 14:00 WIB\n\nJudul berita di sini\n\nIsi.", "2025-10-20", "dateline:20 Okt 2025"},
		{"UpdatedWordInBodyLine", "Prices keep rising in Jakarta\n\nUpdated figures released on 3 May 2022 show prices rising.", "<nil>", "<nil>"},
		{"TitleWithDateIsNotDateLine", "Floods hit Jakarta on 20 October 2025 after heavy rain\n\nBody.", "<nil>", "<nil>"},
		{"InvalidDate", "31/02/2024\n\nTitle here now\n\nBody.", "<nil>", "<nil>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := Infer(tt.text, "")
			got := "<nil>"
			if m.Published != nil {
				got = m.Published.String()
			}
			if got != tt.want {
				t.Errorf("Infer(%.30q…).Published = %s, want %s", tt.text, got, tt.want)
			}
			if got, want := str(m.PublishedEvidence), tt.evidence; got != want {
				t.Errorf("Infer(%.30q…).PublishedEvidence = %q, want %q", tt.text, got, want)
			}
		})
	}
}

func TestByline(t *testing.T) {
	tests := []struct{ name, raw, want string }{
		{"OwnLine", "Brazil's central bank holds rates\n\nBy Marcela Ayres\n\nBody.", "Marcela Ayres"},
		{"CapitalsTwoWriters", "By NINA KARTIKA and EDWARD TAMBUNAN\n\nFloods hit Demak\n\nBody.", "Nina Kartika|Edward Tambunan"},
		{"OlehColon", "Banjir rendam Demak\n\nOleh: Rahmat Hidayat\n\nIsi.", "Rahmat Hidayat"},
		{"Penulis", "Judul berita di sini\n\nPenulis: Dian Anggraini | Editor: Fitria Chusna\n\nIsi.", "Dian Anggraini"},
		{"PenulisKontributor", "Judul berita di sini\n\nPenulis Kontributor Demak, Riska Ayu Lestari | Editor Dita Angga Rusiana\n\nIsi.", "Riska Ayu Lestari"},
		{"OutletAfterComma", "Council approves bus lanes\n\nBy Helen Marsh, Ravenscar Gazette\n\nBody.", "Helen Marsh"},
		{"OutletAfterBar", "Council approves bus lanes\n\nBy Jane Doe | Reuters\n\nBody.", "Jane Doe"},
		{"Markdown", "# Council approves bus lanes\n\n**By Jane Doe**\n\nBody.", "Jane Doe"},
		{"HeaderDateBy", "Council approves bike lanes\nPosted on March 4, 2024 by Dana Whitfield\n\nBody.", "Dana Whitfield"},
		{"ParticleInName", "By Ursula von der Leyen\n\nEurope must act\n\nBody.", "Ursula von der Leyen"},
		{"SentenceIsNoByline", "By the time the polls closed, Rama had won.\n\nBody.", ""},
		{"PenulisanIsNoByline", "Penulisan Sejarah Kota\n\nBuku baru terbit.\n\nIsi.", ""},
		{"LeadAfterByIsNoByline", "Iran's diplomats leave Tirana\n\nBy Friday, the embassy was empty.\n\nBody.", ""},
		{"PlaceAfterName", "Iran's diplomats leave Tirana\n\nBy Jane Doe in Tirana\n\nBody.", "Jane Doe"},
		{"RoleAfterName", "Council approves bus lanes\n\nBy Jane Doe, Staff Writer\n\nBody.", "Jane Doe"},
		{"BodyLineIsNoByline", "Title of the story here\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\nSix.\n\nSeven.\n\nEight.\n\nBy Jane Doe", ""},
		{"NoByline", "Albania cuts ties with Iran\n\nTirana (AsiaNews) – Albania has broken off relations.", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := strings.Join(Byline(tc.raw), "|"); got != tc.want {
				t.Errorf("Byline = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestBylineNames(t *testing.T) {
	tests := []struct{ byline, want string }{
		{"Jane Doe", "Jane Doe"},
		{"By JAMES B. STEWART", "James B. Stewart"},
		{"MATT O'BRIEN", "Matt O'Brien"},
		{"AWR Hawkins", "AWR Hawkins"},
		{"Dr. Susan Berry", "Dr. Susan Berry"},
		{"byYlan Q. Mui", "Ylan Q. Mui"},
		{"Susan Page, @susanpage, USA TODAY", "Susan Page"},
		{"Richard Wolf, and David Jackson, USA TODAY", "Richard Wolf|David Jackson"},
		{"Philip Rucker,Robert Costa", "Philip Rucker|Robert Costa"},
		{"Cameron Knight, The Cincinnati Enquirer", "Cameron Knight"},
		{"Paul Ames, Special for USA TODAY", "Paul Ames"},
		{"By EDUARDO PORTER. Email: eporter@example.com", "Eduardo Porter"},
		{"AFP", "AFP"},
		{"ELECTIONS 2016", ""},
		{"author", ""},
	}
	for _, tc := range tests {
		if got := strings.Join(BylineNames(tc.byline), "|"); got != tc.want {
			t.Errorf("BylineNames(%q) = %q, want %q", tc.byline, got, tc.want)
		}
	}
}

func TestLexiconErrors(t *testing.T) {
	if _, err := parseDates("month\ten\tx\tjan"); err == nil || !strings.Contains(err.Error(), "dates.txt:1") {
		t.Errorf("parseDates(bad number) error = %v", err)
	}
	if _, err := parseOutlets("# c\ndateline\t(Reuters)"); err == nil || !strings.Contains(err.Error(), "outlets.txt:2: the regexp needs a group named outlet") {
		t.Errorf("parseOutlets(no group) error = %v", err)
	}
	if _, err := parseOutlets("self\t("); err == nil || !strings.Contains(err.Error(), "outlets.txt:1") {
		t.Errorf("parseOutlets(bad regexp) error = %v", err)
	}
}

// TestCorpus scores titles and publication dates on MEANTIME, whose texts
// start with the Wikinews headline and a date line ("March 01 , 2008",
// tokenised). Run: go test ./dataset/meta -run Corpus -v -corpora /work/shared/corpora
func TestCorpus(t *testing.T) {
	if *corpora == "" {
		t.Skip("no -corpora folder given")
	}
	f, err := os.Open(filepath.Join(*corpora, "meantime-en", "gold_meantime_en.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	space := regexp.MustCompile(` ([,.;:!?%)'])`)
	var n, titleOK, titleNil, dateOK, dateNil int
	for sc.Scan() {
		var d struct{ Text, Title, Dct string }
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		n++
		text := space.ReplaceAllString(d.Text, "$1")
		m := Infer(text, "en")
		switch {
		case m.Title == nil:
			titleNil++
		case *m.Title == space.ReplaceAllString(d.Title, "$1"):
			titleOK++
		default:
			t.Logf("title %q, want %q", *m.Title, d.Title)
		}
		switch {
		case m.Published == nil:
			dateNil++
			t.Logf("no date in %.60q (evidence %s)", text, str(m.PublishedEvidence))
		case m.Published.String() == d.Dct:
			dateOK++
		default:
			t.Logf("date %s, want %s (%s)", m.Published, d.Dct, str(m.PublishedEvidence))
		}
	}
	t.Logf("MEANTIME en, %d docs: title right %d, none %d, wrong %d; published right %d, none %d, wrong %d",
		n, titleOK, titleNil, n-titleOK-titleNil, dateOK, dateNil, n-dateOK-dateNil)
}

func BenchmarkInfer(b *testing.B) {
	raw, err := os.ReadFile(filepath.Join("..", "clean", "testdata", "clean", "en_catholic_agency", "want.txt"))
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		Infer(string(raw), "en")
	}
}

// FuzzByline: any text gives names that are trimmed, non-empty and
// without a line break, and never panics.
func FuzzByline(f *testing.F) {
	for _, s := range []string{"By Jane Doe\n\nBody.", "BY A and B, The Gazette | x", "Penulis: X | Editor: Y", "byYlan Q. Mui", "Oleh:  ,", "By \u00e9, @x, THE"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		for _, names := range [][]string{Byline(raw), BylineNames(raw)} {
			for _, n := range names {
				if n == "" || strings.TrimSpace(n) != n || strings.ContainsAny(n, "\n\r") {
					t.Fatalf("name %q from %q", n, raw)
				}
			}
		}
	})
}
