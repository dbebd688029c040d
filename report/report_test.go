package report_test

import (
	"strings"
	"testing"

	"newsdesk/dataset"
	"newsdesk/report"
	"newsdesk/report/reporttest"
)

func TestFixtureIsAValidDataset(t *testing.T) {
	if err := dataset.Check(reporttest.Tables()); err != nil {
		t.Fatalf("synthetic tables fail the data tests: %v", err)
	}
}

func TestBuild(t *testing.T) {
	r := report.Build(reporttest.Tables())
	tests := []struct {
		name      string
		got, want any
	}{
		{"Summary/Sources", r.Summary.Sources, 4},
		{"Summary/Languages", r.Summary.Languages, 2},
		{"Summary/Quotes", r.Summary.Quotes, 7},
		{"Summary/Speakers", r.Summary.Speakers, 3},
		{"Summary/Events", r.Summary.Events, 4},
		{"Summary/Conflicts", r.Summary.Conflicts, 2},
		{"Summary/First", r.Summary.First.String(), "2019-01-01"},
		{"Sources/DateOrderUndatedLast", r.Sources[3].ID, "5566778899aabbcc"},
		{"Sources/NameFallsBackToFile", r.Sources[3].Name, "5566778899aabbcc"},
		{"Sources/NameIsOutlet", r.Sources[0].Name, "Antara"},
		{"Timeline/DateOrder", r.Timeline[0].Label, "Earlier strike lasted two weeks"},
		{"Timeline/Sources", report.Names(r.Timeline[1].Sources), "Antara, Reuters, The Jakarta Post"},
		{"Timeline/ConflictMarked", r.Timeline[1].Conflict, true},
		{"Timeline/NoConflict", r.Timeline[2].Conflict, false},
		{"Timeline/TimeTexts", strings.Join(r.Timeline[2].TimeTexts, "|"), "on Wednesday|pada hari Rabu"},
		{"Speakers/MostQuotedFirst", r.Speakers[0].Speaker, "Budi Karya"},
		{"Speakers/Count", r.Speakers[0].Quotes, 3},
		{"Speakers/SourcesCount", r.Speakers[0].Sources, 3},
		{"Speakers/Unattributed", hasSpeaker(r, report.Unattributed), true},
		{"FigureGroups/WidestFirst", r.FigureGroups[0].Unit, "ship"},
		{"FigureGroups/Count", len(r.FigureGroups), 2},
		{"Figures/ConflictMarked", conflictFigures(r), "2500 dockworker,3000 dockworker"},
		{"Conflicts/ClaimsInSourceOrder", claims(r.Conflicts[0]), "Antara=2024-03-12 Reuters=2024-03-12 The Jakarta Post=2024-03-11"},
		{"Conflicts/Event", r.Conflicts[0].Event.Label, "Dockworkers strike at Tanjung Priok"},
		{"Coverage/Size", len(r.Coverage.Count) * len(r.Coverage.Sources), 16},
		{"Coverage/JakartaPostOnStrike", r.Coverage.Count[1][2], 1},
		{"Coverage/UndatedSourceOnStrike", r.Coverage.Count[1][3], 0},
		{"Periods/Monthly", periods(r), "2019-01:1 2024-03:3"},
		{"Quotes/Sentence", r.Quotes[0].Sentence, `"Kami tidak akan kembali bekerja sebelum kontrak ditandatangani," kata Siti Rahma, ketua serikat pekerja.`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %v, want %v", tt.got, tt.want)
			}
		})
	}
}

func TestBuildEmpty(t *testing.T) {
	r := report.Build(reporttest.Empty())
	if got, want := r.Summary.Sources, 4; got != want {
		t.Errorf("sources: got %d, want %d", got, want)
	}
	if r.Summary.First != nil || len(r.Timeline)+len(r.Quotes)+len(r.Periods)+len(r.FigureGroups)+len(r.Speakers) != 0 {
		t.Errorf("empty tables gave rows: %+v", r.Summary)
	}
	if got, want := len(r.Coverage.Sources), 4; got != want {
		t.Errorf("coverage sources: got %d, want %d", got, want)
	}
	r = report.Build(&dataset.Tables{})
	if got := r.Summary.Sources; got != 0 {
		t.Errorf("no tables: got %d sources", got)
	}
}

func TestSameOutletTwice(t *testing.T) {
	tabs := reporttest.Empty()
	tabs.Sources[1].Outlet = tabs.Sources[0].Outlet
	r := report.Build(tabs)
	if a, b := r.Sources[0].Name, r.Sources[1].Name; a == b {
		t.Errorf("two sources share the name %q", a)
	}
}

func TestDateText(t *testing.T) {
	d := dataset.NewDate(2014, 7, 1)
	for _, tt := range []struct{ prec, want string }{
		{"day", "2014-07-01"}, {"month", "July 2014"}, {"year", "2014"}, {"decade", "2010s"},
	} {
		if got := report.DateText(d, tt.prec); got != tt.want {
			t.Errorf("DateText(%s): got %q, want %q", tt.prec, got, tt.want)
		}
	}
}

func hasSpeaker(r *report.Report, name string) bool {
	for _, s := range r.Speakers {
		if s.Speaker == name {
			return true
		}
	}
	return false
}

func conflictFigures(r *report.Report) string {
	var out []string
	for _, f := range r.Figures {
		if f.Conflict {
			out = append(out, report.FigureValue(f.Figure))
		}
	}
	return strings.Join(out, ",")
}

func claims(c report.ConflictRow) string {
	var out []string
	for _, cl := range c.Claims {
		out = append(out, cl.Source.Name+"="+cl.Value)
	}
	return strings.Join(out, " ")
}

func periods(r *report.Report) string {
	var out []string
	for _, p := range r.Periods {
		out = append(out, p.Label+":"+strings.TrimSpace(report.FormatNumber(float64(p.Events))))
	}
	return strings.Join(out, " ")
}
