package figures

import "newsdesk/dataset"

// Conflicts returns a figure conflict where sources give different values
// for the same thing.
func Conflicts(docs []*dataset.Doc, figs []dataset.Figure) []dataset.Conflict { return nil }
