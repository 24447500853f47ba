package parse

import (
	"unicode"
	"unicode/utf8"
)

// Feature keys are 64-bit hashes. Strings are hashed once per word with
// FNV-1a over their bytes; a feature's key then combines its template id and
// its values (string hashes, tag and label numbers) FNV-style, one 64-bit
// word at a time, so that no string is built per feature.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func fnvString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

func fnvBytes(h uint64, b []byte) uint64 {
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// mix folds one value into a feature hash.
func mix(h, v uint64) uint64 {
	h ^= v
	h *= fnvPrime
	h ^= h >> 32
	return h
}

// fkey starts the hash of a feature of template t.
func fkey(t uint64) uint64 { return mix(fnvOffset, t) }

// fin makes a key usable in a table (0 marks an empty slot).
func fin(h uint64) uint64 {
	h ^= h >> 29
	if h == 0 {
		return 1
	}
	return h
}

// Special word hashes for positions outside the sentence and the root.
var (
	hashNone  = fnvString(fnvOffset, "\x00none")
	hashStart = fnvString(fnvOffset, "\x00start")
	hashEnd   = fnvString(fnvOffset, "\x00end")
	hashRoot  = fnvString(fnvOffset, "\x00root")
)

// wordInfo holds the string hashes of one word, computed once per sentence.
type wordInfo struct {
	form, lower          uint64 // normalised form, lowercased form
	suf1, suf2, suf3     uint64 // lowercased suffixes of 1-3 characters
	pre1                 uint64 // first character (cased)
	shape                uint64 // Xxxx-xx -> "Xx-x", digits d
	lastPart             uint64 // lowercased part after the last hyphen, or 0
	upper, digit, hyphen bool
}

// normRune maps typographic quotes to the ASCII ones of the treebank.
func normRune(r rune) rune {
	switch r {
	case '‘', '’', '‚', '′':
		return '\''
	case '“', '”', '„', '«', '»', '″':
		return '"'
	case '–', '—':
		return '-'
	}
	return r
}

// analyse computes w's hashes. buf is scratch space, returned for reuse.
func analyse(word string, wi *wordInfo, buf []byte) []byte {
	*wi = wordInfo{}
	buf = buf[:0]
	hf := uint64(fnvOffset)
	var (
		ends      [4]int // byte offsets of the last rune starts in buf (ring)
		nr        int
		shapeH    = uint64(fnvOffset)
		lastShape byte
		run       int
		hyph      = -1
		first     = true
	)
	for _, r := range word {
		r = normRune(r)
		if first {
			wi.upper = unicode.IsUpper(r)
			var tmp [4]byte
			n := utf8.EncodeRune(tmp[:], r)
			wi.pre1 = fnvBytes(fnvOffset, tmp[:n])
			first = false
		}
		var tmp [4]byte
		n := utf8.EncodeRune(tmp[:], r)
		hf = fnvBytes(hf, tmp[:n])
		var sc byte
		switch {
		case unicode.IsUpper(r):
			sc = 'X'
		case unicode.IsLower(r):
			sc = 'x'
		case unicode.IsDigit(r):
			sc = 'd'
			wi.digit = true
		default:
			sc = byte(r)
			if r >= 0x80 {
				sc = '*'
			}
		}
		if sc == lastShape {
			run++
		} else {
			run = 0
		}
		if run < 2 {
			shapeH ^= uint64(sc)
			shapeH *= fnvPrime
		}
		lastShape = sc
		lr := unicode.ToLower(r)
		ends[nr&3] = len(buf)
		nr++
		m := utf8.EncodeRune(tmp[:], lr)
		if lr == '-' && len(buf) > 0 {
			hyph = len(buf) + 1
		}
		buf = append(buf, tmp[:m]...)
	}
	wi.form = hf
	wi.lower = fnvBytes(fnvOffset, buf)
	wi.shape = shapeH
	suf := func(k int) uint64 {
		if nr < k {
			return fnvBytes(fnvOffset^uint64(k), buf)
		}
		return fnvBytes(fnvOffset^uint64(k), buf[ends[(nr-k)&3]:])
	}
	wi.suf1, wi.suf2, wi.suf3 = suf(1), suf(2), suf(3)
	if hyph > 0 && hyph < len(buf) {
		wi.hyphen = true
		wi.lastPart = fnvBytes(fnvOffset, buf[hyph:])
	}
	return buf
}
