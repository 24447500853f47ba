// Package cypherlint checks Cypher statements with Neo4j's own Cypher
// grammar and semantic analysis: the npm package
// @neo4j-cypher/language-support (version Version), which Neo4j's Browser,
// Workspace and VS Code extension use, run by Node.js through the embedded
// script lint.mjs. Each statement is checked as Cypher 5 (what Neo4j 5
// runs) and Cypher 25, with only its declared parameters defined, so a
// syntax error, an undefined variable or an undeclared $parameter is an
// error.
//
// The package is a test helper: Require skips a test, saying what is
// missing, when Node.js or the npm package is not installed. The package is
// looked for under .cache/cypherlint at the module root (where .ci/run
// installs it), or in the folder named by $CYPHERLINT_DIR.
//
// Cost: one Node.js process per Lint call (about a second to load the
// grammar), then milliseconds per statement.
package cypherlint

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// Version is the version of @neo4j-cypher/language-support the lint is
// written for and .ci/run installs.
const Version = "2.0.0-next.38"

// MinNode is the oldest Node.js major version the lint is run on. The npm
// package declares Node 24.11.1 or later; linting the statements of this
// repository works on Node 20 (checked on 20.20.2), though some of its code
// paths (label-expression trees) call Set methods that only Node 22 has, so
// a new statement may need a newer Node. Older majors were not tried.
const MinNode = 20

// Package is the npm package name.
const Package = "@neo4j-cypher/language-support"

//go:embed lint.mjs
var script []byte

// Input is one statement to check: a name for messages, the Cypher, and the
// parameters it may use (without the $).
type Input struct {
	Name   string   `json:"name"`
	Cypher string   `json:"cypher"`
	Params []string `json:"params"`
}

// Diagnostic is one finding of the linter, at a 1-based line and column of
// the statement.
type Diagnostic struct {
	Severity int    `json:"severity"` // 1 error, 2 warning, 3 information, 4 hint
	Message  string `json:"message"`
	Line     int    `json:"line"`
	Column   int    `json:"column"`
	Offset   int    `json:"offset"`
}

// IsError reports whether d is an error (not a warning or a hint).
func (d Diagnostic) IsError() bool { return d.Severity == 1 }

func (d Diagnostic) String() string {
	kind := map[int]string{1: "error", 2: "warning", 3: "info", 4: "hint"}[d.Severity]
	return fmt.Sprintf("%d:%d: %s: %s", d.Line, d.Column, kind, d.Message)
}

// Result is the diagnostics of one input under one Cypher version.
type Result struct {
	Name        string       `json:"name"`
	Version     string       `json:"version"` // "CYPHER 5" or "CYPHER 25"
	Package     string       `json:"package"` // the npm package's version
	Diagnostics []Diagnostic `json:"diagnostics"`
}

// Errors returns the diagnostics of r that are errors.
func (r Result) Errors() []Diagnostic {
	var errs []Diagnostic
	for _, d := range r.Diagnostics {
		if d.IsError() {
			errs = append(errs, d)
		}
	}
	return errs
}

// Linter runs the linter: Node is the node executable, Dir the installed
// npm package's folder.
type Linter struct {
	Node, Dir string
}

// Find locates Node.js on PATH and the npm package, under $CYPHERLINT_DIR
// when set, else under .cache/cypherlint in the nearest folder above the
// working directory that holds go.mod. Its error says what is missing and
// how to install it.
func Find() (Linter, error) {
	root := os.Getenv("CYPHERLINT_DIR")
	if root == "" {
		mod, err := moduleRoot()
		if err != nil {
			return Linter{}, err
		}
		root = filepath.Join(mod, ".cache", "cypherlint")
	}
	node, err := findNode(root)
	if err != nil {
		return Linter{}, err
	}
	if v, err := exec.Command(node, "--version").Output(); err != nil {
		return Linter{}, fmt.Errorf("%s --version: %v", node, err)
	} else if major, _ := strconv.Atoi(strings.SplitN(strings.TrimPrefix(strings.TrimSpace(string(v)), "v"), ".", 2)[0]); major < MinNode {
		return Linter{}, fmt.Errorf("node %s is too old: the linter needs Node.js %d or later (install a newer Node.js, then: %s)", strings.TrimSpace(string(v)), MinNode, installHint())
	}
	dir := filepath.Join(root, "node_modules", filepath.FromSlash(Package))
	raw, err := os.ReadFile(filepath.Join(dir, "package.json"))
	if err != nil {
		return Linter{}, fmt.Errorf("no %s in %s (%s)", Package, root, installHint())
	}
	var pkg struct{ Version string }
	if err := json.Unmarshal(raw, &pkg); err != nil {
		return Linter{}, fmt.Errorf("%s: %w", filepath.Join(dir, "package.json"), err)
	}
	if pkg.Version != Version {
		return Linter{}, fmt.Errorf("%s is version %s, want %s (%s)", dir, pkg.Version, Version, installHint())
	}
	return Linter{Node: node, Dir: dir}, nil
}

// findNode returns the Node.js the linter runs on: one installed from npm
// beside the grammar (root/node_modules/node-linux-*/bin/node, which
// .ci/run installs where the system's Node.js is older than MinNode), else
// node on PATH.
func findNode(root string) (string, error) {
	if local, _ := filepath.Glob(filepath.Join(root, "node_modules", "node-linux-*", "bin", "node")); len(local) > 0 {
		return local[0], nil
	}
	node, err := exec.LookPath("node")
	if err != nil {
		return "", fmt.Errorf("no node on PATH (install Node.js, then: %s)", installHint())
	}
	return node, nil
}

func installHint() string {
	return fmt.Sprintf("npm install --prefix .cache/cypherlint %s@%s", Package, Version)
}

// moduleRoot returns the nearest folder at or above the working directory
// that holds go.mod.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		up := filepath.Dir(dir)
		if up == dir {
			return "", errors.New("no go.mod above the working directory")
		}
		dir = up
	}
}

// Require returns the Linter, or skips t saying what is missing.
func Require(t testing.TB) Linter {
	t.Helper()
	l, err := Find()
	if err != nil {
		t.Skipf("Cypher lint skipped: %v", err)
	}
	return l
}

// Lint checks every input, each as Cypher 5 and as Cypher 25, and returns
// the results in input order (Cypher 5 first). It fails when Node.js cannot
// run the script or its output cannot be read, within two minutes.
func (l Linter) Lint(ctx context.Context, inputs []Input) ([]Result, error) {
	in, err := json.Marshal(inputs)
	if err != nil {
		return nil, err
	}
	f, err := os.CreateTemp("", "cypherlint-*.mjs")
	if err != nil {
		return nil, err
	}
	defer os.Remove(f.Name())
	if _, err := f.Write(script); err != nil {
		f.Close()
		return nil, err
	}
	if err := f.Close(); err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, l.Node, f.Name(), l.Dir)
	cmd.Stdin = bytes.NewReader(in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("cypherlint: node %s: %v: %s", f.Name(), err, strings.TrimSpace(stderr.String()))
	}
	var res []Result
	if err := json.Unmarshal(out, &res); err != nil {
		return nil, fmt.Errorf("cypherlint: reading the linter's output: %w", err)
	}
	if len(res) != 2*len(inputs) {
		return nil, fmt.Errorf("cypherlint: %d results for %d inputs, want two each", len(res), len(inputs))
	}
	return res, nil
}

// Check lints inputs and fails t for every error, logging warnings and
// hints. It returns the results.
func Check(t testing.TB, l Linter, inputs []Input) []Result {
	t.Helper()
	res, err := l.Lint(context.Background(), inputs)
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]string{}
	for _, in := range inputs {
		byName[in.Name] = in.Cypher
	}
	for _, r := range res {
		for _, d := range r.Diagnostics {
			if d.IsError() {
				t.Errorf("%s (%s, %s %s): %s\n%s", r.Name, r.Version, Package, r.Package, d, excerpt(byName[r.Name], d.Line))
			} else {
				t.Logf("%s (%s): %s", r.Name, r.Version, d)
			}
		}
	}
	return res
}

// excerpt returns line n of s, for messages.
func excerpt(s string, n int) string {
	lines := strings.Split(s, "\n")
	if n < 1 || n > len(lines) {
		return ""
	}
	return fmt.Sprintf("  %d | %s", n, lines[n-1])
}
