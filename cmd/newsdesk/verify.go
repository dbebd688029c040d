package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"newsdesk/dataset/build"
)

// runVerify rebuilds the dataset into a temporary folder and compares every
// output's hash with OUT/dataset/manifest.json: the reproducibility check.
func runVerify(ctx context.Context, args []string) error {
	fs := flags("verify")
	seeds := fs.String("seeds", "seeds", "folder of articles the dataset was built from")
	out := fs.String("out", "out", "output folder holding OUT/dataset/manifest.json")
	workers := fs.Int("workers", 1, "workers for the rebuild (default differs from build on purpose)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	mpath := filepath.Join(*out, "dataset", build.ManifestName)
	b, err := os.ReadFile(mpath)
	if err != nil {
		return fmt.Errorf("cannot read %s: %w\nTry: make dataset first", mpath, err)
	}
	var want build.Manifest
	if err := json.Unmarshal(b, &want); err != nil {
		return fmt.Errorf("cannot parse %s: %w", mpath, err)
	}
	tmp, err := os.MkdirTemp("", "newsdesk-verify-*")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	res, err := build.Run(ctx, build.Options{Seeds: *seeds, Out: tmp, Workers: *workers})
	if res == nil {
		return fmt.Errorf("rebuild failed: %w", err)
	}
	return compare(want, *res.Manifest)
}

func compare(want, got build.Manifest) error {
	gotBy := map[string]build.FileHash{}
	for _, f := range got.Outputs {
		gotBy[f.Path] = f
	}
	bad := 0
	for _, w := range want.Outputs {
		g, ok := gotBy[w.Path]
		switch {
		case !ok:
			fmt.Printf("MISSING  %s\n", w.Path)
			bad++
		case g.SHA256 != w.SHA256:
			fmt.Printf("DIFFERS  %s (manifest %s…, rebuild %s…)\n", w.Path, w.SHA256[:12], g.SHA256[:12])
			bad++
		default:
			fmt.Printf("ok       %s %s\n", w.Path, w.SHA256[:12])
		}
		delete(gotBy, w.Path)
	}
	for p := range gotBy {
		fmt.Printf("EXTRA    %s\n", p)
		bad++
	}
	if bad > 0 {
		return fmt.Errorf("verify: %d output(s) differ from manifest.json; the build is not reproducible or the inputs changed", bad)
	}
	fmt.Printf("verify: all %d outputs match manifest.json\n", len(want.Outputs))
	return nil
}
