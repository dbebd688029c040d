// Package build is the pipeline of `newsdesk build`: it turns a folder of
// articles into the tables of the data contract and writes them, with
// datapackage.json and manifest.json, into OUT/dataset.
//
// Articles are read and extracted by a bounded pool of workers; the
// corpus-wide steps (entity merging, event clustering, conflicts) run once
// all articles are in; the data tests run over the finished tables; then
// every file is written into a staging folder that replaces OUT/dataset in
// one rename. Bad articles are rejected with a reason, listed in
// manifest.json and reported as an error after the others are built.
package build

import (
	"context"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"newsdesk/dataset"
	"newsdesk/dataset/clean"
	"newsdesk/dataset/entities"
	"newsdesk/dataset/events"
	"newsdesk/dataset/figures"
	"newsdesk/dataset/lang"
	"newsdesk/dataset/meta"
	"newsdesk/dataset/quotes"
	"newsdesk/dataset/segment"
)

// Options configure a build.
type Options struct {
	Seeds   string    // folder of articles
	Out     string    // output root; tables go to Out/dataset
	Workers int       // parallel article workers; 0 means GOMAXPROCS
	Log     io.Writer // progress and rejection messages; nil for none

	// permute, when set, reorders the listed inputs before the workers
	// see them: tests use it to prove the output ignores input order.
	permute func([]Input)
}

// RejectedError is returned when some inputs were rejected. The dataset of
// the other articles has been written.
type RejectedError struct{ Rejected []Rejected }

func (e *RejectedError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d input(s) rejected; the other articles were built:", len(e.Rejected))
	for _, r := range e.Rejected {
		fmt.Fprintf(&b, "\n  %s: %s", r.Path, r.Reason)
	}
	return b.String()
}

// Result summarises a build.
type Result struct {
	Tables   *dataset.Tables
	Manifest *Manifest
	Dir      string // Out/dataset
}

// article is one input on its way through the per-article stage.
type article struct {
	in      Input
	hash    *FileHash // nil when the file could not be read
	doc     *dataset.Doc
	quotes  quotes.Result
	names   []dataset.EntityMention
	figures []dataset.Figure
	times   []events.Mention
	reject  string
}

// Run builds the dataset. It returns a *RejectedError (with the dataset
// written) when inputs were rejected, and another error when nothing could
// be written.
func Run(ctx context.Context, opt Options) (*Result, error) {
	if opt.Workers <= 0 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	logf := func(format string, args ...any) {
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, format+"\n", args...)
		}
	}
	inputs, rejected, err := ListInputs(opt.Seeds)
	if err != nil {
		return nil, err
	}
	if len(inputs) == 0 && len(rejected) == 0 {
		return nil, fmt.Errorf("no .txt or .md articles in seeds folder %s", opt.Seeds)
	}
	metas, err := ReadManifest(opt.Seeds, inputs)
	if err != nil {
		return nil, err
	}
	aliases, err := entities.LoadAliases(filepath.Join(opt.Seeds, entities.AliasFile))
	if err != nil {
		return nil, err
	}
	prefix := displayPrefix(opt.Seeds)
	for i := range rejected {
		rejected[i].Path = path.Join(prefix, rejected[i].Path)
	}
	if opt.permute != nil {
		opt.permute(inputs)
	}
	arts := make([]*article, len(inputs))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < opt.Workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				arts[i] = process(inputs[i], prefix, metas[inputs[i].Rel])
			}
		}()
	}
	for i := range inputs {
		if ctx.Err() != nil {
			break
		}
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	var good []*article
	seen := map[string]string{} // source_id → rel path
	for _, a := range arts {
		if a.reject == "" {
			if prev, dup := seen[a.doc.Source.SourceID]; dup {
				a.reject = "same bytes as " + path.Join(prefix, prev) + "; remove one copy"
			} else {
				seen[a.doc.Source.SourceID] = a.in.Rel
			}
		}
		if a.reject != "" {
			rejected = append(rejected, Rejected{Path: path.Join(prefix, a.in.Rel), Reason: a.reject})
			continue
		}
		good = append(good, a)
	}
	sort.Slice(rejected, func(i, j int) bool { return rejected[i].Path < rejected[j].Path })
	for _, r := range rejected {
		logf("rejected %s: %s", r.Path, r.Reason)
	}
	sort.Slice(good, func(i, j int) bool { return good[i].doc.Source.SourceID < good[j].doc.Source.SourceID })

	tables := corpus(good, aliases)
	tables.Sort()
	if err := dataset.Check(tables); err != nil {
		return nil, fmt.Errorf("the built tables fail their data tests, nothing was written: %w", err)
	}
	hashes, err := inputHashes(opt.Seeds, prefix, arts)
	if err != nil {
		return nil, err
	}
	res, err := write(opt, tables, hashes, rejected, prefix)
	if err != nil {
		return nil, err
	}
	logf("built %d source(s) into %s", len(tables.Sources), res.Dir)
	if len(rejected) > 0 {
		return res, &RejectedError{Rejected: rejected}
	}
	return res, nil
}

// displayPrefix is how the seeds folder appears in sources.path and
// manifest.json: as given when it is a clean relative path inside the
// working folder (seeds), else its base name, so that the absolute path of
// the checkout never reaches an output.
func displayPrefix(seeds string) string {
	p := filepath.ToSlash(filepath.Clean(seeds))
	if !filepath.IsAbs(seeds) && p != ".." && !strings.HasPrefix(p, "../") {
		return p
	}
	return filepath.Base(filepath.Clean(seeds))
}

// process runs the per-article stage: read, check, clean, detect, segment,
// extract.
func process(in Input, prefix string, m Meta) (a *article) {
	a = &article{in: in}
	defer func() {
		// A bug in an extractor costs one article, not the build: the
		// article is rejected with the bug's message, the others are
		// built.
		if p := recover(); p != nil {
			*a = article{in: in, hash: a.hash, reject: fmt.Sprintf("internal error while extracting (%v); the other articles were built; please report this file with the error", p)}
		}
	}()
	raw, err := os.ReadFile(in.Path)
	if err != nil {
		a.reject = "cannot read: " + errText(err)
		return a
	}
	a.hash = &FileHash{Path: path.Join(prefix, in.Rel), SHA256: dataset.Sha256Hex(raw), Bytes: int64(len(raw))}
	text, err := Decode(raw)
	if err != nil {
		a.reject = err.Error()
		return a
	}
	src := dataset.Source{Path: a.hash.Path, SHA256: a.hash.SHA256, Bytes: a.hash.Bytes, Text: clean.Text(text)}
	src.SourceID = src.SHA256[:dataset.IDLen]
	if strings.TrimSpace(src.Text) == "" {
		a.reject = "no article text left after removing boilerplate"
		return a
	}
	applyMeta(&src, m, text)
	a.doc = dataset.NewDoc(src, segment.Rows(src.SourceID, src.Text, src.Language))
	if extractHook != nil {
		extractHook(a.doc)
	}
	a.quotes = quotes.Extract(a.doc)
	a.names = entities.Find(a.doc)
	a.figures = figures.Extract(a.doc)
	a.times = events.Find(a.doc)
	return a
}

// extractHook, when set (by tests), runs before the extractors on every
// article.
var extractHook func(*dataset.Doc)

// applyMeta fills language, title, outlet, author and publication date:
// the manifest's values win over what the text says. raw is the text
// before cleaning, where the byline still is.
func applyMeta(src *dataset.Source, m Meta, raw string) {
	if m.Language != "" {
		src.Language, src.LanguageEvidence = m.Language, "manifest"
	} else {
		code, conf := lang.Detect(src.Text)
		src.Language, src.LanguageEvidence = code, fmt.Sprintf("detected:%.2f", conf)
	}
	inf := meta.Infer(src.Text, src.Language)
	src.Title, src.Outlet, src.Published, src.PublishedEvidence = inf.Title, inf.Outlet, inf.Published, inf.PublishedEvidence
	if m.Title != "" {
		src.Title = dataset.Str(m.Title)
	}
	if m.Outlet != "" {
		src.Outlet = dataset.Str(m.Outlet)
	}
	src.URL = dataset.Str(m.URL)
	if m.Author != "" {
		src.Author = dataset.Str(m.Author)
	} else if names := meta.Byline(raw); len(names) > 0 {
		src.Author = dataset.Str(strings.Join(names, ", "))
	}
	if m.Published != nil {
		src.Published, src.PublishedEvidence = m.Published, dataset.Str("manifest")
	}
}

// corpus runs the steps that need every article: entity merging, speaker
// canonicalisation, event clustering, conflicts.
func corpus(arts []*article, aliases *entities.Aliases) *dataset.Tables {
	t := &dataset.Tables{}
	docs := make([]*dataset.Doc, len(arts))
	times := make([][]events.Mention, len(arts))
	var mentions []dataset.EntityMention
	for i, a := range arts {
		docs[i] = a.doc
		times[i] = a.times
		mentions = append(mentions, a.names...)
		mentions = append(mentions, a.quotes.Mentions...)
	}
	res := entities.Resolve(mentions, aliases)
	t.Entities = res.Entities()
	for _, a := range arts {
		for _, q := range a.quotes.Quotes {
			if q.Speaker != nil {
				q.Speaker = dataset.Str(res.Canonical(q.SourceID, *q.Speaker))
			}
			t.Quotes = append(t.Quotes, q)
		}
		t.Figures = append(t.Figures, a.figures...)
	}
	t.Entities = append(t.Entities, speakerEntities(t.Quotes, t.Entities)...)
	ev := events.Build(docs, times, res)
	t.Events, t.EventMentions = ev.Events, ev.Mentions
	t.Conflicts = append(append(t.Conflicts, ev.Conflicts...), figures.Conflicts(docs, t.Figures)...)
	for _, d := range docs {
		src := d.Source
		if anc, ok := ev.Anchors[src.SourceID]; ok && src.Published == nil {
			src.Published, src.PublishedEvidence = anc.Date.Ptr(), dataset.Str(anc.Evidence)
		}
		t.Sources = append(t.Sources, src)
		t.Sentences = append(t.Sentences, d.Sentences...)
	}
	return t
}

// inputHashes lists every input that shaped the output: the articles that
// could be read, and the folder's manifest.csv and alias file when present.
func inputHashes(seeds, prefix string, arts []*article) ([]FileHash, error) {
	var out []FileHash
	for _, a := range arts {
		if a.hash != nil {
			out = append(out, *a.hash)
		}
	}
	for _, name := range []string{ManifestFile, entities.AliasFile} {
		b, err := os.ReadFile(filepath.Join(seeds, name))
		if os.IsNotExist(err) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("cannot read %s: %w", filepath.Join(seeds, name), err)
		}
		out = append(out, FileHash{Path: path.Join(prefix, name), SHA256: dataset.Sha256Hex(b), Bytes: int64(len(b))})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out, nil
}

// speakerEntities returns an entity for every quote speaker that the
// entity merge did not produce, so that quotes.speaker always names a row
// of entities as the contract says. Such a speaker (a name the quotes
// extractor read but the entity finder did not) gets type other.
func speakerEntities(quotes []dataset.Quote, ents []dataset.Entity) []dataset.Entity {
	known := map[string]bool{}
	for _, e := range ents {
		known[e.Name] = true
	}
	var missing []string
	for _, q := range quotes {
		if q.Speaker != nil && !known[*q.Speaker] {
			known[*q.Speaker] = true
			missing = append(missing, *q.Speaker)
		}
	}
	sort.Strings(missing)
	out := make([]dataset.Entity, len(missing))
	for i, name := range missing {
		out[i] = dataset.Entity{EntityID: dataset.ID("entity", name, "other"), Name: name, Type: "other", Aliases: []string{name}}
	}
	return out
}
