package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	"newsdesk/dataset/eval"
)

// runEval measures extraction quality: on the held-out stories of the
// repository (quotes against their answer keys), then on the annotated
// corpora, which it skips, with a message and success, when the corpora
// folder is absent.
func runEval(ctx context.Context, args []string) error {
	fs := flags("eval")
	corpora := fs.String("corpora", "../shared/corpora", "folder of annotated corpora")
	stories := fs.String("stories", "dataset/build/testdata/stories", "folder of held-out stories with key.tsv answer keys")
	only := fs.String("only", "", "run only the suites whose name contains this")
	if err := parse(fs, args); err != nil {
		return err
	}
	if _, err := os.Stat(*stories); err == nil && strings.Contains("stories", *only) {
		fmt.Printf("== stories (%s)\n", *stories)
		if err := eval.Stories(ctx, *stories, os.Stdout); err != nil {
			return err
		}
	}
	if _, err := os.Stat(*corpora); err != nil {
		fmt.Printf("eval: corpora skipped, none at %s\n", *corpora)
		return nil
	}
	return eval.Run(ctx, *corpora, *only, os.Stdout)
}
