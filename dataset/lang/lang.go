// Package lang detects the language of an article's cleaned text.
//
// It wraps github.com/abadojack/whatlanggo (trigram profiles, about 1 MB in
// the binary) restricted to the languages listed in languages.txt, and adds
// two guards: too little text, or text whose paragraphs disagree, gives Und.
// It does not tell Indonesian from Malay (whatlanggo has no Malay profile:
// Malay is reported as id) and does not detect languages outside the list.
package lang

import (
	_ "embed"
	"fmt"
	"strings"
	"unicode"

	"github.com/abadojack/whatlanggo"
)

// Und is the code for an undetermined language.
const Und = "und"

const (
	// minLetters is the least number of letters a text needs for an answer.
	minLetters = 40
	// minShare is the least share of the text's letters, counted over its
	// paragraphs, that must be in the winning language.
	minShare = 0.6
	// minParagraph is the least number of letters for a paragraph to vote.
	minParagraph = 25
	// maxLetters is how many letters of voting paragraphs are read: the
	// language of an article shows in its first paragraphs.
	maxLetters = 5000
)

//go:embed languages.txt
var languagesTxt string

var (
	iso1    = mustParseLanguages(languagesTxt)
	options = whatlanggo.Options{Whitelist: whitelist(iso1)}
)

func whitelist(m map[whatlanggo.Lang]string) map[whatlanggo.Lang]bool {
	w := map[whatlanggo.Lang]bool{}
	for l := range m {
		w[l] = true
	}
	return w
}

// parseLanguages reads languages.txt: per line an ISO 639-3 code known to
// whatlanggo and the ISO 639-1 code to report; '#' starts a comment.
func parseLanguages(src string) (map[whatlanggo.Lang]string, error) {
	out := map[whatlanggo.Lang]string{}
	for i, line := range strings.Split(src, "\n") {
		if j := strings.IndexByte(line, '#'); j >= 0 {
			line = line[:j]
		}
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		if len(f) != 2 || len(f[1]) != 2 {
			return nil, fmt.Errorf("lang: languages.txt line %d: want an ISO 639-3 and an ISO 639-1 code, got %q", i+1, strings.TrimSpace(line))
		}
		l := whatlanggo.CodeToLang(f[0])
		if l == -1 {
			return nil, fmt.Errorf("lang: languages.txt line %d: whatlanggo does not know %q", i+1, f[0])
		}
		out[l] = f[1]
	}
	return out, nil
}

func mustParseLanguages(src string) map[whatlanggo.Lang]string {
	m, err := parseLanguages(src)
	if err != nil {
		panic(err)
	}
	return m
}

// Detect returns the ISO 639-1 code of text's language and a confidence in
// [0,1]. Each paragraph (line) of at least 25 letters votes for its
// language with its number of letters, over the first 5,000 letters; the
// confidence is the winner's share of the votes (text without such a
// paragraph is detected whole). It returns Und with confidence 0 when the
// text has fewer than 40 letters, and Und with the winner's share as
// confidence when that share is below 60% (mixed text).
func Detect(text string) (code string, confidence float64) {
	if letters(text) < minLetters {
		return Und, 0
	}
	votes := map[whatlanggo.Lang]int{}
	total := 0
	for _, p := range strings.Split(text, "\n") {
		n := letters(p)
		if n < minParagraph {
			continue
		}
		votes[whatlanggo.DetectLangWithOptions(p, options)] += n
		if total += n; total >= maxLetters {
			break
		}
	}
	if total == 0 {
		info := whatlanggo.DetectWithOptions(text, options)
		if code, ok := iso1[info.Lang]; ok {
			return code, info.Confidence
		}
		return Und, 0
	}
	var best whatlanggo.Lang
	bestVotes := -1
	for l, v := range votes {
		if v > bestVotes || (v == bestVotes && l < best) { // ties: lowest enum, for determinism
			best, bestVotes = l, v
		}
	}
	share := float64(bestVotes) / float64(total)
	code, ok := iso1[best]
	if !ok || share < minShare {
		return Und, share
	}
	return code, share
}

func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}
