package eval

import (
	"testing"

	"newsdesk/dataset"
	"newsdesk/dataset/entities"
)

func TestSameEntity(t *testing.T) {
	doc := NewDoc("imf", "The International Monetary Fund (IMF) cut its forecast on Monday. The World Bank disagreed.", "en", nil)
	ents := entities.Resolve(entities.Find(doc), nil)
	id := doc.Source.SourceID
	for _, c := range []struct {
		pred, want string
		same       bool
	}{
		{"IMF", "International Monetary Fund", true},
		{"International Monetary Fund", "IMF", true},
		{"IMF", "World Bank", false},
		{"", "IMF", false},
		{"IMF", "", false},
		{"Federal Reserve", "IMF", false}, // not named in the article
	} {
		if got := sameEntity(ents, id, c.pred, c.want); got != c.same {
			t.Errorf("sameEntity(%q, %q) = %v, want %v", c.pred, c.want, got, c.same)
		}
	}
}

func TestSameHead(t *testing.T) {
	for _, c := range []struct {
		pred, gold string
		same       bool
	}{
		{"Paul Ryan", "House Speaker Paul Ryan, R-Wis.", true},
		{"John McCain", "Senator John McCain of Arizona", true},
		{"Thomas Coan", "Santilli's attorney, Thomas Coan,", true},
		{"Frank Newport", "Frank Newport and Jim Harter", true},
		{"Brent Bozell", "Brent Bozell III", true},
		{"Whit Ayres", "Republican pollster Whit Ayres -- author of a report", true},
		{"Bernie Sanders", "Sen. Bernie Sanders (I-Vt.)", true},
		{"Fox News", "Fox News's", true},
		{"Holocaust Memorial Museum", "The Holocaust Memorial Museum in Washington", true},
		{"John Kerry", "The Secretary of State John Kerry", true},
		{"", "Another Muslim who worshiped at the Islamic Center and who didn't want to be named", false},
		{"", "", true},
		// A capitalised modifier is no name of the source.
		{"Democratic", "Democratic strategist Simon Rosenberg, president of a think tank", false},
		{"Ted Cruz", "Cruz constituent Dan Golvach", false},
		{"Hillary Clinton", "Clinton’s top foreign policy aide Jake Sullivan", false},
		{"Campaign", "Campaign chair Paul Manafort", false},
		{"Rosenberg", "", false},
		{"", "Rosenberg", false},
	} {
		if got := sameHead(c.pred, c.gold); got != c.same {
			t.Errorf("sameHead(%q, %q) = %v, want %v", c.pred, c.gold, got, c.same)
		}
	}
}

func TestIsPronounOrRole(t *testing.T) {
	for _, c := range []struct {
		source string
		role   bool
	}{
		{"he", true},
		{"the campaign", true},
		// What follows the head noun does not make the phrase a name.
		{"The senator from Vermont", true},
		{"the head of the RNC’s powerful rules committee", true},
		{"a spokesman for Bernie Sanders", true},
		{"the wife of Bill Clinton", true},
		{"The former secretary of State", true},
		// A name at the end after a title is the head.
		{"the former secretary of state Hillary Clinton", false},
		{"Secretary of State John Kerry", false},
		{"Senator John McCain of Arizona", false},
		{"the Washington Post", false},
		{"Bank of America", false},
	} {
		if got := isPronounOrRole(c.source); got != c.role {
			t.Errorf("isPronounOrRole(%q) = %v, want %v", c.source, got, c.role)
		}
	}
}

// TestSpeakerGold: a predicted quote is scored against one gold content,
// the one that fits it best, and of those the shortest.
func TestSpeakerGold(t *testing.T) {
	content := func(source string, lo, hi int) goldContent {
		return goldContent{segs: [][2]int{{lo, hi}}, length: hi - lo, quoted: true, source: source, literal: source}
	}
	// Schneider reported … in which Adelson said: "…": the outer content
	// holds the quotation, the inner one is the quotation.
	nested := []goldContent{content("Tal Schneider", 0, 200), content("Adelson", 150, 190)}
	// One long quotation over two contents of different sources.
	twoParts := []goldContent{content("Obama", 0, 280), content("Kerry", 300, 460)}
	unsourced := []goldContent{content("", 150, 190), content("Tal Schneider", 0, 200)}
	for _, c := range []struct {
		name   string
		q      [2]int
		gold   []goldContent
		source string // "" for none
	}{
		{"InnerFitsBest", [2]int{150, 190}, nested, "Adelson"},
		{"InnerWhenTheQuoteIsALittleWider", [2]int{148, 191}, nested, "Adelson"},
		{"OuterWhenTheQuoteIsLonger", [2]int{100, 200}, nested, "Tal Schneider"},
		{"MostOverlap", [2]int{0, 460}, twoParts, "Obama"},
		{"SourceAnnotated", [2]int{150, 190}, unsourced, "Tal Schneider"},
		{"NoMatch", [2]int{500, 600}, nested, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			q := dataset.Quote{Start: int64(c.q[0]), End: int64(c.q[1])}
			got := ""
			if g := speakerGold(q, c.gold); g != nil {
				got = g.source
			}
			if got != c.source {
				t.Errorf("speakerGold(%v) = %q, want %q", c.q, got, c.source)
			}
		})
	}
}

func TestMeantimeKeys(t *testing.T) {
	keys, err := meantimeKeys()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, ks := range keys {
		n += len(ks)
	}
	if n != 245 {
		t.Errorf("referents/meantime-quotes.tsv holds %d keyed quotations, want 245", n)
	}
}

func TestReadersAgree(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Fidel Castro", "Castro", true},
		{"NONE", "NONE", true},
		{"NONE", "Fidel Castro", false},
		{"John Smith; Mary Jones", "Mary Jones", true},
		{"NOT_SPEECH", "NONE", false},
		{"Alan Mulally", "Ford", false},
	}
	for _, tt := range tests {
		if got := (meantimeKey{answers: [2]string{tt.a, tt.b}}).agree(); got != tt.want {
			t.Errorf("agree(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
