// Package io (golite): the basic I/O interfaces and the helpers built on
// them (Copy, ReadAll, ReadFull, LimitReader, SectionReader, MultiReader,
// TeeReader, Discard, ...), all in Go. Pipe is in pipe.go.
//
// Where a helper's calls are observable (the sizes of the buffers handed
// to Read, which of WriteTo and ReadFrom Copy prefers, when errors are
// reported), they follow Go's.
package io

import "errors"

// Whence values for Seek.
const (
	SeekStart   = 0 // from the start
	SeekCurrent = 1 // from the current offset
	SeekEnd     = 2 // from the end
)

// The errors of the package.
var (
	// EOF is what Read returns when the input is over.
	EOF = errors.New("EOF")
	// ErrUnexpectedEOF reports input that ended in the middle of
	// something that needed more.
	ErrUnexpectedEOF = errors.New("unexpected EOF")
	// ErrShortWrite reports a write that took fewer bytes than offered
	// without saying why.
	ErrShortWrite = errors.New("short write")
	// ErrShortBuffer reports a buffer too small for what had to be read.
	ErrShortBuffer = errors.New("short buffer")
	// ErrNoProgress reports a Reader whose Read calls keep returning
	// neither data nor an error.
	ErrNoProgress = errors.New("multiple Read calls return no data or error")

	errBadWriteCount = errors.New("invalid write result")
	errSeekWhence    = errors.New("Seek: invalid whence")
	errSeekOffset    = errors.New("Seek: invalid offset")
)

// The single-method interfaces.
type (
	Reader interface {
		Read(p []byte) (n int, err error)
	}
	Writer interface {
		Write(p []byte) (n int, err error)
	}
	Closer interface{ Close() error }
	Seeker interface {
		Seek(offset int64, whence int) (int64, error)
	}
	ReaderAt interface {
		ReadAt(p []byte, off int64) (n int, err error)
	}
	WriterAt interface {
		WriteAt(p []byte, off int64) (n int, err error)
	}
	ReaderFrom interface {
		ReadFrom(r Reader) (n int64, err error)
	}
	WriterTo interface {
		WriteTo(w Writer) (n int64, err error)
	}
	ByteReader interface{ ReadByte() (byte, error) }
	ByteWriter interface{ WriteByte(c byte) error }
	RuneReader interface {
		ReadRune() (r rune, size int, err error)
	}
	StringWriter interface {
		WriteString(s string) (n int, err error)
	}
)

// The interfaces that combine others.
type (
	ReadWriter interface {
		Reader
		Writer
	}
	ReadCloser interface {
		Reader
		Closer
	}
	WriteCloser interface {
		Writer
		Closer
	}
	ReadWriteCloser interface {
		Reader
		Writer
		Closer
	}
	ReadSeeker interface {
		Reader
		Seeker
	}
	ReadSeekCloser interface {
		Reader
		Seeker
		Closer
	}
	WriteSeeker interface {
		Writer
		Seeker
	}
	ReadWriteSeeker interface {
		Reader
		Writer
		Seeker
	}
	// ByteScanner can also step back over the byte just read.
	ByteScanner interface {
		ByteReader
		UnreadByte() error
	}
	// RuneScanner can also step back over the rune just read.
	RuneScanner interface {
		RuneReader
		UnreadRune() error
	}
)

// WriteString writes s to w, through its WriteString method if it has one.
func WriteString(w Writer, s string) (n int, err error) {
	if sw, ok := w.(StringWriter); ok {
		return sw.WriteString(s)
	}
	return w.Write([]byte(s))
}

// ReadAtLeast reads into buf until it holds at least min bytes, calling
// Read on what is left of buf. Having min bytes makes it succeed even if
// the last Read failed. Otherwise it returns EOF if nothing was read,
// ErrUnexpectedEOF if the input ended after something was, or the Read's
// error; ErrShortBuffer if buf is shorter than min.
func ReadAtLeast(r Reader, buf []byte, min int) (n int, err error) {
	if min > len(buf) {
		return 0, ErrShortBuffer
	}
	for err == nil && n < min {
		var got int
		got, err = r.Read(buf[n:])
		n += got
	}
	switch {
	case n >= min:
		err = nil
	case err == EOF && n > 0:
		err = ErrUnexpectedEOF
	}
	return n, err
}

// ReadFull fills buf from r: ReadAtLeast(r, buf, len(buf)).
func ReadFull(r Reader, buf []byte) (n int, err error) { return ReadAtLeast(r, buf, len(buf)) }

// Copy copies src to dst until src reports EOF (which is not an error) or
// either fails, and returns how many bytes it copied. It uses src's
// WriteTo method if there is one, otherwise dst's ReadFrom, otherwise a
// 32 KiB buffer (smaller when src is a LimitedReader with less left).
func Copy(dst Writer, src Reader) (written int64, err error) { return pump(dst, src, nil) }

// CopyBuffer is Copy staging through buf when it needs a buffer (nil
// meaning allocate one). It panics if buf is non-nil but empty.
func CopyBuffer(dst Writer, src Reader, buf []byte) (written int64, err error) {
	if buf != nil && len(buf) == 0 {
		panic("empty buffer in CopyBuffer")
	}
	return pump(dst, src, buf)
}

// CopyN copies n bytes from src to dst. Fewer means an error: the one that
// stopped the copy, or EOF.
func CopyN(dst Writer, src Reader, n int64) (written int64, err error) {
	written, err = Copy(dst, LimitReader(src, n))
	switch {
	case written == n:
		err = nil
	case written < n && err == nil:
		err = EOF
	}
	return written, err
}

// pump implements Copy and CopyBuffer.
func pump(dst Writer, src Reader, buf []byte) (written int64, err error) {
	if via, ok := src.(WriterTo); ok {
		return via.WriteTo(dst)
	} else if via, ok := dst.(ReaderFrom); ok {
		return via.ReadFrom(src)
	}
	if buf == nil {
		size := int64(32 << 10)
		if lr, ok := src.(*LimitedReader); ok && lr.N < size {
			size = max(lr.N, 1)
		}
		buf = make([]byte, size)
	}
	for {
		got, rerr := src.Read(buf)
		if got > 0 {
			put, werr := dst.Write(buf[:got])
			if put < 0 || put > got {
				// An impossible count: nothing counts as written.
				put = 0
				if werr == nil {
					werr = errBadWriteCount
				}
			}
			written += int64(put)
			if werr == nil && put != got {
				werr = ErrShortWrite
			}
			if werr != nil {
				return written, werr
			}
		}
		if rerr == EOF {
			return written, nil
		}
		if rerr != nil {
			return written, rerr
		}
	}
}

// ReadAll reads r until EOF (which it does not report) or an error, and
// returns what it read. As in Go, it reads into pieces of growing size
// (512 bytes first, then 256, 384, ... rounded up to allocation sizes,
// moving to the next piece when less than a sixteenth of one is left);
// when there was more than one piece, they are joined into an exactly
// sized slice at the end.
func ReadAll(r Reader) ([]byte, error) {
	var done [][]byte // full pieces, in order
	total := 0        // bytes in done
	piece := make([]byte, 0, 512)
	nextSize := 256
	for {
		got, err := r.Read(piece[len(piece):cap(piece)])
		piece = piece[:len(piece)+got]
		if err == nil {
			if free := cap(piece) - len(piece); free < cap(piece)/16 {
				done = append(done, piece)
				total += len(piece)
				piece = allocate(nextSize)
				nextSize += nextSize / 2
			}
			continue
		}
		if err == EOF {
			err = nil
		}
		if done == nil {
			return piece, err
		}
		out := allocate(total + len(piece))
		for _, full := range done {
			out = append(out, full...)
		}
		return append(out, piece...), err
	}
}

// allocate returns an empty slice with room for n bytes, rounded up to an
// allocation size as append rounds it.
func allocate(n int) []byte {
	return append([]byte(nil), make([]byte, n)...)[:0]
}

// LimitedReader reads from R and reports EOF once it has returned N bytes
// (N counts down with each Read).
type LimitedReader struct {
	R Reader
	N int64
}

// LimitReader returns a *LimitedReader reading at most n bytes of r.
func LimitReader(r Reader, n int64) Reader { return &LimitedReader{R: r, N: n} }

func (l *LimitedReader) Read(p []byte) (n int, err error) {
	if l.N <= 0 {
		return 0, EOF
	}
	p = p[:min(int64(len(p)), l.N)]
	n, err = l.R.Read(p)
	l.N -= int64(n)
	return n, err
}

// SectionReader reads the n bytes of a ReaderAt that start at some offset,
// with Read, Seek and ReadAt.
type SectionReader struct {
	r     ReaderAt
	base  int64 // where the section starts in r
	off   int64 // the read offset in r
	limit int64 // where the section ends in r
	n     int64 // the length asked for
}

// NewSectionReader returns a SectionReader for the n bytes of r starting
// at off (the section ends at the largest int64 if off+n overflows).
func NewSectionReader(r ReaderAt, off int64, n int64) *SectionReader {
	const farthest = 1<<63 - 1
	end := int64(farthest)
	if off <= farthest-n {
		end = off + n
	}
	return &SectionReader{r: r, base: off, off: off, limit: end, n: n}
}

func (s *SectionReader) Read(p []byte) (n int, err error) {
	if s.off >= s.limit {
		return 0, EOF
	}
	// (The subtraction can overflow for sections near the int64 limits;
	// slicing then panics, as in Go.)
	if left := s.limit - s.off; int64(len(p)) > left {
		p = p[:left]
	}
	n, err = s.r.ReadAt(p, s.off)
	s.off += int64(n)
	return n, err
}

// seekFrom resolves a Seek relative to a section starting at base: the
// new absolute offset, or an error for an unknown whence (SeekEnd is
// unknown without an end) or a target before base.
func seekFrom(offset int64, whence int, base, cur int64, end *int64) (int64, error) {
	switch {
	case whence == SeekStart:
		offset += base
	case whence == SeekCurrent:
		offset += cur
	case whence == SeekEnd && end != nil:
		offset += *end
	default:
		return 0, errSeekWhence
	}
	if offset < base {
		return 0, errSeekOffset
	}
	return offset, nil
}

func (s *SectionReader) ReadAt(p []byte, off int64) (n int, err error) {
	if off < 0 || off >= s.Size() {
		return 0, EOF
	}
	at := s.base + off
	left := s.limit - at
	if int64(len(p)) <= left {
		return s.r.ReadAt(p, at)
	}
	n, err = s.r.ReadAt(p[:left], at)
	if err == nil {
		err = EOF
	}
	return n, err
}

func (s *SectionReader) Seek(offset int64, whence int) (int64, error) {
	at, err := seekFrom(offset, whence, s.base, s.off, &s.limit)
	if err != nil {
		return 0, err
	}
	s.off = at
	return at - s.base, nil
}

// Size returns the length of the section.
func (s *SectionReader) Size() int64 { return s.limit - s.base }

// Outer returns the ReaderAt, the offset and the length the section was
// made with.
func (s *SectionReader) Outer() (r ReaderAt, off int64, n int64) { return s.r, s.base, s.n }

// OffsetWriter writes to a WriterAt from a base offset on, with Write
// (at its own offset), WriteAt and Seek (no SeekEnd).
type OffsetWriter struct {
	w    WriterAt
	base int64
	off  int64
}

// NewOffsetWriter returns an OffsetWriter writing to w from offset off.
func NewOffsetWriter(w WriterAt, off int64) *OffsetWriter {
	return &OffsetWriter{w: w, base: off, off: off}
}

func (o *OffsetWriter) Write(p []byte) (n int, err error) {
	n, err = o.w.WriteAt(p, o.off)
	o.off += int64(n)
	return n, err
}

func (o *OffsetWriter) WriteAt(p []byte, off int64) (n int, err error) {
	if off < 0 {
		return 0, errSeekOffset
	}
	return o.w.WriteAt(p, o.base+off)
}

func (o *OffsetWriter) Seek(offset int64, whence int) (int64, error) {
	at, err := seekFrom(offset, whence, o.base, o.off, nil)
	if err != nil {
		return 0, err
	}
	o.off = at
	return at - o.base, nil
}

// TeeReader returns a Reader that reads r and writes everything it reads
// to w before returning it; a failed write is returned as the read's
// error.
func TeeReader(r Reader, w Writer) Reader { return &teeReader{r: r, w: w} }

type teeReader struct {
	r Reader
	w Writer
}

func (t *teeReader) Read(p []byte) (n int, err error) {
	n, err = t.r.Read(p)
	if n <= 0 {
		return n, err
	}
	if wrote, werr := t.w.Write(p[:n]); werr != nil {
		return wrote, werr
	}
	return n, err
}

// Discard is a Writer that accepts everything and keeps nothing.
var Discard Writer = discard{}

type discard struct{}

func (discard) Write(p []byte) (int, error)       { return len(p), nil }
func (discard) WriteString(s string) (int, error) { return len(s), nil }

// ReadFrom reads r to its end, 8 KiB at a time.
func (discard) ReadFrom(r Reader) (n int64, err error) {
	sink := make([]byte, 8<<10)
	for {
		got, err := r.Read(sink)
		n += int64(got)
		if err == EOF {
			return n, nil
		}
		if err != nil {
			return n, err
		}
	}
}

// NopCloser returns r with a Close method that does nothing (keeping r's
// WriteTo method if it has one).
func NopCloser(r Reader) ReadCloser {
	if _, ok := r.(WriterTo); ok {
		return nopCloserWriterTo{r}
	}
	return nopCloser{r}
}

type (
	nopCloser         struct{ Reader }
	nopCloserWriterTo struct{ Reader }
)

func (nopCloser) Close() error         { return nil }
func (nopCloserWriterTo) Close() error { return nil }

func (c nopCloserWriterTo) WriteTo(w Writer) (n int64, err error) {
	return c.Reader.(WriterTo).WriteTo(w)
}

// MultiReader returns a Reader that reads each of readers to its EOF in
// turn, then reports EOF. A single Read never spans two of them.
func MultiReader(readers ...Reader) Reader {
	return &multiReader{readers: append(make([]Reader, 0, len(readers)), readers...)}
}

type multiReader struct {
	readers []Reader // those not finished yet
}

// spentReader stands in for finished readers.
type spentReader struct{}

func (spentReader) Read([]byte) (int, error) { return 0, EOF }

func (mr *multiReader) Read(p []byte) (n int, err error) {
	for len(mr.readers) > 0 {
		head := mr.readers[0]
		if inner, nested := head.(*multiReader); nested && len(mr.readers) == 1 {
			// The last reader is itself a MultiReader: take over its list.
			mr.readers = inner.readers
			continue
		}
		n, err = head.Read(p)
		if err == EOF {
			mr.readers[0] = spentReader{}
			mr.readers = mr.readers[1:]
			if n == 0 {
				continue
			}
			if len(mr.readers) > 0 {
				err = nil // more to come
			}
		}
		return n, err
	}
	return 0, EOF
}

// WriteTo copies the readers to w in turn with one 32 KiB buffer.
func (mr *multiReader) WriteTo(w Writer) (sum int64, err error) {
	return mr.copyOut(w, make([]byte, 32<<10))
}

// copyOut writes each remaining reader to w, sharing buf with nested
// MultiReaders. After an error the failing reader is the first remaining.
func (mr *multiReader) copyOut(w Writer, buf []byte) (sum int64, err error) {
	for k, r := range mr.readers {
		var n int64
		if inner, nested := r.(*multiReader); nested {
			n, err = inner.copyOut(w, buf)
		} else {
			n, err = pump(w, r, buf)
		}
		sum += n
		if err != nil {
			mr.readers = mr.readers[k:]
			return sum, err
		}
		mr.readers[k] = nil
	}
	mr.readers = nil
	return sum, nil
}

// MultiWriter returns a Writer that writes everything to each of writers
// in turn (flattening MultiWriters among them), stopping at the first
// that fails or takes less than all.
func MultiWriter(writers ...Writer) Writer {
	var flat []Writer
	for _, w := range writers {
		if mw, ok := w.(*multiWriter); ok {
			flat = append(flat, mw.writers...)
			continue
		}
		flat = append(flat, w)
	}
	return &multiWriter{writers: flat}
}

type multiWriter struct {
	writers []Writer
}

// each writes to every writer with write, which returns how much that
// writer took of the want bytes.
func (t *multiWriter) each(want int, write func(Writer) (int, error)) (n int, err error) {
	for _, w := range t.writers {
		n, err = write(w)
		if err == nil && n != want {
			err = ErrShortWrite
		}
		if err != nil {
			return n, err
		}
	}
	return want, nil
}

func (t *multiWriter) Write(p []byte) (n int, err error) {
	return t.each(len(p), func(w Writer) (int, error) { return w.Write(p) })
}

// WriteString uses each writer's WriteString if it has one, converting s
// to bytes once for the others.
func (t *multiWriter) WriteString(s string) (n int, err error) {
	var p []byte
	return t.each(len(s), func(w Writer) (int, error) {
		if sw, ok := w.(StringWriter); ok {
			return sw.WriteString(s)
		}
		if p == nil {
			p = []byte(s)
		}
		return w.Write(p)
	})
}
