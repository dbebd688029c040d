// Package events finds the time expressions of news articles in English
// and Indonesian, resolves them to dates, clusters the dated happenings
// across articles and languages into events, and flags the happenings that
// sources date differently.
//
// Find works on one article: its own regular expressions, built from the
// embedded time-word lexicon (lexicon/time.tsv), find full and partial
// dates in every common order, numeric dates in the outlet's order, months,
// years (also spelled out: nineteen ninety-six), decades, quarters,
// seasons, weekdays, named days (Christmas, Thanksgiving, Hari
// Kemerdekaan), relative days and periods (yesterday, last week, pekan
// lalu), fuzzy parts (mid-July, awal Juli) and offsets from another date (a
// month later, a few days after the cyberattack, until then). Each
// expression is resolved against the article's publication date when it
// has one: a future cue (will, is expected to, akan) or a deadline (given
// until Monday) puts a weekday or a year-less date ahead, a report verb
// next to it (said Friday) keeps it in the past. A dateline or a stamp line
// (Updated …, Diperbarui …) that only dates the article is kept out. The
// sentence around each expression gives the happening's type, from the
// bilingual trigger lexicon (lexicon/triggers.tsv: a control verb such as
// agreed to gives way to its complement, a consequence such as killed to
// its cause, lexicon/families.tsv), and its participants (names, places
// and key nouns; outlet names and demonyms are not participants of a
// label).
//
// Build works on the corpus: it first groups the articles into stories
// (average-link clustering of their name vectors, names weighted by how
// few articles write them; articles too thin to judge join the story they
// resemble), so that a corpus mixing several stories infers an anchor per
// story and never joins two stories on a day or a kind alone, on a
// month or a year, or on a day counted from another story's anchor. It infers a
// story anchor for articles without
// a publication date (and chooses between the readings of an ambiguous
// numeric date), resolves what Find could not, clusters mentions into
// events and reports date conflicts. Clustering is hashed, never pairwise:
// mentions are keyed by (type family, date at their precision,
// participant), joined with union-find, and coarser mentions (a month, a
// year) join a finer cluster only when exactly one matches, so the cost is
// linear in mentions times participants plus a sort. Kinds a story holds
// one of per day (a quake, a severance: families.tsv) join on the day
// alone, across outlets that name different places; an offset counted
// from a named event (two days after the earthquake) also reports that
// event at its own date.
//
// The package does not parse clock times (they only date a day here),
// durations without a direction (for 24 hours) or sets (every Monday), and
// it does not decide which of two conflicting dates is right.
package events
