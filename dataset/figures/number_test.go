package figures

import "testing"

func TestParseDigits(t *testing.T) {
	for _, tc := range []struct {
		in   string
		conv byte
		want float64
		ok   bool
	}{
		{"3,000", convEN, 3000, true},
		{"3,000.50", convEN, 3000.5, true},
		{"1,234,567", convEN, 1234567, true},
		{"4.800", convEN, 4.8, true},
		{"1,3", convEN, 1.3, true},
		{"1.111,11", convEN, 1111.11, true},
		{"192.168.1.2", convEN, 0, false},
		{"22,24,26", convEN, 0, false},
		{"3.000", convID, 3000, true},
		{"2,5", convID, 2.5, true},
		{"1.200.000", convID, 1200000, true},
		{"315,00", convID, 315, true},
		{"1.5", convID, 1.5, true},
		{"1,234,567", convID, 1234567, true},
		{"13.255.244.538.149", convID, 13255244538149, true},
		{"20.10.2025", convID, 0, false},
	} {
		got, ok := parseDigits(tc.in, tc.conv)
		if ok != tc.ok || ok && got != tc.want {
			t.Errorf("parseDigits(%q, %c) = %v, %v; want %v, %v", tc.in, tc.conv, got, ok, tc.want, tc.ok)
		}
	}
}

func TestGuessConv(t *testing.T) {
	for _, tc := range []struct {
		text string
		want byte
	}{
		{"Harga 1.200.000 dan 2,5 juta", convID},
		{"It cost 1,200,000 and 2.5 million", convEN},
		{"17.44 and 3", convEN},
		{"no numbers at all", convEN},
	} {
		if got := guessConv(tokenize([]rune(tc.text))); got != tc.want {
			t.Errorf("guessConv(%q) = %c, want %c", tc.text, got, tc.want)
		}
	}
}

func TestSingularEN(t *testing.T) {
	for in, want := range map[string]string{
		"diplomats": "diplomat", "people": "person", "countries": "country", "buses": "bus", "boxes": "box",
		"MPs": "MP", "police": "police officer", "children": "child", "lives": "life", "analyses": "analysis",
	} {
		if got := singularEN(mk([]rune(in), 0, len([]rune(in)), tWord)); got != want {
			t.Errorf("singularEN(%q) = %q, want %q", in, got, want)
		}
	}
}
