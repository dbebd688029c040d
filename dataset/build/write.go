package build

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"

	"newsdesk/dataset"
	"newsdesk/dataset/parquet"
)

// Manifest is manifest.json: what went in, what came out, and with what.
type Manifest struct {
	Tool          string     `json:"tool"`
	ToolVersion   string     `json:"tool_version"`
	GoVersion     string     `json:"go_version"`
	SchemaVersion string     `json:"schema_version"`
	Seeds         string     `json:"seeds"`
	Inputs        []FileHash `json:"inputs"`
	Outputs       []FileHash `json:"outputs"`
	Rejected      []Rejected `json:"rejected"`
}

// FileHash is the sha256 and size of one file.
type FileHash struct {
	Path   string `json:"path"`
	SHA256 string `json:"sha256"`
	Bytes  int64  `json:"bytes"`
}

// ManifestName and PackageName are the two metadata files beside the tables.
const (
	ManifestName = "manifest.json"
	PackageName  = "datapackage.json"
)

// write renders every output into a staging folder beside Out/dataset and
// swaps it into place, so that a failed or interrupted build never leaves a
// half-written file where a good one stood.
func write(opt Options, t *dataset.Tables, inputs []FileHash, rejected []Rejected, prefix string) (*Result, error) {
	final := filepath.Join(opt.Out, "dataset")
	if err := os.MkdirAll(opt.Out, 0o755); err != nil {
		return nil, fmt.Errorf("cannot create output folder: %w", err)
	}
	stage, err := os.MkdirTemp(opt.Out, ".dataset-*")
	if err != nil {
		return nil, fmt.Errorf("cannot create staging folder in %s: %w", opt.Out, err)
	}
	defer os.RemoveAll(stage)
	if err := os.Chmod(stage, 0o755); err != nil {
		return nil, err
	}

	m := &Manifest{Tool: "newsdesk", ToolVersion: dataset.Version, GoVersion: runtime.Version(),
		SchemaVersion: dataset.SchemaVersion, Seeds: prefix, Inputs: inputs, Rejected: rejected}
	if m.Rejected == nil {
		m.Rejected = []Rejected{}
	}
	for _, tab := range dataset.Registry {
		var buf bytes.Buffer
		if err := parquet.Write(&buf, tab, tab.Rows(t)); err != nil {
			return nil, fmt.Errorf("cannot write table %s: %w", tab.Name, err)
		}
		fh, err := writeFile(stage, tab.Name+".parquet", buf.Bytes())
		if err != nil {
			return nil, err
		}
		m.Outputs = append(m.Outputs, fh)
	}
	pkg, err := json.MarshalIndent(DataPackage(), "", "  ")
	if err != nil {
		return nil, err
	}
	fh, err := writeFile(stage, PackageName, append(pkg, '\n'))
	if err != nil {
		return nil, err
	}
	m.Outputs = append(m.Outputs, fh)
	sort.Slice(m.Outputs, func(i, j int) bool { return m.Outputs[i].Path < m.Outputs[j].Path })
	mb, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return nil, err
	}
	if _, err := writeFile(stage, ManifestName, append(mb, '\n')); err != nil {
		return nil, err
	}
	if err := swap(stage, final); err != nil {
		return nil, err
	}
	return &Result{Tables: t, Manifest: m, Dir: final}, nil
}

func writeFile(dir, name string, b []byte) (FileHash, error) {
	p := filepath.Join(dir, name)
	f, err := os.Create(p)
	if err != nil {
		return FileHash{}, fmt.Errorf("cannot write %s: %w", name, err)
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		return FileHash{}, fmt.Errorf("cannot write %s: %w", name, err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return FileHash{}, fmt.Errorf("cannot write %s: %w", name, err)
	}
	if err := f.Close(); err != nil {
		return FileHash{}, fmt.Errorf("cannot write %s: %w", name, err)
	}
	return FileHash{Path: name, SHA256: dataset.Sha256Hex(b), Bytes: int64(len(b))}, nil
}

// swap replaces final by stage: the old folder is moved aside, the new one
// renamed in, the old one removed. At no moment does final hold a mix.
func swap(stage, final string) error {
	old := stage + ".old"
	hadOld := false
	if _, err := os.Stat(final); err == nil {
		if err := os.Rename(final, old); err != nil {
			return fmt.Errorf("cannot move old %s aside: %w", final, err)
		}
		hadOld = true
	}
	if err := os.Rename(stage, final); err != nil {
		if hadOld {
			os.Rename(old, final)
		}
		return fmt.Errorf("cannot move new dataset into %s: %w", final, err)
	}
	if hadOld {
		os.RemoveAll(old)
	}
	return nil
}
