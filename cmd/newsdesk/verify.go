package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"newsdesk/dataset"
	"newsdesk/dataset/build"
)

// runVerify rebuilds the dataset into a temporary folder and compares every
// output's hash with OUT/dataset/manifest.json: the reproducibility check.
func runVerify(ctx context.Context, args []string) error {
	fs := flags("verify")
	seeds := fs.String("seeds", "seeds", "folder of articles the dataset was built from")
	out := fs.String("out", "out", "output folder holding OUT/dataset/manifest.json")
	workers := fs.Int("workers", 1, "workers for the rebuild (default differs from build on purpose)")
	if err := parse(fs, args); err != nil {
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
	onDisk, err := hashDir(filepath.Join(*out, "dataset"), want.Outputs)
	if err != nil {
		return err
	}
	if err := compare("on disk", want, onDisk); err != nil {
		return err
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
	return compare("rebuilt", want, res.Manifest.Outputs)
}

// hashDir hashes the files that manifest lists, as they are in dir.
func hashDir(dir string, files []build.FileHash) ([]build.FileHash, error) {
	var out []build.FileHash
	for _, f := range files {
		b, err := os.ReadFile(filepath.Join(dir, f.Path))
		if os.IsNotExist(err) {
			continue
		}
		if err != nil {
			return nil, err
		}
		out = append(out, build.FileHash{Path: f.Path, SHA256: dataset.Sha256Hex(b), Bytes: int64(len(b))})
	}
	return out, nil
}

// compare prints one line per output and fails when any differs.
func compare(what string, want build.Manifest, outputs []build.FileHash) error {
	gotBy := map[string]build.FileHash{}
	for _, f := range outputs {
		gotBy[f.Path] = f
	}
	bad := 0
	for _, w := range want.Outputs {
		g, ok := gotBy[w.Path]
		switch {
		case !ok:
			fmt.Printf("MISSING  %s (%s)\n", w.Path, what)
			bad++
		case g.SHA256 != w.SHA256:
			fmt.Printf("DIFFERS  %s (manifest %s…, %s %s…)\n", w.Path, w.SHA256[:12], what, g.SHA256[:12])
			bad++
		default:
			fmt.Printf("ok       %s %s (%s)\n", w.Path, w.SHA256[:12], what)
		}
		delete(gotBy, w.Path)
	}
	for p := range gotBy {
		fmt.Printf("EXTRA    %s (%s)\n", p, what)
		bad++
	}
	if bad > 0 {
		return fmt.Errorf("verify: %d %s output(s) differ from manifest.json; the files were changed, the inputs changed, or the build is not reproducible", bad, what)
	}
	fmt.Printf("verify: all %d %s outputs match manifest.json\n", len(want.Outputs), what)
	return nil
}
