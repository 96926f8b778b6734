// Package binary (golite, encoding/binary): byte orders, varints, and
// reading and writing fixed-size values, in Go. Read, Write, Size, Append,
// Encode and Decode handle the fixed-size basic types, pointers to them
// and slices of them (golite has no reflection for structs).
package binary

import (
	"errors"
	"fmt"
	"io"
	"math"
)

// ByteOrder converts between byte slices and unsigned integers.
type ByteOrder interface {
	Uint16([]byte) uint16
	Uint32([]byte) uint32
	Uint64([]byte) uint64
	PutUint16([]byte, uint16)
	PutUint32([]byte, uint32)
	PutUint64([]byte, uint64)
	String() string
}

// AppendByteOrder appends unsigned integers to byte slices.
type AppendByteOrder interface {
	AppendUint16([]byte, uint16) []byte
	AppendUint32([]byte, uint32) []byte
	AppendUint64([]byte, uint64) []byte
	String() string
}

// LittleEndian is the little-endian ByteOrder and AppendByteOrder.
var LittleEndian littleEndian

// BigEndian is the big-endian ByteOrder and AppendByteOrder.
var BigEndian bigEndian

// NativeEndian is the machine's byte order (little-endian here).
var NativeEndian nativeEndian

type littleEndian struct{}

type bigEndian struct{}

type nativeEndian struct {
	littleEndian
}

func (littleEndian) Uint16(b []byte) uint16 {
	_ = b[1]
	return uint16(b[0]) | uint16(b[1])<<8
}

func (littleEndian) Uint32(b []byte) uint32 {
	_ = b[3]
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

func (littleEndian) Uint64(b []byte) uint64 {
	_ = b[7]
	var v uint64
	for i := 7; i >= 0; i-- {
		v = v<<8 | uint64(b[i])
	}
	return v
}

func (littleEndian) PutUint16(b []byte, v uint16) {
	_ = b[1]
	b[0] = byte(v)
	b[1] = byte(v >> 8)
}

func (littleEndian) PutUint32(b []byte, v uint32) {
	_ = b[3]
	for i := 0; i < 4; i++ {
		b[i] = byte(v >> (8 * uint(i)))
	}
}

func (littleEndian) PutUint64(b []byte, v uint64) {
	_ = b[7]
	for i := 0; i < 8; i++ {
		b[i] = byte(v >> (8 * uint(i)))
	}
}

func (littleEndian) AppendUint16(b []byte, v uint16) []byte {
	return append(b, byte(v), byte(v>>8))
}

func (littleEndian) AppendUint32(b []byte, v uint32) []byte {
	return append(b, byte(v), byte(v>>8), byte(v>>16), byte(v>>24))
}

func (littleEndian) AppendUint64(b []byte, v uint64) []byte {
	for i := 0; i < 8; i++ {
		b = append(b, byte(v>>(8*uint(i))))
	}
	return b
}

func (littleEndian) String() string { return "LittleEndian" }

func (littleEndian) GoString() string { return "binary.LittleEndian" }

func (nativeEndian) String() string { return "NativeEndian" }

func (nativeEndian) GoString() string { return "binary.NativeEndian" }

func (bigEndian) Uint16(b []byte) uint16 {
	_ = b[1]
	return uint16(b[1]) | uint16(b[0])<<8
}

func (bigEndian) Uint32(b []byte) uint32 {
	_ = b[3]
	return uint32(b[3]) | uint32(b[2])<<8 | uint32(b[1])<<16 | uint32(b[0])<<24
}

func (bigEndian) Uint64(b []byte) uint64 {
	_ = b[7]
	var v uint64
	for i := 0; i < 8; i++ {
		v = v<<8 | uint64(b[i])
	}
	return v
}

func (bigEndian) PutUint16(b []byte, v uint16) {
	_ = b[1]
	b[0] = byte(v >> 8)
	b[1] = byte(v)
}

func (bigEndian) PutUint32(b []byte, v uint32) {
	_ = b[3]
	for i := 0; i < 4; i++ {
		b[i] = byte(v >> (24 - 8*uint(i)))
	}
}

func (bigEndian) PutUint64(b []byte, v uint64) {
	_ = b[7]
	for i := 0; i < 8; i++ {
		b[i] = byte(v >> (56 - 8*uint(i)))
	}
}

func (bigEndian) AppendUint16(b []byte, v uint16) []byte {
	return append(b, byte(v>>8), byte(v))
}

func (bigEndian) AppendUint32(b []byte, v uint32) []byte {
	return append(b, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func (bigEndian) AppendUint64(b []byte, v uint64) []byte {
	for i := 0; i < 8; i++ {
		b = append(b, byte(v>>(56-8*uint(i))))
	}
	return b
}

func (bigEndian) String() string { return "BigEndian" }

func (bigEndian) GoString() string { return "binary.BigEndian" }

// The most bytes a varint of each size can take.
const (
	MaxVarintLen16 = 3
	MaxVarintLen32 = 5
	MaxVarintLen64 = 10
)

// AppendUvarint appends the varint encoding of x to buf.
func AppendUvarint(buf []byte, x uint64) []byte {
	for x >= 0x80 {
		buf = append(buf, byte(x)|0x80)
		x >>= 7
	}
	return append(buf, byte(x))
}

// PutUvarint writes the varint encoding of x to buf, which must be large
// enough, and returns the number of bytes written.
func PutUvarint(buf []byte, x uint64) int {
	i := 0
	for x >= 0x80 {
		buf[i] = byte(x) | 0x80
		x >>= 7
		i++
	}
	buf[i] = byte(x)
	return i + 1
}

// Uvarint decodes a varint from the start of buf and returns it with the
// number of bytes read: n == 0 when buf is too short, n < 0 (the value 0
// and -n bytes read) when the value overflows 64 bits.
func Uvarint(buf []byte) (uint64, int) {
	var x uint64
	var shift uint
	for i, b := range buf {
		if i == MaxVarintLen64 {
			return 0, -(i + 1)
		}
		if b < 0x80 {
			if i == MaxVarintLen64-1 && b > 1 {
				return 0, -(i + 1)
			}
			return x | uint64(b)<<shift, i + 1
		}
		x |= uint64(b&0x7f) << shift
		shift += 7
	}
	return 0, 0
}

// zigzag maps signed to unsigned so that small magnitudes stay small.
func zigzag(x int64) uint64 {
	u := uint64(x) << 1
	if x < 0 {
		u = ^u
	}
	return u
}

func unzigzag(u uint64) int64 {
	x := int64(u >> 1)
	if u&1 != 0 {
		x = ^x
	}
	return x
}

// AppendVarint appends the zig-zag varint encoding of x to buf.
func AppendVarint(buf []byte, x int64) []byte { return AppendUvarint(buf, zigzag(x)) }

// PutVarint writes the zig-zag varint encoding of x to buf and returns the
// number of bytes written.
func PutVarint(buf []byte, x int64) int { return PutUvarint(buf, zigzag(x)) }

// Varint decodes a zig-zag varint from buf; n is as for Uvarint.
func Varint(buf []byte) (int64, int) {
	u, n := Uvarint(buf)
	return unzigzag(u), n
}

var errOverflow = errors.New("binary: varint overflows a 64-bit integer")

// ReadUvarint reads a varint from r. It returns io.EOF only when no byte
// was read, and io.ErrUnexpectedEOF for an EOF inside the varint.
func ReadUvarint(r io.ByteReader) (uint64, error) {
	var x uint64
	var shift uint
	for i := 0; i < MaxVarintLen64; i++ {
		b, err := r.ReadByte()
		if err != nil {
			if i > 0 && err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return x, err
		}
		if b < 0x80 {
			if i == MaxVarintLen64-1 && b > 1 {
				return x, errOverflow
			}
			return x | uint64(b)<<shift, nil
		}
		x |= uint64(b&0x7f) << shift
		shift += 7
	}
	return x, errOverflow
}

// ReadVarint reads a zig-zag varint from r.
func ReadVarint(r io.ByteReader) (int64, error) {
	u, err := ReadUvarint(r)
	return unzigzag(u), err
}

// Size returns how many bytes Write would produce for v, or -1 when v is
// not a fixed-size value golite supports.
func Size(v any) int {
	switch d := v.(type) {
	case bool, int8, uint8, *bool, *int8, *uint8:
		return 1
	case int16, uint16, *int16, *uint16:
		return 2
	case int32, uint32, float32, *int32, *uint32, *float32:
		return 4
	case int64, uint64, float64, *int64, *uint64, *float64:
		return 8
	case []bool:
		return len(d)
	case []int8:
		return len(d)
	case []uint8:
		return len(d)
	case []int16:
		return 2 * len(d)
	case []uint16:
		return 2 * len(d)
	case []int32:
		return 4 * len(d)
	case []uint32:
		return 4 * len(d)
	case []float32:
		return 4 * len(d)
	case []int64:
		return 8 * len(d)
	case []uint64:
		return 8 * len(d)
	case []float64:
		return 8 * len(d)
	}
	return -1
}

// put appends the n-byte unsigned value v to b in the given order.
func put(b []byte, order ByteOrder, v uint64, n int) []byte {
	var tmp [8]byte
	switch n {
	case 1:
		return append(b, byte(v))
	case 2:
		order.PutUint16(tmp[:], uint16(v))
	case 4:
		order.PutUint32(tmp[:], uint32(v))
	default:
		order.PutUint64(tmp[:], v)
	}
	return append(b, tmp[:n]...)
}

func boolByte(x bool) uint64 {
	if x {
		return 1
	}
	return 0
}

// encodeFast appends the encoding of data; ok is false for an
// unsupported type.
func encodeFast(b []byte, order ByteOrder, data any) ([]byte, bool) {
	switch v := data.(type) {
	case bool:
		return put(b, order, boolByte(v), 1), true
	case *bool:
		return put(b, order, boolByte(*v), 1), true
	case int8:
		return put(b, order, uint64(v), 1), true
	case *int8:
		return put(b, order, uint64(*v), 1), true
	case uint8:
		return put(b, order, uint64(v), 1), true
	case *uint8:
		return put(b, order, uint64(*v), 1), true
	case int16:
		return put(b, order, uint64(v), 2), true
	case *int16:
		return put(b, order, uint64(*v), 2), true
	case uint16:
		return put(b, order, uint64(v), 2), true
	case *uint16:
		return put(b, order, uint64(*v), 2), true
	case int32:
		return put(b, order, uint64(v), 4), true
	case *int32:
		return put(b, order, uint64(*v), 4), true
	case uint32:
		return put(b, order, uint64(v), 4), true
	case *uint32:
		return put(b, order, uint64(*v), 4), true
	case int64:
		return put(b, order, uint64(v), 8), true
	case *int64:
		return put(b, order, uint64(*v), 8), true
	case uint64:
		return put(b, order, v, 8), true
	case *uint64:
		return put(b, order, *v, 8), true
	case float32:
		return put(b, order, uint64(math.Float32bits(v)), 4), true
	case *float32:
		return put(b, order, uint64(math.Float32bits(*v)), 4), true
	case float64:
		return put(b, order, math.Float64bits(v), 8), true
	case *float64:
		return put(b, order, math.Float64bits(*v), 8), true
	case []bool:
		for _, x := range v {
			b = put(b, order, boolByte(x), 1)
		}
		return b, true
	case []int8:
		for _, x := range v {
			b = put(b, order, uint64(x), 1)
		}
		return b, true
	case []uint8:
		return append(b, v...), true
	case []int16:
		for _, x := range v {
			b = put(b, order, uint64(x), 2)
		}
		return b, true
	case []uint16:
		for _, x := range v {
			b = put(b, order, uint64(x), 2)
		}
		return b, true
	case []int32:
		for _, x := range v {
			b = put(b, order, uint64(x), 4)
		}
		return b, true
	case []uint32:
		for _, x := range v {
			b = put(b, order, uint64(x), 4)
		}
		return b, true
	case []int64:
		for _, x := range v {
			b = put(b, order, uint64(x), 8)
		}
		return b, true
	case []uint64:
		for _, x := range v {
			b = put(b, order, x, 8)
		}
		return b, true
	case []float32:
		for _, x := range v {
			b = put(b, order, uint64(math.Float32bits(x)), 4)
		}
		return b, true
	case []float64:
		for _, x := range v {
			b = put(b, order, math.Float64bits(x), 8)
		}
		return b, true
	}
	return b, false
}

// get reads the n-byte unsigned value at the start of b.
func get(b []byte, order ByteOrder, n int) uint64 {
	switch n {
	case 1:
		return uint64(b[0])
	case 2:
		return uint64(order.Uint16(b))
	case 4:
		return uint64(order.Uint32(b))
	}
	return order.Uint64(b)
}

// decodeFast fills the value data points to from b; ok is false for an
// unsupported type.
func decodeFast(b []byte, order ByteOrder, data any) bool {
	switch v := data.(type) {
	case *bool:
		*v = b[0] != 0
	case *int8:
		*v = int8(b[0])
	case *uint8:
		*v = b[0]
	case *int16:
		*v = int16(get(b, order, 2))
	case *uint16:
		*v = uint16(get(b, order, 2))
	case *int32:
		*v = int32(get(b, order, 4))
	case *uint32:
		*v = uint32(get(b, order, 4))
	case *int64:
		*v = int64(get(b, order, 8))
	case *uint64:
		*v = get(b, order, 8)
	case *float32:
		*v = math.Float32frombits(uint32(get(b, order, 4)))
	case *float64:
		*v = math.Float64frombits(get(b, order, 8))
	case []bool:
		for i := range v {
			v[i] = b[i] != 0
		}
	case []int8:
		for i := range v {
			v[i] = int8(b[i])
		}
	case []uint8:
		copy(v, b)
	case []int16:
		for i := range v {
			v[i] = int16(get(b[2*i:], order, 2))
		}
	case []uint16:
		for i := range v {
			v[i] = uint16(get(b[2*i:], order, 2))
		}
	case []int32:
		for i := range v {
			v[i] = int32(get(b[4*i:], order, 4))
		}
	case []uint32:
		for i := range v {
			v[i] = uint32(get(b[4*i:], order, 4))
		}
	case []int64:
		for i := range v {
			v[i] = int64(get(b[8*i:], order, 8))
		}
	case []uint64:
		for i := range v {
			v[i] = get(b[8*i:], order, 8)
		}
	case []float32:
		for i := range v {
			v[i] = math.Float32frombits(uint32(get(b[4*i:], order, 4)))
		}
	case []float64:
		for i := range v {
			v[i] = math.Float64frombits(get(b[8*i:], order, 8))
		}
	default:
		return false
	}
	return true
}

// readSize is Size restricted to what Read can fill (pointers and slices).
func readSize(data any) int {
	switch data.(type) {
	case bool, int8, uint8, int16, uint16, int32, uint32, int64, uint64, float32, float64:
		return -1
	}
	return Size(data)
}

// typeName describes data's type for error messages.
func typeName(data any) string {
	switch data.(type) {
	case nil:
		return "<nil>"
	}
	return fmt.Sprintf("%T", data)
}

// Read fills data (a pointer to a fixed-size value or a slice of them)
// from r in the given byte order.
func Read(r io.Reader, order ByteOrder, data any) error {
	n := readSize(data)
	if n < 0 {
		return errors.New("binary.Read: invalid type " + typeName(data))
	}
	buf := make([]byte, n)
	if _, err := io.ReadFull(r, buf); err != nil {
		return err
	}
	decodeFast(buf, order, data)
	return nil
}

// Write writes the encoding of data (a fixed-size value, a pointer to one
// or a slice of them) to w in the given byte order.
func Write(w io.Writer, order ByteOrder, data any) error {
	b, ok := encodeFast(nil, order, data)
	if !ok {
		return errors.New("binary.Write: some values are not fixed-sized in type " + typeName(data))
	}
	_, err := w.Write(b)
	return err
}

// Append appends the encoding of data to buf.
func Append(buf []byte, order ByteOrder, data any) ([]byte, error) {
	b, ok := encodeFast(buf, order, data)
	if !ok {
		return nil, errors.New("binary.Append: some values are not fixed-sized in type " + typeName(data))
	}
	return b, nil
}

// Encode writes the encoding of data into buf and returns the number of
// bytes written.
func Encode(buf []byte, order ByteOrder, data any) (int, error) {
	n := Size(data)
	if n < 0 {
		return 0, errors.New("binary.Encode: some values are not fixed-sized in type " + typeName(data))
	}
	if len(buf) < n {
		return 0, errBufferTooSmall
	}
	b, _ := encodeFast(nil, order, data)
	copy(buf, b)
	return n, nil
}

// Decode fills data from buf and returns the number of bytes used.
func Decode(buf []byte, order ByteOrder, data any) (int, error) {
	n := readSize(data)
	if n < 0 {
		return 0, errors.New("binary.Decode: invalid type " + typeName(data))
	}
	if len(buf) < n {
		return 0, errBufferTooSmall
	}
	decodeFast(buf, order, data)
	return n, nil
}

var errBufferTooSmall = errors.New("buffer too small")
