package entities

import (
	"slices"
	"strings"
	"unicode"

	"newsdesk/dataset"
)

// Entity types.
const (
	Person       = "person"
	Organization = "organization"
	Location     = "location"
	Other        = "other"
)

// Find returns the named mentions (people, organisations, places) of doc,
// sorted by span. A name is a sequence of capitalised words, with
// lowercase joiners inside (Council of Ministers, van, bin). Titles and
// roles are stripped from people's names (Prime Minister Edi Rama gives
// the person mention Edi Rama); the titled form is returned as a second
// mention of the same person, so that Resolve keeps it as an alias (tell
// the two apart with StripTitle); so is an organisation with the acronym
// it defines in brackets (National Disaster Mitigation Agency (BNPB)),
// which Resolve reads as the link between the two. The first word of a sentence, a line or a
// quotation is a name only when the article capitalises it elsewhere or a
// lexicon knows it; headlines in title case or capitals keep only such
// known words; month and weekday names are never names.
//
// Types come from data: role words make people, organisation words
// (Ministry, Council, Kementerian, Partai, PT) organisations, the small
// gazetteer and place words (City, Provinsi) locations, a lone acronym an
// organisation, two to four plain capitalised words a person; anything else
// is other. Find does not resolve pronouns or link mentions. It is safe for
// concurrent use.
func Find(doc *dataset.Doc) []dataset.EntityMention {
	rs := doc.Runes()
	f := &finder{rs: rs, toks: tokenize(rs), lang: doc.Source.Language}
	f.markInitials(doc.Sentences)
	f.markHeadlines()
	f.gatherEvidence()
	f.markNicknames()
	for _, run := range f.runs() {
		for _, piece := range f.split(run) {
			f.classify(piece)
		}
	}
	f.addNicknames()
	f.propagate()
	out := make([]dataset.EntityMention, 0, len(f.found))
	seen := map[[2]int]bool{}
	for _, m := range f.found {
		if seen[[2]int{m.s, m.e}] {
			continue
		}
		seen[[2]int{m.s, m.e}] = true
		out = append(out, dataset.EntityMention{SourceID: doc.Source.SourceID, Start: int64(m.s), End: int64(m.e),
			Text: string(rs[m.s:m.e]), Type: m.typ})
	}
	slices.SortFunc(out, func(a, b dataset.EntityMention) int {
		if a.Start != b.Start {
			return int(a.Start - b.Start)
		}
		return int(a.End - b.End)
	})
	return out
}

type found struct {
	s, e   int
	typ    string
	toks   []*token
	titled bool
	guess  bool // typed person only for want of a cue
}

type finder struct {
	rs        []rune
	lang      string
	toks      []*token
	capMid    map[string]bool  // capitalised inside a sentence somewhere
	nicks     map[int][]*token // quoted nickname inside a name, by the index of the word after it
	notLabel  map[string]bool  // capitalised somewhere without a number right after it
	lowerSeen map[string]bool  // written in lowercase somewhere
	found     []found
}

// markInitials flags the first word of each sentence and line, and the
// word after a colon or an opening quotation mark.
func (f *finder) markInitials(sents []dataset.Sentence) {
	si := 0
	for i, t := range f.toks {
		if !t.word {
			continue
		}
		for si < len(sents) && int(sents[si].End) <= t.s {
			si++
		}
		if si < len(sents) && i > 0 && f.firstWordOf(i, int(sents[si].Start)) {
			t.initial = true
		}
		if i == 0 || t.nl {
			t.initial = true
			continue
		}
		p := f.toks[i-1]
		if p.word {
			continue
		}
		switch p.text {
		case ":", "“", "„", "«", "‘", "—", "•", "`":
			t.initial = true
		case "\"", "'":
			if p.s == 0 || unicode.IsSpace(f.rs[p.s-1]) {
				t.initial = true
			}
		case "-", "–":
			// a spaced dash after a dateline (Jakarta - Jumlah korban …)
			// or opening an aside: what follows may be capitalised for
			// its position only
			if p.s > 0 && unicode.IsSpace(f.rs[p.s-1]) && p.e < len(f.rs) && unicode.IsSpace(f.rs[p.e]) {
				t.initial = true
			}
		}
	}
}

// firstWordOf reports whether no word comes between sentence start st and
// token i.
func (f *finder) firstWordOf(i, st int) bool {
	if f.toks[i].s < st {
		return false
	}
	for j := i - 1; j >= 0 && f.toks[j].s >= st; j-- {
		if f.toks[j].word {
			return false
		}
	}
	return true
}

// markHeadlines flags the words of lines written in title case or in
// capitals: their capitals say nothing about names.
func (f *finder) markHeadlines() {
	start := 0
	for i := 1; i <= len(f.toks); i++ {
		if i < len(f.toks) && !f.toks[i].nl {
			continue
		}
		words, caps, uppers := 0, 0, 0
		for _, t := range f.toks[start:i] {
			if !t.word || !unicode.IsLetter(f.rs[t.s]) {
				continue
			}
			words++
			if t.cap {
				caps++
			}
			if t.upper {
				uppers++
			}
		}
		last := f.toks[i-1]
		open := !strings.ContainsAny(last.text, ".!?\"”’»…:;,") || last.word
		if (open && words >= 1 && caps*3 >= words*2) || (words >= 6 && caps*10 >= words*9) || (words >= 2 && uppers == words) {
			for _, t := range f.toks[start:i] {
				t.headline = true
			}
		}
		start = i
	}
}

func (f *finder) gatherEvidence() {
	f.capMid, f.lowerSeen = map[string]bool{}, map[string]bool{}
	f.notLabel = map[string]bool{}
	for i, t := range f.toks {
		if t.word && t.cap && !(i+1 < len(f.toks) && f.toks[i+1].word && unicode.IsDigit(f.rs[f.toks[i+1].s])) {
			f.notLabel[t.key] = true
		}
	}
	for _, t := range f.toks {
		if !t.word || t.headline {
			continue
		}
		switch {
		case t.cap && !t.initial:
			f.capMid[t.key] = true
		case unicode.IsLower(f.rs[t.s]):
			f.lowerSeen[t.key] = true
		}
	}
	for _, t := range f.toks {
		if t.word && t.cap {
			f.stripClitic(t)
		}
	}
}

// clitics are the Indonesian particles and possessive glued to a name
// (Iranlah, Jokowinya).
var clitics = []string{"lah", "nya", "kah", "pun"}

// stripClitic cuts a clitic off a capitalised word when what is left is a
// name the article or the gazetteer knows.
func (f *finder) stripClitic(t *token) {
	for _, c := range clitics {
		stem := strings.TrimSuffix(t.key, c)
		if stem == t.key || len(stem) < 3 {
			continue
		}
		st := &token{key: stem, cap: true}
		if f.capMid[stem] || lex.place.has(one(st)) || lex.orgname.has(one(st)) {
			t.e -= len([]rune(c))
			t.text = string(f.rs[t.s:t.e])
			t.key = stem
			return
		}
	}
}

// known reports whether a capitalised word in a weak position (sentence
// start, headline) is still a name: the article capitalises it elsewhere,
// or a lexicon knows it.
func (f *finder) known(t *token) bool {
	if f.capMid[t.key] || (t.upper && !t.headline) {
		return true
	}
	one := []*token{t}
	return lex.place.has(one) || lex.orgname.has(one) || lex.person.has(one) || lex.org.has(one) || lex.role.has(one) || lex.loc.has(one)
}

// namey reports whether a word can be part of a name: capitalised, or a
// lowercase particle glued to a capitalised part (al-Assad).
func namey(t *token) bool {
	if !t.word {
		return false
	}
	if t.cap {
		return true
	}
	if p := t.parts(); len(p) > 1 && lex.particle.hasKey(p[0]) {
		rest := []rune(t.text)[len([]rune(p[0]))+1:]
		return len(rest) > 0 && unicode.IsUpper(rest[0])
	}
	return false
}

func one(t *token) []*token { return []*token{t} }

// runs returns the maximal sequences of name words, as token indices.
func (f *finder) runs() [][]int {
	var out [][]int
	var cur []int
	flush := func() {
		if len(cur) > 0 {
			out = append(out, cur)
			cur = nil
		}
	}
	toks := f.toks
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.skip {
			continue // Joko "Jokowi" Widodo: one name
		}
		if t.text == "&" && len(cur) > 0 && !t.nl && i+1 < len(toks) && f.joinable(i+1) && toks[i-1].e < t.s && t.e < toks[i+1].s {
			cur = append(cur, i) // Procter & Gamble: one organisation (R&D is no name)
			continue
		}
		if !t.word || t.nl {
			flush()
		}
		if !t.word {
			continue
		}
		if namey(t) {
			if lex.time.has(one(t)) && !(len(cur) > 0 && t.key == "may") {
				flush()
				continue
			}
			if lex.stop.has(one(t)) && !(t.upper && (lex.place.has(one(t)) || lex.orgname.has(one(t)))) {
				flush()
				continue
			}
			cur = append(cur, i)
			if t.poss && !lex.poss.has(one(t)) && !(t.plural && i+1 < len(toks) && hasOrgWord(toks[i+1:i+2])) {
				flush()
			}
			continue
		}
		if len(cur) > 0 && i+1 < len(toks) {
			last := toks[cur[len(cur)-1]]
			if lex.particle.has(one(t)) && f.joinable(i+1) {
				cur = append(cur, i)
				continue
			}
			if lex.and.has(one(t)) && f.hasOrg(cur) && f.joinable(i+1) && !hasOrgWord(toks[i+1:i+2]) &&
				!hasOrgWord(one(last)) && !lex.place.has(one(last)) && !lex.place.has(toks[i+1:i+2]) {
				cur = append(cur, i) // Institute for Development of Economics and Finance
				continue
			}
			if lex.of.has(one(t)) && t.key != "the" && (lex.ofhead.has(one(last)) || lex.org.has(one(last)) || f.hasOrg(cur)) {
				j := i + 1
				if toks[j].key == "the" && j+1 < len(toks) {
					j++
				}
				if f.joinable(j) {
					for k := i; k < j; k++ {
						cur = append(cur, k)
					}
					i = j - 1
					continue
				}
			}
			// Ring of Fire, Sea of Galilee: one word, of, one word, no place
			if t.key == "of" && len(cur) == 1 && !last.upper && f.joinable(i+1) && !lex.place.has(toks[i+1:i+2]) &&
				!lex.role.has(one(last)) && (i+2 >= len(toks) || !namey(toks[i+2]) || toks[i+2].nl) {
				cur = append(cur, i)
				continue
			}
		}
		flush()
	}
	flush()
	return out
}

// hasOrg reports whether the words of cur hold an organisation word.
func (f *finder) hasOrg(cur []int) bool {
	return hasOrgWord(f.pieceOf(cur))
}

// joinable reports whether token i can continue a name after a joiner.
func (f *finder) joinable(i int) bool {
	t := f.toks[i]
	return namey(t) && !t.nl && !lex.stop.has(one(t)) && !lex.time.has(one(t))
}

// split drops the words of a run that are capitalised only because of
// their position, and returns what is left as pieces.
func (f *finder) split(run []int) [][]*token {
	var pieces [][]*token
	var cur []*token
	flush := func() {
		for len(cur) > 0 && !cur[len(cur)-1].cap {
			cur = cur[:len(cur)-1]
		}
		for len(cur) > 0 && !namey(cur[0]) {
			cur = cur[1:]
		}
		if len(cur) > 0 {
			pieces = append(pieces, cur)
		}
		cur = nil
	}
	for k, i := range run {
		t := f.toks[i]
		if t.headline && t.word && t.cap && !f.known(t) {
			flush()
			continue
		}
		if k == 0 && t.initial && !t.headline && !f.known(t) && lex.affixed(f.lang, t.key) {
			continue // Kedatangan Jokowi: a derived common word opens the sentence
		}
		if k == 0 && t.initial && !t.headline && len(run) > 1 && !f.known(t) && !f.capMid[t.key] &&
			lex.place.match(f.pieceOf(run), 1) == len(run)-1 {
			continue // Hala Madrid!, Warga Palu: an unknown opener before a known place
		}
		if k == 0 && t.initial && !t.headline {
			lexKnown := f.known(t) || lex.role.match(f.pieceOf(run), 0) > 0
			if f.lowerSeen[t.key] && !f.capMid[t.key] && !lexKnown {
				continue
			}
			if len(run) == 1 && !f.known(t) && !f.speaks(t) && !f.dateline(one(t)) {
				continue
			}
			if len(run) == 1 && !f.capMid[t.key] && f.pluralCommon(t) {
				continue // Prosecutors said: a plural common noun, no name
			}
		}
		cur = append(cur, t)
	}
	flush()
	return pieces
}

// label reports whether t is a word the article writes capitalised only
// right before a number (Gate 4, Terminal 3, Pier 9) and no lexicon knows:
// the word labels the number, it is no name.
func (f *finder) label(t *token) bool {
	o := one(t)
	return !t.upper && !f.notLabel[t.key] && !lex.given.has(o) && !lex.place.has(o) && !lex.orgname.has(o) &&
		!lex.person.has(o) && !lex.org.has(o) && !lex.loc.has(o)
}

// pluralCommon reports whether t is the plural of a role or of a word
// the article writes in lowercase (Prosecutors, Investigators, Residents).
func (f *finder) pluralCommon(t *token) bool {
	if t.upper || len(t.key) < 4 || !strings.HasSuffix(t.key, "s") {
		return false
	}
	if f.lowerSeen[t.key] {
		return true
	}
	sing := []string{strings.TrimSuffix(t.key, "s")}
	if strings.HasSuffix(t.key, "es") {
		sing = append(sing, strings.TrimSuffix(t.key, "es"))
	}
	if strings.HasSuffix(t.key, "ies") {
		sing = append(sing, strings.TrimSuffix(t.key, "ies")+"y")
	}
	for _, k := range sing {
		if f.lowerSeen[k] || lex.role.has(one(&token{key: k})) {
			return true
		}
	}
	return false
}

// speaks reports whether a speech verb follows t (Ruhut mengatakan).
func (f *finder) speaks(t *token) bool {
	next := f.nextWord(t)
	return next != nil && !next.cap && lex.after.has(one(next))
}

func (f *finder) pieceOf(run []int) []*token {
	p := make([]*token, len(run))
	for k, i := range run {
		p[k] = f.toks[i]
	}
	return p
}

func (f *finder) add(toks []*token, typ string, titled bool) {
	if len(toks) == 0 {
		return
	}
	guess := typ == guessPerson
	if guess {
		typ = Person
	}
	f.found = append(f.found, found{s: toks[0].s, e: toks[len(toks)-1].e, typ: typ, toks: toks, titled: titled, guess: guess})
}

// classify types a piece and adds its mentions: a titled person (and what
// stands before the title), or one organisation, place, person or other.
func (f *finder) classify(p []*token) {
	if len(p) == 1 && f.label(p[0]) {
		return // Gate 4, Pier 9: a label with its number
	}
	for k := range p {
		if j, e := jurisdiction(p, k); j > 0 {
			f.add(p[j:e], Location, false)
		}
	}
	chainStart, roleEnd := roles(p)
	if roleEnd > 0 && roleEnd < len(p) {
		if pre := p[:chainStart]; len(pre) > 0 {
			if typ := f.plainType(pre, nil); typ == Organization || typ == Location {
				f.add(pre, typ, false)
			}
		}
		name := p[roleEnd:]
		if org, person := f.splitOrgPerson(name, 1); org != nil {
			f.add(org, Organization, false)
			f.add(person, Person, false)
			f.add(p[chainStart:], Person, true)
			return
		}
		if hasOrgWord(name) {
			f.classifyPlain(name) // Ketua Umum Partai Golkar: the party
			return
		}
		for _, t := range name {
			if f.lowerSeen[t.key] && !f.capMid[t.key] {
				return // Menteri Kelautan: a portfolio, not a name
			}
		}
		if n := lex.place.match(name, 0); n == len(name) {
			f.add(name, Location, false) // Presiden Indonesia, Gubernur DKI Jakarta
			return
		} else if n > 0 {
			f.add(name[:n], Location, false)
			name = name[n:]
		}
		f.add(name, Person, false)
		f.add(p[chainStart:], Person, true)
		return
	}
	if roleEnd == len(p) && chainStart == 0 {
		return // a title alone
	}
	f.classifyPlain(p)
}

// classifyPlain types a piece that holds no title before a name.
func (f *finder) classifyPlain(p []*token) {
	if len(p) == 1 && len(p[0].parts()) > 1 {
		if places := f.compound(p[0]); places != nil {
			f.found = append(f.found, places...)
			return
		}
	}
	if org, person := f.splitOrgPerson(p, 2); org != nil {
		f.add(org, Organization, false)
		f.add(person, Person, false)
		return
	}
	if typ := f.plainType(p, f.prevWord(p[0])); typ != "" {
		f.add(p, typ, false)
	}
}

// roles finds the last chain of adjacent title phrases in p: it starts at
// chainStart and ends before roleEnd; both are -1 when there is none.
func roles(p []*token) (chainStart, roleEnd int) {
	chainStart, roleEnd = -1, -1
	for k := 0; k < len(p); k++ {
		n := lex.role.match(p, k)
		if o := lex.org.match(p, k); o >= n && o > 0 {
			k += o - 1 // Direktorat Jenderal is an office, not a general
			continue
		}
		if n == 0 {
			continue
		}
		if k != roleEnd {
			chainStart = k
		}
		for m := lex.portfolio.match(p, k+n); m > 0; m = lex.portfolio.match(p, k+n) {
			n += m // Menteri Perdagangan: the portfolio belongs to the title
		}
		if _, e := jurisdiction(p, k); e > 0 {
			n = e - k // Kapolsek Genuk: the place belongs to the title
		}
		roleEnd = k + n
		k += n - 1
	}
	return chainStart, roleEnd
}

// jurisdiction returns the span [j, e) of the place governed by the title
// at p[k] (Kapolsek Genuk Kompol Rismanto, Bupati Sukabumi Marwan Hamami),
// or 0, 0 when p[k] is no such title or no place follows it. After a
// regional head (Gubernur, Bupati) the place is a gazetteer place, or one
// plain word (and a compass word: Kutai Timur) followed by at least two
// more, none an organisation word, and the word no given name (Gubernur
// Basuki Tjahaja Purnama has no region).
func jurisdiction(p []*token, k int) (j, e int) {
	if n := lex.regional.match(p, k); n > 0 && k+n < len(p) {
		j = k + n
		if m := lex.place.match(p, j); m > 0 {
			return j, j + m
		}
		e = j + 1
		if e < len(p) && lex.loc.has(p[e:e+1]) {
			e++ // Kutai Timur
		}
		if len(p)-e >= 2 && p[j].cap && !p[j].upper && lex.role.match(p, j) == 0 && !lex.loc.has(p[j:j+1]) && !lex.given.has(p[j:j+1]) && !hasOrgWord(p[j:]) {
			return j, e
		}
		return 0, 0
	}
	n := lex.roleof.match(p, k)
	if n == 0 || k+n >= len(p) || lex.role.match(p, k+n) > 0 || !p[k+n].cap || p[k+n].upper {
		return 0, 0
	}
	return k + n, k + n + 1
}

// splitOrgPerson splits a piece made of an organisation the gazetteer
// knows, or an acronym, followed by at least minPerson plain name words:
// PDI Perjuangan Megawati Soekarnoputri, MDC Morgan Tsangirai.
func (f *finder) splitOrgPerson(p []*token, minPerson int) (org, person []*token) {
	for k := range p {
		n := lex.orgname.match(p, k)
		if n == 0 && p[k].upper && !lex.org.has(p[k:k+1]) && !lex.place.has(p[k:k+1]) {
			n = 1
		}
		if n == 0 {
			continue
		}
		if rest := p[k+n:]; len(rest) >= minPerson && !hasOrgWord(rest) && f.plainNames(rest) {
			return p[:k+n], rest
		}
	}
	return nil, nil
}

// compound splits a hyphenated word made of places (Albania-Iran) into
// location mentions; nil when a part is no place.
func (f *finder) compound(t *token) []found {
	var out []found
	s := t.s
	for _, part := range strings.FieldsFunc(t.text, func(r rune) bool { return r == '-' || r == '‑' }) {
		n := len([]rune(part))
		pt := &token{s: s, e: s + n, text: part, key: fold(part), cap: true, upper: isUpperWord(part)}
		if !lex.place.has(one(pt)) {
			return nil
		}
		out = append(out, found{s: pt.s, e: pt.e, typ: Location, toks: one(pt)})
		s += n + 1
	}
	return out
}

// nextWord returns the word right after t, nil when punctuation or nothing
// stands between.
func (f *finder) nextWord(t *token) *token {
	i, ok := slices.BinarySearchFunc(f.toks, t.s, func(x *token, s int) int { return x.s - s })
	if !ok || i+1 >= len(f.toks) || !f.toks[i+1].word {
		return nil
	}
	return f.toks[i+1]
}

// prevWord returns the word right before t, nil when punctuation or
// nothing stands between.
func (f *finder) prevWord(t *token) *token {
	i, ok := slices.BinarySearchFunc(f.toks, t.s, func(x *token, s int) int { return x.s - s })
	if !ok || i == 0 || !f.toks[i-1].word {
		return nil
	}
	return f.toks[i-1]
}

// hasOrgWord reports whether an organisation word or name occurs in p,
// also as a part of a hyphenated word (Mujahedeen-e-Khalq).
func hasOrgWord(p []*token) bool {
	for k := range p {
		if lex.org.match(p, k) > 0 || lex.orgname.match(p, k) > 0 {
			return true
		}
		for _, part := range p[k].parts() {
			if lex.org.hasKey(part) || lex.orgname.hasKey(part) {
				return true
			}
		}
	}
	return false
}

// plainType types an untitled piece; "" means it is no name (a lone
// generic word such as Government, or an adjective such as Iranian).
func (f *finder) plainType(p []*token, prev *token) string {
	if lex.adj.has(p) {
		return ""
	}
	if lex.person.has(p) {
		return Person // Jokowi
	}
	if len(p) == 1 {
		t := p[0]
		if n := len(t.key); n > 3 && t.key[n-1] == 's' && lex.adj.hasKey(t.key[:n-1]) {
			return "" // Iranians
		}
		if len([]rune(t.text)) == 1 {
			return ""
		}
		switch {
		case lex.orgname.has(p):
			return Organization
		case lex.place.has(p):
			return Location
		case lex.adj.has(p), lex.org.has(p), lex.loc.has(p), lex.role.has(p):
			return ""
		}
	}
	if lex.place.has(p) {
		return Location
	}
	if hasOrgWord(p) || ampersand(p) {
		return Organization
	}
	if len(p) >= 2 && (lex.loc.match(p, 0) > 0 || lex.loc.has(p[len(p)-1:])) {
		return Location
	}
	allAdj := true
	for k := range p {
		if !lex.adj.has(p[k:k+1]) && !lex.place.has(p[k:k+1]) {
			allAdj = false
		}
	}
	if allAdj && !lex.place.has(p[:1]) {
		return ""
	}
	lowerPrev := prev != nil && !prev.cap
	if lowerPrev && lex.orgcue.has(one(prev)) && !lex.loc.hasKey(prev.key) && len(p) <= 3 && (p[0].upper || f.plainNames(p)) && !namesPeople(p) {
		return Organization // newspaper Bild, party Golkar; not stasiun Gambir, a place word
	}
	if f.dateline(p) {
		return Location // Garut - …, SAN SEBASTIAN, Spain, Aug 2 (Reuters) - …
	}
	if len(p) == 1 && p[0].upper {
		if lowerPrev && lex.orgcue.has(one(prev)) {
			return Organization
		}
		if typ := lex.acronym[f.lang]; typ != "" {
			return typ
		}
		return Other // an acronym: Resolve or a spelled-out name types it
	}
	if lowerPrev && (lex.cue.has(one(prev)) || lex.role.has(one(prev))) {
		return Person
	}
	if lowerPrev && lex.loccue.has(one(prev)) && f.plainNames(p) && !p[len(p)-1].poss {
		return Location
	}
	if next := f.nextWord(p[len(p)-1]); next != nil && !next.cap && lex.after.has(one(next)) && f.plainNames(p) {
		return Person
	}
	if len(p) == 1 {
		if typ := lex.single[f.lang]; typ == Person && f.plainNames(p) {
			return guessPerson
		}
		return Other
	}
	if len(p) <= 4 && f.plainNames(p) {
		return guessPerson
	}
	return Other
}

// ampersand reports whether an ampersand joins the words of p: Procter &
// Gamble, Echo Point Books & Media name a firm, not a person.
func ampersand(p []*token) bool {
	for _, t := range p {
		if t.text == "&" {
			return true
		}
	}
	return false
}

// namesPeople reports whether a word of p, or a part of a hyphenated word,
// is a given name or a gazetteer person (koalisi Jokowi-JK is a pair of
// people).
func namesPeople(p []*token) bool {
	for _, t := range p {
		keys := append([]string{t.key}, t.parts()...)
		for _, k := range keys {
			kt := &token{key: k, cap: true, upper: t.upper}
			if lex.given.has(one(kt)) || lex.person.has(one(kt)) {
				return true
			}
		}
	}
	return false
}

// dateline reports whether p opens a paragraph as a dateline: plain words
// (or capitals) followed by a spaced dash (Garut - …), or capitals followed
// by a comma and a place of the gazetteer (JAKARTA, Indonesia, Nov 21) or
// a date (RAVENSCAR, Oct 5).
func (f *finder) dateline(p []*token) bool {
	first, last := p[0], p[len(p)-1]
	if !first.nl || len(p) > 3 || hasOrgWord(p) || lex.orgname.has(p) || lex.given.has(p[:1]) {
		return false
	}
	upper := true
	for _, t := range p {
		if !t.upper && !f.plainNames([]*token{t}) && !lex.place.has(one(t)) {
			return false
		}
		upper = upper && t.upper
	}
	i, ok := slices.BinarySearchFunc(f.toks, last.s, func(x *token, s int) int { return x.s - s })
	if !ok || i+2 >= len(f.toks) {
		return false
	}
	next, after := f.toks[i+1], f.toks[i+2]
	switch next.text {
	case "-", "–", "—":
		return next.s > last.e && after.s > next.e // spaced
	case ",":
		if upper && lex.time.has(f.toks[i+2:i+3]) && i+3 < len(f.toks) && f.toks[i+3].word && unicode.IsDigit(f.rs[f.toks[i+3].s]) {
			return true // RAVENSCAR, Oct 5 (AP): a city and the date
		}
		return upper && lex.place.match(f.toks, i+2) > 0 && after.cap // not Tony Clement, Canada's minister
	}
	return false
}

// guessPerson is what plainType returns for plain capitalised words that
// no cue types: a person, unless an acronym shows an organisation.
const guessPerson = "person?"

// plainNames reports whether every word of p is a capitalised word of
// letters that no lexicon knows and the article never writes in lowercase.
func (f *finder) plainNames(p []*token) bool {
	for k, t := range p {
		if !t.cap || t.upper || lex.place.has(p[k:k+1]) || lex.adj.has(p[k:k+1]) || f.lowerSeen[t.key] {
			return false
		}
		for _, r := range t.text {
			if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' && r != '.' {
				return false
			}
		}
		if k := t.key; strings.HasSuffix(k, "n't") || strings.HasSuffix(k, "'ll") || strings.HasSuffix(k, "'re") || strings.HasSuffix(k, "'ve") {
			return false // Won’t, We’ll
		}
	}
	return true
}

// propagate gives untyped mentions the type that the article gives the
// same name elsewhere, and a lone word the type of the person whose first
// or last name it is.
func (f *finder) propagate() {
	f.pairAcronyms()
	f.listPlaces()
	f.confirmGuesses()
	byKey := map[string]string{}
	sure := map[string]string{} // types no guess gave
	parts := map[string]string{}
	for _, m := range f.found {
		if m.typ == Other || m.titled {
			continue
		}
		k := nameKey(string(f.rs[m.s:m.e]))
		byKey[k] = m.typ
		if !m.guess {
			sure[k] = m.typ
		}
		if m.typ == Person && len(m.toks) > 1 {
			parts[m.toks[0].key] = Person
			parts[m.toks[len(m.toks)-1].key] = Person
		}
	}
	// Borussia Dortmund … Dortmund: a lone word that ends an organisation
	// of the article (and no person's name) is that organisation
	for _, m := range f.found {
		if m.typ == Organization && len(m.toks) > 1 && !m.titled {
			if last := m.toks[len(m.toks)-1]; !last.upper && parts[last.key] == "" {
				parts[last.key] = Organization
			}
		}
	}
	for i, m := range f.found {
		k := nameKey(string(f.rs[m.s:m.e]))
		if m.guess {
			// Garut guessed a person in a headline, a place after "banjir";
			// a full name keeps its guess (in Steve Jobs' place)
			if typ, ok := sure[k]; ok && typ != Person && len(m.toks) == 1 && !lex.given.has(m.toks) {
				f.found[i].typ, f.found[i].guess = typ, false
			}
			continue
		}
		if m.typ != Other {
			continue
		}
		if typ, ok := byKey[k]; ok {
			f.found[i].typ = typ
		} else if typ, ok := parts[m.toks[0].key]; ok && len(m.toks) == 1 {
			f.found[i].typ = typ
		}
	}
}

// pairAcronyms types an acronym written right after the name it stands
// for (Koalisi Merah Putih (KMP), Mujahedeen-e-Khalq, or MEK) as an
// organisation, with its name, unless the name is a place.
func (f *finder) pairAcronyms() {
	slices.SortStableFunc(f.found, func(a, b found) int { return a.s - b.s })
	for i, m := range f.found {
		if len(m.toks) != 1 || !m.toks[0].cap {
			continue
		}
		for j := i - 1; j >= 0 && f.found[j].e >= m.s-7; j-- {
			x := f.found[j]
			if x.e > m.s || x.titled {
				continue
			}
			name := string(f.rs[x.s:x.e])
			acr := m.toks[0].upper && initialsMatch(nameKey(m.toks[0].text), name)
			paren := string(f.rs[x.e:m.s]) == " (" && m.e < len(f.rs) && f.rs[m.e] == ')'
			abbr := paren && abbreviatesTail(m.toks[0].key, name)
			if !acr && !abbr {
				// National Disaster Mitigation Agency (BNPB): an acronym in
				// brackets right after an organisation defines it, even
				// when it abbreviates the name in another language. The
				// whole is added as a mention that Resolve reads as the
				// link (it keeps it as an alias).
				if paren && m.toks[0].upper && x.typ == Organization && !x.guess {
					f.found[i].typ = Organization
					f.found = append(f.found, found{s: x.s, e: m.e + 1, typ: Organization, toks: append(slices.Clone(x.toks), m.toks...), titled: true})
					break
				}
				continue
			}
			typ := x.typ
			if x.guess || typ == Other {
				typ = Organization
				if lex.place.match(x.toks, 0) > 0 && !hasOrgWord(x.toks) {
					typ = Location // Sulawesi Utara (Sulut)
				}
			}
			f.found[i].typ, f.found[j].typ = typ, typ
			break
		}
	}
}

// confirmGuesses keeps a guessed person of several words, in a language
// whose lexicon says "plain other", only when a given name starts it or the
// article names it by one of its words alone elsewhere (Ben Carson …
// Carson) or a speech verb stands before it (said Fabian Hinz); else it is
// other (Capitol Hill).
func (f *finder) confirmGuesses() {
	alone := map[string]bool{}
	for _, m := range f.found {
		if len(m.toks) == 1 {
			alone[m.toks[0].key] = true
		}
	}
	for i := range f.found {
		m := &f.found[i]
		if !m.guess || len(m.toks) < 2 || lex.plain[f.lang] != Other {
			continue
		}
		if lex.given.has(m.toks[:1]) || alone[m.toks[0].key] || alone[m.toks[len(m.toks)-1].key] {
			continue
		}
		if prev := f.prevWord(m.toks[0]); prev != nil && !prev.cap && lex.after.has(one(prev)) {
			continue // said Fabian Hinz
		}
		m.typ, m.guess = Other, false
	}
}

// listPlaces makes a guessed person a place when it stands in a list next
// to a place: Aceh, Riau, Jambi dan Batam.
func (f *finder) listPlaces() {
	for pass := 0; pass < 2; pass++ {
		for i := range f.found {
			m := &f.found[i]
			if !m.guess || len(m.toks) != 1 {
				continue
			}
			for _, j := range []int{i - 1, i + 1} {
				if j < 0 || j >= len(f.found) || f.found[j].typ != Location || f.found[j].guess {
					continue
				}
				a, b := f.found[min(i, j)], f.found[max(i, j)]
				if j < i && f.origin(f.found[j]) && f.apposed(*m) {
					continue // diplomat asal Ekuador, Vayas, berkeliling: the person from there
				}
				if a.e <= b.s && lex.listGap(strings.TrimSpace(string(f.rs[a.e:b.s]))) {
					m.typ, m.guess = Location, false
					break
				}
			}
		}
	}
}

// origin reports whether the word before mention m says where someone is
// from (asal, dari, from): the place names a person's origin.
func (f *finder) origin(m found) bool {
	w := f.prevWord(m.toks[0])
	return w != nil && (w.key == "asal" || w.key == "dari" || w.key == "from")
}

// apposed reports whether a comma and a word in lower case that goes on
// with no list follow mention m (Ekuador, Vayas, berkeliling): m is set
// off in apposition, not listed.
func (f *finder) apposed(m found) bool {
	last := m.toks[len(m.toks)-1]
	i, ok := slices.BinarySearchFunc(f.toks, last.s, func(x *token, s int) int { return x.s - s })
	if !ok || i+2 >= len(f.toks) || f.toks[i+1].text != "," {
		return false
	}
	w := f.toks[i+2]
	return w.word && unicode.IsLower(f.rs[w.s]) && !lex.listGap(w.key)
}

// StripTitle returns the name in s without the titles and roles before it
// and without a leading article or possessive: "Prime Minister Edi Rama"
// and "PM Edi Rama's" give "Edi Rama", "National Security Council
// spokeswoman Adrienne Watson" gives "Adrienne Watson". It returns "" when
// s is only a title ("the prime minister") and s trimmed when it has none.
func StripTitle(s string) string {
	rs := []rune(dropNickname(s))
	var p []*token
	for _, t := range tokenize(rs) {
		if t.word {
			p = append(p, t)
		}
	}
	for len(p) > 0 && lex.stop.has(p[:1]) && !p[0].upper {
		p = p[1:]
	}
	if len(p) == 0 {
		return ""
	}
	chainStart, roleEnd := roles(p)
	switch {
	case roleEnd == len(p) && chainStart == 0:
		return ""
	case roleEnd > 0 && roleEnd < len(p):
		name := p[roleEnd:]
		f := &finder{}
		if _, person := f.splitOrgPerson(name, 1); person != nil {
			p = person
			break
		}
		if hasOrgWord(name) {
			break
		}
		p = name
		if n := lex.place.match(p, 0); n > 0 && n < len(p) {
			p = p[n:]
		}
	}
	return strings.TrimSpace(string(rs[p[0].s:p[len(p)-1].e]))
}
