package lang

import (
	"bufio"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var corpora = flag.String("corpora", "", "folder of the development corpora (e.g. /work/shared/corpora); TestCorpus is skipped without it")

func TestDetect(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"English", "Albania on Wednesday severed diplomatic ties with Iran over an alleged cyberattack against the government this summer, as Washington vowed to hold Tehran accountable.", "en"},
		{"Indonesian", "Pemerintah akan menyalurkan 1,5 juta ton beras cadangan ke pasar untuk menekan harga yang terus naik dalam sebulan terakhir, kata Kepala Badan Pangan Nasional.", "id"},
		{"IndonesianWithEnglishQuote", "Presiden mengatakan bahwa pemerintah akan terus bekerja keras untuk menyelamatkan kekayaan negara dari korupsi.\nIa menambahkan bahwa kejaksaan harus mengoreksi diri dan tidak melakukan kriminalisasi.\n\"We will not back down,\" katanya.\nPernyataan itu disampaikan di gedung utama Kejaksaan Agung, Jakarta Selatan, pada hari Senin.", "id"},
		{"French", "Le gouvernement albanais a rompu mercredi ses relations diplomatiques avec l'Iran, qu'il accuse d'être à l'origine d'une cyberattaque massive contre ses services publics.", "fr"},
		{"TooShort", "Tirana, Albania", Und},
		{"Empty", "", Und},
		{"Numbers", "12/02/2024 14:35 — 1.500.000 — 3,000 — 2.5%", Und},
		{"HalfAndHalf", "The council voted on Monday night to approve protected bike lanes along Main Street after months of debate.\nDewan kota menyetujui jalur sepeda baru di Jalan Utama pada Senin malam setelah perdebatan berbulan-bulan.", Und},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, _ := Detect(tt.text); got != tt.want {
				t.Errorf("Detect(%.40q…) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestDetectConfidence(t *testing.T) {
	code, conf := Detect("Hubungan antara Iran dan Albania telah tegang sejak 2014 ketika Albania menampung sekitar 3.000 anggota kelompok oposisi Iran yang telah meninggalkan Irak.")
	if code != "id" || conf <= 0.5 || conf > 1 {
		t.Errorf("Detect(Indonesian paragraph) = %q, %v; want id with confidence in (0.5, 1]", code, conf)
	}
	if _, conf := Detect("short"); conf != 0 {
		t.Errorf("Detect(short) confidence = %v, want 0", conf)
	}
}

func TestParseLanguages(t *testing.T) {
	if _, err := parseLanguages("eng en\nxyz xy # not a code\n"); err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("parseLanguages(bad code) error = %v, want one naming line 2", err)
	}
	m, err := parseLanguages(languagesTxt)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(m), 37; got != want {
		t.Errorf("languages.txt has %d languages, want %d", got, want)
	}
}

// TestCorpus measures accuracy on idner-news-2k sentences (id) and PolNeAR
// articles (en). Run: go test ./dataset/lang -run Corpus -v -corpora /work/shared/corpora
func TestCorpus(t *testing.T) {
	if *corpora == "" {
		t.Skip("no -corpora folder given")
	}
	var ids []string
	for _, f := range []string{"dev.txt", "test.txt"} {
		ids = append(ids, conllSentences(t, filepath.Join(*corpora, "idner-news-2k", f))...)
	}
	var idTexts []string // ten sentences a text, one per line, like a short article
	for i := 0; i+10 <= len(ids); i += 10 {
		idTexts = append(idTexts, strings.Join(ids[i:i+10], "\n"))
	}
	var paras, docs []string
	f, err := os.Open(filepath.Join(*corpora, "polnear", "gold_polnear_traindev.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	seen := map[string]bool{}
	for sc.Scan() {
		var d struct{ Doc_id, Text string }
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		if seen[d.Doc_id] {
			continue
		}
		seen[d.Doc_id] = true
		docs = append(docs, d.Text)
		for _, p := range strings.Split(d.Text, "\n") {
			if len(p) > 80 {
				paras = append(paras, p)
			}
		}
	}
	for _, set := range []struct {
		name, want string
		texts      []string
	}{{"idner-news-2k sentences", "id", ids}, {"idner-news-2k 10-line texts", "id", idTexts}, {"polnear paragraphs >80 bytes", "en", paras}, {"polnear articles", "en", docs}} {
		ok, und := 0, 0
		wrong := map[string]int{}
		for _, s := range set.texts {
			switch got, _ := Detect(s); got {
			case set.want:
				ok++
			case Und:
				und++
			default:
				wrong[got]++
			}
		}
		n := float64(len(set.texts))
		t.Logf("%-30s n=%5d  right %.3f  und %.3f  wrong %.3f %v", set.name, len(set.texts), float64(ok)/n, float64(und)/n, float64(len(set.texts)-ok-und)/n, wrong)
	}
}

func conllSentences(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out, toks []string
	for _, line := range strings.Split(string(b)+"\n", "\n") {
		if f := strings.Fields(line); len(f) > 0 {
			toks = append(toks, f[0])
		} else if len(toks) > 0 {
			out = append(out, strings.Join(toks, " "))
			toks = nil
		}
	}
	return out
}

func BenchmarkDetect(b *testing.B) {
	for _, name := range []string{"en_catholic_agency", "id_kompas"} {
		raw, err := os.ReadFile(filepath.Join("..", "clean", "testdata", "clean", name, "want.txt"))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(raw)))
			for b.Loop() {
				Detect(string(raw))
			}
		})
	}
}
