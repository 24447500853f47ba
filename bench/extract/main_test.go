package main

import (
	"slices"
	"testing"
)

func TestParseSweep(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []int
		bad  bool
	}{
		{"", nil, false},
		{"1,2,4,8,16", []int{1, 2, 4, 8, 16}, false},
		{" 2 , 4", []int{2, 4}, false},
		{"0", nil, true},
		{"1,x", nil, true},
	} {
		got, err := parseSweep(c.in)
		if (err != nil) != c.bad || !slices.Equal(got, c.want) {
			t.Errorf("parseSweep(%q) = %v, %v; want %v (error %v)", c.in, got, err, c.want, c.bad)
		}
	}
}
