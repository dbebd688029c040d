// Package parquet writes the tables of package dataset to Parquet files and
// reads them back. It is the only package that imports Apache Arrow.
//
// Files are written through pqarrow with zstd compression, a pinned
// created_by, the Arrow schema stored (so that readers get date32 and list
// types back exactly), each column's description as Arrow field metadata
// and the table name, schema version and tool version as file metadata.
// Nothing in a file depends on the clock, the machine or the order in
// which rows were produced: callers sort tables first (dataset.Tables.Sort).
package parquet

import (
	"context"
	"fmt"
	"io"
	"os"
	"reflect"

	"github.com/apache/arrow/go/v17/arrow"
	"github.com/apache/arrow/go/v17/arrow/array"
	"github.com/apache/arrow/go/v17/arrow/memory"
	pq "github.com/apache/arrow/go/v17/parquet"
	"github.com/apache/arrow/go/v17/parquet/compress"
	"github.com/apache/arrow/go/v17/parquet/file"
	"github.com/apache/arrow/go/v17/parquet/pqarrow"

	"newsdesk/dataset"
)

// CreatedBy is the writer name stored in every file. It names the tool
// version, never the library's, so that an Arrow upgrade alone does not
// change the bytes of the output.
var CreatedBy = "newsdesk version " + dataset.Version

var dateType = reflect.TypeOf(dataset.Date(0))

// Schema returns the Arrow schema of tab.
func Schema(tab dataset.Table) (*arrow.Schema, error) {
	cols := tab.Columns()
	fields := make([]arrow.Field, len(cols))
	for i, c := range cols {
		t, err := arrowType(c.Type)
		if err != nil {
			return nil, fmt.Errorf("table %s column %s: %w", tab.Name, c.Name, err)
		}
		fields[i] = arrow.Field{Name: c.Name, Type: t, Nullable: c.Nullable,
			Metadata: arrow.NewMetadata([]string{"description"}, []string{c.Description})}
	}
	meta := arrow.NewMetadata(
		[]string{"table", "description", "schema_version", "tool_version"},
		[]string{tab.Name, tab.Description, dataset.SchemaVersion, dataset.Version})
	return arrow.NewSchema(fields, &meta), nil
}

func arrowType(t reflect.Type) (arrow.DataType, error) {
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch {
	case t == dateType:
		return arrow.FixedWidthTypes.Date32, nil
	case t.Kind() == reflect.String:
		return arrow.BinaryTypes.String, nil
	case t.Kind() == reflect.Int32:
		return arrow.PrimitiveTypes.Int32, nil
	case t.Kind() == reflect.Int64:
		return arrow.PrimitiveTypes.Int64, nil
	case t.Kind() == reflect.Float64:
		return arrow.PrimitiveTypes.Float64, nil
	case t.Kind() == reflect.Bool:
		return arrow.FixedWidthTypes.Boolean, nil
	case t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.String:
		return arrow.ListOfField(arrow.Field{Name: "element", Type: arrow.BinaryTypes.String}), nil
	}
	return nil, fmt.Errorf("no Arrow type for Go type %s", t)
}

// Write writes rows (a *[]Row or []Row of tab's row type) to w as one
// Parquet file.
func Write(w io.Writer, tab dataset.Table, rows any) error {
	useSharedZstd()
	schema, err := Schema(tab)
	if err != nil {
		return err
	}
	rv := reflect.Indirect(reflect.ValueOf(rows))
	rec, err := record(schema, tab, rv)
	if err != nil {
		return err
	}
	defer rec.Release()
	props := pq.NewWriterProperties(
		pq.WithCompression(compress.Codecs.Zstd),
		pq.WithCreatedBy(CreatedBy),
		pq.WithDictionaryDefault(true),
	)
	fw, err := pqarrow.NewFileWriter(schema, w, props, pqarrow.NewArrowWriterProperties(pqarrow.WithStoreSchema()))
	if err != nil {
		return fmt.Errorf("table %s: %w", tab.Name, err)
	}
	if err := fw.Write(rec); err != nil {
		fw.Close()
		return fmt.Errorf("table %s: %w", tab.Name, err)
	}
	return fw.Close()
}

func record(schema *arrow.Schema, tab dataset.Table, rows reflect.Value) (arrow.Record, error) {
	b := array.NewRecordBuilder(memory.DefaultAllocator, schema)
	defer b.Release()
	cols := tab.Columns()
	for i := 0; i < rows.Len(); i++ {
		row := rows.Index(i)
		for j, c := range cols {
			appendValue(b.Field(j), row.Field(c.Field))
		}
	}
	return b.NewRecord(), nil
}

func appendValue(b array.Builder, v reflect.Value) {
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			b.AppendNull()
			return
		}
		v = v.Elem()
	}
	switch b := b.(type) {
	case *array.StringBuilder:
		b.Append(v.String())
	case *array.Int32Builder:
		b.Append(int32(v.Int()))
	case *array.Int64Builder:
		b.Append(v.Int())
	case *array.Float64Builder:
		b.Append(v.Float())
	case *array.BooleanBuilder:
		b.Append(v.Bool())
	case *array.Date32Builder:
		b.Append(arrow.Date32(v.Int()))
	case *array.ListBuilder:
		b.Append(true)
		vb := b.ValueBuilder().(*array.StringBuilder)
		for i := 0; i < v.Len(); i++ {
			vb.Append(v.Index(i).String())
		}
	default:
		panic(fmt.Sprintf("parquet: no appender for %T", b))
	}
}

// ReadFile reads the Parquet file at path into dst, a pointer to a slice of
// tab's row type. Columns are matched by name, so a file with extra
// columns still reads; a missing column is an error naming the file.
func ReadFile(path string, tab dataset.Table, dst any) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("cannot open table %s: %w", tab.Name, err)
	}
	defer f.Close()
	if err := Read(f, tab, dst); err != nil {
		return fmt.Errorf("cannot read %s: %w", path, err)
	}
	return nil
}

// Read reads one Parquet file from r into dst (see ReadFile).
func Read(r pq.ReaderAtSeeker, tab dataset.Table, dst any) error {
	useSharedZstd()
	pf, err := file.NewParquetReader(r)
	if err != nil {
		return err
	}
	defer pf.Close()
	fr, err := pqarrow.NewFileReader(pf, pqarrow.ArrowReadProperties{}, memory.DefaultAllocator)
	if err != nil {
		return err
	}
	tbl, err := fr.ReadTable(context.Background())
	if err != nil {
		return err
	}
	defer tbl.Release()
	out := reflect.ValueOf(dst).Elem()
	n := int(tbl.NumRows())
	rows := reflect.MakeSlice(out.Type(), n, n)
	for _, c := range tab.Columns() {
		idx := tbl.Schema().FieldIndices(c.Name)
		if len(idx) == 0 {
			return fmt.Errorf("table %s has no column %s: rebuild the dataset (make dataset)", tab.Name, c.Name)
		}
		row := 0
		for _, chunk := range tbl.Column(idx[0]).Data().Chunks() {
			for i := 0; i < chunk.Len(); i++ {
				if err := setValue(rows.Index(row).Field(c.Field), chunk, i); err != nil {
					return fmt.Errorf("column %s row %d: %w", c.Name, row, err)
				}
				row++
			}
		}
	}
	out.Set(rows)
	return nil
}

func setValue(f reflect.Value, a arrow.Array, i int) error {
	if a.IsNull(i) {
		if f.Kind() != reflect.Pointer {
			return fmt.Errorf("null in a non-nullable column")
		}
		return nil
	}
	if f.Kind() == reflect.Pointer {
		f.Set(reflect.New(f.Type().Elem()))
		f = f.Elem()
	}
	switch a := a.(type) {
	case *array.String:
		f.SetString(a.Value(i))
	case *array.Int32:
		f.SetInt(int64(a.Value(i)))
	case *array.Int64:
		f.SetInt(a.Value(i))
	case *array.Float64:
		f.SetFloat(a.Value(i))
	case *array.Boolean:
		f.SetBool(a.Value(i))
	case *array.Date32:
		f.SetInt(int64(a.Value(i)))
	case *array.List:
		start, end := a.ValueOffsets(i)
		vals := a.ListValues().(*array.String)
		s := make([]string, 0, end-start)
		for j := start; j < end; j++ {
			s = append(s, vals.Value(int(j)))
		}
		f.Set(reflect.ValueOf(s))
	default:
		return fmt.Errorf("unexpected Arrow type %s", a.DataType())
	}
	return nil
}

// ReadDir reads every table of the registry from dir (an OUT/dataset
// folder).
func ReadDir(dir string) (*dataset.Tables, error) {
	var t dataset.Tables
	for _, tab := range dataset.Registry {
		if err := ReadFile(FilePath(dir, tab), tab, tab.Rows(&t)); err != nil {
			return nil, err
		}
	}
	return &t, nil
}

// FilePath returns the path of tab's file in dir.
func FilePath(dir string, tab dataset.Table) string { return dir + "/" + tab.Name + ".parquet" }
