package packstream

import (
	"encoding/binary"
	"fmt"
	"io"
)

// maxChunk is the largest chunk Bolt allows.
const maxChunk = 0xFFFF

// ReadMessage reads one chunked Bolt message from r: chunks of a 2-byte
// big-endian size and that many bytes, ended by a zero-size chunk. Empty
// chunks before a message (keep-alive NOOPs) are skipped. A message longer
// than limit bytes is an error.
func ReadMessage(r io.Reader, limit int) ([]byte, error) {
	var msg []byte
	var hdr [2]byte
	for {
		if _, err := io.ReadFull(r, hdr[:]); err != nil {
			return nil, err
		}
		n := int(binary.BigEndian.Uint16(hdr[:]))
		if n == 0 {
			if len(msg) == 0 {
				continue // NOOP
			}
			return msg, nil
		}
		if len(msg)+n > limit {
			return nil, fmt.Errorf("bolt message longer than %d bytes", limit)
		}
		start := len(msg)
		msg = append(msg, make([]byte, n)...)
		if _, err := io.ReadFull(r, msg[start:]); err != nil {
			return nil, err
		}
	}
}

// AppendMessage appends msg to buf as chunks followed by the end marker.
func AppendMessage(buf, msg []byte) []byte {
	for len(msg) > 0 {
		n := min(len(msg), maxChunk)
		buf = binary.BigEndian.AppendUint16(buf, uint16(n))
		buf = append(buf, msg[:n]...)
		msg = msg[n:]
	}
	return append(buf, 0, 0)
}
