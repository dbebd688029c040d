package quotes

import (
	"strings"
	"unicode"

	"newsdesk/dataset"
)

// found is a quote before it becomes a row.
type found struct {
	start, end  int // code points
	kind        string
	speaker     string
	speakerText string
	cue         string
	para        int // paragraph of the start
	tok         int // first token, for ordering and pronoun resolution
	run         int // name run of the resolved speaker, or -1
	attributed  bool
	cueTok      int // first token of the cue, or -1
	np          np  // the speaker phrase, when hasNP
	hasNP       bool
}

type extractor struct {
	doc        *dataset.Doc
	runes      []rune
	lex        *lexicon
	paras      []paragraph
	spans      []qspan
	toks       []token
	runs       []nameRun
	runAt      []int    // token → name run, or -1
	paraAt     []int    // token → paragraph
	spanTok    [][2]int // span → first and last token
	found      []found
	mentioned  map[int]bool    // name runs to report as mentions
	lowerWords map[string]bool // words the text writes in lower case
	// words of multi-word person names and of named speakers, lower-cased
	longNames, speakerWords map[string]bool
	gender                  map[string]byte // see genders; built on first use
	inGenders               bool            // genders is being built (fullest must not use it)
	wantGender              byte            // gender of the pronoun being resolved, or 0
	byPronoun               bool            // a pronoun is being resolved (not a role noun)
	exclude                 map[string]bool // people the pronoun being resolved cannot be
}

func newExtractor(doc *dataset.Doc) *extractor {
	x := &extractor{doc: doc, runes: doc.Runes(), lex: lexiconFor(doc.Source.Language), mentioned: map[int]bool{}}
	x.paras = paragraphs(x.runes)
	x.spans = repairMisplaced(x.runes, x.paras, findSpans(x.runes, x.paras), x.lex)
	x.toks = tokenize(x.runes, x.lex)
	// Mark the tokens inside each span, marks included.
	si := 0
	for i := range x.toks {
		for si < len(x.spans) && x.spanLast(si) < x.toks[i].start {
			si++
		}
		if si < len(x.spans) && x.toks[i].start >= x.spanFirst(si) && x.toks[i].start <= x.spanLast(si) {
			x.toks[i].quote = si
			if t := &x.toks[i]; t.kind == tokWord && (t.start == x.spans[si].open || t.start == x.spans[si].close) {
				t.kind = tokPunct // a mark, not the possessive it looked like
			}
		}
	}
	x.lowerWords = lowerCaseWords(x.toks)
	x.runs = joinSlashed(x.toks, nameRuns(x.toks, x.lex, x.lowerWords))
	placeAfterTitle(x.toks, x.runs)
	x.runAt = make([]int, len(x.toks))
	for i := range x.runAt {
		x.runAt[i] = -1
	}
	for r, run := range x.runs {
		for i := run.from; i < run.to; i++ {
			x.runAt[i] = r
		}
	}
	x.spanTok = make([][2]int, len(x.spans))
	for i := range x.spanTok {
		x.spanTok[i] = [2]int{-1, -1}
	}
	for i, t := range x.toks {
		if t.quote >= 0 {
			if x.spanTok[t.quote][0] < 0 {
				x.spanTok[t.quote][0] = i
			}
			x.spanTok[t.quote][1] = i
		}
	}
	x.longNames, x.speakerWords = map[string]bool{}, map[string]bool{}
	for r, run := range x.runs {
		if run.typ == typePerson && run.full() {
			for i := run.coreFrom; i < run.to; i++ {
				x.longNames[x.toks[i].lower] = true
			}
		}
		// A one-word name that a cue follows somewhere in the article
		// (Cruz said) is a person's wherever it stands.
		if run.typ == typePerson && run.to-run.coreFrom == 1 && x.speakerNear(r) {
			x.speakerWords[x.toks[run.coreFrom].lower] = true
		}
	}
	x.paraAt = make([]int, len(x.toks))
	pi := 0
	for i, t := range x.toks {
		for pi+1 < len(x.paras) && x.paras[pi].end <= t.start {
			pi++
		}
		x.paraAt[i] = pi
	}
	return x
}

// spanLast is the last code point that belongs to span i (its closing mark,
// or its last word when it has none).
func (x *extractor) spanFirst(i int) int {
	if x.spans[i].open >= 0 {
		return x.spans[i].open
	}
	return x.spans[i].start
}

func (x *extractor) spanLast(i int) int {
	if x.spans[i].close >= 0 {
		return x.spans[i].close
	}
	return x.spans[i].end - 1
}

// isBoundary reports whether token i ends a sentence or a paragraph.
func (x *extractor) isBoundary(i int) bool {
	t := x.toks[i]
	if t.kind == tokBreak {
		return true
	}
	return t.kind == tokPunct && t.quote < 0 && (t.text == "." || t.text == "!" || t.text == "?" || t.text == ";")
}

func (x *extractor) run() {
	for si := range x.spans {
		x.quote(si)
	}
	x.indirect()
	sortFound(x.found)
	x.resolve()
}

// attribution is a cue and the speaker phrase next to a quote.
type attribution struct {
	cue     phrase
	hasCue  bool
	speaker np
	hasNP   bool
	colon   bool // headline style: NATO: "…"
	// inferred is set when the speaker comes from the sentences before,
	// not from words at the quotation: speaker_text stays null.
	inferred bool
}

// proseBefore reports whether the paragraph of the quotation opening at
// token i has words outside quotations before it.
func (x *extractor) proseBefore(i int) bool {
	prose := false
	for k := i - 1; k >= 0 && x.toks[k].kind != tokBreak; k-- {
		if x.toks[k].quote >= 0 {
			return false // a quotation before it: a continuation
		}
		if x.toks[k].kind == tokWord {
			prose = true
		}
	}
	return prose
}

func (x *extractor) quote(si int) {
	s := x.spans[si]
	openTok, closeTok := x.spanTok[si][0], x.spanTok[si][1]
	if openTok < 0 {
		return
	}
	var a attribution
	ok := false
	kind := dataset.KindPartial
	if x.startsStatement(openTok) && !x.fragmentAfterComma(si) {
		kind = dataset.KindDirect
	}
	// A fragment inside a sentence belongs to the cue before it (Trump
	// said it would "have been cool" had Clinton …); a statement to the
	// cue after it, as news writes it ("…," Rama said).
	if kind == dataset.KindPartial {
		a, ok = x.before(openTok)
		// Citing the attack as a wake-up call for their "reveries …,"
		// Will urged …: a participle opening the sentence has the
		// subject of the main clause after it.
		if ok && a.hasCue && !a.hasNP && x.frontedParticiple(a.cue.from) {
			// Declaring that he alone …, the billionaire real estate
			// mogul offered himself as a "law and order" candidate: the
			// main clause comes before the fragment.
			if m := x.mainClause(x.sentenceStart(a.cue.from), openTok); m > a.cue.from && m < openTok {
				if n, found := x.clauseSubject(m, openTok); found {
					a.speaker, a.hasNP = n, true
				}
			} else if n, found := x.mainSubjectAfter(closeTok+1, closeTok); found {
				a.speaker, a.hasNP = n, true
			}
		}
		// often labeled as a "witch hunt" by Democrats: a passive cue
		// before the fragment, its agent after it.
		if ok && a.hasCue && !a.hasNP && s.closed && (x.passiveCue(a.cue) || x.setOffParticiple(a.cue)) {
			if n, found := x.agentAfter(closeTok + 1); found {
				a.speaker, a.hasNP = n, true
			}
		}
		// Nothing the president said "will assuage people's fears," the
		// Florida senator said: a cue and speaker that end the sentence
		// after the fragment's closing comma report the whole sentence.
		if ok && a.hasNP && s.closed && x.commaCloses(s, closeTok) {
			if b, found := x.after(closeTok + 1); found && b.hasNP && b.hasCue && (x.endsSentence(x.attributionEnd(b)+1) || x.participleAfter(x.attributionEnd(b)) || x.invertedAside(b)) {
				a = b
			}
		}
		// China has provoked mixed feelings in many Asian states, and it
		// has used "velvet gloves" in Central Asia, said Nargis
		// Kassenova: a cue and a named person that end the sentence
		// report all of it, the fragment with its cue before included.
		if ok && a.hasNP {
			if b, found := x.inversionEndsSentence(closeTok); found && x.namedPerson(b.speaker) {
				a = b
			}
		}
		// they are asked to rank their choices, and the group is less
		// likely to be "overrun …," Hoover said: a cue before that names
		// nobody yields to one after that names its speaker.
		if ok && !a.hasNP && s.closed {
			if b, found := x.after(closeTok + 1); found && b.hasNP {
				a = b
			}
		}
		// Her friends have mocked Trump's campaign, calling Trump "an
		// orange buffoon," Susan said: a participle whose subject is no
		// named person yields to a named speaker right after.
		if ok && a.hasCue && a.hasNP && s.closed && strings.HasSuffix(x.toks[a.cue.from].lower, "ing") && !x.namedPerson(a.speaker) {
			if b, found := x.after(closeTok + 1); found && b.hasNP && x.namedPerson(b.speaker) {
				a = b
			}
		}
	}
	// After a full stop inside the marks a new sentence starts: its cue
	// belongs to what follows ("…." A paper wrote „…“).
	// A comma after it ("… from the A.C.A.," said Rosenberg) ends an
	// abbreviation, not the sentence.
	fullStop := s.end > s.start && x.runes[s.end-1] == '.' && !(s.end < len(x.runes) && x.runes[s.end] == ',')
	if !ok && s.closed && (!fullStop || x.bylineAt(closeTok+1) || x.bareCueSentence(closeTok+1) || x.cueLine(closeTok+1) > 0) {
		a, ok = x.after(closeTok + 1)
	}
	if !ok && kind == dataset.KindDirect {
		a, ok = x.before(openTok)
	}
	if !ok && s.closed && kind == dataset.KindDirect {
		a, ok = x.bylineBelow(closeTok + 1)
	}
	if s.closed {
		if b, found := x.outerSource(openTok, closeTok); found {
			a, ok = b, true
		}
	}
	text := string(x.runes[s.start:s.end])
	if looksLikeTitle(text) && (!ok || kind == dataset.KindPartial && x.titlePosition(openTok) || !a.hasCue && x.titleInText(si)) {
		return // "Saturday Night Live", a summit's name; Trump's show, "The Apprentice,"
	}
	if !ok && kind == dataset.KindPartial {
		// A fragment inside a sentence with no speech verb is the words
		// of the subject of its clause, else of its sentence: Manafort
		// dismissed it as "absurd"; … when Trump mentioned her, and the
		// crowd reprised the chant "Lock her up!": unnamed people's.
		if n, found := x.crowdInClause(openTok); found {
			a, ok = attribution{speaker: n, hasNP: true}, true
		} else if n, found := x.cueBeforeInSentence(openTok); found {
			a, ok = attribution{speaker: n, hasNP: true}, true
		} else if n, found := x.cueEndsLaterQuote(closeTok); found {
			a, ok = attribution{speaker: n, hasNP: true}, true
		} else if n, found := x.whichAntecedent(x.windowStart(openTok), openTok); found {
			a, ok = attribution{speaker: n, hasNP: true}, true
		} else if n, found := x.lastClauseSubject(x.windowStart(openTok), openTok); found {
			a, ok = attribution{speaker: n, hasNP: true}, true
		} else if n, found := x.clauseSubject(x.windowStart(openTok), openTok); found {
			a, ok = attribution{speaker: n, hasNP: true}, true
		} else if n, found := x.clauseSubject(x.sentenceStart(openTok), openTok); found {
			a, ok = attribution{speaker: n, hasNP: true}, true
		} else if n, found := x.subjectAfterFronted(openTok, closeTok); found {
			a, ok = attribution{speaker: n, hasNP: true}, true
		}
	}
	if !ok && kind == dataset.KindDirect && x.proseBefore(openTok) {
		// Text without a cue before the quotation in its paragraph: the
		// speaker of a sentence that ends with its cue (Or maybe Jeb Bush,
		// consultant Phil Musser says. "…"), else the person it is about
		// (Mr. Trump vows … Then, the laugh line: "…").
		if n, found := x.cueEndsSentence(openTok); found {
			a, ok = attribution{speaker: n, hasNP: true, inferred: true}, true
		} else if n, found := x.orgOpensSentenceBefore(openTok); found {
			// Meanwhile, NATO also condemned the attack. "…": the
			// organisation the sentence before is about.
			a, ok = attribution{speaker: n, hasNP: true, inferred: true}, true
		} else if _, r := x.nearestPerson(openTok); r >= 0 {
			a, ok = attribution{speaker: np{from: x.runs[r].from, to: x.runs[r].to, run: r}, hasNP: true, inferred: true}, true
		}
	}
	f := found{start: s.start, end: s.end, kind: kind, para: x.paraAt[openTok], tok: openTok, run: -1, cueTok: -1}
	x.fill(&f, a, ok)
	x.found = append(x.found, f)
}

// orgOpensSentenceBefore returns the subject of the sentence right before
// token i, in its paragraph, when it is an organisation's name.
func (x *extractor) orgOpensSentenceBefore(i int) (np, bool) {
	if i == 0 || x.toks[i-1].kind == tokBreak {
		return np{}, false
	}
	s := x.sentenceStart(i - 1)
	if n, ok := x.clauseSubject(s, i); ok && n.run >= 0 && x.runs[n.run].typ == typeOrg {
		return n, true
	}
	return np{}, false
}

// fill copies an attribution into f; the speaker name is resolved later.
func (x *extractor) fill(f *found, a attribution, ok bool) {
	if !ok {
		return
	}
	f.attributed = true
	if a.hasCue {
		f.cue = x.text(a.cue.from, a.cue.to)
		f.cueTok = a.cue.from
	} else if a.colon {
		f.cue = ":"
	}
	if a.hasNP && a.inferred {
		f.np, f.hasNP = a.speaker, true
	} else if a.hasNP {
		f.speakerText = x.text(a.speaker.from-a.speaker.lead, a.speaker.to)
		if a.speaker.pron && a.speaker.from == a.cue.from && a.hasCue {
			f.speakerText = "nya"
		}
		f.np, f.hasNP = a.speaker, true
	}
}

// cueBeforeInSentence returns the speaker of an earlier quotation in the
// sentence of token i whose cue comes before it: the cue governs the rest
// of the sentence (Ted Cruz says his "friend and colleague" Marco Rubio ran
// "an optimistic campaign").
func (x *extractor) cueBeforeInSentence(i int) (np, bool) {
	if len(x.found) == 0 {
		return np{}, false
	}
	p := &x.found[len(x.found)-1]
	s := x.sentenceStart(i)
	if !p.hasNP || p.cueTok < 0 || p.cueTok > p.tok || p.tok < s {
		return np{}, false
	}
	// … in a clip that Judge Mosman called "distasteful," Santilli
	// expressed a desire to "…": a cue in a relative clause governs only
	// that clause; and a relative clause after the quotation brings in
	// words of its own (Mr. Trump's remarks, which have included …).
	for k := s; k < min(p.cueTok, p.np.from); k++ {
		if x.toks[k].quote < 0 && relatives[x.toks[k].lower] {
			return np{}, false
		}
	}
	for k := p.tok; k < i; k++ {
		if opensRelative(x.toks[k]) {
			return np{}, false
		}
	}
	return p.np, true
}

// cueEndsLaterQuote returns the speaker named by the attribution after the
// last quotation of the sentence, when another quotation follows the one
// closing at token closeTok: his endorsements will carry "a great deal of
// weight" and help bring candidates the "grass-roots firepower" they need,
// DFA spokesman Neil Sroka said. A pronoun there is left alone.
func (x *extractor) cueEndsLaterQuote(closeTok int) (np, bool) {
	last := -1
	for k := closeTok + 1; k < len(x.toks) && !x.isBoundary(k) && !x.endsQuotedSentence(k-1); k++ {
		if q := x.toks[k].quote; q >= 0 && x.spanTok[q][1] == k {
			last = k
		}
	}
	if last < 0 || last+1 >= len(x.toks) {
		return np{}, false
	}
	a, ok := x.after(last + 1)
	if !ok || !a.hasNP || !a.hasCue || a.speaker.run < 0 && !a.speaker.org && a.speaker.role == "" {
		return np{}, false
	}
	return a.speaker, true
}

// lastClauseSubject returns the subject of the last subordinate clause
// in tokens [lo, hi), the one that holds the quotation: … echoes a
// controversy in June when Mr. Trump assailed a judge for his "Mexican
// heritage".
func (x *extractor) lastClauseSubject(lo, hi int) (np, bool) {
	return x.lastClauseSubjectOf(lo, hi, clauseOpeners)
}

// lastOpener returns the last token in (lo, hi) outside quotation marks
// that opens a clause (one of openers), or -1.
func (x *extractor) lastOpener(lo, hi int, openers map[string]bool) int {
	for k := hi - 1; k > lo; k-- {
		if t := x.toks[k]; t.quote < 0 && t.kind == tokWord && openers[t.lower] {
			return k
		}
	}
	return -1
}

// lastClauseSubjectOf is lastClauseSubject with the words that open a
// clause given.
func (x *extractor) lastClauseSubjectOf(lo, hi int, openers map[string]bool) (np, bool) {
	k := x.lastOpener(lo, hi, openers)
	// as if she "wasn't allowed …": a manner clause; and the subject must
	// open the clause (not before the influential American Israel Public
	// Affairs Committee, a preposition).
	if k < 0 || x.toks[k].lower == "if" && x.toks[k-1].lower == "as" {
		return np{}, false
	}
	// … but the Sanders campaign rejected the idea as "ludicrous": an
	// article may come before the name.
	if n, ok := x.clauseSubject(k+1, hi); ok && (n.from == k+1 || n.from == k+2 && articles[x.toks[k+1].lower]) {
		return n, true
	}
	return np{}, false
}

// bodySubject returns the definite organisation noun phrase that opens
// the sentence at token s, before token hi, as the subject of its verb
// (The company issued …, The ministry released …); false when the phrase is
// a possessor or the object of a preposition.
func (x *extractor) bodySubject(s, hi int) (np, bool) {
	if !definite[x.toks[s].lower] || demonstratives[x.toks[s].lower] || x.toks[s].quote >= 0 {
		return np{}, false
	}
	for k := s + 1; k < hi && k <= s+3; k++ {
		t := x.toks[k]
		if t.kind != tokWord || t.quote >= 0 || t.capitalised() || x.runAt[k] >= 0 {
			return np{}, false
		}
		if !x.lex.has("body", t.lower) {
			continue
		}
		if v := k + 1; v < hi && x.toks[v].kind == tokWord && !isPossessive(x.toks[v]) && !prepositions[x.toks[v].lower] && !x.toks[v].capitalised() {
			return np{from: s, to: k + 1, run: -1, role: t.lower}, true
		}
		return np{}, false
	}
	return np{}, false
}

// participleClauses open the clauses a participle after them goes with:
// clauseOpeners, and as and where.
var participleClauses = func() map[string]bool {
	m := map[string]bool{"as": true, "where": true}
	for w := range clauseOpeners {
		m[w] = true
	}
	return m
}()

var clauseOpeners = map[string]bool{"when": true, "while": true, "whereas": true, "because": true, "although": true, "though": true, "after": true, "before": true, "since": true, "if": true, "unless": true, "but": true}

// opensBeforePast reports whether name run r opens the clause [lo, hi)
// before a verb in the past, and so is its subject even where the article
// gives no fuller name (Trump gestured …, then leaned in and boomed), as
// long as the article also capitalises the name inside a sentence (not
// Friends offered …, a word capitalised only at a sentence start).
func (x *extractor) opensBeforePast(r, lo, hi int) bool {
	run := x.runs[r]
	if run.from != lo || run.to >= hi {
		return false
	}
	if v := x.toks[run.to]; v.kind != tokWord || v.capitalised() || !pastTense(v.lower) {
		return false
	}
	w := x.toks[run.to-1].lower
	for _, other := range x.runs {
		if x.toks[other.to-1].lower == w && !x.opensSentence(other.from) {
			return true
		}
	}
	return false
}

// text returns the article text of tokens [from, to).
func (x *extractor) text(from, to int) string {
	return string(x.runes[x.toks[from].start:x.toks[to-1].end])
}

// windowEnd is the first token at or after i that ends the clause window:
// a sentence end, a paragraph break or another quotation.
func (x *extractor) windowEnd(i int) int {
	for ; i < len(x.toks); i++ {
		if x.isBoundary(i) {
			return i
		}
		if q := x.toks[i].quote; q >= 0 {
			// Bill Eastland, wearing "Ted Cruz" campaign pins, said: a
			// name in quotation marks inside the phrase does not end it.
			if i == x.spanTok[q][0] && x.titleInText(q) {
				i = x.spanTok[q][1]
				continue
			}
			return i
		}
	}
	return i
}

// windowStart is the first token of the clause window that ends before i.
func (x *extractor) windowStart(i int) int {
	for i > 0 {
		if x.isBoundary(i-1) || x.toks[i-1].quote >= 0 {
			return i
		}
		i--
	}
	return 0
}

// phraseStart is where a speaker phrase that ends before token lo, the
// start of a window, may start: lo, or further back when a title in
// quotation marks inside running text ends the window (As Akhil Amar,
// author of "America's Unwritten Constitution," put it, "…").
func (x *extractor) phraseStart(lo int) int {
	if lo > 0 {
		if q := x.toks[lo-1].quote; q >= 0 && x.titleInText(q) {
			return x.windowStart(x.spanTok[q][0])
		}
	}
	return lo
}

// titleInText reports whether quotation span q is a short name or title
// inside running text ("Ted Cruz" campaign pins, author of "America's
// Unwritten Constitution"): closed, looking like a title, after a word.
func (x *extractor) titleInText(q int) bool {
	sp, first := x.spans[q], x.spanTok[q][0]
	if !sp.closed || first == 0 || !looksLikeTitle(string(x.runes[sp.start:sp.end])) {
		return false
	}
	// Trump's reality TV show, "The Apprentice," who …: a title in
	// apposition to a noun.
	if p := x.toks[first-1]; p.text == "," && p.quote < 0 && first > 1 {
		w := x.toks[first-2]
		return w.kind == tokWord && w.quote < 0 && !w.capitalised() && !x.lex.has("cue", w.lower) && !x.lex.has("after", w.lower) && x.modifiedNoun(first-2) &&
			!strings.HasSuffix(w.lower, "ing") // but by interjecting, "Only Rosie O'Donnell."; a hat reading, "…"
	}
	return x.toks[first-1].kind == tokWord
}

var dashes = map[string]bool{",": true, "—": true, "–": true, "-": true, "―": true, "(": true}

// clauseConjunctions open a clause of their own after a quotation.
var clauseConjunctions = map[string]bool{"while": true, "whereas": true, "although": true, "though": true, "because": true}

// cueLine returns the first token of the line after the break at token k
// when a cue in lower case opens it: text with a line per sentence may put
// the attribution on a line of its own ("…." ¶ said Stephen Harper);
// else -1.
func (x *extractor) cueLine(k int) int {
	if k >= len(x.toks) || x.toks[k].kind != tokBreak {
		return -1
	}
	j := k
	for j < len(x.toks) && x.toks[j].kind == tokBreak {
		j++
	}
	if j+1 < len(x.toks) && x.toks[j].kind == tokWord && x.toks[j].quote < 0 && !x.toks[j].capitalised() && x.lex.has("cue", x.toks[j].lower) {
		return j
	}
	return -1
}

// after finds the attribution in the clause after a closing mark:
// "…," Rama said / said Rama / he added / ujarnya / kata Prabowo.
func (x *extractor) after(k int) (attribution, bool) {
	if j := x.cueLine(k); j > 0 {
		k = j
	}
	hi := x.windowEnd(k)
	// "…," she said; "…" - Sanders: punctuation ends the quotation, as
	// it does before an attribution (not the "grass-roots firepower" they
	// need to win).
	setOff := k > 0 && x.toks[k-1].start > 0 && strings.ContainsRune(",.!?-—–", x.runes[x.toks[k-1].start-1])
	for k < hi && x.toks[k].kind == tokPunct && dashes[x.toks[k].text] {
		k++
		setOff = true
	}
	if k+1 < hi && x.toks[k].lower == "as" && x.toks[k].quote < 0 {
		k++ // "…," as Cruz said on Monday
	}
	if k >= hi {
		return attribution{}, false
	}
	// "…," while Maine Sen. Susan Collins suggested …: a clause that a
	// conjunction opens after the quotation says something else.
	if w := x.toks[k].lower; clauseConjunctions[w] && x.toks[k].quote < 0 {
		return attribution{}, false
	}
	// The phrase "tax reform" was uttered once, by Mr. Cruz: a passive
	// verb right after the quotation, its agent after by.
	if passiveAux[x.toks[k].lower] {
		v := k + 1
		for v < hi && adverb(x.toks[v]) {
			v++
		}
		if v < hi && x.toks[v].kind == tokWord && strings.HasSuffix(x.toks[v].lower, "ed") {
			if n, ok := x.agentAfter(v + 1); ok {
				return attribution{cue: phrase{v, v + 1, "cue"}, hasCue: true, speaker: n, hasNP: true}, true
			}
		}
	}
	// A byline after a dash: "…" - Sanders.
	if k > 0 && (x.toks[k-1].text == "-" || x.toks[k-1].text == "—" || x.toks[k-1].text == "–" || x.toks[k-1].text == "―") {
		if n, ok := x.npAfter(k, hi); ok && n.run >= 0 && n.to == hi {
			return attribution{speaker: n, hasNP: true}, true
		}
	}
	// Inverted: said Rama, kata Prabowo, ujarnya.
	if p, ok := x.matchAt(k, hi, "cue", "after", "according"); ok {
		a := attribution{cue: p, hasCue: true}
		if strings.HasSuffix(x.toks[p.to-1].lower, "ing") {
			// "…," telling reporters …: the subject of the sentence.
			if n, ok := x.clauseSubject(x.sentenceStart(k), k); ok {
				a.speaker, a.hasNP = n, true
				return a, true
			}
		}
		// "…," denounced her record: a verb that is no reporting verb
		// takes an object after it, not a speaker (but said her lawyer).
		if p.to < hi && possessivePronouns[x.toks[p.to].lower] && !x.lex.has("indirect", x.text(p.from, p.to)) {
			return attribution{}, false
		}
		if n, ok := x.npAfter(x.skipObject(p.to, hi), hi); ok {
			a.speaker, a.hasNP = n, true
		} else if n, ok := x.npAfter(p.to, hi); ok {
			a.speaker, a.hasNP = n, true
		} else if x.hasSuffix(p.from) {
			a.speaker, a.hasNP = np{from: p.from, to: p.to, run: -1, pron: true}, true
		}
		return a, true
	}
	if t := x.toks[k]; t.kind == tokWord && strings.HasSuffix(t.lower, "nya") {
		if p, ok := x.matchAt(k, k+1, "after", "cue"); ok {
			return attribution{cue: p, hasCue: true, speaker: np{from: k, to: k + 1, run: -1, pron: true}, hasNP: true}, true
		}
	}
	// Any verb in -ed right after the quotation, before a name: "…!"
	// beamed Donald Hartley.
	if t := x.toks[k]; t.kind == tokWord && !t.capitalised() && strings.HasSuffix(t.lower, "ed") && k+1 < hi {
		if n, ok := x.npAfter(k+1, hi); ok && (n.run >= 0 || n.pron) {
			return attribution{cue: phrase{k, k + 1, "cue"}, hasCue: true, speaker: n, hasNP: true}, true
		}
	}
	// A pronoun or name and any verb: "…," she elaborated.
	// But "…," Clinton backers said: the name modifies a group.
	if n, ok := x.npAfter(k, hi); ok && (n.pron || n.run >= 0) && n.to < hi && !(n.run >= 0 && x.groupNounAt(n.to)) {
		if t := x.toks[n.to]; t.kind == tokWord && !t.capitalised() && (strings.HasSuffix(t.lower, "ed") || strings.HasSuffix(t.lower, "s")) && !x.lex.has("skip", t.lower) {
			if n.to+1 >= hi || x.toks[n.to+1].kind == tokPunct || setOff && n.from == k && (n.pron || x.personLike(n.run)) {
				return attribution{cue: phrase{n.to, n.to + 1, "cue"}, hasCue: true, speaker: n, hasNP: true}, true
			}
		}
	}
	// Subject first: Rama said, the prime minister told reporters.
	for c := k + 1; c < hi && c < k+20; c++ {
		p, ok := x.matchAt(c, hi, "cue")
		if !ok {
			continue
		}
		// "…" that would respond to requests from Judicial Watch, Caroline
		// Wolverton wrote: a cue in a relative clause is not the
		// quotation's.
		if b := c - 1; b > k && (relatives[x.toks[b].lower] || x.lex.has("aux", x.toks[b].lower) && b-1 > k && relatives[x.toks[b-1].lower]) {
			continue
		}
		n, ok := x.cueSubject(c, k)
		if !ok {
			n, ok = x.genericNP(k, c)
		}
		if !ok {
			break
		}
		switch {
		case n.pron && x.onlyModifiers(k, n.from):
			// "…" income, he said: the pronoun alone names the speaker.
		case n.lead > 0 && x.onlyModifiers(k, n.from-n.lead):
			n.lead = n.from - k // "…," a spokesman for the bank said
		case x.onlyModifiers(k, n.from):
			n.from = k // White House press secretary Josh Earnest
		case n.run >= 0 && x.organisationList(k, n.to):
			// the Ministry of Trade, Industry and Energy said: one
			// organisation whose name lists its fields.
			n = np{from: k, to: n.to, run: -1, org: true}
		case x.toks[n.from-1].text == "," && (p.to >= hi || x.toks[p.to].kind == tokPunct ||
			n.run >= 0 && x.personLike(n.run) || n.pron):
			// … yet in the glass ceiling, she said in a video message.
			// "…" in comparison to Obama, Gingrich said; "…" would be
			// appropriate, Republican candidate Ben Carson said after …
		case n.run >= 0 && x.personLike(n.run) && x.modifiersAfterComma(k, n.from):
			// "…" that would respond to requests from Judicial Watch,
			// Justice Department senior trial counsel Caroline Lewis
			// Wolverton wrote: titles and roles between the comma and
			// the name.
		default:
			ok = false
		}
		if !ok {
			break
		}
		return attribution{cue: p, hasCue: true, speaker: n, hasNP: true}, true
	}
	// Further on, after a comma: "…" and Clevelanders get nervous, said
	// Christine Link.
	for c := k + 1; c < hi; c++ {
		if x.toks[c-1].text != "," && !dashes[x.toks[c-1].text] {
			continue
		}
		// "extremely careless" in handling the files, as described by
		// FBI Director James Comey: a passive cue, its agent after by.
		if x.toks[c].lower == "as" && c+1 < hi {
			if p, ok := x.matchAt(c+1, hi, "cue"); ok && p.to+1 < hi && x.lex.has("by", x.toks[p.to].lower) {
				if n, ok := x.npAfter(p.to+1, hi); ok && n.run >= 0 {
					return attribution{cue: p, hasCue: true, speaker: n, hasNP: true}, true
				}
			}
		}
		if x.toks[c-1].text != "," {
			continue
		}
		if p, ok := x.matchAt(c, hi, "cue", "after"); ok {
			if x.lex.has("listener", x.text(p.from, p.to)) {
				// "…," an intelligence source, who was not authorized to
				// speak, told Fox News: the name after told is the
				// listener; the phrase that opens the clause speaks.
				if n, ok := x.npBefore(c, k); ok && n.from >= k {
					return attribution{cue: p, hasCue: true, speaker: n, hasNP: true}, true
				}
				if n, ok := x.genericNP(k, c-1); ok {
					return attribution{cue: p, hasCue: true, speaker: n, hasNP: true}, true
				}
				if n, ok := x.npAfter(k, c-1); ok && n.from == k {
					return attribution{cue: p, hasCue: true, speaker: n, hasNP: true}, true
				}
				break
			}
			if n, ok := x.npAfter(p.to, hi); ok && n.run >= 0 && n.from == p.to {
				return attribution{cue: p, hasCue: true, speaker: n, hasNP: true}, true
			}
			// "…," one port worker, who asked not to be named, said: the
			// phrase that opens the clause, before a relative clause set
			// off by commas, speaks.
			if r := x.relativeAside(c, k); r > k && (p.to >= hi || x.toks[p.to].kind == tokPunct || x.adjunctOnly(p.to, hi)) {
				n, ok := x.cueSubject(r, k)
				if !ok || n.from != k {
					n, ok = x.genericNP(k, r)
				}
				if ok && n.from == k && n.to == r {
					return attribution{cue: p, hasCue: true, speaker: n, hasNP: true}, true
				}
			}
		}
		// "…" are not on the same level as Clinton's reaction to the
		// attacks, the candidate said Friday: a subject and its cue that
		// end the sentence after a comma.
		for m := c + 1; m < hi && m <= c+6; m++ {
			p, ok := x.matchAt(m, hi, "cue")
			if !ok {
				continue
			}
			if hi-p.to > 3 || x.lex.has("listener", x.text(p.from, p.to)) {
				break
			}
			n, ok := x.cueSubject(m, c)
			if !ok || n.from != c {
				n, ok = x.genericNP(c, m)
			}
			if ok && n.from == c && n.to == m {
				return attribution{cue: p, hasCue: true, speaker: n, hasNP: true}, true
			}
			break
		}
	}
	return attribution{}, false
}

// genericNP accepts tokens [from, to) as a speaker phrase when they are a
// determiner and up to four lower-case words: the investor, one official.
func (x *extractor) genericNP(from, to int) (np, bool) {
	if to-from < 2 || to-from > 5 || !determiners[x.toks[from].lower] {
		return np{}, false
	}
	for i := from + 1; i < to; i++ {
		t := x.toks[i]
		if t.kind != tokWord || t.quote >= 0 || x.lex.has("pron", t.lower) {
			return np{}, false
		}
	}
	return np{from: from, to: to, run: -1, role: x.toks[to-1].lower}, true
}

// onlyModifiers reports whether the tokens [from, to) before a speaker
// phrase can belong to it: at most eight words and commas, no cue
// (warm-and-fuzzy Trump said; White House press secretary Josh Earnest
// told; the presumptive nominee, Donald Trump, tweeted).
func (x *extractor) onlyModifiers(from, to int) bool {
	if to-from > 8 {
		return false
	}
	for i := from; i < to; i++ {
		t := x.toks[i]
		if t.kind == tokPunct && t.text == "," {
			continue
		}
		if x.roleOf(i) {
			continue // former secretary of state Hillary Clinton
		}
		if t.kind != tokWord || t.quote >= 0 || x.lex.has("cue", t.lower) || x.lex.has("pron", t.lower) ||
			prepositions[t.lower] || whWords[t.lower] || x.lex.has("that", t.lower) || x.lex.has("aux", t.lower) ||
			conjunctions[t.lower] && i == from {
			return false // "…" that Sanders can catch Clinton, said …; "…" and Donald Trump says: a clause
		}
		// A participle is no modifier (…, saying Trump …) unless it
		// qualifies a role noun: presiding judge, acting director.
		if !t.capitalised() && strings.HasSuffix(t.lower, "ing") && !(i+1 < len(x.toks) && x.isRoleWord(i+1)) {
			return false
		}
	}
	return true
}

// modifiersAfterComma reports whether only modifiers (titles, roles, an
// organisation's name) lie between the last comma in (k, to) and to.
func (x *extractor) modifiersAfterComma(k, to int) bool {
	for c := to - 1; c > k; c-- {
		if x.toks[c].text == "," {
			// Justice Department senior trial counsel; not …),
			// endorsed Senator Ted Cruz of Texas, urging.
			return c+1 < to && x.toks[c+1].capitalised() && x.onlyModifiers(c+1, to)
		}
	}
	return false
}

// roleOf reports whether token i is the "of" inside a role in lower case
// (secretary of state, director of communications): after a role word,
// before a lower-case word.
func (x *extractor) roleOf(i int) bool {
	if x.toks[i].lower != "of" || i == 0 || i+1 >= len(x.toks) || !x.isRoleWord(i-1) {
		return false
	}
	n := x.toks[i+1]
	return n.kind == tokWord && n.quote < 0 && !n.capitalised() && !determiners[n.lower] && !possessivePronouns[n.lower]
}

// passiveAux are the auxiliaries of a passive cue (was asked by X).
var passiveAux = map[string]bool{"was": true, "were": true, "is": true, "are": true, "been": true, "being": true, "be": true}

var whWords = map[string]bool{"what": true, "who": true, "which": true, "whom": true, "whose": true, "where": true, "when": true, "yang": true}

// hasSuffix reports whether the cue token at i carries a pronoun clitic
// (ujarnya, katanya).
func (x *extractor) hasSuffix(i int) bool {
	for suf := range x.lex.tags["suffix"] {
		if strings.HasSuffix(x.toks[i].lower, suf) && len(x.toks[i].lower) > len(suf)+2 {
			return true
		}
	}
	return false
}

// skipObject skips the listener after a cue: told reporters, told CNN,
// kepada wartawan.
func (x *extractor) skipObject(i, hi int) int {
	if p, ok := x.matchAt(i, hi, "object"); ok {
		return p.to
	}
	return i
}

// before finds the attribution in the clause before an opening mark:
// Rama said: "…"; according to X, "…"; NATO: "…"; called the move "…".
func (x *extractor) before(openTok int) (attribution, bool) {
	lo := x.windowStart(openTok)
	end := openTok
	// The New York Times reports: ¶ "…": the cue ends the paragraph before
	// (blank lines between).
	if end == lo {
		k := end
		for k > 0 && x.toks[k-1].kind == tokBreak {
			k--
		}
		if k < end && k >= 1 && x.toks[k-1].text == ":" && x.toks[k-1].quote < 0 {
			end = k
			lo = x.windowStart(end - 1)
		}
	}
	if end <= lo {
		return attribution{}, false
	}
	// … a cultish blind faith in Obama's word: ¶ "…": a possessor and a
	// noun for something said right before the colon.
	if end-4 >= lo && x.toks[end-1].text == ":" && (x.lex.has("speech", x.toks[end-2].lower) || x.lex.has("speech", x.toks[end-2].lower+"s")) && isPossessive(x.toks[end-3]) {
		if r := x.personEndingAt(end - 3); r >= 0 {
			return attribution{speaker: np{from: x.runs[r].from, to: end - 3, run: r}, hasNP: true, colon: true}, true
		}
	}
	// A clause that ends in a colon names its speaker first: Rubio fired
	// back: "…".
	if end-1 > lo && (x.toks[end-1].text == ":" || x.toks[end-1].text == "," && x.clauseHasVerb(lo, end-1)) {
		// The clause starts after the last comma or dash: … caucus -
		// HuffPollster: "…".
		c := end - 2
		for c > lo && x.toks[c].text != "," && !x.bylineAt(c) {
			c--
		}
		if x.toks[c].text == "," || x.bylineAt(c) {
			c++
		}
		hasCue := false
		for k := c; k < end-1; k++ {
			if _, ok := x.matchAt(k, end-1, "cue", "according"); ok {
				hasCue = true
			}
		}
		// Bundy says to Santilli on camera, who responds enthusiastically:
		// "…": a relative clause after the comma is the last person's.
		if x.toks[c].lower == "who" && x.toks[end-1].text == ":" && c > lo+1 && x.cueIn(c+1, end-2) {
			for k := c - 2; k > lo && k >= c-5; k-- {
				if r := x.personEndingAt(k + 1); r >= 0 {
					return attribution{speaker: np{from: x.runs[r].from, to: k + 1, run: r}, hasNP: true, colon: true}, true
				}
				if t := x.toks[k]; t.kind != tokWord || t.quote >= 0 {
					break
				}
			}
		}
		n, ok := x.clauseSubject(c, end-1)
		// … overhype - HuffPollster: "…": a name alone is the speaker.
		if r := x.runAt[c]; !ok && r >= 0 && x.runs[r].from == c && x.runs[r].to == end-1 && x.runs[r].coreFrom < x.runs[r].to &&
			x.runs[r].typ != typeLocation && x.toks[end-1].text == ":" {
			n, ok = np{from: c, to: end - 1, run: r}, true
		}
		if ok && n.from <= c+1 && !hasCue {
			a := attribution{speaker: n, hasNP: true}
			for k := n.to; k < end-1; k++ {
				if p, ok := x.matchAt(k, end-1, "cue"); ok {
					a.cue, a.hasCue = p, true
					break
				}
			}
			if !a.hasCue {
				a.colon = true
			}
			return a, true
		}
		// Trump gestured as if to stop the ruckus, then leaned in and
		// boomed: "…": a last clause with no subject of its own has the
		// sentence's.
		if s := x.sentenceStart(end - 1); x.toks[end-1].text == ":" && !hasCue && (!ok || n.from > c+1) && s < c {
			if n, ok := x.clauseSubject(s, c); ok && n.from <= s+1 && (n.run >= 0 || n.pron) && (x.verbIn(c, end-1) || x.verbNext(c)) {
				return attribution{speaker: n, hasNP: true, colon: true}, true
			}
		}
	}
	for c := end - 1; c >= lo; c-- {
		p, ok := x.matchAt(c, end, "cue", "according")
		if !ok {
			continue
		}
		// The longest cue that holds this one: said in a statement.
		for b := c - 1; b >= lo && b >= c-3; b-- {
			if q, ok := x.matchAt(b, end, "cue", "according"); ok && q.to >= p.to {
				p, c = q, b
			}
		}
		// a wake-up call, a phone call: a noun, not a cue.
		if x.nounCue(p, c) {
			continue
		}
		// Isaac Saul tweeted back at Trump, pointing out how ironic it
		// was coming from a candidate who promised mass deportation:
		// "…": before a colon, a cue in a relative clause gives way to
		// an earlier one.
		if x.toks[end-1].text == ":" && c-1 > lo && relatives[x.toks[c-1].lower] && x.cueIn(lo, c-2) {
			continue
		}
		a := attribution{cue: p, hasCue: true}
		// with Lewandowski taking to Twitter to call Fields "…": an
		// infinitive's subject is that of the verb it follows.
		if c-1 > lo && x.toks[c-1].lower == "to" {
			if r := x.infinitiveSubject(lo, c-1); r >= 0 {
				a.speaker, a.hasNP = np{from: x.runs[r].from, to: x.runs[r].to, run: r}, true
				return a, true
			}
		}
		// Priebus was said to be "furious": hearsay about the subject,
		// not its words.
		if c > lo && passiveAux[x.toks[c-1].lower] && p.to < end && x.toks[p.to].lower == "to" {
			return a, true
		}
		// Passive: Rubio was asked by moderator Gerard Baker whether …
		// "…", Prabowo ditanya oleh wartawan …: the speaker follows by.
		if (c > lo && passiveAux[x.toks[c-1].lower] || x.lex.has("passive", x.text(p.from, p.to)) || x.participleOpens(c)) && p.to+1 < end && x.lex.has("by", x.toks[p.to].lower) {
			if n, ok := x.npAfter(p.to+1, end); ok && n.run >= 0 {
				a.speaker, a.hasNP = n, true
				return a, true
			}
		}
		// The investigation is often labeled as a "witch hunt" by …: the
		// subject of a passive cue is what is spoken of; the agent, if
		// any, follows the quotation.
		if x.passiveCue(p) && strings.HasSuffix(x.toks[p.from].lower, "ed") && !x.lex.has("question", x.text(p.from, p.to)) {
			return a, true
		}
		if p.tag == "according" || x.lex.has("according", x.text(p.from, p.to)) {
			if n, ok := x.npAfter(p.to, end); ok {
				a.speaker, a.hasNP = n, true
			} else if x.hasSuffix(p.to - 1) {
				// Menurutnya, …: the pronoun glued to the cue speaks.
				a.speaker, a.hasNP = np{from: p.from, to: p.to, run: -1, pron: true}, true
			}
			return a, true
		}
		while := c > lo && x.lex.has("while", x.toks[c-1].lower)
		participle := strings.HasSuffix(x.toks[c].lower, "ing")
		// KCNA quoted leader Kim Jong Un as saying …: who is quoted.
		if n, ok := x.quotedAs(c, lo); participle && ok {
			a.speaker, a.hasNP = n, true
			return a, true
		}
		// A participle takes the name just before it (with Donald Trump
		// tweeting that …) unless a preposition makes that name an
		// object (a letter to Attorney General Loretta Lynch asking …).
		if participle || while {
			if n, ok := x.npBefore(c, lo); ok && n.run >= 0 && n.to == c && !x.objectOfPreposition(n) && x.runs[n.run].typ != typeOther {
				a.speaker, a.hasNP = n, true
				return a, true
			}
		}
		// Obama did visit, but not until the week after the
		// newspaper's editorial telling him to leave his "…": the
		// participle goes with the last clause before it (when, after,
		// as, where, …).
		if participle {
			// (not … as soon as prayers were finished, Nefzi said,
			// adding: only the clauses after an earlier cue count)
			from := x.sentenceStart(c)
			for k := c - 1; k > from; k-- {
				if _, ok := x.matchAt(k, c, "cue"); ok {
					from = k
					break
				}
			}
			// when Clinton first testified …, and Sen. Ron Johnson kept
			// asking her: the clause that ", and" opens is nearer.
			for k := c - 2; k > from; k-- {
				if t := x.toks[k]; t.quote >= 0 || t.text == "," {
					break
				}
				if x.toks[k].lower == "and" && x.toks[k-1].text == "," {
					if n, ok := x.clauseSubject(k+1, c); ok && n.from == k+1 && n.run >= 0 && x.runs[n.run].typ == typePerson && x.personLike(n.run) {
						a.speaker, a.hasNP = n, true
						return a, true
					}
					break
				}
			}
			if n, ok := x.lastClauseSubjectOf(from, c, participleClauses); ok {
				a.speaker, a.hasNP = n, true
				return a, true
			}
		}
		// Nefzi said, adding, "…"; Lazar said he welcomed it and added,
		// "…"; Stanton wrote a letter … asking: a cue that goes on from an
		// earlier one shares its speaker.
		if participle || c > lo && x.lex.has("and", x.toks[c-1].lower) {
			if n, ok := x.earlierCueSubject(c); ok {
				a.speaker, a.hasNP = n, true
				return a, true
			}
		}
		if participle || while {
			// Else the subject of its clause: Sanders stepped up his
			// attacks, saying "…".
			if n, ok := x.clauseSubject(x.sentenceStart(c), c); ok {
				a.speaker, a.hasNP = n, true
				return a, true
			}
			// His office put out a statement saying …: an organisation
			// of the person a possessive pronoun stands for.
			if s := x.sentenceStart(c); s+1 < c {
				if n, ok := x.npAfter(s, c); ok && (n.ofPerson || n.ofIt) && n.from == s {
					a.speaker, a.hasNP = n, true
					return a, true
				}
				// The company issued a statement on Monday saying …: the
				// organisation that opens the sentence.
				if n, ok := x.bodySubject(s, c); ok {
					a.speaker, a.hasNP = n, true
					return a, true
				}
			}
			// …, calling Donald Trump "a fantasist": the words after the
			// participle are its object, never its speaker.
			if c > lo && x.toks[c-1].text == "," || while {
				return a, true
			}
		}
		// The paradox of Nancy, says Carl Anthony, historian at …, is
		// that she was "…": a cue set off by commas with a name after it
		// is inverted, the name its speaker.
		if c > lo && x.toks[c-1].text == "," && !participle && !x.lex.has("listener", x.toks[c].lower) {
			if n, ok := x.npAfter(p.to, end); ok && n.run >= 0 && n.from == p.to && n.to < end && x.toks[n.to].text == "," {
				a.speaker, a.hasNP = n, true
				return a, true
			}
		}
		// a woman in Worcester, Massachusetts, told him: a place after a
		// preposition is no subject; the noun before it is (not …, filed
		// in Washington, alleged).
		nb, nbOK := x.cueSubject(c, x.phraseStart(lo))
		if k := x.relativeAside(c, lo); !nbOK && k >= 0 {
			// A witness, who did not want to be named, told the Post:
			// the subject before the relative clause set off by commas.
			nb, nbOK = x.cueSubject(k, x.phraseStart(lo))
		}
		// Another intelligence source speaking to Fox News said: whom a
		// participle speaks to is its listener; the speaker comes before.
		if nbOK && nb.run >= 0 && nb.from-2 > lo && (x.toks[nb.from-1].lower == "to" || x.toks[nb.from-1].lower == "with") {
			if v := x.toks[nb.from-2]; strings.HasSuffix(v.lower, "ing") && x.lex.has("cue", v.lower) {
				if n, ok := x.npBefore(nb.from-2, x.phraseStart(lo)); ok {
					nb = n
				}
			}
		}
		placeObject := nbOK && nb.run >= 0 && x.runs[nb.run].typ == typeLocation && x.objectOfPreposition(nb)
		if placeObject {
			if p := nb.from - 1; p-2 >= lo && articles[x.toks[p-2].lower] && x.toks[p-1].kind == tokWord && !x.toks[p-1].capitalised() && x.modifiedNoun(p-1) {
				a.speaker, a.hasNP = np{from: p - 2, to: c, run: -1, role: x.toks[p-1].lower}, true
				return a, true
			}
		}
		if n, ok := x.antecedent(c, lo); ok {
			a.speaker, a.hasNP = n, true
		} else if n := nb; nbOK && !placeObject && (!participle || strings.HasPrefix(x.toks[c].lower, "accord") || x.participleSubject(n)) {
			a.speaker, a.hasNP = n, true
			// Rep. Steve Israel said Clinton called on members to be
			// "closely coordinated": the fragment is within what the
			// outer speaker reports.
			if m, q, ok := x.reporterOf(n.from, lo); ok {
				a.speaker, a.cue = m, q
			}
		} else if n, ok := x.clauseSubject(x.mainClause(x.sentenceStart(c), c), c); ok {
			// When asked whom she supported, Ms. Sherry smiled and said:
			// the subject of the main clause, not the pronoun before it.
			a.speaker, a.hasNP = n, true
		} else if n, ok := x.clauseSubject(x.sentenceStart(c), c); ok {
			a.speaker, a.hasNP = n, true
		} else if n, ok := x.npAfter(x.skipObject(p.to, end), end); ok && (!participle || strings.HasPrefix(x.toks[c].lower, "accord")) && !x.lex.has("listener", x.toks[c].lower) &&
			!(n.to < end && x.toks[n.to].kind == tokWord && (x.lex.has("aux", x.toks[n.to].lower) || prepositions[x.toks[n.to].lower] && x.toks[n.to].lower != "of")) {
			// but said the city should set up a "…": a subject with its
			// verb opens what is said (thanked Obama for "…": an object
			// before a preposition is none; told the Post: a listener).
			a.speaker, a.hasNP = n, true
		} else if x.hasSuffix(p.from) {
			a.speaker, a.hasNP = np{from: p.from, to: p.to, run: -1, pron: true}, true
		}
		return a, true
	}
	// Headline style: NATO: "…" at the start of a paragraph.
	if x.toks[end-1].text == ":" && (lo == 0 || x.toks[lo-1].kind == tokBreak) {
		if n, ok := x.npBefore(end-1, lo); ok && n.from == lo && !n.pron {
			return attribution{speaker: n, hasNP: true, colon: true}, true
		}
	}
	return attribution{}, false
}

// quotedAs returns the person quoted in "quoted X as" right before the
// cue at c (The agency quoted leader Kim Jong Un as saying; Reuters cited
// a police officer as saying).
func (x *extractor) quotedAs(c, lo int) (np, bool) {
	if c-3 < lo || x.toks[c-1].lower != "as" {
		return np{}, false
	}
	for k := c - 3; k >= lo && k >= c-10; k-- {
		t := x.toks[k]
		if t.quote >= 0 || t.kind != tokWord {
			return np{}, false
		}
		if x.lex.has("quotes", t.lower) {
			if n, ok := x.npAfter(k+1, c-1); ok && n.to == c-1 {
				return n, true
			}
			return np{}, false
		}
	}
	return np{}, false
}

// relativeAside returns the comma that opens a relative clause set off by
// commas right before the cue at c (A witness, who lives nearby, told),
// or -1.
func (x *extractor) relativeAside(c, lo int) int {
	if c-1 <= lo || x.toks[c-1].text != "," {
		return -1
	}
	for k := c - 2; k > lo && k >= c-15; k-- {
		t := x.toks[k]
		if t.quote >= 0 || t.kind == tokBreak || x.isBoundary(k) {
			return -1
		}
		if t.text == "," {
			if opensRelative(x.toks[k+1]) {
				return k
			}
			return -1
		}
	}
	return -1
}

// dateline reports whether name run r is a place in capitals that opens
// a paragraph before a dash, a comma or a bracket: NEW YORK - …, JAKARTA
// (AP) —.
func (x *extractor) dateline(r int) bool {
	run := x.runs[r]
	if run.from > 0 && x.toks[run.from-1].kind != tokBreak || run.to >= len(x.toks) {
		return false
	}
	for i := run.from; i < run.to; i++ {
		if strings.ToUpper(x.toks[i].text) != x.toks[i].text {
			return false
		}
	}
	return dashes[x.toks[run.to].text]
}

// antecedent returns the noun phrase a relative pronoun just before the
// cue at token c stands for: Sen. Marco Rubio of Florida, who mused …;
// the Associated Press report, which notes; a message that said.
func (x *extractor) antecedent(c, lo int) (np, bool) {
	j := x.fillerStart(c, lo) - 1
	if j <= lo || !relatives[x.toks[j].lower] || x.toks[j].quote >= 0 {
		return np{}, false
	}
	if x.toks[j-1].text == "," {
		j--
	}
	if x.toks[j-1].text == ")" {
		return np{}, false // a sign at an exit in Corona (…), which read: too far to tell
	}
	n, ok := x.npBefore(j, lo)
	if !ok || n.pron || n.run < 0 && n.role == "" {
		return np{}, false
	}
	// Scott Reed, the Chamber's chief political strategist, who added:
	// the person the role phrase stands in apposition to.
	if p, ok := x.personBeforeApposition(n.from); ok && n.run < 0 {
		return p, true
	}
	return n, true
}

// personBeforeApposition returns the person named just before a comma
// that ends at token i-1, when the words from i describe that person:
// Edward Leamer, an economist who …; Scott Reed, the Chamber's strategist.
func (x *extractor) personBeforeApposition(i int) (np, bool) {
	if i >= 1 && determiners[x.toks[i-1].lower] {
		i-- // the Chamber's strategist: the phrase starts at its article
	}
	if i < 2 || x.toks[i-1].text != "," {
		return np{}, false
	}
	r := x.personEndingAt(i - 1)
	if r < 0 {
		return np{}, false
	}
	return np{from: x.runs[r].from, to: x.runs[r].to, run: r}, true
}

// personEndingAt returns the run of a person's name that ends right
// before token k (Nate Silver, …; Obama's word), or -1.
func (x *extractor) personEndingAt(k int) int {
	if k < 1 {
		return -1
	}
	r := x.runAt[k-1]
	if r < 0 || x.runs[r].to != k || x.runs[r].typ != typePerson || !x.personLike(r) {
		return -1
	}
	return r
}

// opensRelative reports whether token t, outside quotations, is a relative
// pronoun that opens only a relative clause (which, who, yang), not that,
// which also opens what is said.
func opensRelative(t token) bool { return t.quote < 0 && relatives[t.lower] && t.lower != "that" }

// relatives are the relative pronouns that open a clause about the noun
// before them.
var relatives = map[string]bool{"who": true, "which": true, "that": true, "yang": true}

// earlierCueSubject returns the speaker of the nearest cue before token c
// in its sentence when a name or a personal pronoun is its subject, right
// before it: Nefzi said, adding; he said … and added.
func (x *extractor) earlierCueSubject(c int) (np, bool) {
	lo := x.sentenceStart(c)
	for k := c - 1; k > lo; k-- {
		if x.toks[k].quote >= 0 {
			continue
		}
		if _, ok := x.matchAt(k, c, "cue"); !ok {
			continue
		}
		if isPossessive(x.toks[k-1]) || determiners[x.toks[k-1].lower] {
			continue // discounted Pyongyang's claims: a noun, not a cue
		}
		// The subject may stand before an adverb: the League strongly
		// denounced …
		v := x.fillerStart(k, lo)
		n, ok := x.npBefore(k, lo)
		// (… a top GOP strategist said …, saying: a role too)
		if ok && (n.to == k || n.to == v) && (n.run >= 0 && x.runs[n.run].typ != typeLocation && !x.objectOfPreposition(n) || n.pron || n.org || n.run < 0 && x.lex.has("role", n.role)) {
			return n, true
		}
		return np{}, false
	}
	return np{}, false
}

// objectOfPreposition reports whether the phrase n follows a preposition
// other than with and as (experts at the Aspen Institute warned; a letter
// to Loretta Lynch asking), so it is not the subject of the verb after it.
func (x *extractor) objectOfPreposition(n np) bool {
	if n.from == 0 {
		return false
	}
	w := x.toks[n.from-1].lower
	return prepositions[w] && w != "with" && w != "as"
}

// startsStatement reports whether the quotation opening at token i stands
// as a statement of its own (direct) rather than a fragment inside a
// sentence (partial): it opens a paragraph or follows a colon, a comma or a
// sentence end.
func (x *extractor) startsStatement(i int) bool {
	if i == 0 {
		return true
	}
	p := x.toks[i-1]
	if p.kind == tokBreak {
		return true
	}
	if p.quote >= 0 {
		return true
	}
	if p.kind == tokPunct {
		switch p.text {
		case ":", ".", "!", "?", ",", ";", "—", "–", "(":
			return true
		}
	}
	return false
}

// fragmentAfterComma reports whether span si, after a comma, is a
// fragment that the sentence goes on from (For Prime Minister Edi Rama,
// “incontrovertible evidence” proves …): it opens in lower case, holds
// no punctuation at its end, and a lower-case word other than a cue
// follows it.
func (x *extractor) fragmentAfterComma(si int) bool {
	openTok, closeTok := x.spanTok[si][0], x.spanTok[si][1]
	if openTok < 1 || closeTok < 0 || closeTok+1 >= len(x.toks) || x.toks[openTok-1].text != "," {
		return false
	}
	first, last := openTok+1, x.beforeClosingMarks(closeTok)
	if first > last || last < 0 || x.toks[first].kind != tokWord || x.toks[first].capitalised() || x.toks[last].kind != tokWord {
		return false
	}
	next := x.toks[closeTok+1]
	return next.kind == tokWord && !next.capitalised() && next.quote < 0 && !x.lex.has("cue", next.lower) && !x.lex.has("after", next.lower)
}

// looksLikeTitle reports whether a quoted text reads as a title or name
// rather than speech: a few words, the significant ones capitalised, no
// sentence punctuation.
func looksLikeTitle(s string) bool {
	s = strings.TrimRight(s, ".,") // "Rush Hour." (American punctuation)
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 8 {
		return false
	}
	if strings.ContainsAny(s, ".!?,;") {
		return false
	}
	caps := 0
	for _, w := range words {
		r := []rune(w)
		if unicode.IsUpper(r[0]) || unicode.IsDigit(r[0]) {
			caps++
		} else if len(r) > 3 {
			return false
		}
	}
	return caps*2 > len(words)
}

// clauseSubject returns the first person, organisation or pronoun in
// tokens [lo, hi) that can be a subject: the subject of the clause in most
// news sentences. A name with a possessive and an organisation noun is an
// organisation (Iran's foreign ministry); a place on its own (In Columbia,
// …) and the object of a preposition are passed over.
func (x *extractor) clauseSubject(lo, hi int) (np, bool) {
	n, ok := x.clauseSubjectPhrase(lo, hi)
	// Schilling's son, Grant, defended his father, saying: a role
	// subject with a person in apposition is that person.
	if ok && n.run < 0 && n.role != "" && !n.pron && n.to > 0 && x.isRoleWord(n.to-1) {
		if r := x.appositionPerson(n.to); r >= 0 && x.runs[r].to < hi {
			return np{from: n.from, to: x.runs[r].to, run: r}, true
		}
	}
	// Ryanair CEO, Michael O'Leary, justified …, saying: a name that
	// ends in a title, with a person's full name in apposition after it,
	// is that person's title.
	if ok && n.run >= 0 && n.to == x.runs[n.run].to && n.to < hi && x.lex.has("title", x.toks[n.to-1].text) {
		if r := x.appositionPerson(n.to); r == x.runAt[n.to+1] && r >= 0 && x.runs[r].full() && x.runs[r].to < hi && x.toks[x.runs[r].to].text == "," {
			return np{from: n.from, to: x.runs[r].to, run: r}, true
		}
	}
	return n, ok
}

// clauseSubjectPhrase is clauseSubject before an apposition is looked at.
func (x *extractor) clauseSubjectPhrase(lo, hi int) (np, bool) {
	// A Clinton campaign official later walked back …, saying: an
	// indefinite role subject names nobody, whatever name modifies it.
	if lo < hi && indefinites[x.toks[lo].lower] && x.toks[lo].quote < 0 {
		// … said Edward Leamer, an economist who is …, "…": an
		// apposition to the person before it.
		if p, ok := x.personBeforeApposition(lo); ok {
			return p, true
		}
		// One early supporter, Representative Lee Zeldin, …: the person in
		// apposition at comma c, set off by a comma after it too.
		apposed := func(c int) (np, bool) {
			if r := x.appositionPerson(c); r >= 0 && x.runs[r].to < hi && x.toks[x.runs[r].to].text == "," {
				return np{from: lo, to: x.runs[r].to, run: r}, true
			}
			return np{}, false
		}
		for k := lo + 1; k < hi && k < lo+5; k++ {
			t := x.toks[k]
			if n, ok := apposed(k); ok {
				return n, true
			}
			if t.kind != tokWord || t.quote >= 0 || x.lex.has("cue", t.lower) || prepositions[t.lower] {
				break
			}
			if r := x.runAt[k]; r >= 0 && x.runs[r].typ == typePerson && x.runs[r].full() {
				break // a jubilant Donald Trump
			}
			if x.isRoleWord(k) && !x.lex.has("body", t.lower) {
				// (one early supporter, Lee Zeldin,: clauseSubject
				// takes the person in apposition after the role)
				return np{from: lo, to: k + 1, run: -1, role: t.lower}, true
			}
		}
	}
	// Nuclear proliferation experts have discounted Pyongyang's claims,
	// but speculated that it might boost its "explosive yield": a bare
	// plural subject names nobody, and the names after its verb are
	// objects (but Voters cheered Hillary Clinton's promise of "…": the
	// words are the promise's).
	for k := lo; k < hi && k < lo+4; k++ {
		if from, ok := x.bareGroup(k, lo); ok && from == lo && x.verbAfterGroup(k+1, hi) && !x.speechNounIn(k+1, hi) {
			return np{from: lo, to: k + 1, run: -1, role: x.toks[k].lower}, true
		}
	}
	// The senator from Vermont said …: a role subject, also after an
	// opening phrase (In a brief order Tuesday, the judge directed …).
	start := lo
	if lo < hi && prepositions[x.toks[lo].lower] {
		for k := lo + 1; k < hi && k < lo+8; k++ {
			if t := x.toks[k]; t.text == "," && k+1 < hi {
				start = k + 1
				break
			} else if t.kind != tokWord || t.quote >= 0 {
				break
			}
		}
	}
	if start < hi && definite[x.toks[start].lower] && !demonstratives[x.toks[start].lower] {
		// After an opening phrase, a name ends the search: On Thursday,
		// the Wyoming Republican Party announced ….
		opened, lo := start > lo, start
		for k := lo + 1; k < hi && k < lo+4; k++ {
			if r := x.runAt[k]; r >= 0 && (x.runs[r].typ == typePerson || opened && x.runs[r].typ == typeOrg) {
				break
			}
			if x.isRoleWord(k) && !x.lex.has("body", x.toks[k].lower) {
				return np{from: lo, to: k + 1, run: -1, role: x.toks[k].lower}, true
			}
		}
	}
	// In addition, a fundraising email sent out by Sanders warned: a
	// text subject whose author is named with it.
	if start < hi && articles[x.toks[start].lower] {
		for k := start + 1; k < hi && k < start+4; k++ {
			t := x.toks[k]
			if t.kind != tokWord || t.quote >= 0 || t.capitalised() {
				break
			}
			if x.lex.has("thing", t.lower) {
				if _, r := x.namedWith(k); r >= 0 && x.cueIn(k+1, hi) {
					return np{from: start, to: k + 1, run: -1, role: t.lower}, true
				}
				break
			}
		}
	}
	for i := lo; i < hi; i++ {
		t := x.toks[i]
		if t.quote >= 0 {
			continue
		}
		if t.text == "(" { // Washington (AFP) – …
			for i < hi && x.toks[i].text != ")" {
				i++
			}
			continue
		}
		// I had to spend the weekend figuring out how to attack a friend
		// without saying, "…": outside quotation marks, "I" is the
		// writer (but not in the aside of Trump said, and I quote, "…").
		if x.lex.has("pron", t.lower) && (personPronouns[t.lower] || t.text == "I" && !(i+1 < hi && x.toks[i+1].lower == "quote")) {
			return np{from: i, to: i + 1, run: -1, pron: true}, true
		}
		// his promise to be "neutral", her own admission: a possessive
		// pronoun before a speech noun names who spoke.
		if (t.lower == "his" || t.lower == "her") && t.kind == tokWord {
			for k := i + 1; k < hi && k <= i+3; k++ {
				u := x.toks[k]
				if u.kind != tokWord || u.quote >= 0 || u.capitalised() {
					break
				}
				if x.lex.has("speech", u.lower) && k >= hi-5 {
					return np{from: i, to: i + 1, run: -1, pron: true}, true
				}
			}
		}
		// On Saturday, his campaign sent out an email: a possessive
		// pronoun before a body that opens the clause names whose voice
		// it is.
		if (t.lower == "his" || t.lower == "her") && i == start && i+1 < hi && x.toks[i+1].kind == tokWord && x.lex.has("body", x.toks[i+1].lower) {
			return np{from: i, to: i + 2, run: -1, role: x.toks[i+1].lower, ofPerson: true}, true
		}
		// His critics in the United States, many of them Catholics,
		// argue that …: a possessive pronoun before a plural noun for
		// people opens a group subject that names nobody.
		if possessivePronouns[t.lower] && i == start && t.kind == tokWord {
			for k := i + 1; k < hi && k <= i+3; k++ {
				if x.groupNounAt(k) {
					return np{from: i, to: k + 1, run: -1, role: x.toks[k].lower}, true
				}
				if u := x.toks[k]; u.kind != tokWord || u.quote >= 0 || u.capitalised() || !x.modifiedNoun(k) || finiteForm(u.lower) {
					break
				}
			}
		}
		// pernyataan Prabowo bahwa "…": a speech noun and its speaker.
		if x.lex.has("speech", t.lower) && i+1 < hi {
			if r := x.runAt[i+1]; r >= 0 && x.runs[r].typ == typePerson && x.runs[r].from == i+1 && x.personLike(r) {
				return np{from: i + 1, to: x.runs[r].to, run: r}, true
			}
		}
		r := x.runAt[i]
		if r < 0 || x.runs[r].typ == typeOther {
			continue
		}
		run := x.runs[r]
		i = run.to - 1
		// Campaign chair Paul Manafort dismissed …: an organisation and a
		// role before a person's full name modify it.
		if run.typ != typePerson && run.to < hi && x.runAt[run.to] < 0 && x.toks[run.to].kind == tokWord && !x.toks[run.to].capitalised() {
			if p := x.possessedPerson(run.to, hi); p >= 0 {
				return np{from: run.from, to: x.runs[p].to, run: p}, true
			}
		}
		if run.to+1 < hi && isPossessive(x.toks[run.to]) {
			k := run.to + 1
			// Germany's Chancellor Angela Merkel: the person after the
			// possessive.
			if p := x.possessedPerson(k, hi); p >= 0 {
				return np{from: run.from, to: x.runs[p].to, run: p}, true
			}
			for k < hi && k < run.to+4 && x.toks[k].kind == tokWord && !x.toks[k].capitalised() && !x.isRoleWord(k) {
				k++
			}
			if k < hi && x.isRoleWord(k) {
				// Mr. Trump's campaign chairman, Paul Manafort: the last
				// of the role words heads the phrase.
				for k+1 < hi && x.toks[k+1].kind == tokWord && !x.toks[k+1].capitalised() && x.toks[k+1].quote < 0 && x.isRoleWord(k+1) {
					k++
				}
				// Santilli's attorney, Thomas Coan, argued: the person in
				// apposition.
				if k+2 < hi && x.toks[k+1].text == "," {
					if p := x.runAt[k+2]; p >= 0 && x.runs[p].from == k+2 && x.runs[p].typ == typePerson && x.runs[p].full() &&
						x.runs[p].to < hi && x.toks[x.runs[p].to].text == "," {
						return np{from: run.from, to: x.runs[p].to, run: p}, true
					}
				}
				return np{from: run.from, to: k + 1, run: -1, role: x.toks[k].lower, org: x.lex.has("body", x.toks[k].lower)}, true
			}
			// Trump's recent assertion that "thousands" …: the words are
			// the possessor's.
			if run.typ == typePerson {
				for m := run.to + 1; m < hi && m <= k; m++ {
					// but In response to Trump's comments in Maine,
					// Andanar released …: a phrase before a comma is not
					// the clause the quotation is in (a relative clause
					// is: Mr. Trump's remarks, which have included …).
					if x.lex.has("speech", x.toks[m].lower) && !x.commaClause(m, hi) {
						return np{from: run.from, to: run.to, run: r}, true
					}
				}
			}
			if run.typ != typePerson {
				continue
			}
		}
		// The Trump campaign on Tuesday responded: a name that opens the
		// clause and modifies an organisation; the organisation is the
		// subject.
		if (run.from == start || run.from == start+1 && definite[x.toks[start].lower] && !demonstratives[x.toks[start].lower]) && x.modifiesBody(run, hi) {
			return x.bodyPhrase(run, lo), true
		}
		// Sanders supporters are crying "fraud"; Clinton economic
		// advisers like Gene Sperling counter that "…": a name before a
		// noun for several people modifies it; the group is the subject
		// when it opens the clause, and names nobody. (A pronoun after
		// it may still stand for the name: his campaign → Sanders.)
		if k, ok := x.groupModified(r, hi); ok && !x.byPronoun {
			if run.from == start {
				return np{from: run.from, to: k + 1, run: -1, role: x.toks[k].lower}, true
			}
			continue
		}
		if run.typ == typeLocation && !x.placeSubject(r, lo) || !x.subjectLike(r) || run.typ == typePerson && !x.personLike(r) && !x.speakerNear(r) && !x.opensBeforePast(r, lo, hi) {
			continue
		}
		if run.from > lo && x.objectOfPreposition(np{from: run.from}) {
			continue // demonstrators marched through Center City, chanting
		}
		// The book accuses Bob of treating them like "…": a person after
		// the verb of a text or a body is its object; the text speaks
		// (for its author).
		if n, ok := x.commonSubject(start, run.from); ok && (x.lex.has("thing", n.role) || x.lex.has("body", n.role)) {
			return n, true
		}
		if x.dateline(r) {
			continue // NEW YORK - Donald Trump tweeted …
		}
		// …, the BLM group is calling on: the same after an opening
		// phrase.
		if x.modifiesBody(run, hi) {
			return x.bodyPhrase(run, lo), true
		}
		return np{from: run.from, to: run.to, run: r}, true
	}
	return np{}, false
}

// groupModified reports whether person run r, before hi, modifies a
// plural noun for people, maybe after one or two other lower-case words
// (Sanders supporters, Clinton economic advisers), and where that noun is.
func (x *extractor) groupModified(r, hi int) (int, bool) {
	run := x.runs[r]
	if run.typ != typePerson {
		return 0, false
	}
	for k := run.to; k < hi && k < run.to+3; k++ {
		t := x.toks[k]
		if t.kind != tokWord || t.quote >= 0 || t.capitalised() || x.runAt[k] >= 0 {
			return 0, false
		}
		if x.groupNounAt(k) {
			return k, true
		}
		if !x.modifiedNoun(k) || finiteForm(t.lower) || strings.HasSuffix(t.lower, "ly") {
			return 0, false
		}
	}
	return 0, false
}

// groupNounAt reports whether token k is a lower-case plural noun for
// people (supporters, aides, advisers).
func (x *extractor) groupNounAt(k int) bool {
	t := x.toks[k]
	if t.kind != tokWord || t.quote >= 0 || t.capitalised() {
		return false
	}
	sing := strings.TrimSuffix(t.lower, "s")
	return sing != t.lower && (x.lex.has("crowd", t.lower) || x.lex.has("role", sing) || x.lex.has("generic", t.lower))
}

// possessedPerson returns the person run that starts at token k, after a
// possessive, when it is a titled or full name (Germany's Chancellor
// Angela Merkel, Rubio's campaign manager Rich Beeson), or -1. One
// lower-case word may come first, or a few that end in a role.
func (x *extractor) possessedPerson(k, hi int) int {
	role := false
	for m := k; m < hi && m < k+5; m++ {
		if r := x.runAt[m]; r >= 0 {
			run := x.runs[r]
			if run.from == m && run.typ == typePerson && run.coreFrom < run.to && run.fullOrTitled() && run.to <= hi && (role || m <= k+1) {
				return r
			}
			return -1
		}
		// Rubio's deputy campaign manager, Rich Beeson; Clinton's
		// introducer, actress Jamie Lee Curtis: the person in
		// apposition, after a role or with one.
		t := x.toks[m]
		if t.text == "," && m > k {
			a := m + 1
			for a < hi && a < m+4 && x.toks[a].kind == tokWord && !x.toks[a].capitalised() && x.isRoleWord(a) {
				a++
			}
			if a >= hi || !role && a == m+1 {
				return -1
			}
			if r := x.runAt[a]; r >= 0 {
				if run := x.runs[r]; run.from == a && run.typ == typePerson && run.full() && run.to <= hi {
					return r
				}
			}
			return -1
		}
		// Reagan's former education secretary William J. Bennett: any
		// lower-case words, the last of them a role.
		if t.kind != tokWord || t.quote >= 0 || t.capitalised() && !x.isRoleWord(m) || x.lex.has("cue", t.lower) {
			return -1
		}
		role = x.isRoleWord(m)
	}
	return -1
}

// cueEndsSentence returns the named speaker of the sentence just before
// token i when that sentence ends with the speaker and a cue: …, digital
// consultant Phil Musser says. (The inverted …, kata Ujang Komarudin. is
// reported speech, which the quotation after it continues.)
func (x *extractor) cueEndsSentence(i int) (np, bool) {
	k := i - 1
	if k < 1 || x.toks[k].text != "." || x.toks[k].quote >= 0 {
		return np{}, false
	}
	lo := x.sentenceStart(k)
	p, ok := x.matchEnding(k-1, lo, "cue")
	if !ok || p.from <= lo {
		return np{}, false
	}
	n, ok := x.npBefore(p.from, lo)
	if !ok || n.run < 0 || x.runs[n.run].typ != typePerson || n.to != p.from {
		return np{}, false
	}
	return n, true
}

// bareCueSentence reports whether the tokens from k are a sentence that
// holds only a speaker and a cue ("….” Trump said.): after a full stop
// inside the marks, such a sentence still attributes the quotation.
func (x *extractor) bareCueSentence(k int) bool {
	hi := x.windowEnd(k)
	if hi >= len(x.toks) || x.toks[hi].text != "." {
		return false
	}
	n, ok := x.npAfter(k, hi)
	if !ok || n.run < 0 && !n.pron || n.to >= hi {
		return false
	}
	p, ok := x.matchAt(n.to, hi, "cue")
	return ok && p.to == hi
}

// placeSubject reports whether the place of run r is the subject of the
// clause that starts at token lo: it opens the clause (after an article at
// most) and a lower-case word, its verb, follows (Iran condemned …, The
// United States backed …, AS mendukung …). A place after a preposition or
// before a comma (In Columbia, …) is none.
func (x *extractor) placeSubject(r, lo int) bool {
	run := x.runs[r]
	if run.from != lo && !(run.from == lo+1 && determiners[x.toks[lo].lower]) {
		return false
	}
	if run.to >= len(x.toks) {
		return false
	}
	t := x.toks[run.to]
	if t.kind != tokWord || t.quote >= 0 || t.capitalised() || prepositions[t.lower] || conjunctions[t.lower] || isPossessive(t) {
		return false
	}
	// The word must read as a verb, not as a noun the place modifies (The
	// U.S. media, the Florida senator): a past tense, a speech verb, an
	// Indonesian verb prefix, or a present -s right after a bare name.
	w := t.lower
	switch {
	case strings.HasSuffix(w, "ed"), x.lex.has("cue", w), x.lex.has("indirect", w):
		return true
	case x.doc.Source.Language == "id":
		return strings.HasPrefix(w, "me") || strings.HasPrefix(w, "ber") || strings.HasPrefix(w, "di") || strings.HasPrefix(w, "ter")
	}
	return run.from == lo && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// titlePosition reports whether the quotation opening at token i stands
// where a title does: after an article, a preposition or a possessive
// (on "Saturday Night Live", the "Balkan Summit", ABC's "This Week").
func (x *extractor) titlePosition(i int) bool {
	if i == 0 {
		return false
	}
	p := x.toks[i-1]
	return determiners[p.lower] || prepositions[p.lower] || isPossessive(p)
}

// sentenceStart is the first token of the sentence that holds token i,
// quotations included.
func (x *extractor) sentenceStart(i int) int {
	for i > 0 && !x.isBoundary(i-1) && !x.endsQuotedSentence(i-1) {
		i--
	}
	return i
}

// sentenceEnd is the token that ends the sentence holding token i: its
// boundary, the closing mark of a quoted sentence, or len(x.toks).
func (x *extractor) sentenceEnd(i int) int {
	for i < len(x.toks) && !x.isBoundary(i) && !x.endsQuotedSentence(i) {
		i++
	}
	return i
}

// nextSentence is the first token of the sentence after the one holding
// token i, past paragraph breaks; len(x.toks) or more at the end.
func (x *extractor) nextSentence(i int) int {
	end := x.sentenceEnd(i)
	for end+1 < len(x.toks) && x.toks[end+1].kind == tokBreak {
		end++
	}
	return end + 1
}

// endsQuotedSentence reports whether token i is a closing quotation mark
// after a full stop, question or exclamation mark: "We reject it." A paper …
func (x *extractor) endsQuotedSentence(i int) bool {
	t := x.toks[i]
	if t.quote < 0 || t.kind != tokPunct || x.spanTok[t.quote][1] != i {
		return false
	}
	k := x.beforeClosingMarks(i)
	if k < 0 {
		return false
	}
	switch x.toks[k].text {
	case ".", "?", "!":
		return true
	}
	return false
}

// beforeClosingMarks returns the last token inside the quotation that
// closes at token closeTok before its closing marks (a mark written as
// two apostrophes is two tokens), or -1 when the quotation holds nothing
// else.
func (x *extractor) beforeClosingMarks(closeTok int) int {
	q := x.toks[closeTok].quote
	k := closeTok - 1
	for k >= 0 && x.toks[k].quote == q && x.toks[k].kind == tokPunct && isQuoteMark([]rune(x.toks[k].text)[0]) {
		k--
	}
	if k < 0 || x.toks[k].quote != q {
		return -1
	}
	return k
}

// fillerStart returns where the adverbs and filler words (Trump also
// said, the League strongly denounced) that end just before token end
// begin, never before token lo+1 and never at a relative pronoun or a
// capitalised word; end itself when there are none.
func (x *extractor) fillerStart(end, lo int) int {
	for end-1 > lo && !x.toks[end-1].capitalised() && !relatives[x.toks[end-1].lower] &&
		(adverb(x.toks[end-1]) || x.lex.has("skip", x.toks[end-1].lower)) {
		end--
	}
	return end
}

// opensSentence reports whether token i starts a sentence or a paragraph.
func (x *extractor) opensSentence(i int) bool {
	return i == 0 || x.isBoundary(i-1)
}

// speakerNear reports whether name run r is directly followed by a cue
// (Kaine responded), which makes even a lone word a speaker.
func (x *extractor) speakerNear(r int) bool {
	to := x.runs[r].to
	for to < len(x.toks) && x.lex.has("skip", x.toks[to].lower) {
		to++
	}
	_, ok := x.matchAt(to, len(x.toks), "cue", "indirect")
	return ok
}

// clauseHasVerb reports whether the clause before a comma ending at end
// (from its last comma or lo) is a subject with a lower-case predicate:
// Hillary shot back, "…" (but not: In Washington, "…").
func (x *extractor) clauseHasVerb(lo, end int) bool {
	if end <= lo {
		return false // a comma that opens the text closes no clause
	}
	c := end - 1
	for c > lo && x.toks[c].text != "," {
		c--
	}
	if x.toks[c].text == "," {
		c++
	}
	n, ok := x.clauseSubject(c, end)
	if !ok || n.from > c+1 || n.to >= end {
		return false
	}
	for k := n.to; k < end; k++ {
		if t := x.toks[k]; t.kind == tokWord && !t.capitalised() && !prepositions[t.lower] {
			return true
		}
	}
	return false
}

// bylineAt reports whether token i is a dash that introduces a byline
// after a quotation ("…." ― Carla Sanchez).
func (x *extractor) bylineAt(i int) bool {
	if i >= len(x.toks) {
		return false
	}
	switch x.toks[i].text {
	case "―", "—", "–", "-":
		return true
	}
	return false
}

// bylineBelow finds a byline in the paragraph after a quotation that ends
// its own: "…" ¶ - Sanders. ¶ or ¶ —President Obama, tweeting after … .
func (x *extractor) bylineBelow(k int) (attribution, bool) {
	if k < len(x.toks) && x.toks[k].kind != tokBreak {
		return attribution{}, false
	}
	k = x.firstToken(k, len(x.toks))
	if k+1 >= len(x.toks) || !x.bylineAt(k) {
		return attribution{}, false
	}
	hi := x.windowEnd(k + 1)
	for c := k + 1; c < hi; c++ {
		if x.toks[c].text == "," {
			hi = c
			break
		}
	}
	if n, ok := x.npAfter(k+1, hi); ok && n.run >= 0 && n.to == hi {
		return attribution{speaker: n, hasNP: true}, true
	}
	return attribution{}, false
}

// crowdInClause finds a noun for unnamed people together (the crowd,
// protesters, massa) as a subject in the clause before token i, after its
// last clause boundary (a comma before and or but, a semicolon, the
// sentence start), with no person named after it. A subject is followed
// by its verb (the crowd loudly reprised); urges voters in …, a crowd in
// Georgia are objects.
func (x *extractor) crowdInClause(i int) (np, bool) {
	lo := x.sentenceStart(i)
	for k := i - 1; k > lo; k-- {
		if t := x.toks[k]; t.quote < 0 && (t.text == ";" || conjunctions[t.lower] && x.toks[k-1].text == ",") {
			lo = k + 1
			break
		}
	}
	for k := i - 1; k >= lo; k-- {
		t := x.toks[k]
		if t.quote >= 0 || t.kind != tokWord {
			continue
		}
		if r := x.runAt[k]; r >= 0 && x.runs[r].typ == typePerson {
			return np{}, false // a person nearer the quote
		}
		if x.lex.has("crowd", t.lower) && x.verbAfter(k+1, i) {
			return np{from: k, to: k + 1, run: -1, role: t.lower}, true
		}
	}
	return np{}, false
}

// finiteForm reports whether the lower-case word w reads as a verb in the
// past or the present (reprised, chants; not less).
func finiteForm(w string) bool {
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// verbAfter reports whether a past or present verb (reprised, chants),
// maybe after an adverb, starts at token k, before hi.
func (x *extractor) verbAfter(k, hi int) bool {
	for ; k < hi; k++ {
		t := x.toks[k]
		if t.kind != tokWord || t.quote >= 0 || t.capitalised() {
			return false
		}
		if adverb(t) {
			continue // loudly
		}
		return finiteForm(t.lower)
	}
	return false
}

// verbAfterGroup reports whether a finite verb starts at token k, after
// auxiliaries and adverbs: a speech verb (note, say) or any verb in -ed
// (have similarly discounted).
func (x *extractor) verbAfterGroup(k, hi int) bool {
	for end := min(hi, k+5); k < end; k++ {
		t := x.toks[k]
		if t.kind != tokWord || t.quote >= 0 || t.capitalised() {
			return false
		}
		if _, ok := x.matchAt(k, hi, "cue"); ok || strings.HasSuffix(t.lower, "ed") {
			return true
		}
		if !x.lex.has("aux", t.lower) && !x.lex.has("skip", t.lower) && !adverb(t) {
			return false
		}
	}
	return false
}

// subjectAfterFronted finds the subject of the main clause when a fragment
// lies in a phrase that opens its sentence before a comma (In an address
// that spoke to the "frustration" over …, Mrs. Clinton struck …; After
// bickering over whether the other is "qualified," Clinton ripped into
// Sanders): the name right after that comma, before a verb.
func (x *extractor) subjectAfterFronted(openTok, closeTok int) (np, bool) {
	st := x.sentenceStart(openTok)
	if w := x.toks[st].lower; !prepositions[w] && !clauseOpeners[w] {
		return np{}, false
	}
	for c := closeTok + 1; c < len(x.toks) && c < closeTok+30; c++ {
		t := x.toks[c]
		if x.isBoundary(c) || t.quote >= 0 && c > closeTok+1 {
			return np{}, false
		}
		if t.text != "," {
			continue
		}
		k := c + 1
		if k < len(x.toks) && articles[x.toks[k].lower] {
			k++
		}
		r := -1
		if k < len(x.toks) {
			r = x.runAt[k]
		}
		if r >= 0 && x.runs[r].from == k {
			if g, ok := x.groupModified(r, len(x.toks)); ok {
				return np{from: c + 1, to: g + 1, run: -1, role: x.toks[g].lower}, true // Clinton supporters think
			}
		}
		if r < 0 || x.runs[r].from != k || x.runs[r].typ == typeLocation || x.runs[r].typ == typeOther ||
			x.runs[r].typ == typePerson && !x.personLike(r) || !x.verbNext(x.runs[r].to) {
			return np{}, false
		}
		return np{from: c + 1, to: x.runs[r].to, run: r}, true
	}
	return np{}, false
}

// verbNext reports whether token k, or the one after an adverb or a time
// word, reads as a verb: a lower-case word that is no preposition,
// conjunction, article or possessive (struck, ripped, has).
func (x *extractor) verbNext(k int) bool {
	for ; k < len(x.toks); k++ {
		t := x.toks[k]
		if t.kind != tokWord || t.quote >= 0 || isPossessive(t) {
			return false
		}
		if t.lower == "on" && k+1 < len(x.toks) && x.lex.has("weekday", x.toks[k+1].lower) {
			k++
			continue // Clinton on Monday ripped into
		}
		if t.capitalised() {
			return false
		}
		if adverb(t) || x.lex.has("time", t.lower) {
			continue // also, recently
		}
		return !prepositions[t.lower] && !conjunctions[t.lower] && !determiners[t.lower] && !whWords[t.lower] && !x.lex.has("pron", t.lower)
	}
	return false
}

// whichAntecedent finds the subject of a fragment in a relative clause
// that ", which" opens before it: the organisation just before the comma
// (He was profiled in the Daily Beast, which ran an article naming him
// the "angry populist enforcer" → the Daily Beast), or nobody for a thing
// (He held up the sign — which read "Hispanics 4 Trump").
func (x *extractor) whichAntecedent(lo, hi int) (np, bool) {
	k := -1
	for i := hi - 1; i > lo; i-- {
		if t := x.toks[i]; t.quote < 0 && t.lower == "which" {
			k = i
			break
		}
	}
	if k < 0 || k-1 <= lo || !dashes[x.toks[k-1].text] || x.toks[k-1].text == "(" {
		return np{}, false
	}
	// Only the clause's own verb and its object before the fragment: no
	// other clause opens between.
	for i := k + 1; i < hi; i++ {
		if t := x.toks[i]; t.quote < 0 && (t.text == "," || dashes[t.text] || relatives[t.lower] || clauseOpeners[t.lower]) {
			return np{}, false
		}
	}
	b := k - 2
	if r := x.runAt[b]; r >= 0 && x.runs[r].to == b+1 && (x.runs[r].typ == typeOrg ||
		x.runs[r].typ == typePerson && x.runs[r].from > 0 && articles[x.toks[x.runs[r].from-1].lower] && !x.personLike(r)) {
		return np{from: x.runs[r].from, to: b + 1, run: r}, true
	}
	if t := x.toks[b]; t.kind == tokWord && !t.capitalised() && x.lex.has("thing", t.lower) {
		return np{from: k, to: k + 1, run: -1, role: "which"}, true
	}
	return np{}, false
}

// speechNounIn reports whether tokens [lo, hi) hold a noun for something
// said (promise, remarks) that runs on to hi: Clinton's promise of "…"
// but not Pyongyang's claims, saying "…", where a comma ends the phrase.
func (x *extractor) speechNounIn(lo, hi int) bool {
	found := false
	for i := lo; i < hi; i++ {
		if x.toks[i].quote < 0 && x.lex.has("speech", x.toks[i].lower) {
			found = true
		} else if x.toks[i].text == "," {
			found = false
		}
	}
	return found
}

// frontedParticiple reports whether the cue at token c is a participle
// that opens its sentence, alone or after a conjunction (Acknowledging
// that …, But while denouncing …) or a preposition of manner (In
// declaring …, By calling …).
func (x *extractor) frontedParticiple(c int) bool {
	if !strings.HasSuffix(x.toks[c].lower, "ing") {
		return false
	}
	for k := x.sentenceStart(c); k < c; k++ {
		t := x.toks[k]
		if k == c-1 && (t.lower == "in" || t.lower == "by") {
			continue
		}
		if t.kind != tokWord || !conjunctions[t.lower] && !x.subordinator(t) {
			return false
		}
	}
	return true
}

// subordinator reports whether word t opens a subordinate clause (lexicon
// tag sub, written capitalised there), wherever it stands in the sentence.
func (x *extractor) subordinator(t token) bool {
	return x.lex.has("sub", t.text) || x.lex.has("sub", strings.ToUpper(t.text[:1])+t.text[1:])
}

// mainSubjectAfter returns the subject of the main clause after a fronted
// participle phrase whose quotation closes at token closeTok: the noun
// phrase right after the comma that ends the phrase (…,” Will urged; …
// audiences, she hasn't outlined), skipping a sentence adverb (though).
func (x *extractor) mainSubjectAfter(k, closeTok int) (np, bool) {
	comma := closeTok > 0 && x.toks[closeTok-1].text == ","
	hi := k
	for hi < len(x.toks) && hi < k+40 && !x.isBoundary(hi) {
		hi++
	}
	for ; k < hi; k++ {
		t := x.toks[k]
		if t.quote >= 0 {
			return np{}, false // another quotation comes first
		}
		if t.text == "," {
			comma = true
			continue
		}
		if !comma {
			continue
		}
		if x.lex.has("skip", t.lower) || adverb(t) || t.lower == "though" || t.lower == "however" {
			continue
		}
		n, ok := x.npAfter(k, hi)
		if !ok || n.run < 0 && !n.pron && (n.role == "" || !x.isRoleWord(n.to-1)) || n.run >= 0 && x.runs[n.run].typ == typeLocation {
			return np{}, false
		}
		return n, true
	}
	return np{}, false
}

// nounCue reports whether the cue p at token c is a noun after an article
// and at most one modifier (a wake-up call, a phone call): no speech.
func (x *extractor) nounCue(p phrase, c int) bool {
	if p.to != c+1 {
		return false
	}
	// in states with more diverse electorates: a cue word right after a
	// preposition is a noun (but by saying, to call; after an article or
	// a possessive matchAt finds no cue at all).
	if w := x.toks[c].lower; c > 0 && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ed") {
		if u := x.toks[c-1]; u.kind == tokWord && u.quote < 0 && prepositions[u.lower] && u.lower != "to" && u.lower != "as" && u.lower != "so" {
			return true
		}
	}
	if x.toks[c].lower != "call" {
		return false
	}
	for k := c - 1; k >= 0 && k >= c-2; k-- {
		t := x.toks[k]
		if articles[t.lower] {
			return true
		}
		if t.kind != tokWord || t.capitalised() || x.lex.has("pron", t.lower) || t.lower == "to" {
			return false
		}
	}
	return false
}

// participleOpens reports whether the cue at token c is a past participle
// that opens its clause, and so is passive: Asked by Thrush if …, As
// reported by Western Journalism, ….
func (x *extractor) participleOpens(c int) bool {
	if !strings.HasSuffix(x.toks[c].lower, "ed") {
		return false
	}
	s := x.sentenceStart(c)
	return c == s || c == s+1 && x.toks[s].lower == "as"
}

// participleSubject reports whether noun phrase n, right before a
// participle cue, may be who speaks: a pronoun, a person's or an
// organisation's name, or a definite role (the senator saying); not what
// the clause's verb acts on (released a statement Wednesday saying, blasted
// out an email to supporters stating).
func (x *extractor) participleSubject(n np) bool {
	switch {
	case n.pron:
		return true
	case n.run >= 0:
		return x.runs[n.run].typ == typePerson || x.runs[n.run].typ == typeOrg
	case n.role != "":
		return !indefinites[x.toks[n.from].lower] && !x.lex.has("thing", n.role) && x.isRoleWord(n.to-1)
	}
	return false
}

// passiveCue reports whether cue p is passive: after a form of be, with
// adverbs between (is often labeled).
func (x *extractor) passiveCue(p phrase) bool {
	for k := p.from - 1; k >= 0 && k >= p.from-3; k-- {
		t := x.toks[k]
		if passiveAux[t.lower] {
			return true
		}
		if t.kind != tokWord || !adverb(t) && !x.lex.has("skip", t.lower) && t.lower != "often" && t.lower != "never" && t.lower != "not" {
			return false
		}
	}
	return false
}

// agentAfter returns the agent of a passive verb: the name or noun phrase
// after by within a few words from token k (once, by Mr. Cruz).
func (x *extractor) agentAfter(k int) (np, bool) {
	hi := x.windowEnd(k)
	for j := k; j < hi && j < k+4; j++ {
		t := x.toks[j]
		if t.quote >= 0 {
			return np{}, false
		}
		if x.lex.has("by", t.lower) {
			if r := x.nameAfter(j); r >= 0 && x.runs[r].from < hi {
				return x.npAfter(j+1, hi)
			}
			return np{}, false
		}
		if t.kind == tokWord && !adverb(t) && t.lower != "once" && t.lower != "twice" {
			return np{}, false
		}
	}
	return np{}, false
}

// cueIn reports whether a speech cue starts in tokens [from, hi], hi
// included: the clause's own cue may end it.
func (x *extractor) cueIn(from, hi int) bool {
	end := min(len(x.toks), hi+4)
	for k := from; k <= hi && k < end; k++ {
		if x.toks[k].quote < 0 {
			if _, ok := x.matchAt(k, end, "cue"); ok {
				return true
			}
		}
	}
	return false
}

// verbIn reports whether tokens [from, to) hold a lower-case word in -ed or
// -s: a clause with a verb (then leaned in and boomed).
func (x *extractor) verbIn(from, to int) bool {
	for k := from; k < to; k++ {
		t := x.toks[k]
		if t.kind != tokWord || t.capitalised() || t.quote >= 0 {
			continue
		}
		if finiteForm(t.lower) {
			return true
		}
	}
	return false
}

// outerSource finds the outlet or document that reports the whole sentence
// of a quotation closing at token closeTok, in a last clause of its own:
// "…," Sanders said, according to CNN; Trump said he was "happy to see"
// Khan elected, according to The New York Times; … was "doing the right
// thing," CNN reported. News credits such words to whoever reports them,
// not to the speaker inside (PolNeAR annotates the outer source).
func (x *extractor) outerSource(openTok, closeTok int) (attribution, bool) {
	// According to CNN, Sanders said "…": the same, opening the sentence.
	if st := x.sentenceStart(openTok); st < openTok {
		if p, ok := x.matchAt(st, openTok, "according"); ok && p.from == st {
			c := p.to
			for c < openTok && c < p.to+10 && x.toks[c].text != "," {
				c++
			}
			if n, ok := x.npAfter(p.to, c); ok && n.to == c && c < openTok && x.toks[c].text == "," {
				return attribution{cue: p, hasCue: true, speaker: n, hasNP: true}, true
			}
		}
	}
	e := closeTok + 1
	for e < len(x.toks) && !x.isBoundary(e) {
		e++
	}
	// The last clause starts after the last comma outside quotation
	// marks, or after the quotation when it closes on a comma ("…," the
	// Harbor Times reported).
	c := e - 1
	for c > closeTok && !(x.toks[c].text == "," && x.toks[c].quote < 0) {
		c--
	}
	k := x.beforeClosingMarks(closeTok)
	if c == closeTok && (k < 0 || x.toks[k].text != ",") || c+1 >= e {
		return attribution{}, false
	}
	// "…," reported the Washington Examiner.: the report cue, then the
	// reporter, ends the sentence.
	if p, ok := x.matchAt(c+1, e, "report"); ok {
		if n, ok := x.npAfter(p.to, e); ok && n.to == e && (n.run >= 0 && x.runs[n.run].typ != typeLocation || n.org) {
			return attribution{cue: p, hasCue: true, speaker: n, hasNP: true}, true
		}
	}
	if p, ok := x.matchAt(c+1, e, "according"); ok {
		// according to his book, its website: the speaker's own text.
		if n, ok := x.npAfter(p.to, e); ok && !possessivePronouns[x.toks[n.from].lower] {
			return attribution{cue: p, hasCue: true, speaker: n, hasNP: true}, true
		}
		return attribution{}, false
	}
	for v := c + 2; v < e; v++ {
		p, ok := x.matchAt(v, e, "report")
		if !ok {
			continue
		}
		if n, ok := x.npBefore(v, c+1); ok && (n.from == c+1 || n.from == c+2 && determiners[x.toks[c+1].lower]) && (n.run >= 0 || n.org) && (p.to >= e || x.adjunctOnly(p.to, e)) {
			return attribution{cue: p, hasCue: true, speaker: n, hasNP: true}, true
		}
		break
	}
	return attribution{}, false
}

// reporterOf returns the speaker and the cue of a cue whose reported
// clause opens at token from, the subject of that clause: Mr. Ross said
// (that) Mr. Obama had told …; nothing when the words before from are no
// cue.
func (x *extractor) reporterOf(from, lo int) (np, phrase, bool) {
	j := from - 1
	tag := "indirect"
	if j >= lo && x.lex.has("that", x.toks[j].lower) {
		j--
		tag = "cue" // When Maddow pointed out that Sanders refers to it as
	}
	if j < lo || x.toks[j].quote >= 0 {
		return np{}, phrase{}, false
	}
	p, ok := x.matchEnding(j, lo, tag)
	if !ok || strings.HasSuffix(x.toks[p.from].lower, "ing") {
		return np{}, phrase{}, false
	}
	m, ok := x.npBefore(p.from, lo)
	if !ok || !(m.run >= 0 || m.pron || m.org || m.role != "") {
		return np{}, phrase{}, false
	}
	return m, p, true
}

// commaClause reports whether a comma outside quotations between tokens
// from and to starts a new clause, one not opened by a relative pronoun.
func (x *extractor) commaClause(from, to int) bool {
	for i := from; i < to; i++ {
		if x.toks[i].text == "," && x.toks[i].quote < 0 && !(i+1 < to && relatives[x.toks[i+1].lower]) {
			return true
		}
	}
	return false
}

// organisationList reports whether tokens [from, to) are one organisation's
// name that lists its fields with commas and "and" (the Ministry of Trade,
// Industry and Energy): an organisation name first, then only capitalised
// words, commas, of and and.
func (x *extractor) organisationList(from, to int) bool {
	if from < to && determiners[x.toks[from].lower] {
		from++
	}
	r := x.runAt[from]
	if r < 0 || x.runs[r].from != from || x.runs[r].typ != typeOrg || x.runs[r].to >= to || x.toks[x.runs[r].to].text != "," {
		return false
	}
	for i := x.runs[r].to; i < to; i++ {
		t := x.toks[i]
		if t.quote >= 0 || !(t.text == "," || t.lower == "and" || t.lower == "of" || t.capitalised()) {
			return false
		}
	}
	return x.toks[to-1].capitalised()
}

// namedPerson reports whether speaker phrase n is a person's name.
func (x *extractor) namedPerson(n np) bool {
	return n.run >= 0 && x.runs[n.run].typ == typePerson && !n.org
}

// modifiesBody reports whether the name run is followed, before token hi,
// by a body noun it modifies, not a possessive (the Trump campaign; not
// the Trump campaign's manager).
func (x *extractor) modifiesBody(run nameRun, hi int) bool {
	b := run.to
	if b >= hi || run.typ == typeLocation {
		return false
	}
	t := x.toks[b]
	if t.kind != tokWord || t.quote >= 0 || t.capitalised() || !x.lex.has("body", t.lower) {
		return false
	}
	// but Sanders campaign manager Jeff Weaver, Clinton campaign
	// officials: the noun heads no phrase when a role, a group or a
	// name follows it.
	if n := b + 1; n < len(x.toks) {
		u := x.toks[n]
		if isPossessive(u) || x.runAt[n] >= 0 {
			return false
		}
		if sing := strings.TrimSuffix(u.lower, "s"); u.kind == tokWord && (x.isRoleWord(n) || x.lex.has("generic", u.lower) || x.lex.has("generic", sing) || x.lex.has("role", sing) || x.lex.has("crowd", u.lower)) {
			return false
		}
	}
	return true
}

// bodyPhrase is the organisation that name run and the body noun after it
// stand for, with the article before them from lo on: the Trump campaign.
func (x *extractor) bodyPhrase(run nameRun, lo int) np {
	from := run.from
	if from > lo && definite[x.toks[from-1].lower] && !demonstratives[x.toks[from-1].lower] {
		from--
	}
	return np{from: from, to: run.to + 1, run: -1, org: true}
}

// commaCloses reports whether quotation s, closing at token closeTok, ends
// with a comma inside or right after its closing mark ("…," she said).
func (x *extractor) commaCloses(s qspan, closeTok int) bool {
	if s.end < len(x.runes) && x.runes[s.end] == ',' {
		return true
	}
	return closeTok+1 < len(x.toks) && x.toks[closeTok+1].text == ","
}

// infinitiveSubject returns the person named right before a verb in -ing
// or -ed that comes, within a few words, before the "to" at token to
// (Lewandowski taking to Twitter to call), in the same clause; else -1.
func (x *extractor) infinitiveSubject(lo, to int) int {
	for k := to - 1; k > lo && k >= to-5; k-- {
		t := x.toks[k]
		if t.kind != tokWord || t.quote >= 0 {
			return -1
		}
		if t.capitalised() || !strings.HasSuffix(t.lower, "ing") && !strings.HasSuffix(t.lower, "ed") {
			continue
		}
		// (with Lewandowski taking: the subject of an absolute phrase)
		if r := x.personEndingAt(k); r >= 0 && !isPossessive(x.toks[k]) {
			return r
		}
		return -1
	}
	return -1
}

// participleAfter reports whether a comma and a participle in -ing follow
// at token e (Comey cannot say that "…," Lewandowski added, saying …): the
// attribution ends its clause as if it ended the sentence.
func (x *extractor) participleAfter(e int) bool {
	if e+1 >= len(x.toks) || x.toks[e].text != "," {
		return false
	}
	t := x.toks[e+1]
	return t.kind == tokWord && t.quote < 0 && !t.capitalised() && strings.HasSuffix(t.lower, "ing")
}

// invertedAside reports whether attribution a puts its cue before a named
// person and an apposition after (…," said Drew Heiserman, a steering
// committee member …): the speaker of the sentence, however long the aside.
func (x *extractor) invertedAside(a attribution) bool {
	e := x.attributionEnd(a)
	return a.cue.from < a.speaker.from && x.namedPerson(a.speaker) && e < len(x.toks) && x.toks[e].text == ","
}

// attributionEnd returns the token after the last one of attribution a.
func (x *extractor) attributionEnd(a attribution) int {
	end := a.speaker.to
	if a.hasCue && a.cue.to > end {
		end = a.cue.to
	}
	return end
}

// inversionEndsSentence returns the attribution after the last comma of
// the sentence that holds token closeTok, when it takes the rest of the
// sentence, an apposition aside, and no other quotation comes between
// (…, said Nargis Kassenova, an expert at KIMEP University.).
func (x *extractor) inversionEndsSentence(closeTok int) (attribution, bool) {
	var commas []int
	k := closeTok + 1
	for ; k < len(x.toks) && !x.isBoundary(k); k++ {
		t := x.toks[k]
		if t.quote >= 0 {
			return attribution{}, false
		}
		if t.text == "," {
			commas = append(commas, k)
		}
	}
	if k >= len(x.toks) || x.toks[k].kind == tokBreak {
		return attribution{}, false
	}
	for c := len(commas) - 1; c >= 0; c-- {
		b, ok := x.after(commas[c])
		if !ok || !b.hasNP || !b.hasCue {
			continue
		}
		if e := x.attributionEnd(b); e == k || x.toks[e].text == "," {
			return b, true
		}
	}
	return attribution{}, false
}

// commonSubject returns the subject that opens the clause at token lo when
// it is a determiner and nouns in lower case followed by a verb before
// token at (The book accuses, The board saw, its campaign protested).
func (x *extractor) commonSubject(lo, at int) (np, bool) {
	if lo >= at || !determiners[x.toks[lo].lower] || x.toks[lo].quote >= 0 {
		return np{}, false
	}
	k := lo + 1
	for k < at && k < lo+5 {
		t := x.toks[k]
		if t.kind != tokWord || t.quote >= 0 || t.capitalised() {
			return np{}, false
		}
		if k > lo+1 && (finiteForm(t.lower) || x.lex.has("aux", t.lower)) {
			n := np{from: lo, to: k, run: -1, role: x.toks[k-1].lower}
			body, det := x.lex.has("body", n.role), x.toks[lo].lower
			n.ofPerson = body && (det == "his" || det == "her") // his campaign protested
			n.ofIt = body && (det == "its" || det == "their")
			return n, true
		}
		k++
	}
	return np{}, false
}

// setOffParticiple reports whether cue p is a participle in -ed that a
// comma or a dash sets off, adverbs aside (the investigation, often
// labeled as a "witch hunt" by Democrats): passive, like was labeled.
func (x *extractor) setOffParticiple(p phrase) bool {
	if !strings.HasSuffix(x.toks[p.from].lower, "ed") {
		return false
	}
	for k := p.from - 1; k >= 0 && k >= p.from-3; k-- {
		t := x.toks[k]
		if t.text == "," || dashes[t.text] {
			return true
		}
		if t.kind != tokWord || !adverb(t) && t.lower != "often" && t.lower != "never" {
			return false
		}
	}
	return false
}
