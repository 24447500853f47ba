package dict

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// eachDataLine calls fn with the number and text of each line of r that is
// neither blank nor a comment (a line starting with "#"), a trailing "\r"
// cut, and returns fn's first error as it is. A read error is returned as
// "where:line: error". The cost is linear in the size of r.
func eachDataLine(r io.Reader, where string, fn func(line int, text string) error) error {
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSuffix(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		if err := fn(line, text); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s:%d: %w", where, line+1, err)
	}
	return nil
}
