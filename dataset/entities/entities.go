// Package entities finds the named people, organisations and places of an
// article (Find) and merges their mentions across articles and languages
// into the rows of the entities table (Resolve), honouring the user's alias
// file (LoadAliases, AliasFile).
//
// Find works on capitalisation and on embedded word lists, in English and
// Indonesian: lexicon/en.tsv and lexicon/id.tsv (titles and roles,
// organisation and place words, speech verbs, function words, months and
// weekdays, time zones, given names, common words that open sentences),
// lexicon/gazetteer.tsv (a small list of countries, cities, regions,
// well-known organisations and the nicknames of well-known people, Jokowi,
// with their variants) and
// lexicon/concepts.tsv (phrases that name the same organisation in both
// languages). It uses no statistical model: a name that no cue types stays
// "other", and it does not resolve pronouns or role nouns ("the prime
// minister").
//
// Resolve merges spelling and transliteration variants, surnames and first
// names with the one full name they belong to, acronyms with the name they
// spell out or are defined by in brackets, titled forms, gazetteer variants
// (Amerika Serikat, US; Jokowi, Joko Widodo), translated organisation names
// and a lone word with the one organisation it ends (Dortmund, Borussia
// Dortmund); it drops person mentions that are common words of the
// lexicons (Pertemuan). The alias file overrides all of it. It does not
// translate what the lexicons do not list.
package entities
