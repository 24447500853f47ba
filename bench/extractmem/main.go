// Command extractmem measures the peak memory of extraction on long
// articles: for each size it writes one article of that many MB (copies of
// the example articles, paragraph after paragraph) and runs
// `actorgraph extract` on it in a child process, reporting the child's
// peak resident memory (getrusage), its time and its edges; then the same
// for many small articles of the same total size. With -whole it also
// reads each long article whole (no windows), in a child of its own, to
// show the memory the windows save and to check the edges are the same.
//
//	go run ./bench/extractmem                    # 1, 15, 30, 60 MB
//	go run ./bench/extractmem -sizes 15 -whole   # windowed against whole
package main

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
)

func main() {
	child := flag.String("child", "", "internal: extract this file in-process and print the edge count and a hash of the edges")
	window := flag.Int("window", extract.DefaultWindow, "internal, with -child: the window in bytes (0 = whole article)")
	sizes := flag.String("sizes", "1,15,30,60", "article sizes in MB")
	src := flag.String("examples", "examples/articles", "folder of articles to build the long articles from")
	whole := flag.Bool("whole", false, "also read each long article whole, without windows")
	flag.Parse()
	if *child != "" {
		if err := runChild(*child, *window); err != nil {
			fmt.Fprintln(os.Stderr, "extractmem:", err)
			os.Exit(1)
		}
		return
	}
	if err := run(*src, *sizes, *whole); err != nil {
		fmt.Fprintln(os.Stderr, "extractmem:", err)
		os.Exit(1)
	}
}

func runChild(path string, window int) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	x, err := extract.New(extract.WithWindow(window))
	if err != nil {
		return err
	}
	edges := x.Extract(graph.Article{Doc: filepath.Base(path), Text: string(b)})
	h := sha256.New()
	for _, e := range edges {
		fmt.Fprintln(h, e.ID)
	}
	fmt.Println(len(edges), hex.EncodeToString(h.Sum(nil))[:16])
	return nil
}

type result struct {
	what   string
	rssMB  float64
	secs   float64
	edges  int
	digest string
}

// measure runs cmd and returns its peak RSS and wall time.
func measure(what string, cmd *exec.Cmd) (result, error) {
	var out strings.Builder
	cmd.Stdout = &out
	cmd.Stderr = os.Stderr
	t0 := time.Now()
	if err := cmd.Run(); err != nil {
		return result{}, fmt.Errorf("%s: %w", what, err)
	}
	r := result{what: what, secs: time.Since(t0).Seconds()}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.rssMB = float64(ru.Maxrss) / 1024
	}
	f := strings.Fields(out.String())
	if len(f) >= 1 {
		r.edges, _ = strconv.Atoi(f[0])
	}
	if len(f) >= 2 {
		r.digest = f[1]
	}
	return r, nil
}

func run(src, sizeList string, whole bool) error {
	files, err := filepath.Glob(filepath.Join(src, "*.txt"))
	if err != nil || len(files) == 0 {
		return fmt.Errorf("no articles in %s", src)
	}
	var paras []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		paras = append(paras, strings.TrimSpace(string(b)))
	}
	dir, err := os.MkdirTemp("", "extractmem-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	bin := filepath.Join(dir, "actorgraph")
	if out, err := exec.Command("go", "build", "-o", bin, "./cmd/actorgraph").CombinedOutput(); err != nil {
		return fmt.Errorf("go build ./cmd/actorgraph: %v\n%s", err, out)
	}
	self, err := os.Executable()
	if err != nil {
		return err
	}
	fmt.Printf("%-34s %10s %8s %8s %8s\n", "input", "peak MB", "seconds", "MB/s", "edges")
	for _, s := range strings.Split(sizeList, ",") {
		mb, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || mb < 1 {
			return fmt.Errorf("bad size %q", s)
		}
		path := filepath.Join(dir, fmt.Sprintf("long-%dmb.txt", mb))
		if err := writeLong(path, paras, mb<<20); err != nil {
			return err
		}
		r, err := measure("cli", exec.Command(bin, "extract", path, "--out", filepath.Join(dir, "edges.jsonl")))
		if err != nil {
			return err
		}
		r.edges = countLines(filepath.Join(dir, "edges.jsonl"))
		report(fmt.Sprintf("one %d MB article (actorgraph extract)", mb), r, mb)
		if whole {
			w, err := measure("windowed", exec.Command(self, "-child", path))
			if err != nil {
				return err
			}
			report(fmt.Sprintf("  in-process, %d KiB windows", extract.DefaultWindow>>10), w, mb)
			o, err := measure("whole", exec.Command(self, "-child", path, "-window", "0"))
			if err != nil {
				return err
			}
			report("  in-process, whole article", o, mb)
			same := "same edges"
			if o.digest != w.digest {
				same = fmt.Sprintf("DIFFERENT edges (%d whole, %d windowed)", o.edges, w.edges)
			}
			fmt.Printf("  windows save %.0f MB; %s\n", o.rssMB-w.rssMB, same)
		}
		os.Remove(path)
	}
	// Many small articles, 60 MB in all.
	small := filepath.Join(dir, "small")
	if err := os.Mkdir(small, 0o755); err != nil {
		return err
	}
	total := 0
	for i := 0; total < 60<<20; i++ {
		p := paras[i%len(paras)]
		if err := os.WriteFile(filepath.Join(small, fmt.Sprintf("a%06d.txt", i)), []byte(p), 0o644); err != nil {
			return err
		}
		total += len(p)
	}
	r, err := measure("cli", exec.Command(bin, "extract", small, "--out", filepath.Join(dir, "edges.jsonl")))
	if err != nil {
		return err
	}
	r.edges = countLines(filepath.Join(dir, "edges.jsonl"))
	report(fmt.Sprintf("%d small articles, 60 MB", total/len(paras[0])), r, 60)
	return nil
}

func report(what string, r result, mb int) {
	fmt.Printf("%-34s %10.0f %8.1f %8.1f %8d\n", what, r.rssMB, r.secs, float64(mb)/r.secs, r.edges)
}

// writeLong writes an article of at least size bytes: the example
// articles' paragraphs again and again, a blank line between them.
func writeLong(path string, paras []string, size int) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	for n, i := 0, 0; n < size; i++ {
		k, _ := w.WriteString(paras[i%len(paras)])
		w.WriteString("\n\n")
		n += k + 2
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func countLines(path string) int {
	f, err := os.Open(path)
	if err != nil {
		return -1
	}
	defer f.Close()
	n := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		if json.Valid(sc.Bytes()) {
			n++
		}
	}
	return n
}
