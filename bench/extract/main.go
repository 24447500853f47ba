// Command extract-bench measures the extractor the way the CLI runs it: it
// builds a corpus of at least --size MB from the example articles (copies
// written as files in a temporary folder), then reads and extracts it over
// --workers cores through pipeline/pump (as run and extract do), writing the edge stream to nowhere.
// It reports MB/s, articles/s, sentences/s, edges and the peak resident
// memory of the process. On a shared machine the wall-clock figures depend
// on the other load; it also reports the CPU time used, and the MB/s that
// makes on idle cores.
//
//	go run ./bench/extract                 # 50 MB from examples/articles, all cores
//	go run ./bench/extract --size 200 --workers 1
//	go run ./bench/extract --sweep 1,2,4,8,16   # one corpus, each worker count in turn
//	go run ./bench/extract --parse              # with the dependency parser of parsed frames
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest"
	"github.com/actorgraph/actorgraph/pipeline"
	"github.com/actorgraph/actorgraph/pipeline/pump"
)

func main() {
	src := flag.String("examples", "examples/articles", "folder of articles to copy into the corpus")
	size := flag.Int("size", 50, "corpus size in MB (at least)")
	workers := flag.Int("workers", runtime.NumCPU(), "goroutines extracting")
	sweep := flag.String("sweep", "", "comma-separated worker counts to time one after another on the same corpus, e.g. 1,2,4,8,16 (a table of MB/s and speed-up against the first)")
	gc := flag.Int("gc", 400, "GC percent while extracting, as actorgraph extract sets it")
	withParse := flag.Bool("parse", false, "also read the triggers the rules leave with the dependency parser (extract.WithParser, off in actorgraph): its cost")
	keep := flag.String("keep", "", "write the corpus into this folder and keep it (default: a temporary folder, removed); its copies are byte-identical, so 'actorgraph run' reads each text once unless --unique")
	unique := flag.Bool("unique", false, "end each copy with a line of its own number, so that 'actorgraph run' over a --keep corpus reads every file (for load and fault tests; the timing then includes that line)")
	flag.Parse()
	debug.SetGCPercent(*gc)
	counts, err := parseSweep(*sweep)
	if err != nil {
		fmt.Fprintln(os.Stderr, "extract-bench:", err)
		os.Exit(2)
	}
	if err := run(*src, *size, *workers, *keep, counts, *withParse, *unique); err != nil {
		fmt.Fprintln(os.Stderr, "extract-bench:", err)
		os.Exit(1)
	}
}

// cpuSeconds is the user and system CPU time the process has used.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	tv := func(t syscall.Timeval) float64 { return float64(t.Sec) + float64(t.Usec)/1e6 }
	return tv(ru.Utime) + tv(ru.Stime)
}

// parseSweep reads "1,2,4" into worker counts; "" is none.
func parseSweep(v string) ([]int, error) {
	if v == "" {
		return nil, nil
	}
	var out []int
	for _, f := range strings.Split(v, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			return nil, fmt.Errorf("--sweep %q: %q is not a worker count of at least 1", v, f)
		}
		out = append(out, n)
	}
	return out, nil
}

// timeWorkers extracts the corpus in dir with n workers through
// pipeline/pump (as run and extract do), writing the edge stream to
// nowhere, and returns the wall-clock and CPU seconds, the articles read
// and the edges written.
func timeWorkers(ctx context.Context, x *extract.Extractor, dir string, n int) (wall, cpu float64, articles, edges int, err error) {
	cpu0 := cpuSeconds()
	start := time.Now()
	srcs := ingest.Find(ctx, []string{dir}, func(ingest.Problem) {})
	w := graph.NewEdgeWriter(io.Discard)
	type encoded struct {
		lines []byte
		n     int
	}
	err = pump.Read(ctx, srcs, pump.Options{Buffer: pipeline.ReadAhead * n}, func(ctx context.Context, in <-chan graph.Article) error { // (as actorgraph extract reads)
		return extract.StreamWork(ctx, x, n, in, func(_ graph.Article, es []graph.Edge) (encoded, error) {
			b, err := graph.EncodeEdges(es)
			return encoded{b, len(es)}, err
		}, func(_ graph.Article, p encoded, last bool) error {
			if last {
				articles++
			}
			return w.WriteLines(p.lines, p.n)
		})
	})
	if err == nil {
		err = w.Flush()
	}
	return time.Since(start).Seconds(), cpuSeconds() - cpu0, articles, w.Count(), err
}

func run(src string, sizeMB, workers int, keep string, sweep []int, withParse, unique bool) error {
	ctx := context.Background()
	var bad []string
	sources := ingest.Find(ctx, []string{src}, func(p ingest.Problem) { bad = append(bad, p.Error()) })
	if len(bad) > 0 || len(sources) == 0 {
		return fmt.Errorf("no articles under %s %v", src, bad)
	}
	type base struct {
		name      string
		body      []byte
		sentences int
	}
	var bases []base
	for _, s := range sources {
		b, err := os.ReadFile(s.Path)
		if err != nil {
			return fmt.Errorf("read %s: %w", s.Path, err)
		}
		bases = append(bases, base{s.Doc, b, len(text.Segment(string(b)).Sentences)})
	}
	dir := keep
	if dir == "" {
		d, err := os.MkdirTemp("", "extract-bench-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(d)
		dir = d
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	// build the corpus: copies in folders of 1000 files
	want := int64(sizeMB) << 20
	var total int64
	files, sentences := 0, 0
	for total < want {
		b := bases[files%len(bases)]
		sub := filepath.Join(dir, fmt.Sprintf("%04d", files/1000))
		if files%1000 == 0 {
			if err := os.MkdirAll(sub, 0o755); err != nil {
				return err
			}
		}
		p := filepath.Join(sub, fmt.Sprintf("%06d_%s", files, filepath.Base(b.name)))
		body := b.body
		if unique {
			body = fmt.Appendf(slices.Clip(body), "\nCopy %d.\n", files)
		}
		if err := os.WriteFile(p, body, 0o644); err != nil {
			return err
		}
		total += int64(len(body))
		sentences += b.sentences
		files++
	}
	newExtractor := extract.New
	if withParse {
		newExtractor = extract.NewParsed
	}
	x, err := newExtractor()
	if err != nil {
		return err
	}
	fmt.Printf("corpus: %d articles, %.1f MB, %d sentences in %s\n", files, float64(total)/(1<<20), sentences, dir)
	if len(sweep) > 0 {
		fmt.Printf("sweep on %d CPUs (GOMAXPROCS %d)\n", runtime.NumCPU(), runtime.GOMAXPROCS(0))
		fmt.Printf("%8s %8s %8s %10s %12s %9s\n", "workers", "wall s", "MB/s", "cores busy", "articles/s", "speed-up")
		mb := float64(total) / (1 << 20)
		first := 0.0
		for _, n := range sweep {
			el, cpu, arts, _, err := timeWorkers(ctx, x, dir, n)
			if err != nil {
				return err
			}
			if first == 0 {
				first = el
			}
			fmt.Printf("%8d %8.2f %8.1f %10.2f %12.0f %8.2fx\n", n, el, mb/el, cpu/el, float64(arts)/el, first/el)
		}
		return nil
	}
	fmt.Printf("workers: %d (GOMAXPROCS %d)\n", workers, runtime.GOMAXPROCS(0))

	if p := os.Getenv("CPUPROFILE"); p != "" {
		f, err := os.Create(p)
		if err != nil {
			return err
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	var ms0 runtime.MemStats
	runtime.ReadMemStats(&ms0)
	el, cpu, articles, edges, err := timeWorkers(ctx, x, dir, workers)
	if err != nil {
		return err
	}
	var ms1 runtime.MemStats
	runtime.ReadMemStats(&ms1)
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	mb := float64(total) / (1 << 20)
	fmt.Printf("time:       %.2f s wall, %.2f s CPU (%.2f cores busy)\n", el, cpu, cpu/el)
	fmt.Printf("throughput: %.1f MB/s wall\n", mb/el)
	fmt.Printf("per core:   %.1f MB per CPU-second (%.1f MB/s on %d idle cores)\n", mb/cpu, mb/cpu*float64(min(workers, runtime.NumCPU())), min(workers, runtime.NumCPU()))
	if la, err := os.ReadFile("/proc/loadavg"); err == nil {
		fmt.Printf("load avg:   %s", la)
	}
	fmt.Printf("articles/s: %.0f\n", float64(articles)/el)
	fmt.Printf("sentences/s: %.0f\n", float64(sentences)/el)
	fmt.Printf("edges:      %d\n", edges)
	fmt.Printf("peak RSS:   %.1f MB\n", float64(ru.Maxrss)/1024)
	fmt.Printf("allocated:  %.1f bytes per input byte (%d GC cycles)\n", float64(ms1.TotalAlloc-ms0.TotalAlloc)/float64(total), ms1.NumGC-ms0.NumGC)
	return nil
}
