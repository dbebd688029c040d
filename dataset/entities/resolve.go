package entities

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"unicode"

	"github.com/adrg/strutil"
	"github.com/adrg/strutil/metrics"

	"newsdesk/dataset"
)

// Resolver maps surface forms to canonical entities.
type Resolver struct {
	entities []dataset.Entity
	bySource map[string]int // source + "\x00" + name key → entity index
	byKey    map[string]int // name key → entity index, -1 when two entities share it
	byPart   map[string]int // source + "\x00" + first or last word of a person's name → entity index, -1 when two share it
	rules    map[string]string
}

// item is one name (its key: folded core, titles stripped) in one source.
type item struct {
	source, key string
	forms       map[string]int // core text → occurrences
	allForms    map[string]int // core text → count, from every mention
	surfaces    map[string]bool
	votes       map[string]int // type → count
	words       int            // words of the key
	gaz         gazEntry       // the gazetteer entry the key is a variant of
	acronym     bool           // every form in capitals (MEK, BNPB)
	lower       bool           // some form not in capitals
}

type position struct {
	start, end int64
	item       int
}

// Resolve merges mentions into entities, across articles and languages:
//   - one name key (case, accents, punctuation and titles ignored) is one
//     entity, except a lone word that may be a first or last name;
//   - a lone word joins the full name in the same article whose last (else
//     first) word it is, when exactly one such person is there; else the
//     one such person of the corpus; else it stays its own entity, so two
//     people sharing a surname are not merged;
//   - names of as many words whose words are spelling variants (same
//     consonant skeleton, Jaro-Winkler ≥ 0.85 word by word) merge:
//     Eddie Rama / Edi Rama, Mujahedeen-e-Khalq / Mujahideen-e-Khalq;
//   - an acronym merges with the name it follows or precedes within a few
//     characters when its letters are that name's initials: Mujahedeen-e-Khalq
//     (MEK), "…, or MEK"; and with the organisation Find saw it defined
//     by, as a mention "Name (ACR)", whatever its letters (National
//     Disaster Mitigation Agency (BNPB));
//   - the alias file's rules come first and win.
//
// The canonical name is the alias file's, else the most frequent full form
// (several words, not an acronym), ties going to the longer then the
// smaller string. The result does not depend on the order of mentions.
func Resolve(mentions []dataset.EntityMention, aliases *Aliases) *Resolver {
	if aliases == nil {
		aliases = &Aliases{}
	}
	items, pos := gather(mentions)
	u := newUnion(items, aliases.distinct)
	forced := u.applyRules(aliases.same)
	u.sameKeys()
	u.variants()
	u.acronyms(pos)
	u.definitions()
	u.nicknames()
	u.prefixed()
	u.translations()
	u.singles()
	u.orgParts()
	return u.build(forced, aliases.same)
}

// gather turns mentions into items sorted by key and source, and the
// positions of each source's mentions sorted by span.
func gather(mentions []dataset.EntityMention) ([]*item, map[string][]position) {
	byID := map[[2]string]*item{}
	type raw struct {
		m   dataset.EntityMention
		key [2]string
	}
	var raws []raw
	cores := map[string]string{} // surface → coreName, computed once
	common := map[string]bool{}  // core → commonWord(core), computed once
	coreOf := func(text string) string {
		c, ok := cores[text]
		if !ok {
			c = coreName(text)
			cores[text] = c
		}
		return c
	}
	for _, m := range mentions {
		surf := strings.Join(strings.Fields(m.Text), " ")
		core := coreOf(m.Text)
		k := nameKey(core)
		if k == "" {
			continue
		}
		if m.Type == Person {
			c, ok := common[core]
			if !ok {
				c = commonWord(core)
				common[core] = c
			}
			if c {
				continue
			}
		}
		gaz, isGaz := lex.gazetteer[k]
		if isGaz && m.Type == Person && gaz.typ != Person {
			isGaz = false
		}
		if isGaz {
			k = nameKey(gaz.name)
		}
		id := [2]string{k, m.SourceID}
		it := byID[id]
		if it == nil {
			it = &item{source: m.SourceID, key: k, forms: map[string]int{}, allForms: map[string]int{},
				surfaces: map[string]bool{}, votes: map[string]int{}, words: len(strings.Fields(k))}
			byID[id] = it
		}
		if isGaz {
			it.gaz = gaz
		}
		it.surfaces[surf] = true
		it.allForms[core]++
		it.votes[m.Type]++
		if isUpperWord(core) && !strings.Contains(core, " ") {
			it.acronym = true
		} else {
			it.lower = true
		}
		raws = append(raws, raw{m, id})
	}
	// A word the source also writes in lowercase letters is no acronym:
	// DORTMUND in a dateline is Dortmund.
	for _, it := range byID {
		if it.lower {
			it.acronym = false
		}
	}
	// A titled mention counts as an occurrence of its name unless it holds
	// an untitled mention of the same name (Find gives both for one
	// occurrence).
	inner := map[[2]string][][2]int64{}
	for _, r := range raws {
		if strings.Join(strings.Fields(r.m.Text), " ") == coreOf(r.m.Text) {
			inner[r.key] = append(inner[r.key], [2]int64{r.m.Start, r.m.End})
		}
	}
	for _, r := range raws {
		core := coreOf(r.m.Text)
		if strings.Join(strings.Fields(r.m.Text), " ") != core {
			if slices.ContainsFunc(inner[r.key], func(sp [2]int64) bool { return sp[0] >= r.m.Start && sp[1] <= r.m.End }) {
				continue
			}
		}
		byID[r.key].forms[core]++
	}
	items := make([]*item, 0, len(byID))
	for _, it := range byID {
		items = append(items, it)
	}
	slices.SortFunc(items, func(a, b *item) int {
		return cmp.Or(cmp.Compare(a.key, b.key), cmp.Compare(a.source, b.source))
	})
	index := make(map[[2]string]int, len(items))
	for i, it := range items {
		index[[2]string{it.key, it.source}] = i
	}
	pos := map[string][]position{}
	for _, r := range raws {
		pos[r.m.SourceID] = append(pos[r.m.SourceID], position{r.m.Start, r.m.End, index[r.key]})
	}
	for _, ps := range pos {
		slices.SortFunc(ps, func(a, b position) int {
			return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(a.end, b.end), cmp.Compare(a.item, b.item))
		})
	}
	return items, pos
}

// commonWord reports whether a one-word name is a word the lexicons know
// as common: a function word (Sekitar, Jumlah) or a derived common word
// (Pertemuan, Kedatangan), in any language. A speaker slot or a sentence
// start capitalises such words; they are nobody's name.
func commonWord(core string) bool {
	if strings.ContainsFunc(core, unicode.IsSpace) || isUpperWord(core) {
		return false
	}
	t := &token{key: fold(core), cap: true}
	if lex.stop.has(one(t)) {
		return true
	}
	for lang := range lex.affixes {
		if lex.affixed(lang, t.key) {
			return true
		}
	}
	return false
}

// coreName is the name a surface form stands for: titles stripped, cut
// before an apposition or a parenthesis (The United States, a close ally
// of Albania), "" when no capitalised word is left (the prime minister).
func coreName(surface string) string {
	s := StripTitle(strings.Join(strings.Fields(surface), " "))
	if i := strings.IndexAny(s, ",;:(["); i > 0 {
		s = StripTitle(s[:i])
	}
	for _, sep := range []string{" - ", " – ", " — "} {
		if i := strings.Index(s, sep); i > 0 {
			s = StripTitle(s[:i])
		}
	}
	if !strings.ContainsFunc(s, unicode.IsUpper) {
		return ""
	}
	return s
}

// union is a union-find over items that refuses merges the alias file
// forbids.
type union struct {
	items   []*item
	parent  []int
	members [][]int
	forbid  map[[2]string]bool
	byKey   map[string][]int
	types   map[string]string // keyType's memory
}

func newUnion(items []*item, distinct [][2]string) *union {
	u := &union{items: items, parent: make([]int, len(items)), members: make([][]int, len(items)),
		forbid: map[[2]string]bool{}, byKey: map[string][]int{}, types: map[string]string{}}
	for i, it := range items {
		u.parent[i], u.members[i] = i, []int{i}
		u.byKey[it.key] = append(u.byKey[it.key], i)
	}
	for _, d := range distinct {
		u.forbid[d] = true
		u.forbid[[2]string{d[1], d[0]}] = true
	}
	return u
}

func (u *union) find(i int) int {
	for u.parent[i] != i {
		u.parent[i] = u.parent[u.parent[i]]
		i = u.parent[i]
	}
	return i
}

// join merges the groups of a and b unless a distinct rule forbids it.
func (u *union) join(a, b int) bool {
	ra, rb := u.find(a), u.find(b)
	if ra == rb {
		return true
	}
	if len(u.forbid) > 0 {
		for _, x := range u.members[ra] {
			for _, y := range u.members[rb] {
				if u.forbid[[2]string{u.items[x].key, u.items[y].key}] {
					return false
				}
			}
		}
	}
	if rb < ra {
		ra, rb = rb, ra
	}
	u.parent[rb] = ra
	u.members[ra] = append(u.members[ra], u.members[rb]...)
	u.members[rb] = nil
	return true
}

// applyRules merges the items named by each alias rule and returns, per
// rule, one item it matched (-1 when none did).
func (u *union) applyRules(rules []aliasRule) []int {
	forced := make([]int, len(rules))
	byName := map[string]int{} // name key → first item any rule of that name matched
	for r, rule := range rules {
		forced[r] = -1
		if i, ok := byName[rule.key]; ok {
			forced[r] = i
		}
		var hit []int
		for i, it := range u.items {
			if it.key == rule.key || it.key == rule.aliasKey {
				hit = append(hit, i)
				continue
			}
			for s := range it.surfaces {
				if nameKey(s) == rule.aliasKey {
					hit = append(hit, i)
					break
				}
			}
		}
		for _, i := range hit {
			if forced[r] < 0 {
				forced[r] = i
			} else {
				u.join(forced[r], i)
			}
		}
		if forced[r] >= 0 {
			byName[rule.key] = forced[r]
		}
	}
	return forced
}

// keyType is the type most mentions of a key give, over all sources.
func (u *union) keyType(key string) string {
	if t, ok := u.types[key]; ok {
		return t
	}
	votes := map[string]int{}
	for _, i := range u.byKey[key] {
		for t, n := range u.items[i].votes {
			votes[t] += n
		}
	}
	t := vote(votes)
	u.types[key] = t
	return t
}

// vote returns the type with most votes, other only when there is no
// other; ties go to organization, then location, then person: an
// organisation or place word is evidence, while a speaker slot (the club
// said) types whatever fills it a person.
func vote(votes map[string]int) string {
	best, n := Other, 0
	for _, t := range []string{Organization, Location, Person} {
		if votes[t] > n {
			best, n = t, votes[t]
		}
	}
	return best
}

// single reports whether the key is a lone word that may be someone's
// first or last name, so that its sources are resolved one by one.
func (u *union) single(key string) bool {
	if len(strings.Fields(key)) != 1 || u.items[u.byKey[key][0]].acronym {
		return false
	}
	t := u.keyType(key)
	return t == Person || t == Other
}

// sameKeys merges the items of one key across sources, except singles.
func (u *union) sameKeys() {
	for _, k := range u.sortedKeys() {
		if u.single(k) {
			continue
		}
		ids := u.byKey[k]
		for _, i := range ids[1:] {
			u.join(ids[0], i)
		}
	}
}

func (u *union) sortedKeys() []string {
	return slices.Sorted(maps.Keys(u.byKey))
}

var (
	jaroWinkler = metrics.NewJaroWinkler()
	levenshtein = metrics.NewLevenshtein()
)

// variants merges names of several words whose words are spelling or
// transliteration variants of each other, and long lone words that are
// not people's names (a surname variant is too often another person).
func (u *union) variants() {
	buckets := map[string][]string{}
	for _, k := range u.sortedKeys() {
		if u.items[u.byKey[k][0]].acronym {
			continue
		}
		if w := len(strings.Fields(k)); w == 1 && (len([]rune(k)) < 10 || u.single(k)) {
			continue
		}
		sk := skeleton(k)
		buckets[sk] = append(buckets[sk], k)
	}
	sks := slices.Sorted(maps.Keys(buckets))
	for _, sk := range sks {
		keys := buckets[sk]
		for i := range keys {
			for j := i + 1; j < len(keys); j++ {
				if u.compatible(keys[i], keys[j]) {
					u.join(u.byKey[keys[i]][0], u.byKey[keys[j]][0])
				}
			}
		}
	}
}

// compatible reports whether two keys of one skeleton are variants of one
// name: same number of words, each pair equal or similar, types that do
// not disagree.
func (u *union) compatible(a, b string) bool {
	ta, tb := u.keyType(a), u.keyType(b)
	if ta != tb && ta != Other && tb != Other {
		return false
	}
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) != len(wb) {
		return false
	}
	for i := range wa {
		if wa[i] == wb[i] {
			continue
		}
		if len([]rune(wa[i])) < 3 || len([]rune(wb[i])) < 3 || strutil.Similarity(wa[i], wb[i], jaroWinkler) < 0.85 {
			return false
		}
	}
	return strutil.Similarity(a, b, levenshtein) >= 0.7
}

// prefixed merges an organisation named with a leading place or
// demonym (Albanian Council of Ministers, Iran Mujahedeen-e-Khalq) with the
// same name without it, when the corpus has that name and no other
// prefixed form of it (so that Iranian and Indonesian Foreign Ministry do
// not meet through Foreign Ministry).
func (u *union) prefixed() {
	byRest := map[string][]string{}
	for _, k := range u.sortedKeys() {
		if u.keyType(k) != Organization {
			continue
		}
		w := strings.Fields(k)
		toks := make([]*token, len(w))
		for i, x := range w {
			toks[i] = &token{key: x}
		}
		n := max(lex.place.match(toks, 0), lex.adj.match(toks, 0))
		if n == 0 || len(w)-n < 2 {
			continue
		}
		rest := strings.Join(w[n:], " ")
		if ids, ok := u.byKey[rest]; ok && u.keyType(rest) != Person && !u.items[ids[0]].acronym {
			byRest[rest] = append(byRest[rest], k)
		}
	}
	for _, rest := range slices.Sorted(maps.Keys(byRest)) {
		if ks := byRest[rest]; len(ks) == 1 {
			u.join(u.byKey[rest][0], u.byKey[ks[0]][0])
		}
	}
}

// translations merges organisations whose names say the same thing in
// different words or languages: Kementerian Luar Negeri Iran, Iranian
// Foreign Ministry and Foreign Ministry of Iran are all {foreign-ministry,
// iran} (lexicon/concepts.tsv). Names that reduce to one concept only
// (Foreign Ministry, Police) are not merged: whose ministry is unknown.
func (u *union) translations() {
	groups := map[string][]string{}
	for _, k := range u.sortedKeys() {
		if t := u.keyType(k); t == Person || t == Location {
			continue
		}
		ck, ok := conceptKey(u.form(u.byKey[k][0]))
		if !ok || len(strings.Fields(ck)) < 2 {
			continue
		}
		groups[ck] = append(groups[ck], k)
	}
	for _, ck := range slices.Sorted(maps.Keys(groups)) {
		ks := groups[ck]
		for _, k := range ks[1:] {
			u.join(u.byKey[ks[0]][0], u.byKey[k][0])
		}
	}
}

// conceptKey reads a name as a sorted set of concepts: translated phrases,
// places by their gazetteer name, other words as they are. ok is false
// when no phrase of concepts.tsv occurs in it.
func conceptKey(name string) (key string, ok bool) {
	var toks []*token
	for _, t := range tokenize([]rune(name)) {
		if t.word {
			toks = append(toks, t)
		}
	}
	var out []string
	for k := 0; k < len(toks); {
		if n := lex.concepts.match(toks, k); n > 0 {
			out = append(out, lex.concept[keysOf(toks[k:k+n])]...)
			ok = true
			k += n
			continue
		}
		if n := lex.place.match(toks, k); n > 0 {
			if g, found := lex.gazetteer[nameKey(keysOf(toks[k:k+n]))]; found {
				out = append(out, strings.ReplaceAll(nameKey(g.name), " ", "-"))
				k += n
				continue
			}
		}
		switch toks[k].key {
		case "of", "the", "for", "and", "dan", "untuk", "&":
		default:
			out = append(out, toks[k].key)
		}
		k++
	}
	slices.Sort(out)
	return strings.Join(slices.Compact(out), " "), ok
}

// keysOf joins the folded keys of toks with spaces.
func keysOf(toks []*token) string {
	keys := make([]string, len(toks))
	for i, t := range toks {
		keys[i] = t.key
	}
	return strings.Join(keys, " ")
}

// acronyms merges an acronym with the name right before it (Mujahedeen-e-
// Khalq (MEK), Mujahedeen-e-Khalq, or MEK) or right after it (MEK
// (Mujahedeen-e-Khalq)) when its letters are the name's initials.
func (u *union) acronyms(pos map[string][]position) {
	sources := slices.Sorted(maps.Keys(pos))
	for _, src := range sources {
		ps := pos[src]
		for i, p := range ps {
			acr := u.items[p.item]
			if !acr.acronym && (acr.words != 1 || u.keyType(acr.key) == Person) {
				continue
			}
			for j, q := range ps {
				if j == i || u.items[q.item].acronym {
					continue
				}
				before := q.end <= p.start && p.start-q.end <= 7
				after := q.start >= p.end && q.start-p.end <= 2
				paren := q.end <= p.start && p.start-q.end == 2 && abbreviatesTail(acr.key, u.form(q.item))
				if paren || (before || after) && initialsMatch(acr.key, u.form(q.item)) {
					u.join(p.item, q.item)
				}
			}
		}
	}
}

// definitions merges an acronym with the organisation whose mention Find
// wrote as "Name (ACR)" in the same source: National Disaster Mitigation
// Agency (BNPB), where the letters need not match (a translated name).
// Organisations that define the same acronym merge across sources too:
// Corruption Eradication Commission (KPK) and Komisi Pemberantasan
// Korupsi (KPK) are one body named in two languages.
func (u *union) definitions() {
	bySource := map[[2]string]int{}
	for i, it := range u.items {
		bySource[[2]string{it.key, it.source}] = i
	}
	defs := map[string][]int{} // acronym key → organisations defining it
	for i, it := range u.items {
		for _, s := range slices.Sorted(maps.Keys(it.surfaces)) {
			open := strings.LastIndex(s, " (")
			if open <= 0 || !strings.HasSuffix(s, ")") {
				continue
			}
			acr := s[open+2 : len(s)-1]
			if !isUpperWord(acr) || strings.ContainsAny(acr, " ,;") || u.keyType(it.key) != Organization {
				continue
			}
			k := nameKey(acr)
			if g, ok := lex.gazetteer[k]; ok {
				k = nameKey(g.name)
			}
			if j, ok := bySource[[2]string{k, it.source}]; ok && (u.items[j].acronym || k != nameKey(acr)) {
				u.join(i, j)
			}
			defs[k] = append(defs[k], i)
		}
	}
	for _, k := range slices.Sorted(maps.Keys(defs)) {
		for _, j := range defs[k][1:] {
			u.join(defs[k][0], j)
		}
	}
}

// nicknames merges a person written with a quoted nickname inside the
// name (Joko "Jokowi" Widodo) with the nickname in the same source.
func (u *union) nicknames() {
	var bySource map[[2]string]int
	for i, it := range u.items {
		var quoted []string
		for s := range it.surfaces {
			if strings.ContainsAny(s, "\"“„") {
				quoted = append(quoted, s)
			}
		}
		if len(quoted) == 0 {
			continue
		}
		if bySource == nil {
			bySource = map[[2]string]int{}
			for i, it := range u.items {
				bySource[[2]string{it.key, it.source}] = i
			}
		}
		slices.Sort(quoted)
		for _, s := range quoted {
			_, nick := splitNickname(s)
			if nick == "" || u.keyType(it.key) != Person {
				continue
			}
			k := nameKey(nick)
			if g, ok := lex.gazetteer[k]; ok && g.typ == Person {
				k = nameKey(g.name)
			}
			if j, ok := bySource[[2]string{k, it.source}]; ok {
				u.join(i, j)
			}
		}
	}
}

// foldCapitals counts a form written in capitals (RAVENSCAR in a
// dateline, ANTARA) as its form in mixed case when the articles also write
// it so (Ravenscar): the capitals are typography, not the name.
func foldCapitals(forms map[string]int) map[string]int {
	caps := false
	for f := range forms {
		if !strings.ContainsFunc(f, unicode.IsLower) {
			caps = true
			break
		}
	}
	if !caps || len(forms) < 2 {
		return forms
	}
	mixed := map[string]string{}
	for _, f := range slices.Sorted(maps.Keys(forms)) {
		if !isUpperWord(f) && strings.ContainsFunc(f, unicode.IsLower) {
			k := nameKey(f)
			if m, ok := mixed[k]; !ok || forms[f] > forms[m] {
				mixed[k] = f
			}
		}
	}
	if len(mixed) == 0 {
		return forms
	}
	out := make(map[string]int, len(forms))
	for f, n := range forms {
		if m, ok := mixed[nameKey(f)]; ok && !strings.ContainsFunc(f, unicode.IsLower) {
			out[m] += n
			continue
		}
		out[f] += n
	}
	return out
}

// form is an item's most frequent core text.
func (u *union) form(i int) string {
	it := u.items[i]
	return best(it.allForms, false)
}

// initialsMatch reports whether acronym key acr (folded) spells the
// initials of name's words, all of them or only the capitalised ones.
func initialsMatch(acr, name string) bool {
	words := strings.FieldsFunc(name, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(words) < 2 {
		return false
	}
	var all, caps []rune
	for _, w := range words {
		r, _ := firstRune(w)
		all = append(all, unicode.ToLower(r))
		if unicode.IsUpper(r) {
			caps = append(caps, unicode.ToLower(r))
		}
	}
	a := strings.ReplaceAll(acr, " ", "")
	return a == string(all) || a == string(caps)
}

// abbreviates reports whether abbr (folded) is a syllable abbreviation of
// name: its letters appear in order in name, starting with name's first
// letter, and name has several words (Gapki for Gabungan Pengusaha Kelapa
// Sawit Indonesia, Indef for Institute for Development of Economics and
// Finance).
func abbreviates(abbr, name string) bool {
	k := strings.ReplaceAll(nameKey(name), " ", "")
	a := strings.ReplaceAll(nameKey(abbr), " ", "")
	if len(strings.Fields(nameKey(name))) < 2 || len(a) < 2 || len(a) >= len(k) || a[0] != k[0] {
		return false
	}
	j := 0
	for i := 0; i < len(k) && j < len(a); i++ {
		if k[i] == a[j] {
			j++
		}
	}
	return j == len(a)
}

// abbreviatesTail reports whether abbr abbreviates name or the name
// without its first words (Tipikor for Pengadilan Tindak Pidana Korupsi:
// the court of the Tipikor crimes), at least two words being left.
func abbreviatesTail(abbr, name string) bool {
	words := strings.Fields(name)
	for k := 0; k+2 <= len(words); k++ {
		if abbreviates(abbr, strings.Join(words[k:], " ")) {
			return true
		}
	}
	return false
}

// singles attaches each lone word to the one person whose last (else
// first) name it is, in its own article first, then in the corpus; the
// words left merge by key.
func (u *union) singles() {
	type index struct{ last, first map[string][]int }
	newIndex := func() index { return index{map[string][]int{}, map[string][]int{}} }
	global := newIndex()
	bySrc := map[string]index{}
	addTo := func(ix index, k string, root int) {
		for _, r := range ix.last[k] {
			if r == root {
				return
			}
		}
		ix.last[k] = append(ix.last[k], root)
	}
	addFirst := func(ix index, k string, root int) {
		for _, r := range ix.first[k] {
			if r == root {
				return
			}
		}
		ix.first[k] = append(ix.first[k], root)
	}
	groupTypes := map[int]string{}
	for i, it := range u.items {
		if it.words < 2 || it.acronym {
			continue
		}
		root := u.find(i)
		if _, ok := groupTypes[root]; !ok {
			groupTypes[root] = u.groupType(root)
		}
		if groupTypes[root] != Person {
			continue
		}
		w := strings.Fields(best(it.allForms, false))
		if len(w) < 2 {
			continue
		}
		last, first := nameKey(w[len(w)-1]), nameKey(w[0])
		if _, ok := bySrc[it.source]; !ok {
			bySrc[it.source] = newIndex()
		}
		for _, ix := range []index{global, bySrc[it.source]} {
			addTo(ix, last, root)
			addFirst(ix, first, root)
		}
	}
	pick := func(ix index, k string) (target int, decided bool) {
		if ix.last == nil {
			return -1, false
		}
		for _, c := range [][]int{ix.last[k], ix.first[k]} {
			if len(c) == 1 {
				return c[0], true
			}
			if len(c) > 1 {
				return -1, true // ambiguous: two people bear it
			}
		}
		return -1, false
	}
	var left []int
	isLeft := map[int]bool{}
	for i, it := range u.items {
		if !u.single(it.key) || u.find(i) != i || len(u.members[i]) > 1 {
			continue
		}
		target, decided := pick(bySrc[it.source], it.key)
		if !decided {
			target, _ = pick(global, it.key)
		}
		if target < 0 || !u.join(target, i) {
			left = append(left, i)
			isLeft[i] = true
		}
	}
	for _, i := range left {
		for _, j := range u.byKey[u.items[i].key] {
			if j > i && isLeft[j] {
				u.join(i, j)
			}
		}
	}
}

// orgParts attaches a lone word typed organisation (Dortmund) to the one
// organisation of several words, in its own article first, then in the
// corpus, whose last word it is (Borussia Dortmund); acronyms, gazetteer
// names and words that two organisations end with stay apart. A lone word
// typed organisation or other also joins the one two-word company whose
// first word it is, its second a company word (Northgate Terminals).
func (u *union) orgParts() {
	type index = map[string][]int
	global, firstGlobal := index{}, index{}
	bySrc, firstSrc := map[string]index{}, map[string]index{}
	add := func(ix index, k string, root int) {
		if !slices.Contains(ix[k], root) {
			ix[k] = append(ix[k], root)
		}
	}
	types := map[int]string{}
	groupType := func(root int) string {
		t, ok := types[root]
		if !ok {
			t = u.groupType(root)
			types[root] = t
		}
		return t
	}
	for i, it := range u.items {
		if it.words < 2 || it.acronym || it.gaz.name != "" {
			continue
		}
		root := u.find(i)
		if groupType(root) != Organization {
			continue
		}
		w := strings.Fields(it.key)
		if bySrc[it.source] == nil {
			bySrc[it.source] = index{}
			firstSrc[it.source] = index{}
		}
		for _, ix := range []index{global, bySrc[it.source]} {
			add(ix, w[len(w)-1], root)
		}
		// Northgate Terminals, Wilmar Group: a company named by its
		// first word and a company word is also called by that word.
		if len(w) == 2 && lex.org.has(one(&token{key: w[1]})) && !lex.org.has(one(&token{key: w[0]})) {
			for _, ix := range []index{firstGlobal, firstSrc[it.source]} {
				add(ix, w[0], root)
			}
		}
	}
	for i, it := range u.items {
		if it.words != 1 || it.acronym || it.gaz.name != "" || u.find(i) != i ||
			slices.ContainsFunc(u.members[i], func(m int) bool { return u.items[m].key != it.key }) {
			continue
		}
		typ := u.groupType(i)
		if typ != Organization && typ != Other {
			continue
		}
		joined := false
		if typ == Organization {
			joined = joinOne(u, i, it.key, bySrc[it.source], global)
		}
		if !joined {
			joinOne(u, i, it.key, firstSrc[it.source], firstGlobal)
		}
	}
}

// joinOne joins item i to the one group that index ix (its own article's)
// or else global lists for key; a key two groups share joins nothing.
func joinOne(u *union, i int, key string, ix, global map[string][]int) bool {
	for _, x := range []map[string][]int{ix, global} {
		if c := x[key]; len(c) == 1 {
			u.join(c[0], i)
			return true
		} else if len(c) > 1 {
			return false
		}
	}
	return false
}

// groupType is the type voted by all mentions of i's group.
func (u *union) groupType(i int) string {
	votes := map[string]int{}
	for _, m := range u.members[u.find(i)] {
		for t, n := range u.items[m].votes {
			votes[t] += n
		}
	}
	return vote(votes)
}

// best returns the most frequent form; with full set, forms of several
// words that are not acronyms are preferred. Ties go to the form with
// more words, then the longer, then the smaller string.
func best(forms map[string]int, full bool) string {
	forms = foldCapitals(forms)
	cands := make([]string, 0, len(forms))
	for f := range forms {
		if !full || (len(strings.Fields(nameKey(f))) >= 2 && !isUpperWord(f)) {
			cands = append(cands, f)
		}
	}
	if len(cands) == 0 {
		return best(forms, false)
	}
	slices.SortFunc(cands, func(a, b string) int {
		return cmp.Or(
			-cmp.Compare(forms[a], forms[b]),
			-cmp.Compare(len(strings.Fields(nameKey(a))), len(strings.Fields(nameKey(b)))),
			-cmp.Compare(len([]rune(a)), len([]rune(b))),
			cmp.Compare(a, b))
	})
	return cands[0]
}

// build turns groups into entities and the lookup tables of Canonical.
func (u *union) build(forced []int, rules []aliasRule) *Resolver {
	ruleOf := map[int]aliasRule{}
	for r, i := range forced {
		if i >= 0 {
			root := u.find(i)
			if prev, ok := ruleOf[root]; !ok || (prev.typ == "" && rules[r].typ != "") {
				ruleOf[root] = rules[r]
			}
		}
	}
	type group struct {
		name, typ string
		aliases   map[string]bool
		items     []int
	}
	byID := map[string]*group{}
	for root := range u.items {
		if u.find(root) != root {
			continue
		}
		forms, votes := map[string]int{}, map[string]int{}
		surfaces := map[string]bool{}
		for _, m := range u.members[root] {
			it := u.items[m]
			for f, n := range it.forms {
				forms[f] += n
			}
			for t, n := range it.votes {
				votes[t] += n
			}
			for s := range it.surfaces {
				surfaces[s] = true
			}
		}
		name, typ := best(forms, true), vote(votes)
		gaz := gazEntry{}
		for _, m := range u.members[root] {
			if g := u.items[m].gaz; g.name != "" && (gaz.name == "" || g.name < gaz.name) {
				gaz = g
			}
		}
		if gaz.name != "" {
			name, typ = gaz.name, gaz.typ
		}
		if rule, ok := ruleOf[root]; ok {
			name = rule.name
			if rule.typ != "" {
				typ = rule.typ
			}
		}
		id := dataset.ID("entity", name, typ)
		g := byID[id]
		if g == nil {
			g = &group{name: name, typ: typ, aliases: map[string]bool{}}
			byID[id] = g
		}
		for s := range surfaces {
			g.aliases[s] = true
		}
		g.items = append(g.items, u.members[root]...)
	}
	ids := make([]string, 0, len(byID))
	for id := range byID {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(a, b string) int {
		return cmp.Or(cmp.Compare(byID[a].name, byID[b].name), cmp.Compare(byID[a].typ, byID[b].typ), cmp.Compare(a, b))
	})
	r := &Resolver{bySource: map[string]int{}, byKey: map[string]int{}, byPart: map[string]int{}, rules: map[string]string{}}
	for e, id := range ids {
		g := byID[id]
		aliases := slices.Sorted(maps.Keys(g.aliases))
		r.entities = append(r.entities, dataset.Entity{EntityID: id, Name: g.name, Type: g.typ, Aliases: aliases})
		slices.Sort(g.items)
		for _, i := range g.items {
			it := u.items[i]
			keys := []string{it.key}
			for s := range it.surfaces {
				keys = append(keys, nameKey(s))
			}
			if g.typ == Person && it.words >= 2 {
				w := strings.Fields(it.key)
				for _, part := range []string{w[0], w[len(w)-1]} {
					pk := it.source + "\x00" + part
					if prev, ok := r.byPart[pk]; ok && prev != e {
						r.byPart[pk] = -1
					} else if !ok {
						r.byPart[pk] = e
					}
				}
			}
			for _, k := range keys {
				r.bySource[it.source+"\x00"+k] = e
				if prev, ok := r.byKey[k]; ok && prev != e {
					r.byKey[k] = -1
				} else if !ok {
					r.byKey[k] = e
				}
			}
		}
	}
	for _, rule := range rules {
		r.rules[rule.aliasKey] = rule.name
		r.rules[rule.key] = rule.name
	}
	return r
}

// Entities returns the entities table rows, sorted by name and type.
func (r *Resolver) Entities() []dataset.Entity { return slices.Clone(r.entities) }

// Canonical returns the canonical name for surface form s seen in source
// sourceID, or s itself when it is not a known entity.
func (r *Resolver) Canonical(sourceID, s string) string {
	if e, ok := r.Lookup(sourceID, s); ok {
		return e.Name
	}
	if name, ok := r.rules[nameKey(StripTitle(s))]; ok {
		return name
	}
	return s
}

// Lookup returns the entity that surface form s, seen in source sourceID,
// belongs to: by its name in that source first, then by a name that only
// one entity of the corpus bears, then as the first or last name of one
// person of that source, or as a place of that source before a person's
// name (Sukabumi Marwan Hamami). Titles are ignored (Prime Minister Edi
// Rama is Edi Rama).
func (r *Resolver) Lookup(sourceID, s string) (dataset.Entity, bool) {
	for _, k := range []string{nameKey(coreName(s)), nameKey(StripTitle(s)), nameKey(s)} {
		if k == "" {
			continue
		}
		if e, ok := r.bySource[sourceID+"\x00"+k]; ok {
			return r.entities[e], true
		}
	}
	for _, k := range []string{nameKey(coreName(s)), nameKey(StripTitle(s)), nameKey(s)} {
		if e, ok := r.byKey[k]; ok && e >= 0 {
			return r.entities[e], true
		}
	}
	// Marwan: the first or last name of one person of this source
	if w := strings.Fields(nameKey(coreName(s))); len(w) == 1 {
		if e, ok := r.byPart[sourceID+"\x00"+w[0]]; ok && e >= 0 {
			return r.entities[e], true
		}
	}
	// Sukabumi Marwan Hamami (a title cut off before its region): a place
	// of this source before a name of this source
	w := strings.Fields(nameKey(s))
	for n := 1; n+2 <= len(w); n++ {
		e, ok := r.bySource[sourceID+"\x00"+strings.Join(w[:n], " ")]
		if !ok || r.entities[e].Type != Location {
			continue
		}
		if e, ok := r.bySource[sourceID+"\x00"+strings.Join(w[n:], " ")]; ok && r.entities[e].Type == Person {
			return r.entities[e], true
		}
	}
	return dataset.Entity{}, false
}
