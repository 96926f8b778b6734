// Package bufio (golite): buffered Reader, Writer and ReadWriter, in Go on
// top of io, with Go's buffer sizes and error values. Scanner is in
// scan.go.
//
// Programs can observe how a buffered reader or writer calls the one it
// wraps (how many calls, with which buffer sizes, when errors surface), so
// every method follows Go's behaviour in those respects.
package bufio

import (
	"bytes"
	"errors"
	"io"
	"unicode/utf8"
)

const (
	stdSize = 4096
	// smallestReader is the smallest buffer NewReaderSize makes.
	smallestReader = 16
	// emptyReadLimit is how many (0, nil) Reads in a row count
	// as io.ErrNoProgress.
	emptyReadLimit = 100
)

// The errors of buffered readers and writers.
var (
	ErrInvalidUnreadByte = failure("invalid use of UnreadByte")
	ErrInvalidUnreadRune = failure("invalid use of UnreadRune")
	ErrBufferFull        = failure("buffer full")
	ErrNegativeCount     = failure("negative count")

	errBadReadCount  = failure("reader returned negative count from Read")
	errBadWriteCount = failure("writer returned negative count from Write")
)

// failure makes an error of the package.
func failure(what string) error { return errors.New("bufio: " + what) }

// Reader adds a buffer to an io.Reader. Its fields are Go's:
type Reader struct {
	buf  []byte
	rd   io.Reader
	r, w int   // the buffered bytes are buf[r:w]
	err  error // the wrapped reader's error, not yet returned
	// The last byte read and the size of the last ReadRune, for
	// UnreadByte and UnreadRune; -1 when they may not be undone.
	lastByte, lastRuneSize int
}

// NewReaderSize returns a Reader with a buffer of at least size bytes (and
// at least 16) reading rd; if rd is already such a Reader, it returns rd.
func NewReaderSize(rd io.Reader, size int) *Reader {
	if b, ok := rd.(*Reader); ok && len(b.buf) >= size {
		return b
	}
	b := &Reader{}
	b.attach(make([]byte, max(size, smallestReader)), rd)
	return b
}

// NewReader returns a Reader with a 4096-byte buffer reading rd.
func NewReader(rd io.Reader) *Reader { return NewReaderSize(rd, stdSize) }

// attach makes b an empty Reader of rd using buf.
func (b *Reader) attach(buf []byte, rd io.Reader) {
	*b = Reader{buf: buf, rd: rd, lastByte: -1, lastRuneSize: -1}
}

// Reset drops everything buffered and makes b read r (giving the zero
// Reader a 4096-byte buffer). Resetting b to itself does nothing.
func (b *Reader) Reset(r io.Reader) {
	if b != r {
		b.attach(orDefault(b.buf), r)
	}
}

// orDefault returns buf, or a new buffer of the default size if buf is
// nil.
func orDefault(buf []byte) []byte {
	if buf == nil {
		return make([]byte, stdSize)
	}
	return buf
}

// Size returns the buffer's size.
func (b *Reader) Size() int { return len(b.buf) }

// Buffered returns how many bytes can be read without reading rd.
func (b *Reader) Buffered() int { return b.w - b.r }

// noUndo makes the next UnreadByte and UnreadRune fail.
func (b *Reader) noUndo() { b.lastByte, b.lastRuneSize = -1, -1 }

// takeErr returns the pending error of rd and clears it.
func (b *Reader) takeErr() error {
	err := b.err
	b.err = nil
	return err
}

// refill moves the buffered bytes to the front of the buffer and reads
// once more into the space after them, retrying reads that return no
// bytes and no error up to 100 times (then the error is io.ErrNoProgress).
// The buffer must not be full.
func (b *Reader) refill() {
	if b.r > 0 {
		b.w = copy(b.buf, b.buf[b.r:b.w])
		b.r = 0
	}
	if b.w >= len(b.buf) {
		panic("bufio: tried to fill full buffer")
	}
	for try := 0; try < emptyReadLimit; try++ {
		n, err := b.rd.Read(b.buf[b.w:])
		if n < 0 {
			panic(errBadReadCount)
		}
		b.w += n
		switch {
		case err != nil:
			b.err = err
			return
		case n > 0:
			return
		}
	}
	b.err = io.ErrNoProgress
}

// Peek returns the next n bytes without consuming them, reading rd until
// they are buffered or it fails. With fewer than n bytes it also returns
// the reason: rd's error, or ErrBufferFull when n is more than the buffer
// holds.
func (b *Reader) Peek(n int) ([]byte, error) {
	if n < 0 {
		return nil, ErrNegativeCount
	}
	b.noUndo()
	for b.Buffered() < n && b.Buffered() < len(b.buf) && b.err == nil {
		b.refill()
	}
	if n > len(b.buf) {
		return b.buf[b.r:b.w], ErrBufferFull
	}
	if have := b.Buffered(); have < n {
		err := b.takeErr()
		if err == nil {
			err = ErrBufferFull
		}
		return b.buf[b.r:b.w], err
	}
	return b.buf[b.r : b.r+n], nil
}

// Discard skips n bytes and returns how many it skipped, with rd's error
// if that is fewer.
func (b *Reader) Discard(n int) (discarded int, err error) {
	switch {
	case n < 0:
		return 0, ErrNegativeCount
	case n == 0:
		return 0, nil
	}
	b.noUndo()
	for discarded < n {
		if b.Buffered() == 0 {
			b.refill()
		}
		step := min(b.Buffered(), n-discarded)
		b.r += step
		discarded += step
		if discarded < n && b.err != nil {
			return discarded, b.takeErr()
		}
	}
	return n, nil
}

// Read reads into p from the buffer, or with at most one Read of rd when
// the buffer is empty (straight into p if p is at least as large as the
// buffer). At the end it returns 0 and io.EOF.
func (b *Reader) Read(p []byte) (n int, err error) {
	if len(p) == 0 {
		if b.Buffered() > 0 {
			return 0, nil
		}
		return 0, b.takeErr()
	}
	if b.Buffered() == 0 {
		if b.err != nil {
			return 0, b.takeErr()
		}
		if len(p) >= len(b.buf) {
			return b.readDirect(p)
		}
		b.r, b.w = 0, 0
		n, b.err = b.rd.Read(b.buf)
		if n < 0 {
			panic(errBadReadCount)
		}
		if n == 0 {
			return 0, b.takeErr()
		}
		b.w = n
	}
	n = copy(p, b.buf[b.r:b.w])
	b.r += n
	b.lastByte, b.lastRuneSize = int(b.buf[b.r-1]), -1
	return n, nil
}

// readDirect reads from rd into p, bypassing the empty buffer.
func (b *Reader) readDirect(p []byte) (int, error) {
	n, err := b.rd.Read(p)
	if n < 0 {
		panic(errBadReadCount)
	}
	if n > 0 {
		b.lastByte, b.lastRuneSize = int(p[n-1]), -1
	}
	return n, err
}

// ReadByte returns the next byte, or rd's error.
func (b *Reader) ReadByte() (byte, error) {
	b.lastRuneSize = -1
	for b.Buffered() == 0 && b.err == nil {
		b.refill()
	}
	if b.Buffered() == 0 {
		return 0, b.takeErr()
	}
	b.lastByte = int(b.buf[b.r])
	b.r++
	return byte(b.lastByte), nil
}

// UnreadByte puts back the last byte read by the last read operation.
func (b *Reader) UnreadByte() error {
	switch {
	case b.lastByte < 0, b.r == 0 && b.w > 0:
		return ErrInvalidUnreadByte
	case b.r > 0:
		b.r--
	default:
		b.w = 1 // the buffer was empty: it now holds that byte
	}
	b.buf[b.r] = byte(b.lastByte)
	b.noUndo()
	return nil
}

// ReadRune decodes the next UTF-8 sequence (an invalid byte reads as
// U+FFFD of size 1), reading rd until a whole one is buffered, or returns
// rd's error.
func (b *Reader) ReadRune() (r rune, size int, err error) {
	for b.err == nil && b.Buffered() < len(b.buf) && b.r+utf8.UTFMax > b.w && !utf8.FullRune(b.buf[b.r:b.w]) {
		b.refill()
	}
	b.lastRuneSize = -1
	if b.Buffered() == 0 {
		return 0, 0, b.takeErr()
	}
	r, size = utf8.DecodeRune(b.buf[b.r:b.w])
	b.r += size
	b.lastByte, b.lastRuneSize = int(b.buf[b.r-1]), size
	return r, size, nil
}

// UnreadRune puts back the rune the last operation, a ReadRune, read.
func (b *Reader) UnreadRune() error {
	back := b.lastRuneSize // -1 unless the last operation was a ReadRune
	if back < 0 || back > b.r {
		return ErrInvalidUnreadRune
	}
	b.r -= back
	b.noUndo()
	return nil
}

// ReadSlice returns the bytes up to and including the next delim, as a
// view of the buffer valid until the next read. Without a delim it
// returns what is buffered and either rd's error or, if the buffer filled
// up, ErrBufferFull.
func (b *Reader) ReadSlice(delim byte) (line []byte, err error) {
	searched := 0 // buffered bytes known to hold no delim
	end := -1     // where the slice ends, once known
	for end < 0 {
		if i := bytes.IndexByte(b.buf[b.r+searched:b.w], delim); i >= 0 {
			end = b.r + searched + i + 1
		} else if b.err != nil {
			end, err = b.w, b.takeErr()
		} else if b.Buffered() >= len(b.buf) {
			end, err = b.w, ErrBufferFull
		} else {
			searched = b.Buffered()
			b.refill()
		}
	}
	line = b.buf[b.r:end]
	b.r = end
	if len(line) > 0 {
		b.lastByte, b.lastRuneSize = int(line[len(line)-1]), -1
	}
	return line, err
}

// ReadLine returns the next line without its "\n" or "\r\n", as a view of
// the buffer. A line longer than the buffer comes in pieces, all but the
// last with isPrefix set. At the end of the input it returns rd's error
// (and no line).
func (b *Reader) ReadLine() (line []byte, isPrefix bool, err error) {
	line, err = b.ReadSlice('\n')
	if err == ErrBufferFull {
		// Keep a '\r' that ends the piece for the next call: it may start
		// a "\r\n".
		if n := len(line); n > 0 && line[n-1] == '\r' {
			if b.r == 0 {
				panic("bufio: tried to rewind past start of buffer")
			}
			b.r--
			line = line[:n-1]
		}
		return line, true, nil
	}
	if len(line) == 0 {
		if err != nil {
			line = nil
		}
		return line, false, err
	}
	if bytes.HasSuffix(line, []byte("\r\n")) {
		line = line[:len(line)-2]
	} else if line[len(line)-1] == '\n' {
		line = line[:len(line)-1]
	}
	return line, false, nil
}

// upTo reads up to and including the next delim through ReadSlice,
// copying each full buffer it passes; it returns those copies, the last
// piece (a view of the buffer) and their total length.
func (b *Reader) upTo(delim byte) (full [][]byte, last []byte, total int, err error) {
	for {
		piece, e := b.ReadSlice(delim)
		total += len(piece)
		if e != ErrBufferFull {
			return full, piece, total, e
		}
		full = append(full, bytes.Clone(piece))
	}
}

// ReadBytes returns a new slice holding the bytes up to and including the
// next delim, or up to rd's error (returned too).
func (b *Reader) ReadBytes(delim byte) ([]byte, error) {
	full, last, total, err := b.upTo(delim)
	out := make([]byte, 0, total)
	for _, piece := range full {
		out = append(out, piece...)
	}
	return append(out, last...), err
}

// ReadString is ReadBytes returning a string.
func (b *Reader) ReadString(delim byte) (string, error) {
	line, err := b.ReadBytes(delim)
	return string(line), err
}

// flushTo writes the buffered bytes to w and consumes what it took.
func (b *Reader) flushTo(w io.Writer) (int64, error) {
	n, err := w.Write(b.buf[b.r:b.w])
	if n >= 0 {
		b.r += n
		return int64(n), err
	}
	panic(errBadWriteCount)
}

// WriteTo writes what is buffered to w, then the rest of rd: through rd's
// WriteTo or w's ReadFrom if either exists, otherwise by filling and
// writing the buffer until rd's error (io.EOF is not returned).
func (b *Reader) WriteTo(w io.Writer) (n int64, err error) {
	b.noUndo()
	if b.Buffered() > 0 {
		if n, err = b.flushTo(w); err != nil {
			return n, err
		}
	}
	if wt, ok := b.rd.(io.WriterTo); ok {
		m, err := wt.WriteTo(w)
		return n + m, err
	}
	if rf, ok := w.(io.ReaderFrom); ok {
		m, err := rf.ReadFrom(b.rd)
		return n + m, err
	}
	if b.Buffered() < len(b.buf) {
		b.refill()
	}
	for b.Buffered() > 0 {
		m, err := b.flushTo(w)
		n += m
		if err != nil {
			return n, err
		}
		b.refill()
	}
	if b.err == io.EOF {
		b.err = nil
	}
	return n, b.takeErr()
}

// Writer adds a buffer to an io.Writer. After a write to it fails, the
// Writer keeps returning that error. Flush must be called at the end. Its
// fields are Go's:
type Writer struct {
	err error // the first write error
	buf []byte
	n   int // buf[:n] is waiting to be written
	wr  io.Writer
}

// NewWriterSize returns a Writer with a buffer of size bytes (4096 if size
// is not positive) writing to w; if w is already a Writer with a buffer at
// least that large, it returns w.
func NewWriterSize(w io.Writer, size int) *Writer {
	if bw, ok := w.(*Writer); ok && len(bw.buf) >= size {
		return bw
	}
	if size <= 0 {
		size = stdSize
	}
	return &Writer{buf: make([]byte, size), wr: w}
}

// NewWriter returns a Writer with a 4096-byte buffer writing to w.
func NewWriter(w io.Writer) *Writer { return NewWriterSize(w, stdSize) }

// Reset drops what is buffered and any error and makes b write to w
// (giving the zero Writer a 4096-byte buffer). Resetting b to itself does
// nothing.
func (b *Writer) Reset(w io.Writer) {
	if b != w {
		*b = Writer{buf: orDefault(b.buf), wr: w}
	}
}

// Size returns the buffer's size.
func (b *Writer) Size() int { return len(b.buf) }

// Buffered returns how many bytes are waiting to be written.
func (b *Writer) Buffered() int { return b.n }

// Available returns how many more bytes fit in the buffer.
func (b *Writer) Available() int { return len(b.buf) - b.n }

// AvailableBuffer returns an empty slice over the free part of the buffer,
// to append to and pass to the next Write.
func (b *Writer) AvailableBuffer() []byte { return b.buf[b.n:b.n] }

// Flush writes what is buffered to the underlying writer. On a failure
// (a short write is io.ErrShortWrite) the unwritten bytes stay buffered
// and the error sticks.
func (b *Writer) Flush() error {
	if b.err != nil || b.n == 0 {
		return b.err
	}
	n, err := b.wr.Write(b.buf[:b.n])
	if err == nil && n < b.n {
		err = io.ErrShortWrite
	}
	if err == nil {
		b.n = 0
		return nil
	}
	if 0 < n && n < b.n {
		copy(b.buf, b.buf[n:b.n])
	}
	b.n -= n
	b.err = err
	return err
}

// Write buffers p, writing full buffers as it goes; a p larger than the
// free space while nothing is buffered is written directly. It returns
// how much of p was taken and, if not all, why.
func (b *Writer) Write(p []byte) (nn int, err error) {
	for b.err == nil && len(p) > b.Available() {
		var n int
		if b.n == 0 {
			n, b.err = b.wr.Write(p)
		} else {
			n = b.put(p)
			b.Flush()
		}
		nn += n
		p = p[n:]
	}
	if b.err != nil {
		return nn, b.err
	}
	return nn + b.put(p), nil
}

// put copies what fits of p into the buffer and returns how much.
func (b *Writer) put(p []byte) int {
	n := copy(b.buf[b.n:], p)
	b.n += n
	return n
}

// putString is put for a string.
func (b *Writer) putString(s string) int {
	n := copy(b.buf[b.n:], s)
	b.n += n
	return n
}

// WriteString is Write for a string; the direct write uses the underlying
// writer's WriteString, and without one large strings go through the
// buffer.
func (b *Writer) WriteString(s string) (int, error) {
	nn := 0
	sw, direct := b.wr.(io.StringWriter)
	for b.err == nil && len(s) > b.Available() {
		var n int
		if b.n == 0 && direct {
			n, b.err = sw.WriteString(s)
		} else {
			n = b.putString(s)
			b.Flush()
		}
		nn += n
		s = s[n:]
	}
	if b.err != nil {
		return nn, b.err
	}
	return nn + b.putString(s), nil
}

// WriteByte buffers c, flushing first if the buffer is full.
func (b *Writer) WriteByte(c byte) error {
	if b.err == nil && b.Available() <= 0 {
		b.Flush()
	}
	if b.err != nil {
		return b.err
	}
	b.buf[b.n] = c
	b.n++
	return nil
}

// WriteRune buffers the UTF-8 encoding of r (U+FFFD if r is invalid) and
// returns its length.
func (b *Writer) WriteRune(r rune) (size int, err error) {
	if 0 <= r && r < utf8.RuneSelf {
		if err := b.WriteByte(byte(r)); err != nil {
			return 0, err
		}
		return 1, nil
	}
	if b.err != nil {
		return 0, b.err
	}
	if b.Available() < utf8.UTFMax {
		if b.Flush(); b.err != nil {
			return 0, b.err
		}
		if b.Available() < utf8.UTFMax {
			// Only a tiny buffer gets here.
			return b.WriteString(string(r))
		}
	}
	size = utf8.EncodeRune(b.buf[b.n:], r)
	b.n += size
	return size, nil
}

// ReadFrom reads r into the buffer until r's error, writing the buffer
// whenever it is full; when the buffer is empty and the underlying writer
// has a ReadFrom method, the rest is left to that. io.EOF is not
// returned, but a full buffer at io.EOF is flushed.
func (b *Writer) ReadFrom(r io.Reader) (n int64, err error) {
	if b.err != nil {
		return 0, b.err
	}
	rf, hasReadFrom := b.wr.(io.ReaderFrom)
	for {
		if b.Available() == 0 {
			if ferr := b.Flush(); ferr != nil {
				return n, ferr
			}
		}
		if hasReadFrom && b.n == 0 {
			m, err := rf.ReadFrom(r)
			b.err = err
			return n + m, err
		}
		m, rerr, progress := b.readSome(r)
		if !progress {
			return n, io.ErrNoProgress
		}
		b.n += m
		n += int64(m)
		if rerr == io.EOF {
			if b.Available() == 0 {
				return n, b.Flush()
			}
			return n, nil
		}
		if rerr != nil {
			return n, rerr
		}
	}
}

// readSome reads from r into the free part of the buffer, retrying reads
// that return nothing (and no error) up to 100 times; progress is false
// if all of them did.
func (b *Writer) readSome(r io.Reader) (n int, err error, progress bool) {
	for try := 0; try < emptyReadLimit; try++ {
		n, err = r.Read(b.buf[b.n:])
		if n != 0 || err != nil {
			return n, err, true
		}
	}
	return 0, nil, false
}

// ReadWriter pairs a Reader and a Writer.
type ReadWriter struct {
	*Reader
	*Writer
}

// NewReadWriter returns a ReadWriter of r and w.
func NewReadWriter(r *Reader, w *Writer) *ReadWriter { return &ReadWriter{Reader: r, Writer: w} }
