// Package pyprobe finds the Python interpreter and modules that a test's
// cross-check against a peer library (NetworkX, igraph, numpy, scipy) needs,
// and skips the test, naming what is missing, when they are not there.
//
// It is a test helper: it holds no state and starts one short Python process
// per call.
package pyprobe

import (
	"bytes"
	"context"
	"fmt"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// Python is the interpreter Debian's python3-* packages install into. The
// cross-checks use it rather than whatever python3 is first on PATH, since a
// pyenv or venv interpreter does not see Debian's site-packages.
const Python = "/usr/bin/python3"

// Debian maps a Python module to the Debian package that provides it, so a
// skip message can say what to install.
var debian = map[string]string{
	"networkx": "python3-networkx",
	"igraph":   "python3-igraph",
	"numpy":    "python3-numpy",
	"scipy":    "python3-scipy",
}

// Missing returns the modules among mods that Python cannot import, in the
// order given, or an error when the interpreter itself cannot be run.
// Cost: one Python process.
func Missing(ctx context.Context, mods ...string) ([]string, error) {
	if _, err := exec.LookPath(Python); err != nil {
		return nil, fmt.Errorf("no %s: %w", Python, err)
	}
	var script strings.Builder
	script.WriteString("import importlib\n")
	for _, m := range mods {
		fmt.Fprintf(&script, "try:\n    importlib.import_module(%q)\nexcept Exception:\n    print(%q)\n", m, m)
	}
	ctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, Python, "-c", script.String())
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("%s: %v: %s", Python, err, strings.TrimSpace(stderr.String()))
	}
	return strings.Fields(string(out)), nil
}

// Require skips t unless Python can import every module in mods, saying
// which are missing and which Debian packages provide them. It returns the
// interpreter to run. Cost: one Python process.
func Require(t testing.TB, mods ...string) string {
	t.Helper()
	missing, err := Missing(context.Background(), mods...)
	if err != nil {
		t.Skipf("cross-check skipped: %v (install python3 and %s)", err, packages(mods))
	}
	if len(missing) > 0 {
		t.Skipf("cross-check skipped: %s cannot import %s (install %s)", Python, strings.Join(missing, ", "), packages(missing))
	}
	return Python
}

func packages(mods []string) string {
	var p []string
	for _, m := range mods {
		if d, ok := debian[m]; ok {
			p = append(p, d)
		} else {
			p = append(p, "python module "+m)
		}
	}
	return strings.Join(p, " ")
}
