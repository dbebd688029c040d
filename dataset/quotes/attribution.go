package quotes

import (
	"strings"
	"unicode"
)

// phrase is a lexicon phrase matched at tokens [from, to).
type phrase struct {
	from, to int
	tag      string
}

// matchAt returns the longest phrase of one of tags that starts at token
// i and stays within [i, hi).
func (x *extractor) matchAt(i, hi int, tags ...string) (phrase, bool) {
	var best phrase
	found := false
	if i >= hi || i >= len(x.toks) {
		return best, false // a name that ends the article has no cue after it
	}
	// A capitalised word is a cue only at the start of a sentence (Asked
	// about it, …), never inside a name (the United States).
	if t := x.toks[i]; t.capitalised() && !x.opensSentence(i) && x.toks[i-1].quote < 0 {
		return phrase{}, false
	}
	// After an article or a possessive a cue word is a noun: those
	// reports, his call.
	// But a quantifier that opens the sentence before a verb in the past
	// stands alone: Another tweeted, Some said.
	if i > 0 && (determiners[x.toks[i-1].lower] || isPossessive(x.toks[i-1]) && !x.possessiveName(i) || possessivePronouns[x.toks[i-1].lower]) &&
		!(indefinites[x.toks[i-1].lower] && x.toks[i-1].capitalised() && pastTense(x.toks[i].lower) && x.opensSentence(i-1)) {
		return phrase{}, false
	}
	for _, tag := range tags {
		if t := x.toks[i]; !x.lex.first[tag][t.lower] && !x.lex.first[tag][t.text] {
			continue
		}
		max := x.lex.maxLen[tag]
		var b strings.Builder
		for k := 0; k < max && i+k < hi; k++ {
			t := x.toks[i+k]
			if t.kind != tokWord || t.quote >= 0 {
				break
			}
			if k > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(t.lower)
			// went on, goes on: speech only before punctuation or to
			// (… goes on to say), not once the Senate goes on recess.
			if k > 0 && t.lower == "on" && i+k+1 < len(x.toks) && x.toks[i+k+1].kind == tokWord && x.toks[i+k+1].lower != "to" {
				continue
			}
			if x.lex.has(tag, b.String()) && (!found || i+k+1 > best.to) {
				best, found = phrase{i, i + k + 1, tag}, true
			}
		}
	}
	return best, found
}

// np is a noun phrase that may name a speaker: tokens [from, to) are the
// words in the article (speaker_text); run is the name run that names the
// speaker, or -1; pron is set for a pronoun or a cue with a pronoun clitic
// (ujarnya); role is the head of a role noun (minister, spokesman).
type np struct {
	from, to int
	run      int
	pron     bool
	role     string
	org      bool // an organisation without a name run (Iran's foreign ministry)
	// ofIt is set for an organisation noun after its or their (its
	// foreign ministry): the possessor is the organisation "it" stands for.
	ofIt bool
	// ofPerson is set for an organisation noun after his or her (her
	// campaign): the possessor is the person the pronoun stands for.
	ofPerson bool
	// lead counts the words before from that open the speaker phrase
	// without naming the speaker: a spokesman for the bank is the bank's.
	lead int
}

// demonstratives are determiners that also open a clause (said that
// Americans will say …) and so never start a speaker phrase backwards.
var demonstratives = map[string]bool{"that": true, "this": true}

var possessivePronouns = map[string]bool{"his": true, "her": true, "their": true, "its": true, "our": true, "my": true, "your": true, "those": true, "these": true}

var conjunctions = map[string]bool{"and": true, "but": true, "or": true, "then": true, "dan": true, "lalu": true, "kemudian": true, "serta": true, "namun": true}

// indefinites are the determiners of a phrase that names nobody in
// particular (a source, one official, another aide).
var indefinites = map[string]bool{"a": true, "an": true, "one": true, "another": true, "some": true, "several": true, "two": true, "many": true, "seorang": true, "salah": true}

var determiners = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true, "our": true, "para": true, "sang": true, "this": true, "that": true, "another": true, "one": true, "two": true, "several": true, "some": true, "many": true, "other": true}

// pastTense reports whether an English verb form reads as past tense:
// regular in -ed, or one of the irregular speech verbs.
func pastTense(w string) bool {
	switch w {
	case "said", "told", "wrote", "spoke", "put":
		return true
	}
	return strings.HasSuffix(w, "ed")
}

func isPossessive(t token) bool {
	return t.lower == "’s" || t.lower == "'s" || t.kind == tokWord && (t.text == "’" || t.text == "'") // Sanders’ campaign
}

// cueSubject finds the subject of the cue at token end, as npBefore
// does, starting at or after lo. A phrase after a preposition only
// qualifies the noun before it, which heads the subject: a professor at
// Harvard University said, the head of the agency said, an aide to
// Governor John Kasich said. (npBefore itself stops at the preposition:
// a relative pronoun or an apposition goes with the nearest noun, an
// awkward situation for Hillary Clinton, who said.)
func (x *extractor) cueSubject(end, lo int) (np, bool) {
	n, ok := x.npBefore(end, lo)
	if !ok || n.pron || n.lead > 0 {
		return n, ok // a spokesman for the bank: the bank's, as npBefore found
	}
	// Scott Carson, president and CEO of Boeing Commercial Airplanes
	// said: an apposition that lost its closing comma, its preposition
	// before the phrase or inside a run that a title and "of" open, of no
	// person's name. (A phrase headBeforePreposition reads has an article
	// and no comma, which such an apposition never has.)
	if r := n.run; r >= 0 && n.from == x.runs[r].from && x.runs[r].coreFrom > x.runs[r].from && !x.lex.firstName(x.toks[x.runs[r].coreFrom].lower) {
		for q := x.runs[r].from + 1; q < x.runs[r].coreFrom; q++ {
			if x.toks[q].lower == "of" {
				if p, ok := x.openApposition(q+1, lo); ok {
					p.to = n.to
					return p, true
				}
				break
			}
		}
	}
	if p, ok := x.openApposition(n.from, lo); ok {
		p.to = n.to
		return p, true
	}
	h, ok := x.headBeforePreposition(n.from, lo)
	if !ok {
		return n, true
	}
	// Tom Fitton, the president of Judicial Watch, said: the person
	// the role phrase stands in apposition to.
	if p, ok := x.personBeforeApposition(h.from); ok && p.from >= lo {
		p.to = n.to
		return p, true
	}
	h.to = n.to
	return h, true
}

// openApposition returns the person who opens the clause at or after lo
// with an apposition that ends in a preposition at token i-1 (Scott
// Carson, president and CEO of …): a full name, a comma, then only role
// words joined by and, with no article; else false.
func (x *extractor) openApposition(i, lo int) (np, bool) {
	p := i - 1
	if p-2 < lo || !postModifierPreps[x.toks[p].lower] || x.toks[p].quote >= 0 || !x.isRoleWord(p-1) {
		return np{}, false
	}
	k := p - 1
	for k > lo && (x.isRoleWord(k) || x.toks[k].lower == "and" && x.isRoleWord(k-1) && x.isRoleWord(k+1)) {
		k--
	}
	if x.toks[k].text != "," {
		return np{}, false
	}
	r := x.personEndingAt(k)
	if r < 0 || !x.runs[r].full() || x.runs[r].from < lo {
		return np{}, false
	}
	if f := x.runs[r].from; f != x.sentenceStart(f) && x.toks[f-1].text != "," {
		return np{}, false
	}
	return np{from: x.runs[r].from, to: x.runs[r].to, run: r}, true
}

// headBeforePreposition returns the phrase that a post-modifier starting
// at token i (of the agency, at Harvard University) qualifies: a
// preposition at i-1 after an article and one to three lower-case words
// (a professor, the head, a senior fellow). The phrase is resolved as a
// role: after "the" its last word must be a role noun (the share of
// Republicans is left to npBefore); after "a" any noun names someone the
// article brings in.
func (x *extractor) headBeforePreposition(i, lo int) (np, bool) {
	p := i - 1
	if p-1 < lo || !postModifierPreps[x.toks[p].lower] || x.toks[p].quote >= 0 {
		return np{}, false
	}
	// one of the city's residents said: one of a group, not named.
	if q := p - 1; x.toks[p].lower == "of" && quantifiers[x.toks[q].lower] && (q == lo || x.toks[q-1].kind != tokWord) {
		return np{from: q, to: p, run: -1, role: x.toks[q].lower}, true
	}
	// the chief of staff to the mayor: a role of several words ends there.
	head := p - 1
	for n := x.lex.maxLen["role"]; n >= 2; n-- {
		if f := p - n; f >= lo && x.lex.has("role", strings.ToLower(x.text(f, p))) {
			head = f
			break
		}
	}
	role := head < p-1 || x.isRoleWord(p-1) || x.lex.has("generic", x.toks[p-1].lower)
	for k := head; k >= lo && k >= head-3; k-- {
		t := x.toks[k]
		if t.kind != tokWord || t.quote >= 0 {
			return np{}, false
		}
		if articles[t.lower] {
			if k == head || !role && t.lower == "the" {
				return np{}, false
			}
			return np{from: k, to: p, run: -1, role: x.toks[p-1].lower}, true
		}
		if t.capitalised() || x.lex.has("cue", t.lower) || x.lex.has("pron", t.lower) || x.lex.has("that", t.lower) ||
			x.lex.has("aux", t.lower) || prepositions[t.lower] || determiners[t.lower] || conjunctions[t.lower] {
			return np{}, false
		}
	}
	return np{}, false
}

// quantifiers take a group after "of" and name none of it (one of the
// residents, some of the protesters).
var quantifiers = map[string]bool{"one": true, "some": true, "many": true, "most": true, "several": true, "two": true, "few": true}

// postModifierPreps open a phrase that qualifies the noun before it in a
// speaker phrase (a professor at, the head of, an aide to, a lawyer for).
var postModifierPreps = map[string]bool{"of": true, "at": true, "for": true, "to": true, "with": true, "from": true}

// npBefore finds the noun phrase that ends just before token end and
// starts at or after lo: the subject of a cue (Rama said, the prime
// minister told, Iran's foreign ministry said).
func (x *extractor) npBefore(end, lo int) (np, bool) {
	j := end - 1
	for j >= lo {
		if p, ok := x.matchEnding(j, lo, "skip"); ok && !(x.runAt[j] >= 0 && x.toks[j].capitalised() && (j == lo || x.toks[j-1].kind != tokWord)) {
			j = p.from - 1 // Trump also said; but "…," Will wrote: a name
			continue
		}
		if t := x.toks[j]; t.kind == tokWord && !t.capitalised() && adverb(t) {
			j-- // an adverb: Trump jokingly said
			continue
		}
		if t := x.toks[j]; t.text == ")" {
			// Governor Mary Fallin (R-OK) said
			k := j - 1
			for k >= lo && k > j-12 && x.toks[k].text != "(" {
				k--
			}
			if k >= lo && x.toks[k].text == "(" {
				j = k - 1
				continue
			}
		}
		break
	}
	if j < lo {
		return np{}, false
	}
	// pengusaha itu mengatakan (that businessman said): a determiner
	// after its noun closes the phrase.
	if t := x.toks[j]; j > lo && t.kind == tokWord && t.quote < 0 && postDefinite[t.lower] {
		if n, ok := x.npBefore(j, lo); ok && n.to == j && !n.pron {
			n.to = end
			return n, true
		}
		return np{}, false
	}
	// The groups who wrote to her on Thursday say: a relative clause
	// without commas between the subject and its cue; the State
	// Department less than two weeks ago said: a time phrase.
	for k := j; k >= lo && k > j-10; k-- {
		t := x.toks[k]
		if t.kind != tokWord || t.quote >= 0 {
			break
		}
		if (t.lower == "who" || t.lower == "ago" && k == j) && k > lo {
			from := k
			if t.lower == "ago" {
				for from > lo && from > k-5 && x.toks[from-1].kind == tokWord && !x.toks[from-1].capitalised() && x.toks[from-1].quote < 0 {
					from--
				}
			}
			if n, ok := x.npBefore(from, lo); ok && n.to == from && (n.run >= 0 || n.role != "") && !n.pron {
				n.to = end
				// Nate Silver, the polling guru who founded the site
				// tweeted: the person whom the role describes.
				if c := n.from - 1; n.run < 0 && c-1 >= lo && x.toks[c].text == "," {
					if r := x.personEndingAt(c); r >= 0 {
						return np{from: x.runs[r].from, to: end, run: r}, true
					}
				}
				return n, true
			}
			// Katie Packer, who is chairman of the PAC said: a
			// relative clause whose closing comma is missing (but
			// Marco Rubio, who he dubbed …, said: who is its object).
			if c := from - 1; t.lower == "who" && c-1 >= lo && x.toks[c].text == "," && x.runAt[k+1] < 0 &&
				!x.lex.has("pron", x.toks[k+1].lower) && !determiners[x.toks[k+1].lower] {
				if r := x.personEndingAt(c); r >= 0 {
					return np{from: x.runs[r].from, to: end, run: r}, true
				}
			}
			break
		}
	}
	t := x.toks[j]
	// As Akhil Amar, author of "America's Unwritten Constitution," put
	// it: an apposition that ends with a title.
	if t.quote >= 0 && x.titleInText(t.quote) {
		for k := x.spanTok[t.quote][0] - 1; k > lo && k > j-30 && x.toks[k].quote < 0 && !x.isBoundary(k); k-- {
			if x.toks[k].text == "," {
				// The person opens the sentence, or follows "as".
				if r := x.personEndingAt(k); r >= 0 && (x.runs[r].from == x.sentenceStart(k) || x.toks[x.runs[r].from-1].lower == "as") {
					return np{from: x.runs[r].from, to: j + 1, run: r}, true
				}
				break
			}
		}
		return np{}, false
	}
	// St. Brendan's said: a name in possessive form before the verb is a
	// company's or a hospital's.
	if isPossessive(t) && j == end-1 && j > lo && x.possessiveName(end) {
		if r := x.runAt[j-1]; r >= 0 {
			return np{from: x.runs[r].from, to: end, run: -1, org: true}, true
		}
	}
	// Appositive: Rama, the prime minister, said; Mr. Slinker, whose
	// start-up, Paradata, uses big data, said.
	if t.text == "," {
		if j-1 < lo || x.toks[j-1].text == "," {
			return np{}, false // ",,": no phrase between (and no recursion down a run of commas)
		}
		s := x.sentenceStart(j)
		if s < lo {
			s = lo
		}
		if s < j && determiners[x.toks[s].lower] {
			s++
		}
		// (Hewlett-Packard, a Palo Alto, Calif., computer company, said:
		// an organisation with its apposition too, which an article
		// opens; Kepala Dinas Perhubungan DKI Jakarta, Hendra
		// Wijayakusuma, mengatakan is the person's)
		if r := x.runAt[s]; r >= 0 && (x.runs[r].typ == typePerson || x.runs[r].typ == typeOrg && x.runs[r].from == s && x.runs[r].to+1 < j && articles[x.toks[x.runs[r].to+1].lower]) && x.runs[r].coreFrom < x.runs[r].to &&
			x.runs[r].to < j && x.toks[x.runs[r].to].text == "," {
			// Bupati Sukabumi, Marwan Hamami, mengatakan: a title and
			// a one-word name, then the person in apposition.
			// Kapolsek Genuk, Kompol Rismanto, mengatakan: the one in
			// apposition may have a title and one name.
			if a := x.runs[r].to + 1; !x.runs[r].full() && a < j {
				if r2 := x.runAt[a]; r2 >= 0 && x.runs[r2].from == a && x.runs[r2].typ == typePerson &&
					x.runs[r2].fullOrTitled() && x.runs[r2].to == j {
					return np{from: x.runs[r].from, to: j, run: r2}, true
				}
			}
			return np{from: x.runs[r].from, to: j, run: r}, true
		}
		for k := j - 1; k > lo && k > j-25; k-- {
			if x.toks[k].text == "," {
				// Kuasa hukum Bambang, Teguh Santoso, menyatakan;
				// Bambang's lawyer, Teguh Santoso, said: a role phrase,
				// then the person who holds it in apposition.
				// … asal Genuk, Wawan (35), mengaku: a name with its
				// age in brackets.
				if r2 := x.runAt[k+1]; r2 >= 0 && x.runs[r2].typ == typePerson && x.runs[r2].to+3 == j && x.ageAfter(x.runs[r2].to) {
					return np{from: k + 1, to: x.runs[r2].to, run: r2}, true
				}
				if r2 := x.runAt[k+1]; r2 >= 0 && x.runs[r2].from == k+1 && (x.runs[r2].to == j || x.affiliation(x.runs[r2].to, j)) && x.runs[r2].typ == typePerson {
					// Kepala BPBD Kabupaten Demak, Agus Salim Hidayat,
					// mengatakan: a full name between commas right
					// before the cue is the person the phrase before
					// describes, whatever that phrase holds.
					if _, ok := x.roleBefore(k, lo); ok || x.runs[r2].full() && x.runs[r2].coreFrom == x.runs[r2].from {
						return np{from: k + 1, to: j, run: r2}, true
					}
				}
				if n, ok := x.npBefore(k, lo); ok && n.run >= 0 {
					n.to = j
					return n, true
				}
				break
			}
		}
		if n, ok := x.npBefore(j, lo); ok && n.run >= 0 {
			return n, true
		}
		return np{}, false
	}
	if t.kind != tokWord || t.quote >= 0 {
		return np{}, false
	}
	if conjunctions[t.lower] {
		return np{}, false // Clinton shook her head and said: the subject is further back
	}
	// Another tweeted, Some said: an indefinite pronoun opening the
	// sentence names nobody.
	if indefinites[t.lower] && t.capitalised() && x.opensSentence(j) {
		return np{from: j, to: j + 1, run: -1, role: t.lower}, true
	}
	if x.lex.has("pron", t.lower) && (j == lo || !isPossessive(x.toks[j-1])) {
		return np{from: j, to: j + 1, run: -1, pron: true}, true
	}
	if r := x.runAt[j]; r >= 0 {
		// children marched around the Parque Central chanting: a name
		// after a preposition is no subject of a participle after it.
		if b := x.runs[r].from - 1; end < len(x.toks) && strings.HasSuffix(x.toks[end].lower, "ing") && b >= lo {
			if determiners[x.toks[b].lower] && b > lo {
				b--
			}
			// (but with Sen. John McCain calling it …: the agent of an
			// absolute phrase)
			if w := x.toks[b].lower; prepositions[w] && w != "of" && w != "with" {
				return np{}, false
			}
		}
		// Mr. Morgan of the Sierra Club said: the person, not the club;
		// Steve Milunovich at First Boston said: nor a firm whose name
		// looks like a person's.
		b := x.runs[r].from - 1
		if b >= lo && determiners[x.toks[b].lower] {
			b--
		}
		if b-1 >= lo && (x.toks[b].lower == "of" || x.runs[r].typ == typePerson && (x.toks[b].lower == "at" || x.toks[b].lower == "from")) {
			if p := x.runAt[b-1]; p >= 0 && x.runs[p].typ == typePerson && x.runs[p].coreFrom < x.runs[p].to &&
				(x.runs[r].typ != typePerson || x.runs[p].fullOrTitled() && x.personLike(p)) {
				return np{from: x.runs[p].from, to: j + 1, run: p}, true
			}
		}
		// Nurses at Korle Bu hospital said: the people, not the place.
		if g, ok := x.groupOfBody(x.runs[r].from, j+1, lo); ok {
			return g, true
		}
		// a spokesman for committee Democrats said: who speaks for
		// an organisation speaks as it.
		m := x.runs[r].from - 1
		if m >= lo && determiners[x.toks[m].lower] {
			m--
		}
		lim := m - 2
		for m > lo && m > lim && x.toks[m].kind == tokWord && !x.toks[m].capitalised() && x.toks[m].quote < 0 && !prepositions[x.toks[m].lower] && !x.lex.has("cue", x.toks[m].lower) {
			m-- // committee
		}
		if from, ok := x.speaksFor(m, lo); ok {
			if x.runs[r].typ == typePerson && x.personLike(r) {
				// a spokeswoman for Governor Andrew Cuomo said: as the
				// governor's spokeswoman, someone else.
				return np{from: from, to: j + 1, run: -1, role: x.toks[m-1].lower}, true
			}
			return np{from: from, to: j + 1, run: r}, true
		}
		run := x.runs[r]
		n := np{from: run.from, to: j + 1, run: r}
		// Title and organisation before the name: National Security
		// Council spokeswoman Adrienne Watson.
		k := run.from - 1
		for k >= lo && x.toks[k].kind == tokWord && x.toks[k].quote < 0 {
			if x.isRoleWord(k) || x.runAt[k] >= 0 || isPossessive(x.toks[k]) {
				if x.runAt[k] >= 0 {
					k = x.runs[x.runAt[k]].from
				}
				n.from = k
				k--
				continue
			}
			if isPossessive(x.toks[n.from]) {
				// the paper's Robert Costa: the possessor is a noun,
				// with its article.
				n.from = k
				if k-1 >= lo && determiners[x.toks[k-1].lower] && !demonstratives[x.toks[k-1].lower] {
					n.from = k - 1
				}
				break
			}
			if determiners[x.toks[k].lower] && !demonstratives[x.toks[k].lower] {
				n.from = k
			}
			break
		}
		if x.runs[r].coreFrom >= x.runs[r].to && x.runs[r].typ == typeOther {
			n.role = strings.ToLower(x.toks[run.to-1].text)
			n.run = -1
		}
		return n, true
	}
	// A role or organisation noun: the prime minister, Iran's foreign
	// ministry, officials.
	if !x.isRoleWord(j) {
		// Any noun after an article: a German paper wrote.
		for k := j - 1; k >= lo && k >= j-3; k-- {
			tk := x.toks[k]
			if tk.kind != tokWord || tk.quote >= 0 || x.lex.has("cue", tk.lower) || x.lex.has("that", tk.lower) {
				break
			}
			// Clinton’s statement said: whoever a text belongs to
			// wrote it (but Christie said Trump's tweet saying …:
			// a participle tells what the text is, not who speaks).
			if isPossessive(tk) && k-1 >= lo && x.runAt[k-1] >= 0 && x.lex.has("thing", t.lower) && (end >= len(x.toks) || !strings.HasSuffix(x.toks[end].lower, "ing")) {
				r := x.runAt[k-1]
				return np{from: x.runs[r].from, to: j + 1, run: r}, true
			}
			if determiners[tk.lower] && tk.lower != "that" && tk.lower != "this" {
				// Trump in his announcement speech called …: a phrase
				// after a preposition is an adjunct; the subject is
				// before it.
				if k-1 >= lo && prepositions[x.toks[k-1].lower] && tk.lower != "her" {
					// (but not when Kopp was in his 30s, said: a clause,
					// its verb between).
					if n, ok := x.npBefore(k-1, lo); ok && n.to == k-1 && !x.hasComma(n.from, k-1) && (n.pron || n.role != "" || n.run >= 0 && x.runs[n.run].typ != typeLocation) {
						return n, true
					}
				}
				return np{from: k, to: j + 1, run: -1, role: t.lower}, true
			}
		}
		if from, ok := x.bareGroup(j, lo); ok {
			return np{from: from, to: j + 1, run: -1, role: t.lower}, true
		}
		return np{}, false
	}
	n := np{from: j, to: j + 1, run: -1, role: t.lower}
	k := j - 1
	for steps := 0; k >= lo && steps < 4; steps++ {
		tk := x.toks[k]
		// the bespectacled, 71-year-old diplomat: two adjectives
		// with a comma between, the phrase opening its clause (but on
		// the quays, port officials said: two phrases).
		if tk.text == "," && k-2 >= lo && articles[x.toks[k-2].lower] && (k-2 == lo || x.toks[k-3].kind != tokWord) && x.toks[k-1].kind == tokWord && !x.toks[k-1].capitalised() &&
			x.toks[k-1].quote < 0 && !x.lex.has("cue", x.toks[k-1].lower) && !x.lex.has("that", x.toks[k-1].lower) && !x.isRoleWord(k-1) {
			n.from = k - 2
			break
		}
		if tk.kind != tokWord || tk.quote >= 0 {
			break
		}
		if determiners[tk.lower] {
			n.from = k
			n.ofIt = (tk.lower == "its" || tk.lower == "their") && x.lex.has("body", t.lower)
			n.ofPerson = (tk.lower == "his" || tk.lower == "her") && x.lex.has("body", t.lower)
			break
		}
		if isPossessive(tk) && k-1 >= lo && x.runAt[k-1] >= 0 {
			n.from = x.runs[x.runAt[k-1]].from
			n.org = x.lex.has("body", t.lower)
			break
		}
		if x.runAt[k] >= 0 {
			n.from = x.runs[x.runAt[k]].from
			n.org = x.lex.has("body", t.lower)
			if n.from > lo && determiners[x.toks[n.from-1].lower] && !demonstratives[x.toks[n.from-1].lower] {
				n.from-- // the Indiana governor
			} else if d := x.adjectivesBefore(n.from, lo); d >= 0 {
				n.from = d // the independent Vermont senator
			}
			break
		}
		if tk.capitalised() || x.lex.has("cue", tk.lower) || x.lex.has("skip", tk.lower) || x.lex.has("that", tk.lower) || x.lex.has("pron", tk.lower) {
			break
		}
		n.from = k
		k--
	}
	if x.lex.has("body", t.lower) {
		// "…," a spokesman for the bank said: the body it speaks for;
		// but nurses at the hospital said: the people.
		if from, ok := x.speaksFor(n.from-1, lo); ok && n.from > lo {
			n.lead = n.from - from
		} else if g, ok := x.groupOfBody(n.from, j+1, lo); ok {
			return g, true
		}
	}
	return n, true
}

// adjectivesBefore returns the article that opens one or two lower-case
// modifiers ending right before token k (the independent Vermont
// senator), or -1.
func (x *extractor) adjectivesBefore(k, lo int) int {
	for m := k - 1; m >= lo && m >= k-3; m-- {
		t := x.toks[m]
		if t.kind != tokWord || t.quote >= 0 {
			return -1
		}
		if articles[t.lower] {
			if m == k-1 {
				return -1
			}
			return m
		}
		if t.capitalised() || determiners[t.lower] || prepositions[t.lower] || conjunctions[t.lower] || x.lex.has("cue", t.lower) || x.lex.has("skip", t.lower) ||
			x.lex.has("that", t.lower) || x.lex.has("pron", t.lower) || x.isRoleWord(m) || finiteForm(t.lower) {
			return -1
		}
	}
	return -1
}

// groupOfBody returns the plural group of people before a preposition
// that ends right before token from, the phrase ending at end: nurses at
// the hospital, supporters of Sanders, residents of the city. Such a
// group names nobody, whatever body or person follows it; but the people
// who speak for a body (leaders of the organization) leave it the body's.
func (x *extractor) groupOfBody(from, end, lo int) (np, bool) {
	if from > lo && determiners[x.toks[from-1].lower] && !demonstratives[x.toks[from-1].lower] {
		from--
	}
	p := from - 1
	if p-1 < lo || !groupPreps[x.toks[p].lower] || x.lex.has("generic", x.toks[p-1].lower) || x.lex.has("voice", x.toks[p-1].lower) || x.toks[p-1].quote >= 0 {
		return np{}, false
	}
	g, ok := x.bareGroup(p-1, lo)
	if !ok {
		return np{}, false
	}
	return np{from: g, to: end, run: -1, role: x.toks[p-1].lower}, true
}

var groupPreps = map[string]bool{"at": true, "of": true, "from": true, "in": true}

var speaksForPreps = map[string]bool{"for": true, "with": true, "at": true}

// speaksFor reports whether token m is the "for" after a role for someone
// who speaks for another (a spokesman for, an official with, the lawyer
// for), or the "of" after the people who speak for a body (leaders of),
// and returns where that phrase starts, with its article.
func (x *extractor) speaksFor(m, lo int) (int, bool) {
	if m-1 < lo || !(speaksForPreps[x.toks[m].lower] && x.lex.has("generic", x.toks[m-1].lower) || groupPreps[x.toks[m].lower] && x.lex.has("voice", x.toks[m-1].lower)) {
		return 0, false
	}
	from := m - 1
	for k := 0; k < 2 && from-1 >= lo && x.toks[from-1].kind == tokWord && x.toks[from-1].quote < 0 && !x.toks[from-1].capitalised() &&
		!determiners[x.toks[from-1].lower] && !prepositions[x.toks[from-1].lower] && !x.lex.has("cue", x.toks[from-1].lower); k++ {
		from-- // a senior official at
	}
	if from-1 >= lo && (articles[x.toks[from-1].lower] || indefinites[x.toks[from-1].lower]) {
		from--
	}
	return from, true
}

// matchEnding returns the longest phrase of tag that ends at token j.
func (x *extractor) matchEnding(j, lo int, tag string) (phrase, bool) {
	for k := x.lex.maxLen[tag]; k >= 1; k-- {
		if j-k+1 < lo {
			continue
		}
		if p, ok := x.matchAt(j-k+1, j+1, tag); ok && p.to == j+1 {
			return p, true
		}
	}
	return phrase{}, false
}

func (x *extractor) isRoleWord(i int) bool {
	t := x.toks[i]
	if t.kind != tokWord || t.quote >= 0 {
		return false
	}
	return x.lex.has("role", t.lower) || x.lex.has("role", strings.TrimSuffix(t.lower, "s")) || x.lex.has("body", t.lower)
}

// titleWords reports whether tokens [from, to) are all words of a title
// or one-word names of places (Republican, Iowa Democratic).
func (x *extractor) titleWords(from, to int) bool {
	for i := from; i < to; i++ {
		if w := x.toks[i].text; !x.lex.has("title", w) && !x.lex.has("loc", w) {
			return false
		}
	}
	return from < to
}

// ofRoleName reports whether tokens from k, after the of of a role (master
// of ceremonies), are at most three lower-case words and then a person's
// full name, before hi.
func (x *extractor) ofRoleName(k, hi int) bool {
	for j := k; j < hi && j <= k+3; j++ {
		t := x.toks[j]
		if r := x.runAt[j]; r >= 0 {
			return j > k && x.runs[r].from == j && x.runs[r].typ == typePerson && x.runs[r].full()
		}
		if t.kind != tokWord || t.quote >= 0 || t.capitalised() || determiners[t.lower] || prepositions[t.lower] || x.lex.has("cue", t.lower) {
			return false
		}
	}
	return false
}

// npAfter finds the noun phrase that starts at token i, before hi: the
// speaker after an inverted cue (said Rama, kata Menteri Lingkungan
// Kenya, Deborah Barasa).
func (x *extractor) npAfter(i, hi int) (np, bool) {
	if i >= hi {
		return np{}, false
	}
	t := x.toks[i]
	if t.kind != tokWord || t.quote >= 0 {
		return np{}, false
	}
	if (t.lower == "his" || t.lower == "her") && i+1 < hi && x.toks[i+1].kind == tokWord && x.lex.has("body", x.toks[i+1].lower) {
		// her campaign; but his campaign manager Jeff Weaver: the
		// person the role after it names.
		if k := i + 2; !(k+1 < hi && x.isRoleWord(k) && x.runAt[k+1] >= 0 && x.runs[x.runAt[k+1]].typ == typePerson) {
			return np{from: i, to: i + 2, run: -1, role: x.toks[i+1].lower, ofPerson: true}, true
		}
	}
	if x.lex.has("pron", t.lower) {
		return np{from: i, to: i + 1, run: -1, pron: true}, true
	}
	if demonstratives[t.lower] || participleClauses[t.lower] {
		return np{}, false // said that Sanders …, said this week, said when Boyle asked
	}
	start := i
	if determiners[t.lower] {
		i++
	}
	// former Sen. Evan Bayh; veteran analyst Charlie Cook; former
	// Massachusetts congressman Barney Frank (a place or party before a
	// role word is one more modifier).
	role := false
	for k := i; k < hi && k < i+10; k++ {
		tk := x.toks[k]
		if x.roleOf(k) {
			continue // said former secretary of state Hillary Clinton
		}
		// said master of ceremonies Asab Al-Tabchi, said director of
		// communications Jen Psaki: a lower-case role with of before a
		// full name.
		if tk.lower == "of" && k > i && x.ofRoleName(k+1, hi) {
			role = true
			continue
		}
		if tk.kind != tokWord || tk.quote >= 0 || x.lex.has("cue", tk.lower) || prepositions[tk.lower] {
			break
		}
		if r := x.runAt[k]; r >= 0 {
			if x.runs[r].typ == typePerson {
				if k < i+3 || role {
					i = k
				}
				break
			}
			if k+1 < hi && x.runs[r].to < hi && x.isRoleWord(x.runs[r].to) {
				k = x.runs[r].to - 1
				continue
			}
			// former Pennsylvania Gov. and Democratic National Committee
			// Chairman Ed Rendell: two titles joined by and.
			if run := x.runs[r]; run.coreFrom == run.to && run.to+1 < hi && x.toks[run.to].lower == "and" && x.toks[run.to+1].capitalised() {
				k, role = run.to, true
				continue
			}
			break
		}
		role = role || x.isRoleWord(k)
	}
	if i >= hi {
		return np{}, false
	}
	if r := x.runAt[i]; r >= 0 {
		run := x.runs[r]
		// A name that modifies a noun after an indefinite article names
		// nobody: said a senior Cruz adviser, according to a Pentagon
		// readout.
		if start < i && indefinites[x.toks[start].lower] {
			// an angry Hollande retaliated: after a surname that only
			// adjectives precede, a word in -ed is its verb, no noun.
			described := !run.full() && x.personLike(r) && x.adjectivesOnly(start+1, i)
			e := run.to
			for e < hi && e < run.to+4 && x.toks[e].kind == tokWord && x.toks[e].quote < 0 && !x.toks[e].capitalised() &&
				!(described && strings.HasSuffix(x.toks[e].lower, "ed")) &&
				!isPossessive(x.toks[e]) && !x.lex.has("cue", x.toks[e].lower) && !prepositions[x.toks[e].lower] &&
				!conjunctions[x.toks[e].lower] && !whWords[x.toks[e].lower] && !x.lex.has("that", x.toks[e].lower) {
				e++
			}
			if e > run.to {
				// said another Twitter user, Johanna Bayer: the person
				// in apposition.
				if e+1 < hi && x.toks[e].text == "," {
					if r2 := x.runAt[e+1]; r2 >= 0 && x.runs[r2].from == e+1 && x.runs[r2].typ == typePerson && x.runs[r2].full() {
						return np{from: start, to: x.runs[r2].to, run: r2}, true
					}
				}
				// according to a Quinnipiac poll, a Pentagon readout: a
				// text of the organisation that modifies it.
				if x.lex.has("thing", x.toks[run.to].lower) && run.typ != typeLocation && !x.personLike(r) {
					return np{from: start, to: run.to + 1, run: r}, true
				}
				return np{from: start, to: e, run: -1, role: x.toks[e-1].lower}, true
			}
		}
		n := np{from: start, to: run.to, run: r}
		// said the New York businessman: a place or group that modifies
		// a role names the role's holder, not itself.
		if run.typ != typePerson && start < i && definite[x.toks[start].lower] && run.to < hi && x.isRoleWord(run.to) && !x.lex.has("body", x.toks[run.to].lower) &&
			(run.to+1 >= hi || x.runAt[run.to+1] < 0 && (x.toks[run.to+1].text != "," || run.to+2 >= hi || x.runAt[run.to+2] < 0)) {
			return np{from: start, to: run.to + 1, run: -1, role: x.toks[run.to].lower}, true
		}
		// said the senior Cruz adviser: a person's name before a role
		// for someone who speaks for another names the principal, not
		// the speaker.
		if run.typ == typePerson && start < i && definite[x.toks[start].lower] && run.to < hi && x.lex.has("generic", x.toks[run.to].lower) &&
			(run.to+1 >= hi || x.runAt[run.to+1] < 0 && x.toks[run.to+1].text != ",") {
			return np{from: start, to: run.to + 1, run: -1, role: x.toks[run.to].lower}, true
		}
		// A role then the name: said the group's spokesman, Ali Safavi;
		// kata Menteri Lingkungan Kenya, Deborah Barasa.
		k := run.to
		for k < hi && (x.isRoleWord(k) || isPossessive(x.toks[k]) || x.runAt[k] >= 0) {
			if isPossessive(x.toks[k]) {
				// said Rubio's campaign manager Rich Beeson
				if p := x.possessedPerson(k+1, hi); p >= 0 {
					n.run, n.to, k = p, x.runs[p].to, x.runs[p].to
					break
				}
			}
			if x.runAt[k] >= 0 {
				n.run = x.runAt[k]
				k = x.runs[x.runAt[k]].to
			} else {
				k++
			}
			n.to = k
		}
		// Republican party boss Reince Priebus, Republican political
		// consultant Chris Russell: words in lower case between a first
		// run and the name, when the first run is no name of a person
		// or only a title (Republican, Democratic).
		// Clinton ally James Carville, Cruz constituent Dan Golvach: a
		// surname alone modifies the noun before a full name.
		first := x.runs[n.run]
		surnameFirst := first.typ == typePerson && !first.full() && n.run == r && start == i && !x.titleWords(first.from, first.to)
		if first.typ != typePerson || x.titleWords(first.from, first.to) || surnameFirst {
			m := k
			for m < hi && m < k+3 && x.toks[m].kind == tokWord && !x.toks[m].capitalised() && x.toks[m].quote < 0 && !x.lex.has("cue", x.toks[m].lower) {
				w := x.toks[m].lower
				if surnameFirst && (prepositions[w] || conjunctions[w] || x.lex.has("time", w) ||
					(strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "ed")) && !x.isRoleWord(m)) {
					m = k // said Clinton and Bernie Sanders, Clinton to John Smith, Netflix follows Frank Underwood
					break
				}
				m++
			}
			if m > k && m < hi {
				if r2 := x.runAt[m]; r2 >= 0 && x.runs[r2].typ == typePerson && x.runs[r2].from == m && (first.typ != typePerson || x.runs[r2].full()) {
					n.run, n.to, k = r2, x.runs[r2].to, x.runs[r2].to
				}
			}

		}
		if run.typ != typePerson && x.runs[n.run].typ != typePerson && k+1 < hi && x.toks[k].text == "," {
			if r2 := x.runAt[k+1]; r2 >= 0 && x.runs[r2].typ == typePerson {
				n.run, n.to = r2, x.runs[r2].to
			}
		}
		// according to the Trump campaign, said the Kremlin press office:
		// the name modifies an organisation, which is the speaker.
		if n.run == r && n.to > run.to && x.lex.has("body", x.toks[n.to-1].lower) && n.to-run.to <= 2 {
			return np{from: start, to: n.to, run: -1, org: true}, true
		}
		// Words before the name make it a modifier (juru bicara Kemlu,
		// seorang pejabat Kemlu): a person in apposition is the speaker,
		// else an indefinite phrase names nobody (but a jubilant Donald
		// Trump is Trump).
		if i > start+1 || i > start && !determiners[x.toks[start].lower] {
			if n.run == r && !x.runs[r].full() && k+1 < hi && x.toks[k].text == "," {
				if r2 := x.runAt[k+1]; r2 >= 0 && x.runs[r2].typ == typePerson && x.runs[r2].full() {
					n.run, n.to = r2, x.runs[r2].to
				}
			}
			if n.run == r && indefinites[x.toks[start].lower] && !x.runs[r].full() && !(x.personLike(r) && x.adjectivesOnly(start+1, i)) {
				return np{from: start, to: run.to, run: -1, role: x.toks[i-1].lower}, true
			}
		}
		// "…," Clinton’s letter reads: whoever a text belongs to wrote it.
		if n.run == r && n.to == run.to+1 && isPossessive(x.toks[run.to]) {
			e := n.to
			for e < hi && e < n.to+2 && x.toks[e].kind == tokWord && !x.toks[e].capitalised() && x.toks[e].quote < 0 &&
				!x.lex.has("thing", x.toks[e].lower) && !x.lex.has("cue", x.toks[e].lower) && !x.isRoleWord(e) {
				e++ // Clinton’s latest statement
			}
			if e < hi && x.toks[e].quote < 0 && x.lex.has("thing", x.toks[e].lower) {
				n.to = e + 1
			}
		}
		if x.runs[n.run].typ == typeOther {
			n.role = strings.ToLower(x.toks[x.runs[n.run].to-1].text)
			n.run = -1
		}
		return n, true
	}
	// according to a study last year by economists Peter Schott and
	// Justin Pierce, the statement released by Fox News: a text is its
	// author's.
	if start < i {
		if n, ok := x.textAuthor(start, i, hi); ok {
			return n, true
		}
	}
	// the prime minister; juru bicara Kemlu; the group's spokesman
	k, lim := i, i+4
	for k < hi && k < lim && x.toks[k].kind == tokWord && x.toks[k].quote < 0 && !x.lex.has("cue", x.toks[k].lower) {
		if x.toks[k].capitalised() {
			e := x.modifierRun(k, i, hi, x.isRoleWord)
			if e < 0 {
				break
			}
			lim += e - k - 1
			k = e
			continue
		}
		// said the group's spokesman, the firm's chief executive: the
		// body owns the role that heads the phrase.
		if x.isRoleWord(k) && k+2 < hi && isPossessive(x.toks[k+1]) && x.isRoleWord(k+2) {
			k, lim = k+2, lim+2
			continue
		}
		if x.isRoleWord(k) {
			n := np{from: start, to: k + 1, run: -1, role: x.toks[k].lower}
			// said his roommate at Wharton, Bruce Turry
			if p := x.apposedAfterPlace(k+1, hi); p >= 0 {
				return np{from: start, to: x.runs[p].to, run: p}, true
			}
			// juru bicara Kemlu, Teuku Faizasyah
			m := k + 1
			for m < hi && (x.isRoleWord(m) || x.runAt[m] >= 0) {
				if x.runAt[m] >= 0 {
					n.run = x.runAt[m]
					m = x.runs[n.run].to
				} else {
					m++
				}
				n.to = m
			}
			// juru bicara Kemlu, Teuku Faizasyah: the person in
			// apposition, also after a one-word name (Kemlu, an
			// abbreviation the lexicon may not know).
			if n.run >= 0 && (x.runs[n.run].typ != typePerson || !x.runs[n.run].full()) && m+1 < hi && x.toks[m].text == "," {
				if r2 := x.runAt[m+1]; r2 >= 0 && x.runs[r2].typ == typePerson && x.runs[r2].full() {
					n.run, n.to = r2, x.runs[r2].to
				}
			}
			// said the general secretary of the British union Unite,
			// Tony Woodley: as after a one-word role.
			if n.run < 0 && m > k+1 {
				if p := x.apposedAfterPlace(m, hi); p >= 0 {
					return np{from: start, to: x.runs[p].to, run: p}, true
				}
			}
			// said his daughter, Rosa, who …: the person in apposition to
			// a definite role (a first name alone only when a comma closes
			// it; after an indefinite one see apposedAfterPlace).
			if n.run < 0 && m+1 < hi && x.toks[m].text == "," && !indefinites[x.toks[start].lower] {
				if r2 := x.runAt[m+1]; r2 >= 0 && x.runs[r2].from == m+1 && x.runs[r2].typ == typePerson && x.runs[r2].coreFrom == x.runs[r2].from &&
					(x.runs[r2].full() || x.runs[r2].to < hi && x.toks[x.runs[r2].to].text == ",") {
					n.run, n.to = r2, x.runs[r2].to
				}
			}
			if n.run >= 0 && x.runs[n.run].typ == typeOther {
				n.run = -1
			}
			// seorang pejabat Kemlu, a Pentagon official: the name is a
			// modifier of a phrase that names nobody.
			if n.run >= 0 && indefinites[x.toks[start].lower] && n.run == x.runAt[k+1] {
				n.run = -1
			}
			return n, true
		}
		k++
	}
	// An article and a few words: a man calling himself …, the 46-year-old.
	if start < i && !demonstratives[x.toks[start].lower] {
		e, lim := i, i+3
		for e < hi && e < lim && x.toks[e].kind == tokWord && x.toks[e].quote < 0 && !x.lex.has("cue", x.toks[e].lower) {
			if x.toks[e].capitalised() {
				m := x.modifierRun(e, i, hi, x.lowerNoun)
				if m < 0 {
					break
				}
				lim += m - e - 1
				e = m
				continue
			}
			if prepositions[x.toks[e].lower] && e > i {
				// said his best friend at Lehigh, Bruce Turry: the
				// person in apposition.
				if p := x.apposedAfterPlace(e, hi); p >= 0 {
					return np{from: start, to: x.runs[p].to, run: p}, true
				}
			}
			e++
		}
		if e > i {
			return np{from: start, to: e, run: -1, role: x.toks[e-1].lower}, true
		}
	}
	return np{}, false
}

// apposedAfterPlace returns the person named in apposition after a
// preposition and a name that end a role phrase at token k (his roommate
// at Wharton, Bruce Turry; the director of the agency, Jane Moss): a name
// of two words or more, after a comma; else -1.
func (x *extractor) apposedAfterPlace(k, hi int) int {
	if k+3 >= hi || !prepositions[x.toks[k].lower] || x.toks[k].quote >= 0 {
		return -1
	}
	j := k + 1
	if determiners[x.toks[j].lower] {
		j++
	}
	// the general secretary of the British union Unite, Tony Woodley:
	// lower-case words may stand before and between names of the place.
	r, e := -1, j
	for e < hi && e < j+8 {
		t := x.toks[e]
		if q := x.runAt[e]; q >= 0 && x.runs[q].from == e {
			r, e = q, x.runs[q].to
			continue
		}
		if t.text == "'" || t.text == "’" || isPossessive(t) {
			e++ // the dockers' union
			continue
		}
		if t.kind != tokWord || t.quote >= 0 || t.capitalised() || x.lex.has("cue", t.lower) || x.lex.has("that", t.lower) ||
			whWords[t.lower] || prepositions[t.lower] || conjunctions[t.lower] {
			break
		}
		e++
	}
	if r < 0 || x.runs[r].to != e || x.runs[r].typ == typePerson && x.personLike(r) {
		return -1
	}
	if e+1 >= hi || x.toks[e].text != "," {
		return -1
	}
	if p := x.runAt[e+1]; p >= 0 && x.runs[p].from == e+1 && x.runs[p].typ == typePerson && x.runs[p].full() && x.runs[p].to <= hi {
		return p
	}
	return -1
}

// textAuthor returns the author of a text noun phrase that starts at
// token start with the lower-case words from i (a study last year by
// economists Peter Schott …, a letter from the American Legion): the name
// or organisation after by or from.
func (x *extractor) textAuthor(start, i, hi int) (np, bool) {
	thing := false
	for k := i; k < hi && k < i+12; k++ {
		t := x.toks[k]
		// according to a national CNN/ORC poll: the organisation that
		// modifies the text, after words in lower case.
		if r := x.runAt[k]; !thing && r >= 0 && x.runs[r].from == k && x.runs[r].to < hi && x.runs[r].typ != typeLocation && x.runs[r].typ != typePerson &&
			x.lex.has("thing", x.toks[x.runs[r].to].lower) && k > i {
			return np{from: start, to: x.runs[r].to + 1, run: r}, true
		}
		if thing && t.quote < 0 && (t.lower == "to" || t.lower == "for" || t.lower == "on" || t.lower == "about") {
			// a letter to Facebook from …: whom or what the text is to or
			// about comes before its author.
			m := k + 1
			if m < hi && determiners[x.toks[m].lower] {
				m++
			}
			if r := x.runAt[m]; m < hi && r >= 0 && x.runs[r].from == m {
				k = x.runs[r].to - 1
				if k+1 < hi && isPossessive(x.toks[k+1]) {
					k++ // on Germany's energy policies
				}
				continue
			}
		}
		if thing && t.lower == "in" && x.lex.has("published", x.toks[k-1].lower) {
			// a 2013 article in the academic journal Judgment and Decision
			// Making: the medium that published it.
			if n, ok := x.npAfter(k+1, hi); ok && n.run >= 0 && x.runs[n.run].typ != typeLocation && (x.runs[n.run].typ != typePerson || x.kindBefore(k+1, x.runs[n.run].from)) {
				n.from = start
				return n, true
			}
			return np{}, false
		}
		// (a court document: a role word that modifies a text is no role)
		if t.kind != tokWord || t.quote >= 0 || t.capitalised() || x.lex.has("cue", t.lower) || !thing && x.isRoleWord(k) && !(k+1 < hi && x.lex.has("thing", x.toks[k+1].lower)) {
			return np{}, false
		}
		if thing && (t.lower == "by" || t.lower == "from") {
			if readBy[x.toks[k-1].lower] {
				return np{}, false // a copy of the letter reviewed by The Post: its reader
			}
			n, ok := x.npAfter(k+1, hi)
			// but a report from the State Department's inspector general:
			// a role of the organisation.
			if ok && (n.run >= 0 && x.runs[n.run].typ != typeLocation || n.org) && !x.possessiveIn(n.from, min(n.to+1, hi)) {
				n.from = start
				return n, true
			}
			// a study by economists at Duke University: the body the
			// people it is by belong to.
			if ok && n.run < 0 && n.role != "" && n.to+1 < hi && (x.toks[n.to].lower == "at" || x.toks[n.to].lower == "of") {
				m := n.to + 1
				if m+1 < hi && definite[x.toks[m].lower] {
					m++
				}
				if r := x.runAt[m]; r >= 0 && x.runs[r].from == m && x.runs[r].typ == typeOrg {
					return np{from: start, to: x.runs[r].to, run: r}, true
				}
			}
			return np{}, false
		}
		thing = thing || x.lex.has("thing", t.lower) || x.lex.has("thing", strings.TrimSuffix(t.lower, "s"))
	}
	return np{}, false
}

// kindBefore reports whether tokens [from, to) hold a noun for a kind of
// organisation (the journal Nature, the magazine Time): the name after it
// is that organisation's, whatever it looks like.
func (x *extractor) kindBefore(from, to int) bool {
	for k := from; k < to; k++ {
		if x.lex.has("kind", x.toks[k].lower) {
			return true
		}
	}
	return false
}

// possessiveIn reports whether tokens [from, to) hold a possessive 's.
func (x *extractor) possessiveIn(from, to int) bool {
	for k := from; k < to; k++ {
		if isPossessive(x.toks[k]) {
			return true
		}
	}
	return false
}

// readBy are participles after which by names who has a text, not who
// wrote it.
var readBy = map[string]bool{"obtained": true, "reviewed": true, "seen": true, "viewed": true, "cited": true, "quoted": true, "read": true, "received": true}

// hasRole reports whether the noun phrase n is headed by a role noun (the
// lawyer, Bambang's lawyer) or holds one before its name (kuasa hukum
// Bambang): a phrase a following name in apposition can fill.
func (x *extractor) hasRole(n np) bool {
	if n.role != "" {
		return true
	}
	if n.run < 0 {
		return false
	}
	for i := n.from; i < x.runs[n.run].from; i++ {
		if x.isRoleWord(i) {
			return true
		}
	}
	return false
}

// roleBefore finds the noun phrase ending before token end that is headed
// by a role or holds one before its name (Bambang's lawyer, kuasa hukum
// Bambang).
func (x *extractor) roleBefore(end, lo int) (np, bool) {
	n, ok := x.npBefore(end, lo)
	if !ok {
		return np{}, false
	}
	if n.from > lo {
		if p, ok := x.matchEnding(n.from-1, lo, "role"); ok {
			n.from, n.role = p.from, p.tag
		}
	}
	return n, x.hasRole(n)
}

// hasComma reports whether tokens [from, to) hold a comma outside quotes.
func (x *extractor) hasComma(from, to int) bool {
	for i := from; i < to; i++ {
		if x.toks[i].text == "," && x.toks[i].quote < 0 {
			return true
		}
	}
	return false
}

// adjectivesOnly reports whether tokens [from, to) read as words that
// describe a name after them: lower-case, no role, relative pronoun or
// preposition (an angry Hollande, a visibly shaken Obama; but one source
// who identified Sullivan).
func (x *extractor) adjectivesOnly(from, to int) bool {
	for k := from; k < to; k++ {
		if t := x.toks[k]; t.kind != tokWord || t.capitalised() || x.isRoleWord(k) || whWords[t.lower] || relatives[t.lower] || prepositions[t.lower] {
			return false
		}
	}
	return from < to
}

// adverb reports whether t reads as an adverb in -ly (jokingly, loudly)
// that may stand between a subject and its verb.
func adverb(t token) bool {
	return len(t.lower) > 4 && strings.HasSuffix(t.lower, "ly") && !lyNouns[t.lower]
}

// lyNouns end in -ly but are nouns, never adverbs: His family said; the
// daily reported.
var lyNouns = map[string]bool{"family": true, "assembly": true, "rally": true, "supply": true,
	"daily": true, "weekly": true, "monthly": true, "quarterly": true, "anomaly": true, "monopoly": true, "bully": true}

// bareGroup reports whether the word at j heads a plural noun phrase
// without an article, the subject of the cue after it: critics say, young
// voters call, Law enforcement sources said, 21 percent said. Such people
// are named by nobody. It returns the first word of the phrase (a few
// modifiers before the head). The plural endings are language data (tag
// plural), so a language that does not mark the plural has none.
func (x *extractor) bareGroup(j, lo int) (int, bool) {
	t := x.toks[j]
	plural := false
	for end := range x.lex.tags["plural"] {
		plural = plural || strings.HasSuffix(t.lower, end) && len(t.lower) > len(end)+2
	}
	// 21 percent said: a share of people.
	share := x.lex.has("share", t.lower) && j > lo && startsWithDigit(x.toks[j-1])
	if !plural && !share || x.lex.has("nogroup", t.lower) || x.lex.has("cue", t.lower) || x.lex.has("aux", t.lower) || x.lex.has("skip", t.lower) || x.runAt[j] >= 0 && x.runs[x.runAt[j]].typ == typePerson {
		return 0, false
	}
	from := j
	for k := j - 1; k >= lo && k >= j-3; k-- {
		tk := x.toks[k]
		if share && startsWithDigit(tk) {
			from = k
			continue
		}
		// about 50 protesters, more than 200 supporters: a word that
		// rounds the number opens the phrase.
		if k+1 < len(x.toks) && startsWithDigit(x.toks[k+1]) && tk.kind == tokWord && tk.quote < 0 {
			if approximates[tk.lower] {
				from = k
				break
			}
			if (tk.lower == "than" || tk.lower == "least") && k-1 >= lo && (x.toks[k-1].lower == "more" || x.toks[k-1].lower == "fewer" || x.toks[k-1].lower == "at") {
				from = k - 1
				break
			}
		}
		// The object of a participle or a preposition is no subject:
		// Holding signs calling …; of the seven polls ….
		if tk.kind == tokWord && tk.quote < 0 && (prepositions[tk.lower] || strings.HasSuffix(tk.lower, "ing") && !x.lex.has("nogroup", tk.lower)) {
			return 0, false
		}
		// Modifiers are adjectives and nouns; a function word, a verb or
		// an adverb comes before the phrase (That is why critics say).
		if tk.kind != tokWord || tk.quote >= 0 || conjunctions[tk.lower] || whWords[tk.lower] || tk.lower == "why" || tk.lower == "how" ||
			x.lex.has("cue", tk.lower) || x.lex.has("that", tk.lower) || x.lex.has("pron", tk.lower) || x.lex.has("sub", tk.text) ||
			x.lex.has("aux", tk.lower) || x.lex.has("skip", tk.lower) || x.lex.has("stop", tk.text) ||
			isPossessive(tk) || possessivePronouns[tk.lower] || determiners[tk.lower] || adverb(tk) {
			break
		}
		from = k
	}
	return from, true
}

// approximates are words that round the number after them (about 50).
var approximates = map[string]bool{"about": true, "around": true, "roughly": true, "nearly": true, "almost": true, "some": true,
	"approximately": true, "over": true, "only": true, "just": true}

func startsWithDigit(t token) bool {
	for _, r := range t.text {
		return t.kind == tokWord && unicode.IsDigit(r)
	}
	return false
}

// possessiveName reports whether the cue word at token i is a verb after a
// name that ends in a possessive (St. Brendan's said, Macy's announced):
// a past tense is never a noun.
func (x *extractor) possessiveName(i int) bool {
	w := x.toks[i].lower
	return i >= 2 && x.runAt[i-2] >= 0 && (w == "said" || w == "told" || w == "wrote" || strings.HasSuffix(w, "ed"))
}

// affiliation reports whether tokens [from, to) say where a person named
// just before is from or works: "of" and names, with the small words
// between them (Darran Whiting of Liberty Baptist Church in Marion).
func (x *extractor) affiliation(from, to int) bool {
	if from >= to || x.toks[from].lower != "of" {
		return false
	}
	for k := from + 1; k < to; k++ {
		t := x.toks[k]
		if t.kind != tokWord || t.quote >= 0 {
			return false
		}
		if x.runAt[k] < 0 && !affiliationWords[t.lower] {
			return false
		}
	}
	return x.runAt[to-1] >= 0
}

// affiliationWords join the names of an affiliation.
var affiliationWords = map[string]bool{"of": true, "in": true, "the": true, "at": true, "for": true}

// modifierRun returns the end of the organisation or place run that opens
// at token k, inside a phrase whose first word is i, when it modifies the
// word after it that noun accepts (said another leading Supreme Court
// advocate, a former White House lawyer); else -1.
func (x *extractor) modifierRun(k, i, hi int, noun func(int) bool) int {
	r := x.runAt[k]
	if k == i || r < 0 || x.runs[r].from != k || x.runs[r].typ == typePerson || x.runs[r].to >= hi || !noun(x.runs[r].to) {
		return -1
	}
	return x.runs[r].to
}

// lowerNoun reports whether token i can be a lower-case noun that ends a
// phrase: a word, not capitalised, quoted, a cue, a preposition, a
// conjunction or a relative.
func (x *extractor) lowerNoun(i int) bool {
	t := x.toks[i]
	return t.kind == tokWord && t.quote < 0 && !t.capitalised() && !x.lex.has("cue", t.lower) &&
		!prepositions[t.lower] && !conjunctions[t.lower] && !whWords[t.lower] && !x.lex.has("that", t.lower)
}
