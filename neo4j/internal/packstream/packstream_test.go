package packstream

import (
	"bytes"
	"math"
	"reflect"
	"testing"
)

func TestRoundTrip(t *testing.T) {
	long := string(bytes.Repeat([]byte("x"), 70000))
	for _, v := range []any{
		nil, true, false,
		int64(0), int64(-16), int64(-17), int64(127), int64(128), int64(-128), int64(-129),
		int64(math.MaxInt16 + 1), int64(math.MinInt32), int64(math.MaxInt64), int64(math.MinInt64),
		1.5, math.Inf(-1),
		"", "héllo", long,
		[]byte{1, 2, 3},
		[]any{int64(1), "a", []any{nil}},
		map[string]any{"a": int64(1), "b": map[string]any{"c": []any{}}},
		Struct{Tag: 'D', Fields: []any{int64(19000)}},
	} {
		var e Encoder
		if err := e.Encode(v); err != nil {
			t.Fatalf("Encode(%v): %v", v, err)
		}
		got, rest, err := Decode(e.Buf)
		if err != nil {
			t.Fatalf("Decode(Encode(%.40v)): %v", v, err)
		}
		if len(rest) != 0 {
			t.Errorf("Decode(Encode(%.40v)) left %d bytes", v, len(rest))
		}
		if !reflect.DeepEqual(got, v) {
			t.Errorf("round trip: got %.60v, want %.60v", got, v)
		}
	}
}

// TestSmallestForm checks the encodings given in the PackStream spec.
func TestSmallestForm(t *testing.T) {
	for _, c := range []struct {
		v    any
		want []byte
	}{
		{int64(1), []byte{0x01}},
		{int64(-16), []byte{0xF0}},
		{int64(-17), []byte{0xC8, 0xEF}},
		{int64(1000), []byte{0xC9, 0x03, 0xE8}},
		{"a", []byte{0x81, 'a'}},
		{[]any{}, []byte{0x90}},
		{map[string]any{}, []byte{0xA0}},
		{Struct{Tag: 0x70, Fields: []any{map[string]any{}}}, []byte{0xB1, 0x70, 0xA0}},
	} {
		var e Encoder
		if err := e.Encode(c.v); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(e.Buf, c.want) {
			t.Errorf("Encode(%v) = % X, want % X", c.v, e.Buf, c.want)
		}
	}
}

func TestDecodeErrors(t *testing.T) {
	deep := bytes.Repeat([]byte{0x91}, MaxDepth+2)
	for name, b := range map[string][]byte{
		"empty":          {},
		"truncated str":  {0x85, 'a'},
		"truncated list": {0xD6, 0xFF, 0xFF, 0xFF, 0xFF},
		"bad key":        {0xA1, 0x01, 0x01},
		"unknown marker": {0xC4},
		"too deep":       deep,
	} {
		if _, _, err := Decode(b); err == nil {
			t.Errorf("%s: Decode(% X) gave no error", name, b)
		}
	}
}

func TestChunks(t *testing.T) {
	msg := bytes.Repeat([]byte{7}, 2*maxChunk+10)
	buf := AppendMessage([]byte{0, 0}, msg) // a NOOP first
	got, err := ReadMessage(bytes.NewReader(buf), 1<<20)
	if err != nil || !bytes.Equal(got, msg) {
		t.Fatalf("ReadMessage = %d bytes, %v; want %d bytes", len(got), err, len(msg))
	}
	if _, err := ReadMessage(bytes.NewReader(buf), 100); err == nil {
		t.Error("ReadMessage over the limit gave no error")
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte{0xB1, 0x70, 0xA1, 0x81, 'a', 0x01})
	f.Add([]byte{0xD4, 0x02, 0xC1, 0, 0, 0, 0, 0, 0, 0, 0, 0xC0})
	f.Fuzz(func(t *testing.T, b []byte) {
		v, _, err := Decode(b)
		if err != nil {
			return
		}
		var e Encoder
		if err := e.Encode(v); err != nil {
			t.Fatalf("decoded %#v does not re-encode: %v", v, err)
		}
		w, _, err := Decode(e.Buf)
		if err != nil {
			t.Fatalf("re-decode of % X: %v", e.Buf, err)
		}
		// Compare encodings, not values: NaN != NaN.
		var e2 Encoder
		if err := e2.Encode(w); err != nil || !bytes.Equal(e.Buf, e2.Buf) {
			t.Fatalf("encoding not stable: % X then % X (%v)", e.Buf, e2.Buf, err)
		}
	})
}

func FuzzReadMessage(f *testing.F) {
	f.Add(AppendMessage(nil, []byte{0xB0, 0x0F}))
	f.Add([]byte{0, 0, 0, 3, 1, 2})
	f.Fuzz(func(t *testing.T, b []byte) {
		msg, err := ReadMessage(bytes.NewReader(b), 1<<16)
		if err != nil {
			return
		}
		again, err := ReadMessage(bytes.NewReader(AppendMessage(nil, msg)), 1<<16)
		if err != nil || !bytes.Equal(again, msg) {
			t.Fatalf("re-chunked message reads back as % X, %v; want % X", again, err, msg)
		}
	})
}
