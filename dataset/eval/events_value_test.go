package eval

import "testing"

func TestSameValue(t *testing.T) {
	tests := []struct {
		name, pred, gold string
		want             bool
	}{
		{"Equal", "1998-03-22", "1998-03-22", true},
		{"TimeOfDay", "1998-01-07", "1998-01-07TNI", true},
		{"UnspecifiedMonth", "1949", "1949-XX", true},
		{"UnspecifiedDay", "1998-10", "1998-10-XX", true},
		{"UnspecifiedMonthDay", "1994", "1994-XX-XX", true},
		{"WeekNoZero", "2000-W07", "2000-W7", true},
		{"WeekendNoZero", "2000-W07-WE", "2000-W7-WE", true},
		{"OtherWeek", "2000-W17", "2000-W7", false},
		{"UnknownYearStays", "1998", "XXXX-XX", false},
		{"OtherYear", "1948", "1949-XX", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := sameValue(tt.pred, tt.gold), tt.want; got != want {
				t.Errorf("sameValue(%q, %q) = %v, want %v", tt.pred, tt.gold, got, want)
			}
		})
	}
}
