package dataset

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
)

// IDLen is the number of hex digits of every generated ID: 64 bits, enough
// that a collision among the rows of one corpus is not a practical concern.
const IDLen = 16

// ID derives a stable identifier from the parts that define a row. IDs come
// from content, never from counters or randomness, so the same inputs give
// the same IDs whatever the worker count or file order.
func ID(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:IDLen]
}

// SpanKey formats a span for use in ID parts.
func SpanKey(start, end int64) string {
	return strconv.FormatInt(start, 10) + ":" + strconv.FormatInt(end, 10)
}

// Sha256Hex returns the hex sha256 of b.
func Sha256Hex(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

// Slice returns text[start:end] counted in Unicode code points, the offset
// unit of every table. ok is false when the span is out of range.
func Slice(text []rune, start, end int64) (s string, ok bool) {
	if start < 0 || end < start || end > int64(len(text)) {
		return "", false
	}
	return string(text[start:end]), true
}

// Runes converts byte offsets into code point offsets for a string. It is
// the one place where byte positions (what Go's strings and regexp return)
// become the code point positions the contract requires.
type Runes struct {
	text  string
	index []int32 // index[b] = code point offset of byte b; len(text)+1 entries
}

// NewRunes indexes text.
func NewRunes(text string) *Runes {
	idx := make([]int32, len(text)+1)
	n := int32(0)
	for b := range text {
		idx[b] = n
		n++
	}
	// Continuation bytes take the offset of the next code point, so that a
	// byte offset inside a rune rounds up, never down.
	next := n
	idx[len(text)] = n
	for b := len(text) - 1; b >= 0; b-- {
		if text[b]&0xC0 == 0x80 {
			idx[b] = next
			continue
		}
		next = idx[b]
	}
	return &Runes{text: text, index: idx}
}

// Offset returns the code point offset of byte offset b.
func (r *Runes) Offset(b int) int64 { return int64(r.index[b]) }

// Len returns the number of code points.
func (r *Runes) Len() int64 { return int64(r.index[len(r.text)]) }
