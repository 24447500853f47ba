// Package packstream encodes and decodes PackStream v1, the binary value
// format of the Bolt protocol (https://neo4j.com/docs/bolt/current/packstream/),
// and frames Bolt messages into chunks.
//
// It serves the Bolt test server (../../bolttest); the driver keeps its own
// copy internally. Values map to Go as: Null nil, Boolean bool, Integer int64,
// Float float64, Bytes []byte, String string, List []any, Dictionary
// map[string]any, Structure Struct.
package packstream

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"sort"
)

// Struct is a PackStream structure: a tag byte and its fields. Bolt messages
// are structures, and so are graph values (Node 'N', Relationship 'R', ...)
// and temporal values (Date 'D', ...).
type Struct struct {
	Tag    byte
	Fields []any
}

// MaxDepth is how deeply lists, maps and structures may nest in a value
// Decode accepts; deeper input is rejected rather than exhausting the stack.
const MaxDepth = 64

// ErrTruncated is returned when the input ends inside a value.
var ErrTruncated = errors.New("packstream: truncated value")

// Encoder appends PackStream values to a byte slice.
type Encoder struct {
	Buf []byte
}

// Encode appends v. It supports nil, bool, all Go integer kinds that fit an
// int64, float32/64, string, []byte, []any, []string, []int64,
// []map[string]any, map[string]any, map[string]string and Struct; other
// types are an error. Map keys are written in sorted order so the output is
// deterministic.
func (e *Encoder) Encode(v any) error {
	switch x := v.(type) {
	case nil:
		e.Buf = append(e.Buf, 0xC0)
	case bool:
		if x {
			e.Buf = append(e.Buf, 0xC3)
		} else {
			e.Buf = append(e.Buf, 0xC2)
		}
	case int:
		e.Int(int64(x))
	case int8:
		e.Int(int64(x))
	case int16:
		e.Int(int64(x))
	case int32:
		e.Int(int64(x))
	case int64:
		e.Int(x)
	case uint8:
		e.Int(int64(x))
	case uint16:
		e.Int(int64(x))
	case uint32:
		e.Int(int64(x))
	case float32:
		e.Float(float64(x))
	case float64:
		e.Float(x)
	case string:
		e.String(x)
	case []byte:
		e.bytes(x)
	case []any:
		e.header(0x90, 0xD4, len(x))
		for _, y := range x {
			if err := e.Encode(y); err != nil {
				return err
			}
		}
	case []string:
		e.header(0x90, 0xD4, len(x))
		for _, y := range x {
			e.String(y)
		}
	case []int64:
		e.header(0x90, 0xD4, len(x))
		for _, y := range x {
			e.Int(y)
		}
	case []map[string]any:
		e.header(0x90, 0xD4, len(x))
		for _, y := range x {
			if err := e.Encode(y); err != nil {
				return err
			}
		}
	case map[string]string:
		m := make(map[string]any, len(x))
		for k, v := range x {
			m[k] = v
		}
		return e.Encode(m)
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		e.header(0xA0, 0xD8, len(keys))
		for _, k := range keys {
			e.String(k)
			if err := e.Encode(x[k]); err != nil {
				return fmt.Errorf("key %q: %w", k, err)
			}
		}
	case Struct:
		if len(x.Fields) > 15 {
			return fmt.Errorf("packstream: structure with %d fields (max 15)", len(x.Fields))
		}
		e.Buf = append(e.Buf, 0xB0|byte(len(x.Fields)), x.Tag)
		for _, f := range x.Fields {
			if err := e.Encode(f); err != nil {
				return err
			}
		}
	default:
		return fmt.Errorf("packstream: cannot encode %T", v)
	}
	return nil
}

// Int appends an integer in its smallest form.
func (e *Encoder) Int(i int64) {
	switch {
	case i >= -16 && i <= 127:
		e.Buf = append(e.Buf, byte(int8(i)))
	case i >= math.MinInt8 && i <= math.MaxInt8:
		e.Buf = append(e.Buf, 0xC8, byte(int8(i)))
	case i >= math.MinInt16 && i <= math.MaxInt16:
		e.Buf = binary.BigEndian.AppendUint16(append(e.Buf, 0xC9), uint16(int16(i)))
	case i >= math.MinInt32 && i <= math.MaxInt32:
		e.Buf = binary.BigEndian.AppendUint32(append(e.Buf, 0xCA), uint32(int32(i)))
	default:
		e.Buf = binary.BigEndian.AppendUint64(append(e.Buf, 0xCB), uint64(i))
	}
}

// Float appends a 64-bit float.
func (e *Encoder) Float(f float64) {
	e.Buf = binary.BigEndian.AppendUint64(append(e.Buf, 0xC1), math.Float64bits(f))
}

// String appends a UTF-8 string.
func (e *Encoder) String(s string) {
	e.header(0x80, 0xD0, len(s))
	e.Buf = append(e.Buf, s...)
}

func (e *Encoder) bytes(b []byte) {
	switch n := len(b); {
	case n <= math.MaxUint8:
		e.Buf = append(e.Buf, 0xCC, byte(n))
	case n <= math.MaxUint16:
		e.Buf = binary.BigEndian.AppendUint16(append(e.Buf, 0xCD), uint16(n))
	default:
		e.Buf = binary.BigEndian.AppendUint32(append(e.Buf, 0xCE), uint32(n))
	}
	e.Buf = append(e.Buf, b...)
}

// header appends the marker of a string, list or map of n items: tiny
// (base|n) up to 15, then 8, 16 and 32-bit sizes (long8, long8+1, long8+2).
func (e *Encoder) header(tiny, long8 byte, n int) {
	switch {
	case n <= 15:
		e.Buf = append(e.Buf, tiny|byte(n))
	case n <= math.MaxUint8:
		e.Buf = append(e.Buf, long8, byte(n))
	case n <= math.MaxUint16:
		e.Buf = binary.BigEndian.AppendUint16(append(e.Buf, long8+1), uint16(n))
	default:
		e.Buf = binary.BigEndian.AppendUint32(append(e.Buf, long8+2), uint32(n))
	}
}

// Decode reads one value from the front of b and returns it with the bytes
// that follow it. It never panics: malformed, truncated or too deeply nested
// input is an error.
func Decode(b []byte) (any, []byte, error) {
	d := decoder{b: b}
	v, err := d.value(0)
	if err != nil {
		return nil, nil, err
	}
	return v, d.b, nil
}

type decoder struct{ b []byte }

func (d *decoder) take(n int) ([]byte, error) {
	if n < 0 || len(d.b) < n {
		return nil, ErrTruncated
	}
	p := d.b[:n]
	d.b = d.b[n:]
	return p, nil
}

func (d *decoder) size(width int) (int, error) {
	p, err := d.take(width)
	if err != nil {
		return 0, err
	}
	switch width {
	case 1:
		return int(p[0]), nil
	case 2:
		return int(binary.BigEndian.Uint16(p)), nil
	default:
		n := binary.BigEndian.Uint32(p)
		if uint64(n) > uint64(len(d.b)) { // every item takes at least one byte
			return 0, ErrTruncated
		}
		return int(n), nil
	}
}

func (d *decoder) value(depth int) (any, error) {
	if depth > MaxDepth {
		return nil, fmt.Errorf("packstream: values nested deeper than %d", MaxDepth)
	}
	p, err := d.take(1)
	if err != nil {
		return nil, err
	}
	m := p[0]
	switch {
	case m <= 0x7F:
		return int64(m), nil
	case m >= 0xF0:
		return int64(int8(m)), nil
	case m&0xF0 == 0x80:
		return d.str(int(m & 0x0F))
	case m&0xF0 == 0x90:
		return d.list(int(m&0x0F), depth)
	case m&0xF0 == 0xA0:
		return d.dict(int(m&0x0F), depth)
	case m&0xF0 == 0xB0:
		return d.structure(int(m&0x0F), depth)
	}
	switch m {
	case 0xC0:
		return nil, nil
	case 0xC1:
		p, err := d.take(8)
		if err != nil {
			return nil, err
		}
		return math.Float64frombits(binary.BigEndian.Uint64(p)), nil
	case 0xC2:
		return false, nil
	case 0xC3:
		return true, nil
	case 0xC8, 0xC9, 0xCA, 0xCB:
		w := 1 << (m - 0xC8)
		p, err := d.take(w)
		if err != nil {
			return nil, err
		}
		switch w {
		case 1:
			return int64(int8(p[0])), nil
		case 2:
			return int64(int16(binary.BigEndian.Uint16(p))), nil
		case 4:
			return int64(int32(binary.BigEndian.Uint32(p))), nil
		default:
			return int64(binary.BigEndian.Uint64(p)), nil
		}
	case 0xCC, 0xCD, 0xCE:
		n, err := d.size(1 << (m - 0xCC))
		if err != nil {
			return nil, err
		}
		p, err := d.take(n)
		if err != nil {
			return nil, err
		}
		return append([]byte(nil), p...), nil
	case 0xD0, 0xD1, 0xD2:
		n, err := d.size(1 << (m - 0xD0))
		if err != nil {
			return nil, err
		}
		return d.str(n)
	case 0xD4, 0xD5, 0xD6:
		n, err := d.size(1 << (m - 0xD4))
		if err != nil {
			return nil, err
		}
		return d.list(n, depth)
	case 0xD8, 0xD9, 0xDA:
		n, err := d.size(1 << (m - 0xD8))
		if err != nil {
			return nil, err
		}
		return d.dict(n, depth)
	}
	return nil, fmt.Errorf("packstream: unknown marker 0x%02X", m)
}

func (d *decoder) str(n int) (any, error) {
	p, err := d.take(n)
	if err != nil {
		return nil, err
	}
	return string(p), nil
}

func (d *decoder) list(n, depth int) (any, error) {
	if n > len(d.b) {
		return nil, ErrTruncated
	}
	l := make([]any, n)
	for i := range l {
		v, err := d.value(depth + 1)
		if err != nil {
			return nil, err
		}
		l[i] = v
	}
	return l, nil
}

func (d *decoder) dict(n, depth int) (any, error) {
	if 2*n > len(d.b) {
		return nil, ErrTruncated
	}
	m := make(map[string]any, n)
	for range n {
		k, err := d.value(depth + 1)
		if err != nil {
			return nil, err
		}
		ks, ok := k.(string)
		if !ok {
			return nil, fmt.Errorf("packstream: dictionary key of type %T", k)
		}
		v, err := d.value(depth + 1)
		if err != nil {
			return nil, err
		}
		m[ks] = v
	}
	return m, nil
}

func (d *decoder) structure(n, depth int) (any, error) {
	p, err := d.take(1)
	if err != nil {
		return nil, err
	}
	s := Struct{Tag: p[0], Fields: make([]any, n)}
	for i := range s.Fields {
		v, err := d.value(depth + 1)
		if err != nil {
			return nil, err
		}
		s.Fields[i] = v
	}
	return s, nil
}
