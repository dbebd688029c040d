package eval

import (
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"newsdesk/dataset"
	"newsdesk/dataset/build"
	"newsdesk/dataset/parquet"
)

// Stories scores the quotes of the held-out stories in dir (a folder of
// story folders, dataset/build/testdata/stories): each story that has a
// key.tsv, written by a reviewer who did not see the code, is built with
// the real pipeline and its quotes table compared with the key. Key
// columns: file, kind (direct, partial, indirect), the quoted words as in
// the article, the speaker's fullest name (NONE when the article names
// nobody), a note. A key line is found when a quote of the same family
// (direct or partial; indirect) in that file overlaps it by at least half
// of the shorter span; its speaker is right when the last words of the
// names agree (NONE wants no speaker). Extra direct or partial quotes are
// those matching no key line; those on a title or scare quote listed in
// nonquotes.tsv are counted apart too.
//
// The stories need no corpora: they are part of the repository.
func Stories(ctx context.Context, dir string, w io.Writer) error {
	keys, err := filepath.Glob(filepath.Join(dir, "*", "key.tsv"))
	if err != nil {
		return err
	}
	if len(keys) == 0 {
		fmt.Fprintf(w, "   skipped: no story with a key.tsv in %s\n", dir)
		return nil
	}
	sort.Strings(keys)
	var total storyScore
	for _, k := range keys {
		if err := ctx.Err(); err != nil {
			return err
		}
		s, err := scoreStory(ctx, filepath.Dir(k))
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "   %-10s %s\n", filepath.Base(filepath.Dir(k)), s)
		total.add(s)
	}
	fmt.Fprintf(w, "   %-10s %s\n", "all", total)
	return nil
}

type storyScore struct {
	keys, found             int // key lines, of them found
	directKeys, directFound int // direct and partial key lines
	indKeys, indFound       int // indirect key lines
	spkOK                   int // found key lines with the right speaker
	extra                   int // direct or partial quotes matching no key line
	titles                  int // of them, a title or scare quote listed in nonquotes.tsv
	predicted               int // direct or partial quotes predicted
}

func (s *storyScore) add(o storyScore) {
	s.keys += o.keys
	s.found += o.found
	s.directKeys += o.directKeys
	s.directFound += o.directFound
	s.indKeys += o.indKeys
	s.indFound += o.indFound
	s.spkOK += o.spkOK
	s.extra += o.extra
	s.titles += o.titles
	s.predicted += o.predicted
}

func (s storyScore) String() string {
	return fmt.Sprintf("direct+partial R %5.1f P %5.1f (%d/%d, %d extra, %d of them titles)  indirect R %5.1f (%d/%d)  speaker %5.1f%% (%d/%d found)",
		pct(s.directFound, s.directKeys), pct(s.predicted-s.extra, s.predicted), s.directFound, s.directKeys, s.extra, s.titles,
		pct(s.indFound, s.indKeys), s.indFound, s.indKeys, pct(s.spkOK, s.found), s.spkOK, s.found)
}

type keyLine struct {
	file, kind, text, speaker string
}

func readTSV(p string, minFields int) ([][]string, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma, r.LazyQuotes, r.FieldsPerRecord = '\t', true, -1
	rows, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", p, err)
	}
	var out [][]string
	for i, row := range rows {
		if i == 0 {
			continue // header
		}
		if len(row) < minFields {
			return nil, fmt.Errorf("%s:%d: want at least %d tab-separated fields, got %d", p, i+1, minFields, len(row))
		}
		out = append(out, row)
	}
	return out, nil
}

func scoreStory(ctx context.Context, story string) (storyScore, error) {
	var s storyScore
	rows, err := readTSV(filepath.Join(story, "key.tsv"), 4)
	if err != nil {
		return s, err
	}
	var keys []keyLine
	for _, r := range rows {
		keys = append(keys, keyLine{file: r[0], kind: r[1], text: r[2], speaker: r[3]})
	}
	var nonquotes [][]string
	if _, err := os.Stat(filepath.Join(story, "nonquotes.tsv")); err == nil {
		if nonquotes, err = readTSV(filepath.Join(story, "nonquotes.tsv"), 2); err != nil {
			return s, err
		}
	}
	out, err := os.MkdirTemp("", "newsdesk-eval-story-")
	if err != nil {
		return s, err
	}
	defer os.RemoveAll(out)
	res, err := build.Run(ctx, build.Options{Seeds: story, Out: out})
	var rej *build.RejectedError
	if err != nil && !errors.As(err, &rej) {
		return s, fmt.Errorf("build %s: %w", story, err)
	}
	tabs, err := parquet.ReadDir(res.Dir)
	if err != nil {
		return s, err
	}
	byFile := map[string]dataset.Source{}
	for _, src := range tabs.Sources {
		byFile[path.Base(src.Path)] = src
	}
	used := map[string]bool{}
	// span returns the code point span of text in the source of file.
	span := func(file, text string) (dataset.Source, int64, int64, bool) {
		src, ok := byFile[file]
		i := strings.Index(src.Text, text)
		if !ok || i < 0 {
			return src, 0, 0, false
		}
		start := int64(len([]rune(src.Text[:i])))
		return src, start, start + int64(len([]rune(text))), true
	}
	for _, k := range keys {
		src, ks, ke, ok := span(k.file, k.text)
		if !ok {
			return s, fmt.Errorf("%s: key text not in %s: %q", filepath.Join(story, "key.tsv"), k.file, k.text)
		}
		s.keys++
		indirect := k.kind == dataset.KindIndirect
		if indirect {
			s.indKeys++
		} else {
			s.directKeys++
		}
		var best *dataset.Quote
		var bestO int64
		for i := range tabs.Quotes {
			q := &tabs.Quotes[i]
			if q.SourceID != src.SourceID || (q.Kind == dataset.KindIndirect) != indirect {
				continue
			}
			o := min(q.End, ke) - max(q.Start, ks)
			if o > 0 && 2*o >= min(q.End-q.Start, ke-ks) && o > bestO {
				best, bestO = q, o
			}
		}
		if best == nil {
			continue
		}
		used[best.QuoteID] = true
		s.found++
		if indirect {
			s.indFound++
		} else {
			s.directFound++
		}
		if sameSpeaker(deref(best.Speaker), k.speaker) {
			s.spkOK++
		}
	}
	for _, nq := range nonquotes {
		if src, ks, ke, ok := span(nq[0], nq[1]); ok {
			for _, q := range tabs.Quotes {
				if q.SourceID == src.SourceID && q.Kind != dataset.KindIndirect && q.Start < ke && ks < q.End && !used[q.QuoteID] {
					s.titles++ // a title or scare quote taken for speech
				}
			}
		}
	}
	for _, q := range tabs.Quotes {
		if q.Kind == dataset.KindIndirect {
			continue
		}
		s.predicted++
		if !used[q.QuoteID] {
			s.extra++
		}
	}
	return s, nil
}

// sameSpeaker: the last words of the two names agree, case-insensitive,
// but for a generational suffix (Joseph R. Biden Jr. is Joe Biden); NONE
// wants no speaker.
func sameSpeaker(got, want string) bool {
	if want == "NONE" {
		return got == ""
	}
	last := func(name string) string {
		f := strings.Fields(strings.ToLower(name))
		for len(f) > 1 && (f[len(f)-1] == "jr." || f[len(f)-1] == "sr." || f[len(f)-1] == "ii" || f[len(f)-1] == "iii") {
			f = f[:len(f)-1]
		}
		if len(f) == 0 {
			return ""
		}
		return strings.Trim(f[len(f)-1], "'’s.,")
	}
	g, w := last(got), last(want)
	return g != "" && g == w
}
