// Package bufio (golite): Scanner and the split functions ScanLines,
// ScanWords, ScanRunes and ScanBytes, in Go.
package bufio

import (
	"bytes"
	"errors"
	"io"
	"unicode"
	"unicode/utf8"
)

// SplitFunc cuts the next token from data, the unread input buffered so
// far (atEOF: all of it, and there is no more). It returns how many bytes
// to consume and the token (nil for none yet: read more and ask again),
// or an error that ends the scan (ErrFinalToken ends it cleanly).
type SplitFunc func(data []byte, atEOF bool) (advance int, token []byte, err error)

// The errors of a Scanner.
var (
	ErrTooLong         = scannerError("token too long")
	ErrNegativeAdvance = scannerError("SplitFunc returns negative advance count")
	ErrAdvanceTooFar   = scannerError("SplitFunc returns advance count beyond input")
	ErrBadReadCount    = scannerError("Read returned impossible count")
	// ErrFinalToken, returned by a SplitFunc, makes its token the last
	// one and ends the scan without an error.
	ErrFinalToken = errors.New("final token")
)

// scannerError makes an error of Scanner.
func scannerError(what string) error { return errors.New("bufio.Scanner: " + what) }

const (
	// MaxScanTokenSize is how large a Scanner's buffer may grow unless
	// Buffer sets another limit.
	MaxScanTokenSize = 64 * 1024

	// firstBufSize is the size of a Scanner's first buffer.
	firstBufSize = 4096
)

// Scanner reads a stream as a sequence of tokens cut by a SplitFunc (lines
// by default). Its buffer starts at 4096 bytes and doubles when a token
// does not fit, up to the maximum token size. Its fields are Go's:
type Scanner struct {
	r            io.Reader
	split        SplitFunc
	maxTokenSize int
	token        []byte // the current token
	buf          []byte // the unread input is buf[start:end]
	start, end   int
	err          error // the first error, io.EOF included
	empties      int   // tokens in a row that consumed nothing at the end
	scanCalled   bool
	done         bool // a final token was returned
}

// NewScanner returns a Scanner reading r line by line (ScanLines).
func NewScanner(r io.Reader) *Scanner {
	return &Scanner{r: r, split: ScanLines, maxTokenSize: MaxScanTokenSize}
}

// Err returns the error that ended the scan, or nil if the input just
// ended.
func (s *Scanner) Err() error {
	if s.err == io.EOF {
		return nil
	}
	return s.err
}

// Bytes returns the current token; the next Scan may overwrite it.
func (s *Scanner) Bytes() []byte { return s.token }

// Text returns the current token as a string.
func (s *Scanner) Text() string { return string(s.token) }

// Buffer replaces the buffer (all its capacity is used) and sets the
// largest size it may grow to. It panics once scanning has started.
func (s *Scanner) Buffer(buf []byte, max int) {
	if s.scanCalled {
		panic("Buffer called after Scan")
	}
	s.buf, s.maxTokenSize = buf[:cap(buf)], max
}

// Split replaces the split function. It panics once scanning has started.
func (s *Scanner) Split(split SplitFunc) {
	if s.scanCalled {
		panic("Split called after Scan")
	}
	s.split = split
}

// fail records err unless an error other than io.EOF is already recorded.
func (s *Scanner) fail(err error) {
	if s.err == nil || s.err == io.EOF {
		s.err = err
	}
}

// Scan moves to the next token and reports whether there is one. It
// returns false at the end of the input or after an error (see Err).
func (s *Scanner) Scan() bool {
	s.scanCalled = true // (done implies it was set already)
	for !s.done {
		// Offer the split function the unread input; once the reader has
		// failed or ended, that is its last chance.
		if s.start < s.end || s.err != nil {
			if found, ok := s.offer(); found || !ok {
				return found
			}
		}
		if s.err != nil {
			s.start, s.end = 0, 0
			return false
		}
		if !s.makeRoom() {
			return false
		}
		s.readMore()
	}
	return false // stopped for good by a final token
}

// offer runs the split function on the unread input. found reports a
// token; ok is false when the scan must stop (after an error, or a final
// token), in which case found is Scan's result.
func (s *Scanner) offer() (found, ok bool) {
	atEOF := s.err != nil
	advance, token, err := s.split(s.buf[s.start:s.end], atEOF)
	if err == ErrFinalToken {
		s.token, s.done = token, true
		return token != nil, false
	}
	if err != nil {
		s.fail(err)
		return false, false
	}
	switch {
	case advance < 0:
		s.fail(ErrNegativeAdvance)
		return false, false
	case advance > s.end-s.start:
		s.fail(ErrAdvanceTooFar)
		return false, false
	}
	s.start += advance
	s.token = token
	if token == nil {
		return false, true
	}
	if atEOF && advance == 0 {
		// Tokens that consume nothing at the end could go on forever.
		if s.empties++; s.empties > emptyReadLimit {
			panic("bufio.Scan: too many empty tokens without progressing")
		}
	} else {
		s.empties = 0
	}
	return true, true
}

// makeRoom makes space after the unread input: it moves the input to the
// front when the buffer is full or more than half of it has been read,
// and if that is not enough it moves to a buffer twice as large (the
// first one being 4096 bytes), no larger than the maximum token size. It
// reports false (and records ErrTooLong) when the buffer may not grow.
func (s *Scanner) makeRoom() bool {
	if s.start > 0 && (s.end == len(s.buf) || s.start > len(s.buf)/2) {
		s.end = copy(s.buf, s.buf[s.start:s.end])
		s.start = 0
	}
	if s.end < len(s.buf) {
		return true
	}
	size := len(s.buf)
	if size >= s.maxTokenSize || size > int(^uint(0)>>1)/2 {
		s.fail(ErrTooLong)
		return false
	}
	if size == 0 {
		size = firstBufSize / 2
	}
	bigger := make([]byte, min(2*size, s.maxTokenSize))
	s.end = copy(bigger, s.buf[s.start:s.end])
	s.start = 0
	s.buf = bigger
	return true
}

// readMore reads once into the free space, retrying reads that return
// nothing and no error up to 100 times (then it records
// io.ErrNoProgress).
func (s *Scanner) readMore() {
	for empty := 0; ; empty++ {
		if empty > emptyReadLimit {
			s.fail(io.ErrNoProgress)
			return
		}
		n, err := s.r.Read(s.buf[s.end:])
		switch {
		case n < 0 || n > len(s.buf)-s.end:
			s.fail(ErrBadReadCount)
			return
		case err != nil:
			s.end += n
			s.fail(err)
			return
		case n > 0:
			s.end += n
			s.empties = 0
			return
		}
	}
}

// ScanBytes is a SplitFunc that makes each byte a token.
func ScanBytes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if len(data) == 0 && atEOF {
		return 0, nil, nil
	}
	return 1, data[:1], nil
}

// replacementChar is the token ScanRunes returns for a byte that is not valid
// UTF-8: the encoding of U+FFFD.
var replacementChar = []byte("\uFFFD")

// ScanRunes is a SplitFunc that makes each UTF-8 sequence a token; each
// byte that does not start a valid sequence gives a U+FFFD token. It asks
// for more input while the sequence at the start may still be completed.
func ScanRunes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if len(data) == 0 && atEOF {
		return 0, nil, nil
	}
	if c := data[0]; c < utf8.RuneSelf {
		return 1, data[:1], nil
	}
	if _, n := utf8.DecodeRune(data); n > 1 {
		return n, data[:n], nil
	}
	if !atEOF && !utf8.FullRune(data) {
		return 0, nil, nil
	}
	return 1, replacementChar, nil
}

// ScanLines is a SplitFunc that makes each line a token, without its
// "\n" or "\r\n"; a last line without a newline is a token too (if not
// empty).
func ScanLines(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if len(data) == 0 && atEOF {
		return 0, nil, nil
	}
	nl := bytes.IndexByte(data, '\n')
	switch {
	case nl >= 0:
		return nl + 1, withoutCR(data[:nl]), nil
	case atEOF:
		return len(data), withoutCR(data), nil
	}
	return 0, nil, nil
}

// withoutCR drops one '\r' from the end of line.
func withoutCR(line []byte) []byte {
	if n := len(line); n > 0 && line[n-1] == '\r' {
		return line[:n-1]
	}
	return line
}

// ScanWords is a SplitFunc that makes each run of non-space characters
// (as unicode.IsSpace sees them) a token, so tokens are never empty.
func ScanWords(data []byte, atEOF bool) (advance int, token []byte, err error) {
	start := 0
	for start < len(data) {
		r, n := utf8.DecodeRune(data[start:])
		if !unicode.IsSpace(r) {
			break
		}
		start += n
	}
	for i := start; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if unicode.IsSpace(r) {
			return i + n, data[start:i], nil
		}
		i += n
	}
	if atEOF && start < len(data) {
		return len(data), data[start:], nil
	}
	return start, nil, nil
}
