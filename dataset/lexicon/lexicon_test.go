package lexicon

import (
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name     string
		src      string
		min, max int
		want     []Row
	}{
		{"CommentsAndBlanks", "# English cue verbs\n\nsay\tsaid\n  # indented comment\n\n", 2, 2,
			[]Row{{Line: 3, Fields: []string{"say", "said"}}}}, // a blank line ends a comment's block
		{"TrimsLineEnds", "  title\tDr. \r\n", 2, 2,
			[]Row{{Line: 1, Fields: []string{"title", "Dr."}}}},
		{"KeepsSpaceInsideFields", "suffix\t \\[[a-z]+\\]\n", 2, 2,
			[]Row{{Line: 1, Fields: []string{"suffix", ` \[[a-z]+\]`}}}},
		{"TrailingTabDropped", "future\ten\twill\t\n", 3, 4,
			[]Row{{Line: 1, Fields: []string{"future", "en", "will"}}}},
		{"EmptyMiddleField", "a\t\tc\n", 3, 3,
			[]Row{{Line: 1, Fields: []string{"a", "", "c"}}}},
		{"NoMaximum", "kata\tword\tclassifier\nrumah sakit\thospital\n", 2, 0,
			[]Row{{Line: 1, Fields: []string{"kata", "word", "classifier"}}, {Line: 2, Fields: []string{"rumah sakit", "hospital"}}}},
		{"CommentPerBlock", "# Bacaan juga\nline\tBaca juga:.*\nline\tSimak juga:.*\n\nline\tlain\n", 2, 3,
			[]Row{{Line: 2, Fields: []string{"line", "Baca juga:.*"}, Comment: "Bacaan juga"},
				{Line: 3, Fields: []string{"line", "Simak juga:.*"}, Comment: "Bacaan juga"},
				{Line: 5, Fields: []string{"line", "lain"}}}},
		{"HashInsideFieldKept", "abbr\tNo.#\n", 2, 2,
			[]Row{{Line: 1, Fields: []string{"abbr", "No.#"}}}},
		{"Empty", "", 1, 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse("x.tsv", tt.src, tt.min, tt.max)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Parse(%q) = %#v, want %#v", tt.src, got, tt.want)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name     string
		src      string
		min, max int
		want     string
	}{
		{"TooFew", "# c\nsay\n", 2, 2, "lexicon x.tsv:2: want 2 fields, got 1"},
		{"TooMany", "a\tb\tc\n", 2, 2, "lexicon x.tsv:1: want 2 fields, got 3"},
		{"TooManyRange", "a\tb\tc\td\n", 2, 3, "lexicon x.tsv:1: want 2 to 3 fields, got 4"},
		{"TooFewOpen", "a\n", 3, 0, "lexicon x.tsv:1: want at least 3 fields, got 1"},
		{"SpacesAreNoTabs", "say said\n", 2, 2, "lexicon x.tsv:1: want 2 fields, got 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("x.tsv", tt.src, tt.min, tt.max)
			if err == nil || err.Error() != tt.want {
				t.Errorf("Parse(%q) error = %v, want %q", tt.src, err, tt.want)
			}
		})
	}
}

func TestRows(t *testing.T) {
	fsys := fstest.MapFS{"lexicon/id.tsv": {Data: []byte("# kata kerja\nverb\tmengatakan\n")}}
	got, err := Rows(fsys, "lexicon/id.tsv", 2, 2)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Line != 2 || got[0].Fields[1] != "mengatakan" {
		t.Errorf("Rows = %#v", got)
	}
	if _, err := Rows(fsys, "lexicon/en.tsv", 2, 2); err == nil || !strings.Contains(err.Error(), "lexicon/en.tsv") {
		t.Errorf("Rows(missing file) error = %v, want one naming lexicon/en.tsv", err)
	}
}
