package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/actorgraph/actorgraph/neo4j"
	"github.com/actorgraph/actorgraph/queries"
)

type queryFlags struct {
	params []string
	dir    string
	list   bool
	show   bool
	style  bool
	width  int
}

func (a *app) queryCmd() *cobra.Command {
	var f queryFlags
	cmd := &cobra.Command{
		Use:   "query NAME [--param name=value]...",
		Short: "Run one of the analyst queries against Neo4j and print a table",
		Long: `Runs a query of the queries/ folder (embedded in actorgraph) against Neo4j
and prints the result as a table. Each query declares its parameters with
an example value; --param overrides them. --list shows the queries and their
parameters, --show prints a query's Cypher (to paste into Neo4j Browser),
--style prints the Browser style file.

The queries: top-mediators, dyad-mediators, urged-between, conflict-dyads,
ego-network, shortest-paths, actor-timeline, edge-articles, actor-articles.
Each parameter name belongs to one query (Neo4j Browser shares :params
across a session), so --list shows which names a query takes. The Graph
Data Science steps of queries/gds write to the database: run them in
Browser or cypher-shell (docs/neo4j.md).

Neo4j is configured as for 'actorgraph load' (NEO4J_URI, ...).`,
		Example: `  actorgraph query --list
  actorgraph query top-mediators --param mediators_limit=5
  actorgraph query dyad-mediators --param dyad_side_a=Iran --param dyad_side_b=Israel
  actorgraph query --show urged-between
  actorgraph query --style > actorgraph.grass`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.query(cmd, args, f)
		},
	}
	addNeo4jFlags(cmd.Flags())
	// A query sends no edges: the load-only settings stay usable but out of
	// its help.
	_ = cmd.Flags().MarkHidden("batch-size")
	_ = cmd.Flags().MarkHidden("state-dir")
	_ = cmd.Flags().MarkHidden("neo4j-load-timeout")
	fs := cmd.Flags()
	fs.StringArrayVarP(&f.params, "param", "p", nil, "set a parameter, name=value (repeatable)")
	fs.StringVar(&f.dir, "queries", "", "folder of .cypher files to use instead of the embedded ones")
	fs.BoolVar(&f.list, "list", false, "list the queries and their parameters")
	fs.BoolVar(&f.show, "show", false, "print the query's Cypher instead of running it")
	fs.BoolVar(&f.style, "style", false, "print the Neo4j Browser style file (GraSS)")
	fs.IntVar(&f.width, "width", 100, "cut cells longer than this many characters (0: never)")
	return cmd
}

func (a *app) query(cmd *cobra.Command, args []string, f queryFlags) error {
	if f.style {
		_, err := a.stdout.Write(queries.Style())
		return err
	}
	qs, err := queries.Embedded()
	if f.dir != "" {
		qs, err = queries.Dir(f.dir)
	}
	if err != nil {
		return fmt.Errorf("query: %w", err)
	}
	if f.list {
		printQueryList(a.stdout, qs)
		return nil
	}
	if len(args) != 1 {
		return usageErr("query needs one NAME (see 'actorgraph query --list')")
	}
	q, ok := queries.Find(qs, args[0])
	if !ok {
		names := make([]string, len(qs))
		for i, q := range qs {
			names[i] = q.Name
		}
		return usageErr("no query %q (have: %s)", args[0], strings.Join(names, ", "))
	}
	params, err := q.Bind(f.params)
	if err != nil {
		return usageErr("%v", err)
	}
	if f.show {
		_, err := io.WriteString(a.stdout, q.Cypher)
		return err
	}
	cfg, _, err := neo4jConfig(cmd.Flags())
	if err != nil {
		return err
	}
	if !cfg.Configured() {
		return usageErr("query needs a Neo4j server: set NEO4J_URI or --neo4j-uri")
	}
	ctx := cmd.Context()
	st, err := neo4j.Open(ctx, cfg, a.log)
	if err != nil {
		return err
	}
	defer st.Close(ctx)
	t, err := st.Query(ctx, q.Cypher, params)
	if err != nil {
		return fmt.Errorf("query %s: %w", q.Name, err)
	}
	return printTable(a.stdout, t, f.width)
}

func printQueryList(w io.Writer, qs []queries.Query) {
	for _, q := range qs {
		fmt.Fprintf(w, "%s\n  %s\n", q.Name, q.Title)
		if q.About != "" {
			fmt.Fprintf(w, "  %s\n", q.About)
		}
		for _, p := range q.Params {
			fmt.Fprintf(w, "  --param %s\n", shellWord(fmt.Sprintf("%s=%v", p.Name, p.Default)))
		}
	}
}

// printTable writes t as aligned columns, cells cut to width runes.
func printTable(w io.Writer, t neo4j.Table, width int) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(t.Keys, "\t"))
	rule := make([]string, len(t.Keys))
	for i, k := range t.Keys {
		rule[i] = strings.Repeat("-", max(3, utf8.RuneCountInString(k)))
	}
	fmt.Fprintln(tw, strings.Join(rule, "\t"))
	for _, row := range t.Rows {
		cells := make([]string, len(row))
		for i, v := range row {
			cells[i] = cut(strings.ReplaceAll(neo4j.Format(v), "\t", " "), width)
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "(%d rows)\n", len(t.Rows))
	return err
}

func cut(s string, width int) string {
	if width <= 0 || utf8.RuneCountInString(s) <= width {
		return s
	}
	r := []rune(s)
	return string(r[:width-1]) + "…"
}

// shellWord quotes s for a POSIX shell when it holds anything but letters,
// digits and -_=.,:/@, so a line of --list pastes as it reads.
func shellWord(s string) string {
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-_=.,:/@", r)) {
			return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
		}
	}
	return s
}
