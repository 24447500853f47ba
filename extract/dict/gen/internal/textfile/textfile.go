// Package textfile reads the text inputs of the dictionary generators
// (typed tables, TSV data files, JSON lines, the word list) line by line.
package textfile

import (
	"bufio"
	"fmt"
	"os"
)

// maxLine is the longest line Lines reads, as places read the JSON lines
// of the dictionary (bufio.Scanner's default is 64 KiB; the longest line
// of today's inputs is about a thousand bytes). A longer one is an error.
const maxLine = 4 << 20

// Lines calls fn with each line of the file at path, without its line
// ending, and its number, from 1, until the file ends or fn returns an
// error. An error of fn comes back as "path:n: error", one reading the
// file as "path: error", and one opening it as os.Open gives it (it names
// the path). Cost: linear in the file.
func Lines(path string, fn func(n int, line string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), maxLine)
	n := 0
	for sc.Scan() {
		n++
		if err := fn(n, sc.Text()); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
