// Package reporttest builds realistic synthetic dataset tables for the
// report's tests: an invented story (a dockworkers' strike at a port)
// told by English and Indonesian sources, with events, quotes, figures,
// entities, a date conflict and a figure conflict, and hostile text (a
// quote starting with =, a speaker starting with @, a label holding a
// <script> tag) that must come out as inert data. It is test support only.
package reporttest

import (
	"strings"

	"newsdesk/dataset"
)

// Hostile strings planted in Tables, for injection tests.
const (
	FormulaQuote  = `=HYPERLINK("http://example.invalid/x","click me")`
	MinusQuote    = `-40 percent is not a pay rise, it is a pay cut`
	AtSpeaker     = "@dockunion"
	ScriptLabel   = `</script><script>document.title="pwned"</script> rally`
	ImgTitle      = `Port "talks" fail <img src=x onerror="document.title='pwned'">`
	PlusFigureTxt = "+5 percent"
)

type article struct {
	id, outlet, author, title, lang, date, evidence string
	sentences                                       []string
}

var articles = []article{
	{"a1b2c3d4e5f60718", "Reuters", "", "Dockworkers strike shuts Tanjung Priok port", "en", "2024-03-12", "dateline", []string{
		"JAKARTA, March 12 (Reuters) - About 3,000 dockworkers walked off the job at Tanjung Priok on Tuesday, halting cargo handling at Indonesia's busiest port.",
		`"We will not go back until the contracts are signed," union leader Siti Rahma told reporters.`,
		"The port authority said 40 ships were waiting to berth.",
		"Transport Minister Budi Karya said the government would mediate on Wednesday.",
		`"` + FormulaQuote + `," the union's website read.`,
	}},
	{"0f1e2d3c4b5a6978", "Antara", "Rahmat Hidayat", "Mogok pekerja pelabuhan hentikan bongkar muat di Tanjung Priok", "id", "2024-03-12", "dateline", []string{
		"Jakarta (ANTARA) - Sekitar 2.500 pekerja pelabuhan mogok kerja di Tanjung Priok pada Selasa (12/3).",
		`"Kami tidak akan kembali bekerja sebelum kontrak ditandatangani," kata Siti Rahma, ketua serikat pekerja.`,
		"Menteri Perhubungan Budi Karya mengatakan pemerintah akan menjadi penengah pada hari Rabu.",
		"Sebanyak 35 kapal menunggu untuk bersandar.",
	}},
	{"9a8b7c6d5e4f3a2b", "The Jakarta Post", "", ImgTitle, "en", "2024-03-14", "manifest", []string{
		"Talks between the union and port operators collapsed on Thursday, the third day of the strike.",
		`"` + MinusQuote + `," said a spokesperson for the union, which posts as ` + AtSpeaker + `.`,
		"The strike began on March 11, according to the operator, a day earlier than other reports.",
		"Operators offered a +5 percent raise.",
		"A similar strike in 2019 lasted nearly two weeks.",
	}},
	{"5566778899aabbcc", "", "", "", "en", "", "", []string{
		"Shipping lines diverted at least 12 vessels to Surabaya.",
		"Budi Karya said the talks would resume next week.",
	}},
}

// Tables returns the synthetic dataset, sorted like a build's output.
func Tables() *dataset.Tables {
	t := &dataset.Tables{}
	docs := map[string]*dataset.Doc{}
	for _, a := range articles {
		src := dataset.Source{SourceID: a.id, Path: "articles/" + a.id + ".txt", Language: a.lang,
			LanguageEvidence: "manifest", Title: dataset.Str(a.title), Outlet: dataset.Str(a.outlet), Author: dataset.Str(a.author),
			PublishedEvidence: dataset.Str(a.evidence), Text: strings.Join(a.sentences, " ")}
		if a.date != "" {
			d, err := dataset.ParseDate(a.date)
			if err != nil {
				panic(err)
			}
			src.Published = &d
		}
		var sents []dataset.Sentence
		var off int64
		for i, s := range a.sentences {
			if i < len(a.sentences)-1 {
				s += " " // sentences tile the text
			}
			n := int64(len([]rune(s)))
			sents = append(sents, dataset.Sentence{SourceID: a.id, SentenceID: int32(i), Start: off, End: off + n, Text: s})
			off += n
		}
		src.Bytes = int64(len(src.Text))
		src.SHA256 = dataset.Sha256Hex([]byte(src.Text))
		t.Sources = append(t.Sources, src)
		t.Sentences = append(t.Sentences, sents...)
		docs[a.id] = dataset.NewDoc(src, sents)
	}
	quote := func(src, text, kind, speaker, speakerText, cue string) {
		d := docs[src]
		start, end := find(d, text)
		t.Quotes = append(t.Quotes, dataset.Quote{QuoteID: dataset.ID(src, dataset.SpanKey(start, end), kind),
			SourceID: src, SentenceID: d.SentenceAt(start), Start: start, End: end, Text: text, Kind: kind,
			Speaker: dataset.Str(speaker), SpeakerText: dataset.Str(speakerText), Cue: dataset.Str(cue)})
	}
	quote("a1b2c3d4e5f60718", "We will not go back until the contracts are signed", dataset.KindDirect, "Siti Rahma", "union leader Siti Rahma", "told")
	quote("a1b2c3d4e5f60718", "the government would mediate on Wednesday", dataset.KindIndirect, "Budi Karya", "Transport Minister Budi Karya", "said")
	quote("a1b2c3d4e5f60718", FormulaQuote, dataset.KindDirect, "", "", "read")
	quote("0f1e2d3c4b5a6978", "Kami tidak akan kembali bekerja sebelum kontrak ditandatangani", dataset.KindDirect, "Siti Rahma", "Siti Rahma", "kata")
	quote("0f1e2d3c4b5a6978", "pemerintah akan menjadi penengah pada hari Rabu", dataset.KindIndirect, "Budi Karya", "Menteri Perhubungan Budi Karya", "mengatakan")
	quote("9a8b7c6d5e4f3a2b", MinusQuote, dataset.KindDirect, AtSpeaker, "a spokesperson for the union", "said")
	quote("5566778899aabbcc", "the talks would resume next week", dataset.KindIndirect, "Budi Karya", "Budi Karya", "said")

	figure := func(src, text string, value float64, unit, hedge string) {
		d := docs[src]
		start, end := find(d, text)
		t.Figures = append(t.Figures, dataset.Figure{FigureID: dataset.ID(src, dataset.SpanKey(start, end)),
			SourceID: src, SentenceID: d.SentenceAt(start), Start: start, End: end, Text: text, Value: value,
			Unit: dataset.Str(unit), Approximate: hedge != "", Hedge: dataset.Str(hedge)})
	}
	figure("a1b2c3d4e5f60718", "About 3,000 dockworkers", 3000, "dockworker", "About")
	figure("a1b2c3d4e5f60718", "40 ships", 40, "ship", "")
	figure("0f1e2d3c4b5a6978", "Sekitar 2.500 pekerja pelabuhan", 2500, "dockworker", "Sekitar")
	figure("0f1e2d3c4b5a6978", "35 kapal", 35, "ship", "")
	figure("9a8b7c6d5e4f3a2b", PlusFigureTxt, 5, "percent", "")
	figure("9a8b7c6d5e4f3a2b", "nearly two weeks", 2, "week", "nearly")
	figure("5566778899aabbcc", "at least 12 vessels", 12, "ship", "at least")

	event := func(date, prec, typ, label string, mentions ...[3]string) string {
		d, err := dataset.ParseDate(date)
		if err != nil {
			panic(err)
		}
		id := dataset.ID(date, typ, label)
		srcs := map[string]bool{}
		for _, m := range mentions {
			doc := docs[m[0]]
			start, end := find(doc, m[1])
			md, err := dataset.ParseDate(m[2])
			if err != nil {
				panic(err)
			}
			t.EventMentions = append(t.EventMentions, dataset.EventMention{EventID: id, SourceID: m[0],
				SentenceID: doc.SentenceAt(start), Start: start, End: end, TimeText: m[1], Date: md, Precision: prec})
			srcs[m[0]] = true
		}
		t.Events = append(t.Events, dataset.Event{EventID: id, Date: d, Precision: prec, Type: typ, Label: label,
			NSources: int32(len(srcs))})
		return id
	}
	strike := event("2024-03-12", "day", "strike", "Dockworkers strike at Tanjung Priok",
		[3]string{"a1b2c3d4e5f60718", "on Tuesday", "2024-03-12"},
		[3]string{"0f1e2d3c4b5a6978", "pada Selasa (12/3)", "2024-03-12"},
		[3]string{"9a8b7c6d5e4f3a2b", "on March 11", "2024-03-11"})
	event("2024-03-13", "day", "statement", "Government mediates",
		[3]string{"a1b2c3d4e5f60718", "on Wednesday", "2024-03-13"},
		[3]string{"0f1e2d3c4b5a6978", "pada hari Rabu", "2024-03-13"})
	event("2024-03-14", "day", "talks", ScriptLabel,
		[3]string{"9a8b7c6d5e4f3a2b", "on Thursday", "2024-03-14"})
	event("2019-01-01", "year", "strike", "Earlier strike lasted two weeks",
		[3]string{"9a8b7c6d5e4f3a2b", "in 2019", "2019-01-01"})

	for _, e := range []dataset.Entity{
		{Name: "Siti Rahma", Type: "person", Aliases: []string{"Siti Rahma", "union leader Siti Rahma"}},
		{Name: "Budi Karya", Type: "person", Aliases: []string{"Budi Karya", "Transport Minister Budi Karya"}},
		{Name: "Tanjung Priok", Type: "location", Aliases: []string{"Tanjung Priok"}},
		{Name: AtSpeaker, Type: "organization", Aliases: []string{AtSpeaker}},
	} {
		e.EntityID = dataset.ID(e.Name, e.Type)
		t.Entities = append(t.Entities, e)
	}

	t.Conflicts = append(t.Conflicts,
		dataset.Conflict{ConflictID: dataset.ID("date", "strike start"), Kind: dataset.ConflictDate,
			Subject: "Start of the dockworkers' strike", Values: []string{"2024-03-11", "2024-03-12"},
			SourceIDs:    []string{"0f1e2d3c4b5a6978", "9a8b7c6d5e4f3a2b", "a1b2c3d4e5f60718"},
			SourceValues: []string{"2024-03-12", "2024-03-11", "2024-03-12"}, EventID: &strike},
		dataset.Conflict{ConflictID: dataset.ID("figure", "dockworker"), Kind: dataset.ConflictFigure,
			Subject: "dockworkers on strike", Values: []string{"2500", "3000"},
			SourceIDs:    []string{"0f1e2d3c4b5a6978", "a1b2c3d4e5f60718"},
			SourceValues: []string{"2500", "3000"}},
	)
	t.Sort()
	return t
}

// Empty returns a dataset with sources and sentences only, as a build
// gives before any extractor has landed.
func Empty() *dataset.Tables {
	full := Tables()
	return &dataset.Tables{Sources: full.Sources, Sentences: full.Sentences}
}

func find(d *dataset.Doc, s string) (int64, int64) {
	i := strings.Index(d.Source.Text, s)
	if i < 0 {
		panic("reporttest: " + s + " not in " + d.Source.SourceID)
	}
	start := int64(len([]rune(d.Source.Text[:i])))
	return start, start + int64(len([]rune(s)))
}
