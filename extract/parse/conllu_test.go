package parse

import (
	"strconv"
	"strings"
	"testing"
)

const goodCoNLLU = `# sent_id = 1
# text = Russia attacked Ukraine.
1	Russia	Russia	PROPN	NNP	_	2	nsubj	_	_
2	attacked	attack	VERB	VBD	_	0	root	_	_
3	Ukraine	Ukraine	PROPN	NNP	_	2	obj	_	SpaceAfter=No
4	.	.	PUNCT	.	_	2	punct	_	_

# text = They don't.
1-2	They're	_	_	_	_	_	_	_	_
1	They	they	PRON	PRP	_	3	nsubj	_	_
2	do	do	AUX	VBP	_	3	aux	_	_
2.1	do	do	AUX	VBP	_	_	_	3:aux	_
3	n't	not	PART	RB	_	0	root	_	_
`

func TestReadCoNLLU(t *testing.T) {
	tests := []struct {
		name  string
		input string
		want  []string // per sentence: "form/XPOS/head/rel ..." with 1-based heads
		err   string   // substring of the error, "" for none
	}{
		{name: "good", input: goodCoNLLU, want: []string{
			"Russia/NNP/2/nsubj attacked/VBD/0/root Ukraine/NNP/2/obj ././2/punct",
			"They/PRP/3/nsubj do/VBP/3/aux n't/RB/0/root",
		}},
		{name: "no final blank line", input: "1\ta\ta\tX\tNN\t_\t0\troot\t_\t_", want: []string{"a/NN/0/root"}},
		{name: "crlf and blank lines", input: "\r\n\r\n1\ta\ta\tX\tNN\t_\t0\troot\t_\t_\r\n\r\n\r\n", want: []string{"a/NN/0/root"}},
		{name: "empty", input: "", want: nil},
		{name: "columns", input: "# c\n1\ta\ta\tX\tNN\t_\t0\troot\t_\n", err: "in.conllu:2: 9 columns, want 10"},
		{name: "bad id", input: "x\ta\ta\tX\tNN\t_\t0\troot\t_\t_\n", err: `in.conllu:1: bad ID "x"`},
		{name: "sequence", input: "1\ta\ta\tX\tNN\t_\t0\troot\t_\t_\n3\tb\tb\tX\tNN\t_\t1\tdep\t_\t_\n", err: "in.conllu:2: ID 3 out of sequence, want 2"},
		{name: "bad head", input: "1\ta\ta\tX\tNN\t_\tz\troot\t_\t_\n", err: `in.conllu:1: bad HEAD "z"`},
		{name: "head range", input: "\n1\ta\ta\tX\tNN\t_\t0\troot\t_\t_\n2\tb\tb\tX\tNN\t_\t7\tdep\t_\t_\n\n", err: "in.conllu:3: head 7 out of range"},
		{name: "self head", input: "1\ta\ta\tX\tNN\t_\t1\troot\t_\t_\n", err: "in.conllu:1: word 1 is its own head"},
		{name: "no root", input: "1\ta\ta\tX\tNN\t_\t2\tdep\t_\t_\n2\tb\tb\tX\tNN\t_\t1\tdep\t_\t_\n", err: "in.conllu:1: sentence has no root"},
		{name: "empty column", input: "1\ta\ta\tX\t\t_\t0\troot\t_\t_\n", err: "in.conllu:1: empty FORM, XPOS or DEPREL"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ReadCoNLLU(strings.NewReader(tc.input), "in.conllu")
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("error %v, want one containing %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tc.want) {
				t.Fatalf("%d sentences, want %d", len(got), len(tc.want))
			}
			for i, s := range got {
				var parts []string
				for _, tok := range s.Tokens {
					parts = append(parts, strings.Join([]string{tok.Form, tok.XPOS, strconv.Itoa(tok.Head + 1), tok.Rel}, "/"))
				}
				if g := strings.Join(parts, " "); g != tc.want[i] {
					t.Errorf("sentence %d:\n got %s\nwant %s", i, g, tc.want[i])
				}
			}
		})
	}
}

func TestReadCoNLLULine(t *testing.T) {
	s, err := ReadCoNLLU(strings.NewReader(goodCoNLLU), "x")
	if err != nil {
		t.Fatal(err)
	}
	if s[0].Line != 3 || s[1].Line != 10 {
		t.Errorf("lines %d, %d; want 3, 10", s[0].Line, s[1].Line)
	}
}

func FuzzReadCoNLLU(f *testing.F) {
	f.Add(goodCoNLLU)
	f.Add("1\ta\ta\tX\tNN\t_\t0\troot\t_\t_\n")
	f.Add("1-2\tx\n")
	f.Fuzz(func(t *testing.T, in string) {
		sents, err := ReadCoNLLU(strings.NewReader(in), "fuzz")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz:") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		for _, s := range sents {
			n := len(s.Tokens)
			if n == 0 {
				t.Fatal("empty sentence")
			}
			for i, tok := range s.Tokens {
				if tok.Head < -1 || tok.Head >= n || tok.Head == i {
					t.Fatalf("bad head %d of word %d in %d", tok.Head, i, n)
				}
			}
		}
	})
}
