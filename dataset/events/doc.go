// Package events finds the time expressions of news articles in English
// and Indonesian, resolves them to dates, clusters the dated happenings
// across articles and languages into events, and flags the happenings that
// sources date differently.
//
// Find works on one article: its own regular expressions, built from the
// embedded time-word lexicon (lexicon/time.tsv), find full and partial
// dates in every common order, numeric dates in the outlet's order, months,
// years, decades, quarters, seasons, weekdays, relative days and periods
// (yesterday, last week, pekan lalu), fuzzy parts (mid-July, awal Juli) and
// offsets from another date (a month later, a few days after the
// cyberattack). Each expression is resolved against the article's
// publication date when it has one; a dateline that only dates the article
// is kept out. The sentence around each expression gives the happening's
// type, from the bilingual trigger lexicon (lexicon/triggers.tsv), and its
// participants (names, places and key nouns).
//
// Build works on the corpus: it infers a story anchor for articles without
// a publication date (and chooses between the readings of an ambiguous
// numeric date), resolves what Find could not, clusters mentions into
// events and reports date conflicts. Clustering is hashed, never pairwise:
// mentions are keyed by (type family, date at their precision,
// participant), joined with union-find, and coarser mentions (a month, a
// year) join a finer cluster only when exactly one matches, so the cost is
// linear in mentions times participants plus a sort.
//
// The package does not parse clock times (they only date a day here),
// durations without a direction (for 24 hours) or sets (every Monday), and
// it does not decide which of two conflicting dates is right.
package events
