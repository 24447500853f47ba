package parse

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Token is one syntactic word of a CoNLL-U sentence.
type Token struct {
	Form, Lemma, UPOS, XPOS string
	// Head is the 0-based index of the token's head within the sentence,
	// or -1 for the root.
	Head int
	// Rel is the DEPREL column, with its subtype ("nsubj:pass").
	Rel string
}

// Sentence is one sentence read from a CoNLL-U file.
type Sentence struct {
	Tokens []Token
	// Line is the 1-based line of the sentence's first token.
	Line int
}

// Words returns the sentence's word forms.
func (s *Sentence) Words() []string {
	w := make([]string, len(s.Tokens))
	for i, t := range s.Tokens {
		w[i] = t.Form
	}
	return w
}

// ReadCoNLLU reads all sentences of a CoNLL-U file. Comment lines,
// multiword-token lines ("3-4") and empty nodes ("5.1") are skipped.
// Errors are of the form "name:line: problem".
func ReadCoNLLU(r io.Reader, name string) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	var (
		out    []Sentence
		cur    Sentence
		lines  []int // line of each token in cur, for head errors
		lineNo int
		fail   = func(line int, format string, a ...any) error {
			return fmt.Errorf("%s:%d: %s", name, line, fmt.Sprintf(format, a...))
		}
	)
	flush := func() error {
		if len(cur.Tokens) == 0 {
			return nil
		}
		n := len(cur.Tokens)
		roots := 0
		for i, t := range cur.Tokens {
			if t.Head >= n {
				return fail(lines[i], "head %d out of range (sentence has %d words)", t.Head+1, n)
			}
			if t.Head == i {
				return fail(lines[i], "word %d is its own head", i+1)
			}
			if t.Head < 0 {
				roots++
			}
		}
		if roots == 0 {
			return fail(cur.Line, "sentence has no root")
		}
		out = append(out, cur)
		cur = Sentence{}
		lines = lines[:0]
		return nil
	}
	for sc.Scan() {
		lineNo++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			if err := flush(); err != nil {
				return nil, err
			}
			continue
		}
		if line[0] == '#' {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 10 {
			return nil, fail(lineNo, "%d columns, want 10", len(cols))
		}
		id := cols[0]
		if strings.ContainsAny(id, "-.") {
			continue // multiword token or empty node
		}
		n, err := strconv.Atoi(id)
		if err != nil || n < 1 {
			return nil, fail(lineNo, "bad ID %q", id)
		}
		if n != len(cur.Tokens)+1 {
			return nil, fail(lineNo, "ID %d out of sequence, want %d", n, len(cur.Tokens)+1)
		}
		head, err := strconv.Atoi(cols[6])
		if err != nil || head < 0 {
			return nil, fail(lineNo, "bad HEAD %q", cols[6])
		}
		if cols[1] == "" || cols[4] == "" || cols[7] == "" {
			return nil, fail(lineNo, "empty FORM, XPOS or DEPREL")
		}
		if len(cur.Tokens) == 0 {
			cur.Line = lineNo
		}
		cur.Tokens = append(cur.Tokens, Token{
			Form: cols[1], Lemma: cols[2], UPOS: cols[3], XPOS: cols[4],
			Head: head - 1, Rel: cols[7],
		})
		lines = append(lines, lineNo)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %v", name, lineNo+1, err)
	}
	if err := flush(); err != nil {
		return nil, err
	}
	return out, nil
}
