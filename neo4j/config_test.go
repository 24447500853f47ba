package neo4j_test

import (
	"fmt"
	"io/fs"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/neo4j"
)

func env(vars map[string]string, files map[string]string) neo4j.Env {
	return neo4j.Env{
		Getenv: func(k string) string { return vars[k] },
		ReadFile: func(p string) ([]byte, error) {
			if s, ok := files[p]; ok {
				return []byte(s), nil
			}
			return nil, fs.ErrNotExist
		},
	}
}

func TestConfigFromEnv(t *testing.T) {
	for _, c := range []struct {
		name  string
		vars  map[string]string
		files map[string]string
		pw    string
		err   string
	}{
		{"password", map[string]string{"NEO4J_URI": "bolt://h:7687", "NEO4J_PASSWORD": "pw"}, nil, "pw", ""},
		{"password file", map[string]string{"NEO4J_PASSWORD_FILE": "/run/pw"}, map[string]string{"/run/pw": "from file\n"}, "from file", ""},
		{"both", map[string]string{"NEO4J_PASSWORD": "a", "NEO4J_PASSWORD_FILE": "/run/pw"}, map[string]string{"/run/pw": "b"}, "", "both"},
		{"missing file", map[string]string{"NEO4J_PASSWORD_FILE": "/nope"}, nil, "", "password file"},
		{"empty file", map[string]string{"NEO4J_PASSWORD_FILE": "/run/pw"}, map[string]string{"/run/pw": "\n"}, "", "empty"},
	} {
		cfg, err := neo4j.ConfigFromEnv(env(c.vars, c.files))
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("%s: err = %v, want one about %q", c.name, err, c.err)
			}
			continue
		}
		if err != nil || cfg.Password.Reveal() != c.pw {
			t.Errorf("%s: password %q, err %v; want %q", c.name, cfg.Password.Reveal(), err, c.pw)
		}
	}
}

func TestNormalize(t *testing.T) {
	for _, c := range []struct {
		uri, user, addr, err string
	}{
		{uri: "bolt://localhost:7687", user: "neo4j", addr: "bolt://localhost:7687"},
		{uri: "neo4j+s://alice:pw@db.example:7687", user: "alice", addr: "neo4j+s://db.example:7687"},
		{uri: "http://localhost:7474", err: "unknown scheme"},
		{uri: "localhost:7687", err: "want scheme://host:port"},
		{uri: "bolt://bob:s3cret@", err: "want scheme://host:port"},
	} {
		cfg, err := neo4j.Config{URI: c.uri}.Normalize()
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("%s: err = %v, want %q", c.uri, err, c.err)
			}
			if err != nil && strings.Contains(err.Error(), "s3cret") {
				t.Errorf("%s: error leaks the password: %v", c.uri, err)
			}
			continue
		}
		if err != nil || cfg.Username != c.user || cfg.Address() != c.addr || cfg.BatchSize != neo4j.DefaultBatchSize {
			t.Errorf("%s: %+v, %v; want user %s, address %s", c.uri, cfg, err, c.user, c.addr)
		}
	}
}

func TestSecretFormats(t *testing.T) {
	s := neo4j.Secret(password)
	for _, f := range []string{"%v", "%s", "%+v", "%#v", "%q"} {
		if out := fmt.Sprintf(f, neo4j.Config{Password: s}); strings.Contains(out, password) {
			t.Errorf("%s prints the password: %s", f, out)
		}
	}
}

func ExampleConfig_Normalize() {
	cfg, _ := neo4j.Config{URI: "bolt://neo4j:hunter2@localhost:7687"}.Normalize()
	fmt.Println(cfg.Address(), cfg.Username, cfg.Password, cfg.BatchSize)
	// Output: bolt://localhost:7687 neo4j *** 5000
}
