package meta

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Byline returns the writers that a byline at the top of raw names, or
// nil: a line of its own opened by "By", "Oleh" or "Penulis" (By Jane
// Doe; BY NINA KARTIKA and EDWARD TAMBUNAN; Oleh: Rahmat Hidayat; By
// Helen Marsh, Ravenscar Gazette; Penulis: Dian Anggraini | Editor: …),
// or the "by" part of a header date line (Posted on March 4, 2024 by Dana
// Whitfield). raw is the text before cleaning, which removes a byline line
// as boilerplate. The names are read as BylineNames reads them, but every
// part of the line must be a name, a role, a handle or an outlet: a lead
// that opens with "By" (By Friday, the embassy was empty.) is no byline.
func Byline(raw string) []string {
	for _, l := range topLines(raw, headerLines+2) {
		l = strings.TrimSpace(markdownHeading.ReplaceAllString(strings.Trim(l, "*_> "), ""))
		if _, ok := leadWord(l); ok {
			return bylineNames(l, true)
		}
		if _, ok := headerDate(l); ok {
			if i := strings.Index(l, " by "); i >= 0 {
				return bylineNames(l[i+len(" by "):], true)
			}
		}
	}
	return nil
}

// BylineNames returns the people a byline names, with or without its
// leading "By", "Oleh" or "Penulis". Names are separated by commas, "and",
// "&" or "dan"; a name all in capitals is written in title case (JAMES B.
// STEWART → James B. Stewart). A handle (@djusatoday), an outlet after a
// comma (Reuters, The Cincinnati Enquirer, USA TODAY) and a part that says
// what a writer is (Staff Writer, Kontributor Demak) are left out. The
// names end at a bar or a dash (By Jane Doe | Reuters), at a place (By
// Jane Doe in Tirana), at a sentence's end (By EDUARDO PORTER. Email: …)
// and at a part that is no name (Special for USA TODAY). When the first
// part is no name (By the time the polls closed, …) the line is no
// byline: nil.
func BylineNames(s string) []string { return bylineNames(s, false) }

// bylineNames reads the names of byline s; strict, a part that is no name
// makes it no byline at all.
func bylineNames(s string, strict bool) []string {
	s, _ = leadWord(strings.TrimSpace(s))
	if loc := bylineEnd.FindStringIndex(s); loc != nil {
		s = s[:loc[0]]
	}
	for _, m := range sentenceEnd.FindAllStringSubmatchIndex(s, -1) {
		if w := s[m[2]:m[3]]; !nameAbbreviations[w] {
			s = s[:m[3]]
			break
		}
	}
	var names []string
	for _, part := range bylineSep.Split(s, -1) {
		part = strings.TrimSpace(part)
		switch {
		case part == "" || strings.HasPrefix(part, "@"):
			continue
		case writerRole(part):
			continue // Penulis Kontributor Demak, Riska Ayu Lestari
		case len(names) > 0 && isOutletName(part):
			continue
		}
		name, ok := personName(part)
		if !ok && strict {
			return nil
		}
		if !ok {
			break
		}
		names = append(names, name)
	}
	return names
}

// writerRole reports a part of a byline that says what the writer is, not
// who: its first or last word is a writer's role (Kontributor Demak;
// Staff Writer; Chief Political Correspondent).
func writerRole(part string) bool {
	f := strings.Fields(strings.ToLower(part))
	return writerRoles[f[0]] || writerRoles[f[len(f)-1]]
}

var writerRoles = map[string]bool{"kontributor": true, "wartawan": true, "koresponden": true, "reporter": true, "correspondent": true,
	"writer": true, "editor": true, "columnist": true, "contributor": true}

// sentenceEnd finds a period after a word of two letters or more and a
// space: where a sentence after the names begins (By NOAH REMNICK.
// fitcity@…), unless the word is an abbreviation in a name (Dr. Susan
// Berry); an initial (James B. Stewart) has one letter.
var sentenceEnd = regexp.MustCompile(`(\p{L}{2,})\.\s`)

var nameAbbreviations = map[string]bool{"Dr": true, "Mr": true, "Mrs": true, "Ms": true, "Jr": true, "Sr": true, "St": true, "Rev": true, "Prof": true, "JR": true, "SR": true, "DR": true}

// leadWord strips "By", "Oleh" or "Penulis" (any case, a colon allowed)
// from the start of s, and reports whether it did; a scraped "byYlan Q.
// Mui" loses its "by" too, but "Penulisan" is another word.
func leadWord(s string) (string, bool) {
	for _, w := range []string{"by", "oleh", "penulis"} {
		if len(s) <= len(w) || !strings.EqualFold(s[:len(w)], w) {
			continue
		}
		rest := s[len(w):]
		r, _ := utf8.DecodeRuneInString(rest)
		if r == ':' || unicode.IsSpace(r) || unicode.IsUpper(r) && unicode.IsLower(rune(s[1])) {
			return strings.TrimLeft(rest, ": \t"), true
		}
	}
	return s, false
}

// bylineSep separates the names of a byline; bylineEnd starts what
// follows them (an outlet after a bar or a dash, a place).
var (
	bylineSep = regexp.MustCompile(`\s*,\s*(?:(?:and|dan|&)\s+)?|\s+(?:and|AND|dan|DAN|&)\s+`)
	bylineEnd = regexp.MustCompile(`\s+[|·–—-]\s+|\s*\||\s+(?:in|at|di)\s+\p{Lu}`)
)

// nameParticles may stand in lower case inside a name.
var nameParticles = map[string]bool{"van": true, "von": true, "de": true, "der": true, "den": true, "da": true, "di": true, "du": true, "del": true, "dos": true, "bin": true, "binti": true, "al": true, "el": true, "la": true, "le": true}

// personName returns part as a person's name, and whether it is one: one
// to six words, each capitalised (or a particle), of letters, periods,
// apostrophes and hyphens only. A name all in capitals of two words or
// more is written in title case (STEWART, O'NEILL, AL-ARIAN); one with a
// word in lower case keeps its capitals (AWR Hawkins), as does one word
// (AFP).
func personName(part string) (string, bool) {
	f := strings.Fields(part)
	if len(f) == 0 || len(f) > 6 {
		return "", false
	}
	caps := len(f) > 1
	for i, w := range f {
		r, _ := utf8.DecodeRuneInString(w)
		if nameParticles[w] && i > 0 && i < len(f)-1 {
			caps = false
			continue
		}
		if !unicode.IsUpper(r) || strings.IndexFunc(w, notNameRune) >= 0 {
			return "", false
		}
		caps = caps && strings.IndexFunc(w, unicode.IsLower) < 0
	}
	if caps {
		for i, w := range f {
			f[i] = titleCase(w)
		}
	}
	return strings.Join(f, " "), true
}

func notNameRune(r rune) bool {
	return !unicode.IsLetter(r) && !strings.ContainsRune(".'’-", r)
}

// titleCase writes a word in capitals in title case: a capital after
// anything but a letter (O'Neill, Al-Arian, B.).
func titleCase(w string) string {
	var b strings.Builder
	up := true
	for _, r := range w {
		if up {
			b.WriteRune(r)
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		up = !unicode.IsLetter(r)
	}
	return b.String()
}

// isOutletName reports an outlet after a writer's name: one the outlets
// lexicon names, one opened by "The" (no person's name is), or one whose
// last word newspapers and agencies use (the byline pattern of
// lexicon/outlets.txt), in capitals too (USA TODAY).
func isOutletName(s string) bool {
	if outlets.canonical(s) != s || strings.HasPrefix(s, "The ") || strings.HasPrefix(s, "THE ") {
		return true
	}
	t, _ := personName(s)
	for _, re := range outlets.datelines {
		for _, v := range []string{s, t} {
			if m := re.FindStringSubmatch("By Name, " + v); m != nil && m[re.SubexpIndex("outlet")] == v {
				return true
			}
		}
	}
	return false
}
