package dataset

import (
	"encoding/json"
	"strings"
	"testing"
)

func fixture() *Tables {
	text := "Rama said “yes”. Iran – no.\n"
	return &Tables{
		Sources: []Source{{SourceID: "s1", Text: text}},
		Sentences: []Sentence{
			{SourceID: "s1", SentenceID: 0, Start: 0, End: 17, Text: "Rama said “yes”. "},
			{SourceID: "s1", SentenceID: 1, Start: 17, End: 28, Text: "Iran – no.\n"},
		},
		Quotes: []Quote{{QuoteID: "q1", SourceID: "s1", SentenceID: 0, Start: 11, End: 14, Text: "yes", Kind: KindDirect}},
	}
}

func TestCheck(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(*Tables)
		want   string // substring of the failure; "" for none
	}{
		{"Valid", func(*Tables) {}, ""},
		{"DuplicateKey", func(t *Tables) { t.Quotes = append(t.Quotes, t.Quotes[0]) }, "quotes.quote_id row 1 (q1): unique"},
		{"EmptyKey", func(t *Tables) { t.Quotes[0].QuoteID = "" }, "quotes.quote_id row 0"},
		{"DanglingSource", func(t *Tables) { t.Quotes[0].SourceID = "s2" }, "relationships: s2 not found in sources"},
		{"DanglingSentence", func(t *Tables) { t.Quotes[0].SentenceID = 7 }, "relationships: s1,7 not found in sentences"},
		{"SpanMismatch", func(t *Tables) { t.Quotes[0].Start = 10 }, `text[10:14] is "“yes" but text is "yes"`},
		{"SpanOutside", func(t *Tables) { t.Quotes[0].End = 99 }, "outside the text"},
		{"TilingGap", func(t *Tables) {
			t.Sentences[1].Start, t.Sentences[1].Text = 18, "ran – no.\n"
		}, "tiling: starts at 18"},
		{"TilingShort", func(t *Tables) { t.Sentences = t.Sentences[:1] }, "tiling: sentences end at 17, text has 28"},
		{"SpeakerNotAnEntity", func(t *Tables) { t.Quotes[0].Speaker = Str("Edi Rama") },
			`quotes.speaker row 0 (q1): relationships: speaker "Edi Rama" is not an entities.name`},
		{"SpeakerIsAnEntity", func(t *Tables) {
			t.Quotes[0].Speaker = Str("Edi Rama")
			t.Entities = []Entity{{EntityID: "e1", Name: "Edi Rama", Type: "person", Aliases: []string{"Rama"}}}
		}, ""},
		{"NullForeignKeyIsFine", func(t *Tables) {
			t.Conflicts = []Conflict{{ConflictID: "c1", Kind: ConflictFigure, Subject: "x"}}
		}, ""},
		{"DanglingEvent", func(t *Tables) {
			t.Conflicts = []Conflict{{ConflictID: "c1", Kind: ConflictDate, EventID: Str("e9")}}
		}, "conflicts.event_id row 0 (c1): relationships: e9 not found in events"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tabs := fixture()
			tc.mutate(tabs)
			err := Check(tabs)
			if tc.want == "" {
				if err != nil {
					t.Fatalf("Check: %v", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("Check passed, want failure %q", tc.want)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Check error:\n%v\nwant it to contain %q", err, tc.want)
			}
		})
	}
}

func TestRunes(t *testing.T) {
	text := "a–“é”b"
	r := NewRunes(text)
	for b := range text {
		if got, want := r.Offset(b), int64(len([]rune(text[:b]))); got != want {
			t.Errorf("Offset(%d) = %d, want %d", b, got, want)
		}
	}
	if got, want := r.Len(), int64(6); got != want {
		t.Errorf("Len = %d, want %d", got, want)
	}
	if got, want := r.Offset(2), int64(2); got != want { // inside "–": rounds up
		t.Errorf("Offset inside a rune = %d, want %d", got, want)
	}
}

func TestDate(t *testing.T) {
	for _, s := range []string{"1970-01-01", "2022-09-07", "1969-12-31", "2024-02-29"} {
		d, err := ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		if got := d.String(); got != s {
			t.Errorf("ParseDate(%s).String() = %s", s, got)
		}
	}
	if _, err := ParseDate("09/08/2022"); err == nil {
		t.Error("ParseDate accepted 09/08/2022")
	}
	if got, want := NewDate(2022, 9, 7), Date(19242); got != want {
		t.Errorf("NewDate(2022-09-07) = %d, want %d", got, want)
	}
}

func TestDocSentenceAt(t *testing.T) {
	tabs := fixture()
	d := NewDoc(tabs.Sources[0], tabs.Sentences)
	for off, want := range map[int64]int32{0: 0, 16: 0, 17: 1, 27: 1, 28: 1} {
		if got := d.SentenceAt(off); got != want {
			t.Errorf("SentenceAt(%d) = %d, want %d", off, got, want)
		}
	}
}

func TestDateJSON(t *testing.T) {
	d := NewDate(2022, 9, 7)
	b, err := json.Marshal(struct{ D *Date }{&d})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(b), `{"D":"2022-09-07"}`; got != want {
		t.Errorf("Marshal = %s, want %s", got, want)
	}
	var back struct{ D *Date }
	if err := json.Unmarshal(b, &back); err != nil || back.D == nil || *back.D != d {
		t.Errorf("Unmarshal = %v, %v", back.D, err)
	}
	if err := json.Unmarshal([]byte(`{"D":19242}`), &back); err == nil {
		t.Error("Unmarshal accepted a number")
	}
}
