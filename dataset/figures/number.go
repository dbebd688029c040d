package figures

import (
	"strconv"
	"strings"
)

// Separator conventions.
const (
	convEN = 'e' // 3,000.50
	convID = 'i' // 3.000,50
)

// parseDigits reads a digit run written in convention conv. The group
// separator of the convention (',' in English, '.' in Indonesian) must be
// followed by groups of exactly three digits; a single separator that does
// not fit is read as the decimal point of the other convention (English
// 1,3 is 1.3, Indonesian 1.5 is 1.5). With both separators the last one
// written is the decimal point. Anything else (192.168.1.2, 22,24,26) is
// not a number.
func parseDigits(s string, conv byte) (float64, bool) {
	dots, commas := strings.Count(s, "."), strings.Count(s, ",")
	var dec byte
	switch {
	case dots == 0 && commas == 0:
	case dots > 0 && commas > 0:
		if strings.LastIndexByte(s, '.') > strings.LastIndexByte(s, ',') {
			dec = '.'
		} else {
			dec = ','
		}
		if strings.Count(s, string(dec)) != 1 {
			return 0, false
		}
	default:
		sep := byte('.')
		if commas > 0 {
			sep = ','
		}
		group := byte(',')
		if conv == convID {
			group = '.'
		}
		n := dots + commas
		switch {
		case sep == group && groupsOK(s, sep):
			dec = 0
		case n == 1:
			dec = sep
		case groupsOK(s, sep):
			dec = 0
		default:
			return 0, false
		}
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			b.WriteByte(c)
		case c == dec:
			b.WriteByte('.')
		case c == '.' || c == ',':
			// group separator: its groups must be three digits.
		}
	}
	if dec != 0 {
		// groups before the decimal point must be well formed.
		ip := s[:strings.LastIndexByte(s, dec)]
		if g := otherSep(dec); strings.IndexByte(ip, g) >= 0 && !groupsOK(ip, g) {
			return 0, false
		}
	}
	v, err := strconv.ParseFloat(b.String(), 64)
	return v, err == nil
}

func otherSep(c byte) byte {
	if c == '.' {
		return ','
	}
	return '.'
}

// groupsOK reports whether s is 1-3 digits followed by groups of exactly
// three digits separated by sep (1,234,567).
func groupsOK(s string, sep byte) bool {
	parts := strings.Split(s, string(sep))
	if len(parts) < 2 || len(parts[0]) == 0 || len(parts[0]) > 3 {
		return false
	}
	for _, p := range parts[1:] {
		if len(p) != 3 {
			return false
		}
	}
	return true
}

// plainDigits reports whether s is digits only.
func plainDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// guessConv picks the separator convention of an article whose language
// is undetermined, by a vote of its unambiguous digit runs: 1.234.567 or
// 2,5 vote Indonesian, 1,234,567 or 2.5 vote English. A tie is English.
func guessConv(toks []token) byte {
	en, id := 0, 0
	for _, t := range toks {
		if t.kind != tDigit {
			continue
		}
		dots, commas := strings.Count(t.text, "."), strings.Count(t.text, ",")
		switch {
		case dots > 1 && commas == 0 && groupsOK(t.text, '.'):
			id++
		case commas > 1 && dots == 0 && groupsOK(t.text, ','):
			en++
		case commas == 1 && dots == 0 && len(t.text)-strings.IndexByte(t.text, ',') <= 3:
			id++
		case dots == 1 && commas == 0 && len(t.text)-strings.IndexByte(t.text, '.') <= 3:
			// 17.44 may be a clock time in either language: no vote.
		case dots > 0 && commas > 0:
			if strings.LastIndexByte(t.text, ',') > strings.LastIndexByte(t.text, '.') {
				id++
			} else {
				en++
			}
		}
	}
	if id > en {
		return convID
	}
	return convEN
}
