package lines

import (
	"bufio"
	"io"
	"strings"
	"testing"
)

func TestNext(t *testing.T) {
	in := "short\r\n" + strings.Repeat("x", 200) + "\nok\nlast"
	br := bufio.NewReaderSize(strings.NewReader(in), 16)
	type got struct {
		line    string
		tooLong bool
		eof     bool
	}
	want := []got{{"short", false, false}, {"", true, false}, {"ok", false, false}, {"last", false, true}}
	for i, w := range want {
		line, tooLong, err := Next(br, 100)
		if err != nil && err != io.EOF {
			t.Fatal(err)
		}
		g := got{string(line), tooLong, err == io.EOF}
		if g != w {
			t.Fatalf("line %d: got %+v, want %+v", i+1, g, w)
		}
	}
}
