package events

import (
	"fmt"
	"os"
	"testing"

	"newsdesk/dataset"
)

// BenchmarkFind measures Find per article on the English fixture.
func BenchmarkFind(b *testing.B) {
	text, err := os.ReadFile("testdata/articles/en_port_strike.txt")
	if err != nil {
		b.Fatal(err)
	}
	d := newDoc(b, "a", string(text), "en", date(b, "2025-10-16"), "manifest")
	b.ReportAllocs()
	for b.Loop() {
		Find(d)
	}
}

// BenchmarkBuild measures Build on synthetic corpora of growing size:
// n articles of 8 mentions each, spread over dates, types and
// participants as in a mixed news corpus, a quarter of them undated. ns/op divided by mentions
// should stay flat if clustering is n log n.
func BenchmarkBuild(b *testing.B) {
	types := []string{"cyberattack", "severance", "expulsion", "departure", "statement", "other"}
	for _, n := range []int{100, 1000, 10000} {
		docs := make([]*dataset.Doc, n)
		ms := make([][]Mention, n)
		for i := range docs {
			pub := dataset.NewDate(2022, 1, 1) + dataset.Date(i%300)
			src := dataset.Source{SourceID: fmt.Sprintf("s%06d", i), Language: "en", Published: &pub, Text: "x"}
			if i%4 == 3 {
				src.Published = nil // anchored by the story
			}
			docs[i] = dataset.NewDoc(src, nil)
			for k := 0; k < 8; k++ {
				m := Mention{Start: int64(k), End: int64(k + 1), Kind: "date", Weekday: -1,
					Year: 2022, Month: 1 + (i+k)%12, Day: 1 + (i*7+k)%28,
					Type: types[(i+k)%len(types)], Names: []string{fmt.Sprintf("Place%d", (i+k)%50), fmt.Sprintf("Person%d", i%200)}}
				if k%3 == 0 {
					m.Day = 0
				}
				ms[i] = append(ms[i], m)
			}
		}
		b.Run(fmt.Sprintf("mentions=%d", 8*n), func(b *testing.B) {
			for b.Loop() {
				Build(docs, ms, nil)
			}
		})
	}
}

// BenchmarkStories measures grouping articles into stories: n articles of
// ten sentences, each of one of n/10 stories (names shared within a story,
// a few shared across all).
func BenchmarkStories(b *testing.B) {
	for _, n := range []int{40, 400} {
		docs := make([]*dataset.Doc, n)
		for i := range docs {
			st := i % (n / 10)
			var text string
			for k := 0; k < 10; k++ {
				text += fmt.Sprintf("Officials in Capital%d said Minister Person%d met Agency%d and Reuters on Tuesday near Town%d. ", st, st, (st+k)%7, i%13)
			}
			docs[i] = newDoc(b, fmt.Sprintf("s%04d", i), text, "en", nil, "")
		}
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			for b.Loop() {
				stories(docs)
			}
		})
	}
}
