package build

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"newsdesk/dataset"
	"newsdesk/dataset/parquet"
)

// seedsDir is the project's seeds folder, found before any test changes
// the working folder.
var seedsDir, _ = filepath.Abs("../../seeds")

// copySeeds copies the project's seeds into dir/seeds.
func copySeeds(t *testing.T, dir string) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(seedsDir, "*"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no seeds in %s: %v", seedsDir, err)
	}
	dst := filepath.Join(dir, "seeds")
	if err := os.MkdirAll(dst, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dst, filepath.Base(f)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// readTree returns every file under dir by relative path.
func readTree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out[rel] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestReproducible builds the seeds twice, from checkouts at different
// absolute paths, with different worker counts and the inputs in reverse
// order, and requires byte-identical outputs.
func TestReproducible(t *testing.T) {
	build := func(root string, workers int, reverse bool) map[string][]byte {
		copySeeds(t, root)
		t.Chdir(root)
		opt := Options{Seeds: "seeds", Out: "out", Workers: workers}
		if reverse {
			opt.permute = func(in []Input) {
				for i, j := 0, len(in)-1; i < j; i, j = i+1, j-1 {
					in[i], in[j] = in[j], in[i]
				}
			}
		}
		if _, err := Run(context.Background(), opt); err != nil {
			t.Fatal(err)
		}
		return readTree(t, filepath.Join(root, "out", "dataset"))
	}
	a := build(t.TempDir(), 1, false)
	b := build(filepath.Join(t.TempDir(), "deeper", "checkout"), 2*runtime.NumCPU()+3, true)
	if len(a) == 0 || len(a) != len(b) {
		t.Fatalf("builds wrote %d and %d files", len(a), len(b))
	}
	for name, ab := range a {
		if !bytes.Equal(ab, b[name]) {
			t.Errorf("%s differs between builds", name)
		}
	}
}

func writeFixture(t *testing.T, dir, name string, b []byte) {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

const sampleArticle = "Albania cuts ties with Iran\n\nTirana (AsiaNews) – Albania severed ties with Iran on Wednesday, Prime Minister Edi Rama said.\n"

// TestExtractorPanic: a bug that panics on one article rejects that
// article with the panic's message; the others are built.
func TestExtractorPanic(t *testing.T) {
	root := t.TempDir()
	seeds := filepath.Join(root, "seeds")
	writeFixture(t, seeds, "good.txt", []byte(sampleArticle))
	writeFixture(t, seeds, "trigger.txt", []byte("# Trigger\n\nThe council met on Monday in Tirana.\n"))
	extractHook = func(d *dataset.Doc) {
		if strings.Contains(d.Source.Text, "council met") {
			panic("index out of range [3] with length 2")
		}
	}
	defer func() { extractHook = nil }()
	res, err := Run(context.Background(), Options{Seeds: seeds, Out: filepath.Join(root, "out"), Log: io.Discard})
	var rej *RejectedError
	if !errors.As(err, &rej) || len(rej.Rejected) != 1 {
		t.Fatalf("Run error = %v, want one rejected file", err)
	}
	if got := rej.Rejected[0]; got.Path != "seeds/trigger.txt" || !strings.Contains(got.Reason, "internal error while extracting (index out of range [3] with length 2)") {
		t.Errorf("rejected = %+v", got)
	}
	if res == nil {
		t.Fatal("no result: the good article was not built")
	}
	tabs, err := parquet.ReadDir(res.Dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(tabs.Sources) != 1 || tabs.Sources[0].Path != "seeds/good.txt" {
		t.Errorf("sources = %v, want only seeds/good.txt", tabs.Sources)
	}
}

// TestBadInput gives each kind of bad article one clear rejection naming
// the file, still builds the good ones, and lists the rejects in
// manifest.json.
func TestBadInput(t *testing.T) {
	root := t.TempDir()
	seeds := filepath.Join(root, "seeds")
	writeFixture(t, seeds, "good.txt", []byte(sampleArticle))
	writeFixture(t, seeds, "sub/also-good.md", []byte("# Another\n\nIran expelled four diplomats in 2018.\n"))
	writeFixture(t, seeds, "empty.txt", nil)
	writeFixture(t, seeds, "blank.txt", []byte(" \n\t\n"))
	writeFixture(t, seeds, "binary.txt", []byte("PK\x03\x04\x00\x00garbage"))
	writeFixture(t, seeds, "latin1.txt", []byte("Tirana \xe9t\xe9 2022"))
	writeFixture(t, seeds, "utf16.txt", []byte("\xff\xfeA\x00l\x00"))
	writeFixture(t, seeds, "good2.txt", []byte(sampleArticle))
	writeFixture(t, seeds, "notes.csv", []byte("not an article"))
	writeFixture(t, seeds, ".hidden.txt", []byte("editor swap file"))
	writeFixture(t, root, "outside.txt", []byte(sampleArticle+"outside"))
	if err := os.Symlink(filepath.Join(root, "outside.txt"), filepath.Join(seeds, "escape.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(seeds, "missing.txt"), filepath.Join(seeds, "broken.txt")); err != nil {
		t.Fatal(err)
	}
	var log bytes.Buffer
	res, err := Run(context.Background(), Options{Seeds: seeds, Out: filepath.Join(root, "out"), Log: &log})
	var rej *RejectedError
	if !errors.As(err, &rej) {
		t.Fatalf("Run error = %v, want a *RejectedError", err)
	}
	want := map[string]string{
		"seeds/empty.txt":  "empty file",
		"seeds/blank.txt":  "empty file",
		"seeds/binary.txt": "binary file (NUL byte at offset 4)",
		"seeds/latin1.txt": "not UTF-8 text (invalid byte at offset 7)",
		"seeds/utf16.txt":  "UTF-16",
		"seeds/good2.txt":  "same bytes as seeds/good.txt",
		"seeds/escape.txt": "symlink leads outside the seeds folder",
		"seeds/broken.txt": "broken symlink",
	}
	got := map[string]string{}
	for _, r := range rej.Rejected {
		got[r.Path] = r.Reason
	}
	for p, reason := range want {
		if !strings.Contains(got[p], reason) {
			t.Errorf("rejection of %s = %q, want it to say %q", p, got[p], reason)
		}
		if !strings.Contains(log.String(), p) {
			t.Errorf("log does not name %s", p)
		}
	}
	if len(got) != len(want) {
		t.Errorf("rejected %d files, want %d: %v", len(got), len(want), got)
	}
	if res == nil {
		t.Fatal("no result: the good articles were not built")
	}
	tabs, err := parquet.ReadDir(res.Dir)
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, s := range tabs.Sources {
		paths = append(paths, s.Path)
	}
	if got, want := strings.Join(paths, " "), "seeds/sub/also-good.md seeds/good.txt"; got != want && got != "seeds/good.txt seeds/sub/also-good.md" {
		t.Errorf("built sources %q, want the two good files", got)
	}
	var m Manifest
	b, err := os.ReadFile(filepath.Join(res.Dir, ManifestName))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	if len(m.Rejected) != len(want) {
		t.Errorf("manifest.json lists %d rejected, want %d", len(m.Rejected), len(want))
	}
}

func TestUnreadableFile(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads files whatever their mode")
	}
	seeds := t.TempDir()
	writeFixture(t, seeds, "good.txt", []byte(sampleArticle))
	writeFixture(t, seeds, "locked.txt", []byte(sampleArticle+" locked"))
	if err := os.Chmod(filepath.Join(seeds, "locked.txt"), 0); err != nil {
		t.Fatal(err)
	}
	_, err := Run(context.Background(), Options{Seeds: seeds, Out: t.TempDir()})
	if err == nil || !strings.Contains(err.Error(), "locked.txt: cannot read") {
		t.Errorf("Run error = %v, want locked.txt rejected as unreadable", err)
	}
}

// TestFailedBuildKeepsOutput: a build that fails (a bad manifest.csv, an
// interruption) leaves the previous good dataset exactly as it was.
func TestFailedBuildKeepsOutput(t *testing.T) {
	root := t.TempDir()
	seeds, out := filepath.Join(root, "seeds"), filepath.Join(root, "out")
	writeFixture(t, seeds, "a.txt", []byte(sampleArticle))
	if _, err := Run(context.Background(), Options{Seeds: seeds, Out: out}); err != nil {
		t.Fatal(err)
	}
	before := readTree(t, filepath.Join(out, "dataset"))
	writeFixture(t, seeds, "b.txt", []byte(sampleArticle+"more"))
	writeFixture(t, seeds, ManifestFile, []byte("path,published\na.txt,2022-13-01\n"))
	_, err := Run(context.Background(), Options{Seeds: seeds, Out: out})
	if err == nil || !strings.Contains(err.Error(), "manifest.csv:2") {
		t.Fatalf("Run with a bad manifest: err = %v, want one naming manifest.csv:2", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	os.Remove(filepath.Join(seeds, ManifestFile))
	if _, err := Run(ctx, Options{Seeds: seeds, Out: out}); !errors.Is(err, context.Canceled) {
		t.Fatalf("interrupted Run: err = %v, want context.Canceled", err)
	}
	after := readTree(t, filepath.Join(out, "dataset"))
	if len(after) != len(before) {
		t.Fatalf("output has %d files, had %d", len(after), len(before))
	}
	for name, b := range before {
		if !bytes.Equal(b, after[name]) {
			t.Errorf("%s changed after a failed build", name)
		}
	}
	leftovers, _ := filepath.Glob(filepath.Join(out, ".dataset-*"))
	if len(leftovers) > 0 {
		t.Errorf("staging folders left behind: %v", leftovers)
	}
}

func TestSpeakerEntities(t *testing.T) {
	quotes := []dataset.Quote{
		{QuoteID: "a", Speaker: dataset.Str("Edi Rama")},
		{QuoteID: "b", Speaker: dataset.Str("Pertanian Bambang Suryadi")},
		{QuoteID: "c", Speaker: dataset.Str("Pertanian Bambang Suryadi")},
		{QuoteID: "d"},
	}
	ents := []dataset.Entity{{EntityID: "x", Name: "Edi Rama", Type: "person"}}
	got := speakerEntities(quotes, ents)
	if len(got) != 1 || got[0].Name != "Pertanian Bambang Suryadi" || got[0].Type != "other" {
		t.Fatalf("speakerEntities = %+v, want one entity of type other for the unknown speaker", got)
	}
	tabs := &dataset.Tables{Quotes: quotes, Entities: append(ents, got...)}
	for _, q := range tabs.Quotes {
		if q.Speaker == nil {
			continue
		}
		found := false
		for _, e := range tabs.Entities {
			found = found || e.Name == *q.Speaker
		}
		if !found {
			t.Errorf("speaker %q has no entity", *q.Speaker)
		}
	}
}
