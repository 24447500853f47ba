// Package analyze turns an edge stream into per-actor metrics and the
// mediators of each conflict, at actor level and at country level. Its Result
// is what analysis.json holds and what report draws.
//
// The graph algorithms themselves live under graph/ (centrality, mediation,
// brokerage, louvain); this package projects the edges once onto both
// levels, builds one graph per level that every algorithm shares, composes
// the algorithms and fixes the output layout, compact or full, streamed
// (WriteJSON; docs/analysis.md).
package analyze

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"github.com/actorgraph/actorgraph/graph/mediation"
	"math"
	"slices"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/brokerage"
)

// Result is the whole analysis: one Level for actors as named and one for
// countries, plus per-window levels when a time window was asked for.
type Result struct {
	Actor   Level    `json:"actor"`
	Country Level    `json:"country"`
	Windows []Window `json:"windows,omitempty"`
	// WindowDays is the window length asked for (0: no windows).
	WindowDays int `json:"window_days,omitempty"`
	// Undated counts the edges without a published date, which no window
	// holds.
	Undated int `json:"undated_edges,omitempty"`
	// EdgesDigest names the edges analysed (EdgesDigest), so that an
	// analysis.json can be checked against an edge file.
	EdgesDigest string `json:"edges_digest,omitempty"`
}

// EdgesDigest is a digest of edges as a set: of each edge's document,
// sentence, ends and relation, in sorted order, so that the same edges in
// any order give the same digest and a changed relation or end another.
// Cost: O(E log E).
func EdgesDigest(edges []graph.Edge) string {
	keys := make([]string, len(edges))
	for i, e := range edges {
		keys[i] = fmt.Sprintf("%s\x00%d\x00%s\x00%s\x00%s", e.Doc, e.SentenceIndex, e.Source.Name, e.Relation, e.Target.Name)
	}
	slices.Sort(keys)
	keys = slices.Compact(keys)
	h := sha256.New()
	for _, k := range keys {
		h.Write([]byte(k))
		h.Write([]byte{'\n'})
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}

// Level is the analysis of one graph (actor or country level).
type Level struct {
	Actors      []ActorMetrics `json:"actors"`
	Mediators   []Mediation    `json:"mediators"`
	Dyads       []Dyad         `json:"dyads"`
	Betweenness string         `json:"betweenness_method"` // "exact" or "sampled (k of n pivots, seed s)"
	// Pivots is the number of source nodes the betweenness searched (the
	// number of nodes when exact).
	Pivots int `json:"betweenness_pivots"`
	// DiplomaticBetweenness is the method of the actors'
	// diplomatic_betweenness, as Betweenness: exact while the layer fits a
	// sixteenth of the work budget, sampled beyond.
	DiplomaticBetweenness string `json:"diplomatic_betweenness_method"`
	// Nodes and Arcs size the interaction graph; Edges counts the edges
	// between distinct nodes at this level.
	Nodes int `json:"nodes"`
	Arcs  int `json:"arcs"`
	Edges int `json:"edges"`
	// Communities is the number of communities found, Modularity their
	// modularity Q on the undirected weighted graph (-1 when not computed:
	// see CommunityLimit), CommunityMethod the implementation used.
	Communities     int     `json:"communities"`
	Modularity      float64 `json:"modularity"`
	CommunityMethod string  `json:"community_method"`
	// PathMediators are the go-betweens of each dyad on the diplomatic
	// layer, best first per dyad (at most Options.MaxMediators per dyad).
	PathMediators []PathMediation `json:"path_mediators"`
	// ActorsOmitted and DyadsOmitted count the actor rows and dyads that
	// the compact analysis.json leaves out (see Compact); 0 in a full one.
	// Nodes is always the number of actors.
	ActorsOmitted int `json:"actors_omitted,omitempty"`
	DyadsOmitted  int `json:"dyads_omitted,omitempty"`
	// MediationsOmitted counts the mediations of the dyads left out.
	MediationsOmitted int `json:"mediations_omitted,omitempty"`
}

// ActorMetrics are the measures of one node of the interaction graph
// (definitions in docs/analysis.md).
type ActorMetrics struct {
	Name    string     `json:"name"`
	Kind    graph.Kind `json:"kind"`
	Country *string    `json:"country"`
	// Betweenness is on the unweighted interaction graph, normalised as
	// NetworkX's betweenness_centrality(G) for a directed graph.
	Betweenness float64 `json:"betweenness"`
	// WeightedBetweenness uses arc lengths 1/weight, weight being the number
	// of distinct supporting sentences; same normalisation.
	WeightedBetweenness float64 `json:"weighted_betweenness"`
	// PageRank (damping 0.85) on the unweighted interaction graph.
	PageRank float64 `json:"pagerank"`
	// Harmonic is the harmonic centrality Σ_u 1/d(u, v) / (n-1).
	Harmonic  float64                `json:"harmonic"`
	InDegree  int                    `json:"in_degree"`
	OutDegree int                    `json:"out_degree"`
	In        map[graph.Relation]int `json:"in_by_relation,omitempty"`
	Out       map[graph.Relation]int `json:"out_by_relation,omitempty"`
	// Community numbers the actor's camp: 0 is the largest community.
	// -1 when communities were not computed.
	Community int `json:"community"`
	// Mediation is the sum of the actor's mediation scores over all dyads.
	Mediation float64 `json:"mediation_score"`
	// Brokerage counts the Gould–Fernandez roles of the actor, groups being
	// countries.
	Brokerage brokerage.Roles `json:"brokerage"`
	// PathMediation is the actor's share of the shortest diplomatic paths
	// between the sides of every conflict dyad, weighted by the dyads'
	// hostile edges (graph/diplomacy): in [0, 1].
	PathMediation float64 `json:"path_mediation"`
	// DiplomaticBetweenness and DiplomaticBrokerage are Betweenness and
	// Brokerage on the diplomatic layer alone (URGED and SPOKE_WITH ties,
	// undirected); SUPPORTED is partisanship, not a channel.
	DiplomaticBetweenness float64         `json:"diplomatic_betweenness"`
	DiplomaticBrokerage   brokerage.Roles `json:"diplomatic_brokerage"`
}

// Evidence is one sentence that supports a finding: the edge it stands for
// (the same type as graph/mediation's, so findings pass through unchanged).
type Evidence = mediation.Evidence

// Dyad is a pair of actors with a hostile edge (ATTACKED, WARNED, ACCUSED)
// between them, either way. A and B are in name order.
type Dyad struct {
	A         string                 `json:"a"`
	B         string                 `json:"b"`
	Relations map[graph.Relation]int `json:"relations"` // hostile edges between them by relation
	Evidence  []Evidence             `json:"evidence"`
	// Mediators counts the actors mediating the dyad, including those
	// beyond Options.MaxMediators that Level.Mediators leaves out.
	Mediators int `json:"mediators"`
	// ChannelHops is the length of the shortest diplomatic path between A
	// and B other than a direct tie (0: none), ChannelPaths how many such
	// paths there are.
	ChannelHops  int     `json:"channel_hops"`
	ChannelPaths float64 `json:"channel_paths"`
}

// Mediation is one actor mediating one conflict dyad: it has URGED or
// SPOKE_WITH ties to both sides. The score is defined in graph/mediation.
type Mediation struct {
	Dyad     [2]string  `json:"dyad"`
	Mediator string     `json:"mediator"`
	Score    float64    `json:"score"`
	Evidence []Evidence `json:"evidence"`
	// Rank is 1 for the dyad's top mediator, 2 for the next, ...
	Rank int `json:"rank"`
	// TiesA and TiesB count the distinct sentences tying the mediator to
	// Dyad[0] and Dyad[1]; Joint those tying it to both at once.
	TiesA int `json:"ties_a"`
	TiesB int `json:"ties_b"`
	Joint int `json:"joint"`
	// Talks counts the sentences in which the mediator SPOKE_WITH a side;
	// it orders mediators of equal score.
	Talks int `json:"talks"`
	// HostileTo and Supports list the sides the mediator itself attacked,
	// warned or accused, or supported.
	HostileTo []string `json:"hostile_to,omitempty"`
	Supports  []string `json:"supports,omitempty"`
	// PathShare is the mediator's share of the shortest diplomatic paths
	// between the two sides (see PathMediation).
	PathShare float64 `json:"path_share"`
}

// PathMediation is one actor on the shortest diplomatic paths between the
// sides of one conflict dyad (graph/diplomacy): a go-between, whether or
// not it talks to both sides itself.
type PathMediation struct {
	Dyad     [2]string `json:"dyad"`
	Mediator string    `json:"mediator"`
	// Share is the fraction of the shortest A–B diplomatic paths through
	// the mediator; Weight the dyad's share of all hostile edges, so the
	// mediator's PathMediation sums Share·Weight over dyads.
	Share  float64 `json:"share"`
	Weight float64 `json:"weight"`
	Rank   int     `json:"rank"`
	// Via names the mediator's neighbours on those paths: the ties that
	// make it a go-between, whose sentences are the Evidence.
	Via       []string   `json:"via"`
	HostileTo []string   `json:"hostile_to,omitempty"`
	Supports  []string   `json:"supports,omitempty"`
	Evidence  []Evidence `json:"evidence"`
}

// Window is the analysis of the edges published in [Start, End).
type Window struct {
	Start   string `json:"start"`
	End     string `json:"end"`
	Edges   int    `json:"edges"`
	Actor   Level  `json:"actor"`
	Country Level  `json:"country"`
}

// Options tune an analysis. The zero value is the default analysis.
type Options struct {
	// WindowDays, when positive, is the length in days of the time slices
	// (by the edges' published date) analysed in Result.Windows.
	WindowDays int
	// Pivots chooses the betweenness method: 0 decides by size (exact while
	// nodes × (nodes + arcs) is at most ExactLimit, else sampled with as
	// many pivots as that budget allows, at least MinPivots); a positive
	// value samples that many pivots; a negative value forces exact.
	Pivots int
	// ExactLimit is the work budget of the automatic choice; zero means
	// DefaultExactLimit.
	ExactLimit float64
	// Seed seeds the pivot sample and the community detection.
	Seed uint64
	// MaxEvidence caps the evidence sentences kept per dyad and per
	// mediation; zero means DefaultMaxEvidence, negative means no cap.
	MaxEvidence int
	// MaxMediators caps the mediators kept per dyad (the best ones); zero
	// means DefaultMaxMediators, negative means no cap.
	MaxMediators int
	// CommunityLimit, when positive, is the largest number of arcs for
	// which communities are computed.
	CommunityLimit int
	// Workers is the number of goroutines for the centralities; zero means
	// all cores.
	Workers int
	// Keep, when set and not Full, prunes each level as soon as its
	// conflicts are ranked to the dyads that Compact with these options
	// keeps, with their mediations and path mediators: memory then follows
	// the compact analysis.json, not the number of dyads. Every score and
	// per-actor measure still sums over all dyads.
	Keep *OutputOptions
	// Progress, when set, is called as each stage starts: "actor level",
	// "country level", "windows". A long analysis (minutes at hundreds of
	// thousands of edges) can say where it is.
	Progress func(stage string)
}

// Compact returns o set to hold no more than the compact analysis.json
// (OutputOptions with o's evidence cap) keeps: evidence capped at
// DefaultEvidence sentences unless o caps it otherwise, and each level
// pruned to the dyads Compact keeps (Keep). Scores and per-actor measures
// are those of o; memory follows the output, not the number of dyads (300,000
// edges among 20,000 actors: 0.7 GB in place of 3.2 GB). A Full o is
// returned as it is.
func (o Options) Compact() Options {
	if o.Keep != nil && o.Keep.Full {
		return o
	}
	if o.MaxEvidence == 0 {
		o.MaxEvidence = DefaultEvidence
	}
	out := OutputOptions{Evidence: o.MaxEvidence}
	if o.MaxEvidence < 0 {
		out.Evidence = math.MaxInt
	}
	o.Keep = &out
	return o
}

// Defaults of Options.
const (
	// DefaultExactLimit is up to about half a minute of exact betweenness,
	// unweighted and weighted together, on 2 cores (a whole analysis of
	// 10,000 actors and 90,000 arcs, at the limit, used 44 CPU-seconds).
	DefaultExactLimit = 1e9
	// MinPivots is the fewest pivots the automatic choice samples.
	MinPivots = 256
	// DefaultMaxEvidence sentences per dyad and mediation.
	DefaultMaxEvidence = 10
	// DefaultMaxMediators per dyad.
	DefaultMaxMediators = 10
)

// Run analyses edges at both levels, and per time window when
// opt.WindowDays > 0. It is RunContext without cancellation.
func Run(edges []graph.Edge, opt Options) Result {
	res, err := RunContext(context.Background(), edges, opt)
	if err != nil {
		// Only cancellation fails, and Background is never cancelled.
		panic(fmt.Sprintf("analyze: %v", err))
	}
	return res
}

// RunContext analyses edges at both levels, and per time window when
// opt.WindowDays > 0. It returns ctx's error when cancelled.
//
// Cost: dominated by betweenness, O(k·a) for k pivots and a arcs (k = n when
// exact) per level and per window; see docs/analysis.md.
func RunContext(ctx context.Context, edges []graph.Edge, opt Options) (Result, error) {
	var res Result
	var err error
	if res.Actor, res.Country, err = analyseBoth(ctx, edges, opt); err != nil {
		return Result{}, err
	}
	res.EdgesDigest = EdgesDigest(edges)
	if opt.WindowDays > 0 {
		opt.stage("windows")
		res.WindowDays = opt.WindowDays
		wopt := opt
		wopt.Progress = nil // (the windows' levels are one stage)
		if res.Windows, res.Undated, err = windows(ctx, edges, wopt); err != nil {
			return Result{}, err
		}
	}
	return res, nil
}

// analyseBoth analyses edges at actor and at country level, from one
// projection of the edges.
func analyseBoth(ctx context.Context, edges []graph.Edge, opt Options) (actor, country Level, err error) {
	p := project(edges)
	opt.stage("actor level")
	if actor, err = analyseLevel(ctx, p, actorIdx, edges, opt); err != nil {
		return Level{}, Level{}, err
	}
	opt.stage("country level")
	if country, err = analyseLevel(ctx, p, countryIdx, edges, opt); err != nil {
		return Level{}, Level{}, err
	}
	return actor, country, nil
}

// stage reports the start of a stage to opt.Progress, if set.
func (opt Options) stage(name string) {
	if opt.Progress != nil {
		opt.Progress(name)
	}
}

func actorLevel(a graph.Actor) graph.Actor { return a }

// countryLevel replaces an actor by its country; an actor without one (an
// international body or its officials) stays itself.
func countryLevel(a graph.Actor) graph.Actor {
	if a.Country == "" {
		return a
	}
	return graph.Actor{Name: a.Country, Kind: graph.State, Country: a.Country}
}
