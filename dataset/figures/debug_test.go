package figures

import (
	"bufio"
	"fmt"
	"os"
	"testing"

	"newsdesk/dataset"
)

func TestDebugDump(t *testing.T) {
	path := os.Getenv("FIGDBG")
	if path == "" {
		t.Skip()
	}
	f, _ := os.Open(path)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		lang := line[:2]
		text := line[3:]
		doc := dataset.NewDoc(dataset.Source{SourceID: "x", Language: lang, Text: text},
			[]dataset.Sentence{{SourceID: "x", SentenceID: 0, Start: 0, End: int64(len([]rune(text)))}})
		fmt.Printf("%s\n", text)
		for _, g := range Extract(doc) {
			u, h, hi := "", "", ""
			if g.Unit != nil {
				u = *g.Unit
			}
			if g.Hedge != nil {
				h = *g.Hedge
			}
			if g.ValueHigh != nil {
				hi = fmt.Sprint(*g.ValueHigh)
			}
			fmt.Printf("   [%s] v=%v hi=%s unit=%q approx=%v hedge=%q\n", g.Text, g.Value, hi, u, g.Approximate, h)
		}
	}
}
