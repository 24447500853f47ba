package report

import "github.com/actorgraph/actorgraph/analyze"

// brokerage reads the Gould–Fernandez role counts from the analysis. The
// analysis of this version does not compute them, so the table stays empty
// and both reports leave it out.
func brokerage(as []analyze.ActorMetrics) []brokerRow { return nil }
