package events

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"newsdesk/dataset"
	"newsdesk/dataset/segment"
)

func TestSmoke(t *testing.T) {
	files, _ := filepath.Glob("../../seeds/*.txt")
	var docs []*dataset.Doc
	var ms [][]Mention
	for _, f := range files {
		b, _ := os.ReadFile(f)
		text := string(b)
		lang := "en"
		if filepath.Base(f)[:3] == "000" {
			lang = "id"
		}
		src := dataset.Source{SourceID: filepath.Base(f)[:3], Language: lang, Text: text}
		var rows []dataset.Sentence
		rs := []rune(text)
		for i, s := range segment.Sentences(text, lang) {
			rows = append(rows, dataset.Sentence{SourceID: src.SourceID, SentenceID: int32(i), Start: s.Start, End: s.End, Text: string(rs[s.Start:s.End])})
		}
		d := dataset.NewDoc(src, rows)
		docs = append(docs, d)
		m := Find(d)
		ms = append(ms, m)
		for _, x := range m {
			fmt.Printf("%s %q %s dl=%v %s %s %v\n", src.SourceID, x.Text, x.Kind, x.Dateline, x.Type, x.Trigger, x.Names)
		}
	}
	out := Build(docs, ms, nil)
	fmt.Println(out.Anchors)
	for _, e := range out.Events {
		fmt.Println(e)
	}
	for _, m := range out.Mentions {
		fmt.Println(m.EventID, m.SourceID, m.TimeText, m.Date, m.Precision, m.Value)
	}
	fmt.Println(out.Conflicts)
}
