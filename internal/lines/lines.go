// Package lines reads newline-terminated lines of bounded length from a
// buffered reader, so that a 100 MB single-line file costs the limit in
// memory, not its size. The edge stream and JSON-lines articles both read
// through it.
package lines

import (
	"bufio"
	"bytes"
	"io"
)

// Next returns the next line of br without its line ending ("\n" or
// "\r\n"). A line longer than max bytes is read past and dropped: Next then
// returns tooLong and a nil line, so the caller can report it and go on.
// At the end of the input err is io.EOF, possibly with a last line that had
// no newline. Cost: one copy of the line.
func Next(br *bufio.Reader, max int) (line []byte, tooLong bool, err error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if len(buf)+len(chunk) > max {
			for err == bufio.ErrBufferFull {
				_, err = br.ReadSlice('\n')
			}
			if err != nil && err != io.EOF {
				return nil, false, err
			}
			return nil, true, err
		}
		buf = append(buf, chunk...)
		if err == bufio.ErrBufferFull {
			continue
		}
		return bytes.TrimRight(buf, "\r\n"), false, err
	}
}
