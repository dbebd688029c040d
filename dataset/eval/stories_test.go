package eval

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// TestStories scores the held-out stories of the repository: every key
// line must be found verbatim in its article (a key that drifted from its
// story is an error), and each story with a key gets a line.
func TestStories(t *testing.T) {
	var out bytes.Buffer
	if err := Stories(context.Background(), "../build/testdata/stories", &out); err != nil {
		t.Fatal(err)
	}
	for _, story := range []string{"flood", "hospital", "summit", "transit", "all"} {
		if !strings.Contains(out.String(), "   "+story+" ") {
			t.Errorf("no line for %s in:\n%s", story, out.String())
		}
	}
}

func TestSameSpeaker(t *testing.T) {
	tests := []struct {
		got, want string
		ok        bool
	}{
		{"Park Sung-ho", "Park Sung-ho", true},
		{"Joseph R. Biden Jr.", "Joe Biden", true},
		{"Agus Salim Hidayat", "Agus Salim Hidayat", true},
		{"Hidayat", "Agus Salim Hidayat", true},
		{"", "NONE", true},
		{"Andrea Lindqvist", "NONE", false},
		{"", "Andrea Lindqvist", false},
		{"St. Brendan's", "St. Brendan's Health System", false},
	}
	for _, tt := range tests {
		if got := sameSpeaker(tt.got, tt.want); got != tt.ok {
			t.Errorf("sameSpeaker(%q, %q) = %v, want %v", tt.got, tt.want, got, tt.ok)
		}
	}
}
