package build

import (
	"strings"
	"testing"

	"newsdesk/dataset"
)

func TestParseManifest(t *testing.T) {
	inputs := []Input{{Rel: "a.txt"}, {Rel: "sub/b.md"}}
	tests := []struct {
		name, csv string
		wantErr   string
	}{
		{"AllColumns", "path,outlet,url,published,language,title,author\na.txt,AFP,https://x,2022-09-07,en,Albania cuts ties,Jane Doe\n", ""},
		{"SubsetAnyOrder", "title,path\n\"Iran, Albania\",sub/b.md\n", ""},
		{"UnknownColumn", "path,writer\na.txt,me\n", `manifest.csv:1: unknown column "writer"`},
		{"NoPath", "outlet\nAFP\n", "manifest.csv:1: no path column"},
		{"DuplicatePath", "path\na.txt\nsub/b.md\na.txt\n", "manifest.csv:4: path a.txt already given on line 2"},
		{"MissingFile", "path\nc.txt\n", "manifest.csv:2: path c.txt is not an article file"},
		{"BadDate", "path,published\na.txt,07/09/2022\n", `manifest.csv:2: published: invalid date "07/09/2022"`},
		{"ImpossibleDate", "path,published\na.txt,2022-02-30\n", "manifest.csv:2: published"},
		{"BadLanguage", "path,language\na.txt,English\n", `manifest.csv:2: language "English"`},
		{"ShortRow", "path,outlet\na.txt\n", "manifest.csv:2"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m, err := parseManifest("seeds/manifest.csv", strings.NewReader(tc.csv), inputs)
			if tc.wantErr == "" {
				if err != nil {
					t.Fatal(err)
				}
				if len(m) != strings.Count(tc.csv, "\n")-1 {
					t.Errorf("got %d rows", len(m))
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("err = %v, want %q", err, tc.wantErr)
			}
		})
	}
	m, _ := parseManifest("m", strings.NewReader("path,published,language,title,author\na.txt,2022-09-07,EN,T, Jane Doe \n"), inputs)
	if got := m["a.txt"]; got.Published == nil || got.Published.String() != "2022-09-07" || got.Language != "en" || got.Title != "T" || got.Author != "Jane Doe" {
		t.Errorf("row = %+v", got)
	}
}

// TestApplyMetaAuthor: the manifest's author wins over the byline, which
// is read from the raw text (the cleaned text has lost it).
func TestApplyMetaAuthor(t *testing.T) {
	raw := "Council approves bus lanes\n\nBy Helen Marsh, Ravenscar Gazette\n\nThe council voted on Monday."
	tests := []struct{ name, manifest, want string }{
		{"Byline", "", "Helen Marsh"},
		{"ManifestWins", "Jane Doe, Tom Reyes", "Jane Doe, Tom Reyes"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := dataset.Source{Text: "Council approves bus lanes\n\nThe council voted on Monday."}
			applyMeta(&src, Meta{Language: "en", Author: tc.manifest}, raw)
			if got := src.Author; got == nil || *got != tc.want {
				t.Errorf("author = %v, want %q", got, tc.want)
			}
		})
	}
}
