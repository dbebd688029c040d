// Package meta infers an article's title, outlet and publication date from
// its cleaned text, each with the evidence it rests on, and its writers
// from the byline of the raw text (byline.go).
//
// It reads only the text's own header and datelines: the headline (a short
// first line without a final period, after any date line, section kicker
// or byline), the outlet named in a dateline ("Tirana (AsiaNews) –",
// "JAKARTA, KOMPAS.com -", "(Reuters) -") or in the words an outlet uses
// for itself ("Pantauan detikJateng"), and the publication date written in
// a header line ("09/08/2022, 17.44", "Senin, 20 Okt 2025 14:00 WIB",
// "September 8, 2022", "*Posted on 23 November 2022 by … | 4 min read*",
// "Updated 4:12 PM GMT+7, November 22, 2022"; of a published and an
// updated date, the earlier). Without a header date it reads the
// Indonesian lead form "Selasa (22/11/2022)" in the top lines, whose
// weekday checks it (evidence "inferred:weekday-date:…"): detik and Kompas
// date their reporting that way, the publication day or the day before.
// Month, weekday and header words and the outlet patterns are data in
// lexicon/. It does not take other dates of events in the body for the
// publication date (none is better than an event's: the events package
// then anchors the article on the story), and never guesses a numeric date that
// reads both ways: it resolves day and month only with evidence from the
// text (a weekday or month name on the date's line, another numeric date in
// the same format with a part above 12) and otherwise reports both
// candidates in PublishedEvidence.
package meta

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsdesk/dataset"
)

// Meta is what the text says about itself. Nil fields were not found.
type Meta struct {
	Title     *string
	Outlet    *string
	Published *dataset.Date
	// PublishedEvidence says how Published was read: "dateline:<as
	// written>", with ";weekday:…", ";month:…" or ";day-first:<other
	// date>"/";month-first:<other date>" when a numeric date was resolved.
	// When Published is nil because the date reads both ways it is
	// "ambiguous:<as written>=<candidate>|<candidate>" (candidates as
	// YYYY-MM-DD, earlier first).
	PublishedEvidence *string
}

// headerLines is how many non-empty lines at the top are searched for a
// title, a date line or a dateline.
const headerLines = 6

// Infer reads the metadata of a cleaned text in language lang. The rules
// of every language apply whatever lang says (headers mix languages).
func Infer(text, lang string) Meta {
	var m Meta
	lines := topLines(text, headerLines)
	m.Title = title(lines)
	m.Outlet = outlet(text, lines)
	m.Published, m.PublishedEvidence = published(text, lines)
	return m
}

// topLines returns the first n non-empty lines, trimmed, and for each
// whether more text follows it.
func topLines(text string, n int) []string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		if t := strings.TrimSpace(l); t != "" {
			out = append(out, t)
			if len(out) == n {
				break
			}
		}
	}
	return out
}

// title returns the headline: the first line, after date lines, kickers
// and bylines, that is short, has no final period, and has text after it.
func title(lines []string) *string {
	for i, l := range lines {
		if _, ok := headerDate(l); ok || isKicker(l) || isByline(l) {
			continue
		}
		h := markdownHeading.ReplaceAllString(l, "")
		if i == len(lines)-1 || !isHeadline(h) {
			return nil
		}
		return &h
	}
	return nil
}

// markdownHeading matches the markup around a Markdown headline
// ("# Title", "**Title**") so that the title is the words alone.
var markdownHeading = regexp.MustCompile(`^#{1,6}\s+|^\*\*|\*\*$|\s+#+$`)

func isHeadline(l string) bool {
	n := len(strings.Fields(l))
	if n < 3 || n > 24 || utf8.RuneCountInString(l) > 200 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(l)
	if unicode.IsLower(r) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(l)
	if strings.ContainsRune(".,:;", last) && !strings.HasSuffix(l, "...") {
		return false
	}
	for _, re := range outlets.datelines {
		if re.MatchString(l) {
			return false
		}
	}
	return true
}

// isKicker reports a section label such as "IRAN – ALBANIA": no lower-case
// letter, at most six words.
func isKicker(l string) bool {
	if len(strings.Fields(l)) > 6 {
		return false
	}
	letters := false
	for _, r := range l {
		if unicode.IsLower(r) {
			return false
		}
		letters = letters || unicode.IsLetter(r)
	}
	return letters
}

func isByline(l string) bool {
	f := strings.Fields(l)
	if len(f) < 2 || len(f) > 8 {
		return false
	}
	w := strings.TrimSuffix(f[0], ":")
	return w == "By" || w == "Oleh" || w == "BY" || w == "OLEH"
}

// outlet returns the outlet named in a dateline of the top lines, or else
// in the words an outlet uses for itself anywhere in the text.
func outlet(text string, lines []string) *string {
	for _, l := range lines {
		for _, re := range outlets.datelines {
			if m := re.FindStringSubmatch(l); m != nil {
				return dataset.Str(outlets.canonical(m[re.SubexpIndex("outlet")]))
			}
		}
	}
	for _, re := range outlets.self {
		if m := re.FindStringSubmatch(text); m != nil {
			return dataset.Str(outlets.canonical(m[re.SubexpIndex("outlet")]))
		}
	}
	return nil
}
