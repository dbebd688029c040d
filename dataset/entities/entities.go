// Package entities merges named mentions across articles and languages
// into entities with aliases, honouring a user-editable alias file.
package entities

import "newsdesk/dataset"

// Find returns the named mentions (people, organisations, places) of doc.
// It is safe for concurrent use.
// PLACEHOLDER.
func Find(doc *dataset.Doc) []dataset.EntityMention { return nil }

// Aliases is the user's alias file: overrides of the automatic merge.
type Aliases struct{}

// AliasFile is the name of the alias file looked for in the seeds folder.
const AliasFile = "aliases.csv"

// LoadAliases reads the alias file at path; a missing file is no error.
// PLACEHOLDER.
func LoadAliases(path string) (*Aliases, error) { return &Aliases{}, nil }

// Resolver maps surface forms to canonical entities.
type Resolver struct{}

// Resolve merges mentions into entities.
// PLACEHOLDER.
func Resolve(mentions []dataset.EntityMention, aliases *Aliases) *Resolver { return &Resolver{} }

// Entities returns the entities table rows.
func (r *Resolver) Entities() []dataset.Entity { return nil }

// Canonical returns the canonical name for surface form s seen in source
// sourceID, or s itself when it is not a known entity.
func (r *Resolver) Canonical(sourceID, s string) string { return s }
