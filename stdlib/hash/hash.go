// Package hash (golite, hash): the interfaces that hash functions
// implement, in Go.
package hash

import "io"

// Hash is what every hash function offers. Write adds data and never
// fails; Sum appends the hash of the data written so far to b without
// changing the state; Reset starts over; Size is the length of Sum's
// output in bytes; BlockSize is the block size the hash works in (Write
// is fastest with multiples of it).
type Hash interface {
	io.Writer
	Sum(b []byte) []byte
	Reset()
	Size() int
	BlockSize() int
}

// Hash32 is a Hash whose result also fits a uint32.
type Hash32 interface {
	Hash
	Sum32() uint32
}

// Hash64 is a Hash whose result also fits a uint64.
type Hash64 interface {
	Hash
	Sum64() uint64
}

// Cloner is a Hash whose current state can be copied into an independent
// Hash.
type Cloner interface {
	Hash
	Clone() (Cloner, error)
}

// XOF is an extendable-output function: after writing the input, any
// number of output bytes can be read. Writing after reading panics; Reset
// starts over.
type XOF interface {
	io.Writer
	io.Reader
	Reset()
	BlockSize() int
}
