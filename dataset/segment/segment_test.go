package segment

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/clipperhouse/uax29/v2/sentences"
)

var update = flag.Bool("update", false, "rewrite testdata/segment/*/want.txt from the current output")

// TestSentencesGolden segments testdata/segment/<case>/in.txt (language
// from the case name's prefix) and compares with want.txt: one sentence a
// line, Go-quoted so that spaces and line ends show.
func TestSentencesGolden(t *testing.T) {
	dirs, err := filepath.Glob("testdata/segment/*")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no fixtures in testdata/segment: %v", err)
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			in, err := os.ReadFile(filepath.Join(dir, "in.txt"))
			if err != nil {
				t.Fatal(err)
			}
			lang, _, _ := strings.Cut(filepath.Base(dir), "_")
			var b strings.Builder
			for _, s := range split(string(in), lang) {
				fmt.Fprintf(&b, "%q\n", s)
			}
			got := b.String()
			wantPath := filepath.Join(dir, "want.txt")
			if *update {
				if err := os.WriteFile(wantPath, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(wantPath)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("sentences of %s differ from want.txt:\ngot:\n%s", dir, got)
			}
		})
	}
}

var corpora = flag.String("corpora", "", "folder of the development corpora (e.g. /work/shared/corpora); TestCorpus is skipped without it")

func split(text, lang string) []string {
	r := []rune(text)
	var out []string
	for _, s := range Sentences(text, lang) {
		out = append(out, string(r[s.Start:s.End]))
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, lang, text string
		want             []string
	}{
		{"Plain", "en", "Albania cut ties. Iran denied it.", []string{"Albania cut ties. ", "Iran denied it."}},
		{"USBeforeName", "en", "The U.S. President spoke. He left.", []string{"The U.S. President spoke. ", "He left."}},
		{"USAtEndBeforeStarter", "en", "It is a U.S. ally. The talks ended.", []string{"It is a U.S. ally. ", "The talks ended."}},
		{"USSentenceEnd", "en", "They flew to the U.S. The talks ended.", []string{"They flew to the U.S. ", "The talks ended."}},
		{"Titles", "en", "Dr. Smith met Mr. Jones and Gov. Abbott on Sept. 8. They talked.", []string{"Dr. Smith met Mr. Jones and Gov. Abbott on Sept. 8. ", "They talked."}},
		{"PluralTitles", "en", "He attacked his rivals, particularly Govs. Jeb Bush and Chris Christie. Sens. Ted Cruz and Rand Paul agreed.", []string{"He attacked his rivals, particularly Govs. Jeb Bush and Chris Christie. ", "Sens. Ted Cruz and Rand Paul agreed."}},
		{"No", "en", "He lives at No. 10 Downing Street. Nobody else.", []string{"He lives at No. 10 Downing Street. ", "Nobody else."}},
		{"Initials", "en", "George W. Bush and J.K. Rowling spoke. Both left.", []string{"George W. Bush and J.K. Rowling spoke. ", "Both left."}},
		{"PM", "en", "It starts at 5 p.m. Thursday in Tirana. Crowds came.", []string{"It starts at 5 p.m. Thursday in Tirana. ", "Crowds came."}},
		{"PMEnd", "en", "It starts at 5 p.m. The hall opens early.", []string{"It starts at 5 p.m. ", "The hall opens early."}},
		{"JrEndsSentence", "en", "He met Martin Luther King Jr. The crowd cheered.", []string{"He met Martin Luther King Jr. ", "The crowd cheered."}},
		{"JrInside", "en", "Ferdinand Marcos Jr. Said nothing.", []string{"Ferdinand Marcos Jr. Said nothing."}},
		{"StreetEnd", "en", "The office is on Main St. It opened in May.", []string{"The office is on Main St. ", "It opened in May."}},
		{"StName", "en", "He flew to St. Louis on Monday.", []string{"He flew to St. Louis on Monday."}},
		{"Decimal", "en", "Growth was 2.5 percent. Prices rose 3.2%.", []string{"Growth was 2.5 percent. ", "Prices rose 3.2%."}},
		{"QuoteCommaSaid", "en", "“The council has decided to sever relations with immediate effect,” Rama said. Iran objected.", []string{"“The council has decided to sever relations with immediate effect,” Rama said. ", "Iran objected."}},
		{"QuoteAfterPeriod", "en", "It was “a rash act.” Iran said so.", []string{"It was “a rash act.” ", "Iran said so."}},
		{"QuoteSpansSentences", "en", "“The attack failed. The damage was minimal,” he said.", []string{"“The attack failed. ", "The damage was minimal,” he said."}},
		{"QuestionThenLower", "en", "\"Where is he?\" she asked. Nobody knew.", []string{"\"Where is he?\" she asked. ", "Nobody knew."}},
		{"Exclamation", "en", "Jeb! was better. Trump won.", []string{"Jeb! was better. ", "Trump won."}},
		{"Ellipsis", "en", "We will see... and wait. Then go.", []string{"We will see... and wait. ", "Then go."}},
		{"ParagraphBreak", "en", "Albania cuts ties with Iran\n\nTirana (AsiaNews) – Albania has broken off relations.", []string{"Albania cuts ties with Iran\n\n", "Tirana (AsiaNews) – Albania has broken off relations."}},
		{"LineBreakAfterAbbr", "en", "Talks with the U.S.\nThe end.", []string{"Talks with the U.S.\n", "The end."}},
		{"TrailingSpaces", "en", "As “baseless”.  \nNext one.", []string{"As “baseless”.  \n", "Next one."}},
		{"Glued", "id", "menuduh negara produsen minyak sebagai biang keladi kebuntuan.Menurutnya, proses diblokir.", []string{"menuduh negara produsen minyak sebagai biang keladi kebuntuan.", "Menurutnya, proses diblokir."}},
		{"Jl", "id", "Rumahnya di Jl. Sudirman No. 5 terendam. Warga mengungsi.", []string{"Rumahnya di Jl. Sudirman No. 5 terendam. ", "Warga mengungsi."}},
		{"Bpk", "id", "Bpk. Ahmad dan dr. Siti hadir. Mereka pulang.", []string{"Bpk. Ahmad dan dr. Siti hadir. ", "Mereka pulang."}},
		{"Dll", "id", "Ia membeli beras, gula, dll. Harga naik.", []string{"Ia membeli beras, gula, dll. ", "Harga naik."}},
		{"DllLower", "id", "Ia membeli beras, gula, dll. untuk dijual.", []string{"Ia membeli beras, gula, dll. untuk dijual."}},
		{"TbkInside", "id", "Saham PT Bank Central Asia Tbk. (BBCA) naik 2 persen.", []string{"Saham PT Bank Central Asia Tbk. (BBCA) naik 2 persen."}},
		{"TbkStarter", "id", "Saham dibeli PT Bank Central Asia Tbk. Namun harga turun.", []string{"Saham dibeli PT Bank Central Asia Tbk. ", "Namun harga turun."}},
		{"Thousands", "id", "Sekitar 3.000 anggota datang. Harga Rp 13.500 per kilogram.", []string{"Sekitar 3.000 anggota datang. ", "Harga Rp 13.500 per kilogram."}},
		{"DecimalComma", "id", "Naik 2,5 persen. Turun 1,2 juta.", []string{"Naik 2,5 persen. ", "Turun 1,2 juta."}},
		{"KataAfterExclamation", "id", "\"Konyol!\" kata Trump. Musk diam.", []string{"\"Konyol!\" kata Trump. ", "Musk diam."}},
		{"QuoteKata", "id", "\"Rp 13 T ini kita bisa memperbaiki 8.000 sekolah lebih,\" ujarnya. Selain itu, ada desa.", []string{"\"Rp 13 T ini kita bisa memperbaiki 8.000 sekolah lebih,\" ujarnya. ", "Selain itu, ada desa."}},
		{"AS", "id", "PM Edi Rama hari Rabu berbicara. A.S. mendukung langkah Albania.", []string{"PM Edi Rama hari Rabu berbicara. ", "A.S. mendukung langkah Albania."}},
		{"DateInParens", "id", "Uang diserahkan Senin (20/10/2025). Uang itu besar.", []string{"Uang diserahkan Senin (20/10/2025). ", "Uang itu besar."}},
		{"UnknownLanguageUsesUnion", "fr", "Le Dr. Martin est venu. Il est parti.", []string{"Le Dr. Martin est venu. ", "Il est parti."}},
		{"Empty", "en", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := split(tt.text, tt.lang)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
				t.Errorf("Sentences(%q)\n got  %q\n want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestSentencesTile checks the contract on the cleaned fixtures of the
// clean package: spans start at 0, follow each other, end at the length.
func TestSentencesTile(t *testing.T) {
	files, _ := filepath.Glob("../clean/testdata/clean/*/want.txt")
	files = append(files, "") // the empty text
	for _, f := range files {
		text := ""
		if f != "" {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			text = string(b)
		}
		for _, lang := range []string{"en", "id", "und"} {
			var pos int64
			for i, s := range Sentences(text, lang) {
				if s.Start != pos || s.End <= s.Start {
					t.Fatalf("%s (%s): span %d = %v, want start %d and end > start", f, lang, i, s, pos)
				}
				pos = s.End
			}
			if got, want := pos, int64(utf8.RuneCountInString(text)); got != want {
				t.Errorf("%s (%s): spans end at %d, want %d", f, lang, got, want)
			}
		}
	}
}

func TestParseLexiconErrors(t *testing.T) {
	for _, src := range []string{"noun\tDr.", "title", "title\t", "title\tDr. Mr."} {
		if _, err := ParseLexicon("x.txt", src); err == nil || !strings.Contains(err.Error(), "abbrev/x.txt:1") {
			t.Errorf("ParseLexicon(%q) error = %v, want one naming abbrev/x.txt:1", src, err)
		}
	}
}

// TestCorpus measures boundary precision and recall against MEANTIME,
// whose texts have one sentence per line (tokens joined by spaces, so
// "U.S. ." and "“ quote ”" appear as tokens). Each line is detokenized
// (quotes curled, spaces before punctuation removed), lines are joined
// with a space and the gold boundaries are the line ends. Run:
// go test ./dataset/segment -run Corpus -v -corpora /work/shared/corpora
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
	var tp, fp, fn int
	var shown int
	for sc.Scan() {
		var d struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSpace(d.Text), "\n")
		if len(lines) < 3 {
			continue
		}
		lines = lines[2:] // title and date lines have no final punctuation
		gold := map[int64]bool{}
		var pos int64
		for i, l := range lines {
			lines[i] = detokenize(l)
		}
		for _, l := range lines[:len(lines)-1] {
			pos += int64(utf8.RuneCountInString(l)) + 1
			gold[pos] = true
		}
		text := strings.Join(lines, " ")
		r := []rune(text)
		spans := Sentences(text, "en")
		if *baseline {
			spans = uaxOnly(text)
		}
		for _, s := range spans[:len(spans)-1] {
			if gold[s.End] {
				tp++
				delete(gold, s.End)
			} else {
				fp++
				if shown < 8 && testing.Verbose() {
					t.Logf("false break: …%s|%s…", string(r[max(0, int(s.End)-40):s.End]), string(r[s.End:min(len(r), int(s.End)+20)]))
					shown++
				}
			}
		}
		fn += len(gold)
	}
	p := float64(tp) / float64(tp+fp)
	rc := float64(tp) / float64(tp+fn)
	t.Logf("MEANTIME en sentence boundaries: tp=%d fp=%d fn=%d  P=%.3f R=%.3f F1=%.3f", tp, fp, fn, p, rc, 2*p*rc/(p+rc))
}

var baseline = flag.Bool("baseline", false, "TestCorpus: score plain UAX #29 boundaries instead")

func uaxOnly(text string) []Span {
	var bounds []int
	it := sentences.FromString(text)
	for it.Next() {
		bounds = append(bounds, it.End())
	}
	return toSpans(text, bounds)
}

var (
	spaceBefore = regexp.MustCompile(` ([.,;:!?%)\]”]|'s\b|n't\b)`)
	spaceAfter  = regexp.MustCompile(`([(\[“$]) `)
)

func detokenize(s string) string {
	s = strings.ReplaceAll(s, "``", "“")
	s = strings.ReplaceAll(s, "''", "”")
	s = spaceBefore.ReplaceAllString(s, "$1")
	return spaceAfter.ReplaceAllString(s, "$1")
}

func BenchmarkSegment(b *testing.B) {
	for _, c := range []struct{ name, lang string }{{"en_catholic_agency", "en"}, {"id_kompas", "id"}} {
		raw, err := os.ReadFile(filepath.Join("..", "clean", "testdata", "clean", c.name, "want.txt"))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(raw)))
			for b.Loop() {
				Sentences(string(raw), c.lang)
			}
		})
	}
}

// FuzzSentences checks that the spans tile any text.
func FuzzSentences(f *testing.F) {
	for _, s := range []string{"Dr. Smith left. He cried!", "“Konyol!” kata Trump.\n\nA.S. dan U.S. pergi", "kebuntuan.Menurutnya", " \n\n .", "3.000. anggota"} {
		f.Add(s, "en")
		f.Add(s, "id")
	}
	f.Fuzz(func(t *testing.T, text, lang string) {
		if !utf8.ValidString(text) {
			t.Skip()
		}
		var pos int64
		for i, s := range Sentences(text, lang) {
			if s.Start != pos || s.End <= s.Start {
				t.Fatalf("span %d = %v, want start %d and end > start", i, s, pos)
			}
			pos = s.End
		}
		if got, want := pos, int64(utf8.RuneCountInString(text)); got != want {
			t.Fatalf("spans end at %d, want %d", got, want)
		}
	})
}
