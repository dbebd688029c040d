package dataset

import (
	"fmt"
	"reflect"
	"strings"
)

// SchemaMarkdown renders the registry as the Markdown reference of every
// table (dataset/SCHEMA.md), so that the documentation is written from the
// same struct tags as the Parquet schema and datapackage.json.
func SchemaMarkdown() string {
	var b strings.Builder
	b.WriteString("# Dataset schema\n\n")
	b.WriteString("Generated from the row types in package dataset (`go test ./dataset -update` rewrites it). ")
	fmt.Fprintf(&b, "Schema version %s. ", SchemaVersion)
	b.WriteString("Offsets (`start`, `end`) are Unicode code points, half-open, into `sources.text` of the row's `source_id`: ")
	b.WriteString("`text[start:end]` in Python, `substring(text, start+1, \"end\"-start)` in DuckDB.\n")
	for _, t := range Registry {
		fmt.Fprintf(&b, "\n## %s\n\n%s\n\n", t.Name, t.Description)
		fmt.Fprintf(&b, "Primary key: `%s`.", strings.Join(t.PrimaryKey, "`, `"))
		for _, fk := range t.ForeignKeys {
			fmt.Fprintf(&b, " `%s` → `%s.%s`.", strings.Join(fk.Columns, ", "), fk.Reference, strings.Join(fk.RefCols, ", "))
		}
		b.WriteString("\n\n| column | type | meaning |\n|---|---|---|\n")
		for _, c := range t.Columns() {
			typ := typeName(c.Type)
			if c.Nullable {
				typ += ", null"
			}
			fmt.Fprintf(&b, "| %s | %s | %s |\n", c.Name, typ, strings.ReplaceAll(c.Description, "|", "\\|"))
		}
	}
	return b.String()
}

func typeName(t reflect.Type) string {
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch {
	case t == reflect.TypeOf(Date(0)):
		return "date32"
	case t.Kind() == reflect.Slice:
		return "list<" + typeName(t.Elem()) + ">"
	case t.Kind() == reflect.Float64:
		return "double"
	}
	return t.Kind().String()
}
