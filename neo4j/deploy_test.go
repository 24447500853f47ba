package neo4j_test

import (
	"context"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/compose-spec/compose-go/v2/loader"
	"github.com/compose-spec/compose-go/v2/types"
)

func loadCompose(t *testing.T, env map[string]string) (*types.Project, error) {
	t.Helper()
	details := types.ConfigDetails{
		WorkingDir:  "..",
		ConfigFiles: []types.ConfigFile{{Filename: "../docker-compose.yml"}},
		Environment: env,
	}
	return loader.LoadWithContext(context.Background(), details, func(o *loader.Options) {
		o.SetProjectName("actorgraph", true)
	})
}

// TestComposeFile parses docker-compose.yml with the compose-spec loader (the
// one Docker Compose uses) and checks the deployment promises of
// docs/neo4j.md.
func TestComposeFile(t *testing.T) {
	if _, err := loadCompose(t, map[string]string{}); err == nil || !strings.Contains(err.Error(), "NEO4J_PASSWORD") {
		t.Errorf("compose without NEO4J_PASSWORD: err = %v, want it to demand the password", err)
	}
	p, err := loadCompose(t, map[string]string{"NEO4J_PASSWORD": "test-password"})
	if err != nil {
		t.Fatal(err)
	}
	neo, err := p.GetService("neo4j")
	if err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`^neo4j:5\.\d+\.\d+-community$`).MatchString(neo.Image) {
		t.Errorf("neo4j image %q: want a pinned Neo4j 5 community version", neo.Image)
	}
	var targets []uint32
	for _, port := range neo.Ports {
		targets = append(targets, port.Target)
		if port.HostIP != "127.0.0.1" {
			t.Errorf("port %d published on %q, want 127.0.0.1 only", port.Target, port.HostIP)
		}
	}
	slices.Sort(targets)
	if !slices.Equal(targets, []uint32{7474, 7687}) {
		t.Errorf("neo4j ports %v, want 7474 and 7687", targets)
	}
	if hc := neo.HealthCheck; hc == nil || hc.Disable || len(hc.Test) == 0 {
		t.Error("neo4j has no healthcheck")
	}
	if a := neo.Environment["NEO4J_AUTH"]; a == nil || *a != "neo4j/test-password" {
		t.Error("NEO4J_AUTH does not take the password from the environment (.env)")
	}
	named := 0
	for _, v := range neo.Volumes {
		if v.Type == types.VolumeTypeVolume && (v.Target == "/data" || v.Target == "/logs") {
			named++
		}
	}
	if named != 2 {
		t.Errorf("neo4j /data and /logs on %d named volumes, want 2", named)
	}

	ag, err := p.GetService("actorgraph")
	if err != nil {
		t.Fatal(err)
	}
	if ag.Build == nil || ag.Build.Context == "" {
		t.Error("actorgraph is not built from the Dockerfile")
	}
	if dep, ok := ag.DependsOn["neo4j"]; !ok || dep.Condition != types.ServiceConditionHealthy {
		t.Errorf("actorgraph depends_on neo4j = %+v, want condition service_healthy", ag.DependsOn)
	}
	cmd := strings.Join(ag.Command, " ")
	if !strings.HasPrefix(cmd, "run /articles --out /out --every ") {
		t.Errorf("actorgraph command %q, want scheduled runs over /articles", cmd)
	}
	if got := ag.Environment["NEO4J_URI"]; got == nil || *got != "bolt://neo4j:7687" {
		t.Errorf("NEO4J_URI = %v", got)
	}
	if _, ok := ag.Environment["NEO4J_PASSWORD"]; ok {
		t.Error("actorgraph gets the password as a variable; want it as a secret file")
	}
	if f := ag.Environment["NEO4J_PASSWORD_FILE"]; f == nil || len(ag.Secrets) == 0 || !strings.HasSuffix(*f, ag.Secrets[0].Source) {
		t.Errorf("NEO4J_PASSWORD_FILE %v does not name the secret %v", f, ag.Secrets)
	}
	articles := false
	for _, v := range ag.Volumes {
		articles = articles || (v.Target == "/articles" && v.ReadOnly)
	}
	if !articles {
		t.Error("no read-only articles folder mounted at /articles")
	}
}

func TestDockerfile(t *testing.T) {
	b, err := os.ReadFile("../Dockerfile")
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	froms := regexp.MustCompile(`(?m)^FROM `).FindAllStringIndex(s, -1)
	if len(froms) < 2 {
		t.Error("Dockerfile is not multi-stage")
	}
	for _, want := range []string{"CGO_ENABLED=0", "gcr.io/distroless/static", "USER 65532:65532", "./cmd/actorgraph"} {
		if !strings.Contains(s, want) {
			t.Errorf("Dockerfile lacks %q", want)
		}
	}
	env, err := os.ReadFile("../.env.example")
	if err != nil || !strings.Contains(string(env), "NEO4J_PASSWORD=") {
		t.Errorf(".env.example should show NEO4J_PASSWORD: %v", err)
	}
}
