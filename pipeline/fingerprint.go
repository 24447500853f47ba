package pipeline

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"

	"github.com/actorgraph/actorgraph/extract/dict"
	"github.com/actorgraph/actorgraph/extract/lexicon"
)

// Fingerprint names the extractor a run uses: the binary itself (so any new
// build, whatever its version stamp, counts as a new extractor), the build
// info, and the contents of the user's dictionary and lexicon files. Stored
// hashes include it, so a new build, dictionary or lexicon extracts
// everything again. Hashing a 30 MB binary costs about 20 ms. Its error is
// that of reading a dictionary.
func Fingerprint(dicts, lexDirs []string) (string, error) {
	h := sha256.New()
	if bi, ok := debug.ReadBuildInfo(); ok {
		fmt.Fprintln(h, bi.Main.Path, bi.Main.Version)
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" || s.Key == "vcs.modified" {
				fmt.Fprintln(h, s.Key, s.Value)
			}
		}
	}
	if exe, err := os.Executable(); err == nil {
		if f, err := os.Open(exe); err == nil {
			_, _ = io.Copy(h, f)
			f.Close()
		}
	}
	d, err := dict.LoadWithDefault(dicts...)
	if err != nil {
		return "", err
	}
	enc := json.NewEncoder(h)
	for _, e := range d.Entries() {
		if err := enc.Encode(e); err != nil {
			return "", err
		}
	}
	for _, dir := range lexDirs {
		for _, name := range lexicon.Files {
			b, err := os.ReadFile(filepath.Join(dir, name))
			if err == nil {
				fmt.Fprintln(h, name)
				h.Write(b)
			}
		}
	}
	return hex.EncodeToString(h.Sum(nil)[:8]), nil
}
