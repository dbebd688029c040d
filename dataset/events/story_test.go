package events

import (
	"testing"

	"newsdesk/dataset"
)

// TestStories: a corpus mixing a flood in Central Java (English and
// Indonesian) and a strike in Ulsan, both on the same Tuesday, holds two
// stories, and no event spans them.
func TestStories(t *testing.T) {
	pub := date(t, "2024-03-14")
	docs := []*dataset.Doc{
		newDoc(t, "flood-en", "The Central Java disaster agency BPBD said on Tuesday that floods in Semarang and Demak forced 4,000 residents from their homes. Governor Ganjar Pranowo visited Kaligawe on Wednesday, and the BPBD opened shelters in Genuk.", "en", pub, "manifest"),
		newDoc(t, "strike-en", "Workers at the Hyundai Motor plant in Ulsan walked out on Tuesday, the Korean Metal Workers' Union said. Union leader Kim Jae-ha told Yonhap that Hyundai Motor had refused talks.", "en", pub, "manifest"),
		newDoc(t, "flood-id", "Banjir melanda Semarang dan Demak pada hari Selasa. BPBD Jawa Tengah mencatat 4.000 warga mengungsi ke Genuk. Gubernur Ganjar Pranowo meninjau Kaligawe pada hari Rabu.", "id", pub, "manifest"),
		newDoc(t, "strike-en2", "Production at the Hyundai Motor plant in Ulsan stopped on Tuesday after the Korean Metal Workers' Union strike began; Kim Jae-ha said the walkout would go on.", "en", pub, "manifest"),
	}
	st, n := stories(docs)
	if got, want := n, 2; got != want {
		t.Fatalf("stories = %d (%v), want %d", got, st, want)
	}
	for _, c := range []struct {
		a, b int
		same bool
	}{{0, 2, true}, {1, 3, true}, {0, 1, false}, {2, 3, false}} {
		if got := st[c.a] == st[c.b]; got != c.same {
			t.Errorf("%s and %s in one story = %v, want %v", docs[c.a].Source.SourceID, docs[c.b].Source.SourceID, got, c.same)
		}
	}
	out := buildAll(docs)
	srcs := eventSources(out, nil)
	for ev, s := range srcs {
		if (s["flood-en"] || s["flood-id"]) && (s["strike-en"] || s["strike-en2"]) {
			t.Errorf("event %s joins the flood and the strike: %v", ev, s)
		}
	}
}

// TestStoriesThin: articles too short to name five things are one story.
func TestStoriesThin(t *testing.T) {
	docs := []*dataset.Doc{
		newDoc(t, "a", "A strong earthquake struck Cianjur on Monday.", "en", nil, ""),
		newDoc(t, "b", "Gempa mengguncang Sukabumi pada hari Senin.", "id", nil, ""),
	}
	if _, n := stories(docs); n != 1 {
		t.Errorf("stories = %d, want 1", n)
	}
}

// TestBuildBorrowedAnchor: an undated story about a quake on the same
// island as a dated one borrows the dated story's anchor, so its Sunday is
// a guess: the island alone does not join the two quakes.
func TestBuildBorrowedAnchor(t *testing.T) {
	pub := date(t, "2005-11-28")
	docs := []*dataset.Doc{
		newDoc(t, "old-a", "An earthquake of magnitude 5.9 struck Qeshm island on Sunday, killing 13 people in Tonban and Kusheh, Hormozgan governor Mohammad Ali Mousavi told IRNA.", "en", pub, "manifest"),
		newDoc(t, "old-b", "Rescuers searched the rubble of Tonban and Kusheh on Qeshm island after Sunday's earthquake killed 13, Governor Mohammad Ali Mousavi said, and the Red Crescent sent tents from Bandar Abbas.", "en", pub, "manifest"),
		newDoc(t, "new-a", "A 4.6 magnitude earthquake hit Qeshm island on Sunday near the town of Dargahan, injuring two people in Zirang and Salakh, Governor Hossein Farzaneh told Fars.", "en", nil, ""),
		newDoc(t, "new-b", "Two people were hurt in Zirang when a quake shook Dargahan on Qeshm island on Sunday; Governor Hossein Farzaneh said houses in Salakh were cracked.", "en", nil, ""),
	}
	out := buildAll(docs)
	srcs := eventSources(out, nil)
	joined := false
	for ev, s := range srcs {
		if (s["old-a"] || s["old-b"]) && (s["new-a"] || s["new-b"]) {
			t.Errorf("event %s joins the two quakes: %v", ev, s)
		}
		if s["new-a"] && s["new-b"] {
			joined = true
		}
	}
	if !joined {
		t.Errorf("the undated story's quake is not one event: %v", srcs)
	}
}

// TestBuildPastYearAcrossStories: two stories that both name Seoul and a
// year in their background (a recall story, a strike story) do not meet
// in that year; within each story the year still joins.
func TestBuildPastYearAcrossStories(t *testing.T) {
	pub := date(t, "2024-03-14")
	docs := []*dataset.Doc{
		newDoc(t, "recall-a", "Kia Motors recalled 300,000 Sorento and Carnival vans on Monday after engine fires in Gwangju, the transport ministry in Seoul said. Kia last recalled Sorento vans in 2019, the ministry in Seoul said.", "en", pub, "manifest"),
		newDoc(t, "recall-b", "Kia said the Sorento and Carnival recall announced on Monday follows engine fires in Gwangju and Daegu. Kia recalled Sorento vans in 2019, the ministry in Seoul said.", "en", pub, "manifest"),
		newDoc(t, "strike-a", "Workers at the Hyundai Motor plant in Ulsan walked out on Tuesday, the Korean Metal Workers' Union said. Wages at Hyundai Motor were last raised in 2019, the ministry in Seoul said.", "en", pub, "manifest"),
		newDoc(t, "strike-b", "Production at the Hyundai Motor plant in Ulsan stopped on Tuesday as the Korean Metal Workers' Union strike began. Wages at Hyundai Motor were last raised in 2019, the ministry in Seoul said.", "en", pub, "manifest"),
	}
	out := buildAll(docs)
	srcs := eventSources(out, func(m dataset.EventMention) bool { return m.Precision == "year" })
	within := 0
	for ev, s := range srcs {
		if (s["recall-a"] || s["recall-b"]) && (s["strike-a"] || s["strike-b"]) {
			t.Errorf("2019 event %s joins the recall and the strike: %v", ev, s)
		}
		if s["strike-a"] && s["strike-b"] || s["recall-a"] && s["recall-b"] {
			within++
		}
	}
	if got, want := within, 2; got != want {
		t.Errorf("stories whose 2019 is one event = %d, want %d (%v)", got, want, srcs)
	}
}

// eventSources maps each event to the sources that mention it, counting
// only the mentions keep takes (all of them when keep is nil).
func eventSources(out Output, keep func(dataset.EventMention) bool) map[string]map[string]bool {
	srcs := map[string]map[string]bool{}
	for _, m := range out.Mentions {
		if keep != nil && !keep(m) {
			continue
		}
		if srcs[m.EventID] == nil {
			srcs[m.EventID] = map[string]bool{}
		}
		srcs[m.EventID][m.SourceID] = true
	}
	return srcs
}
