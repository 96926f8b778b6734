// Package mdhash (golite, internal): the message framing shared by MD5,
// SHA-1 and SHA-256, which all cut their input into 64-byte blocks and
// end it with the Merkle–Damgård padding: a 0x80 byte, zeros up to 56
// bytes into the last block, then the message length in bits as 8 bytes.
package mdhash

// BlockSize is the block size of the hashes using Framer, in bytes.
const BlockSize = 64

// Framer collects written bytes into whole blocks.
type Framer struct {
	buf [BlockSize]byte
	nb  int    // bytes waiting in buf
	n   uint64 // bytes written in all
}

// Reset forgets everything written.
func (f *Framer) Reset() {
	f.nb = 0
	f.n = 0
}

// Fill copies as much of p as fits into the pending block and returns
// the rest of p, and the block when it is now complete (for the caller
// to compress; it is reused by the next Fill).
func (f *Framer) Fill(p []byte) (block, rest []byte) {
	k := copy(f.buf[f.nb:], p)
	f.nb += k
	f.n += uint64(k)
	if f.nb == BlockSize {
		f.nb = 0
		return f.buf[:], p[k:]
	}
	return nil, p[k:]
}

// Padding returns the bytes that end the message written so far: 0x80,
// zeros, and the length in bits, little-endian (MD5) or big-endian (the
// SHA family). Writing them completes the last block.
func (f *Framer) Padding(littleEndian bool) []byte {
	bitLen := f.n * 8
	pad := make([]byte, 1, 2*BlockSize)
	pad[0] = 0x80
	for (f.nb+len(pad))%BlockSize != 56 {
		pad = append(pad, 0)
	}
	for i := 0; i < 8; i++ {
		shift := uint(8 * i)
		if !littleEndian {
			shift = uint(56 - 8*i)
		}
		pad = append(pad, byte(bitLen>>shift))
	}
	return pad
}

// LoadWords reads len(w) 32-bit words from p, in the given byte order.
func LoadWords(w []uint32, p []byte, littleEndian bool) {
	for i := range w {
		b := p[4*i : 4*i+4]
		if littleEndian {
			w[i] = uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
		} else {
			w[i] = uint32(b[3]) | uint32(b[2])<<8 | uint32(b[1])<<16 | uint32(b[0])<<24
		}
	}
}

// AppendWords appends the words to b in the given byte order.
func AppendWords(b []byte, words []uint32, littleEndian bool) []byte {
	for _, v := range words {
		if littleEndian {
			b = append(b, byte(v), byte(v>>8), byte(v>>16), byte(v>>24))
		} else {
			b = append(b, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
		}
	}
	return b
}
