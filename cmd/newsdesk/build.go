package main

import (
	"context"
	"os"

	"newsdesk/dataset/build"
)

func runBuild(ctx context.Context, args []string) error {
	fs := flags("build")
	seeds := fs.String("seeds", "seeds", "folder of articles (.txt, .md) and an optional manifest.csv")
	out := fs.String("out", "out", "output folder; tables are written to OUT/dataset")
	workers := fs.Int("workers", 0, "articles processed in parallel (0: one per CPU)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{"build takes no arguments, only flags"}
	}
	_, err := build.Run(ctx, build.Options{Seeds: *seeds, Out: *out, Workers: *workers, Log: os.Stderr})
	return err
}
