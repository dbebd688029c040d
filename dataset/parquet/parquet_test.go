package parquet_test

import (
	"bytes"
	"reflect"
	"testing"

	"github.com/apache/arrow/go/v17/parquet/compress"
	"github.com/apache/arrow/go/v17/parquet/file"

	"newsdesk/dataset"
	"newsdesk/dataset/parquet"
)

// sample has a row in every table, with nulls and lists, so that every
// column type makes the round trip.
func sample() *dataset.Tables {
	d := dataset.NewDate(2022, 9, 7)
	hi := 15.0
	return &dataset.Tables{
		Sources: []dataset.Source{
			{SourceID: "a", Path: "seeds/a.txt", SHA256: "00", Bytes: 3, Language: "en", LanguageEvidence: "manifest",
				Title: dataset.Str("Title “x”"), Published: &d, PublishedEvidence: dataset.Str("manifest"), Text: "é x"},
			{SourceID: "b", Path: "seeds/b.txt", Language: "id", Text: "y"},
		},
		Sentences:     []dataset.Sentence{{SourceID: "a", SentenceID: 0, Start: 0, End: 3, Text: "é x"}},
		Quotes:        []dataset.Quote{{QuoteID: "q", SourceID: "a", Kind: dataset.KindIndirect, Speaker: dataset.Str("Edi Rama")}},
		Figures:       []dataset.Figure{{FigureID: "f", SourceID: "a", Value: 10, ValueHigh: &hi, Approximate: true}},
		Events:        []dataset.Event{{EventID: "e", Date: d, Precision: dataset.PrecisionDay, NSources: 2}},
		EventMentions: []dataset.EventMention{{EventID: "e", SourceID: "a", Date: d, Precision: "day"}},
		Entities:      []dataset.Entity{{EntityID: "n", Name: "Edi Rama", Type: "person", Aliases: []string{"Eddie Rama", "Rama"}}},
		Conflicts: []dataset.Conflict{{ConflictID: "c", Kind: "date", Values: []string{}, SourceIDs: []string{"a", "b"},
			SourceValues: []string{"2013", "2014"}, EventID: dataset.Str("e")}},
	}
}

func TestRoundTrip(t *testing.T) {
	in := sample()
	for _, tab := range dataset.Registry {
		t.Run(tab.Name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := parquet.Write(&buf, tab, tab.Rows(in)); err != nil {
				t.Fatal(err)
			}
			var out dataset.Tables
			if err := parquet.Read(bytes.NewReader(buf.Bytes()), tab, tab.Rows(&out)); err != nil {
				t.Fatal(err)
			}
			got := reflect.ValueOf(tab.Rows(&out)).Elem().Interface()
			want := reflect.ValueOf(tab.Rows(in)).Elem().Interface()
			if !reflect.DeepEqual(got, want) {
				t.Errorf("round trip:\n got %+v\nwant %+v", got, want)
			}
		})
	}
}

func TestWriteIsDeterministicAndDescribed(t *testing.T) {
	tab, _ := dataset.Lookup("sources")
	var a, b bytes.Buffer
	if err := parquet.Write(&a, tab, sample().Sources); err != nil {
		t.Fatal(err)
	}
	if err := parquet.Write(&b, tab, sample().Sources); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("two writes of the same rows differ")
	}
	r, err := file.NewParquetReader(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	md := r.MetaData()
	if got, want := md.GetCreatedBy(), parquet.CreatedBy; got != want {
		t.Errorf("created_by = %q, want %q", got, want)
	}
	kv := md.KeyValueMetadata()
	for key, want := range map[string]string{"schema_version": dataset.SchemaVersion, "tool_version": dataset.Version, "table": "sources"} {
		if got := kv.FindValue(key); got == nil || *got != want {
			t.Errorf("file metadata %s = %v, want %q", key, got, want)
		}
	}
	if kv.FindValue("ARROW:schema") == nil {
		t.Error("Arrow schema not stored")
	}
	c, err := md.RowGroup(0).ColumnChunk(0)
	if err != nil {
		t.Fatal(err)
	}
	if c.Compression() != compress.Codecs.Zstd {
		t.Errorf("compression = %v, want zstd", c.Compression())
	}
	schema, err := parquet.Schema(tab)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range schema.Fields() {
		if d, ok := f.Metadata.GetValue("description"); !ok || d == "" {
			t.Errorf("column %s has no description", f.Name)
		}
	}
}

func TestReadMissingColumn(t *testing.T) {
	src, _ := dataset.Lookup("sources")
	ent, _ := dataset.Lookup("entities")
	var buf bytes.Buffer
	if err := parquet.Write(&buf, ent, sample().Entities); err != nil {
		t.Fatal(err)
	}
	var out []dataset.Source
	err := parquet.Read(bytes.NewReader(buf.Bytes()), src, &out)
	if err == nil {
		t.Fatal("reading entities as sources succeeded")
	}
}
