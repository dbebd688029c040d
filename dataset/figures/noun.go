package figures

import (
	"strings"
	"unicode"
)

// nounLang says which noun-phrase rules apply: Indonesian when the article
// is Indonesian, or undetermined with Indonesian separators.
func (sc *scanner) nounLang() string {
	if len(sc.langs) == 1 {
		return sc.langs[0]
	}
	if sc.conv == convID {
		return "id"
	}
	return "en"
}

// countedNoun reads the thing counted by the number that ends before token
// j and returns it in English singular with the token index after it, or
// "" when there is none. loose allows a singular head (one diplomat, half
// of the budget).
func (sc *scanner) countedNoun(j int, value float64, loose bool) (string, int) {
	// about 3,000. members: a stray full stop before a lower-case noun does
	// not end the phrase (nor, really, the sentence).
	if j+1 < len(sc.toks) && sc.toks[j].text == "." && attached(sc.toks[j-1], sc.toks[j]) && sc.toks[j+1].kind == tWord &&
		!isCap(sc.toks[j+1]) && !lex.stop["en"][sc.toks[j+1].low] && !lex.stop["id"][sc.toks[j+1].low] {
		if n, e := sc.countedNoun2(j+1, value, loose); n != "" {
			return n, e
		}
	}
	if j >= len(sc.toks) || !sc.same(j-1, j) {
		return "", j
	}
	return sc.countedNoun2(j, value, loose)
}

func (sc *scanner) countedNoun2(j int, value float64, loose bool) (string, int) {
	if sc.nounLang() == "id" {
		return sc.countedNounID(j)
	}
	return sc.countedNounEN(j, value == 1 || loose)
}

// determinersOf may follow "of" before the counted noun: four of the
// diplomats, half of its members.
var determinersOf = map[string]bool{"the": true, "its": true, "their": true, "these": true, "those": true, "his": true, "her": true, "our": true}

func (sc *scanner) countedNounEN(j int, singularOK bool) (string, int) {
	toks := sc.toks
	k := j
	if sc.word(k) == "of" {
		k++
		if determinersOf[sc.word(k)] {
			k++
		}
	}
	var words []int
	for n := k; n < len(toks) && len(words) < 4 && sc.same(j, n); n++ {
		t := toks[n]
		if t.kind == tPunct && t.text == "-" && n > k && attached(toks[n-1], t) && n+1 < len(toks) && attached(t, toks[n+1]) && toks[n+1].kind == tWord {
			continue // so-called, long-range
		}
		if t.kind != tWord || lex.stop["en"][t.low] || len(sc.numWords(n)) > 0 || lex.dates[t.low] != "" {
			break
		}
		// the district's: a possessive is a determiner, not the head.
		if n+2 < len(toks) && (toks[n+1].text == "'" || toks[n+1].text == "’") && attached(t, toks[n+1]) && toks[n+2].low == "s" {
			n += 2
			continue
		}
		words = append(words, n)
		if isPluralEN(t) {
			// police officers, people smugglers: a plural noun right after
			// an irregular plural is the head of a compound.
			if _, irregular := lex.plurals[t.low]; irregular && n+1 < len(toks) && sc.same(n, n+1) && toks[n+1].kind == tWord &&
				!lex.stop["en"][toks[n+1].low] && isPluralEN(toks[n+1]) {
				return t.low + " " + singularEN(toks[n+1]), n + 2
			}
			// aid workers, member states: a known compound keeps its
			// modifier.
			if len(words) >= 2 {
				if c := toks[words[len(words)-2]].low + " " + singularEN(t); lex.compound[c] {
					return c, n + 1
				}
			}
			// co-workers, X-rays: a head written against a hyphen keeps
			// the word before it.
			if n >= 2 && toks[n-1].text == "-" && attached(toks[n-1], t) && attached(toks[n-2], toks[n-1]) && toks[n-2].kind == tWord && n-2 >= k {
				return toks[n-2].low + "-" + singularEN(t), n + 1
			}
			return singularEN(t), n + 1
		}
	}
	if singularOK && len(words) > 0 {
		n := words[len(words)-1]
		w := toks[n].low
		if !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ly") && !strings.HasSuffix(w, "ing") {
			if len(words) >= 2 {
				if c := toks[words[len(words)-2]].low + " " + singularEN(toks[n]); lex.compound[c] {
					return c, n + 1 // one aid worker
				}
			}
			return singularEN(toks[n]), n + 1
		}
	}
	return "", j
}

// isPluralEN reports whether a word is an English plural: listed in
// plural_en.tsv, or ending in s but not in ss, us, is.
func isPluralEN(t token) bool {
	w := t.low
	if _, ok := lex.plurals[w]; ok {
		return true
	}
	if len(w) < 4 || !strings.HasSuffix(w, "s") {
		return false
	}
	for _, suf := range []string{"ss", "us", "is", "ous"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	return true
}

// singularEN returns the English singular of a noun as written: acronyms
// keep their case (MPs → MP), other words are lower-cased.
func singularEN(t token) string {
	w := t.low
	upper := 0
	for _, r := range t.text {
		if unicode.IsUpper(r) {
			upper++
		}
	}
	if upper >= 2 {
		return strings.TrimSuffix(t.text, "s")
	}
	if s, ok := lex.plurals[w]; ok {
		return s
	}
	switch {
	case !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is"):
		return w
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "sses") ||
		strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "zes"):
		return w[:len(w)-2]
	}
	return w[:len(w)-1]
}

// verbPrefixesID mark Indonesian words that are verbs far more often than
// nouns after a number (ditangkap, meninggal, terluka, berhasil).
var verbPrefixesID = []string{"me", "di", "ber", "ter"}

func (sc *scanner) countedNounID(j int) (string, int) {
	toks := sc.toks
	k := j
	if toks[k].kind != tWord {
		return "", j
	}
	if toks[k].low == "dari" && k+1 < len(toks) && sc.same(k, k+1) {
		k++ // setengah dari peserta
	}
	if e, n, ok := sc.nounID(k); ok {
		if e.classifier {
			// dua orang polisi: the noun after the classifier counts.
			if e2, n2, ok2 := sc.nounID(n); ok2 && n < len(toks) && sc.same(k, n) && !e2.classifier {
				return e2.english, n2
			}
			if n < len(toks) && sc.same(k, n) && !e.counter {
				if w, n2 := sc.unknownNounID(n); w != "" {
					return w, n2
				}
			}
		}
		return e.english, n
	}
	return sc.unknownNounID(k)
}

// nounID looks token k up in the Indonesian noun lexicon (two-word nouns
// first: rumah sakit; reduplicated plurals: anggota-anggota).
func (sc *scanner) nounID(k int) (nounEntry, int, bool) {
	toks := sc.toks
	if k >= len(toks) || toks[k].kind != tWord {
		return nounEntry{}, k, false
	}
	if k+1 < len(toks) && toks[k+1].kind == tWord && sc.same(k, k+1) {
		if e, ok := lex.nounsID2[toks[k].low+" "+toks[k+1].low]; ok {
			return e, k + 2, true
		}
	}
	if e, ok := lex.nounsID[toks[k].low]; ok {
		return e, sc.skipRedup(k), true
	}
	return nounEntry{}, k, false
}

// skipRedup returns the index after a reduplicated word (anggota-anggota).
func (sc *scanner) skipRedup(k int) int {
	toks := sc.toks
	if k+2 < len(toks) && toks[k+1].text == "-" && attached(toks[k], toks[k+1]) && attached(toks[k+1], toks[k+2]) && toks[k+2].low == toks[k].low {
		return k + 3
	}
	return k + 1
}

// unknownNounID keeps an Indonesian noun the lexicon does not know, as
// written in lower case, unless it is a function word, a verb by its
// prefix, a proper name, or a number, date or unit word.
func (sc *scanner) unknownNounID(k int) (string, int) {
	t := sc.toks[k]
	if t.kind != tWord || lex.stop["id"][t.low] || len(sc.numWords(k)) > 0 || lex.dates[t.low] != "" || isCap(t) {
		return "", k
	}
	if len(t.low) >= 6 {
		for _, p := range verbPrefixesID {
			if strings.HasPrefix(t.low, p) {
				return "", k
			}
		}
	}
	w := t.low
	if strings.HasSuffix(w, "nya") && len(w) > 6 {
		w = strings.TrimSuffix(w, "nya") // betisnya: its calves
		if e, ok := lex.nounsID[w]; ok {
			return e.english, k + 1
		}
	}
	return w, sc.skipRedup(k)
}

// nounWord reads the word of a hyphenated modifier (three-story → story).
func (sc *scanner) nounWord(j int) string {
	t := sc.toks[j]
	if sc.nounLang() == "id" {
		if e, ok := lex.nounsID[t.low]; ok {
			return e.english
		}
		return ""
	}
	if lex.stop["en"][t.low] || len(sc.numWords(j)) > 0 {
		return ""
	}
	return singularEN(t)
}
