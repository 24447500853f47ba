package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/actorgraph/actorgraph/analyze"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/neo4j"
	"github.com/actorgraph/actorgraph/pipeline"
)

// addNeo4jFlags registers the flags that say where Neo4j is. Each overrides
// its environment variable; there is deliberately no password flag (a
// command line is visible to every user of the machine).
func addNeo4jFlags(fs *pflag.FlagSet) {
	fs.String("neo4j-uri", "", "Neo4j server, bolt://host:7687 or neo4j://host:7687 (default $NEO4J_URI)")
	fs.String("neo4j-user", "", "Neo4j user (default $NEO4J_USERNAME, else neo4j)")
	fs.String("neo4j-password-file", "", "file holding the Neo4j password (default $NEO4J_PASSWORD_FILE; or set $NEO4J_PASSWORD)")
	fs.String("neo4j-database", "", "Neo4j database (default $NEO4J_DATABASE, else the server's default)")
	fs.Int("batch-size", neo4j.DefaultBatchSize, "edges per Neo4j transaction")
	fs.Duration("neo4j-timeout", neo4j.DefaultTimeout, "give up on Neo4j when it does not connect, or does not finish a transaction, within this long")
	fs.Duration("neo4j-retry-time", 0, "retry lost connections and transient Neo4j errors, with backoff, for this long (default: the --neo4j-timeout)")
	fs.Duration("neo4j-load-timeout", neo4j.DefaultLoadTimeout, "give up on a whole Neo4j load (every batch, deletions, metrics) after this long")
	fs.String("state-dir", "", "folder for edges pending for Neo4j (default $ACTORGRAPH_STATE_DIR, else $XDG_STATE_HOME/actorgraph, else ~/.local/state/actorgraph)")
}

// withNeo4jFlags adds the Neo4j flags to cmd and returns it (for run,
// whose spool lives beside its own state unless told otherwise: runNeo4j).
func (a *app) withNeo4jFlags(cmd *cobra.Command) *cobra.Command {
	addNeo4jFlags(cmd.Flags())
	cmd.Flags().Lookup("state-dir").Usage = "folder for edges pending for Neo4j (default $ACTORGRAPH_STATE_DIR, else DIR/.actorgraph beside the run's own state)"
	return cmd
}

// neo4jConfig reads the Neo4j configuration from the environment and the
// flags of fs, the flags winning.
func neo4jConfig(fs *pflag.FlagSet) (neo4j.Config, string, error) {
	cfg, err := neo4j.ConfigFromEnv(neo4j.OSEnv())
	if err != nil {
		return cfg, "", usageErr("%v", err)
	}
	str := func(name string) string { s, _ := fs.GetString(name); return s }
	if s := str("neo4j-uri"); s != "" {
		cfg.URI = s
	}
	if s := str("neo4j-user"); s != "" {
		cfg.Username = s
	}
	if s := str("neo4j-database"); s != "" {
		cfg.Database = s
	}
	if f := str("neo4j-password-file"); f != "" {
		p, err := neo4j.ReadPasswordFile(os.ReadFile, f)
		if err != nil {
			return cfg, "", usageErr("%v", err)
		}
		cfg.Password = p
	}
	cfg.BatchSize, _ = fs.GetInt("batch-size")
	if cfg.BatchSize < 1 {
		return cfg, "", usageErr("--batch-size %d: want at least 1", cfg.BatchSize)
	}
	cfg.Timeout, _ = fs.GetDuration("neo4j-timeout")
	cfg.RetryTime, _ = fs.GetDuration("neo4j-retry-time")
	cfg.LoadTimeout, _ = fs.GetDuration("neo4j-load-timeout")
	for _, d := range []struct {
		flag string
		v    time.Duration
		zero bool // 0 allowed
	}{{"neo4j-timeout", cfg.Timeout, false}, {"neo4j-retry-time", cfg.RetryTime, true}, {"neo4j-load-timeout", cfg.LoadTimeout, false}} {
		if d.v < 0 || d.v == 0 && !d.zero {
			return cfg, "", usageErr("--%s %v: want a positive duration", d.flag, d.v)
		}
	}
	if cfg.URI != "" {
		if cfg, err = cfg.Normalize(); err != nil {
			return cfg, "", usageErr("%v", err)
		}
	}
	dir := str("state-dir")
	if dir == "" {
		dir = defaultStateDir()
	}
	return cfg, dir, nil
}

// defaultStateDir is where actorgraph keeps state between runs.
func defaultStateDir() string {
	if d := os.Getenv("ACTORGRAPH_STATE_DIR"); d != "" {
		return d
	}
	if d := os.Getenv("XDG_STATE_HOME"); d != "" {
		return filepath.Join(d, "actorgraph")
	}
	if h, err := os.UserHomeDir(); err == nil {
		return filepath.Join(h, ".local", "state", "actorgraph")
	}
	return filepath.Join(os.TempDir(), "actorgraph-state")
}

func (a *app) loadCmd() *cobra.Command {
	var analysis string
	cmd := &cobra.Command{
		Use:   "load [EDGES.jsonl...]",
		Short: "Load edges into Neo4j, idempotently, with nothing lost when it is down",
		Long: `Loads edge streams (as written by 'actorgraph extract' or 'run') into Neo4j:
actors, their MEMBER_OF links to their state, the articles, and one
relationship per edge (URGED, WARNED, SPOKE_WITH, ATTACKED, SUPPORTED,
ACCUSED) with its sentence. Constraints and indexes are created first.

Loading is idempotent: everything is MERGEd on its key, so loading the same
edges twice changes nothing. Edges go in batches (--batch-size), one
transaction each, retried with backoff on lost connections and transient errors.

Nothing is lost: edges are written to a pending file in the state folder
before they are sent, and removed only once committed. Every transaction
has a deadline: when Neo4j is unreachable, stops answering, is too slow, or
keeps dropping the connection or refusing with transient errors (retried
with backoff), the command fails (exit 1) within --neo4j-timeout (or
--neo4j-retry-time when longer), naming the address, what happened and the
pending file; SIGINT or SIGTERM stop it at once, the same way. The next
'load' or 'run' sends the pending edges first.
'actorgraph load' without a file sends only the pending edges.

With --analysis, the metrics of an analysis.json (betweenness, PageRank,
mediation score, community, ...) are written onto the actors, with the
file's modification time as analysed_at.

Neo4j is configured by NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD (or
NEO4J_PASSWORD_FILE) and NEO4J_DATABASE, or the flags below. The password is
never logged or printed. See docs/neo4j.md.`,
		Example: `  export NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD_FILE=~/.neo4j-pw
  actorgraph load out/edges.jsonl --analysis out/analysis.json
  actorgraph extract articles/ | actorgraph load -
  actorgraph load            # send what an earlier load left pending`,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, stateDir, err := neo4jConfig(cmd.Flags())
			if err != nil {
				return err
			}
			if !cfg.Configured() {
				return usageErr("load needs a Neo4j server: set NEO4J_URI or --neo4j-uri")
			}
			return a.load(cmd.Context(), cfg, stateDir, args, analysis)
		},
	}
	addNeo4jFlags(cmd.Flags())
	cmd.Flags().StringVar(&analysis, "analysis", "", "analysis.json whose metrics to write onto the actors")
	return cmd
}

func (a *app) load(ctx context.Context, cfg neo4j.Config, stateDir string, paths []string, analysisPath string) error {
	var edges []graph.Edge
	bad := 0
	for _, p := range paths {
		es, bads, err := graph.ReadEdgesFileLenient(ctx, p)
		if err != nil {
			return fmt.Errorf("load %s: %w", p, err)
		}
		for _, le := range bads {
			a.log.Warn("skipping bad edge line", "error", le)
		}
		bad += len(bads)
		edges = append(edges, es...)
	}
	var res *analyze.Result
	var at time.Time
	if analysisPath != "" {
		r, t, err := pipeline.ReadAnalysis(analysisPath)
		if err != nil {
			return fmt.Errorf("load --analysis: %w", err)
		}
		res, at = &r, t
	}
	if len(paths) == 0 && res == nil {
		// nothing to send but what waits: say so when it waits for another
		// server, which this load will not send to
		if !neo4j.HasPending(stateDir, cfg) {
			if other := neo4j.PendingElsewhere(stateDir, cfg); len(other) > 0 {
				a.log.Warn("nothing is pending for this server; edges wait for another one (give its --neo4j-uri and --neo4j-database to send them)",
					"address", cfg.Address(), "database", cfg.Database, "pending_in", strings.Join(other, ", "))
			}
		}
	}
	if err := a.sendToNeo4j(ctx, cfg, stateDir, edges, res, at, nil); err != nil {
		return err
	}
	if bad > 0 {
		return errBadInput
	}
	return nil
}

// sendToNeo4j spools edges, then sends every pending edge to Neo4j and,
// when res is given, writes its metrics back with analysed_at = at
// (pipeline.Send).
func (a *app) sendToNeo4j(ctx context.Context, cfg neo4j.Config, stateDir string, edges []graph.Edge, res *analyze.Result, at time.Time, sync *pipeline.Reconcile) error {
	return pipeline.Send(ctx, a.log, cfg, stateDir, edges, res, at, sync, crashAt)
}

// crashAt is for tests only: when ACTORGRAPH_TEST_CRASH_AT names stage, the
// process kills itself there with SIGKILL, as kill -9 would, so a test can
// stop a run at an exact stage boundary (see TestRunKilledAtEachStage).
func crashAt(stage string) {
	if os.Getenv("ACTORGRAPH_TEST_CRASH_AT") != stage {
		return
	}
	if p, err := os.FindProcess(os.Getpid()); err == nil {
		p.Kill()
	}
	select {} // the kill is asynchronous: do nothing more
}
