package neo4j

import (
	"errors"
	"testing"
)

// TestRedactOnlyURIUserinfo: redaction drops the userinfo of URIs and
// nothing else, so a one- or two-character password that is a substring of
// ordinary words ("e", "ce", "on") leaves messages intact.
func TestRedactOnlyURIUserinfo(t *testing.T) {
	for _, c := range []struct{ pw, in, want string }{
		{"e", "connection refused: deadline exceeded", "connection refused: deadline exceeded"},
		{"on", "Neo4j at bolt://h:7687: connection lost", "Neo4j at bolt://h:7687: connection lost"},
		{"e", "dial bolt://neo4j:e@db.example:7687 failed", "dial bolt://db.example:7687 failed"},
		{"ce", "bad URI neo4j+s://alice:ce@h and bolt://bob:ce@k", "bad URI neo4j+s://h and bolt://k"},
		{"x", "mail someone@example.org", "mail someone@example.org"},
	} {
		cfg := Config{Password: Secret(c.pw)}
		if got := cfg.redact(errors.New(c.in)).Error(); got != c.want {
			t.Errorf("password %q: %q -> %q, want %q", c.pw, c.in, got, c.want)
		}
	}
}
