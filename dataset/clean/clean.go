// Package clean turns an article file's text into sources.text: Unicode
// NFC, \n line ends, and boilerplate (share buttons, related-links lists,
// newsletter blurbs, comment forms, photo credits, tag lists, footer
// mottos) removed by per-language rules kept as data.
package clean

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// Text returns the cleaned article text of raw.
// PLACEHOLDER: only normalises; boilerplate rules to come.
func Text(raw string) string {
	s := strings.ReplaceAll(raw, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = norm.NFC.String(s)
	return strings.TrimSpace(s)
}
