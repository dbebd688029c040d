package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Entity types of a speaker or mention.
const (
	typePerson   = "person"
	typeOrg      = "organization"
	typeLocation = "location"
	typeOther    = "other"
)

// nameRun is a run of capitalised words outside quotation marks: a name
// with the title words before it (Prime Minister Edi Rama). core is the
// name without titles (Edi Rama); coreFrom is its first token.
type nameRun struct {
	from, to int // tokens [from, to)
	coreFrom int
	typ      string
}

// isNameWord reports whether toks[i] can be part of a name.
func isNameWord(toks []token, i int, lex *lexicon) bool {
	t := toks[i]
	if t.kind != tokWord || t.quote >= 0 {
		return false
	}
	if isPossessive(t) {
		return false
	}
	if hyphenModifier(t, lex) {
		return false
	}
	return t.capitalised()
}

// hyphenModifier reports whether t is a capitalised word with a
// participle or a modifier word after its hyphen (al Qaeda-linked,
// Kremlin-backed, Obama-era, South Korean-born): a modifier, not a name.
// The syllables of a given name are not (Park Sung-ho, Moon Jae-in).
func hyphenModifier(t token, lex *lexicon) bool {
	k := strings.LastIndexByte(t.text, '-')
	if k <= 0 || k+2 >= len(t.text) || !t.capitalised() {
		return false
	}
	tail := t.text[k+1:]
	return isLowerWord(tail) && (len(tail) >= 4 && strings.HasSuffix(tail, "ed") || lex.has("hyphen", tail))
}

// isLowerWord reports whether s is made of lower-case letters only.
func isLowerWord(s string) bool {
	for _, r := range s {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return s != ""
}

// particleName reports whether token i is a surname with a lower-case
// particle joined by a hyphen (al-Awlaki, el-Sisi, bin-Talal): it goes on
// the name before it (Anwar al-Awlaki).
func particleName(toks []token, i int, lex *lexicon) bool {
	t := toks[i]
	if t.kind != tokWord || t.quote >= 0 || isPossessive(t) {
		return false
	}
	k := strings.IndexByte(t.text, '-')
	if k <= 0 || k+1 >= len(t.text) || !lex.has("conn", t.text[:k]) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.text[k+1:])
	return unicode.IsUpper(r)
}

// lowerCaseWords returns the words the text writes in lower case.
func lowerCaseWords(toks []token) map[string]bool {
	out := map[string]bool{}
	for _, t := range toks {
		if t.kind == tokWord && !t.capitalised() {
			out[t.lower] = true
		}
	}
	return out
}

// nameRuns finds the name runs of the text, given the words it writes in
// lower case (lowerCaseWords). A stop word (The, But, Monday) never starts
// a run; a lower-case connector (of, bin, van) joins two capitalised parts.
func nameRuns(toks []token, lex *lexicon, lowerWords map[string]bool) []nameRun {
	var out []nameRun
	titleCase := titleCaseLines(toks)
	// Words the text writes with a capital inside a sentence, outside
	// headlines: names, or words of names.
	inText := map[string]bool{}
	for i, t := range toks {
		if t.kind == tokWord && t.capitalised() && !titleCase[i] && !lineOrSentenceStart(toks, i) {
			inText[t.lower] = true
		}
	}
	for i := 0; i < len(toks); {
		if titleCase[i] {
			// Trump Praises Reporter Matthew Boyle …: in a headline,
			// a name is only made of the words the text also writes as
			// a name (Boyle said), and first names next to them.
			j := i
			attested := false
			for j < len(toks) && titleCase[j] && isNameWord(toks, j, lex) && !lowerWords[toks[j].lower] && !lex.has("stop", toks[j].text) &&
				(inText[toks[j].lower] || lex.firstName(toks[j].lower)) {
				attested = attested || inText[toks[j].lower] && !lex.firstName(toks[j].lower)
				j++
			}
			if attested && j-i >= 2 {
				out = append(out, classifyRun(toks, i, j, lex))
				i = j
				continue
			}
			i = max(j, i+1)
			continue
		}
		if !isNameWord(toks, i, lex) || lex.has("stop", toks[i].text) || sentenceAdverb(toks, i, lex) {
			i++
			continue
		}
		// Allies say …, Donors said …: a noun for unnamed people that
		// opens a sentence is capitalised, not a name.
		if lex.has("crowd", toks[i].lower) && lineOrSentenceStart(toks, i) && (i+1 >= len(toks) || !isNameWord(toks, i+1, lex)) {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) {
			// Theresa May: after a first name, a stop word that is also a
			// surname (a month) is part of the name, unless a day follows.
			surname := lex.firstName(toks[j-1].lower) && (j+1 >= len(toks) || !startsWithDigit(toks[j+1]))
			// Trevor Noah Says …, Chuck Grassley Compares Trump …: in a
			// headline, a cue in -s after a name of two words ends it.
			if j-i >= 2 && toks[j].capitalised() && strings.HasSuffix(toks[j].lower, "s") && lex.has("cue", toks[j].lower) {
				break
			}
			if isNameWord(toks, j, lex) && (!lex.has("stop", toks[j].text) || surname && months[toks[j].text]) || particleName(toks, j, lex) {
				j++
				continue
			}
			// Procter & Gamble, Echo Point Books & Media: an ampersand
			// set off by spaces between capitalised words joins one
			// organisation's name (R&D is no name).
			if toks[j].text == "&" && j+1 < len(toks) && toks[j-1].end < toks[j].start && toks[j].end < toks[j+1].start &&
				isNameWord(toks, j+1, lex) && !lex.has("stop", toks[j+1].text) {
				j += 2
				continue
			}
			// Organisasi Kerja Sama dan Pembangunan Ekonomi: a conjunction
			// inside the name of an organisation that opens with an
			// organisation word, when no other organisation, title or
			// acronym follows it (not Kementerian Keuangan dan Bank
			// Indonesia).
			if toks[j].kind == tokWord && lex.has("organd", toks[j].lower) && !toks[j].capitalised() && lex.has("org", toks[i].text) &&
				j+1 < len(toks) && isNameWord(toks, j+1, lex) && !lex.has("stop", toks[j+1].text) && !lex.has("org", toks[j+1].text) &&
				!lex.has("title", toks[j+1].text) && !isAcronym(toks[j+1].text) && !lex.has("loc", toks[j+1].text) {
				j += 2
				continue
			}
			// Charles de Gaulle, Ursula von der Leyen, Juan de la Cruz:
			// one connector or a few before the next word of the name.
			k := j
			for k < len(toks) && k < j+3 && toks[k].kind == tokWord && lex.has("conn", toks[k].lower) && !toks[k].capitalised() {
				k++
			}
			if k > j && k < len(toks) && isNameWord(toks, k, lex) && !lex.has("stop", toks[k].text) {
				j = k + 1
				continue
			}
			break
		}
		// Los Angeles-based attorney Edgar Martirosyan: the words before
		// a modifier with a hyphen belong to it.
		if j < len(toks) && hyphenModifier(toks[j], lex) {
			i = j + 1
			continue
		}
		// John McCain of Arizona, David Woodard of Clemson University:
		// the place or the organisation is not part of the name, when
		// the name before "of" opens with a first name.
		affiliation := false
		for k := i + 1; k+1 < j; k++ {
			if toks[k].lower != "of" {
				continue
			}
			// But the Republican Party of Wyoming, the University of
			// Texas: an organisation's name holds its place.
			if head := classifyRun(toks, i, k, lex); lex.has("loc", joinTokens(toks, k+1, j)) && head.typ != typeOrg || personOf(head, toks, i, k, j, lex) {
				out = append(out, head)
				i = k + 1 // the place is a run of its own
				affiliation = true
				break
			}
		}
		r := classifyRun(toks, i, j, lex)
		if affiliation && r.typ == typePerson {
			// of Breitbart California: where a person is from or works
			// is a place or a body, never another person.
			r.typ = typeOrg
		}
		out = append(out, r)
		i = j
	}
	// A capitalised common word (Nuclear, Walking) is no name when the text
	// also writes it in lower case and never inside a longer name.
	long := map[string]bool{}
	for _, r := range out {
		if r.typ == typePerson && r.full() {
			for i := r.coreFrom; i < r.to; i++ {
				long[toks[i].lower] = true
			}
		}
	}
	for k, r := range out {
		if w := toks[r.from].lower; r.to == r.from+1 && r.typ == typePerson && lowerWords[w] && !long[w] {
			out[k].typ, out[k].coreFrom = typeOther, r.to
		}
	}
	// a program called Sandy Hook Promise, a company called Cambridge
	// Analytica: a name given to a thing is no person's (but a resident
	// named Caroline is one; a noun for a kind of organisation counts
	// even when it also names a role).
	for k, r := range out {
		if r.typ != typePerson || r.coreFrom != r.from || r.from < 2 {
			continue
		}
		v, noun := toks[r.from-1], toks[r.from-2]
		if (v.lower == "called" || v.lower == "named" || v.lower == "dubbed") && noun.kind == tokWord && !noun.capitalised() &&
			(lex.has("kind", noun.lower) || !lex.has("role", noun.lower) && !lex.has("role", strings.TrimSuffix(noun.lower, "s"))) && !lex.has("pron", noun.lower) &&
			(lex.has("thing", noun.lower) || lex.has("body", noun.lower) || noun.lower == "program" || noun.lower == "project" || noun.lower == "initiative") {
			out[k].typ = typeOrg
		}
	}
	// A name that takes a capitalised The inside a sentence is a title
	// of a paper, a company or a band, no person's (editors of The
	// Advocate, The Hill reported): so is the same name anywhere else.
	withThe := map[string]bool{}
	for _, r := range out {
		if r.typ == typePerson && r.coreFrom == r.from && r.from > 0 && r.from > 1 && toks[r.from-1].text == "The" && toks[r.from-2].kind == tokWord {
			withThe[joinTokens(toks, r.from, r.to)] = true
		}
	}
	for k, r := range out {
		if r.typ == typePerson && r.coreFrom == r.from && withThe[joinTokens(toks, r.from, r.to)] {
			out[k].typ = typeOrg
		}
	}
	// The advocacy group Autism Speaks; Judicial Watch, a conservative
	// watchdog group,: a name that a noun for a body stands right before
	// or heads the apposition after is an organisation's (but not the
	// group Donald Trump addressed: a known first name opens a person's;
	// nor Jeff Weaver, a campaign aide: the last noun heads the phrase).
	// So is the same name anywhere else.
	bodyNamed := map[string]bool{}
	for _, r := range out {
		if r.typ != typePerson || r.coreFrom != r.from || r.to-r.from < 2 || lex.firstName(toks[r.from].lower) {
			continue
		}
		if b := r.from - 1; b >= 1 && toks[b].kind == tokWord && !toks[b].capitalised() && toks[b].quote < 0 && lex.has("body", toks[b].lower) {
			bodyNamed[joinTokens(toks, r.from, r.to)] = true
			continue
		}
		// Black Lives Matter, which …; Black Lives Matter issued a
		// statement saying it …: "which" and "it" stand for no person.
		if r.to+1 < len(toks) && toks[r.to].text == "," && toks[r.to+1].lower == "which" {
			bodyNamed[joinTokens(toks, r.from, r.to)] = true
			continue
		}
		if itSpeaks(toks, r.to, lex) && !(r.from > 0 && lex.has("role", toks[r.from-1].lower)) {
			bodyNamed[joinTokens(toks, r.from, r.to)] = true
			continue
		}
		if r.to+2 >= len(toks) || toks[r.to].text != "," || !articles[toks[r.to+1].lower] {
			continue
		}
		for k := r.to + 2; k < len(toks) && k <= r.to+6; k++ {
			t := toks[k]
			if t.kind != tokWord || t.capitalised() || t.quote >= 0 || prepositions[t.lower] {
				break // the commissioner for the military: a person
			}
			if lex.has("body", t.lower) && k+1 < len(toks) && (toks[k+1].kind != tokWord || toks[k+1].lower == "that" || toks[k+1].lower == "which") {
				bodyNamed[joinTokens(toks, r.from, r.to)] = true
				break
			}
		}
	}
	for k, r := range out {
		if r.typ == typePerson && r.coreFrom == r.from && bodyNamed[joinTokens(toks, r.from, r.to)] {
			out[k].typ = typeOrg
		}
	}
	// Courtaulds PLC … Courtaulds said: the first word of a company's
	// name that ends in its legal form is the company alone too.
	company := map[string]bool{}
	for _, r := range out {
		if r.typ == typeOrg && r.to-r.from >= 2 && lex.has("legal", toks[r.to-1].text) {
			company[toks[r.from].text] = true
		}
	}
	for k, r := range out {
		if r.typ == typePerson && r.to == r.from+1 && r.coreFrom == r.from && company[toks[r.from].text] && !lex.firstName(toks[r.from].lower) {
			out[k].typ = typeOrg
		}
	}
	// A capitalised word opening a sentence, a lower-case noun or two,
	// then a full name: the word describes the person (Conservative icon
	// Phyllis Schlafly, Tennis great Billie Jean King), unless it is the
	// last name of a full name elsewhere (Trump adviser Roger Stone).
	lastWords := map[string]int{}
	for _, r := range out {
		if r.typ == typePerson && r.full() {
			lastWords[toks[r.to-1].lower]++
		}
	}
	for k, r := range out {
		if r.to-r.from > 3 || r.typ != typePerson || r.coreFrom != r.from || !lineOrSentenceStart(toks, r.from) || k+1 >= len(out) {
			continue
		}
		named := false // Presumptive Democratic nominee Hillary Clinton: no word is a name's
		for i := r.from; i < r.to; i++ {
			own := 0
			if i == r.to-1 && r.full() {
				own = 1 // the run's own last word
			}
			named = named || lastWords[toks[i].lower] > own || lex.firstName(toks[i].lower)
		}
		if named {
			continue
		}
		next := out[k+1]
		if gap := next.from - r.to; gap < 1 || gap > 2 || next.typ != typePerson || !next.full() {
			continue
		}
		lower := true
		for i := r.to; i < next.from; i++ {
			lower = lower && toks[i].kind == tokWord && !toks[i].capitalised() && toks[i].quote < 0
		}
		// Several capitalised words need a role noun before the name
		// (Presumptive Democratic nominee Hillary Clinton; not Maybe Trump
		// is the Manchurian Candidate).
		if lower && (r.to == r.from+1 || lex.has("role", toks[next.from-1].lower) || lex.has("title", toks[next.from-1].lower)) {
			out[k].typ, out[k].coreFrom = typeOther, r.to
		}
	}
	// a Wisconsin Trump rally: a place before a surname that ends a
	// fuller name elsewhere (Donald Trump) is no part of the name, though
	// it is in America Ferrera.
	firstOf := map[string]map[string]bool{}
	for _, r := range out {
		if r.typ == typePerson && r.full() {
			last := toks[r.to-1].lower
			if firstOf[last] == nil {
				firstOf[last] = map[string]bool{}
			}
			firstOf[last][toks[r.coreFrom].lower] = true
		}
	}
	for k, r := range out {
		if r.typ != typePerson || r.coreFrom != r.from || r.to-r.from != 2 || !lex.has("loc", toks[r.from].text) {
			continue
		}
		if len(firstOf[toks[r.to-1].lower]) > 1 {
			out[k].coreFrom = r.from + 1
		}
	}
	// in San Jose, California: a name after a preposition and before a
	// comma and a state or a country is a town, unless a first name or a
	// title opens it (not Christie, New Jersey's governor).
	for k, r := range out {
		if r.typ != typePerson || r.coreFrom != r.from || lex.firstName(toks[r.from].lower) || k+1 >= len(out) || r.to+1 >= len(toks) || toks[r.to].text != "," ||
			r.from == 0 || !prepositions[toks[r.from-1].lower] {
			continue
		}
		if next := out[k+1]; next.from == r.to+1 && next.typ == typeLocation && lex.has("loc", joinTokens(toks, next.from, next.to)) &&
			(next.to >= len(toks) || !isPossessive(toks[next.to])) {
			out[k].typ = typeLocation
		}
	}
	// A title word alone is the surname of a person the text names in
	// full with it, after a first name, not a common word (Billie Jean
	// King … King says; not More GOP … GOP).
	surnames := map[string]bool{}
	for _, r := range out {
		if r.typ == typePerson && r.full() && !isAcronym(toks[r.to-1].text) &&
			(lex.firstName(toks[r.coreFrom].lower) || !lowerWords[toks[r.coreFrom].lower] && !lex.has("title", toks[r.coreFrom].text)) {
			surnames[toks[r.to-1].text] = true
		}
	}
	for k, r := range out {
		if r.to == r.from+1 && r.typ == typeOther && r.coreFrom == r.to && lex.has("title", toks[r.from].text) && surnames[toks[r.from].text] {
			out[k].typ, out[k].coreFrom = typePerson, r.from
		}
	}
	// A common word opening a line or sentence before a name is no part
	// of it: Pesan Prabowo (message of Prabowo); so is a participle or an
	// adjective in -ing, -ed (Using Ted Cruz …, Understated Perez …) when
	// the rest of the run is a name elsewhere in the text.
	elsewhere := map[string]int{}
	for _, r := range out {
		elsewhere[joinTokens(toks, r.coreFrom, r.to)]++
	}
	for k, r := range out {
		if r.to-r.from >= 2 && r.coreFrom == r.from && lineOrSentenceStart(toks, r.from) && verbForm(toks[r.from].lower, lex) &&
			elsewhere[joinTokens(toks, r.from+1, r.to)] > 0 {
			out[k] = classifyRun(toks, r.from+1, r.to, lex)
			r = out[k]
		}
		if r.to-r.from >= 2 && r.coreFrom == r.from && lowerWords[toks[r.from].lower] && lineOrSentenceStart(toks, r.from) {
			out[k].from++
			out[k].coreFrom++
			out[k] = classifyRun(toks, out[k].from, r.to, lex)
		}
	}
	return out
}

func lineOrSentenceStart(toks []token, i int) bool {
	if i == 0 {
		return true
	}
	p := toks[i-1]
	return p.kind == tokBreak || p.kind == tokPunct && (p.text == "." || p.text == "!" || p.text == "?")
}

// classifyRun strips the title words and guesses the type of toks[from:to].
func classifyRun(toks []token, from, to int, lex *lexicon) nameRun {
	r := nameRun{from: from, to: to, coreFrom: from, typ: typePerson}
	text := joinTokens(toks, from, to)
	for i := from; i < to; i++ {
		if toks[i].text == "&" {
			r.typ = typeOrg // Procter & Gamble
		}
		acronym := isAcronym(toks[i].text) && !lex.has("title", toks[i].text) && !lex.has("loc", toks[i].text) &&
			(i == to-1) && !(i > from && romanSuffix[toks[i].text]) // MEK, Priorities USA; not the initials of ST Burhanuddin, nor Joseph R. Murray II
		if lex.has("org", toks[i].text) || acronym {
			r.typ = typeOrg
		}
	}
	// A run that ends in an organisation's name is one: a Trump White
	// House, the Clinton Foundation.
	for k := from; k < to && r.typ != typeOrg; k++ {
		if lex.has("org", joinTokens(toks, k, to)) {
			r.typ = typeOrg
		}
	}
	if to == from+1 && isAcronym(toks[from].text) && len(toks[from].text) >= 6 {
		// An upper-case word (WASHINGTON, FULL TEXT): a dateline or a
		// label, not a name.
		r.typ, r.coreFrom = typeOther, to
		return r
	}
	if r.typ == typeOrg {
		// FBI Director James Comey, Supreme Court Justice Ruth Bader
		// Ginsburg: organisation words before a title, then a person.
		for t := to - 2; t >= from; t-- {
			if !lex.has("title", toks[t].text) {
				continue
			}
			// Kepala BPBD Demak Agus Salim Hidayat: a known first name
			// after the title starts the person's name.
			start := t + 1
			for k := to - 2; k > t; k-- {
				if lex.firstName(toks[k].lower) {
					start = k
					break
				}
			}
			for k := start; k < to; k++ {
				if w := toks[k].text; lex.has("org", w) || isAcronym(w) || lex.has("title", w) || lex.has("loc", w) || lex.has("place", w) {
					return r
				}
			}
			r.typ, r.coreFrom = typePerson, start
			return r
		}
		return r
	}
	if lex.has("loc", text) {
		r.typ = typeLocation
		return r
	}
	for i := from; i < to; i++ {
		// Park Sung-ho, Ms. Park and Arsenio Hall are people; Gorky Park,
		// Silk Road Economic Belt are not.
		firstName := to-from == 2 && lex.firstName(toks[from].lower)
		if lex.has("place", toks[i].text) && i > from && !lex.has("title", toks[i-1].text) && !firstName || lex.has("placehead", toks[i].text) {
			r.typ = typeLocation // Jalan Sudirman, Pennsylvania Avenue
			return r
		}
	}
	// The name starts after the last title word before its last word:
	// White House Press Secretary Josh Earnest → Josh Earnest; Charlie
	// King stays whole. A run of titles only is a role (Prime Minister).
	isTitle := func(i int) bool { return lex.has("title", toks[i].text) || lex.has("loc", toks[i].text) }
	all := true
	for i := from; i < to; i++ {
		all = all && (isTitle(i) || lex.has("conn", toks[i].lower))
	}
	// Mr. King, Sen. Graham: after an abbreviated honorific the last word
	// is the name even when it is also a title word.
	if all && to-from >= 2 && strings.HasSuffix(toks[to-2].text, ".") {
		all = false
	}
	if all && !(to == from+1 && !lex.has("title", toks[from].text+".") && from > 0 && toks[from-1].kind != tokBreak &&
		!determiners[toks[from-1].lower] && !isPossessive(toks[from-1]) && toks[from-1].kind == tokWord) {
		r.coreFrom, r.typ = to, typeOther
		return r
	}
	// Billionaire Donald Trump, Actress Rosario Dawson, Texas-based Matt
	// Mackowiak: a role noun or a word of origin before a name of two
	// words is a title.
	if to-from >= 3 && (lex.has("role", toks[from].lower) || originWord(toks[from].lower)) && !lex.has("title", toks[from+1].text) {
		r.coreFrom = from + 1
	}
	for i := to - 2; i >= from; i-- {
		if initial(toks[i].text) && i > from && !isTitle(i-1) {
			continue // Ian H. Solomon: a middle initial, not Haji
		}
		// America Ferrera, Vermont Edition: a place right before the
		// last word is part of the name, not a title (Texas Sen. Ted Cruz).
		if i == to-2 && !lex.has("title", toks[i].text) {
			continue
		}
		if isTitle(i) || strings.HasSuffix(toks[i].text, ".") && lex.has("title", toks[i].text) {
			r.coreFrom = i + 1
			break
		}
	}
	// Chief of Staff Jeremy Bash: a connector after the titles is theirs.
	for r.coreFrom < to-1 && r.coreFrom > from && !toks[r.coreFrom].capitalised() && lex.has("conn", toks[r.coreFrom].lower) {
		r.coreFrom++
	}
	if to-from >= 2 {
		shout := true
		for i := from; i < to; i++ {
			shout = shout && isAcronym(toks[i].text)
		}
		if shout && len(text) >= 8 {
			r.coreFrom, r.typ = to, typeOther // CONGRESS HAS INVESTIGATED HIM
		}
	}
	return r
}

func isAcronym(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

func joinTokens(toks []token, from, to int) string {
	var b strings.Builder
	for i := from; i < to; i++ {
		if i > from && toks[i].start > toks[i-1].end {
			b.WriteByte(' ')
		}
		b.WriteString(toks[i].text)
	}
	return b.String()
}

// full reports whether the run names someone in full: two words or more
// after its title (Asab Al-Tabchi, Sen. Ted Cruz; not Rama, Mr. King).
func (r nameRun) full() bool { return r.to-r.coreFrom >= 2 }

// fullOrTitled reports whether the run names someone in full (two words
// or more after its title) or with a title (Ms. Bigbee).
func (r nameRun) fullOrTitled() bool { return r.full() || r.coreFrom > r.from }

// coreWords returns the lower-cased words of a run's core.
func (r nameRun) coreWords(toks []token) []string {
	var w []string
	for i := r.coreFrom; i < r.to; i++ {
		w = append(w, toks[i].lower)
	}
	return w
}

// titleCaseLines marks the tokens of lines written in title case (a
// headline: Medal of Honor Winner Opens Up About Backing Clinton), whose
// capitalised words are not names. A dash or a colon ends the headline
// part of a line: RED STATES OUTNUMBER BLUE STATES - Jeffrey M. Jones: "…".
func titleCaseLines(toks []token) []bool {
	out := make([]bool, len(toks))
	ends := func(t token) bool {
		if t.kind == tokBreak {
			return true
		}
		switch t.text {
		case "-", "—", "–", ":":
			return t.quote < 0
		}
		return false
	}
	for s := 0; s < len(toks); {
		e := s
		words, caps := 0, 0
		brackets := 0 // words in brackets do not count: Rep. Trey Gowdy (R-S.C.):
		for e < len(toks) && !ends(toks[e]) {
			switch toks[e].text {
			case "(":
				brackets++
			case ")":
				brackets--
			}
			// Hollywood’s Lack: the possessive is no word of its own.
			if toks[e].kind == tokWord && toks[e].quote < 0 && utf8.RuneCountInString(toks[e].text) > 3 && !isPossessive(toks[e]) && brackets <= 0 {
				words++
				if toks[e].capitalised() {
					caps++
				}
			}
			e++
		}
		if words >= 4 && caps == words {
			for i := s; i < e; i++ {
				out[i] = true
			}
		}
		s = e + 1
	}
	return out
}

// joinSlashed merges two organisation names written with a slash and no
// space between them into one (a CNN/ORC poll, the Washington Post/ABC
// News poll): pollsters and partners that publish together. A person's
// name and an agency (Carlos Barria/Reuters, a photo credit) stay apart.
func joinSlashed(toks []token, runs []nameRun) []nameRun {
	out := runs[:0:0]
	for i := 0; i < len(runs); i++ {
		r := runs[i]
		for i+1 < len(runs) {
			n := runs[i+1]
			if n.from != r.to+1 || toks[r.to].text != "/" || toks[r.to].start != toks[r.to-1].end || toks[n.from].start != toks[r.to].end ||
				r.typ != typeOrg || n.typ != typeOrg {
				break
			}
			r.to = n.to
			i++
		}
		out = append(out, r)
	}
	return out
}

// placeAfterTitle moves the place of a title out of a person's name when
// the article names that place on its own elsewhere: Bupati Sukabumi
// Marwan Hamami (Kabupaten Sukabumi in the text) → Marwan Hamami; Gubernur
// Jawa Barat Ridwan Kamil → Ridwan Kamil. At least two words stay.
func placeAfterTitle(toks []token, runs []nameRun) {
	places := map[string]bool{}
	for _, r := range runs {
		if r.typ != typeLocation {
			continue
		}
		for k := r.from; k < r.to; k++ {
			places[strings.ToLower(joinTokens(toks, k, r.to))] = true
		}
	}
	if len(places) == 0 {
		return
	}
	for i, r := range runs {
		if r.typ != typePerson || r.coreFrom == r.from {
			continue
		}
		for k := r.to - 2; k > r.coreFrom; k-- {
			if places[strings.ToLower(joinTokens(toks, r.coreFrom, k))] {
				runs[i].coreFrom = k
				break
			}
		}
	}
}

// verbForm reports whether lower-case word w reads as a participle or an
// adjective (using, understated) rather than a first name (Sterling, Ted).
func verbForm(w string, lex *lexicon) bool {
	if len(w) <= 5 || lex.firstName(w) {
		return false
	}
	return strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")
}

// sentenceAdverb reports whether toks[i] is an adverb in -ly that opens a
// sentence before a comma (Ironically, Domestically,): no name. A first
// name (Kelly, Emily: lexicon tags male, female) and a short word (Ely)
// are kept.
func sentenceAdverb(toks []token, i int, lex *lexicon) bool {
	w := toks[i].lower
	if len(w) <= 6 || !strings.HasSuffix(w, "ly") || lex.firstName(w) {
		return false
	}
	return i+1 < len(toks) && toks[i+1].text == "," && lineOrSentenceStart(toks, i)
}

// months are the English month names that are also surnames (Theresa May).
var months = map[string]bool{"May": true, "June": true, "April": true, "August": true}

// personOf reports whether head, the run [from, of) before an "of" as
// classifyRun reads it, names a person on its own, in a run that ends at
// token to: a known first name and at least one more word (David Woodard
// of Clemson University; not Bank of America, nor Catherine of Aragon),
// or a name of two words or more before an organisation's (Darran
// Whiting of Liberty Baptist Church).
func personOf(head nameRun, toks []token, from, of, to int, lex *lexicon) bool {
	if of-from < 2 || head.typ != typePerson {
		return false
	}
	return lex.firstName(toks[from].lower) || head.full() && classifyRun(toks, of+1, to, lex).typ == typeOrg
}

// initial reports whether w is an initial: one capital letter and a full
// stop (H.).
func initial(w string) bool {
	return len(w) == 2 && w[1] == '.' && w[0] >= 'A' && w[0] <= 'Z'
}

// romanSuffix are the generational suffixes in capitals that end a
// person's name (Joseph R. Murray II), no acronyms.
var romanSuffix = map[string]bool{"II": true, "III": true, "IV": true}

// originWord reports whether the lower-case word w says where someone is
// from or works (Texas-based, Korean-born).
func originWord(w string) bool {
	return strings.HasSuffix(w, "-based") || strings.HasSuffix(w, "-born")
}

// itSpeaks reports whether the words from token i on, in a name's clause,
// report its speech with "it" as the speaker (… issued a statement saying
// it took the action; … said it would), before any other name.
func itSpeaks(toks []token, i int, lex *lexicon) bool {
	for k := i; k+1 < len(toks) && k < i+8; k++ {
		t := toks[k]
		if t.kind != tokWord || t.quote >= 0 || t.capitalised() {
			return false
		}
		if lex.has("cue", t.lower) && toks[k+1].lower == "it" && toks[k+1].kind == tokWord {
			// but … said it is not surprising: "it" with a copula is
			// the subject of nothing.
			return k+2 < len(toks) && !copulas[toks[k+2].lower] && toks[k+2].lower != "seems" && toks[k+2].lower != "appears"
		}
	}
	return false
}
