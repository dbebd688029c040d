package report

import (
	"strings"
	"testing"
)

func TestCountedThing(t *testing.T) {
	tests := []struct {
		name, sentence, figure string
		others                 []string
		want                   string
	}{
		{"VerbBefore", "A shallow earthquake struck on Monday, killing at least 162 people and injuring hundreds.", "at least 162 people", nil, "killed"},
		{"WordAfter", "Another 151 people are missing and 1,083 were injured.", "151 people", []string{"1,083"}, "missing"},
		{"AfterWinsTie", "He said about 22,000 houses were damaged and more than 58,000 people had fled to shelters.", "more than 58,000 people", []string{"about 22,000 houses"}, "displaced"},
		{"OtherFigureBlocks", "He said about 22,000 houses were damaged and more than 58,000 people had fled to shelters.", "about 22,000 houses", []string{"more than 58,000 people"}, "damaged"},
		{"IndonesianAfter", "Selain itu, ratusan rumah rusak berat dan sekitar 58 ribu warga mengungsi.", "sekitar 58 ribu warga", []string{"ratusan rumah"}, "displaced"},
		{"IndonesianBefore", "\"Data sampai pukul 17.00 WIB, korban meninggal dunia 268 orang,\" kata Kepala BNPB.", "268 orang", nil, "killed"},
		{"IndonesianMissing", "Sebanyak 151 orang masih dinyatakan hilang.", "151 orang", nil, "missing"},
		{"OwnNoun", "Ia menambahkan, hampir 2.000 pengungsi membutuhkan selimut.", "hampir 2.000 pengungsi", nil, "displaced"},
		{"OwnNounLastWord", "Hingga Selasa pagi telah terjadi 62 kali gempa susulan.", "62 kali gempa susulan", nil, "aftershocks"},
		{"NothingNear", "We aim to reach 10,000 people by the end of the month.", "10,000 people", nil, ""},
		{"TooFar", "Killed were, according to the long list read out by officials at the town hall on Monday evening, 12 people.", "12 people", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start, end := span(t, tt.sentence, tt.figure)
			var others [][2]int64
			for _, o := range tt.others {
				s, e := span(t, tt.sentence, o)
				others = append(others, [2]int64{s, e})
			}
			if got, want := countedThing(tt.sentence, start, end, others), tt.want; got != want {
				t.Errorf("got %q, want %q", got, want)
			}
		})
	}
}

func TestCompareUnit(t *testing.T) {
	for _, tt := range []struct{ unit, want string }{
		{"person", "person"}, {"resident", "person"}, {"refugee", "person"}, {"vessel", "ship"}, {"kilometre", "kilometre"},
	} {
		if got := CompareUnit(tt.unit); got != tt.want {
			t.Errorf("CompareUnit(%q): got %q, want %q", tt.unit, got, tt.want)
		}
	}
}

func TestFigureMatchesConflictValues(t *testing.T) {
	hedge, unit := "Sekitar", "dockworker"
	f := &FigureRow{}
	f.Text, f.Value, f.Hedge, f.Unit, f.Approximate = "Sekitar 2.500 pekerja", 2500, &hedge, &unit, true
	for _, tt := range []struct {
		v    string
		want bool
	}{
		{"2500", true}, {"sekitar 2500 dockworker", true}, {"2500 dockworker", true}, {"Sekitar 2.500 pekerja", true},
		{"about 2500 dockworker", false}, {"25000", false}, {"", false}, {"2500 aftershock", false},
	} {
		if got := figureMatches(f, tt.v); got != tt.want {
			t.Errorf("figureMatches(%q): got %v, want %v", tt.v, got, tt.want)
		}
	}
}

func TestGroupLabel(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"death toll (person: indonesia, java, sukaraja)", "death toll (person)"},
		{"depth (kilometre)", "depth (kilometre)"},
		{"dockworkers on strike", "dockworkers on strike"},
	} {
		if got := SubjectLabel(tt.in); got != tt.want {
			t.Errorf("SubjectLabel(%q): got %q, want %q", tt.in, got, tt.want)
		}
	}
}

func span(t *testing.T, s, sub string) (int64, int64) {
	t.Helper()
	i := strings.Index(s, sub)
	if i < 0 {
		t.Fatalf("%q not in %q", sub, s)
	}
	start := int64(len([]rune(s[:i])))
	return start, start + int64(len([]rune(sub)))
}
