package charts

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"newsdesk/dataset"
	"newsdesk/report"
)

// Limits keep charts readable on a laptop screen.
const (
	maxSpeakers = 25
	maxUnits    = 12
	labelRunes  = 48
)

// palette colours series in a fixed order.
var palette = []string{"#4472c4", "#ed7d31", "#70ad47", "#7030a0", "#ffc000", "#5b9bd5", "#c00000", "#264478", "#9e480e", "#636363"}

// sourcesPalette colours events by how many sources mention them: more
// sources, darker.
var sourcesPalette = []string{"#9ecae1", "#4292c6", "#08519c", "#08306b"}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// finish validates c and returns its option with the settings every chart
// shares: no animation (pages draw the same every time), a save-as-image
// button, item tooltips.
func finish(c interface {
	Validate()
	JSON() map[string]interface{}
}) map[string]any {
	c.Validate()
	o := c.JSON()
	o["animation"] = false
	o["toolbox"] = map[string]any{"feature": map[string]any{"saveAsImage": map[string]any{"title": "Save as image"}}}
	o["tooltip"] = map[string]any{"trigger": "item"}
	return o
}

func initOpts(id string) charts.GlobalOpts {
	return charts.WithInitializationOpts(opts.Initialization{ChartID: id, AssetsHost: "./"})
}

func timeline(r *report.Report) Chart {
	c := Chart{ID: "timeline", Title: "Timeline of events",
		About: "Each point is an event, placed at its date (the first day of its month or year when only that is known) " +
			"and grouped by type. Bigger and darker points are mentioned by more sources; diamonds are events the sources date differently.",
		Empty: "No dated events yet: the events table is empty."}
	if len(r.Timeline) == 0 {
		return c
	}
	types := map[string]bool{}
	byN := map[int][]*report.TimelineRow{}
	for i := range r.Timeline {
		e := &r.Timeline[i]
		types[e.Type] = true
		byN[int(e.NSources)] = append(byN[int(e.NSources)], e)
	}
	cats := sortedKeys(types)
	ns := make([]int, 0, len(byN))
	for n := range byN {
		ns = append(ns, n)
	}
	sort.Ints(ns)
	ch := charts.NewScatter()
	ch.SetGlobalOptions(initOpts(c.ID),
		charts.WithTitleOpts(opts.Title{Title: c.Title}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(true), Top: "28", Type: "scroll"}),
		charts.WithGridOpts(opts.Grid{Left: "12", Right: "40", Top: "70", Bottom: "70", ContainLabel: opts.Bool(true)}),
		charts.WithXAxisOpts(opts.XAxis{Type: "time", Name: "Date", NameLocation: "middle", NameGap: 28}),
		charts.WithYAxisOpts(opts.YAxis{Type: "category", Name: "Event type", Data: cats}),
	)
	for k, n := range ns {
		var data []opts.ScatterData
		var tips [][]string
		for _, e := range byN[n] {
			sym := "circle"
			if e.Conflict {
				sym = "diamond"
			}
			data = append(data, opts.ScatterData{Name: e.Label, Value: []any{e.Date.String(), e.Type, n},
				Symbol: sym, SymbolSize: min(10+6*n, 40)})
			tip := []string{e.Label, report.DateText(e.Date, e.Precision) + " (" + e.Precision + ") · " + e.Type,
				plural(n, "source", "sources") + ": " + report.Names(e.Sources)}
			if e.Conflict {
				tip = append(tip, "The sources disagree on this date: see Conflicts.")
			}
			tips = append(tips, tip)
		}
		ch.AddSeries(plural(n, "source", "sources"), data,
			charts.WithItemStyleOpts(opts.ItemStyle{Color: sourcesPalette[min(k, len(sourcesPalette)-1)]}))
		c.Tips = append(c.Tips, tips)
	}
	c.Option = finish(ch)
	slider := map[string]any{"type": "slider", "xAxisIndex": 0, "height": 18, "bottom": 8, "filterMode": "weakFilter"}
	inside := map[string]any{"type": "inside", "xAxisIndex": 0, "filterMode": "weakFilter"}
	// Open on the story's own days; the slider still reaches every event.
	if f := r.Focus; f != nil && (f.From > r.Timeline[0].Date || f.To < r.Timeline[len(r.Timeline)-1].Date) {
		pad := max(1, (f.To-f.From)/10)
		from, to := msOf(f.From-pad), msOf(f.To+pad)
		for _, z := range []map[string]any{slider, inside} {
			z["startValue"], z["endValue"] = from, to
		}
		c.About += fmt.Sprintf(" It opens on %s to %s, where %s of %d lie; drag the slider for the rest.",
			f.From, f.To, plural(f.Events, "event", "events"), len(r.Timeline))
	}
	c.Option["dataZoom"] = []map[string]any{slider, inside}
	// A day of margin each side, so that the first and last points are not
	// cut by the frame; dates written with their month and year.
	c.Option["xAxis"] = []map[string]any{{"type": "time", "name": "Date", "nameLocation": "middle", "nameGap": 28,
		"min": msOf(r.Timeline[0].Date - 1), "max": msOf(r.Timeline[len(r.Timeline)-1].Date + 1),
		"axisLabel": map[string]any{"hideOverlap": true,
			"formatter": map[string]any{"year": "{yyyy}", "month": "{MMM} {yyyy}", "day": "{d} {MMM} {yyyy}"}}}}
	c.Height = 190 + 40*len(cats)
	return c
}

func coverage(r *report.Report) Chart {
	c := Chart{ID: "coverage", Title: "Coverage: who reported what",
		About: "One row per event, one column per source; a coloured cell means the source mentions the event, darker for more mentions.",
		Empty: "No events yet: nothing to match against the sources."}
	cv := r.Coverage
	if len(cv.Events) == 0 || len(cv.Sources) == 0 {
		return c
	}
	xs := make([]string, len(cv.Sources))
	for j, s := range cv.Sources {
		xs[j] = s.Name
	}
	ys := make([]string, len(cv.Events))
	for i, e := range cv.Events {
		ys[i] = report.DateText(e.Date, e.Precision) + " · " + report.Excerpt(e.Label, labelRunes)
	}
	ch := charts.NewHeatMap()
	ch.SetGlobalOptions(initOpts(c.ID),
		charts.WithTitleOpts(opts.Title{Title: c.Title}),
		charts.WithGridOpts(opts.Grid{Left: "12", Right: "40", Top: "90", Bottom: "50", ContainLabel: opts.Bool(true)}),
		charts.WithYAxisOpts(opts.YAxis{Type: "category", Data: ys, Inverse: opts.Bool(true)}),
	)
	var data []opts.HeatMapData
	var tips [][]string
	most := 1
	for i, e := range cv.Events {
		for j, s := range cv.Sources {
			n := cv.Count[i][j]
			if n == 0 {
				continue
			}
			most = max(most, n)
			data = append(data, opts.HeatMapData{Value: []int{j, i, n}})
			tips = append(tips, []string{e.Label, report.DateText(e.Date, e.Precision) + " · " + e.Type,
				s.Name + ": " + plural(n, "mention", "mentions"),
				"Reported by " + plural(len(e.Sources), "source", "sources") + ": " + report.Names(e.Sources)})
		}
	}
	ch.AddSeries("Mentions", data, charts.WithItemStyleOpts(opts.ItemStyle{Color: "#4292c6", BorderColor: "#fff", BorderWidth: 2}))
	c.Option = finish(ch)
	c.Option["legend"] = map[string]any{"show": false}
	if most > 1 {
		c.Option["visualMap"] = []map[string]any{{"type": "continuous", "min": 1, "max": most, "calculable": false,
			"orient": "horizontal", "left": "center", "bottom": 0, "text": []string{strconv.Itoa(most) + " mentions", "1"},
			"inRange": map[string]any{"color": []string{"#c6dbef", "#08519c"}}}}
	}
	c.Tips = [][][]string{tips}
	// Source names on top of their columns, wrapped to the column's width.
	c.Option["xAxis"] = []map[string]any{{"type": "category", "data": xs, "position": "top",
		"axisLabel": map[string]any{"interval": 0, "width": max(60, 640/len(xs)), "overflow": "break", "lineHeight": 14}}}
	c.Height = 200 + 26*len(ys)
	return c
}

func speakers(r *report.Report) Chart {
	c := Chart{ID: "speakers", Title: "Quotes per speaker",
		About: "How many quotes each speaker has across all sources, by kind (direct, partial, indirect). The most quoted are at the top.",
		Empty: "No quotes yet: the quotes table is empty."}
	if len(r.Speakers) == 0 {
		return c
	}
	top := r.Speakers[:min(len(r.Speakers), maxSpeakers)]
	names := make([]string, len(top))
	idx := map[string]int{}
	for i, s := range top {
		names[i] = short(s.Speaker)
		idx[s.Speaker] = i
	}
	kinds := []string{"direct", "partial", "indirect"}
	count := map[string][]int{}
	srcs := map[string][]map[string]bool{}
	for _, q := range r.Quotes {
		i, ok := idx[q.SpeakerName()]
		if !ok {
			continue
		}
		k := q.Kind
		if count[k] == nil {
			count[k] = make([]int, len(names))
			srcs[k] = make([]map[string]bool, len(names))
			if !contains(kinds, k) {
				kinds = append(kinds, k)
			}
		}
		count[k][i]++
		if srcs[k][i] == nil {
			srcs[k][i] = map[string]bool{}
		}
		if q.Source != nil {
			srcs[k][i][q.Source.Name] = true
		}
	}
	ch := charts.NewBar()
	ch.SetGlobalOptions(initOpts(c.ID),
		charts.WithTitleOpts(opts.Title{Title: c.Title}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(true), Top: "28"}),
		charts.WithGridOpts(opts.Grid{Left: "12", Right: "40", Top: "70", Bottom: "40", ContainLabel: opts.Bool(true)}),
	)
	ch.SetXAxis(names)
	k := 0
	for _, kind := range kinds {
		if count[kind] == nil {
			continue
		}
		var data []opts.BarData
		var tips [][]string
		for i, n := range count[kind] {
			data = append(data, opts.BarData{Name: names[i], Value: n})
			tips = append(tips, []string{top[i].Speaker, plural(n, kind+" quote", kind+" quotes"),
				"In: " + joinSorted(srcs[kind][i])})
		}
		ch.AddSeries(kind, data, charts.WithBarChartOpts(opts.BarChart{Stack: "quotes"}),
			charts.WithItemStyleOpts(opts.ItemStyle{Color: palette[k%len(palette)]}))
		c.Tips = append(c.Tips, tips)
		k++
	}
	c.Option = finish(ch)
	// Horizontal bars: speakers on the y axis, most quoted on top.
	c.Option["yAxis"] = []map[string]any{{"type": "category", "name": "Speaker", "data": names, "inverse": true, "nameLocation": "start"}}
	c.Option["xAxis"] = []map[string]any{{"type": "value", "name": "Quotes", "minInterval": 1, "nameLocation": "middle", "nameGap": 28}}
	c.Height = 160 + 28*len(names)
	return c
}

func figures(r *report.Report) Chart {
	c := Chart{ID: "figures", Title: "Figures compared across sources",
		About: "Each column is one thing counted by at least two sources: first the figures the sources dispute (see Conflicts), " +
			"then figures with the same unit and the same word near them (killed, tewas; missing, hilang; displaced, mengungsi). " +
			"Each point is one source's figure: points of one column at different heights are sources giving different numbers. " +
			"Figures in sentences dated to another time (in 2018) are left out.",
		Empty: "No two sources give a figure for the same thing (same unit and the same word near it, e.g. killed or missing)."}
	groups := r.FigureGroups[:min(len(r.FigureGroups), maxUnits)]
	if len(groups) == 0 {
		return c
	}
	units := make([]string, len(groups))
	type point struct {
		f     *report.FigureRow
		unit  string
		group *report.FigureGroup
	}
	bySource := map[int][]point{}
	var order []int
	for i := range groups {
		g := &groups[i]
		units[i] = report.Excerpt(g.Label, 30)
		for _, f := range g.Figures {
			if f.Value <= 0 {
				continue // a log axis cannot show it
			}
			if _, ok := bySource[f.Source.Row]; !ok {
				order = append(order, f.Source.Row)
			}
			bySource[f.Source.Row] = append(bySource[f.Source.Row], point{f, units[i], g})
		}
	}
	sort.Ints(order)
	ch := charts.NewScatter()
	ch.SetGlobalOptions(initOpts(c.ID),
		charts.WithTitleOpts(opts.Title{Title: c.Title}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(true), Top: "28", Left: "12", Right: "40"}),
		charts.WithGridOpts(opts.Grid{Left: "12", Right: "40", Top: "100", Bottom: "64", ContainLabel: opts.Bool(true)}),
	)
	for k, row := range order {
		src := &r.Sources[row]
		var data []opts.ScatterData
		var tips [][]string
		for _, p := range bySource[row] {
			data = append(data, opts.ScatterData{Name: p.f.Text, Value: []any{p.unit, p.f.Value}, SymbolSize: 14})
			tip := []string{src.Name + ": " + p.f.Text, "Compared as: " + p.group.Label, "Value: " + report.FigureValue(p.f.Figure)}
			if p.f.Conflict {
				tip = append(tip, "Disputed by other sources: see Conflicts.")
			}
			tips = append(tips, append(tip, report.Excerpt(p.f.Sentence, 160)))
		}
		ch.AddSeries(short(src.Name), data, charts.WithItemStyleOpts(opts.ItemStyle{Color: palette[k%len(palette)]}))
		c.Tips = append(c.Tips, tips)
	}
	c.Option = finish(ch)
	// A logarithmic axis only when the values span more than a factor of
	// 20 (deaths and displaced people on one chart); otherwise a linear one
	// from zero, on which 95 million and 110 million do not look the same.
	lo, hi := 0.0, 0.0
	for _, pts := range bySource {
		for _, p := range pts {
			if lo == 0 || p.f.Value < lo {
				lo = p.f.Value
			}
			hi = max(hi, p.f.Value)
		}
	}
	if lo > 0 && hi/lo > 20 {
		c.Option["yAxis"] = []map[string]any{{"type": "log", "name": "Value (logarithmic scale)"}}
	} else {
		c.Option["yAxis"] = []map[string]any{{"type": "value", "name": "Value", "min": 0}}
	}
	// Sources side by side in each column, so that equal values stay
	// visible: each source's points are shifted by a few pixels.
	series, err := seriesMaps(c.Option)
	if err == nil {
		for k := range series {
			series[k]["symbolOffset"] = []int{(2*k - len(series) + 1) * 7, 0}
		}
		c.Option["series"] = series
	}
	// go-echarts drops the data of a scatter's category axis: set it here,
	// so the columns keep the groups' order.
	c.Option["xAxis"] = []map[string]any{{"type": "category", "name": "What is counted", "data": units,
		"nameLocation": "middle", "nameGap": 44, "axisLabel": map[string]any{"interval": 0, "rotate": 15}}}
	c.Height = 460
	return c
}

func conflicts(r *report.Report) Chart {
	c := Chart{ID: "conflicts", Title: "Where sources disagree",
		About: "One bar per value the sources give for a disputed date or number; its length is how many sources give it. Hover for who says what.",
		Empty: report.NoConflicts}
	if len(r.Conflicts) == 0 {
		return c
	}
	var cats []string
	type bar struct {
		cat, kind, subject, value string
		sources                   []string
	}
	var bars []bar
	for _, cf := range r.Conflicts {
		byValue := map[string][]string{}
		for _, cl := range cf.Claims {
			byValue[cl.Value] = append(byValue[cl.Value], cl.Source.Name)
		}
		for _, v := range sortedKeys(byValue) {
			cat := report.Excerpt(report.SubjectLabel(cf.Subject), 40) + ": " + v
			cats = append(cats, cat)
			bars = append(bars, bar{cat, cf.Kind, cf.Subject, v, byValue[v]})
		}
	}
	ch := charts.NewBar()
	ch.SetGlobalOptions(initOpts(c.ID),
		charts.WithTitleOpts(opts.Title{Title: c.Title}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(true), Top: "28"}),
		charts.WithGridOpts(opts.Grid{Left: "12", Right: "40", Top: "70", Bottom: "40", ContainLabel: opts.Bool(true)}),
	)
	ch.SetXAxis(cats)
	for k, kind := range []string{"date", "figure"} {
		var data []opts.BarData
		var tips [][]string
		any := false
		for _, b := range bars {
			if b.kind != kind {
				data = append(data, opts.BarData{Name: b.cat, Value: "-"})
				tips = append(tips, nil)
				continue
			}
			any = true
			data = append(data, opts.BarData{Name: b.cat, Value: len(b.sources)})
			tips = append(tips, []string{b.subject, fmt.Sprintf("%s %s", kind, b.value),
				"Said by " + plural(len(b.sources), "source", "sources") + ": " + joinList(b.sources)})
		}
		if !any {
			continue
		}
		ch.AddSeries(kind+" conflicts", data, charts.WithBarChartOpts(opts.BarChart{Stack: "c"}),
			charts.WithItemStyleOpts(opts.ItemStyle{Color: []string{"#c00000", "#ed7d31"}[k]}))
		c.Tips = append(c.Tips, tips)
	}
	c.Option = finish(ch)
	c.Option["yAxis"] = []map[string]any{{"type": "category", "name": "Value given", "data": cats, "inverse": true, "nameLocation": "start"}}
	c.Option["xAxis"] = []map[string]any{{"type": "value", "name": "Sources", "minInterval": 1, "nameLocation": "middle", "nameGap": 28}}
	c.Height = 160 + 30*len(cats)
	return c
}

// seriesMaps returns the series of an option as plain maps, to add what
// go-echarts has no field for.
func seriesMaps(o map[string]any) ([]map[string]any, error) {
	b, err := json.Marshal(o["series"])
	if err != nil {
		return nil, err
	}
	var out []map[string]any
	err = json.Unmarshal(b, &out)
	return out, err
}

// msOf is d as milliseconds since 1970, the value of a time axis.
func msOf(d dataset.Date) int64 { return int64(d) * 86400000 }

// short fits a name from an article on an axis or in a legend; tooltips
// show it whole.
func short(s string) string { return report.Excerpt(s, 34) }

func sortedKeys[V any](m map[string]V) []string {
	return slices.Sorted(maps.Keys(m))
}

func joinSorted(m map[string]bool) string { return joinList(sortedKeys(m)) }

func joinList(ss []string) string { return strings.Join(ss, ", ") }

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
