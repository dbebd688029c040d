package main

import (
	"context"
	"fmt"
	"os"

	"newsdesk/dataset/eval"
)

// runEval measures extraction quality on the annotated corpora. It skips,
// with a message and success, when the corpora folder is absent.
func runEval(ctx context.Context, args []string) error {
	fs := flags("eval")
	corpora := fs.String("corpora", "../shared/corpora", "folder of annotated corpora")
	only := fs.String("only", "", "run only the suites whose name contains this")
	if err := parse(fs, args); err != nil {
		return err
	}
	if _, err := os.Stat(*corpora); err != nil {
		fmt.Printf("eval: skipped, no corpora at %s\n", *corpora)
		return nil
	}
	return eval.Run(ctx, *corpora, *only, os.Stdout)
}
