// Package entities finds the named people, organisations and places of an
// article (Find) and merges their mentions across articles and languages
// into the entities table (Resolve), honouring the user's alias file
// (LoadAliases).
//
// Find works on capitalisation and on embedded word lists (lexicon/*.tsv:
// titles and roles, organisation and place words, a small gazetteer,
// function words, months and weekdays, in English and Indonesian); it uses
// no statistical model, so a name no cue types stays "other". Resolve
// merges spelling and transliteration variants, surnames, acronyms and
// titled forms; it does not translate (Kementerian Luar Negeri Iran and
// Iranian Foreign Ministry stay two entities unless the alias file joins
// them) and does not resolve pronouns.
package entities
