package segment

import "testing"

func TestRows(t *testing.T) {
	text := "PM Edi Rama hari Rabu mengatakan “bukti”. Iran – membantah.\nDr. Smith left."
	rows := Rows("s1", text, "id")
	runes := []rune(text)
	var next int64
	for i, r := range rows {
		if got, want := r.SentenceID, int32(i); got != want {
			t.Errorf("row %d: sentence_id %d", i, got)
		}
		if r.SourceID != "s1" || r.Start != next || r.Text != string(runes[r.Start:r.End]) {
			t.Errorf("row %d = %+v, want source s1 starting at %d with its own text", i, r, next)
		}
		next = r.End
	}
	if next != int64(len(runes)) || len(rows) < 2 {
		t.Errorf("%d rows end at %d, want several tiling %d code points", len(rows), next, len(runes))
	}
}
