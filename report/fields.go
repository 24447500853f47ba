package report

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/analyze"
)

// This file reads the measures that only some analyses carry (weighted
// betweenness, harmonic centrality, brokerage roles, mediator ties and
// stances). The reports show each only when the analysis filled it.

// mediationNote explains the mediation score of this analysis.
const mediationNote = "A mediator has URGED or SPOKE_WITH ties to both sides of a conflict dyad (a pair with ATTACKED, WARNED or ACCUSED edges between them). Its score, 2ab/(a+b) + j, grows with the sentences tying it to each side (a and b), favours balance between them, and adds one per sentence naming both sides at once (j); docs/analysis.md has the details. \"Hostile to\" and \"supports\" tell a partisan from a broker."

// pathNote explains the mediation measure on the channels of talk.
const pathMediationNote = "On the channels of talk (URGED and SPOKE_WITH ties, either way; SUPPORTED is partisanship, not a channel), a go-between of a conflict lies on the shortest paths between its two sides other than a direct tie. Its share is the fraction of those paths through it, each tie counting once per sentence that shows it; an actor's mediation measure sums its shares over the conflicts, weighted by their hostile edges. Unlike the score it also finds go-betweens that reach a side through a third actor. docs/analysis.md has the details."

// brokerage lists the actors with any Gould–Fernandez brokerage role, most
// brokering first, at most maxBrokers. It is empty when the analysis did
// not count roles, and both reports then leave the table out.
func brokerage(as []analyze.ActorMetrics) []brokerRow {
	var rows []brokerRow
	for _, a := range as {
		r := a.Brokerage
		if r.Total() == 0 {
			continue
		}
		rows = append(rows, brokerRow{Name: a.Name, Total: int(r.Total()), Diplomatic: int(a.DiplomaticBrokerage.Total()),
			Counts: []int{int(r.Coordinator), int(r.Itinerant), int(r.Gatekeeper), int(r.Representative), int(r.Liaison)}})
	}
	slices.SortStableFunc(rows, func(x, y brokerRow) int { return cmp.Or(cmp.Compare(y.Total, x.Total), cmp.Compare(x.Name, y.Name)) })
	if len(rows) > maxBrokers {
		rows = rows[:maxBrokers]
	}
	return rows
}

// weightedBetweenness and harmonic are the optional centralities of a.
func weightedBetweenness(a analyze.ActorMetrics) float64 { return a.WeightedBetweenness }
func harmonic(a analyze.ActorMetrics) float64            { return a.Harmonic }

// mediatorNote says how a mediator is tied to each side and where it
// stands: "ties: 3 to Iran, 2 to Israel, 1 to both; also hostile to
// Israel". It is "" when the analysis recorded none of it.
func mediatorNote(m analyze.Mediation) string {
	var parts []string
	if m.TiesA > 0 || m.TiesB > 0 {
		s := fmt.Sprintf("ties: %d to %s, %d to %s", m.TiesA, m.Dyad[0], m.TiesB, m.Dyad[1])
		if m.Joint > 0 {
			s += fmt.Sprintf(", %d to both", m.Joint)
		}
		parts = append(parts, s)
	}
	if len(m.HostileTo) > 0 {
		parts = append(parts, "also hostile to "+strings.Join(m.HostileTo, " and "))
	}
	if len(m.Supports) > 0 {
		parts = append(parts, "supports "+strings.Join(m.Supports, " and "))
	}
	return strings.Join(parts, "; ")
}
