// Package deploy_test checks the deployment files a user follows: the
// Kubernetes manifests (kustomize) and the Compose file's outputs on the host.
package deploy_test

import (
	"bytes"
	"context"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/compose-spec/compose-go/v2/loader"
	"github.com/compose-spec/compose-go/v2/types"
	yaml "go.yaml.in/yaml/v3"
)

// docs reads every YAML document of a manifest file.
func docs(t *testing.T, name string) []map[string]any {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	var out []map[string]any
	dec := yaml.NewDecoder(bytes.NewReader(b))
	for {
		var m map[string]any
		if err := dec.Decode(&m); err != nil {
			if err.Error() == "EOF" {
				break
			}
			t.Fatalf("%s: %v", name, err)
		}
		if m != nil {
			out = append(out, m)
		}
	}
	return out
}

// images lists the image of every container found anywhere in v.
func images(v any) []string {
	var out []string
	switch x := v.(type) {
	case map[string]any:
		if cs, ok := x["containers"].([]any); ok {
			for _, c := range cs {
				if img, ok := c.(map[string]any)["image"].(string); ok {
					out = append(out, img)
				}
			}
		}
		for _, w := range x {
			out = append(out, images(w)...)
		}
	case []any:
		for _, w := range x {
			out = append(out, images(w)...)
		}
	}
	return out
}

// TestKustomization checks the promises of docs/deploy.md on the files:
// no default password anywhere, the Secret generated from a file git
// ignores, one image name the user sets, and a Neo4j to load into.
func TestKustomization(t *testing.T) {
	k := docs(t, "kustomization.yaml")[0]
	for _, r := range k["resources"].([]any) {
		if _, err := os.Stat(r.(string)); err != nil {
			t.Errorf("resource %v: %v", r, err)
		}
	}
	filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".yaml") {
			b, _ := os.ReadFile(path)
			if bytes.Contains(bytes.ToLower(b), []byte("change-me")) || bytes.Contains(b, []byte("stringData")) {
				t.Errorf("%s holds a password", path)
			}
		}
		return nil
	})
	gens, _ := k["secretGenerator"].([]any)
	if len(gens) != 1 {
		t.Fatalf("secretGenerator %v, want one", gens)
	}
	gen := gens[0].(map[string]any)
	files, _ := gen["files"].([]any)
	if gen["name"] != "actorgraph-neo4j" || len(files) != 1 || files[0] != "NEO4J_PASSWORD=neo4j-password.txt" {
		t.Errorf("secretGenerator %v: want actorgraph-neo4j from NEO4J_PASSWORD=neo4j-password.txt", gen)
	}
	ignore, err := os.ReadFile("../.gitignore")
	if err != nil || !strings.Contains(string(ignore), "/deploy/neo4j-password.txt") {
		t.Error(".gitignore does not keep deploy/neo4j-password.txt out of git")
	}
	imgs, _ := k["images"].([]any)
	if len(imgs) != 1 || imgs[0].(map[string]any)["name"] != "actorgraph" {
		t.Fatalf("images %v: want one entry for the image named actorgraph", imgs)
	}
	for _, f := range []string{"cronjob.yaml", "merge-cronjob.yaml"} {
		for _, d := range docs(t, f) {
			for _, img := range images(d) {
				if img != "actorgraph" {
					t.Errorf("%s runs image %q; want the name actorgraph, set in kustomization.yaml", f, img)
				}
			}
		}
	}
	kinds := map[string]bool{}
	for _, d := range docs(t, "neo4j.yaml") {
		kinds[d["kind"].(string)+"/"+d["metadata"].(map[string]any)["name"].(string)] = true
	}
	if !kinds["StatefulSet/neo4j"] || !kinds["Service/neo4j"] {
		t.Errorf("neo4j.yaml holds %v, want StatefulSet/neo4j and Service/neo4j", kinds)
	}
	cm := docs(t, "configmap.yaml")[0]["data"].(map[string]any)
	if uri, _ := cm["NEO4J_URI"].(string); !strings.HasPrefix(uri, "bolt://neo4j.actorgraph.svc") {
		t.Errorf("NEO4J_URI %q does not point at the neo4j Service", uri)
	}
}

// firstGroup is the first group of a match, or nil.
func firstGroup(m [][]byte) []byte {
	if len(m) < 2 {
		return nil
	}
	return m[1]
}

// TestKustomizeBuild builds the manifests with kubectl's kustomize: it
// refuses to build without the password file, and with one it gives a
// Secret whose generated name every reference uses.
func TestKustomizeBuild(t *testing.T) {
	kubectl, err := exec.LookPath("kubectl")
	if err != nil {
		t.Skip("kubectl not installed (with kustomize v4 or later built in); the manifests are checked by TestKustomization only")
	}
	// Debian's kubernetes-client (1.20) embeds kustomize v2, which predates
	// the labels field.
	v, _ := exec.Command(kubectl, "version", "--client").CombinedOutput()
	m := regexp.MustCompile(`Kustomize Version: v(\d+)`).FindSubmatch(v)
	if major, _ := strconv.Atoi(string(firstGroup(m))); major < 4 {
		t.Skipf("kubectl's kustomize is older than v4 (%q); the manifests are checked by TestKustomization only", strings.TrimSpace(string(v)))
	}
	dir := t.TempDir()
	entries, _ := os.ReadDir(".")
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".yaml") {
			b, _ := os.ReadFile(e.Name())
			os.WriteFile(filepath.Join(dir, e.Name()), b, 0o644)
		}
	}
	build := func() (string, error) {
		out, err := exec.Command(kubectl, "kustomize", dir).CombinedOutput()
		return string(out), err
	}
	if out, err := build(); err == nil || !strings.Contains(out, "neo4j-password.txt") {
		t.Errorf("kustomize built without the password file (err %v):\n%.300s", err, out)
	}
	os.WriteFile(filepath.Join(dir, "neo4j-password.txt"), []byte("a-test-password-123"), 0o600)
	out, err := build()
	if err != nil {
		t.Fatalf("kubectl kustomize: %v\n%s", err, out)
	}
	var secret string
	refs := 0
	dec := yaml.NewDecoder(strings.NewReader(out))
	var all []map[string]any
	for {
		var m map[string]any
		if dec.Decode(&m) != nil {
			break
		}
		all = append(all, m)
		if m["kind"] == "Secret" {
			secret = m["metadata"].(map[string]any)["name"].(string)
		}
	}
	if !strings.HasPrefix(secret, "actorgraph-neo4j-") {
		t.Fatalf("no generated Secret in:\n%.500s", out)
	}
	refs = strings.Count(out, secret)
	if refs < 3 { // the Secret, the CronJob's volume, the StatefulSet's env
		t.Errorf("the generated Secret %s is named %d times, want its own name and 2 references", secret, refs)
	}
	for _, m := range all {
		for _, img := range images(m) {
			if img != "actorgraph:local" && !strings.HasPrefix(img, "neo4j:5.") {
				t.Errorf("%v runs image %q", m["kind"], img)
			}
		}
	}
}

// TestComposeOutputsOnHost: the outputs are written to a folder of the
// host (a bind mount, ./out by default), state included, as the user.
func TestComposeOutputsOnHost(t *testing.T) {
	details := types.ConfigDetails{
		WorkingDir:  "..",
		ConfigFiles: []types.ConfigFile{{Filename: "../docker-compose.yml"}},
		Environment: map[string]string{"NEO4J_PASSWORD": "test-password", "ACTORGRAPH_UID": "1234", "ACTORGRAPH_GID": "5678"},
	}
	p, err := loader.LoadWithContext(context.Background(), details, func(o *loader.Options) { o.SetProjectName("actorgraph", true) })
	if err != nil {
		t.Fatal(err)
	}
	ag, err := p.GetService("actorgraph")
	if err != nil {
		t.Fatal(err)
	}
	bound := false
	for _, v := range ag.Volumes {
		if v.Target == "/out" {
			bound = v.Type == types.VolumeTypeBind && filepath.Base(v.Source) == "out" && !v.ReadOnly
		}
	}
	if !bound {
		t.Errorf("/out is not a writable bind mount of ./out: %+v", ag.Volumes)
	}
	if ag.User != "1234:5678" {
		t.Errorf("actorgraph runs as %q, want the user of ACTORGRAPH_UID:ACTORGRAPH_GID", ag.User)
	}
	if d := ag.Environment["ACTORGRAPH_STATE_DIR"]; d == nil || !strings.HasPrefix(*d, "/out/") {
		t.Errorf("ACTORGRAPH_STATE_DIR %v: want it inside /out, on the host", d)
	}
	for name := range p.Volumes {
		if strings.Contains(name, "out") || strings.Contains(name, "state") {
			t.Errorf("named volume %q left: outputs and state belong in ./out", name)
		}
	}
}
