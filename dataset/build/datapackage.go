package build

import (
	"reflect"

	"newsdesk/dataset"
)

// Package is a Frictionless Data Package descriptor.
type Package struct {
	Profile   string     `json:"profile"`
	Name      string     `json:"name"`
	Title     string     `json:"title"`
	Version   string     `json:"version"`
	Resources []Resource `json:"resources"`
}

// Resource describes one table file.
type Resource struct {
	Name        string      `json:"name"`
	Path        string      `json:"path"`
	Profile     string      `json:"profile"`
	Format      string      `json:"format"`
	MediaType   string      `json:"mediatype"`
	Description string      `json:"description"`
	Schema      TableSchema `json:"schema"`
}

// TableSchema is a Frictionless Table Schema.
type TableSchema struct {
	Fields      []Field      `json:"fields"`
	PrimaryKey  []string     `json:"primaryKey"`
	ForeignKeys []ForeignKey `json:"foreignKeys,omitempty"`
}

// Field is one column of a Table Schema.
type Field struct {
	Name        string          `json:"name"`
	Type        string          `json:"type"`
	Format      string          `json:"format,omitempty"`
	Description string          `json:"description"`
	Constraints map[string]bool `json:"constraints,omitempty"`
}

// ForeignKey is a Table Schema foreign key.
type ForeignKey struct {
	Fields    []string `json:"fields"`
	Reference struct {
		Resource string   `json:"resource"`
		Fields   []string `json:"fields"`
	} `json:"reference"`
}

// DataPackage describes every table of the registry.
func DataPackage() Package {
	p := Package{Profile: "data-package", Name: "newsdesk-dataset", Title: "newsdesk story dataset",
		Version: dataset.SchemaVersion}
	for _, tab := range dataset.Registry {
		r := Resource{Name: tab.Name, Path: tab.Name + ".parquet", Profile: "tabular-data-resource",
			Format: "parquet", MediaType: "application/vnd.apache.parquet", Description: tab.Description,
			Schema: TableSchema{PrimaryKey: tab.PrimaryKey}}
		for _, c := range tab.Columns() {
			f := Field{Name: c.Name, Description: c.Description}
			f.Type, f.Format = frictionlessType(c.Type)
			if !c.Nullable {
				f.Constraints = map[string]bool{"required": true}
			}
			r.Schema.Fields = append(r.Schema.Fields, f)
		}
		for _, fk := range tab.ForeignKeys {
			var k ForeignKey
			k.Fields = fk.Columns
			k.Reference.Resource = fk.Reference
			k.Reference.Fields = fk.RefCols
			r.Schema.ForeignKeys = append(r.Schema.ForeignKeys, k)
		}
		p.Resources = append(p.Resources, r)
	}
	return p
}

func frictionlessType(t reflect.Type) (typ, format string) {
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch {
	case t == reflect.TypeOf(dataset.Date(0)):
		return "date", ""
	case t.Kind() == reflect.String:
		return "string", ""
	case t.Kind() == reflect.Int32 || t.Kind() == reflect.Int64:
		return "integer", ""
	case t.Kind() == reflect.Float64:
		return "number", ""
	case t.Kind() == reflect.Bool:
		return "boolean", ""
	case t.Kind() == reflect.Slice:
		return "array", ""
	}
	return "any", ""
}
