//go:build linux

package neo4jtest

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestNewer: the build is skipped only when every output exists and none
// is older than an input.
func TestNewer(t *testing.T) {
	dir := t.TempDir()
	file := func(name string, age time.Duration) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, nil, 0o644); err != nil {
			t.Fatal(err)
		}
		at := time.Now().Add(-age)
		if err := os.Chtimes(p, at, at); err != nil {
			t.Fatal(err)
		}
		return p
	}
	old, mid, young := file("old", 3*time.Hour), file("mid", 2*time.Hour), file("young", time.Hour)
	missing := filepath.Join(dir, "missing")
	for _, c := range []struct {
		name      string
		outs, ins []string
		want      bool
	}{
		{"outputs newer", []string{young, mid}, []string{old}, true},
		{"same time", []string{mid}, []string{mid}, true},
		{"one output older", []string{young, old}, []string{mid}, false},
		{"an input newer", []string{mid}, []string{old, young}, false},
		{"output missing", []string{young, missing}, []string{old}, false},
		{"input missing", []string{young}, []string{missing}, false},
	} {
		if got := newer(c.outs, c.ins); got != c.want {
			t.Errorf("%s: newer = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestQuoteArg(t *testing.T) {
	for in, want := range map[string]string{
		`/a/b.jar:/c d/e.jar`: `"/a/b.jar:/c d/e.jar"`,
		`C:\x\y.jar`:          `"C:\\x\\y.jar"`,
		`a"b`:                 `"a\"b"`,
	} {
		if got := quoteArg(in); got != want {
			t.Errorf("quoteArg(%q) = %s, want %s", in, got, want)
		}
	}
}

// TestNoServerOutlivesTheTests starts a server from a child test binary
// that pauses it (SIGSTOP) and then exits without stopping it, as a test
// binary that panics or is killed would: the JVM must be gone soon after.
// (Linux: the paused case relies on Pdeathsig.) Then it starts one here
// and checks that Stop ends it and removes its
// folder.
func TestNoServerOutlivesTheTests(t *testing.T) {
	if os.Getenv("NEO4JTEST_CHILD") == "1" {
		srv, err := Start(context.Background(), Options{Dir: "../testserver"})
		if err != nil {
			fmt.Println("ERROR", err)
			os.Exit(2)
		}
		if err := srv.Pause(); err != nil {
			fmt.Println("ERROR", err)
			os.Exit(2)
		}
		fmt.Printf("PID %d\nHOME %s\n", srv.PID(), srv.home)
		os.Exit(1) // no Stop, no cleanup
	}
	if os.Getenv("NEO4J_TEST_SERVER") == "off" {
		t.Skip("NEO4J_TEST_SERVER=off")
	}
	if err := Toolchain(); err != nil {
		t.Skip(err)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestNoServerOutlivesTheTests$")
	cmd.Env = append(os.Environ(), "NEO4JTEST_CHILD=1")
	out, _ := cmd.CombinedOutput()
	pid := 0
	for _, l := range strings.Split(string(out), "\n") {
		if p, ok := strings.CutPrefix(l, "PID "); ok {
			pid, _ = strconv.Atoi(p)
		}
		if h, ok := strings.CutPrefix(l, "HOME "); ok && strings.Contains(h, "actorgraph-neo4j-") {
			t.Cleanup(func() { os.RemoveAll(h) })
		}
	}
	if pid == 0 {
		t.Fatalf("the child started no server:\n%s", out)
	}
	if !gone(pid, 30*time.Second) {
		syscall.Kill(-pid, syscall.SIGKILL)
		t.Fatalf("the paused JVM %d outlived the test binary that started it", pid)
	}

	srv, err := Start(context.Background(), Options{Dir: "../testserver"})
	if err != nil {
		t.Fatal(err)
	}
	pid = srv.PID()
	t.Logf("started in %.1fs", srv.Started.Seconds())
	if err := srv.Stop(); err != nil {
		t.Error(err)
	}
	if !gone(pid, 5*time.Second) {
		t.Errorf("JVM %d still running after Stop", pid)
	}
	if _, err := os.Stat(srv.home); !os.IsNotExist(err) {
		t.Errorf("Stop left %s behind", srv.home)
	}
}

// gone waits until no process has pid.
func gone(pid int, limit time.Duration) bool {
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		if err := syscall.Kill(pid, 0); err == syscall.ESRCH {
			return true
		}
		time.Sleep(100 * time.Millisecond)
	}
	return false
}
