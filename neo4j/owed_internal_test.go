package neo4j

import (
	"slices"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/analyze"
)

// TestOwedWorkMerges: what a failed Send owed is merged with the next
// job's: removed documents accumulate (less those back in the input), the
// newer analysis wins, and a job that owes nothing keeps the older debt.
func TestOwedWorkMerges(t *testing.T) {
	sp, err := OpenSpool(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer sp.Close()
	old := &analyze.Result{}
	at := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	if _, err := sp.owe(Job{Analysis: old, AnalysedAt: at, Reconcile: &Reconcile{Current: map[string][]string{"c": {"1"}}, Removed: []string{"a", "b"}}}); err != nil {
		t.Fatal(err)
	}
	ow, err := sp.owe(Job{}) // a run that found nothing changed
	if err != nil || ow.Reconcile == nil || !slices.Equal(ow.Reconcile.Removed, []string{"a", "b"}) || !ow.AnalysedAt.Equal(at) {
		t.Fatalf("kept debt = %+v, %v", ow, err)
	}
	newer := at.Add(time.Hour)
	ow, err = sp.owe(Job{Analysis: &analyze.Result{}, AnalysedAt: newer,
		Reconcile: &Reconcile{Current: map[string][]string{"b": {"2"}, "c": {"1"}}, Removed: []string{"d"}}})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(ow.Reconcile.Removed, []string{"a", "d"}) || len(ow.Reconcile.Current) != 2 || !ow.AnalysedAt.Equal(newer) {
		t.Errorf("merged debt: removed %v, current %v, analysed_at %v; want [a d], 2 documents, %v",
			ow.Reconcile.Removed, ow.Reconcile.Current, ow.AnalysedAt, newer)
	}
	if err := sp.paid(); err != nil {
		t.Fatal(err)
	}
	if ow, _ := sp.owe(Job{}); ow.Reconcile != nil || ow.Analysis != nil {
		t.Errorf("after paid: %+v", ow)
	}
}
