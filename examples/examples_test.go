package examples

import (
	"os"
	"path/filepath"
	"testing"
)

// TestSourcesAreTheArticlesFolder checks that the embedded articles are
// those of examples/articles, byte for byte, with the names a run over that
// folder gives them.
func TestSourcesAreTheArticlesFolder(t *testing.T) {
	srcs, err := Sources()
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join("articles", "*.txt"))
	if len(srcs) != len(files) || len(srcs) < 10 {
		t.Fatalf("%d embedded articles, %d in the folder", len(srcs), len(files))
	}
	for i, s := range srcs {
		b, err := os.ReadFile(files[i])
		if err != nil {
			t.Fatal(err)
		}
		if s.Doc != filepath.Base(files[i]) || string(s.Body) != string(b) {
			t.Errorf("embedded %s differs from %s", s.Doc, files[i])
		}
	}
}
