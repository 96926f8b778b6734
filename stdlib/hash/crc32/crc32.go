// Package crc32 (golite, hash/crc32): the 32-bit cyclic redundancy check,
// table driven, in Go. Polynomials are given in reversed (LSB-first) form.
package crc32

import "hash"

// Size is the length of a CRC-32 checksum in bytes.
const Size = 4

// Well-known polynomials, reversed.
const (
	// IEEE is the polynomial of Ethernet, zip, gzip, PNG and most others.
	IEEE = 0xedb88320
	// Castagnoli is the CRC-32C polynomial (iSCSI, ext4, SCTP).
	Castagnoli = 0x82f63b78
	// Koopman's polynomial.
	Koopman = 0xeb31d82e
)

// Table is the 256-entry lookup table of one polynomial.
type Table [256]uint32

// IEEETable is the table of the IEEE polynomial.
var IEEETable = buildTable(IEEE)

// castagnoliTable is shared by every MakeTable(Castagnoli).
var castagnoliTable = buildTable(Castagnoli)

// MakeTable returns the table of the reversed polynomial poly. As in Go,
// the IEEE and Castagnoli tables are built once and shared.
func MakeTable(poly uint32) *Table {
	switch poly {
	case IEEE:
		return IEEETable
	case Castagnoli:
		return castagnoliTable
	}
	return buildTable(poly)
}

func buildTable(poly uint32) *Table {
	t := new(Table)
	for i := 0; i < 256; i++ {
		c := uint32(i)
		for k := 0; k < 8; k++ {
			if c&1 != 0 {
				c = c>>1 ^ poly
			} else {
				c >>= 1
			}
		}
		t[i] = c
	}
	return t
}

// Update returns the checksum crc extended with the bytes of p.
func Update(crc uint32, tab *Table, p []byte) uint32 {
	crc = ^crc
	for _, b := range p {
		crc = tab[byte(crc)^b] ^ crc>>8
	}
	return ^crc
}

// Checksum returns the CRC-32 of data with table tab.
func Checksum(data []byte, tab *Table) uint32 { return Update(0, tab, data) }

// ChecksumIEEE returns the CRC-32 of data with the IEEE polynomial.
func ChecksumIEEE(data []byte) uint32 { return Update(0, IEEETable, data) }

type digest struct {
	crc uint32
	tab *Table
}

// New returns a hash.Hash32 computing the CRC-32 with table tab.
func New(tab *Table) hash.Hash32 { return &digest{0, tab} }

// NewIEEE returns a hash.Hash32 computing the IEEE CRC-32.
func NewIEEE() hash.Hash32 { return New(IEEETable) }

func (d *digest) Size() int      { return Size }
func (d *digest) BlockSize() int { return 1 }
func (d *digest) Reset()         { d.crc = 0 }
func (d *digest) Sum32() uint32  { return d.crc }

func (d *digest) Write(p []byte) (n int, err error) {
	d.crc = Update(d.crc, d.tab, p)
	return len(p), nil
}

func (d *digest) Sum(in []byte) []byte {
	s := d.crc
	return append(in, byte(s>>24), byte(s>>16), byte(s>>8), byte(s))
}
