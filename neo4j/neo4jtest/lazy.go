package neo4jtest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sync"
	"testing"

	"github.com/actorgraph/actorgraph/neo4j"
)

// Lazy is one test server shared by the tests of a package, started the
// first time a test asks for it and stopped by Main when the tests end.
type Lazy struct {
	opt  Options
	once sync.Once
	srv  *Server
	cfg  neo4j.Config
	own  bool   // the server is ours (not NEO4J_URI)
	skip string // why tests skip
	err  error  // why tests fail
}

// NewLazy returns a Lazy for the launcher in dir (neo4j/testserver).
func NewLazy(dir string) *Lazy { return &Lazy{opt: Options{Dir: dir}} }

// Main runs the tests and then stops the server if one was started; its
// result is the exit code for os.Exit.
func (l *Lazy) Main(m *testing.M) int {
	defer l.Stop()
	return m.Run()
}

// Stop stops the server if this Lazy started one.
func (l *Lazy) Stop() {
	if l.srv != nil {
		if err := l.srv.Stop(); err != nil {
			fmt.Fprintln(os.Stderr, err)
		}
	}
}

func (l *Lazy) init() {
	cfg, err := neo4j.ConfigFromEnv(neo4j.OSEnv())
	switch {
	case err != nil:
		l.err = err
		return
	case cfg.Configured():
		l.cfg = cfg
		return
	case os.Getenv("NEO4J_TEST_SERVER") == "off":
		l.skip = "no Neo4j: NEO4J_URI is unset and NEO4J_TEST_SERVER=off"
		return
	}
	if err := Toolchain(); err != nil {
		l.skip = "no Neo4j: NEO4J_URI is unset and " + err.Error()
		return
	}
	srv, err := Start(context.Background(), l.opt)
	if err != nil {
		if errors.Is(err, ErrNoJava) {
			l.skip = err.Error()
		} else {
			l.err = fmt.Errorf("%w\n(set NEO4J_URI to use a running Neo4j, or NEO4J_TEST_SERVER=off to skip these tests)", err)
		}
		return
	}
	fmt.Fprintf(os.Stderr, "neo4jtest: started Neo4j at %s in %.1fs\n", srv.URI, srv.Started.Seconds())
	l.srv, l.own = srv, true
	l.cfg = neo4j.Config{URI: srv.URI, Username: srv.Username, Password: neo4j.Secret(srv.Password)}
}

// Config returns the configuration of the test Neo4j: NEO4J_URI and its
// variables when set, else the server this Lazy starts (once). It skips the
// test, saying why, when there is no Neo4j to be had (no NEO4J_URI and no
// java or mvn, or NEO4J_TEST_SERVER=off), and fails it when the server could
// not be built or started.
func (l *Lazy) Config(t testing.TB) neo4j.Config {
	t.Helper()
	l.once.Do(l.init)
	if l.skip != "" {
		t.Skip(l.skip)
	}
	if l.err != nil {
		t.Fatal(l.err)
	}
	return l.cfg
}

// Server returns the server this Lazy started, for tests that pause, kill
// or restart it; it skips the test when Neo4j is an outside NEO4J_URI.
func (l *Lazy) Server(t testing.TB) *Server {
	t.Helper()
	l.Config(t)
	if !l.own {
		t.Skip("NEO4J_URI names an outside server: this test pauses and kills the server, so it needs the one neo4jtest starts (unset NEO4J_URI)")
	}
	return l.srv
}

// Own reports whether the server is one this Lazy started (so the tests
// may wipe it without asking).
func (l *Lazy) Own() bool { return l.own }
