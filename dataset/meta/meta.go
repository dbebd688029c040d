// Package meta infers an article's title, outlet and publication date from
// its cleaned text, each with the evidence it rests on.
package meta

import "newsdesk/dataset"

// Meta is what the text says about itself. Nil fields were not found.
type Meta struct {
	Title             *string
	Outlet            *string
	Published         *dataset.Date
	PublishedEvidence *string // e.g. "dateline", or "ambiguous:09/08/2022" when Published is nil
}

// Infer reads the metadata of a cleaned text in language lang.
// PLACEHOLDER.
func Infer(text, lang string) Meta { return Meta{} }
