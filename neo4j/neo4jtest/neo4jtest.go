// Package neo4jtest starts a real Neo4j 5 for tests: the launcher of
// neo4j/testserver (an embedded Neo4j community DBMS with Bolt on a free
// loopback port and auth on), built with Maven and run with Java.
//
// A test package uses it from TestMain through a Lazy, so the server starts
// only when a test asks for it and is always stopped when the tests end:
//
//	var real = neo4jtest.NewLazy("testserver")
//
//	func TestMain(m *testing.M) { os.Exit(real.Main(m)) }
//
//	func TestSomething(t *testing.T) {
//		cfg := real.Config(t) // skips, saying why, when there is no Neo4j
//		...
//	}
//
// When NEO4J_URI is set that server is used instead and nothing is started.
// The server process is started in its own process group with its standard
// input a pipe from the test process: it stops when that pipe closes, so it
// never outlives the test binary, even one that panics or is killed; on
// Linux it also gets SIGKILL when the test process dies (Pdeathsig), which
// covers a server paused with SIGSTOP.
package neo4jtest

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
)

// ErrNoJava is wrapped by the errors of Build and Start when java or mvn is
// not on PATH: tests skip on it.
var ErrNoJava = errors.New("java and mvn are needed to start a real Neo4j")

// Launcher class and the files Build leaves in DIR/target.
const (
	launcherClass = "actorgraph.testserver.Launcher"
	launcherSrc   = "src/main/java/actorgraph/testserver/Launcher.java"
	// gdsExtensionSrc registers GDS's procedure facade (mvn -Pgds only).
	gdsExtensionSrc = "src/gds/java/actorgraph/testserver/gds/OpenGdsExtension.java"
	jvmArgsFile     = "jvm.args"
)

// Toolchain reports why a real Neo4j cannot be built here: a non-nil error
// wrapping ErrNoJava names the missing command. Cost: two PATH look-ups.
func Toolchain() error {
	var missing []string
	for _, c := range []string{"java", "mvn"} {
		if _, err := exec.LookPath(c); err != nil {
			missing = append(missing, c)
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("%w: %s not on PATH (install a JDK 17 or 21 and Maven, e.g. apt-get install openjdk-17-jdk-headless maven)", ErrNoJava, strings.Join(missing, " and "))
	}
	return nil
}

// Build compiles the launcher in dir (neo4j/testserver) with Maven unless
// its outputs are newer than pom.xml and the Java source, and returns the
// path of a Java argument file holding its class path. With gds the Graph
// Data Science profile is built, into target/gds. Maven runs
// offline first (-o: a warm ~/.m2 needs no network) and online if that
// fails. Concurrent builds of the same dir (several test binaries) are
// serialised by a lock file. Cost: nothing when up to date; about 5 s with a
// warm ~/.m2; a cold ~/.m2 downloads about 180 MB (250 MB with GDS).
func Build(ctx context.Context, dir string, gds bool) (string, error) {
	if err := Toolchain(); err != nil {
		return "", err
	}
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	if err := os.MkdirAll(filepath.Join(dir, "target"), 0o755); err != nil {
		return "", err
	}
	unlock, err := lockFile(filepath.Join(dir, "target", ".build.lock"))
	if err != nil {
		return "", fmt.Errorf("neo4j test server: lock %s: %w", dir, err)
	}
	defer unlock()

	target, profile, srcs := filepath.Join(dir, "target"), []string{}, []string{filepath.Join(dir, "pom.xml"), filepath.Join(dir, launcherSrc)}
	if gds {
		target, profile = filepath.Join(dir, "target", "gds"), []string{"-Pgds"}
		srcs = append(srcs, filepath.Join(dir, gdsExtensionSrc))
	}
	cpFile := filepath.Join(target, "classpath.txt")
	class := filepath.Join(target, "classes", filepath.FromSlash(strings.ReplaceAll(launcherClass, ".", "/")+".class"))
	if !newer([]string{cpFile, class}, srcs) {
		base := append([]string{"-q", "-B"}, profile...)
		base = append(base, "package")
		var errs []string
		for _, args := range [][]string{append([]string{"-o"}, base...), base} {
			cmd := exec.CommandContext(ctx, "mvn", args...)
			cmd.Dir = dir
			out, err := cmd.CombinedOutput()
			if err == nil {
				errs = nil
				break
			}
			errs = append(errs, fmt.Sprintf("mvn %s: %v\n%s", strings.Join(args, " "), err, tail(out, 2000)))
		}
		if len(errs) > 0 {
			return "", fmt.Errorf("neo4j test server: building the launcher in %s failed:\n%s", dir, strings.Join(errs, "\n"))
		}
	}
	cp, err := os.ReadFile(cpFile)
	if err != nil {
		return "", fmt.Errorf("neo4j test server: %w", err)
	}
	argFile := filepath.Join(target, "classpath.args")
	body := "-cp\n" + quoteArg(filepath.Join(target, "classes")+string(os.PathListSeparator)+strings.TrimSpace(string(cp))) + "\n"
	if err := os.WriteFile(argFile, []byte(body), 0o644); err != nil {
		return "", err
	}
	return argFile, nil
}

// newer reports whether every file of outs exists and is newer than every
// file of ins.
func newer(outs, ins []string) bool {
	var oldest time.Time
	for i, o := range outs {
		fi, err := os.Stat(o)
		if err != nil {
			return false
		}
		if i == 0 || fi.ModTime().Before(oldest) {
			oldest = fi.ModTime()
		}
	}
	for _, in := range ins {
		fi, err := os.Stat(in)
		if err != nil || fi.ModTime().After(oldest) {
			return false
		}
	}
	return true
}

// quoteArg quotes s for a Java argument file.
func quoteArg(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}

func tail(b []byte, n int) string {
	if len(b) > n {
		b = b[len(b)-n:]
	}
	return string(b)
}

// Options configure Start.
type Options struct {
	// Dir is the launcher's folder (neo4j/testserver).
	Dir string
	// Home holds the database files; empty: a new temporary folder, removed
	// by Stop.
	Home string
	// GDS loads Graph Data Science into the server.
	GDS bool
	// StartTimeout bounds the build and the start; zero: 10 minutes for the
	// build (a cold ~/.m2 downloads) and 3 minutes for the start.
	StartTimeout time.Duration
}

// Server is a running test Neo4j.
type Server struct {
	URI      string // bolt://127.0.0.1:PORT
	Username string // neo4j
	Password string // random, 24 hex digits
	// Started is how long the last start took, from launching Java to Bolt
	// accepting connections.
	Started time.Duration

	opt     Options
	argFile string
	home    string
	ownHome bool
	port    int
	mu      sync.Mutex
	cmd     *exec.Cmd
	stdin   io.WriteCloser
	logPath string
	exited  chan struct{}
	exitErr error
}

// Start builds the launcher if needed and starts a server, returning when
// Bolt accepts connections or with an error naming the cause (the last lines
// of the server's log included) after the timeout. Cost: the build (see
// Build) plus 5-15 s of JVM and database start on two cores.
func Start(ctx context.Context, opt Options) (*Server, error) {
	build := opt.StartTimeout
	if build == 0 {
		build = 10 * time.Minute
	}
	bctx, cancel := context.WithTimeout(ctx, build)
	defer cancel()
	argFile, err := Build(bctx, opt.Dir, opt.GDS)
	if err != nil {
		return nil, err
	}
	s := &Server{Username: "neo4j", opt: opt, argFile: argFile, home: opt.Home}
	if s.home == "" {
		if s.home, err = os.MkdirTemp("", "actorgraph-neo4j-"); err != nil {
			return nil, err
		}
		s.ownHome = true
	}
	var pw [12]byte
	if _, err := rand.Read(pw[:]); err != nil {
		return nil, err
	}
	s.Password = hex.EncodeToString(pw[:])
	if err := s.start(ctx); err != nil {
		if s.ownHome {
			os.RemoveAll(s.home)
		}
		return nil, err
	}
	return s, nil
}

// start launches the JVM on s.port (0: a free one) and waits for the
// address file.
func (s *Server) start(ctx context.Context) error {
	dir, err := filepath.Abs(s.opt.Dir)
	if err != nil {
		return err
	}
	addrFile := filepath.Join(s.home, "bolt-address")
	os.Remove(addrFile)
	s.logPath = filepath.Join(s.home, "launcher.log")
	logf, err := os.OpenFile(s.logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return err
	}
	defer logf.Close()
	args := []string{"@" + filepath.Join(dir, jvmArgsFile), "@" + s.argFile, launcherClass,
		filepath.Join(s.home, "dbms"), addrFile, strconv.Itoa(s.port)}
	if s.opt.GDS {
		plugins, err := s.gdsPlugins()
		if err != nil {
			return err
		}
		args = append(args, plugins)
	}
	cmd := exec.Command("java", args...)
	cmd.Dir = s.home
	cmd.Env = append(os.Environ(), "NEO4J_TEST_PASSWORD="+s.Password)
	cmd.Stdout, cmd.Stderr = logf, logf
	cmd.SysProcAttr = sysProcAttr()
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return err
	}
	t0 := time.Now()
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("neo4j test server: start java: %w", err)
	}
	exited := make(chan struct{})
	s.mu.Lock()
	s.cmd, s.stdin, s.exited, s.exitErr = cmd, stdin, exited, nil
	s.mu.Unlock()
	go func() {
		err := cmd.Wait()
		s.mu.Lock()
		s.exitErr = err
		s.mu.Unlock()
		close(exited)
	}()

	limit := s.opt.StartTimeout
	if limit == 0 {
		limit = 3 * time.Minute
	}
	deadline := time.NewTimer(limit)
	defer deadline.Stop()
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for {
		if b, err := os.ReadFile(addrFile); err == nil && strings.HasPrefix(string(b), "bolt://") {
			s.URI = strings.TrimSpace(string(b))
			if i := strings.LastIndexByte(s.URI, ':'); i > 0 {
				s.port, _ = strconv.Atoi(s.URI[i+1:])
			}
			s.Started = time.Since(t0)
			return nil
		}
		select {
		case <-tick.C:
		case <-exited:
			return fmt.Errorf("neo4j test server: java exited before Bolt was up (%v); log %s:\n%s", s.exitErr, s.logPath, s.LogTail(3000))
		case <-deadline.C:
			s.Kill()
			return fmt.Errorf("neo4j test server: Bolt not up within %s; log %s:\n%s", limit, s.logPath, s.LogTail(3000))
		case <-ctx.Done():
			s.Kill()
			return fmt.Errorf("neo4j test server: %w", ctx.Err())
		}
	}
}

// LogTail returns the last n bytes of the launcher's and Neo4j's output.
func (s *Server) LogTail(n int) string {
	b, _ := os.ReadFile(s.logPath)
	return tail(b, n)
}

// PID is the JVM's process id (0 when not running).
func (s *Server) PID() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cmd == nil || s.cmd.Process == nil {
		return 0
	}
	return s.cmd.Process.Pid
}

// Running reports whether the JVM has not exited.
func (s *Server) Running() bool {
	s.mu.Lock()
	ch := s.exited
	s.mu.Unlock()
	if ch == nil {
		return false
	}
	select {
	case <-ch:
		return false
	default:
		return true
	}
}

// Pause stops the JVM with SIGSTOP: connections stay open but nothing
// answers. Resume undoes it.
func (s *Server) Pause() error { return s.signal(sigStop) }

// Resume continues a paused JVM with SIGCONT.
func (s *Server) Resume() error { return s.signal(sigCont) }

// Kill ends the JVM at once with SIGKILL (what a crash or an OOM kill does)
// and waits for it to exit.
func (s *Server) Kill() error {
	s.signal(sigCont)
	err := s.signal(sigKill)
	s.wait(30 * time.Second)
	return err
}

// Restart starts the server again on the same folder, port and password
// after Kill or Stop, so the same URI reaches the same graph.
func (s *Server) Restart(ctx context.Context) error {
	if s.Running() {
		return errors.New("neo4j test server: restart: still running")
	}
	return s.start(ctx)
}

// Stop ends the server cleanly (SIGTERM, then SIGKILL after 60 s), and
// removes its folder when Start made it. It is safe to call more than once.
func (s *Server) Stop() error {
	var err error
	if s.Running() {
		s.signal(sigCont)
		s.mu.Lock()
		s.stdin.Close()
		s.mu.Unlock()
		s.signal(sigTerm)
		if !s.wait(60 * time.Second) {
			err = fmt.Errorf("neo4j test server: no clean stop within 60s; killed")
			s.signal(sigKill)
			s.wait(30 * time.Second)
		}
	}
	if s.ownHome {
		os.RemoveAll(s.home)
	}
	return err
}

func (s *Server) wait(d time.Duration) bool {
	s.mu.Lock()
	ch := s.exited
	s.mu.Unlock()
	if ch == nil {
		return true
	}
	select {
	case <-ch:
		return true
	case <-time.After(d):
		return false
	}
}

// LogLines returns the lines of the server's log containing sub.
func (s *Server) LogLines(sub string) []string {
	f, err := os.Open(s.logPath)
	if err != nil {
		return nil
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if strings.Contains(sc.Text(), sub) {
			out = append(out, sc.Text())
		}
	}
	return out
}

// gdsPlugins makes HOME/plugins hold links to the GDS jars of the class
// path: Neo4j finds procedures only in the plugin folder's jars (the class
// path gives it the classes and GDS's extensions).
func (s *Server) gdsPlugins() (string, error) {
	plugins := filepath.Join(s.home, "plugins")
	if err := os.MkdirAll(plugins, 0o755); err != nil {
		return "", err
	}
	b, err := os.ReadFile(filepath.Join(filepath.Dir(s.argFile), "classpath.txt"))
	if err != nil {
		return "", fmt.Errorf("neo4j test server: %w", err)
	}
	n := 0
	for _, jar := range filepath.SplitList(strings.TrimSpace(string(b))) {
		if !strings.Contains(filepath.ToSlash(jar), "/org/neo4j/gds/") {
			continue
		}
		link := filepath.Join(plugins, filepath.Base(jar))
		if _, err := os.Lstat(link); err == nil {
			n++
			continue
		}
		if err := os.Symlink(jar, link); err != nil {
			return "", fmt.Errorf("neo4j test server: %w", err)
		}
		n++
	}
	if n == 0 {
		return "", errors.New("neo4j test server: no GDS jar on the class path of the gds build")
	}
	return plugins, nil
}
