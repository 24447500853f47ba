package text

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkSegment segments the example articles (examples/articles).
func BenchmarkSegment(b *testing.B) {
	files, _ := filepath.Glob("../../examples/articles/*")
	var docs []string
	size := 0
	for _, f := range files {
		if body, err := os.ReadFile(f); err == nil {
			docs = append(docs, string(body))
			size += len(body)
		}
	}
	if len(docs) == 0 {
		b.Skip("no example articles")
	}
	var buf Buffers
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			buf.Segment(d)
		}
	}
}
