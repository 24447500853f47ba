package analyze

import (
	"context"
	"time"

	"github.com/actorgraph/actorgraph/graph"
)

const dateLayout = "2006-01-02"

// windows slices edges by published date into consecutive windows of
// opt.WindowDays days, the first starting on the earliest date, and analyses
// each. Windows without edges are kept (with empty levels) so a time series
// has no gaps. It also returns the number of edges without a usable date.
func windows(ctx context.Context, edges []graph.Edge, opt Options) ([]Window, int, error) {
	undated := 0
	days := make([]int, len(edges)) // days since the epoch, -1 when undated
	first, last := -1, -1
	for i, e := range edges {
		t, err := time.Parse(dateLayout, e.Published)
		if err != nil {
			days[i] = -1
			undated++
			continue
		}
		d := int(t.Unix() / 86400)
		days[i] = d
		if first < 0 || d < first {
			first = d
		}
		if d > last {
			last = d
		}
	}
	if first < 0 {
		return []Window{}, undated, nil
	}
	size := opt.WindowDays
	count := (last-first)/size + 1
	slices := make([][]graph.Edge, count)
	for i, e := range edges {
		if days[i] >= 0 {
			w := (days[i] - first) / size
			slices[w] = append(slices[w], e)
		}
	}
	out := make([]Window, count)
	for w := range out {
		start := first + w*size
		win := Window{
			Start: time.Unix(int64(start)*86400, 0).UTC().Format(dateLayout),
			End:   time.Unix(int64(start+size)*86400, 0).UTC().Format(dateLayout),
			Edges: len(slices[w]),
		}
		var err error
		if win.Actor, win.Country, err = analyseBoth(ctx, slices[w], opt); err != nil {
			return nil, 0, err
		}
		out[w] = win
	}
	return out, undated, nil
}
