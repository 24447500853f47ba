// Package neo4j loads the actor graph into Neo4j and writes analysis
// results back onto it, through the official Go driver
// (github.com/neo4j/neo4j-go-driver/v5, imported here as driver).
//
// Loads are idempotent: actors, articles and edges are MERGEd on their keys
// (actor name, article doc, edge id) and their properties are set only on
// creation or when they differ, so loading the same edges twice changes
// nothing. Edges go in batches of Config.BatchSize, each batch in one
// write transaction under a deadline, retried with backoff on lost
// connections and transient errors (see transact).
// A Spool keeps edges on disk until their batch is committed, so a database
// that is down loses nothing.
//
// Concurrency: a Store may be used by several goroutines; a Spool may not,
// and it locks its folder so that a second process cannot open it at the
// same time.
package neo4j

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"reflect"
	"slices"
	"sort"
	"strings"
	"syscall"
	"time"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"
	dconfig "github.com/neo4j/neo4j-go-driver/v5/neo4j/config"

	"github.com/actorgraph/actorgraph/analyze"
	"github.com/actorgraph/actorgraph/graph"
)

// Store is a connection pool to one Neo4j database.
type Store struct {
	cfg    Config
	drv    driver.DriverWithContext
	log    *slog.Logger
	origin string // who loads (SetOrigin); "" for no one in particular
}

// SetOrigin names the loader (origin.go) whose edges Load adds to and
// Reconcile deletes from: Load writes it into each relationship's
// r.origins, and Reconcile takes only it out, deleting a relationship no
// origin holds any more. Without it, as before origins existed, Load
// writes none and Reconcile deletes whatever its documents' edges are not.
// Send sets the origin of its state folder (OriginOf) for a run. Cost:
// none.
func (s *Store) SetOrigin(origin string) { s.origin = origin }

// originParam is the $origin of the load and reconcile statements: nil for
// none. Cost: none.
func (s *Store) originParam() any {
	if s.origin == "" {
		return nil
	}
	return s.origin
}

// Open connects to the server of cfg and checks that it answers and accepts
// the credentials, within cfg.Timeout. Its errors name the address, never
// the password. Close the Store when done.
func Open(ctx context.Context, cfg Config, log *slog.Logger) (*Store, error) {
	cfg, err := cfg.Normalize()
	if err != nil {
		return nil, err
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	drv, err := driver.NewDriverWithContext(cfg.URI,
		driver.BasicAuth(cfg.Username, cfg.Password.Reveal(), ""),
		func(c *dconfig.Config) {
			c.UserAgent = "actorgraph"
			c.SocketConnectTimeout = cfg.Timeout
			c.ConnectionAcquisitionTimeout = cfg.Timeout
		})
	if err != nil {
		return nil, cfg.redact(fmt.Errorf("Neo4j at %s: %w", cfg.Address(), err))
	}
	s := &Store{cfg: cfg, drv: drv, log: log}
	vctx, cancel := context.WithTimeout(ctx, cfg.Timeout)
	defer cancel()
	if err := drv.VerifyConnectivity(vctx); err != nil {
		closeBounded(ctx, drv.Close)
		if ctx.Err() != nil {
			// stopped (a signal), not the server's doing
			return nil, cfg.redact(fmt.Errorf("Neo4j at %s: connect: %w", cfg.Address(), &InterruptedError{Cause: context.Cause(ctx), Err: err}))
		}
		return nil, s.explain("connect", err)
	}
	return s, nil
}

// Close closes every connection, saying GOODBYE to a server that still
// answers. It waits at most a second, even after ctx has ended, so a hung
// server cannot hold it.
func (s *Store) Close(ctx context.Context) error { return closeBounded(ctx, s.drv.Close) }

// closeBounded calls close with a context that ignores ctx's end but gives
// up after a second.
func closeBounded(ctx context.Context, close func(context.Context) error) error {
	cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Second)
	defer cancel()
	return close(cctx)
}

// Address is the server's URI without credentials.
func (s *Store) Address() string { return s.cfg.Address() }

// explain wraps a driver error with what was being done and where, in words
// a user can act on, and without the password.
func (s *Store) explain(what string, err error) error {
	addr := s.cfg.Address()
	var nerr *driver.Neo4jError
	switch {
	case errors.As(err, &nerr) && nerr.Code == "Neo.ClientError.Security.Forbidden":
		err = fmt.Errorf("Neo4j at %s: %s: user %q may not do this (a read-only user, or a read replica): %w", addr, what, s.cfg.Username, err)
	case errors.As(err, &nerr) && nerr.Code == "Neo.ClientError.Security.AuthenticationRateLimit":
		err = fmt.Errorf("Neo4j at %s: too many failed logins for user %q in a row: the server refuses logins for a few seconds; retry then (with the right password): %w", addr, s.cfg.Username, err)
	case errors.As(err, &nerr) && strings.HasPrefix(nerr.Code, "Neo.ClientError.Security."):
		err = fmt.Errorf("Neo4j at %s: authentication failed for user %q (check the user and password: in --neo4j-uri, or NEO4J_USERNAME and NEO4J_PASSWORD or NEO4J_PASSWORD_FILE): %w",
			addr, s.cfg.Username, err)
	case what == "connect" && (errors.Is(err, syscall.ECONNREFUSED) || strings.Contains(err.Error(), "connection refused")):
		err = fmt.Errorf("Neo4j at %s: connection refused (is Neo4j running, and listening on that address?): %w", addr, err)
	case what == "connect" && (errors.As(err, new(*net.DNSError)) || strings.Contains(err.Error(), "no such host") || strings.Contains(err.Error(), "lookup ")):
		err = fmt.Errorf("Neo4j at %s: no such host (check the host name in --neo4j-uri or NEO4J_URI): %w", addr, err)
	case what == "connect" && strings.Contains(err.Error(), "while reading from connection"):
		err = fmt.Errorf("Neo4j at %s: connected, but the server did not answer within %s (is it a responsive Neo4j server?): %w", addr, s.cfg.Timeout, err)
	case what == "connect" && (driver.IsConnectivityError(err) || errors.Is(err, context.DeadlineExceeded)):
		err = fmt.Errorf("Neo4j at %s: cannot reach the server within %s: %w", addr, s.cfg.Timeout, err)
	case errors.As(err, new(*SilentError)), errors.As(err, new(*RetriedError)), errors.As(err, new(*InterruptedError)):
		err = fmt.Errorf("Neo4j at %s: %s: %w", addr, what, err)
	default:
		err = fmt.Errorf("Neo4j at %s: %s: %w", addr, what, err)
	}
	return s.cfg.redact(err)
}

func (s *Store) session(ctx context.Context, mode driver.AccessMode) driver.SessionWithContext {
	return s.drv.NewSession(ctx, driver.SessionConfig{AccessMode: mode, DatabaseName: s.cfg.Database})
}

// EnsureSchema creates the constraints and indexes the loads and queries
// rely on, each IF NOT EXISTS, one statement per transaction.
func (s *Store) EnsureSchema(ctx context.Context) error {
	for _, q := range schemaStatements() {
		err := s.transact(ctx, driver.AccessModeWrite, func(ctx context.Context, tx txRunner) error {
			r, err := tx.Run(ctx, q, nil)
			if err == nil {
				_, err = r.Consume(ctx)
			}
			return err
		})
		if err != nil {
			return s.explain("create schema", err)
		}
	}
	return nil
}

// LoadStats counts what a load sent and what the server reported changing.
type LoadStats struct {
	Edges                int // edges sent (after removing duplicate ids)
	Batches              int // transactions committed
	NodesCreated         int
	RelationshipsCreated int
	PropertiesSet        int
	LabelsAdded          int
	Rejected             int // edges the server refused (LoadRejecting only)
}

// Changed reports whether the server reported any change.
func (st LoadStats) Changed() bool {
	return st.NodesCreated+st.RelationshipsCreated+st.PropertiesSet+st.LabelsAdded > 0
}

// Load merges edges, with their actors, memberships and articles, in
// batches of the configured size, one write transaction each (transact).
// After each commit it calls committed with the ids of the batch's edges (a
// Spool's Done), and stops if that fails. Edges with the same id are sent
// once. It costs one round of at most 10 statements per batch. The first
// batch that fails stops the load; LoadRejecting isolates the edges the
// server refuses instead.
func (s *Store) Load(ctx context.Context, edges []graph.Edge, committed func(ids []string) error) (LoadStats, error) {
	return s.LoadRejecting(ctx, edges, committed, nil)
}

// LoadRejecting is Load that does not let one bad edge block the others:
// when the server refuses a batch with a client error (a
// Neo.ClientError other than Security, which no retry can cure), the batch
// is sent again one edge per transaction, and each edge the server still
// refuses is passed to rejected (which should keep it somewhere a user can
// see) and counted as done. Transient and connectivity errors stop the load
// as in Load, leaving the rest pending.
func (s *Store) LoadRejecting(ctx context.Context, edges []graph.Edge, committed func(ids []string) error, rejected func(graph.Edge, error) error) (LoadStats, error) {
	edges = sameActors(dedupe(edges))
	st := LoadStats{Edges: len(edges)}
	send := func(part []graph.Edge) (batch, error) {
		b := newBatch(part)
		b.origin = s.originParam()
		var sums []driver.ResultSummary
		err := s.transact(ctx, driver.AccessModeWrite, func(ctx context.Context, tx txRunner) error {
			var err error
			sums, err = b.run(ctx, tx)
			return err
		})
		if err != nil {
			return b, err
		}
		st.Batches++
		for _, sum := range sums {
			c := sum.Counters()
			st.NodesCreated += c.NodesCreated()
			st.RelationshipsCreated += c.RelationshipsCreated()
			st.PropertiesSet += c.PropertiesSet()
			st.LabelsAdded += c.LabelsAdded()
		}
		return b, nil
	}
	done := func(ids []string) error {
		if committed == nil {
			return nil
		}
		return committed(ids)
	}
	for start := 0; start < len(edges); start += s.cfg.BatchSize {
		part := edges[start:min(start+s.cfg.BatchSize, len(edges))]
		b, err := send(part)
		if err != nil && rejected != nil && refused(err) {
			s.log.Warn("Neo4j refused a batch; sending its edges one by one", "address", s.Address(), "edges", len(part), "error", s.cfg.redact(err).Error())
			if err := s.isolate(part, send, done, rejected, &st); err != nil {
				return st, err
			}
			continue
		}
		if err != nil {
			return st, s.explain(fmt.Sprintf("load batch %d (edges %d-%d of %d)", st.Batches+1, start+1, start+len(part), len(edges)), err)
		}
		s.log.Debug("neo4j batch committed", "address", s.Address(), "batch", st.Batches, "edges", len(b.ids))
		if err := done(b.ids); err != nil {
			return st, err
		}
	}
	return st, nil
}

// isolate sends the edges of a refused batch one per transaction.
func (s *Store) isolate(part []graph.Edge, send func([]graph.Edge) (batch, error), done func([]string) error, rejected func(graph.Edge, error) error, st *LoadStats) error {
	for _, e := range part {
		_, err := send([]graph.Edge{e})
		switch {
		case err == nil:
		case refused(err):
			st.Rejected++
			if rerr := rejected(e, s.cfg.redact(err)); rerr != nil {
				return rerr
			}
		default:
			return s.explain(fmt.Sprintf("load edge %s", e.ID), err)
		}
		if err := done([]string{e.ID}); err != nil {
			return err
		}
	}
	return nil
}

// refused reports whether err is the server refusing the data of the
// statement (a Neo.ClientError.Schema or .Statement error, such as a
// constraint violation or a bad value), which sending it again will not
// cure. Client errors about the server or the session — security, a
// read-only database (Statement.AccessMode), a missing database, a bad
// request — refuse every edge alike: they stop the load and leave the edges
// pending instead.
func refused(err error) bool {
	var nerr *driver.Neo4jError
	if !errors.As(err, &nerr) || nerr.Code == "Neo.ClientError.Statement.AccessMode" {
		return false
	}
	return strings.HasPrefix(nerr.Code, "Neo.ClientError.Schema.") || strings.HasPrefix(nerr.Code, "Neo.ClientError.Statement.")
}

// dedupe keeps the first edge of each id, and orders the ends of symmetric
// relations by name so that A-B and B-A are one relationship.
func dedupe(edges []graph.Edge) []graph.Edge {
	seen := make(map[string]bool, len(edges))
	out := make([]graph.Edge, 0, len(edges))
	for _, e := range edges {
		if e.ID == "" {
			e = e.WithID()
		}
		if seen[e.ID] {
			continue
		}
		seen[e.ID] = true
		if e.Relation.Symmetric() && e.Target.Name < e.Source.Name {
			e.Source, e.Target = e.Target, e.Source
		}
		out = append(out, e)
	}
	return out
}

// sameActors gives every edge the same record for an actor (the last one
// seen wins), so an input that names an actor with two kinds or countries
// (pending edges from an older dictionary, say) does not flip the node from
// batch to batch.
func sameActors(edges []graph.Edge) []graph.Edge {
	byName := make(map[string]graph.Actor, len(edges))
	for _, e := range edges {
		byName[e.Source.Name] = e.Source
		byName[e.Target.Name] = e.Target
	}
	for i := range edges {
		edges[i].Source = byName[edges[i].Source.Name]
		edges[i].Target = byName[edges[i].Target.Name]
	}
	return edges
}

// batch is the parameters of one transaction.
type batch struct {
	ids      []string
	actors   []map[string]any
	members  []map[string]any
	articles []map[string]any
	edges    map[graph.Relation][]map[string]any
	origin   any // $origin (Store.originParam)
}

func newBatch(edges []graph.Edge) batch {
	b := batch{edges: map[graph.Relation][]map[string]any{}}
	actors := map[string]bool{}
	addActor := func(a graph.Actor) {
		if actors[a.Name] {
			return
		}
		actors[a.Name] = true
		b.actors = append(b.actors, map[string]any{"key": a.Name, "name": a.Name, "kind": string(a.Kind), "country": nullable(a.Country)})
		if a.Country != "" && a.Country != a.Name {
			b.members = append(b.members, map[string]any{"key": a.Name, "country": a.Country})
		}
	}
	docs := map[string]bool{}
	for _, e := range edges {
		b.ids = append(b.ids, e.ID)
		addActor(e.Source)
		addActor(e.Target)
		pub := date(e.Published)
		if !docs[e.Doc] {
			docs[e.Doc] = true
			b.articles = append(b.articles, map[string]any{"doc": e.Doc, "published": pub, "title": nil})
		}
		b.edges[e.Relation] = append(b.edges[e.Relation], map[string]any{
			"id": e.ID, "source": e.Source.Name, "target": e.Target.Name,
			"doc": e.Doc, "sentence_index": e.SentenceIndex, "sentence": e.Sentence,
			"trigger": e.Trigger, "published": pub, "confidence": e.Confidence,
		})
	}
	return b
}

func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// date is a YYYY-MM-DD string as a Neo4j DATE, or nil when absent or not a
// date (a bad date must not block the load forever).
func date(s string) any {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return nil
	}
	return driver.DateOf(t)
}

func (b batch) run(ctx context.Context, tx txRunner) ([]driver.ResultSummary, error) {
	var sums []driver.ResultSummary
	exec := func(q string, params map[string]any) error {
		r, err := tx.Run(ctx, q, params)
		if err != nil {
			return err
		}
		sum, err := r.Consume(ctx)
		if err != nil {
			return err
		}
		sums = append(sums, sum)
		return nil
	}
	steps := []struct {
		q   string
		key string
		val []map[string]any
	}{
		{mergeActors, "actors", b.actors},
		{labelActors, "actors", b.actors},
		{dropStaleMembers, "actors", b.actors},
		{mergeMembers, "members", b.members},
		{mergeArticles, "articles", b.articles},
	}
	for _, r := range graph.Relations() {
		q, _ := mergeEdges(r)
		steps = append(steps, struct {
			q   string
			key string
			val []map[string]any
		}{q, "edges", b.edges[r]})
	}
	for _, st := range steps {
		if len(st.val) == 0 {
			continue
		}
		params := map[string]any{st.key: st.val}
		if st.key == "edges" {
			params["origin"] = b.origin
		}
		if err := exec(st.q, params); err != nil {
			return nil, err
		}
	}
	return sums, nil
}

// WriteMetrics writes the analysis metrics onto the actors as properties:
// every numeric field of analyze.ActorMetrics under its JSON name
// (betweenness, pagerank, mediation_score, community, in_degree, ...), the
// country-level ones prefixed "country_", and analysed_at = at. It labels
// the top tenth of actors by betweenness HighBetweenness and the next fifth
// MidBetweenness, for the Browser style. Actors not in Neo4j are skipped.
// It returns the number of actor rows sent.
func (s *Store) WriteMetrics(ctx context.Context, res analyze.Result, at time.Time) (int, error) {
	rows := map[string]map[string]any{}
	add := func(ms []analyze.ActorMetrics, prefix string) error {
		for _, m := range ms {
			props, err := numericProps(m, prefix)
			if err != nil {
				return err
			}
			r := rows[m.Name]
			if r == nil {
				r = map[string]any{}
				rows[m.Name] = r
			}
			for k, v := range props {
				r[k] = v
			}
		}
		return nil
	}
	if err := add(res.Actor.Actors, ""); err != nil {
		return 0, err
	}
	if err := add(res.Country.Actors, "country_"); err != nil {
		return 0, err
	}
	keys := make([]string, 0, len(rows))
	for k := range rows {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	params := make([]map[string]any, len(keys))
	for i, k := range keys {
		params[i] = map[string]any{"key": k, "props": rows[k]}
	}
	high, mid := tiers(res.Actor.Actors)
	err := s.transact(ctx, driver.AccessModeWrite, func(ctx context.Context, tx txRunner) error {
		for _, q := range []struct {
			cypher string
			params map[string]any
		}{
			{setMetrics, map[string]any{"rows": params, "analysed_at": at.UTC()}},
			{clearTiers, nil},
			{setHighTier, map[string]any{"keys": high}},
			{setMidTier, map[string]any{"keys": mid}},
		} {
			r, err := tx.Run(ctx, q.cypher, q.params)
			if err != nil {
				return err
			}
			if _, err := r.Consume(ctx); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return 0, s.explain("write metrics", err)
	}
	return len(params), nil
}

// EdgeCount is the number of relationships of the six relations in the
// database: every edge loaded, by whatever run or folder. Cost: six
// count-store lookups.
func (s *Store) EdgeCount(ctx context.Context) (int, error) {
	t, err := s.Query(ctx, countEdges(), nil)
	if err != nil {
		return 0, err
	}
	if len(t.Rows) == 1 && len(t.Rows[0]) == 1 {
		if n, ok := t.Rows[0][0].(int64); ok {
			return int(n), nil
		}
	}
	return 0, nil // (a server that answers no row, like the Bolt test server's default)
}

// numericProps returns the numeric fields of m under their JSON names, so a
// metric added to analyze.ActorMetrics is written back without a change here.
func numericProps(m analyze.ActorMetrics, prefix string) (map[string]any, error) {
	raw, err := json.Marshal(m)
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var all map[string]any
	if err := dec.Decode(&all); err != nil {
		return nil, err
	}
	// JSON writes a whole float64 (0, 4) as an integer: ask the Go type, so
	// a float metric is a FLOAT on every node (a property whose type varies
	// from node to node breaks GDS projections).
	floats := map[string]bool{}
	rt := reflect.TypeOf(m)
	for i := range rt.NumField() {
		if k := rt.Field(i).Type.Kind(); k == reflect.Float32 || k == reflect.Float64 {
			name, _, _ := strings.Cut(rt.Field(i).Tag.Get("json"), ",")
			floats[name] = true
		}
	}
	props := map[string]any{}
	for k, v := range all {
		if sub, ok := v.(map[string]any); ok {
			// a group of counts ("brokerage": {"liaison": 3, ...}): one
			// integer property each, brokerage_liaison
			for k2, v2 := range sub {
				if n, ok := v2.(json.Number); ok {
					if i, err := n.Int64(); err == nil {
						props[prefix+k+"_"+k2] = i
					}
				}
			}
			continue
		}
		n, ok := v.(json.Number)
		if !ok {
			continue
		}
		if i, err := n.Int64(); err == nil && !floats[k] {
			props[prefix+k] = i // counts and community ids stay integers
		} else if f, err := n.Float64(); err == nil {
			props[prefix+k] = f
		}
	}
	return props, nil
}

// tiers returns the names of the top tenth of actors by betweenness (at
// least one) and of the next fifth; actors with zero betweenness are in
// neither.
func tiers(ms []analyze.ActorMetrics) (high, mid []string) {
	ms = slices.Clone(ms)
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Betweenness > ms[j].Betweenness })
	nh := max(1, len(ms)/10)
	nm := max(1, len(ms)/5)
	high, mid = []string{}, []string{}
	for i, m := range ms {
		if m.Betweenness <= 0 {
			break
		}
		switch {
		case i < nh:
			high = append(high, m.Name)
		case i < nh+nm:
			mid = append(mid, m.Name)
		}
	}
	return high, mid
}

// Table is the result of a query: column names and rows of values as the
// driver returns them (see Format).
type Table struct {
	Keys []string
	Rows [][]any
}

// Query runs a read-only Cypher query with params in a read
// transaction and returns every row.
func (s *Store) Query(ctx context.Context, cypher string, params map[string]any) (Table, error) {
	var t Table
	err := s.transact(ctx, driver.AccessModeRead, func(ctx context.Context, tx txRunner) error {
		r, err := tx.Run(ctx, cypher, params)
		if err != nil {
			return err
		}
		recs, err := r.Collect(ctx)
		if err != nil {
			return err
		}
		keys, err := r.Keys()
		if err != nil {
			return err
		}
		t = Table{Keys: keys}
		for _, rec := range recs {
			t.Rows = append(t.Rows, rec.Values)
		}
		return nil
	})
	if err != nil {
		return Table{}, s.explain("query", err)
	}
	return t, nil
}
