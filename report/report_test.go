package report_test

import (
	"fmt"
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
		{"Sources/NameIsOutletAndTitle", r.Sources[0].Name, "Antara · Mogok pekerja pelabuhan hentikan…"},
		{"Sources/NamedAfterOutlet", r.Sources[0].NamedAfter, report.NamedAfterOutlet},
		{"Sources/NamedAfterFile", r.Sources[3].NamedAfter, report.NamedAfterFile},
		{"Timeline/DateOrder", r.Timeline[0].Label, "Earlier strike lasted two weeks"},
		{"Timeline/Sources", report.Names(r.Timeline[1].Sources), "Antara · Mogok pekerja pelabuhan hentikan…, Reuters · Dockworkers strike shuts Tanjung…, The Jakarta Post · Port \"talks\" fail <img src=x…"},
		{"Timeline/ConflictMarked", r.Timeline[1].Conflict, true},
		{"Timeline/NoConflict", r.Timeline[2].Conflict, false},
		{"Timeline/TimeTexts", strings.Join(r.Timeline[2].TimeTexts, "|"), "on Wednesday|pada hari Rabu"},
		{"Speakers/MostQuotedFirst", r.Speakers[0].Speaker, "Budi Karya"},
		{"Speakers/Count", r.Speakers[0].Quotes, 3},
		{"Speakers/SourcesCount", r.Speakers[0].Sources, 3},
		{"Speakers/Unattributed", hasSpeaker(r, report.Unattributed), true},
		{"FigureGroups/ConflictFirst", r.FigureGroups[0].Label, "dockworkers on strike"},
		{"FigureGroups/ConflictUnit", r.FigureGroups[0].Unit, "dockworker"},
		{"FigureGroups/ByUnitAndContext", r.FigureGroups[1].Label, "waiting (ship)"},
		{"FigureGroups/ContextValues", groupValues(r.FigureGroups[1]), "35 ship,40 ship"},
		{"FigureGroups/Count", len(r.FigureGroups), 2},
		{"Figures/Compared", r.Figures[1].Compared, "waiting (ship)"},
		{"Figures/OtherTime", otherTime(r), "nearly two weeks=in 2019"},
		{"Focus/From", r.Focus.From.String(), "2024-03-12"},
		{"Focus/To", r.Focus.To.String(), "2024-03-14"},
		{"Focus/Events", r.Focus.Events, 3},
		{"Figures/ConflictMarked", conflictFigures(r), "2500 dockworker,3000 dockworker"},
		{"Conflicts/ClaimsInSourceOrder", claims(r.Conflicts[0]), "Antara=2024-03-12 Reuters=2024-03-12 The Jakarta Post=2024-03-11"},
		{"Periods/DailyWhenClustered", periods(r), "earlier:1 2024-03-12:1 2024-03-13:1 2024-03-14:1"},
		{"Conflicts/Event", r.Conflicts[0].Event.Label, "Dockworkers strike at Tanjung Priok"},
		{"Coverage/Size", len(r.Coverage.Count) * len(r.Coverage.Sources), 16},
		{"Coverage/JakartaPostOnStrike", r.Coverage.Count[1][2], 1},
		{"Coverage/UndatedSourceOnStrike", r.Coverage.Count[1][3], 0},
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

func TestPeriodsMonthlyWhenSpread(t *testing.T) {
	tabs := reporttest.Tables()
	// Move the mediation two months later: the story no longer fits in
	// DailyDays, so events are counted per month.
	for i := range tabs.Events {
		if tabs.Events[i].Label == "Government mediates" {
			tabs.Events[i].Date = dataset.NewDate(2024, 5, 20)
		}
	}
	r := report.Build(tabs)
	if got, want := periods(r), "2019-01:1 2024-03:2 2024-05:1"; got != want {
		t.Errorf("periods: got %q, want %q", got, want)
	}
}

func TestFocusDensestWindow(t *testing.T) {
	tabs := reporttest.Empty()
	for i, d := range []string{"2018-09-28", "2022-06-30", "2022-11-21", "2022-11-21", "2022-11-22", "2022-11-25"} {
		date, err := dataset.ParseDate(d)
		if err != nil {
			t.Fatal(err)
		}
		tabs.Events = append(tabs.Events, dataset.Event{EventID: fmt.Sprint("e", i), Date: date, Precision: dataset.PrecisionDay, Type: "other"})
	}
	// A year-precision event inside the window does not move it.
	tabs.Events = append(tabs.Events, dataset.Event{EventID: "y", Date: dataset.NewDate(2022, 1, 1), Precision: dataset.PrecisionYear, Type: "other"})
	tabs.Sort()
	r := report.Build(tabs)
	if got, want := r.Focus.From.String()+".."+r.Focus.To.String(), "2022-11-21..2022-11-25"; got != want {
		t.Errorf("focus: got %s, want %s", got, want)
	}
	if got, want := r.Focus.Events, 4; got != want {
		t.Errorf("focus events: got %d, want %d", got, want)
	}
	if got, want := periods(r), "earlier:3 2022-11-21:2 2022-11-22:1 2022-11-23:0 2022-11-24:0 2022-11-25:1"; got != want {
		t.Errorf("periods: got %q, want %q", got, want)
	}
}

func TestSourceNames(t *testing.T) {
	tabs := reporttest.Empty()
	tabs.Sources[0].Outlet, tabs.Sources[0].URL = nil, dataset.Str("https://www.kompas.com/read/2022/11/22/gempa")
	tabs.Sources[2].Outlet, tabs.Sources[2].URL = nil, dataset.Str("not a url")
	r := report.Build(tabs)
	byID := map[string]report.Source{}
	for _, s := range r.Sources {
		byID[s.ID] = s
	}
	for _, tt := range []struct {
		id, name, after string
	}{
		{tabs.Sources[0].SourceID, "kompas.com · " + report.Excerpt(*tabs.Sources[0].Title, 36), report.NamedAfterURL},
		{tabs.Sources[2].SourceID, tabs.Sources[2].SourceID + " · " + report.Excerpt(*tabs.Sources[2].Title, 36), report.NamedAfterFile},
		{"5566778899aabbcc", "5566778899aabbcc", report.NamedAfterFile},
	} {
		if got := byID[tt.id]; got.Name != tt.name || got.NamedAfter != tt.after {
			t.Errorf("source %s: got %q (%s), want %q (%s)", tt.id, got.Name, got.NamedAfter, tt.name, tt.after)
		}
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
		out = append(out, strings.SplitN(cl.Source.Name, " · ", 2)[0]+"="+cl.Value)
	}
	return strings.Join(out, " ")
}

func groupValues(g report.FigureGroup) string {
	var out []string
	for _, f := range g.Figures {
		out = append(out, report.FigureValue(f.Figure))
	}
	return strings.Join(out, ",")
}

func otherTime(r *report.Report) string {
	var out []string
	for _, f := range r.Figures {
		if f.OtherTime != "" {
			out = append(out, f.Text+"="+f.OtherTime)
		}
	}
	return strings.Join(out, ",")
}

func periods(r *report.Report) string {
	var out []string
	for _, p := range r.Periods {
		out = append(out, p.Label+":"+strings.TrimSpace(report.FormatNumber(float64(p.Events))))
	}
	return strings.Join(out, " ")
}
