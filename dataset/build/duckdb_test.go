package build

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	_ "github.com/marcboeker/go-duckdb"

	"newsdesk/dataset"
)

// readmeSQL returns the ```sql blocks of the project README.
func readmeSQL(t *testing.T) []string {
	t.Helper()
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile("(?s)```sql\n(.*?)```")
	var out []string
	for _, m := range re.FindAllStringSubmatch(string(b), -1) {
		out = append(out, m[1])
	}
	if len(out) == 0 {
		t.Fatal("README has no sql examples")
	}
	return out
}

// TestDuckDB loads every table of a seeds build with DuckDB, as notebook
// users do, checks row counts and types against the Go side, checks every
// span with DuckDB's own substring(), and runs the README's queries.
func TestDuckDB(t *testing.T) {
	queries := readmeSQL(t)
	root := t.TempDir()
	copySeeds(t, root)
	t.Chdir(root)
	res, err := Run(context.Background(), Options{Seeds: "seeds", Out: "out"})
	if err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	count := func(q string) int64 {
		t.Helper()
		var n int64
		if err := db.QueryRow(q).Scan(&n); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		return n
	}
	for _, tab := range dataset.Registry {
		file := filepath.ToSlash(filepath.Join("out", "dataset", tab.Name+".parquet"))
		want := int64(reflect.ValueOf(tab.Rows(res.Tables)).Elem().Len())
		if got := count(fmt.Sprintf("SELECT count(*) FROM '%s'", file)); got != want {
			t.Errorf("%s: DuckDB reads %d rows, the build wrote %d", tab.Name, got, want)
		}
		if tab.Span != nil {
			q := fmt.Sprintf(`SELECT count(*) FROM '%s' x JOIN 'out/dataset/sources.parquet' s USING (source_id)
				WHERE substring(s.text, x."%s" + 1, x."%s" - x."%s") <> x."%s"`,
				file, tab.Span.Start, tab.Span.End, tab.Span.Start, tab.Span.Text)
			if bad := count(q); bad != 0 {
				t.Errorf("%s: %d spans do not slice their text in DuckDB", tab.Name, bad)
			}
		}
	}
	if n := count("SELECT count(*) FROM 'out/dataset/sources.parquet'"); n != 5 {
		t.Errorf("sources has %d rows, want the 5 seeds", n)
	}
	types := map[string]string{}
	rows, err := db.Query("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM 'out/dataset/sources.parquet')")
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var name, typ string
		if err := rows.Scan(&name, &typ); err != nil {
			t.Fatal(err)
		}
		types[name] = typ
	}
	rows.Close()
	for col, want := range map[string]string{"published": "DATE", "bytes": "BIGINT", "text": "VARCHAR"} {
		if types[col] != want {
			t.Errorf("sources.%s is %s in DuckDB, want %s", col, types[col], want)
		}
	}
	for i, q := range queries {
		rows, err := db.Query(q)
		if err != nil {
			t.Errorf("README query %d: %v\n%s", i+1, err, q)
			continue
		}
		n := 0
		for rows.Next() {
			n++
		}
		rows.Close()
		if n == 0 && !strings.Contains(q, "quotes.parquet") {
			t.Errorf("README query %d returned no rows:\n%s", i+1, q)
		}
	}
	var wrong int64
	if err := db.QueryRow(queries[len(queries)-1]).Scan(new(int64), &wrong); err != nil || wrong != 0 {
		t.Errorf("README span check: wrong = %d, err = %v", wrong, err)
	}
}
