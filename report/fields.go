package report

import "github.com/actorgraph/actorgraph/analyze"

// This file reads the measures that only some analyses carry (weighted
// betweenness, harmonic centrality, brokerage roles, mediator ties and
// stances). The analysis of this version has none of them: the reports
// leave them out.

// mediationNote explains the mediation score of this analysis.
const mediationNote = "A mediator has URGED or SPOKE_WITH ties to both sides of a conflict dyad (a pair with ATTACKED, WARNED or ACCUSED edges between them); its score is the number of ties to the weaker side."

// brokerage lists the actors with a Gould–Fernandez brokerage role: none
// in this analysis.
func brokerage([]analyze.ActorMetrics) []brokerRow { return nil }

// weightedBetweenness and harmonic are the optional centralities: zero in
// this analysis.
func weightedBetweenness(analyze.ActorMetrics) float64 { return 0 }
func harmonic(analyze.ActorMetrics) float64            { return 0 }

// mediatorNote says how a mediator is tied to each side: nothing in this
// analysis.
func mediatorNote(analyze.Mediation) string { return "" }
