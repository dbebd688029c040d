// Package dataset holds the domain of newsdesk: the rows of every table of
// the data contract (Source, Sentence, Quote, Figure, Event, EventMention,
// Entity, Conflict), the table registry that describes their columns, keys
// and spans, the content-derived IDs, and the data tests that every build
// runs over the finished tables.
//
// It imports no third-party library. Turning articles into rows is the job
// of the subpackages (clean, segment, quotes, figures, events, …) driven by
// build; writing rows to files is the job of parquet. The report reads the
// tables back through parquet and never calls an extractor.
package dataset

// Version is the tool version written into every output. Bump it when a
// change alters what the extractors produce, so that outputs of different
// versions are never mistaken for one another.
const Version = "0.1.0"

// SchemaVersion is the version of the data contract (../CONTRACT in the
// README). Bump it on any breaking change to a listed table or column.
const SchemaVersion = "1"
