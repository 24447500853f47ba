package parse

import (
	"slices"
	"testing"
)

// oracleParse follows the least-cost move of the dynamic oracle from the
// start and returns the heads it builds (n for the root) and the number of
// gold arcs its moves lost.
func oracleParse(gold []int) ([]int, int) {
	var st state
	st.reset(len(gold))
	lost := 0
	for !st.terminal() {
		best, bestCost := -1, 0
		for m := range nMoves {
			if !st.valid(m) {
				continue
			}
			if c := st.cost(m, gold); best < 0 || c < bestCost {
				best, bestCost = m, c
			}
		}
		lost += bestCost
		st.apply(best, 0)
	}
	return slices.Clone(st.heads[:len(gold)]), lost
}

// heads turns 1-based CoNLL heads (0 root) into the state's (n root).
func goldHeads(h ...int) []int {
	out := make([]int, len(h))
	for i, x := range h {
		if x == 0 {
			out[i] = len(h)
		} else {
			out[i] = x - 1
		}
	}
	return out
}

func TestOracle(t *testing.T) {
	tests := []struct {
		name       string
		gold       []int
		projective bool
	}{
		// Russia attacked Ukraine on Monday .
		{"simple", goldHeads(2, 0, 2, 5, 2, 2), true},
		// The talks , which began Monday , ended without a deal .
		{"relative clause", goldHeads(2, 8, 5, 5, 2, 5, 5, 0, 11, 11, 8, 8), true},
		{"one word", goldHeads(0), true},
		{"root last", goldHeads(3, 3, 0), true},
		{"chain right", goldHeads(0, 1, 2, 3), true},
		// A hearing is scheduled on the issue today about ...: "about"
		// attaches to "hearing" across "scheduled" -> "today".
		{"non-projective", goldHeads(2, 4, 4, 0, 7, 7, 4, 4, 10, 2), false},
		{"crossing", goldHeads(3, 4, 0, 3), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := Sentence{}
			for _, h := range tc.gold {
				if h == len(tc.gold) {
					h = -1
				}
				s.Tokens = append(s.Tokens, Token{Head: h})
			}
			if got := IsProjective(&s); got != tc.projective {
				t.Fatalf("IsProjective = %v, want %v", got, tc.projective)
			}
			heads, lost := oracleParse(tc.gold)
			checkTree(t, heads, len(tc.gold))
			if tc.projective {
				if lost != 0 || !slices.Equal(heads, tc.gold) {
					t.Errorf("oracle built %v (lost %d), want %v", heads, lost, tc.gold)
				}
				return
			}
			if lost == 0 || slices.Equal(heads, tc.gold) {
				t.Errorf("oracle claims to build a non-projective tree: %v, lost %d", heads, lost)
			}
			wrong := 0
			for i := range heads {
				if heads[i] != tc.gold[i] {
					wrong++
				}
			}
			if wrong > lost {
				t.Errorf("%d wrong heads but only %d arcs reported lost", wrong, lost)
			}
		})
	}
}

// checkTree fails unless heads (n for the root) form a tree over n words.
func checkTree(t *testing.T, heads []int, n int) {
	t.Helper()
	if msg := treeProblem(heads, n, n); msg != "" {
		t.Fatalf("%v: %s", heads, msg)
	}
}

// treeProblem describes what keeps heads from being a tree with root
// value root, or returns "".
func treeProblem(heads []int, n, root int) string {
	if len(heads) != n {
		return "wrong length"
	}
	roots := 0
	for i, h := range heads {
		switch {
		case h == root:
			roots++
		case h < 0 || h >= n:
			return "head out of range"
		case h == i:
			return "word is its own head"
		}
	}
	if roots != 1 {
		return "not exactly one root"
	}
	for i := range heads {
		j, steps := i, 0
		for heads[j] != root {
			j = heads[j]
			if steps++; steps > n {
				return "cycle"
			}
		}
	}
	return ""
}
