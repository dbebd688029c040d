package clean

import (
	"bufio"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

var (
	update  = flag.Bool("update", false, "rewrite testdata/clean/*/want.txt from the current output")
	corpora = flag.String("corpora", "", "folder of the development corpora (e.g. /work/shared/corpora); TestCorpus is skipped without it")
)

// TestCorpus lists the lines the rules remove from PolNeAR's 1,000
// political news articles: body text with little boilerplate left, so
// every removed line is either a true find or a false positive to fix.
// Run: go test ./dataset/clean -run Corpus -v -corpora /work/shared/corpora
func TestCorpus(t *testing.T) {
	if *corpora == "" {
		t.Skip("no -corpora folder given")
	}
	f, err := os.Open(filepath.Join(*corpora, "polnear", "gold_polnear_traindev.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	seen := map[string]bool{}
	var lines, removed int
	for sc.Scan() {
		var d struct{ Doc_id, Text string }
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		if seen[d.Doc_id] {
			continue
		}
		seen[d.Doc_id] = true
		kept := map[string]bool{}
		for _, l := range strings.Split(Text(d.Text), "\n") {
			kept[strings.TrimSpace(l)] = true
		}
		for _, l := range strings.Split(norm.NFC.String(d.Text), "\n") {
			lines++
			if l := strings.TrimSpace(l); l != "" && !kept[l] {
				removed++
				t.Logf("%s: removed %q", d.Doc_id, l)
			}
		}
	}
	t.Logf("PolNeAR: %d articles, %d lines, %d removed", len(seen), lines, removed)
}

// TestText runs every fixture in testdata/clean/<case>/: in.txt cleaned
// must equal want.txt.
func TestText(t *testing.T) {
	dirs, err := filepath.Glob("testdata/clean/*")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no fixtures in testdata/clean: %v", err)
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			in := readFile(t, filepath.Join(dir, "in.txt"))
			got := Text(in)
			wantPath := filepath.Join(dir, "want.txt")
			if *update {
				if err := os.WriteFile(wantPath, []byte(got+"\n"), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want := strings.TrimSuffix(readFile(t, wantPath), "\n")
			if got != want {
				t.Errorf("Text(%s) differs from want.txt:\n%s", dir, lineDiff(want, got))
			}
		})
	}
}

// TestTextKeepsLines checks the invariant behind every fixture: each line
// of the output is a line of the input, unchanged (suffix rules aside).
func TestTextKeepsLines(t *testing.T) {
	dirs, _ := filepath.Glob("testdata/clean/*")
	for _, dir := range dirs {
		in := Text(readFile(t, filepath.Join(dir, "in.txt"))) // NFC, \n
		raw := readFile(t, filepath.Join(dir, "in.txt"))
		lines := map[string]bool{}
		for _, l := range strings.Split(raw, "\n") {
			lines[l] = true
		}
		for _, l := range strings.Split(in, "\n") {
			if l != "" && !lines[l] && !suffixCut(raw, l) {
				t.Errorf("%s: output line %q is not an input line", dir, l)
			}
		}
	}
}

func suffixCut(raw, l string) bool {
	for _, in := range strings.Split(raw, "\n") {
		if strings.HasPrefix(in, l) {
			for _, r := range Rules {
				if r.Kind == Suffix && r.Re.MatchString(in[len(l):]) {
					return true
				}
			}
		}
	}
	return false
}

func TestTextNormalises(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"CRLF", "One line.\r\nTwo line.\r\n", "One line.\nTwo line."},
		{"CR", "One.\rTwo.", "One.\nTwo."},
		{"NFC", "Durre\u0300s cafe\u0301", "Durrès café"},
		{"BOM", "\uFEFFTitle\n\nBody.", "Title\n\nBody."},
		{"BlankRuns", "A.\n\n\n\n  \nB.", "A.\n\nB."},
		{"KeepsTrailingSpaces", "as “baseless”.  \nNext.", "as “baseless”.  \nNext."},
		{"DuplicateLine", "Lead sentence.\n\nLead sentence.\n\nBody.", "Lead sentence.\n\nBody."},
		{"RemovedLineInsideParagraph", "A.\nADVERTISEMENT\nB.", "A.\nB."},
		{"Empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := Text(tt.in), tt.want; got != want {
				t.Errorf("Text(%q) = %q, want %q", tt.in, got, want)
			}
		})
	}
}

// TestTextLines checks single lines against the embedded rules: the
// boilerplate goes, the body line that looks like it stays.
func TestTextLines(t *testing.T) {
	tests := []struct {
		name, line string
		drop       bool
	}{
		{"BylineCaps", "By NINA KARTIKA and EDWARD TAMBUNAN", true},
		{"BylineParticle", "By Ludwig van der Berg and Ana dos Santos", true},
		{"BylineOutlet", "By Jane Doe | Reuters", true},
		{"BylineIndonesian", "Oleh: Rahmat Hidayat", true},
		{"BodyStartingWithBy", "By Monday evening, the river had risen two metres.", false},
		{"BodyStartingWithOleh", "Oleh karena itu, warga diminta mengungsi.", false},
		{"Contributor", "Associated Press writer Zarar Khan in Islamabad contributed to this report.", true},
		{"ContributorStory", "Alex Isenstadt contributed to this story.", true},
		{"ContributedInBody", "Remittances contributed to the growth of the region's economy.", false},
		{"ReutersStandards", "Our Standards: The Thomson Reuters Trust Principles.", true},
		{"Separator", "___", true},
		{"SeparatorStars", "* * *", true},
		{"ShareLabel", "Share this post: Facebook | Twitter | WhatsApp | Email", true},
		{"ShareLabelID", "Bagikan: Facebook | WhatsApp | Telegram", true},
		{"DonateButton", "[Donate now](https://example.org/donate)", true},
		{"LinkInSentence", "The [full report](https://example.org/r) lists 42 villages.", false},
		{"ReadingTime", "4 min read", true},
		{"ReadingTimeID", "Waktu baca 3 menit", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := "Body one.\n" + tt.line + "\nBody two."
			want := in
			if tt.drop {
				want = "Body one.\nBody two."
			}
			if got := Text(in); got != want {
				t.Errorf("Text(%q) = %q, want %q", in, got, want)
			}
		})
	}
}

func TestApplyKinds(t *testing.T) {
	rules, err := ParseRules("test.txt", strings.Join([]string{
		"# drop ads", "line\tAD",
		"# drop related lists", "block\tRelated",
		"# drop comments", "tail\tComments",
		"# drop the footer word", "end\tFooter",
		"# cut editor initials", "suffix\t \\[[a-z]+\\]",
		"# drop the help section", "section\tHow to help",
	}, "\n"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, in, want string }{
		{"Line", "A.\nAD\nB.", "A.\nB."},
		{"LineWholeLineOnly", "AD campaign began.", "AD campaign began."},
		{"BlockToBlankLine", "A.\n\nRelated\nOther story 01/02/2020\nMore 03/04/2021\n\nB.", "A.\n\nB."},
		{"BlockListOverBlankLines", "A.\n\nRelated\n\nOther story\n01/02/2020\n\nMore news today\n03/04/2021 15:14\n\nB.", "A.\n\nB."},
		{"BlockStopsAtSentence", "A.\n\nRelated\nOther story\n\nThe talks, he said, will go on.\nC.", "A.\n\nThe talks, he said, will go on.\nC."},
		{"BlockStopsAtLongLine", "Related\n\n" + strings.Repeat("word ", 40) + "\n\nB.", strings.Repeat("word ", 40) + "\n\nB."},
		{"Tail", "A.\n\nComments\nNice!\n\nReally.", "A."},
		{"EndAtEnd", "A.\nFooter\n\n", "A."},
		{"EndInsideKept", "A.\nFooter\nB.", "A.\nFooter\nB."},
		{"EndBeforeDropped", "A.\nFooter\nAD", "A."},
		{"Suffix", "Last words. [ab]\nNext.", "Last words.\nNext."},
		{"SectionToSameLevel", "A.\n\n## How to help\n\nGive $5.\n\n### More ways\n\nCall us.\n\n## Next steps\n\nB.", "A.\n\n## Next steps\n\nB."},
		{"SectionToHigherLevel", "## How to help\nGive $5.\n# Background\nB.", "# Background\nB."},
		{"SectionToEnd", "A.\n\n# How to help\n\nGive $5.\n\n## Details\n\nCall us.", "A."},
		{"SectionPlainLineIsBlock", "A.\n\nHow to help\nGive $5\n\nB.", "A.\n\nB."},
		{"MarkdownBold", "A.\n**Related**\nOther story\n\nB.", "A.\n\nB."},
		{"MarkdownHeading", "A.\n\n### AD\n\nB.", "A.\n\nB."},
		{"MarkdownBullet", "A.\n- AD\n- ADS\nB.", "A.\n- ADS\nB."},
		{"MarkdownInsideLineIsNotStripped", "A.\nAD **now**\nB.", "A.\nAD **now**\nB."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := Apply(rules, tt.in), tt.want; got != want {
				t.Errorf("Apply(%q) = %q, want %q", tt.in, got, want)
			}
		})
	}
}

func TestParseRulesErrors(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"NoComment", "line\tAD", "x.txt:1: rule has no # comment"},
		{"UnknownKind", "# c\npara\tAD", "x.txt:2: want KIND<TAB>REGEXP"},
		{"NoTab", "# c\nline AD", "x.txt:2: want KIND<TAB>REGEXP"},
		{"BadRegexp", "# c\nline\t(AD", "x.txt:2: error parsing regexp"},
		{"CommentResetByBlankLine", "# c\n\nline\tAD", "x.txt:3: rule has no # comment"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseRules("x.txt", tt.src)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("ParseRules(%q) error = %v, want it to contain %q", tt.src, err, tt.want)
			}
		})
	}
}

func TestEmbeddedRules(t *testing.T) {
	if got := len(Rules); got < 30 {
		t.Errorf("len(Rules) = %d, want the embedded files' 30+ rules", got)
	}
	for _, r := range Rules {
		if r.Comment == "" {
			t.Errorf("%s: rule without comment", r.Where)
		}
		if r.Re.MatchString("") && r.Kind != Suffix {
			t.Errorf("%s: rule matches an empty line", r.Where)
		}
	}
}

func BenchmarkClean(b *testing.B) {
	for _, name := range []string{"en_catholic_agency", "en_wire", "id_kompas", "id_detik"} {
		raw := readFile(b, filepath.Join("testdata", "clean", name, "in.txt"))
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(raw)))
			for b.Loop() {
				Text(raw)
			}
		})
	}
}

func readFile(tb testing.TB, path string) string {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// lineDiff lists the lines only in want (-) and only in got (+).
func lineDiff(want, got string) string {
	in := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, l := range strings.Split(s, "\n") {
			m[l] = true
		}
		return m
	}
	w, g := in(want), in(got)
	var b strings.Builder
	for _, l := range strings.Split(want, "\n") {
		if !g[l] {
			b.WriteString("- " + l + "\n")
		}
	}
	for _, l := range strings.Split(got, "\n") {
		if !w[l] {
			b.WriteString("+ " + l + "\n")
		}
	}
	return b.String()
}

// FuzzText checks that cleaning is idempotent and never invents a line.
func FuzzText(f *testing.F) {
	for _, s := range []string{"A.\nADVERTISEMENT\nB.", "Title\n\nSee also\nX 01/02/2020\n\nBody. [ab/cd]\nForum", "Leave a Reply\nx", "\r\n\r\n", "Send to a friend", "# T\n\n## How you can help\nGive.\n### More\n## Next\n**Related posts**\n- A\n\nB | 4 min read*\n___"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		got := Text(raw)
		if again := Text(got); again != got {
			t.Fatalf("Text not idempotent: %q → %q → %q", raw, got, again)
		}
	})
}
