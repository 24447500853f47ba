package batch_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/actorgraph/actorgraph/batch"
	"github.com/actorgraph/actorgraph/batch/state"
	"github.com/actorgraph/actorgraph/extract"
)

func ExampleUpdate() {
	in, _ := os.MkdirTemp("", "articles")
	defer os.RemoveAll(in)
	stateDir, _ := os.MkdirTemp("", "state")
	defer os.RemoveAll(stateDir)
	os.WriteFile(filepath.Join(in, "a.txt"), []byte("Iran warned Israel."), 0o644)
	os.WriteFile(filepath.Join(in, "b.txt"), []byte("Israel attacked Iran."), 0o644)

	x, _ := extract.New()
	st, _ := state.Open(stateDir)
	defer st.Close()
	opt := batch.Options{Paths: []string{in}, Fingerprint: "v1"}
	report := func() {
		s, err := batch.Update(context.Background(), st, x, opt)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("new %d, changed %d, unchanged %d, removed %d; edges +%d -%d\n",
			s.New, s.Changed, s.Unchanged, s.Removed, s.EdgesAdded, s.EdgesRemoved)
	}
	report() // first run: everything is new
	report() // nothing changed: nothing extracted
	os.WriteFile(filepath.Join(in, "a.txt"), []byte("The United States supported Israel."), 0o644)
	os.Remove(filepath.Join(in, "b.txt"))
	report() // a changed (its edge replaced), b removed (its edge gone)
	// Output:
	// new 2, changed 0, unchanged 0, removed 0; edges +2 -0
	// new 0, changed 0, unchanged 2, removed 0; edges +0 -0
	// new 0, changed 1, unchanged 0, removed 1; edges +1 -2
}
