package eval

import (
	"testing"

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
