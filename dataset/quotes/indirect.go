package quotes

import (
	"strings"

	"newsdesk/dataset"
)

// prepositions after a cue mean no reported clause follows (said on
// Tuesday, mengatakan di Jakarta).
var prepositions = map[string]bool{"on": true, "in": true, "at": true, "to": true, "for": true, "with": true, "of": true,
	"during": true, "after": true, "before": true, "about": true, "from": true, "by": true, "as": true, "so": true,
	"against": true, "regarding": true, "following": true, "than": true, "like": true, "over": true, "into": true,
	"through": true, "throughout": true, "across": true, "toward": true, "towards": true, "around": true, "among": true, "between": true, "outside": true, "inside": true, "near": true, "behind": true, "under": true, "within": true, "without": true, "via": true, "upon": true,
	"di": true, "pada": true, "kepada": true, "dalam": true, "saat": true, "ketika": true, "usai": true, "seusai": true, "kemarin": true}

// indirect finds reported speech without quotation marks, one per
// sentence: X said (that) …, X denied that …, according to X, …, menurut
// X, …, X mengatakan bahwa …, …, kata X.
func (x *extractor) indirect() {
	for s := 0; s < len(x.toks); {
		e := s
		hasQuote, next := false, -1
		for e < len(x.toks) && !x.isBoundary(e) {
			if x.toks[e].quote >= 0 {
				hasQuote = true
			}
			e++
			if x.endsQuotedSentence(e - 1) {
				next = e // "It's just not true." He said Clinton …
				break
			}
		}
		if e-s >= 4 {
			if hasQuote {
				// Reported speech before a quotation in the same
				// sentence: Trump said the wall stays, adding: "…".
				// Only the part before the first quotation counts, and
				// only when a comma, colon or dash ends it (not said it
				// was "orchestrated …", a partial quotation).
				q := s
				for q < e && x.toks[q].quote < 0 {
					q++
				}
				if q > s && x.toks[q-1].kind == tokWord {
					q = s // the quotation is part of the clause: partial
				}
				for q > s && x.toks[q-1].kind == tokPunct {
					q--
				}
				// …, adding: "…" / …, lalu menambahkan: "…": the cue of
				// the quotation is no part of the reported clause.
				for m := q - 1; m > s && m >= q-4; m-- {
					if x.toks[m].text == "," {
						for c := m + 1; c < q; c++ {
							if _, ok := x.matchAt(c, q, "cue"); ok {
								q = m
								break
							}
						}
						break
					}
				}
				if q-s >= 4 {
					x.indirectIn(s, q)
				}
				x.addingAfterQuote(s, e)
			} else {
				x.indirectIn(s, e)
			}
		}
		if next >= 0 {
			s = next
		} else {
			s = e + 1
		}
	}
}

func (x *extractor) indirectIn(s, e int) {
	for c := s; c < e; c++ {
		p, ok := x.matchAt(c, e, "according", "indirect", "after", "cue")
		if !ok {
			continue
		}
		// told reporters that …, said in a statement that …: a longer cue
		// that opens with a cue of reported speech is that cue, the rest
		// its object or adjunct.
		if p.tag == "cue" {
			if q, ok := x.matchAt(c, e, "indirect"); ok {
				p = q
			}
		}
		switch {
		case p.tag == "according" && c == s:
			// According to X, content; Menurutnya, content.
			n, ok := x.npAfter(p.to, e)
			if !ok && x.hasSuffix(c) && p.to < e && x.toks[p.to].text == "," {
				n, ok = np{from: c, to: c + 1, run: -1, pron: true}, true
			}
			if !ok {
				return
			}
			k := n.to
			for k < e && x.toks[k].text != "," {
				k++
			}
			x.addIndirect(k+1, e, p, n)
			return
		case c > s+3 && x.toks[c-1].text == "," && !(p.to < e && x.lex.has("that", x.toks[p.to].lower)) && !x.appositiveSubject(s, c) && x.invertedAt(c, p, e):
			// Content, according to X / kata X / said X; but X, who
			// …, said that …, and X, a spokesman, said the office …:
			// the content follows.
			n, ok := x.npAfter(x.skipObject(p.to, e), e)
			if !ok && x.hasSuffix(c) {
				n, ok = np{from: c, to: c + 1, run: -1, pron: true}, true
			}
			if !ok && p.tag == "according" {
				// …, according to data from the Department of Education:
				// a source that names no speaker.
				n, ok = x.sourcePhrase(p.to, e)
			}
			if ok {
				x.addIndirect(s, c-1, p, n)
				return
			}
		case c > s+3 && p.tag == "according" && x.toks[c-1].kind == tokWord:
			// … 46 percent to 39 percent according to a CBS poll.
			n, ok := x.npAfter(p.to, e)
			if !ok {
				n, ok = x.sourcePhrase(p.to, e)
			}
			if ok {
				x.addIndirect(s, c, p, n)
				return
			}
		case c > s+3 && (c+1 >= e-1 || x.adjunctOnly(p.to, e)) && p.tag != "according" && x.commaBeforeSubject(s, c) && x.toks[e-1].text != ":":
			// Content, digital consultant Phil Musser says; but In the
			// text of the post, Wallnau wrote: the words follow.
			n, _ := x.cueSubject(c, s)
			k := n.from - 1
			if x.adjunctOnly(s, k) || p.to < e && x.toks[p.to].text == ":" {
				continue // In a statement, the club said: "…": the words follow
			}
			x.addIndirect(s, k, p, n)
			return
		case p.tag == "indirect":
			n, ok := x.cueSubject(c, s)
			if strings.HasSuffix(x.toks[p.to-1].lower, "ing") || c > s && x.lex.has("while", x.toks[c-1].lower) {
				// Sanders stepped up his attacks, saying the plan …;
				// Prabowo meninjau tanggul, seraya mengatakan bahwa …:
				// the subject of the clause speaks.
				n, ok = x.clauseSubject(s, c)
			}
			if !ok {
				// Two-thirds of Democratic insiders said …; Edwards and
				// others said …: a short subject of words only speaks,
				// though it names nobody the speaker column can hold.
				if n, ok = x.plainSubject(s, c); !ok {
					continue
				}
			}
			// told reporters that …, mengatakan kepada wartawan …; but
			// said members voted …: the noun after a plain cue opens the
			// content.
			k := p.to
			if o := x.skipObject(p.to, e); o > k && (x.lex.has("listener", x.text(p.from, p.to)) || prepositions[x.toks[k].lower]) {
				k = o
			}
			if k < e && x.runAt[k] >= 0 && k == p.to && x.lex.has("listener", x.text(p.from, p.to)) {
				k = x.runs[x.runAt[k]].to // told CNN
				// told Mr. Antar's lawyers that: the possessed noun is
				// who was told, too.
				if k+1 < e && isPossessive(x.toks[k]) {
					for m := k + 1; m < e && m <= k+4; m++ {
						if t := x.toks[m]; t.kind != tokWord || t.capitalised() || t.quote >= 0 || x.lex.has("that", t.lower) {
							break
						}
						k = m + 1
					}
				}
			}
			for k < e && x.toks[k].text == "," {
				k++
			}
			// said on MSNBC that …, told reporters in Iowa that …, said
			// Tuesday that …
			// (also said last week that …, said earlier this month that …)
			if k < e && (prepositions[x.toks[k].lower] || x.toks[k].capitalised() && x.lex.has("stop", x.toks[k].text) || x.lex.has("time", x.toks[k].lower) && x.toks[k].lower != "so") {
				for m := k + 1; m < e && m < k+7; m++ {
					if t := x.toks[m]; t.text == "," || t.quote >= 0 || x.lex.has("cue", t.lower) {
						break
					}
					if x.lex.has("that", x.toks[m].lower) {
						k = m
						break
					}
				}
			}
			if k < e && x.lex.has("that", x.toks[k].lower) {
				x.addIndirect(k+1, e, p, n)
				return
			}
			if k < e && x.toks[k].kind == tokWord && !prepositions[x.toks[k].lower] && !x.lex.has("cue", x.toks[k].lower) {
				if x.lex.has("clausal", x.text(p.from, p.to)) && !x.clauseAt(k, e) {
					continue // denied wrongdoing: an object, not speech
				}
				x.addIndirect(k, e, p, n)
				return
			}
		}
	}
}

// addIndirect records the indirect quote of tokens [from, to) with cue p
// and speaker n, when it holds at least three words.
func (x *extractor) addIndirect(from, to int, p phrase, n np) {
	from = x.skipDateline(from, to)
	for to > from && x.toks[to-1].kind == tokPunct && !(x.toks[to-1].text == ")" && x.opensBracket(from, to-1)) {
		to--
	}
	for from < to && x.toks[from].kind == tokPunct {
		from++
	}
	words := 0
	for i := from; i < to; i++ {
		if x.toks[i].kind == tokWord {
			words++
		}
	}
	if words < 3 && !(words == 2 && x.shortClause(from, to, p, n)) {
		return
	}
	f := found{start: x.toks[from].start, end: x.toks[to-1].end, kind: dataset.KindIndirect,
		para: x.paraAt[from], tok: from, run: -1, attributed: true,
		cue: x.text(p.from, p.to), cueTok: p.from, speakerText: x.text(n.from-n.lead, n.to), np: n, hasNP: true}
	if n.pron && n.from == p.from {
		f.speakerText = "nya"
	}
	x.found = append(x.found, f)
}

// commaBeforeSubject reports whether the cue at c ends its sentence after
// a comma and a speaker phrase: …, Phil Musser says.
func (x *extractor) commaBeforeSubject(s, c int) bool {
	n, ok := x.npBefore(c, s)
	return ok && (n.run >= 0 || n.pron || n.role != "") && n.from > s+2 && x.toks[n.from-1].text == ","
}

// invertedAt reports whether the cue p at c after a comma reads as an
// inverted attribution (…, said Rama. …, kata Prabowo di Jakarta.): the
// speaker phrase after it ends the sentence or is followed by a comma or a
// preposition. Steven Cheung, a spokesman, said the office space was
// needed: the words after the cue go on as a clause, the content. A cue
// whose object is whom the words are about (lexicon tag target: accuses,
// praised) or whom they are said to (listener: told) is never inverted.
func (x *extractor) invertedAt(c int, p phrase, e int) bool {
	if x.hasSuffix(c) || p.tag == "according" {
		return true
	}
	if x.lex.has("target", x.toks[c].lower) || x.lex.has("listener", x.toks[c].lower) {
		// The suit, filed in …, accuses St. Brendan's of …; A witness,
		// who …, told the Yorkshire Evening Post: its object is not who
		// speaks.
		return false
	}
	n, ok := x.npAfter(x.skipObject(p.to, e), e)
	if !ok {
		return false // Brian Sandoval, a Republican, said Tuesday that …
	}
	return n.to >= e || x.toks[n.to].kind == tokPunct || prepositions[x.toks[n.to].lower]
}

// plainSubject accepts tokens [s, c) before a cue as its subject when they
// are one to seven words (and hyphens) with no cue, pronoun or
// quotation: the speaker phrase of reported speech whose speaker is a
// group or a share (About three in 10 said …).
func (x *extractor) plainSubject(s, c int) (np, bool) {
	if c-s < 1 || c-s > 7 {
		return np{}, false
	}
	for i := s; i < c; i++ {
		t := x.toks[i]
		if t.quote >= 0 || t.kind == tokBreak || t.kind == tokPunct && t.text != "-" && t.text != "%" ||
			x.lex.has("cue", t.lower) || x.lex.has("that", t.lower) || whWords[t.lower] {
			return np{}, false
		}
	}
	return np{from: s, to: c, run: -1}, true
}

// sourcePhrase accepts the words after "according to" up to the end of
// the sentence or a comma (at most ten) as the source of the content:
// according to company documents, according to a 2014 Labor Department
// study.
func (x *extractor) sourcePhrase(i, e int) (np, bool) {
	k := i
	for k < e && k < i+10 && x.toks[k].quote < 0 && x.toks[k].text != "," && x.toks[k].kind != tokBreak {
		k++
	}
	if k == i || k < e && k == i+10 && x.toks[k].text != "," {
		return np{}, false
	}
	return np{from: i, to: k, run: -1}, true
}

// appositiveSubject reports whether tokens [s, c) before the cue at c are
// all one subject with a person in apposition (Bambang's lawyer, Teguh
// Santoso, said …): the words after the cue are the content, not the
// speaker.
func (x *extractor) appositiveSubject(s, c int) bool {
	n, ok := x.npBefore(c, s)
	if !ok || n.run < 0 || n.from < s+2 || x.toks[n.from-1].text != "," {
		return false
	}
	if r, ok := x.roleBefore(n.from-1, s); ok && r.from <= s+1 {
		return true
	}
	// The spokesman for the ministry, Tom Brady, said …: a full name
	// in apposition to a phrase that opens the sentence with no cue.
	run := x.runs[n.run]
	if run.typ != typePerson || !run.full() {
		return false
	}
	for i := s; i < n.from-1; i++ {
		if t := x.toks[i]; t.quote >= 0 || x.lex.has("cue", t.lower) || x.lex.has("indirect", t.lower) || x.lex.has("that", t.lower) {
			return false
		}
	}
	return true
}

// skipDateline returns the first token after a dateline that opens the
// paragraph at token from (JAKARTA, March 14 (Reuters) - ; Jakarta
// (ANTARA) - ): a place in capitals or an agency in brackets, then a dash
// within twelve tokens.
func (x *extractor) skipDateline(from, to int) int {
	if from > 0 && x.toks[from-1].kind != tokBreak {
		return from
	}
	caps := x.toks[from].kind == tokWord && len(x.toks[from].text) > 1 && strings.ToUpper(x.toks[from].text) == x.toks[from].text
	for k := from; k < to && k < from+12; k++ {
		t := x.toks[k]
		if t.quote >= 0 || t.kind == tokBreak {
			return from
		}
		if t.text == "(" {
			caps = true
		}
		if datelineDashes[t.text] {
			if caps && k > from {
				return k + 1
			}
			return from
		}
	}
	return from
}

var datelineDashes = map[string]bool{"-": true, "—": true, "–": true, "―": true}

// opensBracket reports whether an opening bracket for the closing one at
// token c stands within tokens [from, c).
func (x *extractor) opensBracket(from, c int) bool {
	depth := 0
	for k := c - 1; k >= from; k-- {
		switch x.toks[k].text {
		case ")":
			depth++
		case "(":
			if depth == 0 {
				return true
			}
			depth--
		}
	}
	return false
}

// adjunctOnly reports whether tokens [i, e) after a cue that ends its
// sentence are only a short time or place adjunct: …, port officials said
// on Thursday; …, kata polisi pada Senin.
func (x *extractor) adjunctOnly(i, e int) bool {
	for e > i && x.toks[e-1].kind == tokPunct {
		e--
	}
	if e <= i || e-i > 4 {
		return false
	}
	if t := x.toks[i]; !prepositions[t.lower] && !(t.capitalised() && x.lex.has("stop", t.text)) {
		return false
	}
	for k := i; k < e; k++ {
		if t := x.toks[k]; t.kind != tokWord || t.quote >= 0 || x.lex.has("that", t.lower) || x.lex.has("cue", t.lower) {
			return false
		}
	}
	return true
}

// clauseAt reports whether the words from token k read as a clause: a
// pronoun subject, or an auxiliary, a verb in -ed or (Indonesian) a
// prefixed verb after the first word (he had taken …, the charges were
// false, uang itu diserahkan); wrongdoing throughout the trial is none.
func (x *extractor) clauseAt(k, e int) bool {
	if x.lex.has("pron", x.toks[k].lower) {
		return true
	}
	for i := k + 1; i < e && i < k+8; i++ {
		t := x.toks[i]
		if t.kind != tokWord || t.quote >= 0 {
			continue
		}
		if x.lex.has("aux", t.lower) || !t.capitalised() && len(t.lower) > 4 && strings.HasSuffix(t.lower, "ed") {
			return true
		}
		for pre := range x.lex.tags["vprefix"] {
			if strings.HasPrefix(t.lower, pre) && len(t.lower) > len(pre)+3 {
				return true
			}
		}
	}
	return false
}

// addingAfterQuote finds reported speech that a participle cue adds after
// the attribution of a quotation in sentence [s, e): "…," Teguh said,
// adding that the team would appeal; "…," ujarnya, seraya menambahkan
// bahwa …. The speaker of the quotation speaks it.
func (x *extractor) addingAfterQuote(s, e int) {
	last := -1
	for i := s; i < e; i++ {
		if x.toks[i].quote >= 0 {
			last = i
		}
	}
	if last < 0 || last+1 >= e {
		return
	}
	for c := last + 2; c < e; c++ {
		if x.toks[c-1].text != "," && !(x.lex.has("while", x.toks[c-1].lower) && x.toks[c-2].text == ",") {
			continue
		}
		p, ok := x.matchAt(c, e, "indirect")
		if !ok || !strings.HasSuffix(x.toks[p.to-1].lower, "ing") && !x.lex.has("while", x.toks[c-1].lower) {
			continue
		}
		a, ok := x.after(last + 1)
		if !ok || !a.hasNP || a.speaker.from >= c {
			return
		}
		k := p.to
		if k < e && x.lex.has("that", x.toks[k].lower) {
			k++
		}
		if k < e && x.toks[k].kind == tokWord {
			x.addIndirect(k, e, p, a.speaker)
		}
		return
	}
}

// shortClause accepts a two-word content right after the cue of a named
// speaker when it reads as subject and predicate (mengatakan kliennya
// kecewa, said prices rose): two lower-case words, neither a
// preposition, determiner, pronoun object or time word.
func (x *extractor) shortClause(from, to int, p phrase, n np) bool {
	if from != p.to || to != from+2 || n.run < 0 && !n.pron {
		return false
	}
	for i := from; i < to; i++ {
		t := x.toks[i]
		if t.kind != tokWord || t.quote >= 0 || t.capitalised() || prepositions[t.lower] || determiners[t.lower] ||
			x.lex.has("object", t.lower) || x.lex.has("skip", t.lower) || x.lex.has("time", t.lower) || strings.HasSuffix(t.lower, "ly") {
			return false
		}
	}
	return true
}
