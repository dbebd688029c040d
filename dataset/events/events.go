// Package events finds time expressions, resolves them to dates, clusters
// the dated happenings across articles into events and flags date
// conflicts.
package events

import (
	"newsdesk/dataset"
	"newsdesk/dataset/entities"
)

// Mention is one dated happening found in an article.
type Mention struct{}

// Find finds the time expressions of doc. It is safe for concurrent use.
// PLACEHOLDER.
func Find(doc *dataset.Doc) []Mention { return nil }

// Anchor is a publication date inferred for a source that has none.
type Anchor struct {
	Date     dataset.Date
	Evidence string
}

// Output is what Build produces for the whole corpus.
type Output struct {
	Events    []dataset.Event
	Mentions  []dataset.EventMention
	Conflicts []dataset.Conflict
	Anchors   map[string]Anchor // source_id → inferred publication date
}

// Build resolves and clusters the mentions of every doc (mentions[i]
// belongs to docs[i]; docs are sorted by source_id).
// PLACEHOLDER.
func Build(docs []*dataset.Doc, mentions [][]Mention, ents *entities.Resolver) Output {
	return Output{}
}
