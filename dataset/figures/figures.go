// Package figures finds every number that counts something, with its
// value, unit and hedge, in English and Indonesian, and the figure
// conflicts between sources.
package figures

import "newsdesk/dataset"

// Extract finds the figures of doc. It is safe for concurrent use.
// PLACEHOLDER.
func Extract(doc *dataset.Doc) []dataset.Figure { return nil }

// Conflicts returns a figure conflict where sources give different values
// for the same thing.
// PLACEHOLDER.
func Conflicts(docs []*dataset.Doc, figs []dataset.Figure) []dataset.Conflict { return nil }
