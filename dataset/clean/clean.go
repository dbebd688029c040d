// Package clean turns an article file's text into sources.text: Unicode
// NFC, \n line ends, and boilerplate (share buttons, related-links lists,
// newsletter blurbs, comment forms, photo credits, tag lists, ad markers,
// footer mottos, bylines and contributor lines, donation appeals under
// their own Markdown heading, reading times, separators) removed by rules
// kept as data in rules/*.txt, one file per language plus common.txt, all
// applied to every article (cleaning runs before language detection, and
// the rules match whole lines, so one language's rules do not touch
// another's text).
//
// Rules match a line as written and without its Markdown marks ("##",
// "**…**", "- "). Header lines that carry the publication date ("Updated
// …, November 22, 2022", "*Posted on … *") stay: package meta reads them
// from the cleaned text.
//
// It removes whole lines (and, for suffix rules, the matched end of a line)
// and never rewrites the characters of the lines it keeps: no reflowing, no
// trimming inside lines, glued words stay glued. Besides the rules it drops
// a line that repeats the kept line before it word for word (a lead
// scraped twice, once as caption), keeps at most one empty line between
// paragraphs, and trims empty lines and white space at both ends of the
// text. It does not find the article among a whole web page's navigation:
// its input is article text.
package clean

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Text returns the cleaned article text of raw.
func Text(raw string) string {
	return Apply(Rules, raw)
}

// Apply cleans raw with rules (Text uses the embedded Rules).
func Apply(rules []Rule, raw string) string {
	s := strings.TrimPrefix(raw, "\uFEFF")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = norm.NFC.String(s)
	lines := strings.Split(s, "\n")
	drop := make([]bool, len(lines))
	blank := func(i int) bool { return strings.TrimSpace(lines[i]) == "" }

	// Suffix rules first, so that the other rules see the cut lines.
	for i := range lines {
		for _, r := range rules {
			if r.Kind == Suffix && (r.Needs == "" || strings.Contains(lines[i], r.Needs)) {
				if loc := r.Re.FindStringIndex(lines[i]); loc != nil {
					lines[i] = lines[i][:loc[0]]
				}
			}
		}
	}
	for i := 0; i < len(lines); i++ {
		if drop[i] || blank(i) {
			continue
		}
		t := strings.TrimSpace(lines[i])
		if len(t) > maxLine {
			continue
		}
		b := bare(t)
		for _, r := range rules {
			if r.Kind == End || r.Kind == Suffix || !r.matchBoth(t, b) {
				continue
			}
			switch r.Kind {
			case Line:
				drop[i] = true
			case Block:
				for _, j := range blockLines(lines, i) {
					drop[j] = true
				}
			case Section:
				for _, j := range sectionLines(lines, i) {
					drop[j] = true
				}
			case Tail:
				for j := i; j < len(lines); j++ {
					drop[j] = true
				}
			}
			break
		}
	}
	// End rules: walk up from the end over dropped and blank lines.
	for i := len(lines) - 1; i >= 0; i-- {
		if drop[i] || blank(i) {
			continue
		}
		if !matchesEnd(rules, strings.TrimSpace(lines[i])) {
			break
		}
		drop[i] = true
	}
	return assemble(lines, drop)
}

// blockLines returns the lines of the block that starts at line i: up to
// the next empty line, and on over empty lines through the following
// paragraphs as long as every line of them looks like a list item (see
// listItem), so that a related-links list with empty lines between its
// items goes whole, dates included.
func blockLines(lines []string, i int) []int {
	var out []int
	j := i
	for ; j < len(lines) && strings.TrimSpace(lines[j]) != ""; j++ {
		out = append(out, j)
	}
	for j < len(lines) {
		k := j
		for k < len(lines) && strings.TrimSpace(lines[k]) == "" {
			k++
		}
		start := k
		for k < len(lines) && strings.TrimSpace(lines[k]) != "" {
			if !listItem(strings.TrimSpace(lines[k])) {
				return out
			}
			k++
		}
		if start == k {
			break
		}
		for ; start < k; start++ {
			out = append(out, start)
		}
		j = k
	}
	return out
}

// sectionLines returns the lines of the Markdown section whose heading is
// line i: up to the next heading of the same or a higher level, or the
// end. When line i is not a Markdown heading it is a block (blockLines).
func sectionLines(lines []string, i int) []int {
	level := headingLevel(strings.TrimSpace(lines[i]))
	if level == 0 {
		return blockLines(lines, i)
	}
	out := []int{i}
	for j := i + 1; j < len(lines); j++ {
		if l := headingLevel(strings.TrimSpace(lines[j])); l > 0 && l <= level {
			break
		}
		out = append(out, j)
	}
	return out
}

// listItem reports whether a line looks like an item of a links list
// rather than body text: a date, a time or a short line (at most 150
// code points) that does not end a sentence.
func listItem(t string) bool {
	if listDate.MatchString(t) {
		return true
	}
	if utf8.RuneCountInString(t) > 150 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	return !strings.ContainsRune(".!?\"”’»:;", last)
}

var listDate = regexp.MustCompile(`^[\d/.:,\- ]+(?:WIB|WITA|WIT|GMT|UTC)?$`)

// maxLine is the length in bytes above which a line is taken for body
// text without trying the rules: boilerplate lines are short (the longest
// in the fixtures, a Kompas newsletter blurb, has 230 bytes), and matching
// the rules against long paragraphs costs time for nothing.
const maxLine = 600

func matchesEnd(rules []Rule, t string) bool {
	if len(t) > maxLine {
		return false
	}
	for _, r := range rules {
		if r.Kind == End && r.Match(t) {
			return true
		}
	}
	return false
}

// assemble joins the kept lines, drops a line equal to the kept line
// before it, and keeps one empty line where the input had one or more
// empty lines between kept lines. A line removed inside a paragraph does
// not split the paragraph.
func assemble(lines []string, drop []bool) string {
	var b strings.Builder
	var prev string
	gap := false
	for i, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case drop[i]:
		case t == "":
			gap = true
		case t == prev:
			gap = false
		default:
			if b.Len() > 0 {
				b.WriteByte('\n')
				if gap {
					b.WriteByte('\n')
				}
			}
			gap = false
			prev = t
			b.WriteString(l)
		}
	}
	return strings.TrimSpace(b.String())
}
