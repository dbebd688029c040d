package quotes

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"newsdesk/dataset"
)

func sortFound(f []found) {
	sort.SliceStable(f, func(i, j int) bool {
		if f[i].start != f[j].start {
			return f[i].start < f[j].start
		}
		if f[i].end != f[j].end {
			return f[i].end < f[j].end
		}
		return f[i].kind < f[j].kind
	})
}

// resolve names the speaker of every quote, in document order: a named
// speaker takes its fullest form, a pronoun or role noun the person it
// stands for, and a quotation with no cue the speaker of the quotation just
// before it when that one is in the same or the previous paragraph.
func (x *extractor) resolve() {
	for _, f := range x.found {
		if f.hasNP && f.np.run >= 0 {
			run := x.runs[f.np.run]
			for i := run.coreFrom; i < run.to; i++ {
				x.speakerWords[x.toks[i].lower] = true
			}
		}
	}
	prev := -1
	for i := range x.found {
		f := &x.found[i]
		if f.hasNP && f.speakerText == "" && f.cue == "" && prev >= 0 && x.found[prev].para == f.para && x.found[prev].end <= f.start {
			// A quotation after reported speech in its paragraph
			// continues it: …, Schiff said. "The other factor …"
			f.speaker, f.run = x.found[prev].speaker, x.found[prev].run
		} else if f.hasNP {
			f.speaker, f.run = x.speakerName(f.np)
		} else if n, ok := x.sameSentenceCue(i); ok {
			// "…" was to be a "cautionary tale," said Susan Crawford: the
			// cue after the next quotation of the sentence names both.
			f.speaker, f.run = x.speakerName(n)
		} else if n, ok := x.blockIntro(f); ok {
			// Wallnau wrote: ¶ I think … what we should ask is "who has
			// God anointed?": a fragment in a block quotation is the
			// words of who introduced the block.
			f.speaker, f.run = x.speakerName(n)
		} else if f.kind != dataset.KindIndirect && prev >= 0 && (f.para == x.found[prev].para || f.para-x.found[prev].para == 1 && f.kind == dataset.KindDirect && x.passesOn(&x.found[prev])) {
			f.speaker, f.run = x.found[prev].speaker, x.found[prev].run
		} else if f.kind == dataset.KindDirect && !f.attributed {
			f.speaker, f.run = x.afterNarrative(f)
		}
		if f.hasNP && f.np.run >= 0 {
			x.mentioned[f.np.run] = true
		}
		if f.run >= 0 {
			x.mentioned[f.run] = true
		}
		// An indirect quote passes its speaker on only when it ends the
		// paragraph before: Or maybe Jeb Bush, Phil Musser says. ¶ "…"
		// A quotation whose cue names nobody (critics say, the source
		// said) passes that on too: the next one is not the last named
		// speaker's.
		named := f.speaker != "" || f.hasNP && f.cue != "" && f.np.role != "" && f.np.run < 0 && !x.lex.has("thing", f.np.role)
		if named && (f.kind != dataset.KindIndirect || x.endsParagraph(f) || x.quoteFollows(i)) {
			prev = i
		}
	}
}

// blockIntro returns the speaker who introduces the block quotation that
// holds f, a quotation with no cue inside a paragraph: one of the two
// paragraphs before ends in a colon after a cue, with its subject
// (Wallnau wrote:, Soerens argued that:), and no paragraph between holds
// a quotation of its own.
func (x *extractor) blockIntro(f *found) (np, bool) {
	i := f.tok // the opening mark
	if f.hasNP || f.attributed || i <= 0 || x.paraAt[i-1] != f.para || x.toks[i-1].kind == tokBreak {
		return np{}, false
	}
	for k := i - 1; k > 0; k-- {
		if x.toks[k].kind != tokBreak {
			continue
		}
		for k > 0 && x.toks[k].kind == tokBreak {
			k--
		}
		if f.para-x.paraAt[k] > 2 {
			return np{}, false
		}
		if x.toks[k].text != ":" || x.toks[k].quote >= 0 {
			for j := k; j >= 0 && x.paraAt[j] == x.paraAt[k]; j-- {
				if x.toks[j].quote >= 0 {
					return np{}, false
				}
			}
			continue
		}
		s := x.sentenceStart(k)
		if !x.cueIn(s, k) {
			return np{}, false
		}
		if n, ok := x.clauseSubject(s, k); ok && (n.run >= 0 && x.runs[n.run].typ != typeLocation || n.pron) {
			return n, true
		}
		return np{}, false
	}
	return np{}, false
}

// speakerName returns the in-article name of the speaker of n and the name
// run it comes from (-1 when none).
func (x *extractor) speakerName(n np) (string, int) {
	switch {
	case n.run >= 0:
		run := x.runs[n.run]
		if w := x.toks[run.from].lower; run.to == run.from+1 && x.lex.short[w] != nil {
			// kata Mensos: the person who holds the title it stands for.
			if name, r := x.resolveRole(w, run.from); r >= 0 {
				return name, r
			}
		}
		// the Lincoln actor says: a name between an article and a role
		// word modifies the role, whose holder is someone else; so does
		// the name of a people (the Latin American pope, the American
		// ambassador).
		if run.typ == typePerson && n.from < run.from && definite[x.toks[n.from].lower] && run.to < n.to && x.isRoleWord(run.to) && !x.lex.has("body", x.toks[run.to].lower) &&
			(x.personLike(n.run) || x.groupName(run.from, run.to)) && !x.titleWords(run.from, run.to) {
			return x.resolveRole(x.toks[run.to].lower, n.from)
		}
		// the Italian said, the Dutchman added: one member of a people
		// is someone the article named, as the role nouns are.
		if w := x.toks[run.from].lower; run.to == run.from+1 && n.to == run.to && n.from < run.from && definite[x.toks[n.from].lower] &&
			x.lex.has("people", w) && run.typ == typePerson {
			return x.resolveRole(w, n.from)
		}
		// Someone who was there said: an indefinite pronoun that opens
		// the sentence with a capital names nobody; nor does one word
		// after a singular indefinite article (said another Muslim who
		// …; but Some Democrats say: PolNeAR counts a party named).
		if run.typ == typePerson && run.to == run.from+1 && (indefinitePronouns[x.toks[run.from].lower] || run.from-1 == n.from && singularIndefinite[x.toks[n.from].lower] && x.endsPhrase(run.to)) {
			return "", -1
		}
		if run.typ == typePerson {
			return x.fullest(n.run)
		}
		// politikus Partai Golkar itu (that Golkar politician): a role
		// noun before an organisation's name, the phrase closed by a
		// determiner, is someone who holds the role there.
		if t := x.toks[n.from]; n.from < run.from && t.kind == tokWord && !t.capitalised() && x.lex.has("role", t.lower) && !x.lex.has("body", t.lower) && x.definiteAfter(run.to-1) {
			return x.resolveRole(t.lower, n.from)
		}
		if x.groupNoun(n.run) {
			return x.nearestOrg(run.from, x.toks[run.from].lower)
		}
		return x.runText(run.from, run.to), n.run
	case n.org:
		from := n.from
		if indefinites[x.toks[from].lower] {
			return "", -1 // A German newspaper wrote: the article names none
		}
		if determiners[x.toks[from].lower] {
			from++
		}
		for from < n.to-1 && x.runAt[from] < 0 && x.toks[from].kind == tokWord && !x.toks[from].capitalised() && from < n.from+3 {
			from++ // the nationalist Global Times tabloid
		}
		// the Global Times tabloid: a noun for the kind of organisation
		// the name is leaves the name alone (but the Trump campaign).
		if r := x.runAt[from]; r >= 0 && x.runs[r].from == from && x.runs[r].to == n.to-1 && x.lex.has("kind", x.toks[n.to-1].lower) &&
			x.runs[r].typ != typePerson && x.runs[r].typ != typeLocation {
			return x.runText(x.runs[r].from, x.runs[r].to), r
		}
		// The St. Louis company said: a name before a noun for a kind of
		// organisation that is no organisation's name describes one named
		// before, as "the company" does.
		if r := x.runAt[from]; r >= 0 && x.runs[r].from == from && x.runs[r].to == n.to-1 && x.runs[r].typ != typeOrg &&
			x.lex.has("kind", x.toks[n.to-1].lower) && definite[x.toks[n.from].lower] {
			if name, o := x.nearestOrg(n.from, x.toks[n.to-1].lower); o >= 0 && o != r {
				return name, o
			}
		}
		return x.text(from, n.to), -1
	case n.ofPerson:
		// her campaign: the campaign of the person "her" stands for.
		if name, r := x.personFor(n.from, pronounGender[x.toks[n.from].lower], nil); r >= 0 {
			return name + "'s " + x.text(n.from+1, n.to), -1
		}
		return "", -1
	case n.ofIt:
		// its foreign ministry: the ministry of the organisation or state
		// that "it" stands for (Iran's foreign ministry).
		if name, r := x.orgSubject(n.from); r >= 0 {
			return name + "'s " + x.text(n.from+1, n.to), -1
		}
		return "", -1
	case n.pron:
		return x.resolvePronoun(n.from)
	case n.role != "":
		return x.resolveRole(n.role, n.from)
	}
	return "", -1
}

// singularIndefinite articles open a phrase for one unnamed person.
var singularIndefinite = map[string]bool{"a": true, "an": true, "another": true, "one": true}

// endsPhrase reports whether a noun phrase ends before token i: the end of
// the text, punctuation, or a relative pronoun (another Muslim who …).
func (x *extractor) endsPhrase(i int) bool {
	return i >= len(x.toks) || x.toks[i].kind != tokWord || relatives[x.toks[i].lower]
}

func (x *extractor) runText(from, to int) string {
	return string(x.runes[x.toks[from].start:x.toks[to-1].end])
}

// fullest returns the longest person name of the article that contains
// the core of run r (Rama → Edi Rama, Mr. Obama → Barack Obama), with its
// run; the first such name wins a tie.
func (x *extractor) fullest(r int) (string, int) {
	best := x.fullestOf(r, x.nameCands(r))
	if name := x.familyName(best); name != "" {
		return name, best
	}
	b := x.runs[best]
	if b.coreFrom >= b.to {
		return x.runText(b.from, b.to), best
	}
	return x.runText(b.coreFrom, b.to), best
}

// familyName returns the full name of a first name set alone in
// apposition to a family role of a named person, with that person's
// surname (Trump's wife, Melania, → Melania Trump; Clinton's husband,
// Bill, → Bill Clinton); else "".
func (x *extractor) familyName(r int) string {
	run := x.runs[r]
	if run.to-run.coreFrom != 1 || run.coreFrom != run.from || run.from < 4 || x.toks[run.from-1].text != "," ||
		!x.lex.has("family", x.toks[run.from-2].lower) || !isPossessive(x.toks[run.from-3]) {
		return ""
	}
	p := x.personEndingAt(run.from - 3)
	if p < 0 {
		return ""
	}
	name, _ := x.fullest(p)
	words := strings.Fields(name)
	if len(words) == 0 {
		return ""
	}
	return x.runText(run.coreFrom, run.to) + " " + words[len(words)-1]
}

// fullestOf is the run of fullest, given the candidates nameCands(r).
func (x *extractor) fullestOf(r int, cands []int) int {
	best := r
	if len(cands) > 0 {
		// The person: the first one named, or for Mr. Park among Park
		// Ji-won and Park Sung-ho the one whose gender fits.
		person := cands[0]
		if g := x.titleGender(r); g != 0 && !x.inGenders && x.manyPeople(cands) {
			if x.gender == nil {
				x.gender = x.genders()
			}
			if c := x.namesakeByGender(r, g, x.gender, cands); c >= 0 {
				person = c
			}
		}
		// Their longest name: Donald J. Trump over Donald Trump.
		best = person
		for _, c := range cands {
			if x.samePerson(c, person) && x.runs[c].to-x.runs[c].coreFrom > x.runs[best].to-x.runs[best].coreFrom {
				best = c
			}
		}
	}
	return best
}

// nameCands returns, in text order, the person runs whose longer names
// hold the name of run r (Rama → Edi Rama; Mr. Park → Park Ji-won, Park
// Sung-ho): a one-word name must end the longer one unless nameEnd allows
// it, and a gendered title excludes a first name of the other gender
// (Mrs. Clinton is not Bill Clinton).
func (x *extractor) nameCands(r int) []int {
	words := x.runs[r].coreWords(x.toks)
	g := x.titleGender(r)
	titled := x.runs[r].coreFrom > x.runs[r].from
	var out []int
	for i, o := range x.runs {
		if i == r || o.typ != typePerson || o.coreFrom >= o.to || o.to-o.coreFrom <= len(words) {
			continue
		}
		if g != 0 && x.nameGender(i)+g == 'm'+'f' {
			continue
		}
		ow := o.coreWords(x.toks)
		if containsWords(ow, words) && !x.hasCommonWord(ow) && len(ow) <= 4 && x.nameEnd(ow, words, titled) {
			out = append(out, i)
		}
	}
	return out
}

// samePerson reports whether two full names are one person's: the same
// first and last word (Donald Trump, Donald J. Trump).
func (x *extractor) samePerson(a, b int) bool {
	aw, bw := x.runs[a].coreWords(x.toks), x.runs[b].coreWords(x.toks)
	return aw[0] == bw[0] && aw[len(aw)-1] == bw[len(bw)-1]
}

// manyPeople reports whether the candidate names are more than one
// person's (Mike and Greg Pence).
func (x *extractor) manyPeople(cands []int) bool {
	for _, c := range cands[1:] {
		if !x.samePerson(c, cands[0]) {
			return true
		}
	}
	return false
}

// containsWords reports whether sub occurs in words as a contiguous run.
func containsWords(words, sub []string) bool {
	if len(sub) == 0 {
		return false
	}
	for i := 0; i+len(sub) <= len(words); i++ {
		ok := true
		for k, w := range sub {
			if strings.TrimSuffix(words[i+k], ".") != strings.TrimSuffix(w, ".") {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// personPronouns stand for a person; the others are not resolved.
var personPronouns = map[string]bool{"he": true, "she": true, "dia": true, "ia": true, "beliau": true, "nya": true}

// resolvePronoun resolves the pronoun at token at (or the clitic of a cue
// such as ujarnya) to the person it most likely stands for: the first
// person named in the nearest sentence before it that names one.
func (x *extractor) resolvePronoun(at int) (string, int) {
	w := x.toks[at].lower
	if w == "it" {
		if name, r := x.orgSubject(at); name != "" {
			return name, r // the ministry … it said
		}
		if name, r := x.textBefore(at); name != "" {
			return name, r // the email … it reads
		}
		if name, r := x.itBefore(at); name != "" {
			return name, r
		}
		return x.nearestOrgName(at)
	}
	if w == "i" && !x.insideQuote(at) {
		if name, r := x.signatureAfter(at); r >= 0 {
			return name, r // a letter to the editor, signed below
		}
		return x.writer() // "…," I said, in a first-person article
	}
	if w == "they" {
		return x.groupBefore(at)
	}
	if !personPronouns[w] && w != "his" && w != "her" && !(x.hasSuffix(at) && (x.lex.has("after", w) || x.lex.has("cue", w) || x.lex.has("according", w))) {
		return "", -1
	}
	return x.personFor(at, pronounGender[w], x.namedAfter(at))
}

// groupBefore resolves "they" to the organisation or the group of people
// that is the subject of a clause before it in its sentence (Senate
// Democrats blocked the bill because they said …); else nobody: they are
// most often people the article does not name (looking into the sentence
// before too gained one PolNeAR train quote and put two wrong names).
func (x *extractor) groupBefore(at int) (string, int) {
	for k := x.sentenceStart(at); k < at; k++ {
		r := x.runAt[k]
		if r < 0 || x.toks[k].quote >= 0 {
			continue
		}
		run := x.runs[r]
		k = run.to - 1
		if !x.subjectLike(r) || run.from > 0 && indefinites[x.toks[run.from-1].lower] {
			continue
		}
		if run.typ == typeOrg || x.groupName(run.from, run.to) && strings.HasSuffix(x.toks[run.to-1].lower, "s") {
			return x.runText(run.from, run.to), r
		}
		if run.typ == typePerson && x.personLike(r) {
			return "", -1 // a person first: they are others
		}
	}
	return "", -1
}

// nearestOrgName resolves "it" to the organisation or state named last
// before token at, in its sentence or the one before (a company called
// Cambridge Analytica, which builds what it calls …; according to the
// SITE Intelligence Group, which monitors …. It said …); else nobody.
func (x *extractor) nearestOrgName(at int) (string, int) {
	start := x.sentenceStart(at)
	if start > 0 {
		start = x.sentenceStart(start - 1)
	}
	for k := at - 1; k >= start; k-- {
		r := x.runAt[k]
		if r < 0 || x.toks[k].quote >= 0 {
			continue
		}
		run := x.runs[r]
		// not a Cumberland County Republican: a description, no name
		described := run.from > 0 && indefinites[x.toks[run.from-1].lower]
		if !described && (run.typ == typeOrg || run.typ == typeLocation && x.lex.has("loc", x.runText(run.from, run.to))) {
			return x.runText(run.from, run.to), r
		}
		k = run.from
	}
	return "", -1
}

// itBefore returns the speaker of the quote before token at, in its own
// or the paragraph before, when that speaker was "it" too or no person
// (… it reads. ¶ "…," it said; … the newspaper admitted. ¶ "…," it
// added).
func (x *extractor) itBefore(at int) (string, int) {
	for i := len(x.found) - 1; i >= 0; i-- {
		f := &x.found[i]
		if f.tok >= at || !f.hasNP || f.np.from == at {
			continue // its own quote, or one after it
		}
		if x.paraAt[f.tok] < x.paraAt[at]-1 || f.speaker == "" {
			return "", -1
		}
		it := f.np.pron && x.toks[f.np.from].lower == "it"
		if it || x.noPersonSpoke(f) && f.np.run < 0 && !f.np.pron && !f.np.ofPerson {
			return f.speaker, f.run
		}
		return "", -1
	}
	return "", -1
}

// noPersonSpoke reports whether the speaker of f is no person's name: an
// organisation, a place, or a name that a body noun stood for (Apple said
// …. "…," the company said), whatever the name alone looked like.
func (x *extractor) noPersonSpoke(f *found) bool {
	return f.run < 0 || x.runs[f.run].typ != typePerson || f.np.org || x.lex.has("body", f.np.role)
}

// textBefore resolves "it" to the author of the nearest text or medium
// named before it in its paragraph or the one before (Bash sent an email
// … "…," it reads → Bash), or to nobody.
func (x *extractor) textBefore(at int) (string, int) {
	// Apple said …. "…," the company said. It added …: an organisation
	// that spoke after the text stands nearer.
	limit := -1
	for i := len(x.found) - 1; i >= 0; i-- {
		if f := &x.found[i]; f.hasNP && f.np.to <= at && f.speaker != "" && f.np.from != at {
			if x.noPersonSpoke(f) {
				limit = f.np.from
			}
			break
		}
	}
	for j := at - 1; j > limit && x.paraAt[j] >= x.paraAt[at]-1; j-- {
		t := x.toks[j]
		if t.quote >= 0 || t.kind != tokWord {
			continue
		}
		if !x.lex.has("thing", t.lower) {
			continue
		}
		// The hospital said in a statement …. It said: "it" is who
		// spoke in the text, not the text.
		for k := j - 1; k >= 0 && k >= j-2; k-- {
			if prepositions[x.toks[k].lower] {
				// Bujnowski wrote in the affidavit. It continued: a
				// person is never "it"; the text is, and its writer
				// speaks.
				if r := x.personBefore(x.sentenceStart(k), k); r >= 0 {
					return x.fullest(r)
				}
				return "", -1
			}
		}
		return x.author(t.lower, j+1)
	}
	return "", -1
}

// personBefore returns the person whose name ends right before the cue
// that ends right before token k ("…," Bujnowski wrote in …), or -1.
func (x *extractor) personBefore(start, k int) int {
	c := k - 1
	if c <= start || x.toks[c].quote >= 0 || !x.lex.has("cue", x.toks[c].lower) {
		return -1
	}
	return x.personEndingAt(c)
}

// personFor returns the nearest person before token at that a pronoun of
// gender g (0 for any) can stand for, leaving out the people in exclude.
func (x *extractor) personFor(at int, g byte, exclude map[string]bool) (string, int) {
	x.wantGender, x.byPronoun, x.exclude = g, true, exclude
	defer func() { x.wantGender, x.byPronoun, x.exclude = 0, false, nil }()
	return x.nearestPerson(at)
}

// pronounGender: 'm' or 'f' for the English personal pronouns; the
// Indonesian ones (dia, ia, -nya) tell no gender.
var pronounGender = map[string]byte{"he": 'm', "him": 'm', "his": 'm', "she": 'f', "her": 'f', "hers": 'f'}

// possessiveGender: his and her right after a subject tell its gender
// (Schlafly put her finger on …).
var possessiveGender = map[string]byte{"his": 'm', "her": 'f', "himself": 'm', "herself": 'f'}

// titleGender: the titles that tell a gender.
var titleGender = map[string]byte{"mr.": 'm', "mr": 'm', "mrs.": 'f', "ms.": 'f', "mrs": 'f', "ms": 'f', "miss": 'f'}

// titleGender is the gender a title of run r tells (Mr., Ms.), or 0.
func (x *extractor) titleGender(r int) byte {
	for i := x.runs[r].from; i < x.runs[r].coreFrom; i++ {
		if g := titleGender[x.toks[i].lower]; g != 0 {
			return g
		}
	}
	return 0
}

// nameGender is the gender the first name of run r tells (lexicon tags
// male and female), or 0 for a single name or a first name used for both.
func (x *extractor) nameGender(r int) byte {
	run := x.runs[r]
	if !run.full() {
		return 0
	}
	switch w := strings.TrimSuffix(x.toks[run.coreFrom].lower, "."); {
	case x.lex.has("male", w):
		return 'm'
	case x.lex.has("female", w):
		return 'f'
	}
	return 0
}

// genders learns, for each person of the article (by the words of the
// fullest name), the gender the article gives it: a gendered title (Mr.,
// Ms.), a first name that tells it (lexicon tags male, female), or, within
// a few words after the person as the subject of a sentence, his/her
// (Schlafly put her finger on …) or he/she right after a cue (Park Ji-won
// said she was pleased). A name with evidence both ways gets none.
func (x *extractor) genders() map[string]byte {
	x.inGenders = true // fullest must not ask for genders while they are learned
	defer func() { x.inGenders = false }()
	votes := map[string][2]int{}
	add := func(key string, g byte) {
		v := votes[key]
		if g == 'm' {
			v[0]++
		} else {
			v[1]++
		}
		votes[key] = v
	}
	// A short name that more than one person of the article bears (Ms.
	// Park, with Park Ji-won and Park Sung-ho) tells its gender only once
	// the genders of the full names are known; it waits.
	type short struct {
		r int
		g byte
	}
	var pending []short
	for r, run := range x.runs {
		if run.typ != typePerson || run.coreFrom >= run.to {
			continue
		}
		cands := x.nameCands(r)
		full := x.fullestOf(r, cands)
		key := x.nameKey(full)
		ambiguous := !run.full() && len(cands) > 1 && x.manyPeople(cands)
		vote := func(g byte) {
			if ambiguous {
				pending = append(pending, short{r, g})
			} else {
				add(key, g)
			}
		}
		if g := x.titleGender(r); g != 0 {
			vote(g)
		}
		if x.nameGender(full) != 0 {
			add(key, x.nameGender(full))
		}
		if !x.subjectLike(r) {
			continue
		}
		for i := run.to; i < len(x.toks) && i < run.to+4 && !x.isBoundary(i); i++ {
			if x.toks[i].quote >= 0 {
				break
			}
			if x.runAt[i] >= 0 && x.runs[x.runAt[i]].typ == typePerson {
				break // another person: the pronoun may be theirs
			}
			if g := possessiveGender[x.toks[i].lower]; g != 0 {
				// backed her up, told her that: her as an object is
				// somebody else.
				if x.toks[i].lower == "her" && !x.nounAfter(i+1) {
					break
				}
				vote(g)
				break
			}
			// Park Ji-won said she was pleased: a pronoun right after
			// the subject's own cue is the subject.
			if g := pronounGender[x.toks[i].lower]; g != 0 && i > run.to && x.lex.has("cue", x.toks[i-1].lower) && x.toks[i].lower != "her" && x.toks[i].lower != "him" {
				vote(g)
				break
			}
		}
	}
	out := map[string]byte{}
	for k, v := range votes {
		switch {
		case v[0] > 0 && v[1] == 0:
			out[k] = 'm'
		case v[1] > 0 && v[0] == 0:
			out[k] = 'f'
		}
	}
	// Then the short names, in order: each goes to the one person whose
	// known gender fits, else to the last named before it whose gender is
	// not yet known (Ms. Park's critic, Park Sung-ho … Mr. Park said).
	for _, p := range pending {
		if c := x.namesakeByGender(p.r, p.g, out, x.nameCands(p.r)); c >= 0 {
			if key := x.nameKey(c); out[key] == 0 {
				out[key] = p.g
			}
		}
	}
	return out
}

// namesakeByGender returns the person run that the short name of run r
// with gender g stands for among the people who bear it: the only one
// whose known gender is g, else the one of unknown gender named last
// before r, else -1.
func (x *extractor) namesakeByGender(r int, g byte, known map[string]byte, cands []int) int {
	fit, names := -1, map[string]bool{}
	for _, c := range cands {
		if key := x.nameKey(c); known[key] == g {
			if !names[key] {
				fit = c
			}
			names[key] = true
		}
	}
	if len(names) == 1 {
		return fit
	}
	if len(names) > 1 {
		return -1
	}
	choice, at := -1, -1
	for _, c := range cands {
		key := x.nameKey(c)
		if known[key] != 0 {
			continue
		}
		for i, o := range x.runs {
			if o.from < x.runs[r].from && o.from > at && o.typ == typePerson && x.nameKey(i) == key {
				choice, at = c, o.from
			}
		}
	}
	return choice
}

// genderFits reports whether person run r may be what the pronoun being
// resolved stands for.
func (x *extractor) genderFits(r int) bool {
	if len(x.exclude) > 0 && x.exclude[x.personKey(r)] {
		return false // he called Rubio: he is not Rubio
	}
	if x.wantGender == 0 {
		return true
	}
	if x.gender == nil {
		x.gender = x.genders()
	}
	g := x.gender[x.personKey(r)]
	return g == 0 || g == x.wantGender
}

// nearestPerson returns the first person named in the nearest sentence
// before the one holding token at (the subject, most often), within a few
// paragraphs. The sentence of at itself is skipped: a pronoun subject
// rarely refers to a name in its own clause (Of the scrutiny over Melania
// Trump, he said).
func (x *extractor) nearestPerson(at int) (string, int) {
	end := x.sentenceStart(at)
	// After he blasted "Frozen" as "pro-gay," Pastor Kevin Swanson has
	// set his sights …: the subject of a subordinate clause that opens
	// the sentence stands for the subject of the main clause after it.
	if r := x.cataphor(end, at); r >= 0 {
		return x.fullest(r)
	}
	// As for Trump, he said …: the person a topic phrase names.
	if r := x.topicPerson(end, at); r >= 0 {
		return x.fullest(r)
	}
	// A pronoun after the subject of its own sentence stands for it:
	// Mrs. Clinton pledges to "…," as she put it. But not the pronoun of
	// a cue set off by a comma after what was said: Also, Trump isn't a
	// conservative, he said; The Republican nominee, he said, watched …
	if r, _ := x.sentenceSubject(end, at); r >= 0 {
		if !x.parentheticalCue(at) || !x.subjectReported(end, at, r) {
			return x.fullest(r)
		}
		exclude := map[string]bool{x.personKey(r): true}
		for k := range x.exclude {
			exclude[k] = true
		}
		defer func(saved map[string]bool) { x.exclude = saved }(x.exclude)
		x.exclude = exclude
	}
	// For that she drew Trump's ire - he called her …
	if r := x.otherPerson(end, at); r >= 0 {
		return x.fullest(r)
	}
	// Suu Kyi's fate is still unclear, but she said …: the possessor
	// that opens the sentence, when the pronoun opens a clause joined to
	// it and no other name comes between.
	if at >= end+2 && x.toks[at-2].text == "," && conjunctions[x.toks[at-1].lower] {
		if r := x.possessorOpener(end, at); r >= 0 {
			return x.fullest(r)
		}
	}
	near := x.paraAt[at] // the paragraph a bare surname must be near
	for end > 0 {
		start := x.sentenceStart(end - 1)
		if x.paraAt[start] < x.paraAt[at]-4 {
			break
		}
		// (Marc Fisher Footwear produces her shoe line.) ¶ At the time,
		// she released …: an aside in parentheses is not what the
		// article goes on about.
		if x.aside(start, end) {
			end = start
			continue
		}
		// A 29-year-old Berlin woman received probation after she had
		// posted …. "…," she wrote: the unnamed person the sentence
		// opens with, when the noun tells the pronoun's gender.
		if g, definite := x.unnamedOpener(start, end); x.wantGender != 0 && g == x.wantGender {
			// … a resident named Caroline: unless the sentence names her.
			if name, r := x.givenName(start); name != "" {
				return name, r
			}
			if !definite {
				return "", -1 // but The first lady spoke …: someone known
			}
		}
		// A reporter for Agence France-Presse called it "absolute
		// chaos." ¶ "…," he said: a person the sentence before brings in
		// unnamed, with a singular role noun, is who the pronoun stands for.
		if x.wantGender != 0 && x.unnamedRoleOpener(start, end) {
			return "", -1
		}
		if name, r := x.speakerIn(start, end); r >= 0 {
			return name, r
		}
		// "…," said a U.S. Embassy official in Nairobi, who refused to
		// identify himself. "…," he said: the unnamed speaker before.
		if x.wantGender != 0 && x.unnamedSpeakerIn(start, end) {
			return "", -1
		}
		// Menurutnya, …. ¶ "…," ujarnya: a sentence that opens with
		// whom it is according to is that person's.
		if k := x.afterConjunctions(start, end); k < end && x.hasSuffix(k) && x.lex.has("according", x.toks[k].lower) {
			return x.resolvePronoun(k)
		}
		// … he is also the most able candidate Viguerie argues. ¶
		// "…," he says: a sentence that ends with its speaker and cue
		// is that speaker's.
		if n, ok := x.cueEndsSentence(end); ok && x.personLike(n.run) && x.genderFits(n.run) {
			return x.fullest(n.run)
		}
		if r, pron := x.sentenceSubject(start, end); r >= 0 {
			return x.fullest(r)
		} else if r := x.bareSurnameSubject(start, end); r >= 0 && x.paraAt[start] >= near-1 {
			return x.fullest(r)
		} else if pron {
			if x.samePronoun(start, end) {
				near = x.paraAt[start] // a chain of pronoun subjects
			}
			// If Clinton's wobbly on trade, she's tough on China. ¶ She
			// has proposed …: the pronoun subject of the main clause
			// stands for the person the clause before it names.
			if r := x.subordinatePerson(start, end); r >= 0 {
				return x.fullest(r)
			}
			if r := x.otherPerson(start, end); r >= 0 {
				return x.fullest(r)
			}
		} else {
			// No subject found: any person the sentence names (those,
			// like Ms. Bigbee, who …; More troubling … was Trump's
			// unwillingness …), a surname alone when it is a person's.
			for i := start; i < end; i++ {
				if r := x.runAt[i]; r >= 0 && x.toks[i].quote < 0 && x.personLike(r) && x.genderFits(r) {
					return x.fullest(r)
				}
			}
			// Ban's term as U.N. chief expires later this year. He
			// said …: the possessor that opens a sentence with no
			// other person.
			if r := x.possessorOpener(start, end); r >= 0 {
				return x.fullest(r)
			}
		}
		end = start
	}
	return "", -1
}

// bareSurnameSubject returns the one-word name that opens tokens [start,
// end) before a verb, when a he or she is being resolved and the name is
// no group (Russian), no place, no organisation, no first name known for the other gender,
// and the article writes it capitalised inside a sentence too (Obama
// departs the UK for Germany today … he warned: "…"): the pronoun tells
// it is a person's, though nothing else in the article does; else -1.
func (x *extractor) bareSurnameSubject(start, end int) int {
	if x.wantGender == 0 {
		return -1
	}
	r := x.runAt[start]
	if r < 0 || x.runs[r].from != start || x.runs[r].to != start+1 || x.runs[r].typ != typePerson || x.runs[r].coreFrom != start ||
		x.toks[start].quote >= 0 || !x.verbAfter(start+1, end) || x.lowerWords[x.toks[start].lower] || x.groupName(start, start+1) || !x.genderFits(r) {
		return -1
	}
	// Sometimes, Twelve, Harsh: a capitalised word that opens a sentence
	// is a name only when the article also capitalises it inside one.
	for i, t := range x.toks {
		if t.text == x.toks[start].text && t.quote < 0 && !lineOrSentenceStart(x.toks, i) {
			return r
		}
	}
	return -1
}

// samePronoun reports whether the first personal pronoun in tokens
// [start, end), outside quotation marks, has the gender being resolved.
func (x *extractor) samePronoun(start, end int) bool {
	for i := start; i < end; i++ {
		if t := x.toks[i]; t.quote < 0 && t.kind == tokWord && personPronouns[t.lower] {
			return pronounGender[t.lower] == x.wantGender
		}
	}
	return false
}

// possessorOpener returns the person whose possessive opens tokens
// [start, end) (Ban's term …), when the gender fits and no other name
// follows before end; else -1.
func (x *extractor) possessorOpener(start, end int) int {
	r := x.runAt[start]
	if r < 0 || x.runs[r].from != start || x.runs[r].typ != typePerson || x.runs[r].to >= end ||
		!isPossessive(x.toks[x.runs[r].to]) || !x.personLike(r) || !x.genderFits(r) {
		return -1
	}
	for i := x.runs[r].to; i < end; i++ {
		if o := x.runAt[i]; o >= 0 && o != r && x.toks[i].quote < 0 && x.runs[o].typ == typePerson {
			return -1
		}
	}
	return r
}

// cataphor returns the person who is the subject of the main
// clause of the sentence that opens at start, when the pronoun at token
// at is the subject of the subordinate clause that opens it (After he
// blasted …, Pastor Kevin Swanson has …) and the gender fits; else -1.
func (x *extractor) cataphor(start, at int) int {
	k := x.afterConjunctions(x.firstToken(start, at), at)
	if k+1 != at || !x.subordinator(x.toks[k]) {
		return -1
	}
	end := x.sentenceEnd(at)
	m := x.mainClause(k, end)
	if m <= at || m >= end {
		return -1
	}
	if r := x.runAt[m]; r >= 0 && x.runs[r].from <= m && x.toks[m].quote < 0 && x.runs[r].typ == typePerson && x.personLike(r) && x.subjectLike(r) && x.genderFits(r) {
		return r
	}
	// Pastor Kevin Swanson: a title or role word before the name.
	for i := m; i < end && i < m+4; i++ {
		if r := x.runAt[i]; r >= 0 {
			if x.toks[i].quote < 0 && x.runs[r].typ == typePerson && x.personLike(r) && x.subjectLike(r) && x.genderFits(r) {
				return r
			}
			return -1
		}
	}
	return -1
}

// reportedAfter reports whether token i stands in a clause that a cue
// and "that" before it, from token start on, report (pointing out that the
// paper's Robert Costa had reported …).
func (x *extractor) reportedAfter(start, i int) bool {
	for k := i - 1; k > start; k-- {
		if x.toks[k].quote >= 0 || !x.lex.has("that", x.toks[k].lower) {
			continue
		}
		if _, ok := x.matchEnding(k-1, start, "cue"); ok {
			return true
		}
	}
	return false
}

// sameNounBefore returns the nearest token before at, in its paragraph or
// the two before, that is the noun head outside quotations, or -1.
func (x *extractor) sameNounBefore(at int, head string) int {
	for j := at - 1; j > 0 && x.paraAt[j] >= x.paraAt[at]-2; j-- {
		if x.toks[j].lower == head && x.toks[j].quote < 0 && x.runAt[j] < 0 {
			return j
		}
	}
	return -1
}

// possessedBody returns the tokens [from, to) of the phrase that names the
// body a role noun at token at stands for, when the nearest same noun
// before it follows a possessive state or organisation (China's foreign
// ministry … the ministry), or -1, -1.
func (x *extractor) possessedBody(at int, head string) (from, to int) {
	j := x.sameNounBefore(at, head)
	if j < 0 {
		return -1, -1
	}
	for k := j - 1; k > 0 && k >= j-3; k-- {
		t := x.toks[k]
		if isPossessive(t) {
			r := x.runAt[k-1]
			if r < 0 || x.runs[r].to != k || x.runs[r].typ == typePerson || x.runs[r].typ == typeOther {
				return -1, -1
			}
			return x.runs[r].from, j + 1
		}
		if t.kind != tokWord || t.capitalised() || t.quote >= 0 {
			return -1, -1
		}
	}
	return -1, -1
}

// topicPerson returns the person run that a topic phrase opening the
// sentence at start names, when the pronoun at token at follows it as
// the subject (As for Trump, he said …; As to Mrs. Clinton, she …); else -1.
func (x *extractor) topicPerson(start, at int) int {
	k := x.firstToken(start, at)
	if k+3 > at || x.toks[k].lower != "as" || x.toks[k+1].lower != "for" && x.toks[k+1].lower != "to" {
		return -1
	}
	r := x.runAt[k+2]
	if r < 0 || x.runs[r].from != k+2 || x.runs[r].to+1 != at || x.toks[x.runs[r].to].text != "," {
		return -1
	}
	if x.runs[r].typ != typePerson || !x.personLike(r) || !x.genderFits(r) {
		return -1
	}
	return r
}

// parentheticalCue reports whether the pronoun at token at opens a cue
// set off by a comma after the words it reports (…, he said. …, he said,
// …), not one that reports what follows (…, she said it "humanizes" her).
func (x *extractor) parentheticalCue(at int) bool {
	if at == 0 || x.toks[at-1].text != "," || x.toks[at-1].quote >= 0 || at+2 >= len(x.toks) || !x.lex.has("cue", x.toks[at+1].lower) {
		return false
	}
	switch x.toks[at+2].text {
	case ",", ".", ";", ":":
		return true
	}
	return x.toks[at+2].quote >= 0
}

// subjectReported reports whether the subject r of the words [start, at)
// before a parenthetical cue is what they are about, not who says them:
// the cue follows the subject phrase at once (The Republican nominee, he
// said, watched …; Ms. Warren, she said, …) or the subject comes before an
// auxiliary (Also, Trump isn't a conservative, he said); not Christie said
// that …, he said, ….
func (x *extractor) subjectReported(start, at, r int) bool {
	if at < 2 {
		return false
	}
	if x.isRoleWord(at-2) || x.runAt[at-2] >= 0 {
		for k := start; k < at-1; k++ {
			if t := x.toks[k]; x.lex.has("cue", t.lower) || x.lex.has("aux", t.lower) || t.quote >= 0 {
				return false
			}
		}
		return true
	}
	run := x.runs[r]
	if e := run.to; run.from >= start && e < at && (x.lex.has("aux", x.toks[e].lower) || strings.HasPrefix(x.toks[e].lower, "isn") || strings.HasPrefix(x.toks[e].lower, "wasn") || x.contracted(e)) {
		return true
	}
	return false
}

// otherPerson returns the person of the sentence [start, end) whom the
// pronoun wanted stands for when the subject is a pronoun of the other
// gender: the first person named in it whose gender fits (He was joined
// on the call by Ilyse Hogue. She said …; she drew Trump's ire - he called
// her …); else -1.
func (x *extractor) otherPerson(start, end int) int {
	if x.wantGender == 0 {
		return -1
	}
	subject := -1
	for i := x.mainClause(start, end); i < end; i++ {
		if x.runAt[i] >= 0 {
			return -1 // Tom Ferris, of Camp Hill, said he …: a name first
		}
		if t := x.toks[i]; t.kind == tokWord && t.quote < 0 && personPronouns[t.lower] {
			subject = i
			break
		}
	}
	if subject < 0 {
		return -1
	}
	if g := pronounGender[x.toks[subject].lower]; g == 0 || g == x.wantGender {
		return -1
	}
	for i := start; i < end; i++ {
		r := x.runAt[i]
		if r < 0 || x.toks[i].quote >= 0 {
			continue
		}
		if x.runs[r].typ == typePerson && x.personLike(r) && x.genderFits(r) {
			return r
		}
		i = x.runs[r].to - 1
	}
	return -1
}

// subordinatePerson returns the person run, fitting the gender wanted,
// that is the subject of the subordinate clause opening the sentence
// [start, end) (If Clinton's wobbly on trade, she's …; When Trump spoke,
// he …); -1 when there is none (Though he did not mention Rubio, he …).
func (x *extractor) subordinatePerson(start, end int) int {
	k := x.afterConjunctions(start, end)
	if k+1 >= end || !x.subordinator(x.toks[k]) {
		return -1
	}
	if x.mainClause(start, end) <= k+1 {
		return -1
	}
	if r := x.runAt[k+1]; r >= 0 && x.runs[r].from == k+1 && x.toks[k+1].quote < 0 && x.personLike(r) && x.genderFits(r) {
		return r
	}
	return -1
}

// unnamedOpener returns the gender of the noun that heads an indefinite
// or definite phrase opening the sentence [start, end) (A 29-year-old
// Berlin woman, The woman), when no name follows it in apposition, and
// whether "the" opens it; else 0.
func (x *extractor) unnamedOpener(start, end int) (g byte, definite bool) {
	start = x.firstToken(start, end)
	if start >= end || !indefinites[x.toks[start].lower] && x.toks[start].lower != "the" {
		return 0, false
	}
	for k := start + 1; k < end && k < start+6; k++ {
		t := x.toks[k]
		if t.kind != tokWord || t.quote >= 0 || x.runAt[k] >= 0 && x.runs[x.runAt[k]].typ == typePerson {
			return 0, false
		}
		if g := x.nounGender(t.lower); g != 0 {
			if x.appositionPerson(k+1) >= 0 {
				return 0, false // A woman, Jane Doe, …; The other man, his cousin James York,
			}
			return g, x.toks[start].lower == "the"
		}
	}
	return 0, false
}

// unnamedRoleOpener reports whether tokens [start, end) open with a
// singular indefinite phrase headed by a role noun for a person (a
// reporter for …, one witness), and the sentence names no person.
func (x *extractor) unnamedRoleOpener(start, end int) bool {
	start = x.firstToken(start, end)
	if start >= end {
		return false
	}
	if !singleIndefinites[x.toks[start].lower] {
		return false
	}
	for k := start + 1; k < end && k < start+5; k++ {
		t := x.toks[k]
		if t.kind != tokWord || t.quote >= 0 || x.runAt[k] >= 0 && x.runs[x.runAt[k]].typ == typePerson {
			return false
		}
		if x.nounGender(t.lower) != 0 {
			return false // a man, a woman: see unnamedOpener
		}
		if x.lex.has("role", t.lower) && !x.lex.has("body", t.lower) {
			// but One pastor supporting Mr. Cruz, Darran Whiting, said:
			// a sentence that names a person is about that person; and
			// A reporter asked about the shoal: the one asked answers.
			for i := k + 1; i < end; i++ {
				if r := x.runAt[i]; r >= 0 && x.toks[i].quote < 0 && x.runs[r].typ == typePerson || askVerbs[x.toks[i].lower] {
					return false
				}
			}
			return true
		}
	}
	return false
}

// unnamedSpeakerIn reports whether a quotation found in tokens [start,
// end) has a cue and an indefinite role phrase for one person as its
// speaker (a U.S. Embassy official, one witness), of a gender that fits,
// and the sentence names no person outside it.
func (x *extractor) unnamedSpeakerIn(start, end int) bool {
	unnamed := false
	for i := range x.found {
		f := &x.found[i]
		if !f.hasNP || f.cue == "" || f.speaker != "" || f.np.from < start || f.np.to > end || f.np.run >= 0 || f.np.role == "" {
			continue
		}
		if !singleIndefinites[x.toks[f.np.from].lower] {
			continue
		}
		if !x.lex.has("role", f.np.role) || x.lex.has("body", f.np.role) || x.lex.has("thing", f.np.role) {
			continue
		}
		if g := x.nounGender(f.np.role); g != 0 && g != x.wantGender {
			continue
		}
		unnamed = true
	}
	if !unnamed {
		return false
	}
	for i := start; i < end; i++ {
		if r := x.runAt[i]; r >= 0 && x.toks[i].quote < 0 && x.runs[r].typ == typePerson && x.personLike(r) && x.subjectLike(r) {
			return false // (but not in Nairobi, who …: after a preposition)
		}
	}
	return true
}

// askVerbs put a question to someone, who answers next.
var askVerbs = map[string]bool{"asked": true, "asks": true, "asking": true, "questioned": true, "pressed": true}

// singleIndefinites open a phrase for one person the article brings in
// unnamed (a reporter, one witness).
var singleIndefinites = map[string]bool{"a": true, "an": true, "one": true}

// nounGender returns 'm' or 'f' for a noun of lexicon tag man or woman,
// else 0.
func (x *extractor) nounGender(w string) byte {
	switch {
	case x.lex.has("man", w):
		return 'm'
	case x.lex.has("woman", w):
		return 'f'
	}
	return 0
}

// afterConjunctions returns the first token of [k, end) after the
// conjunctions that open it (And, But), or end.
func (x *extractor) afterConjunctions(k, end int) int {
	for k < end && conjunctions[x.toks[k].lower] {
		k++
	}
	return k
}

// firstToken returns the first token of [start, end) after paragraph
// breaks, or end.
func (x *extractor) firstToken(start, end int) int {
	for start < end && x.toks[start].kind == tokBreak {
		start++
	}
	return start
}

// aside reports whether the sentence [start, end) is a parenthesis of its
// own: it opens with "(" (after paragraph breaks).
func (x *extractor) aside(start, end int) bool {
	i := x.firstToken(start, end)
	return i < end && x.toks[i].text == "(" && x.toks[i].quote < 0
}

// speakerIn returns the resolved speaker of the last attribution whose
// speaker phrase lies in tokens [start, end): a sentence that reports
// speech is about its speaker, whoever else it names first (Cruz
// electrified the crowds, Stovall said. ¶ "…," he said → Stovall; … Ben
// Carson said Monday. ¶ "…," the retired neurosurgeon told → Carson).
// Only a person with a full or titled name (not Boeing) whose gender fits
// a pronoun counts.
func (x *extractor) speakerIn(start, end int) (string, int) {
	best := -1
	main := x.mainClause(start, end)
	for i := len(x.found) - 1; i >= 0; i-- {
		f := &x.found[i]
		if !f.hasNP || f.speakerText == "" || f.speaker == "" || f.run < 0 || f.np.from < start || f.np.to > end {
			continue
		}
		if x.insideQuote(f.np.from) {
			continue // He added that … Mr. Trump's remarks … ''founder'': reported, not reporting
		}
		if x.lex.has("question", strings.ToLower(f.cue)) {
			continue // Tapper asked whether …: the one asked answers next
		}
		if x.reportedAfter(start, f.np.from) {
			continue // Carson …, pointing out that the paper's Costa had reported …: reported
		}
		if run := x.runs[f.run]; run.typ == typePerson && run.fullOrTitled() && x.genderFits(f.run) {
			// the main clause's speaker comes first, after a clause that
			// opens the sentence (When Trump suggested that …, Rubio
			// fired back: "…" ¶ And he continued → Rubio).
			if f.np.from >= main && (best < 0 || f.np.from < x.found[best].np.from) {
				best = i
			}
		}
	}
	if best < 0 {
		return "", -1
	}
	return x.found[best].speaker, x.found[best].run
}

// insideQuote reports whether token i lies inside the words of a quote
// found in the article (direct, partial or indirect).
func (x *extractor) insideQuote(i int) bool {
	off := x.toks[i].start
	for k := range x.found {
		if f := &x.found[k]; f.start <= off && off < f.end {
			return true
		}
	}
	return false
}

// sentenceSubject returns the person who is most likely the subject of the
// sentence [start, end): the first named person that is neither a
// possessor nor the object of a preposition. pron is set when a personal
// pronoun comes first: the sentence continues about someone named before
// (Still, he called Clinton's squabble unusual).
func (x *extractor) sentenceSubject(start, end int) (run int, pron bool) {
	if r, pron, ok := x.roleSubject(start, end); ok {
		return r, pron
	}
	// When Trump suggested …, Rubio fired back: the subject of the main
	// clause comes after the subordinate one.
	i := x.mainClause(start, end)
	for ; i < end; i++ {
		t := x.toks[i]
		if t.quote >= 0 {
			continue
		}
		if personPronouns[t.lower] && t.kind == tokWord {
			return -1, true
		}
		r := x.runAt[i]
		if r < 0 {
			continue
		}
		i = x.runs[r].to - 1
		// Tuttle's article also attacked Christie …: the author of a text
		// that opens the sentence is what it is about.
		if e := x.runs[r].to; x.runs[r].from == start && e+1 < end && isPossessive(x.toks[e]) && x.runs[r].typ == typePerson && x.personLike(r) &&
			(x.lex.has("thing", x.toks[e+1].lower) || x.lex.has("speech", x.toks[e+1].lower)) && x.genderFits(r) {
			return r, false
		}
		if x.personLike(r) && x.subjectLike(r) {
			// Earhardt then asked Rubio which states …: the one asked
			// is who speaks next.
			if y := x.askedPerson(x.runs[r].to, end); y >= 0 {
				if x.genderFits(y) {
					return y, false
				}
				continue
			}
			if x.genderFits(r) {
				return r, false
			}
		}
	}
	// Instead, the businessman has insisted …; On CNN Tuesday, his wife,
	// Jane, called …: a role subject after an opening adverbial, when no
	// name is the subject.
	if first := x.subjectStart(start, end); first > start {
		if r, pron, ok := x.roleSubject(first, end); ok {
			return r, pron
		}
	}
	return -1, false
}

// roleSubject reports whether a role phrase is the subject that opens at
// token start (The Republican nominee also linked …): it stands, like a
// pronoun, for someone named before (pron), or for the person it names
// in apposition or whose title holds the role (run).
func (x *extractor) roleSubject(start, end int) (run int, pron, ok bool) {
	// Trump's wife, Melania, …; Bloomberg's pollster, Douglas Schoen, …:
	// a name's role is named in apposition.
	if r := x.runAt[start]; r >= 0 && x.runs[r].from == start && x.toks[start].quote < 0 && x.possessor(r) {
		if i := x.runs[r].to + 1; i+1 < end && x.isRoleWord(i) && !x.lex.has("body", x.toks[i].lower) {
			if p := x.appositionPerson(i + 1); p >= 0 {
				return p, false, true
			}
		}
	}
	for i := start; i < end && i < start+6; i++ {
		t := x.toks[i]
		if t.kind != tokWord || t.quote >= 0 {
			break
		}
		if i == start && !definite[t.lower] && !possessivePronouns[t.lower] {
			break
		}
		if i > start && x.isRoleWord(i) && !x.lex.has("body", t.lower) {
			// The other man, his cousin James York, 40, cited …; Her
			// husband, Bill, disagreed: the apposition names the subject.
			if r := x.appositionPerson(i + 1); r >= 0 {
				return r, false, true
			}
			// The president denounced what he called …: the person whose
			// title holds the role, when one does.
			if x.byPronoun && !x.lex.has("generic", t.lower) {
				if r := x.roleHolder(x.rolePhrase(t.lower, start), start); r >= 0 && x.genderFits(r) {
					return r, false, true
				}
			}
			return -1, true, true
		}
	}
	return -1, false, false
}

// askedPerson returns the person run that is the object of a question
// cue within a few words after token i (asked Rubio, then asked Gov. Chris
// Christie), or -1.
func (x *extractor) askedPerson(i, end int) int {
	for k := i; k < end && k < i+3; k++ {
		t := x.toks[k]
		if t.kind != tokWord || t.quote >= 0 {
			return -1
		}
		if x.lex.has("question", t.lower) {
			if k+1 < end {
				// Sanders questioned Mr. Trump's veracity: what is asked
				// is not the possessor.
				if y := x.runAt[k+1]; y >= 0 && x.runs[y].from == k+1 && x.personLike(y) && !x.possessor(y) {
					return y
				}
			}
			return -1
		}
	}
	return -1
}

// possessor reports whether name run r is followed by a possessive 's
// (Trump's veracity), not one that stands for "is" or "has".
func (x *extractor) possessor(r int) bool {
	e := x.runs[r].to
	return e < len(x.toks) && isPossessive(x.toks[e]) && !x.contracted(e)
}

// subjectLike reports whether name run r may be the subject of its
// clause: not a possessor (Trump’s rhetoric) nor the object of a
// preposition (following Khan’s speech, with Clinton).
func (x *extractor) subjectLike(r int) bool {
	if x.possessor(r) {
		return false
	}
	run := x.runs[r]
	b := run.from - 1
	if b >= 0 && articles[x.toks[b].lower] && run.typ == typePerson && x.modifiedNoun(run.to) && !x.lex.has("body", x.toks[run.to].lower) {
		return false // The Murdoch outlets have been standing in the way
	}
	if b >= 0 && determiners[x.toks[b].lower] {
		b-- // of The Atlantic
	}
	if b >= 0 && prepositions[x.toks[b].lower] {
		return false
	}
	// Clinton spokeswoman Jennifer Palmieri: the name modifies the role
	// of the person named after it.
	for k := run.to; k < len(x.toks) && k < run.to+3 && x.isRoleWord(k); k++ {
		if n := x.runAt[k+1]; n >= 0 && x.runs[n].from == k+1 && x.runs[n].typ == typePerson {
			return false
		}
	}
	return true
}

// personLike reports whether name run r surely names a person: a name of
// two words or more, a titled name, or a single word that the article also
// uses inside a longer name or as a speaker (not Dashing, German).
func (x *extractor) personLike(r int) bool {
	run := x.runs[r]
	if run.typ != typePerson || run.coreFrom >= run.to {
		return false
	}
	if x.groupName(run.from, run.to) && !x.surname(x.toks[run.to-1].lower) {
		return false // Asian Americans; but Cuban after Mark Cuban
	}
	w := x.toks[run.coreFrom].lower
	if run.coreFrom == run.from && run.from > 0 && articles[x.toks[run.from-1].lower] {
		// the Copa Americana, the Carrier plant, a Trump interview: an
		// untitled name after an article names a thing, or modifies
		// one, unless a first name or a fuller name in the article
		// makes it a person (a Donald Trump rally).
		if run.full() {
			return x.nameGender(r) != 0
		}
		return x.longNames[w]
	}
	if run.fullOrTitled() {
		return true
	}
	return x.longNames[w] || x.speakerWords[w] || x.ageAfter(run.to) || x.whoAfter(run.to) && !x.describedThing(run.from) || x.personalAfterVerb(run.to)
}

// indefinitePronouns stand for nobody in particular, though they open a
// sentence with a capital as a name does.
var indefinitePronouns = map[string]bool{"someone": true, "somebody": true, "everyone": true, "everybody": true, "anyone": true, "anybody": true, "nobody": true, "no-one": true}

// groupName reports whether tokens [from, to) name a group of people, not
// a person: words for members of a nation, faith or party, with titles
// and places (Asian Americans, Pacific Islander, New Hampshire
// Republicans).
func (x *extractor) groupName(from, to int) bool {
	group := false
	for i := from; i < to; i++ {
		t := x.toks[i]
		if n := x.placeWords(i, to); n > 0 {
			i += n - 1 // South Carolina
			continue
		}
		switch {
		case x.lex.has("people", t.lower) || x.lex.has("people", strings.TrimSuffix(t.lower, "s")):
			group = true
		case !x.lex.has("title", t.text):
			return false
		}
	}
	return group
}

// placeWords returns how many tokens from i, before to, name a place the
// lexicon knows (Iowa, South Carolina), or 0.
func (x *extractor) placeWords(i, to int) int {
	if !x.lex.first["loc"][x.toks[i].text] {
		return 0 // most words start no place: no phrase to build
	}
	for n := min(3, to-i); n >= 1; n-- {
		if x.lex.has("loc", joinTokens(x.toks, i, i+n)) {
			return n
		}
	}
	return 0
}

// surname reports whether the article ends the name of a person with the
// lower-case word w, after a first word that is no title, place or group
// (Cuban in Mark Cuban, not in Senator Cuban or Young Cuban).
func (x *extractor) surname(w string) bool {
	for _, run := range x.runs {
		if run.typ == typePerson && run.full() && x.toks[run.to-1].lower == w && !x.groupName(run.coreFrom, run.to) {
			return true
		}
	}
	return false
}

// personalAfterVerb reports whether the words from token i are a verb and
// a personal pronoun of the third person that refers back to the name
// before: Sanders compared himself, Kasich shook his head.
func (x *extractor) personalAfterVerb(i int) bool {
	if i+1 >= len(x.toks) || x.toks[i].kind != tokWord || x.toks[i].capitalised() || x.toks[i].quote >= 0 {
		return false
	}
	if v := x.toks[i].lower; !strings.HasSuffix(v, "ed") && !strings.HasSuffix(v, "s") {
		return false
	}
	switch x.toks[i+1].lower {
	case "himself", "herself", "his", "her":
		return true
	}
	return false
}

// describedThing reports whether a name at token i follows an article and
// lower-case words only (a registered Republican who …): a common noun,
// not a person's name.
func (x *extractor) describedThing(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		t := x.toks[k]
		if articles[t.lower] {
			return true
		}
		if t.kind != tokWord || t.capitalised() {
			return false
		}
	}
	return false
}

// whoAfter reports whether the relative pronoun who follows a name at
// token i (Rihanna, who was honored …): the name is a person's.
func (x *extractor) whoAfter(i int) bool {
	if i < len(x.toks) && x.toks[i].text == "," {
		i++
	}
	return i < len(x.toks) && x.toks[i].lower == "who" && x.toks[i].quote < 0
}

// articles are the English articles; Indonesian has none.
var articles = map[string]bool{"the": true, "a": true, "an": true}

// ageAfter reports whether an age follows a name at token i: Asep (45),
// Lisa, 34, — only people are given one.
func (x *extractor) ageAfter(i int) bool {
	if i+2 >= len(x.toks) || x.toks[i].text != "(" && x.toks[i].text != "," {
		return false
	}
	a := x.toks[i+1].text
	if len(a) == 0 || len(a) > 3 {
		return false
	}
	for _, c := range a {
		if c < '0' || c > '9' {
			return false
		}
	}
	return x.toks[i+2].text == ")" || x.toks[i+2].text == ","
}

// resolveRole resolves a role noun (the prime minister) to the latest
// person before it whose title holds that role (Prime Minister Edi Rama).
func (x *extractor) resolveRole(role string, at int) (string, int) {
	// The longest end of the role phrase that a title holds wins: the
	// vice president is Vice President Joe Biden, not President Obama.
	// A role in the lead may name its holder only further on (…, the
	// presiding judge said. ¶ … presiding judge Rudi Hartono told …):
	// the holder before wins, else the first one after.
	// the ad's narrator, the letter's authors: who speaks in a text is
	// its author's voice.
	if h := x.roleHead(role, at); h-2 >= at && isPossessive(x.toks[h-1]) && x.lex.has("thing", x.toks[h-2].lower) && definite[x.toks[at].lower] {
		return x.author(x.toks[h-2].lower, at)
	}
	words := x.rolePhrase(role, at)
	if full, ok := x.lex.short[role]; ok && len(words) == 1 {
		words = full // kata Mensos: the Menteri Sosial named before
	}
	// a friend, one Clinton aide: an indefinite phrase brings in someone
	// new, never the holder of the role named before.
	if at >= 0 && indefinites[x.toks[at].lower] {
		// … a retired general who suggested "…". ¶ Gen. Wesley Clark, a
		// retired four-star general, …: unless the next words name him.
		if r := x.introducedHolder(words, at); r >= 0 {
			return x.fullest(r)
		}
		// a fundraising email sent out by Sanders: its author.
		if h := x.roleHead(role, at); h >= 0 && x.lex.has("thing", role) {
			return x.namedWith(h)
		}
		return "", -1
	}
	// the Texas senator: the person described with every word of the
	// phrase (Mr. Cruz, a first-term senator from Texas) before the
	// nearest one titled Senator (Senator Marco Rubio of Florida). One
	// described with fewer of them is kept for after the titles.
	described := -1
	opensThe := at >= 0 && definite[x.toks[at].lower] // not kata … itu
	// kata presiden: in a language without articles, a bare role noun
	// right after the cue is definite.
	opensThe = opensThe || at > 0 && x.toks[at].lower == role && x.toks[at-1].kind == tokWord && x.lex.has("bare", x.toks[at-1].lower)
	// pengusaha itu: a determiner after the noun makes it definite too.
	opensThe = opensThe || at >= 0 && x.toks[at].lower == role && x.definiteAfter(at)
	// Sanders's campaign manager: as the campaign manager.
	possessed := at >= 0 && x.runAt[at] >= 0 && x.runs[x.runAt[at]].from == at && x.possessor(x.runAt[at])
	if (opensThe || possessed) && len(words) >= 2 && !x.lex.has("thing", role) && !x.lex.has("body", role) {
		places := x.rolePlaces(at)
		r, n := x.describedHolder(words, at)
		if r >= 0 && !x.placesFit(r, places) {
			r = -1 // the Wisconsin Republican: not Republican candidate Trump
		}
		if r >= 0 && n == len(words)-1 {
			return x.fullest(r)
		}
		described = r
		// Sanders's campaign manager said …. ¶ … Sanders's campaign
		// manager, Jeff Weaver, appeared …: the person the article
		// describes with every word of the role only further on.
		if r < 0 {
			if r := x.describedAfter(words, at); r >= 0 && x.placesFit(r, places) {
				return x.fullest(r)
			}
		}
	}
	if r := x.roleHolder(words, at); r >= 0 {
		return x.fullest(r)
	}
	if possessed && described < 0 && !x.lex.has("thing", role) && !x.lex.has("body", role) && !x.lex.has("crowd", role) {
		if r := x.newcomerAfter(at, x.runAt[at]); r >= 0 {
			return x.fullest(r)
		}
	}
	// the vice president of sales, when no title holds it: someone the
	// article does not name, not the nearest person.
	for _, w := range words[:len(words)-1] {
		if x.lex.has("rank", w) {
			return "", -1
		}
	}
	// Gary Byrne … has written a book …. In the excerpt, the author
	// wrote: whoever wrote the nearest text named before.
	if opensThe && x.lex.has("writer", role) {
		for j := at - 1; j >= 0 && x.paraAt[j] >= x.paraAt[at]-3; j-- {
			if t := x.toks[j]; t.quote >= 0 || !x.lex.has("authored", t.lower) && t.lower != "wrote" {
				continue
			}
			for k := j + 1; k < at && k <= j+3; k++ {
				if x.lex.has("thing", x.toks[k].lower) {
					if n, ok := x.clauseSubject(x.sentenceStart(j), j); ok && n.run >= 0 && x.personLike(n.run) {
						return x.fullest(n.run) // has written a book
					}
				}
			}
		}
	}
	// the 46-year-old, the investor: the person the article is about; but
	// the letter, the statement speak for nobody named.
	isDefinite := opensThe || at >= 0 && x.definiteAfter(at)
	if x.lex.has("thing", role) || x.lex.has("thing", strings.TrimSuffix(role, "s")) {
		// Clinton's statement read, her tweet says: whoever the
		// possessor is wrote it.
		if possessed {
			r := x.runAt[at]
			if x.runs[r].typ == typePerson {
				return x.fullest(r)
			}
			return x.runText(x.runs[r].from, x.runs[r].to), r
		}
		if at >= 0 && (x.toks[at].lower == "his" || x.toks[at].lower == "her") {
			return x.personFor(at, pronounGender[x.toks[at].lower], nil)
		}
		if h := x.roleHead(role, at); h >= 0 {
			// the Associated Press report, which notes; a fundraising
			// email sent out by Sanders warned: its author named with it.
			if name, r := x.namedWith(h); r >= 0 || name != "" {
				return name, r
			}
		}
		if !isDefinite {
			return "", -1 // one tweet, a letter: nobody named
		}
		return x.author(role, at)
	}
	if x.lex.has("body", role) {
		if !isDefinite {
			return "", -1
		}
		return x.nearestOrg(at, role)
	}
	if x.lex.has("crowd", role) {
		return "", -1 // the audience screamed back: nobody named
	}
	if sing := strings.TrimSuffix(role, "s"); sing != role && (x.lex.has("role", sing) || x.lex.has("body", sing)) {
		return "", -1 // the groups who wrote to her say: several, none named
	}
	// … greeted by an organizer at a field office. ¶ "…," the organizer
	// told them: someone the article brought in unnamed; or someone the
	// phrase defines by another person (the Christie supporter retorted,
	// the senior Cruz adviser).
	unnamed := opensThe && (x.introducedUnnamed(role, at) || x.personInPhrase(at, x.roleHead(role, at)))
	if x.lex.has("generic", role) || x.lex.has("generic", strings.Join(words, " ")) {
		// the prime minister's spokesman, the aide: nobody named; but
		// Andrea Lindqvist, who represents the patients, called … ¶
		// "…," the attorney said: the person named just before.
		if opensThe && !unnamed {
			if name, r := x.lastNamedSpeaker(at); r >= 0 {
				return name, r
			}
		}
		return "", -1
	}
	if opensThe {
		// the boy, who … said his name was Mason: the name the sentence
		// gives the role.
		if name, r := x.givenName(at); name != "" {
			return name, r
		}
		if unnamed {
			return "", -1
		}
		if described >= 0 {
			return x.fullest(described)
		}
		// In an interview with Morning Joe hosts Joe Scarborough and
		// Mika Brzezinski …. "…," the host said: the one person the
		// article describes with the noun.
		if r := x.onlyDescribed(role, at); r >= 0 {
			return x.fullest(r)
		}
		// the stepmother, the widow: a noun that tells a gender passes it
		// on, as a pronoun's does.
		if g := x.nounGender(role); g != 0 && x.wantGender == 0 {
			x.wantGender = g
			defer func() { x.wantGender = 0 }()
		}
		return x.nearestPerson(at)
	}
	return "", -1
}

// describedRightBefore reports whether the role noun, or its plural, in
// lower case stands right before person run r (Morning Joe hosts Joe
// Scarborough and Mika Brzezinski). A title (Sen.) does not count: more
// than one person may hold it without the article saying so.
func (x *extractor) describedRightBefore(r int, role string) bool {
	from := x.runs[r].from
	if from == 0 {
		return false
	}
	t := x.toks[from-1]
	return t.quote < 0 && t.kind == tokWord && !t.capitalised() && (t.lower == role || t.lower == role+"s")
}

// predicateAfter returns the tokens [from, to) of the noun phrase that a
// copula right after person run r gives it (Maria Lopez is the city's
// mayor; Lopez, who was a senator,), or from == to when there is none.
func (x *extractor) predicateAfter(r int) (int, int) {
	k := x.runs[r].to
	if k+1 < len(x.toks) && x.toks[k].text == "," && x.toks[k+1].lower == "who" {
		k += 2
	}
	if k+1 >= len(x.toks) || !copulas[x.toks[k].lower] || x.toks[k].quote >= 0 {
		return 0, 0
	}
	from := k + 1
	if t := x.toks[from]; !determiners[t.lower] && !possessivePronouns[t.lower] {
		return 0, 0
	}
	to := from
	for to < len(x.toks) && to < from+6 {
		t := x.toks[to]
		if t.kind != tokWord || t.quote >= 0 || prepositions[t.lower] || relatives[t.lower] || x.lex.has("cue", t.lower) || conjunctions[t.lower] {
			break
		}
		to++
	}
	return from, to
}

// copulas link a person to the noun phrase that says what the person is.
var copulas = map[string]bool{"is": true, "was": true, "became": true, "becomes": true}

// predicateHeads reports whether the noun phrase a copula gives person run
// r ends in the role noun: Maria Lopez is the city's mayor.
func (x *extractor) predicateHeads(r int, role string) bool {
	from, to := x.predicateAfter(r)
	return to > from && x.toks[to-1].lower == role
}

// onlyDescribed returns a person run before token at that the article
// describes with the role noun (or its plural), when it describes one
// person only; else -1.
func (x *extractor) onlyDescribed(role string, at int) int {
	found, key := -1, ""
	for r := range x.runs {
		if x.runs[r].from >= at {
			break
		}
		if !x.personLike(r) {
			continue
		}
		if !x.describedRightBefore(r, role) && !x.predicateHeads(r, role) {
			continue
		}
		k := x.personKey(r)
		if key != "" && k != key {
			return -1
		}
		found, key = r, k
	}
	return found
}

// introducedUnnamed reports whether the last mention of role before token
// at, in its paragraph or the three before, brought the role in with an
// indefinite article and no name: not in apposition (Tom Ebeling, an
// organizer), as a predicate (she was an organizer) or followed by one.
func (x *extractor) introducedUnnamed(role string, at int) bool {
	for j := at - 1; j > 0 && x.paraAt[j] >= x.paraAt[at]-3; j-- {
		if t := x.toks[j]; t.lower != role || t.quote >= 0 {
			continue
		}
		p := j - 1
		for p > 0 && p >= j-3 && x.toks[p].kind == tokWord && !x.toks[p].capitalised() && !determiners[x.toks[p].lower] && x.toks[p].quote < 0 {
			p--
		}
		if w := x.toks[p].lower; w != "a" && w != "an" && w != "another" {
			return false
		}
		if p > 0 {
			if b := x.toks[p-1]; b.text == "," || dashes[b.text] || b.lower == "is" || b.lower == "was" || b.lower == "as" {
				return false
			}
		}
		return x.introducedHolder([]string{role}, p) < 0
	}
	return false
}

// givenName returns the first name that the sentence holding token at
// gives someone unnamed (a resident named Caroline; said his name was
// Mason; the base chief known as Bob); else "".
func (x *extractor) givenName(at int) (string, int) {
	start := x.sentenceStart(at)
	end := at
	for end < len(x.toks) && !x.isBoundary(end) {
		end++
	}
	for k := start; k+1 < end; k++ {
		t := x.toks[k]
		if t.quote >= 0 || t.kind != tokWord {
			continue
		}
		n := -1
		switch {
		case t.lower == "named":
			n = k + 1
		case t.lower == "as" && k > start && (x.toks[k-1].lower == "known" || x.toks[k-1].lower == "identified" ||
			x.toks[k-1].lower == "only" && k-1 > start && (x.toks[k-2].lower == "known" || x.toks[k-2].lower == "identified")):
			n = k + 1 // the base chief known as Bob, identified only as Eman
		case t.lower == "name" && k > start && possessivePronouns[x.toks[k-1].lower] && (x.toks[k+1].lower == "was" || x.toks[k+1].lower == "is") && k+2 < end:
			n = k + 2
		}
		if n < 0 || n >= end || !x.toks[n].capitalised() || x.toks[n].quote >= 0 || x.toks[n].kind != tokWord {
			continue
		}
		if r := x.runAt[n]; r >= 0 && x.runs[r].from == n && x.runs[r].typ == typePerson {
			return x.fullest(r)
		}
		if x.runAt[n] < 0 && (n+1 >= end || !x.toks[n+1].capitalised()) {
			return x.toks[n].text, -1
		}
	}
	return "", -1
}

// personInPhrase reports whether a person's name lies in tokens (at, h).
func (x *extractor) personInPhrase(at, h int) bool {
	for k := at + 1; k < h; k++ {
		if r := x.runAt[k]; r >= 0 && x.runs[r].typ == typePerson && x.personLike(r) && !x.titleWords(x.runs[r].from, x.runs[r].to) {
			return true // not the Republican nominee, the Russian leader
		}
	}
	return false
}

// describedHolder returns the person named before token at whom the
// article describes with most of the words that modify the role phrase
// (the Democratic front-runner: Democratic presidential candidate Hillary
// Clinton; the Gawker employee: Ashley Feinberg, a Gawker employee,), the
// latest on a tie, and how many modifiers describe it; -1 when the phrase
// has no modifier or nobody is described with one.
func (x *extractor) describedHolder(words []string, at int) (int, int) {
	if len(words) < 2 {
		return -1, 0
	}
	desc := map[string]map[string]bool{} // person → the words describing it
	best, bestN := -1, 0
	for r := range x.runs {
		run := x.runs[r]
		if run.from >= at {
			break
		}
		if !x.personLike(r) {
			continue
		}
		key := x.personKey(r)
		if desc[key] == nil {
			desc[key] = map[string]bool{}
		}
		x.describe(r, desc[key])
		if n := describedWith(words, desc[key]); n > 0 && n >= bestN {
			best, bestN = r, n
		}
	}
	return best, bestN
}

// describedWith returns how many of the qualifiers of a role phrase
// (words, head last) a person's description desc holds, or -1 when it
// lacks the head.
func describedWith(words []string, desc map[string]bool) int {
	if !stemIn(words[len(words)-1], desc) {
		return -1
	}
	n := 0
	for _, m := range words[:len(words)-1] {
		if stemIn(m, desc) {
			n++
		}
	}
	return n
}

// describedAfter returns the first person run after token at that the
// article describes with every word of the role phrase (head last), or -1.
func (x *extractor) describedAfter(words []string, at int) int {
	for r := range x.runs {
		if x.runs[r].from <= at || !x.personLike(r) {
			continue
		}
		desc := map[string]bool{}
		x.describe(r, desc)
		if describedWith(words, desc) == len(words)-1 {
			return r
		}
	}
	return -1
}

// describe adds to words the lower-case words that describe the person of
// run r where it is named: its title, the words just before it
// (presidential candidate Hillary Clinton) and an apposition after it
// (Ashley Feinberg, a Gawker employee,).
func (x *extractor) describe(r int, words map[string]bool) {
	run := x.runs[r]
	add := func(t token) {
		words[strings.TrimSuffix(t.lower, ".")] = true
		for _, w := range x.lex.short[t.lower] {
			words[w] = true
		}
	}
	for i := run.from; i < run.coreFrom; i++ {
		add(x.toks[i])
	}
	for k := run.from - 1; k >= 0 && k >= run.from-5; k-- {
		t := x.toks[k]
		if t.kind != tokWord || t.quote >= 0 || determiners[t.lower] || prepositions[t.lower] || x.lex.has("cue", t.lower) {
			break
		}
		if o := x.runAt[k]; o >= 0 && x.runs[o].typ == typePerson {
			break
		}
		add(t)
	}
	// His campaign manager, Jeff Weaver,: a role phrase set off before
	// the name describes it too.
	if run.from >= 2 && x.toks[run.from-1].text == "," && x.isRoleWord(run.from-2) {
		for k := run.from - 2; k >= 0 && k >= run.from-6; k-- {
			t := x.toks[k]
			if t.kind != tokWord || t.quote >= 0 || determiners[t.lower] || possessivePronouns[t.lower] || prepositions[t.lower] || x.runAt[k] >= 0 {
				break
			}
			add(t)
		}
	}
	// A predicate describes: Maria Lopez is the city's mayor.
	if from, to := x.predicateAfter(r); to > from {
		for k := from; k < to; k++ {
			add(x.toks[k])
		}
	}
	// An apposition describes; a clause after the comma does not (But
	// Trump, having completed his photo op with the Mexican president,;
	// In Mexico City, Trump endured a lecture from the Mexican president).
	if run.to+1 < len(x.toks) && x.toks[run.to].text == "," && x.appositionAt(run.to+1) {
		for k := run.to + 1; k < len(x.toks) && k <= run.to+12; k++ {
			t := x.toks[k]
			if t.text == "-" && k+1 < len(x.toks) && x.toks[k+1].kind == tokWord {
				continue // a retired four-star general
			}
			if t.kind != tokWord || t.quote >= 0 {
				break
			}
			add(t)
		}
	}
}

// appositionAt reports whether the words from token k, after a name and
// a comma, are a noun phrase about it: an article or a possessive (a
// first-term senator, his running mate), a role (spokesman for …), an age
// or a possessor (Florida's junior senator); not a clause.
func (x *extractor) appositionAt(k int) bool {
	t := x.toks[k]
	if t.kind == tokWord && t.lower != "" && unicode.IsDigit(rune(t.lower[0])) || determiners[t.lower] || x.isRoleWord(k) {
		return true
	}
	for j := k; j < len(x.toks) && j <= k+2; j++ {
		if u := x.toks[j]; u.kind != tokWord || !u.capitalised() {
			return isPossessive(u)
		}
	}
	return false
}

// stemIn reports whether word w, or a word sharing its first five letters
// and more (Democrat, Democratic), is in words.
func stemIn(w string, words map[string]bool) bool {
	if words[w] {
		return true
	}
	if len(w) < 5 {
		return false
	}
	for v := range words {
		if len(v) >= 5 && (strings.HasPrefix(v, w) || strings.HasPrefix(w, v)) {
			return true
		}
	}
	return false
}

// roleHolder returns the person run whose title holds the role words
// (the longest end of them first): the latest before token at, else for a
// definite role the first after it; -1 when no title holds it.
func (x *extractor) roleHolder(words []string, at int) int {
	the := at >= 0 && definite[x.toks[at].lower]
	// the former president is not President Obama: a former role needs a
	// former title.
	former := false
	for k := at; k >= 0 && k < len(x.toks) && k < at+4; k++ {
		former = former || x.toks[k].lower == "former"
	}
	mods, places := x.roleModifiers(at), x.rolePlaces(at)
	fits := func(r int, want string, lower bool) bool {
		if !x.holdsRole(r, want, lower) || !x.placesFit(r, places) {
			return false
		}
		// the GOP front-runner is not Democratic front-runner Clinton:
		// names that qualify both roles must agree.
		if theirs := x.holderModifiers(r); len(mods) > 0 && len(theirs) > 0 && !overlaps(mods, theirs) {
			return false
		}
		run := x.runs[r]
		return !former || run.from > 0 && x.toks[run.from-1].lower == "former" ||
			run.coreFrom > run.from && strings.Contains(strings.ToLower(x.runText(run.from, run.coreFrom)), "former")
	}
	// the vice president is not President Obama: a rank word (vice,
	// deputy, wakil) belongs to the role.
	least := 1
	for i, w := range words[:len(words)-1] {
		if x.lex.has("rank", w) {
			least = len(words) - i
		}
	}
	for n := len(words); n >= least; n-- {
		want := strings.Join(words[len(words)-n:], " ")
		for r := len(x.runs) - 1; r >= 0; r-- {
			if x.runs[r].from < at && fits(r, want, the && n >= 2) && !(len(words) == 1 && x.orgTitled(r)) {
				return r
			}
		}
	}
	if the {
		for n := len(words); n >= least; n-- {
			want := strings.Join(words[len(words)-n:], " ")
			for r := range x.runs {
				if x.runs[r].from > at && fits(r, want, n >= 2) {
					return r
				}
			}
		}
	}
	return -1
}

var definite = map[string]bool{"the": true, "this": true, "that": true, "sang": true}

// postDefinite are the determiners that follow their noun (dewan itu,
// perusahaan tersebut).
var postDefinite = map[string]bool{"itu": true, "tersebut": true, "ini": true}

// orgTitled reports whether the title of person run r names an
// organisation before the role (World Bank President Jim Yong Kim): such
// a person holds the role of that organisation, not the bare role (the
// president).
func (x *extractor) orgTitled(r int) bool {
	run := x.runs[r]
	for i := run.from; i < run.coreFrom; i++ {
		if x.lex.has("org", x.toks[i].text) || isAcronym(x.toks[i].text) && !x.lex.has("title", x.toks[i].text) {
			return true
		}
	}
	return false
}

// definiteAfter reports whether a determiner follows the noun phrase that
// starts at token at, within three words: kata dewan itu.
func (x *extractor) definiteAfter(at int) bool {
	for k := at + 1; k < len(x.toks) && k <= at+3; k++ {
		t := x.toks[k]
		if t.kind != tokWord || t.quote >= 0 {
			return false
		}
		if postDefinite[t.lower] {
			return true
		}
	}
	return false
}

// endsParagraph reports whether only punctuation and the attribution
// follow quote f in its paragraph.
func (x *extractor) endsParagraph(f *found) bool {
	p := x.paras[f.para]
	return p.end-f.end < 40
}

// hasCommonWord reports whether a name holds a word the text also writes
// in lower case: a headline (Gingrich Takes Talk …), not a fuller name.
func (x *extractor) hasCommonWord(words []string) bool {
	for _, w := range words {
		if x.lowerWords[w] && !x.lex.has("conn", w) {
			return true
		}
	}
	return false
}

// quoteFollows reports whether the next quote after found[i] is a quotation
// in the same paragraph.
func (x *extractor) quoteFollows(i int) bool {
	if i+1 >= len(x.found) {
		return false
	}
	n := x.found[i+1]
	return n.kind != dataset.KindIndirect && n.para == x.found[i].para
}

// afterNarrative names the speaker of a quotation that opens a paragraph
// with no cue after a paragraph of narrative about a person: Trump was
// quick to add that the wall stays. ¶ "Building it? Not negotiable." The
// person is the subject of the last sentence of the paragraph just before,
// which holds no whole quoted statement (a fragment in it is narrative).
func (x *extractor) afterNarrative(f *found) (string, int) {
	i := f.tok
	if i == 0 || x.toks[i-1].kind != tokBreak || f.para == 0 {
		return "", -1
	}
	k := i - 1
	for k > 0 && x.toks[k].kind == tokBreak {
		k--
	}
	if x.paraAt[k] != f.para-1 {
		return "", -1
	}
	// A fragment in the narrative leaves it narrative when its speaker is
	// the person the paragraph is about (Humphrey, who calls Trump a
	// "sociopath," said …); a statement, or a fragment of nobody named
	// (protesters calling Trump "a fantasist"), does not.
	fragmentBy := ""
	for k := range x.found {
		if g := &x.found[k]; g.para == f.para-1 {
			if g.kind == dataset.KindDirect || g.speaker == "" {
				return "", -1
			}
			fragmentBy = g.speaker
		}
	}
	name, r := x.nearestPerson(i)
	if fragmentBy != "" && name != fragmentBy {
		return "", -1
	}
	if r < 0 {
		return x.statementBefore(k)
	}
	// The person must be named in the paragraph just before (by any form
	// of the name: the fullest form may stand further back).
	key := x.personKey(r)
	for j := k; j >= 0 && x.paraAt[j] == f.para-1; j-- {
		if q := x.runAt[j]; q >= 0 && x.runs[q].typ == typePerson && x.personKey(q) == key {
			return name, r
		}
	}
	return x.statementBefore(k)
}

// author resolves a text or medium that speaks (the statement said, read
// the email) to the subject of the sentence that brought it in: Obama
// released a statement … ¶ "…," the statement said → Obama. It looks back
// three paragraphs at most and gives nobody when that sentence has no
// named subject (his campaign sent an email).
func (x *extractor) author(role string, at int) (string, int) {
	first := at
	for j := at - 1; j >= 0 && x.paraAt[j] >= x.paraAt[at]-3; j-- {
		t := x.toks[j]
		if t.quote >= 0 || t.kind != tokWord || !x.sameText(t.lower, role) {
			continue
		}
		first = j
		// "…," the editorial read. ¶ "…," the editorial said: the text
		// that spoke before speaks again.
		if name, r, ok := x.spokeAt(j); ok {
			return name, r
		}
		// The Advocate's editorial; a lawsuit filed by Bradley Podliska,
		// an email from Jeremy Boreing: its author is named with it.
		if name, r := x.namedWith(j); r >= 0 || name != "" {
			return name, r
		}
		// The Times said Cook provided a written statement: the subject
		// of the verb that governs the text, the name nearest before it.
		if r := x.verbSubjectBefore(x.sentenceStart(j), j); r >= 0 {
			return x.speakerName(np{from: x.runs[r].from, to: x.runs[r].to, run: r})
		}
		n, ok := x.clauseSubject(x.sentenceStart(j), j)
		if !ok {
			// The company later issued a statement: the company's,
			// or nobody's when it goes unnamed.
			if n, ok := x.bodyOpens(x.sentenceStart(j), j); ok {
				return x.speakerName(n)
			}
			continue
		}
		switch {
		case n.run >= 0, n.org, n.ofPerson, n.ofIt:
			return x.speakerName(n)
		case n.pron:
			return x.resolvePronoun(n.from)
		case n.role != "" && !x.lex.has("thing", n.role):
			// The mayor issued a statement: the mayor named before; A
			// spokesman issued a statement: nobody named.
			return x.speakerName(n)
		}
	}
	// The November 23 lawsuit filed by a former staffer named Bradley
	// Podliska …. ¶ … ¶ "…," the suit reads: a mention further back
	// that names its author.
	if first == at {
		for j := at - 1; j >= 0; j-- {
			if t := x.toks[j]; t.quote >= 0 || t.kind != tokWord || !x.sameText(t.lower, role) {
				continue
			}
			if name, r := x.namedWith(j); r >= 0 || name != "" {
				return name, r
			}
		}
	}
	// The Republican Party of Wyoming announced she was not coming. ¶
	// "…," the release said: the named subject of a sentence before, in
	// this paragraph or the one before, else before the text's first
	// mention (The Democratic Party … will sue the state. ¶ The lawsuit,
	// which will be filed on Friday, … ¶ "…," the lawsuit says).
	named := func(n np) bool {
		if n.run < 0 {
			return n.org && n.role == "" // The Trump campaign responded
		}
		return x.runs[n.run].typ != typeLocation && (x.runs[n.run].typ != typePerson || x.personLike(n.run))
	}
	// … but the Republican Party of Wyoming announced she was not coming.
	// ¶ "…," the release said: an organisation that spoke last before.
	if first == at {
		for i := len(x.found) - 1; i >= 0; i-- {
			f := &x.found[i]
			if f.tok >= at || !f.hasNP || f.np.from >= at {
				continue
			}
			if x.paraAt[f.tok] < x.paraAt[at]-1 {
				break
			}
			// … The company confirmed he was on the plane. "…," the
			// statement added: the company named before, too.
			if f.run >= 0 && f.speaker != "" && x.runs[f.run].typ == typeOrg && (f.np.run == f.run || x.lex.has("body", f.np.role)) {
				return f.speaker, f.run
			}
			break
		}
	}
	// The Democratic Party sued Arizona on Thursday. … "…," the
	// lawsuit says: whoever made a text (sued, filed, issued) in this
	// paragraph or the two before, when no earlier mention names it.
	for j := first - 1; j >= 0 && x.paraAt[j] >= x.paraAt[first]-2; j-- {
		if t := x.toks[j]; t.quote >= 0 || !x.lex.has("makes", t.lower) {
			continue
		}
		if n, ok := x.clauseSubject(x.sentenceStart(j), j); ok && named(n) {
			return x.speakerName(n)
		}
	}
	if n, ok := x.subjectBefore(at, named); ok {
		return x.speakerName(n)
	}
	if n, ok := x.subjectBefore(first, named); ok && first < at {
		return x.speakerName(n)
	}
	return "", -1
}

// sameText reports whether the word w, or its singular, names the text
// noun role: the word itself, or one the lexicon gives as the same (tag
// same: the suit and the lawsuit).
func (x *extractor) sameText(w, role string) bool {
	w = strings.TrimSuffix(w, "s")
	r := strings.TrimSuffix(role, "s")
	return w == r || x.lex.has("same", w+"="+r) || x.lex.has("same", r+"="+w)
}

// bodyOpens returns the subject phrase "the" and a body noun (the company,
// the state health department) that opens the clause [lo, hi) before its
// verb, maybe after one more word (later, also).
func (x *extractor) bodyOpens(lo, hi int) (np, bool) {
	if lo >= hi || x.toks[lo].lower != "the" {
		return np{}, false
	}
	for k := lo + 1; k < hi && k <= lo+3; k++ {
		t := x.toks[k]
		if t.kind != tokWord || t.quote >= 0 || x.runAt[k] >= 0 {
			return np{}, false
		}
		if !x.lex.has("body", t.lower) {
			continue
		}
		v := k + 1
		if v+1 < hi && x.toks[v].kind == tokWord && !x.toks[v].capitalised() && !x.isRoleWord(v) && !prepositions[x.toks[v].lower] && !x.verbAfter(v, hi) {
			v++ // later issued
		}
		if x.verbAfter(v, hi) {
			return np{from: lo, to: k + 1, run: -1, role: t.lower}, true
		}
		return np{}, false
	}
	return np{}, false
}

// verbSubjectBefore returns the name nearest before token j, after lo and
// in the same clause, that is the subject of a verb in -ed right after it
// (Cook provided a statement); else -1.
func (x *extractor) verbSubjectBefore(lo, j int) int {
	for k := j - 1; k > lo; k-- {
		t := x.toks[k]
		if t.quote >= 0 || t.text == "," || x.isBoundary(k) {
			return -1
		}
		r := x.runAt[k]
		if r < 0 || x.runs[r].to != k+1 || x.runs[r].typ == typeLocation || x.runs[r].typ == typeOther {
			continue
		}
		// … after Nunberg filed a petition: a word that opens a clause
		// leaves the name its subject, a preposition though it may be.
		opens := x.runs[r].from > 0 && clauseOpeners[x.toks[x.runs[r].from-1].lower]
		if x.runs[r].typ == typePerson && !x.personLike(r) || !opens && !x.subjectLike(r) {
			return -1
		}
		v := x.toks[k+1]
		if v.kind == tokWord && !v.capitalised() && (strings.HasSuffix(v.lower, "ed") || x.lex.has("authored", v.lower)) {
			return r
		}
		return -1
	}
	return -1
}

// subjectBefore returns the subject of the nearest sentence before token
// at, in its paragraph or the one before, that accept takes.
func (x *extractor) subjectBefore(at int, accept func(np) bool) (np, bool) {
	if at <= 0 {
		return np{}, false
	}
	for end, start := at, x.sentenceStart(at-1); x.paraAt[start] >= x.paraAt[at]-1; end, start = start, x.sentenceStart(start-1) {
		if n, ok := x.clauseSubject(start, end); ok && accept(n) {
			return n, true
		}
		if start == 0 {
			break
		}
	}
	return np{}, false
}

// nearestOrg resolves an organisation noun (the group said) to the
// organisation it stands for, trying in turn:
//   - a name before that holds the noun itself, from anywhere before: the
//     board → the Illinois Board of Elections, dewan itu → Dewan Pers;
//   - an organisation that is the subject of a sentence in this or the
//     paragraph before: The Trayvon Martin Foundation did not want to
//     address "that person," telling Fox 35 … ¶ "…," the group said;
//   - the nearest organisation named in this or the two paragraphs before;
//   - the noun itself after a name: the Clinton campaign, a New Hampshire
//     ballot commission;
//   - a one-word name that is no person's, such as Twitter or Monsanto.
func (x *extractor) nearestOrg(at int, head string) (string, int) {
	for j := at - 1; j >= 0 && head != ""; j-- {
		if r := x.runAt[j]; r >= 0 && x.toks[j].lower == head && x.toks[j].quote < 0 && x.runs[r].typ != typePerson && x.runs[r].to-x.runs[r].from >= 2 {
			return x.runText(x.runs[r].from, x.runs[r].to), r
		}
	}
	if r := x.orgCalled(at, head); r >= 0 {
		return x.runText(x.runs[r].from, x.runs[r].to), r
	}
	// China's foreign ministry also weighed in …. "…," the ministry
	// said: the same noun after a state's or an organisation's name.
	if from, to := x.possessedBody(at, head); from >= 0 {
		return x.runText(from, to), -1
	}
	// The newspaper urged Clinton to look past the Electoral College. ¶
	// "…," the newspaper admitted: the same noun opening a sentence
	// before stands for the same body, and what is named after it is not.
	for j := at - 1; j > 0 && x.paraAt[j] >= x.paraAt[at]-2 && head != ""; j-- {
		if t := x.toks[j]; t.lower == head && t.quote < 0 && definite[x.toks[j-1].lower] && x.sentenceStart(j) == j-1 {
			return x.nearestOrg(j-1, head)
		}
	}
	if n, ok := x.subjectBefore(at, func(n np) bool {
		return n.run >= 0 && x.runs[n.run].typ == typeOrg && !x.groupNoun(n.run)
	}); ok {
		return x.runText(x.runs[n.run].from, x.runs[n.run].to), n.run
	}
	// Apple said …. "…," the company said: a one-word name that spoke
	// in this paragraph and is no person's stands nearer than an
	// organisation named further back.
	if name, r := x.nameThatSpoke(at, 0); r >= 0 {
		return name, r
	}
	for j := at - 1; j >= 0 && x.paraAt[j] >= x.paraAt[at]-2; j-- {
		if r := x.runAt[j]; r >= 0 && x.toks[j].quote < 0 && x.runs[r].typ == typeOrg {
			return x.runText(x.runs[r].from, x.runs[r].to), r
		}
	}
	if name := x.describedOrg(at, head); name != "" {
		return name, -1
	}
	// Twitter said in a statement … The company said: a one-word name
	// that spoke just before and is no known person's name.
	if name, r := x.nameThatSpoke(at, 2); r >= 0 {
		return name, r
	}
	// Employers such as Monsanto, which opposed the bill. ¶ "…," the
	// company tweeted: the nearest one-word name in its paragraph or the
	// one before that is no person's (no title, no first name, not part
	// of a full name) and no place.
	for j := at - 1; j >= 0 && x.paraAt[j] >= x.paraAt[at]-1; j-- {
		r := x.runAt[j]
		if r < 0 || x.toks[j].quote >= 0 {
			continue
		}
		if x.companyLike(r) {
			return x.runText(x.runs[r].from, x.runs[r].to), r
		}
	}
	return "", -1
}

// nameThatSpoke returns the speaker of the last quotation before token
// at, within paras paragraphs before its own, when it is a one-word name
// that is no known person's (Twitter, Apple).
func (x *extractor) nameThatSpoke(at, paras int) (string, int) {
	for i := len(x.found) - 1; i >= 0; i-- {
		f := &x.found[i]
		if f.tok >= at || f.run < 0 || f.speaker == "" || x.paraAt[f.tok] < x.paraAt[at]-paras {
			continue
		}
		run := x.runs[f.run]
		if run.to-run.from == 1 && run.coreFrom == run.from && !x.longNames[x.toks[run.from].lower] &&
			!x.lex.firstName(x.toks[run.from].lower) && !x.calledHeOrShe(f.speaker) {
			return f.speaker, f.run
		}
		break
	}
	return "", -1
}

// companyLike reports whether name run r is a one-word name that is no
// person's (no title, no first name, not part of a full name), no place,
// and modifies no noun: Monsanto, Apple.
func (x *extractor) companyLike(r int) bool {
	run := x.runs[r]
	w := x.toks[run.from].lower
	return run.to-run.from == 1 && run.coreFrom == run.from && run.typ != typeLocation && !x.longNames[w] &&
		!x.lex.firstName(w) && !x.titledAnywhere(w) && !x.modifiesNoun(run.to) && !x.calledHeOrShe(x.runText(run.from, run.to))
}

// calledHeOrShe reports whether a quotation before was attributed to
// speaker by "he" or "she": the name is a person's, no company's
// (… his first name, Sipho, agreed. "…," he said).
func (x *extractor) calledHeOrShe(speaker string) bool {
	for i := range x.found {
		f := &x.found[i]
		if f.speaker == speaker && f.np.pron && f.np.to == f.np.from+1 && (x.toks[f.np.from].lower == "he" || x.toks[f.np.from].lower == "she") {
			return true
		}
	}
	return false
}

// orgCalled returns the name run, before token at in its paragraph or the
// three before, that the article calls by the noun head in apposition
// (Public Citizen, a consumer group,); -1 when there is none. Such a name
// is the group the noun stands for, whichever organisation is nearer,
// even one typed a person for its two capitalised words.
func (x *extractor) orgCalled(at int, head string) int {
	for j := at - 1; j > 0 && head != "" && x.paraAt[j] >= x.paraAt[at]-3; j-- {
		if x.toks[j].lower != head || x.toks[j].quote >= 0 || x.runAt[j] >= 0 {
			continue
		}
		// Public Citizen, a consumer group,: the phrase ends at the noun.
		if n := x.toks[j+1]; n.kind == tokWord && n.quote < 0 && !whWords[n.lower] && n.lower != "that" && n.lower != "based" {
			continue
		}
		k := j - 1
		for k > 0 && k >= j-4 && x.toks[k].kind == tokWord && x.toks[k].quote < 0 && !articles[x.toks[k].lower] {
			k--
		}
		if !articles[x.toks[k].lower] || k < 2 || x.toks[k-1].text != "," {
			continue
		}
		if r := x.runAt[k-2]; r >= 0 && x.runs[r].to == k-1 && x.runs[r].typ != typeLocation {
			return r
		}
	}
	return -1
}

// describedOrg returns the latest phrase before token at where the noun
// head follows an article, a name and at most two lower-case words: the
// Clinton campaign, a New Hampshire ballot commission ("" when none).
func (x *extractor) describedOrg(at int, head string) string {
	for j := at - 1; j >= 0 && head != ""; j-- {
		if x.toks[j].lower != head || x.toks[j].quote >= 0 {
			continue
		}
		for k := j - 1; k >= 0 && k >= j-3; k-- {
			// Donald Trump’s campaign manager: a possessive name opens
			// the phrase.
			if isPossessive(x.toks[k]) && k > 0 {
				if r := x.runAt[k-1]; r >= 0 && x.runs[r].to == k && x.runs[r].typ != typeLocation {
					return x.text(x.runs[r].from, j+1)
				}
				break
			}
			if r := x.runAt[k]; r >= 0 {
				// An article opens the phrase: not a headline's
				// Pennsylvania hospital sued ….
				from := x.runs[r].from
				if (x.runs[r].typ != typePerson || !x.runs[r].full()) && from > 0 && (determiners[x.toks[from-1].lower] || indefinites[x.toks[from-1].lower]) {
					return x.text(from, j+1)
				}
				break
			}
			if tk := x.toks[k]; tk.kind != tokWord || tk.quote >= 0 || tk.capitalised() || determiners[tk.lower] || prepositions[tk.lower] {
				break
			}
		}
	}
	return ""
}

// modifiesNoun reports whether the word at k is a lower-case noun that
// the name before it modifies (a Philadelphia attorney): not a verb in
// -ed or -s, an auxiliary or a cue.
func (x *extractor) modifiesNoun(k int) bool {
	if k >= len(x.toks) {
		return false
	}
	t := x.toks[k]
	return t.kind == tokWord && t.quote < 0 && !t.capitalised() && !strings.HasSuffix(t.lower, "ed") && !strings.HasSuffix(t.lower, "s") &&
		!x.lex.has("aux", t.lower) && !x.lex.has("skip", t.lower) && !x.lex.has("cue", t.lower) && !whWords[t.lower] && !prepositions[t.lower] && !conjunctions[t.lower]
}

// titledAnywhere reports whether the word w is written after a title
// somewhere in the text (Mr. Band, Sen. Cruz): a person's name.
func (x *extractor) titledAnywhere(w string) bool {
	for _, run := range x.runs {
		if run.coreFrom > run.from && run.coreFrom < run.to && x.toks[run.to-1].lower == w {
			return true
		}
	}
	return false
}

// rolePhrase returns the lower-case words of the role phrase that starts
// at token at and ends with its head role (the vice president → vice
// president); just the head when the phrase is not found.
func (x *extractor) rolePhrase(role string, at int) []string {
	h := x.roleHead(role, at)
	if h < 0 {
		return []string{role}
	}
	var words []string
	for k := at; k <= h; k++ {
		t := x.toks[k]
		if t.kind != tokWord || determiners[t.lower] || isPossessive(t) || t.lower == "former" {
			words = nil // the phrase starts after these
			continue
		}
		words = append(words, t.lower)
	}
	if len(words) > 0 {
		return words
	}
	return []string{role}
}

// roleHead returns the token of the head role of the phrase that starts at
// token at (the vice president → president), within six words; -1 when
// it is not there.
func (x *extractor) roleHead(role string, at int) int {
	if at < 0 {
		return -1
	}
	for h := at; h < len(x.toks) && h < at+6; h++ {
		if x.toks[h].lower == role {
			return h
		}
	}
	return -1
}

// personKey names the person of run r by the words of its fullest name.
func (x *extractor) personKey(r int) string {
	_, full := x.fullest(r)
	return x.nameKey(full)
}

// nameKey is the words of the name of run r, without its titles (park
// ji-won): how a full name is looked up in the gender map.
func (x *extractor) nameKey(r int) string {
	return strings.Join(x.runs[r].coreWords(x.toks), " ")
}

// namedAfter returns the people named as the object of the verb after
// the pronoun at token at: a pronoun does not stand for the object of its
// own verb (Within minutes, he called Rubio "Little Marco"; he told
// Hannity).
func (x *extractor) namedAfter(at int) map[string]bool {
	var out map[string]bool
	for i := at + 1; i < len(x.toks) && i <= at+4 && !x.isBoundary(i); i++ {
		if x.toks[i].quote >= 0 || x.toks[i].text == "," {
			break // the verb and its object only
		}
		if r := x.runAt[i]; r >= 0 && x.runs[r].typ == typePerson && x.runs[r].coreFrom < x.runs[r].to {
			if out == nil {
				out = map[string]bool{}
			}
			out[x.personKey(r)] = true
			i = x.runs[r].to - 1
		}
	}
	return out
}

// orgSubject resolves "it" to the organisation that is the subject of
// the nearest sentence before it, in its own or the paragraph before (the
// North Atlantic Council issued a statement. … it wrote). A sentence whose
// subject is a person ends the search: it is not about an organisation.
func (x *extractor) orgSubject(at int) (string, int) {
	end := at // its own sentence first: the United States …, which it called
	start := x.sentenceStart(at)
	for {
		if x.paraAt[start] < x.paraAt[at]-1 {
			break
		}
		if n, ok := x.clauseSubject(start, end); ok && (end == at || x.endsSentence(end)) {
			switch {
			case n.run >= 0 && x.groupNoun(n.run):
				return x.nearestOrg(x.runs[n.run].from, x.toks[x.runs[n.run].from].lower)
			case n.run >= 0 && (x.runs[n.run].typ == typeOrg || x.runs[n.run].typ == typeLocation):
				return x.runText(x.runs[n.run].from, x.runs[n.run].to), n.run
			case n.org:
				return x.speakerName(n)
			case n.run >= 0 && x.runs[n.run].typ == typePerson:
				return "", -1
			}
		}
		// The group seeks …, what it calls "…": the organisation the
		// group noun at the start of the sentence stands for.
		if definite[x.toks[start].lower] && start+1 < end && x.lex.has("body", x.toks[start+1].lower) && (end == at || x.endsSentence(end)) {
			if start+2 < end && x.toks[start+2].kind == tokWord && !x.toks[start+2].capitalised() && !isPossessive(x.toks[start+2]) {
				return x.nearestOrg(start, x.toks[start+1].lower)
			}
		}
		if start == 0 {
			break
		}
		end = start
		start = x.sentenceStart(end - 1)
	}
	return "", -1
}

// endsSentence reports whether the sentence that ends before token end
// closes with a full stop, a question or exclamation mark (or a closing
// quotation after one), not a bare line end: a caption (Iranian Embassy in
// Tirana PAP / EPA) is no sentence.
func (x *extractor) endsSentence(end int) bool {
	k := end - 1
	for k >= 0 && x.toks[k].kind == tokBreak {
		k--
	}
	if k < 0 {
		return false
	}
	switch x.toks[k].text {
	case ".", "!", "?":
		return true
	}
	return x.endsQuotedSentence(k)
}

// statementBefore names the author of a text that the sentence ending at
// token k brought in, when that sentence names a statement, a letter …
// (lexicon tag thing) and its subject is an organisation or a state: The
// North Atlantic Council issued a statement. ¶ "…" → North Atlantic
// Council.
func (x *extractor) statementBefore(k int) (string, int) {
	s := x.sentenceStart(k)
	thing := false
	for j := s; j <= k; j++ {
		if t := x.toks[j]; t.kind == tokWord && t.quote < 0 && (x.lex.has("thing", t.lower) || x.lex.has("thing", strings.TrimSuffix(t.lower, "s"))) {
			thing = true
			break
		}
	}
	if !thing {
		return "", -1
	}
	n, ok := x.clauseSubject(s, k+1)
	if !ok {
		return "", -1
	}
	switch {
	case n.run >= 0 && x.runs[n.run].typ != typePerson, n.org:
		return x.speakerName(n)
	}
	return "", -1
}

// sameSentenceCue returns the speaker phrase of the next quotation when
// it is in the same sentence as found[i], which has no cue of its own, and
// its speaker follows it ("…" was a "cautionary tale," said Susan
// Crawford; those "listening to certain cable shows" and reading "certain
// fringes of the internet," he said, …: a pronoun too, since train is
// scored by referents).
func (x *extractor) sameSentenceCue(i int) (np, bool) {
	f := &x.found[i]
	if f.attributed || f.kind == dataset.KindIndirect || i+1 >= len(x.found) {
		return np{}, false
	}
	n := &x.found[i+1]
	if n.kind == dataset.KindIndirect || !n.hasNP || n.cue == "" || n.speakerText == "" || n.para != f.para {
		return np{}, false
	}
	if x.toks[n.np.from].start < n.end || x.sentenceStart(n.tok) != x.sentenceStart(f.tok) {
		return np{}, false
	}
	return n.np, true
}

// groupNoun reports whether name run r is only an organisation noun
// capitalised at the start of a sentence and made definite by a following
// itu or tersebut (Lembaga itu, Partai tersebut): it refers back to an
// organisation named before.
func (x *extractor) groupNoun(r int) bool {
	run := x.runs[r]
	return run.to == run.from+1 && x.lex.has("body", x.toks[run.from].lower) && x.definiteAfter(run.from)
}

// passesOn reports whether quote p passes its speaker on to a quotation
// with no cue that opens the next paragraph: a fragment inside narrative
// (… mocked the campaign, calling Trump "an orange buffoon," Susan said as
// she turned) passes it on only when it ends its paragraph.
func (x *extractor) passesOn(p *found) bool {
	if p.kind != dataset.KindPartial || x.endsParagraph(p) {
		return true
	}
	// Sanders "is tapping into something …," Simon Rosenberg, a Clinton
	// supporter, told the New Yorker. ¶ "…": a fragment that only its
	// attribution follows to the end of the paragraph passes it on.
	if !p.hasNP || p.np.from >= len(x.toks) || x.toks[p.np.from].start < p.end {
		return false
	}
	return x.paras[p.para].end-x.toks[p.np.to-1].end < 40 && !x.quoteBetween(p.end, x.paras[p.para].end)
}

// quoteBetween reports whether a quotation span starts in [from, to).
func (x *extractor) quoteBetween(from, to int) bool {
	for _, s := range x.spans {
		if s.start >= from && s.start < to {
			return true
		}
	}
	return false
}

// nameEnd reports whether a one-word name can be the short form of the
// fuller name ow: a surname ends it (Trump → Donald J. Trump) or stands
// before the last word of three (Acosta → Melba Acosta Febo), a first name
// starts it when the lexicon knows it (tags male, female) or the surname
// speaks in the article (Bernie → Bernie Sanders); Trump is no short form
// of Trump Taj Mahal. Longer names match anywhere.
func (x *extractor) nameEnd(ow, words []string, titled bool) bool {
	if len(words) != 1 {
		return true
	}
	w := strings.TrimSuffix(words[0], ".")
	n := len(ow)
	if strings.TrimSuffix(ow[n-1], ".") == w || n >= 3 && strings.TrimSuffix(ow[n-2], ".") == w {
		return true // Acosta → Melba Acosta Febo (two surnames)
	}
	// Freddy → Freddy Trump: the first name of a family whose surname
	// speaks in the article. Mr. Park → Park Sung-ho, President Xi → Xi
	// Jinping: a title before one word makes it a surname, so a name
	// that starts with it puts the surname first.
	return strings.TrimSuffix(ow[0], ".") == w && (titled || x.lex.firstName(w) || x.speakerWords[strings.ToLower(ow[n-1])])
}

// holdsRole reports whether the person of run r bears the role phrase want
// in the title of the name (Prime Minister Edi Rama) or in the role words
// just before it when lower is set (presiding judge Rudi Hartono, hakim
// ketua Rudi Hartono: only a definite role phrase, the presiding judge,
// refers back to such a person; a spokesman is anyone).
func (x *extractor) holdsRole(r int, want string, lower bool) bool {
	run := x.runs[r]
	if run.typ != typePerson || run.coreFrom >= run.to {
		return false
	}
	from := run.from
	for lower && from > 0 && from > run.from-4 {
		t := x.toks[from-1]
		if !(x.isRoleWord(from-1) || t.kind == tokWord && t.quote < 0 && !t.capitalised() && strings.HasSuffix(t.lower, "ing") && x.isRoleWord(from)) {
			break
		}
		from--
	}
	// columnist Ai Jun: a lower-case title word of its own before the
	// name holds the role it names.
	if from == run.from && from > 0 && x.toks[from-1].lower == want && x.toks[from-1].quote < 0 && !x.toks[from-1].capitalised() {
		from--
	}
	if from == run.coreFrom {
		return false
	}
	// Whole words: Senatorial Committee Chairman holds no senator,
	// Senate Majority Leader no ad.
	var title []string
	for k := from; k < run.coreFrom; k++ {
		if t := x.toks[k]; t.kind == tokWord {
			title = append(title, strings.TrimSuffix(t.lower, "."))
		}
	}
	return containsWords(title, strings.Fields(want))
}

// lastNamedSpeaker returns the speaker of the attribution just before
// token at, in its own or the paragraph before, when its speaker phrase
// is a person's full name (not a pronoun or a role); else -1.
func (x *extractor) lastNamedSpeaker(at int) (string, int) {
	start := x.sentenceStart(at)
	for i := len(x.found) - 1; i >= 0; i-- {
		f := &x.found[i]
		if f.tok >= start || !f.hasNP || f.speakerText == "" {
			continue // its own sentence's quotes are not before it
		}
		if x.paraAt[f.tok] < x.paraAt[at]-1 || f.np.run < 0 || f.run < 0 || f.speaker == "" {
			return "", -1
		}
		run := x.runs[f.np.run]
		if run.typ != typePerson || !run.full() && !x.personLike(f.np.run) {
			return "", -1 // but Feinberg said, after Ashley Feinberg
		}
		return f.speaker, f.run
	}
	return "", -1
}

// namedWith returns the author named with the text noun at token j: its
// possessor (The Advocate's editorial, Sanders' email) or the name after
// by or from within a few words (a lawsuit filed by Bradley Podliska, a
// report from the National Academies).
func (x *extractor) namedWith(j int) (string, int) {
	k := j - 1
	for k >= 0 && k > j-4 && x.toks[k].kind == tokWord && !x.toks[k].capitalised() && !isPossessive(x.toks[k]) && !determiners[x.toks[k].lower] {
		k-- // new, 14-page
	}
	if k-1 >= 0 && isPossessive(x.toks[k]) {
		if r := x.runAt[k-1]; r >= 0 && x.runs[r].typ != typeLocation {
			return x.speakerName(np{from: x.runs[r].from, to: x.runs[r].to, run: r})
		}
		// the newspaper's editorial: the organisation the noun stands for.
		if p := x.toks[k-1]; k-2 >= 0 && definite[x.toks[k-2].lower] && x.lex.has("body", p.lower) {
			return x.nearestOrg(k-2, p.lower)
		}
	}
	// the Associated Press report: an organisation that modifies the text;
	// one Clinton ad: a person does too (but a Clinton campaign memo is
	// the campaign's).
	if k >= 0 && k < j {
		if r := x.runAt[k]; r >= 0 && x.runs[r].to == k+1 && (x.runs[r].typ == typeOrg || x.runs[r].typ == typeOther && x.runs[r].coreFrom < x.runs[r].to ||
			x.runs[r].typ == typePerson && x.personLike(r) && !x.titleWords(x.runs[r].from, x.runs[r].to) && !x.lex.has("body", x.toks[k+1].lower)) {
			return x.speakerName(np{from: x.runs[r].from, to: x.runs[r].to, run: r})
		}
	}
	for k := j + 1; k < len(x.toks) && k <= j+4 && !x.isBoundary(k); k++ {
		t := x.toks[k]
		if t.quote >= 0 || t.text == "," {
			break
		}
		if t.lower == "by" || t.lower == "from" {
			if r := x.nameAfter(k); r >= 0 {
				return x.speakerName(np{from: x.runs[r].from, to: x.runs[r].to, run: r})
			}
			break
		}
	}
	// The email, released by Judicial Watch, was sent at 7:19 p.m. by
	// Chief of Staff Jeremy Bash: the agent of its writing, later in the
	// sentence, through the titles before the name.
	for k := j + 1; k < len(x.toks) && !x.isBoundary(k); k++ {
		if x.toks[k].quote >= 0 {
			break
		}
		if !x.lex.has("authored", x.toks[k].lower) {
			continue
		}
		by := k + 1 // sent at 7:19 p.m. by
		for by < len(x.toks) && by < k+8 && !x.lex.has("by", x.toks[by].lower) && x.toks[by].text != "," && !x.isBoundary(by) {
			by++
		}
		if by >= len(x.toks) || !x.lex.has("by", x.toks[by].lower) {
			break
		}
		for m := by + 1; m < len(x.toks) && m < by+10 && x.toks[m].kind == tokWord && x.toks[m].quote < 0; m++ {
			if r := x.runAt[m]; r >= 0 && x.runs[r].typ == typePerson && x.personLike(r) {
				return x.speakerName(np{from: x.runs[r].from, to: x.runs[r].to, run: r})
			}
		}
		break
	}
	return "", -1
}

// nameAfter returns the name run that starts right after token j (by, from),
// an article between them allowed, when it names no place; else -1.
func (x *extractor) nameAfter(j int) int {
	m := j + 1
	if m < len(x.toks) && determiners[x.toks[m].lower] {
		m++
	}
	if m >= len(x.toks) {
		return -1
	}
	if r := x.runAt[m]; r >= 0 && x.runs[r].from == m && x.runs[r].typ != typeLocation {
		return r
	}
	// by a former staffer named Bradley Podliska, by a former aide,
	// Jane Roe: a person a role brings in and names.
	if articles[x.toks[m-1].lower] {
		for k := m; k < len(x.toks)-1 && k < m+5; k++ {
			t := x.toks[k]
			if t.kind != tokWord && t.text != "," || t.quote >= 0 || t.capitalised() {
				break
			}
			if t.lower == "named" || t.text == "," && k > m && x.isRoleWord(k-1) {
				if r := x.runAt[k+1]; r >= 0 && x.runs[r].from == k+1 && x.runs[r].typ == typePerson {
					return r
				}
				break
			}
		}
	}
	return -1
}

// spokeAt returns the resolved speaker of the quote whose speaker phrase
// holds token j, when there is one.
func (x *extractor) spokeAt(j int) (string, int, bool) {
	for i := range x.found {
		f := &x.found[i]
		if f.hasNP && f.np.from <= j && j < f.np.to && f.speaker != "" {
			return f.speaker, f.run, true
		}
	}
	return "", -1, false
}

// appositionPerson returns the person named in an apposition that opens
// at token i (, his cousin James York,): a comma, at most a few words,
// then a name that fits the pronoun being resolved, before the next comma;
// else -1.
func (x *extractor) appositionPerson(i int) int {
	if i >= len(x.toks) || x.toks[i].text != "," {
		return -1
	}
	for k := i + 1; k < len(x.toks) && k <= i+5; k++ {
		t := x.toks[k]
		if t.kind != tokWord || t.quote >= 0 {
			return -1
		}
		if r := x.runAt[k]; r >= 0 {
			// Her husband, Bill,; Schilling's son, Grant,: a first name
			// alone, set off by commas, names a person in apposition to
			// a role.
			alone := k == i+1 && x.runs[r].to == k+1 && (x.lex.firstName(t.lower) || k+1 < len(x.toks) && x.toks[k+1].text == ",")
			if x.runs[r].typ == typePerson && (x.personLike(r) || alone) && x.genderFits(r) {
				return r
			}
			return -1
		}
	}
	return -1
}

// introducedHolder returns the person that an indefinite role phrase at
// token at brings in, when the text names it right after: in apposition
// (A former Republican presidential candidate -- John McCain --) or as a
// person described with the role's head in the sentence that follows it
// (… a retired general who suggested … ¶ Gen. Wesley Clark, a retired
// four-star general, …); else -1.
func (x *extractor) introducedHolder(words []string, at int) int {
	h := x.roleHead(words[len(words)-1], at)
	if h < 0 {
		return -1
	}
	k := h + 1
	for k < len(x.toks) && k < h+4 && x.toks[k].kind == tokWord && !x.toks[k].capitalised() && x.toks[k].quote < 0 {
		k++ // A former Republican presidential candidate -- John McCain
	}
	for k+1 < len(x.toks) && x.toks[k+1].text == x.toks[k].text && dashes[x.toks[k].text] {
		k++ // --
	}
	if k+1 < len(x.toks) && (x.toks[k].text == "," || dashes[x.toks[k].text]) {
		if r := x.runAt[k+1]; r >= 0 && x.runs[r].from == k+1 && x.runs[r].typ == typePerson && x.runs[r].full() {
			return r
		}
	}
	// The sentence after the one holding the phrase.
	end := x.nextSentence(h) - 1
	stop := end + 1
	for stop < len(x.toks) && stop < end+60 && !x.isBoundary(stop) {
		stop++
	}
	for k := end + 1; k < stop; k++ {
		r := x.runAt[k]
		if r < 0 || x.runs[r].from != k || x.runs[r].typ != typePerson || !x.runs[r].full() || x.toks[k].quote >= 0 {
			continue
		}
		desc := map[string]bool{}
		x.describe(r, desc)
		if stemIn(words[len(words)-1], desc) {
			return r
		}
	}
	return -1
}

// newcomerAfter returns the person who opens the sentence after the one
// holding token at, named in full there for the first time, other than
// possessor run p (Donald Trump’s campaign manager says …. ¶ Corey
// Lewandowski, in a statement, said …): the holder of a possessed role
// that the article names only after it; else -1.
func (x *extractor) newcomerAfter(at, p int) int {
	end := x.nextSentence(at) - 1
	if end+1 >= len(x.toks) || x.paraAt[end+1] > x.paraAt[at]+1 {
		return -1
	}
	k := x.subjectStart(end+1, min(end+40, len(x.toks)))
	for i := k; i < len(x.toks) && i < k+4 && x.toks[i].kind == tokWord && x.runAt[i] < 0 && !x.toks[i].capitalised(); i++ {
		k = i + 1 // public defender Shannon S. Quill
	}
	if k >= len(x.toks) {
		return -1
	}
	r := x.runAt[k]
	if r < 0 || x.runs[r].typ != typePerson || !x.runs[r].fullOrTitled() || x.toks[k].quote >= 0 || !x.subjectLike(r) || x.samePerson(r, p) {
		return -1
	}
	last := x.toks[x.runs[r].to-1].lower
	for j := 0; j < at; j++ {
		if q := x.runAt[j]; q >= 0 && x.toks[x.runs[q].to-1].lower == last {
			return -1 // named before: not the holder the article brings in
		}
	}
	return r
}

// endsSpan reports whether token k is the last word or mark inside its
// quotation (the comma of “MSNBC Live,”): what follows is outside it.
func (x *extractor) endsSpan(k int) bool {
	q := x.toks[k].quote
	for j := k + 1; j < len(x.toks) && j <= k+2; j++ {
		if x.toks[j].quote != q {
			return true
		}
		if x.toks[j].kind != tokPunct {
			return false
		}
	}
	return false
}

// nounAfter reports whether token i can be the noun (or its modifier)
// that a possessive her governs (her finger, her own campaign), rather
// than what follows her as an object (backed her up, told her that).
func (x *extractor) nounAfter(i int) bool {
	if i >= len(x.toks) || x.toks[i].kind != tokWord || x.toks[i].quote >= 0 {
		return false
	}
	w := x.toks[i].lower
	return !prepositions[w] && !particles[w] && !determiners[w] && !conjunctions[w] && !whWords[w] && w != "to" && !x.lex.has("pron", w)
}

// particles are the adverbs of phrasal verbs (back her up, cut her off).
var particles = map[string]bool{"up": true, "down": true, "out": true, "off": true, "back": true, "away": true, "over": true, "in": true, "on": true}

// signatureAfter returns the person who signs the text that token at is
// in: the next paragraph, among the few after it, that holds nothing but
// a full name (a letter to the editor: … I agree. ¶ Debby James. ¶
// Mission Viejo, Calif.); else -1.
func (x *extractor) signatureAfter(at int) (string, int) {
	p := x.paraAt[at]
	for i := at + 1; i < len(x.toks) && x.paraAt[i] <= p+6; i++ {
		if i > 0 && x.paraAt[i-1] == x.paraAt[i] && x.toks[i-1].kind != tokBreak {
			continue // not a paragraph's first token
		}
		r := x.runAt[i]
		if r < 0 || x.runs[r].from != i || x.runs[r].typ != typePerson || !x.runs[r].full() || x.runs[r].coreFrom != i {
			continue
		}
		e := x.runs[r].to
		if e == len(x.toks) || x.paraAt[e] != x.paraAt[i] || e+1 < len(x.toks) && x.toks[e].text == "." && x.paraAt[e+1] != x.paraAt[i] {
			return x.fullest(r)
		}
	}
	return "", -1
}

// writer returns the person who writes a first-person article: the one a
// closing line presents (Cindy Godwin is a retired marketing executive …;
// Gaudiano is a Washington-based reporter …; Rep. Raul Grijalva, D-Ariz.,
// was an early backer of …), else the one a title opens
// with (Ann Coulter: And Then There Was the One; Dinesh D’Souza’s
// ‘Stealing America’), else the one the byline names; else nobody. The
// text comes first: an excerpt's byline may name the outlet's staff.
func (x *extractor) writer() (string, int) {
	if len(x.toks) == 0 {
		return "", -1
	}
	last := x.paraAt[len(x.toks)-1]
	for i := len(x.toks) - 1; i >= 0 && x.paraAt[i] >= last-2; i-- {
		if i > 0 && x.toks[i-1].kind != tokBreak {
			continue
		}
		r := x.runAt[i]
		if r < 0 || x.runs[r].from != i || x.runs[r].typ != typePerson || x.runs[r].to+1 >= len(x.toks) {
			continue
		}
		e := x.runs[r].to
		// Rep. Raul Grijalva, D-Ariz., was an early backer of …: an
		// apposition may come between.
		if x.toks[e].text == "," {
			for k := e + 1; k < len(x.toks) && k <= e+8 && x.paraAt[k] == x.paraAt[e]; k++ {
				if x.toks[k].text == "," {
					e = k + 1
					break
				}
			}
		}
		if e+1 < len(x.toks) && (x.toks[e].lower == "is" || x.toks[e].lower == "was") && (articles[x.toks[e+1].lower] || x.titleBefore(e+1)) {
			return x.fullest(r)
		}
	}
	// From STEALING AMERICA by Dinesh D'Souza. Copyright …: the credit
	// line of a book excerpt names its author.
	for i := len(x.toks) - 1; i >= 0 && x.paraAt[i] >= last-1; i-- {
		if w := x.toks[i].lower; i > 0 && x.toks[i-1].kind != tokBreak || w != "from" && w != "excerpted" && w != "adapted" {
			continue
		}
		for k := i + 1; k+1 < len(x.toks) && x.paraAt[k] == x.paraAt[i]; k++ {
			if x.toks[k].lower == "by" {
				if r := x.runAt[k+1]; r >= 0 && x.runs[r].from == k+1 && x.runs[r].typ == typePerson && x.personLike(r) {
					return x.fullest(r)
				}
				break
			}
		}
	}
	if r := x.runAt[0]; r >= 0 && x.runs[r].from == 0 && x.runs[r].typ == typePerson && x.runs[r].to < len(x.toks) {
		// Ann Coulter: …; Dinesh D’Souza’s ‘Stealing America’ (but not
		// Trampling Latinos' Sensibilities: a possessive names the writer
		// only before a title in quotation marks).
		e := x.runs[r].to
		if t := x.toks[e]; t.text == ":" || isPossessive(t) && e+1 < len(x.toks) && x.toks[e+1].quote >= 0 {
			return x.fullest(r)
		}
	}
	// A title in title case has no name runs: a first name and a surname
	// before its colon (Ann Coulter: …).
	if len(x.toks) > 3 && x.lex.firstName(x.toks[0].lower) && x.toks[1].capitalised() && x.toks[2].text == ":" {
		return x.text(0, 2), -1
	}
	return x.bylineWriter(), -1
}

// bylineWriter returns the writer the article's byline names
// (sources.author), when it names one person: not several writers (a
// first-person "I" in a joint piece is none of them for sure; a
// manifest may join them with "and"), not an agency or an outlet (AFP,
// Breitbart News; but AWR Hawkins is a person).
func (x *extractor) bylineWriter() string {
	a := x.doc.Source.Author
	if a == nil || strings.Contains(*a, ",") {
		return ""
	}
	f := strings.Fields(*a)
	for _, w := range f {
		if x.lex.has("org", w) || len(f) == 1 && isAcronym(w) || w == "and" || w == "&" || w == "dan" {
			return ""
		}
	}
	return *a
}

// titleBefore reports whether the tokens from i are a job title in
// capitals or a role, then at, of or for within the sentence (Joel B.
// Pollak is Senior Editor-at-Large at Breitbart News; Ann Lee is
// professor of law at Yale).
func (x *extractor) titleBefore(i int) bool {
	for k := i; k < len(x.toks) && k < i+6 && x.paraAt[k] == x.paraAt[i]; k++ {
		t := x.toks[k]
		if k > i && (t.text == "at" || t.text == "of" || t.text == "for") {
			return true
		}
		if t.kind != tokWord || !t.capitalised() && !x.isRoleWord(k) {
			return false
		}
	}
	return false
}

// mainClause returns where the main clause of the sentence [start, end)
// begins: after the comma that closes an opening subordinate clause of
// up to 40 tokens (When Trump suggested that …, Rubio fired back), a
// comma inside closing quotation marks included; else start.
func (x *extractor) mainClause(start, end int) int {
	t := x.toks[start]
	// Noting that both Reagan and Trump battled …, Schlafly put …: a
	// participle that opens the sentence opens a subordinate clause too.
	participle := t.capitalised() && len(t.lower) > 5 && strings.HasSuffix(t.lower, "ing") && (x.runAt[start] < 0 || x.runs[x.runAt[start]].to == start+1)
	if !x.lex.has("sub", t.text) && !participle {
		return start
	}
	for k := start + 1; k < end && k < start+40; k++ {
		if x.toks[k].text == "," && (x.toks[k].quote < 0 || x.endsSpan(k)) {
			// Absent Sanders' plan, which he has not introduced, Clinton
			// pointed …: a relative clause ends at the next comma.
			if k+1 < end && opensRelative(x.toks[k+1]) {
				continue
			}
			return k + 1
		}
	}
	return start
}

// subjectStart returns the token where the subject of the sentence
// [start, end) may begin: after a leading conjunction, after a subordinate
// clause, and after an opening adverbial set off by a comma or a pair of
// dashes: a sentence adverb (Instead, the businessman …), a prepositional
// phrase (On CNN Tuesday, his wife, Jane, …) or a participle (Asked later -
// war or not - the admiral chuckled).
func (x *extractor) subjectStart(start, end int) int {
	k := x.afterConjunctions(start, end)
	if k >= end {
		return start
	}
	if m := x.mainClause(k, end); m > k {
		return m
	}
	t := x.toks[k]
	participle := t.capitalised() && strings.HasSuffix(t.lower, "ed") && x.runAt[k] < 0
	if !adverb(t) && !x.lex.has("linker", t.lower) && !x.lex.has("time", t.lower) && !prepositions[t.lower] && !participle {
		return k
	}
	for j := k + 1; j < end && j < k+12; j++ {
		switch tj := x.toks[j]; {
		case tj.quote >= 0:
			return k
		case tj.text == ",":
			return j + 1
		case datelineDashes[tj.text]:
			for m := j + 1; m < end && m < j+15; m++ {
				if datelineDashes[x.toks[m].text] {
					return m + 1
				}
			}
			return j + 1
		}
	}
	return k
}

// contracted reports whether the 's at token i stands for "has" or "is"
// (Christie's been making the case, Trump's not worried), not for a
// possessive: the word after it is one that only follows a verb.
func (x *extractor) contracted(i int) bool {
	return i+1 < len(x.toks) && afterContraction[x.toks[i+1].lower]
}

// afterContraction are the words that follow 's only when it is a verb.
var afterContraction = map[string]bool{"been": true, "not": true, "never": true, "got": true, "gotten": true, "gone": true}

// modifiedNoun reports whether token i is a lower-case noun that a name
// before it modifies (the Murdoch outlets, a Trump rally): a word that is
// no verb, auxiliary, cue, adverb or small word.
func (x *extractor) modifiedNoun(i int) bool {
	if !x.nounAfter(i) {
		return false
	}
	t := x.toks[i]
	if t.capitalised() || adverb(t) || strings.HasSuffix(t.lower, "ed") || x.lex.has("aux", t.lower) || x.lex.has("cue", t.lower) || x.lex.has("skip", t.lower) {
		return false
	}
	return true
}

// roleModifiers returns the qualifiers, lower-cased, of the role phrase
// that a determiner starts at token at (the GOP front-runner → gop; the
// Wisconsin Republican → wisconsin), up to its first lower-case word.
func (x *extractor) roleModifiers(at int) map[string]bool {
	out := map[string]bool{}
	if at < 0 || !determiners[x.toks[at].lower] {
		return out // kata Mensos: a title alone, no English phrase
	}
	end := at
	for end < len(x.toks) && end < at+5 {
		t := x.toks[end]
		if t.kind != tokWord || t.quote >= 0 || !t.capitalised() && !determiners[t.lower] {
			break
		}
		end++
	}
	x.addQualifiers(out, at, end, true)
	return out
}

// rolePlaces returns, lower-cased, the places named in the role phrase
// that a determiner starts at token at (the Wisconsin Republican →
// wisconsin), up to its first lower-case word.
func (x *extractor) rolePlaces(at int) []string {
	if at < 0 || !determiners[x.toks[at].lower] {
		return nil
	}
	end := at + 1
	for end < len(x.toks) && end < at+5 && x.toks[end].kind == tokWord && x.toks[end].quote < 0 && x.toks[end].capitalised() {
		end++
	}
	var out []string
	for k := at + 1; k < end; k++ {
		if r := x.runAt[k]; r >= 0 && x.runs[r].typ == typeOrg {
			k = x.runs[r].to - 1 // the Washington Post columnist
			continue
		}
		for n := min(3, end-k); n >= 1; n-- {
			if p := joinTokens(x.toks, k, k+n); x.lex.has("loc", p) {
				out = append(out, strings.ToLower(p))
				k += n - 1
				break
			}
		}
	}
	return out
}

// placesFit reports whether person run r can hold a role phrase whose
// places (rolePlaces) are given, as far as places go: the Wisconsin
// Republican is not Republican candidate Donald Trump unless the article
// ties Trump to Wisconsin.
func (x *extractor) placesFit(r int, places []string) bool {
	for _, pl := range places {
		if !x.tiedToPlace(r, pl) {
			return false
		}
	}
	return true
}

// tiedToPlace reports whether the article ties the person of run r to
// place (lower-case) where it names the person: in the title or the
// capitalised words right before the name (Texas Sen. Ted Cruz, Wisconsin
// Rep. Paul Ryan), after "of" (Sen. Ted Cruz of Texas), in brackets (Sen.
// Ted Cruz (R-Texas)) or in an apposition (Mr. Cruz, a senator from
// Texas,).
func (x *extractor) tiedToPlace(r int, place string) bool {
	has := func(from, to int) bool {
		from, to = max(from, 0), min(to, len(x.toks))
		return from < to && strings.Contains(" "+strings.ToLower(joinTokens(x.toks, from, to))+" ", " "+place+" ")
	}
	for o := range x.runs {
		run := x.runs[o]
		if run.typ != typePerson || !x.samePerson(o, r) {
			continue
		}
		before := run.from
		for before > 0 && before > run.from-3 && x.toks[before-1].kind == tokWord && x.toks[before-1].quote < 0 && x.toks[before-1].capitalised() {
			before--
		}
		if has(before, run.coreFrom) {
			return true
		}
		n := len(strings.Fields(place))
		if e := run.to; e < len(x.toks) && x.toks[e].lower == "of" && has(e+1, e+1+n) {
			return true
		}
		// Sen. Ted Cruz (R-Texas): the state in the brackets after it.
		if e := run.to; e < len(x.toks) && x.toks[e].text == "(" {
			for k := e + 1; k < len(x.toks) && k < e+6 && x.toks[k].text != ")"; k++ {
				if w := x.toks[k].lower; w == place || strings.HasSuffix(w, "-"+place) {
					return true
				}
			}
		}
		if e := run.to; e+1 < len(x.toks) && x.toks[e].text == "," && x.appositionAt(e+1) {
			end := e + 1
			for end < len(x.toks) && end < e+13 && x.toks[end].kind == tokWord && x.toks[end].quote < 0 {
				end++
			}
			if has(e+1, end) {
				return true
			}
		}
	}
	return false
}

// holderModifiers returns the qualifiers, lower-cased, before the name
// of person run r (Democratic front-runner Clinton → democratic; Sen.
// Marco Rubio → none).
func (x *extractor) holderModifiers(r int) map[string]bool {
	out := map[string]bool{}
	run := x.runs[r]
	start := run.from
	for start > 0 && start > run.from-4 && x.toks[start-1].kind == tokWord && x.toks[start-1].quote < 0 {
		start--
	}
	x.addQualifiers(out, start, run.from, false)
	x.addQualifiers(out, run.from, run.coreFrom, false)
	return out
}

// addQualifiers adds to set, lower-cased, the qualifiers among tokens
// [from, to): adjacent qualifier words make one key (New Jersey), any
// other token ends it; determiners are passed over when skipDeterminers
// is set.
func (x *extractor) addQualifiers(set map[string]bool, from, to int, skipDeterminers bool) {
	var words []string
	flush := func() {
		if len(words) > 0 {
			set[strings.Join(words, " ")] = true
		}
		words = nil
	}
	for k := from; k < to; k++ {
		t := x.toks[k]
		switch {
		case skipDeterminers && determiners[t.lower]:
		case x.qualifier(t):
			words = append(words, t.lower)
		default:
			flush()
		}
	}
	flush()
}

// qualifier reports whether token t is a capitalised word that qualifies
// a role (Democratic, New, Jersey), not an honorific (Sen., Mr.) nor a
// role itself (Senator, President).
func (x *extractor) qualifier(t token) bool {
	return t.capitalised() && !strings.HasSuffix(t.text, ".") && !x.lex.has("role", t.lower)
}

// overlaps reports whether a qualifier of a and one of b agree: all the
// words of the shorter are in the longer (Democratic and Iowa Democratic
// agree; New Jersey and New York do not).
func overlaps(a, b map[string]bool) bool {
	for p := range a {
		for q := range b {
			if within(p, q) || within(q, p) {
				return true
			}
		}
	}
	return false
}

// within reports whether every word of phrase p is a word of phrase q.
func within(p, q string) bool {
	in := strings.Fields(q)
	for _, w := range strings.Fields(p) {
		if !slices.Contains(in, w) {
			return false
		}
	}
	return true
}
