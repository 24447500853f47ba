package neo4j

import (
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"regexp"
	"strings"
	"time"
)

// Secret is a password. It prints as "***" in every format and in slog, so a
// Config can be logged or wrapped into an error without leaking it.
type Secret string

// String returns "***" (or "" when the secret is empty).
func (s Secret) String() string {
	if s == "" {
		return ""
	}
	return "***"
}

// GoString returns the same as String, for %#v.
func (s Secret) GoString() string { return s.String() }

// LogValue keeps the secret out of slog output.
func (s Secret) LogValue() slog.Value { return slog.StringValue(s.String()) }

// Reveal returns the password itself, for the driver only.
func (s Secret) Reveal() string { return string(s) }

// Defaults of a Config. DefaultBatchSize comes from BenchmarkRealLoad
// (10,000 edges into a real Neo4j 5.26, docs/neo4j.md): 5000 edges per
// transaction load 1.66x faster than 1000 (6,892 against 4,159 edges/s on
// 2 shared cores) and send 320 bytes per edge against 369, since each
// commit costs the server far more than the client's encoding; a failed
// batch costs at most 5000 edges to resend (loads are idempotent), and a
// batch stays well inside the per-transaction timeout.
const (
	DefaultUsername  = "neo4j"
	DefaultBatchSize = 5000
	DefaultTimeout   = 15 * time.Second
	// DefaultLoadTimeout bounds a whole Send: ample for millions of edges
	// (the client side sends ~100k edges/s), finite so that no fault can
	// hold a scheduled run's lock forever.
	DefaultLoadTimeout = time.Hour
)

// Config says where Neo4j is and how to load it.
type Config struct {
	// URI is the server, bolt://host:7687 or neo4j://host:7687 (routing);
	// +s and +ssc variants use TLS. Credentials in the URI are moved to
	// Username and Password by Normalize.
	URI      string
	Username string // default "neo4j"
	Password Secret
	// Database is the database name; empty means the server's default.
	Database string
	// BatchSize is the number of edges per transaction (default 1000,
	// chosen from BenchmarkLoad).
	BatchSize int
	// Timeout bounds connecting (and verifying the connection) to the
	// server, and each attempt at a transaction: a server that is
	// unreachable, or that accepts connections but does not finish a
	// transaction in time (hung, blocked, far too slow), is an error after
	// at most this long (default 15s). It is also sent to the server as
	// the transaction timeout.
	Timeout time.Duration
	// RetryTime bounds the retries, with backoff, of a transaction that
	// failed with a lost connection or a transient error (default: the
	// Timeout). A transaction, retries included, never takes longer than
	// the larger of Timeout and RetryTime, so by default every fault ends
	// within Timeout.
	RetryTime time.Duration
	// LoadTimeout bounds a whole Send: spooling, schema, every batch, the
	// reconcile and the metrics (default 1h).
	LoadTimeout time.Duration
}

// Env is what ConfigFromEnv reads: os.Getenv and os.ReadFile in production,
// maps in tests.
type Env struct {
	Getenv   func(string) string
	ReadFile func(string) ([]byte, error)
}

// OSEnv is the process environment.
func OSEnv() Env { return Env{Getenv: os.Getenv, ReadFile: os.ReadFile} }

// ConfigFromEnv reads NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD (or the file
// named by NEO4J_PASSWORD_FILE, whose trailing newline is dropped) and
// NEO4J_DATABASE. Setting both password variables is an error. An unset
// NEO4J_URI gives a Config with an empty URI: Neo4j is not configured.
func ConfigFromEnv(env Env) (Config, error) {
	c := Config{
		URI:      env.Getenv("NEO4J_URI"),
		Username: env.Getenv("NEO4J_USERNAME"),
		Password: Secret(env.Getenv("NEO4J_PASSWORD")),
		Database: env.Getenv("NEO4J_DATABASE"),
	}
	if f := env.Getenv("NEO4J_PASSWORD_FILE"); f != "" {
		if c.Password != "" {
			return c, errors.New("both NEO4J_PASSWORD and NEO4J_PASSWORD_FILE are set: set one")
		}
		p, err := ReadPasswordFile(env.ReadFile, f)
		if err != nil {
			return c, err
		}
		c.Password = p
	}
	return c, nil
}

// ReadPasswordFile reads a password from the file at path with read, dropping
// one trailing newline (as written by echo or a secrets manager).
func ReadPasswordFile(read func(string) ([]byte, error), path string) (Secret, error) {
	b, err := read(path)
	if err != nil {
		return "", fmt.Errorf("read Neo4j password file: %w", err)
	}
	s := strings.TrimSuffix(strings.TrimSuffix(string(b), "\n"), "\r")
	if s == "" {
		return "", fmt.Errorf("Neo4j password file %s is empty", path)
	}
	return Secret(s), nil
}

// Configured reports whether a server is set.
func (c Config) Configured() bool { return c.URI != "" }

// Normalize checks the URI, moves credentials written into it to Username
// and Password (when those are not set), and fills in defaults.
func (c Config) Normalize() (Config, error) {
	u, err := url.Parse(c.URI)
	if err != nil || u.Host == "" {
		return c, fmt.Errorf("Neo4j URI %q: want scheme://host:port, such as bolt://localhost:7687", redactURI(c.URI))
	}
	switch u.Scheme {
	case "bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc":
	default:
		return c, fmt.Errorf("Neo4j URI %s: unknown scheme %q (want bolt, neo4j, or their +s/+ssc forms)", redactURI(c.URI), u.Scheme)
	}
	if u.User != nil {
		if c.Username == "" {
			c.Username = u.User.Username()
		}
		if p, ok := u.User.Password(); ok && c.Password == "" {
			c.Password = Secret(p)
		}
		u.User = nil
		c.URI = u.String()
	}
	if c.Username == "" {
		c.Username = DefaultUsername
	}
	if c.BatchSize <= 0 {
		c.BatchSize = DefaultBatchSize
	}
	if c.Timeout <= 0 {
		c.Timeout = DefaultTimeout
	}
	if c.RetryTime <= 0 {
		c.RetryTime = c.Timeout
	}
	if c.LoadTimeout <= 0 {
		c.LoadTimeout = DefaultLoadTimeout
	}
	return c, nil
}

// Address is the URI without credentials, for messages.
func (c Config) Address() string { return redactURI(c.URI) }

// redactURI drops any user:password@ from a URI-like string.
func redactURI(s string) string {
	if u, err := url.Parse(s); err == nil && u.User != nil {
		u.User = nil
		return u.String()
	}
	if i := strings.LastIndex(s, "@"); i >= 0 {
		if j := strings.Index(s, "://"); j >= 0 && j < i {
			return s[:j+3] + s[i+1:]
		}
	}
	return s
}

// uriUserinfo matches the user:password@ part of a URI written in a text:
// the one place a password can appear in a message (the driver never
// prints credentials, and a Config prints its Password as ***).
var uriUserinfo = regexp.MustCompile(`([A-Za-z][A-Za-z0-9+.-]*://)[^/?#@\s]*@`)

// redactText drops the userinfo of every URI in s. It never replaces
// substrings of ordinary words, so a short password cannot mangle a message.
func redactText(s string) string { return uriUserinfo.ReplaceAllString(s, "$1") }

// redactedError is an error whose text has the userinfo of its URIs dropped.
type redactedError struct{ err error }

func (e *redactedError) Error() string { return redactText(e.err.Error()) }

func (e *redactedError) Unwrap() error { return e.err }

// redact wraps err so that a URI with credentials written into its text
// (user:password@host) loses them. It does not search the text for the
// password itself: a password is only ever in a URI's userinfo or behind a
// Secret, and replacing its substrings would mangle messages when it is
// short ("connection ***").
func (c Config) redact(err error) error {
	if err == nil {
		return nil
	}
	return &redactedError{err: err}
}
