// Package quotes finds who said what in an article: direct, partial and
// indirect quotes with their speakers, and the named mentions that the
// entities package merges across articles.
package quotes

import "newsdesk/dataset"

// Result is what one article yields.
type Result struct {
	Quotes   []dataset.Quote         // Speaker holds the in-article full name; build canonicalises it
	Mentions []dataset.EntityMention // named people, organisations, places
}

// Extract finds the quotes of doc. It is safe for concurrent use.
// PLACEHOLDER.
func Extract(doc *dataset.Doc) Result { return Result{} }
