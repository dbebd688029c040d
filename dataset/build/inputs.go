package build

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"
)

// Input is one article file found in the seeds folder.
type Input struct {
	Rel  string // path relative to the seeds folder, /-separated
	Path string // path on disk
}

// Rejected is an input that could not be built, and why.
type Rejected struct {
	Path   string `json:"path"`
	Reason string `json:"reason"`
}

// ListInputs returns every .txt and .md file under dir, sorted by relative
// path so that the order never depends on the file system. Hidden files and
// folders are skipped. Symlinks are followed only when they lead to a
// regular file inside dir; others come back as rejected.
func ListInputs(dir string) ([]Input, []Rejected, error) {
	root, err := filepath.Abs(dir)
	if err != nil {
		return nil, nil, err
	}
	if real, err := filepath.EvalSymlinks(root); err == nil {
		root = real
	}
	st, err := os.Stat(root)
	if err != nil {
		return nil, nil, fmt.Errorf("cannot read seeds folder %s: %w", dir, err)
	}
	if !st.IsDir() {
		return nil, nil, fmt.Errorf("seeds folder %s is not a folder", dir)
	}
	var ins []Input
	var rej []Rejected
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(root, p)
		rel = filepath.ToSlash(rel)
		if err != nil {
			if p == root {
				return err
			}
			rej = append(rej, Rejected{rel, "cannot read: " + errText(err)})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if p != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || !isArticle(d.Name()) {
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			target, err := filepath.EvalSymlinks(p)
			if err != nil {
				rej = append(rej, Rejected{rel, "broken symlink: " + errText(err)})
				return nil
			}
			if !within(root, target) {
				rej = append(rej, Rejected{rel, "symlink leads outside the seeds folder; copy the file in instead"})
				return nil
			}
		}
		ins = append(ins, Input{Rel: rel, Path: p})
		return nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("cannot list seeds folder %s: %w", dir, err)
	}
	sort.Slice(ins, func(i, j int) bool { return ins[i].Rel < ins[j].Rel })
	return ins, rej, nil
}

func isArticle(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return ext == ".txt" || ext == ".md"
}

func within(root, p string) bool {
	rel, err := filepath.Rel(root, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, "../")
}

func errText(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// Decode checks that b is article text and returns it as a string: not
// empty, UTF-8, no NUL bytes (a binary file). A UTF-8 byte order mark is
// dropped. The error says what is wrong and where, for the rejection note.
func Decode(b []byte) (string, error) {
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	if len(bytes.TrimSpace(b)) == 0 {
		return "", errors.New("empty file")
	}
	if bytes.HasPrefix(b, []byte("\xff\xfe")) || bytes.HasPrefix(b, []byte("\xfe\xff")) {
		return "", errors.New("UTF-16 text; save it as UTF-8")
	}
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return "", fmt.Errorf("binary file (NUL byte at offset %d)", i)
	}
	if !utf8.Valid(b) {
		off := 0
		for off < len(b) {
			r, n := utf8.DecodeRune(b[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		return "", fmt.Errorf("not UTF-8 text (invalid byte at offset %d); save it as UTF-8", off)
	}
	return string(b), nil
}
