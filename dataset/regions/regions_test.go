package regions

import (
	"slices"
	"testing"
)

func TestAll(t *testing.T) {
	byCode := map[string]Region{}
	countries := 0
	for _, r := range All() {
		if _, dup := byCode[r.Code]; dup {
			t.Errorf("region %s listed twice", r.Code)
		}
		byCode[r.Code] = r
		if r.Country {
			countries++
		}
	}
	tests := []struct {
		code    string
		country bool
		names   []string // each must be among the names
	}{
		{"AL", true, []string{"Albania"}},
		{"IR", true, []string{"Iran"}},
		{"MM", true, []string{"Myanmar", "Burma"}},   // the variant in brackets is a name of its own
		{"EC", true, []string{"Ecuador", "Ekuador"}}, // English, then Indonesian
		{"150", false, []string{"Europe", "Eropa"}},
		{"035", false, []string{"Southeast Asia"}},
		{"419", false, []string{"Latin America"}},
	}
	for _, tt := range tests {
		r, ok := byCode[tt.code]
		if !ok {
			t.Errorf("%s missing", tt.code)
			continue
		}
		if r.Country != tt.country {
			t.Errorf("%s: Country = %v, want %v", tt.code, r.Country, tt.country)
		}
		for _, n := range tt.names {
			if !slices.Contains(r.Names, n) {
				t.Errorf("%s: names %q lack %q", tt.code, r.Names, n)
			}
		}
	}
	for _, code := range []string{"001", "EU", "QO", "DD", "YU"} {
		if _, ok := byCode[code]; ok {
			t.Errorf("%s should be left out", code)
		}
	}
	if countries < 190 {
		t.Errorf("%d countries, want the ~250 of ISO 3166", countries)
	}
}
