// Package eval measures extraction quality against the annotated corpora
// in ../shared/corpora (PolNeAR, TimeBank, MEANTIME, ECB+, Recognizers-Text,
// Duckling, Indonesian cases) and, for quotes, against the answer keys of
// the held-out stories in dataset/build/testdata/stories (Stories). It is
// run by `make eval`, never by `make test`: the corpora are research-only
// and not part of the repository.
package eval

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"
)

// Suite is one evaluation: it reads its corpus from the corpora folder and
// prints its scores to w.
type Suite struct {
	Name   string
	Corpus string // folder under the corpora root
	Run    func(ctx context.Context, dir string, w io.Writer) error
}

// Suites lists every evaluation, in the order they are printed.
var Suites = concat(quotesSuites(), entitiesSuites(), figuresSuites(), eventsSuites())

func concat(lists ...[]Suite) []Suite {
	var out []Suite
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

// Run runs every suite whose name contains only ("" for all).
func Run(ctx context.Context, root, only string, w io.Writer) error {
	var failed []string
	for _, s := range Suites {
		if only != "" && !strings.Contains(s.Name, only) {
			continue
		}
		fmt.Fprintf(w, "== %s (%s)\n", s.Name, s.Corpus)
		if err := s.Run(ctx, filepath.Join(root, s.Corpus), w); err != nil {
			fmt.Fprintf(w, "   error: %v\n", err)
			failed = append(failed, s.Name)
		}
	}
	if len(failed) > 0 {
		return fmt.Errorf("eval: %d suite(s) failed: %s", len(failed), strings.Join(failed, ", "))
	}
	return nil
}
