// Package io (golite): Pipe, in Go.
package io

import (
	"errors"
	"sync"
)

// ErrClosedPipe is the error of a read or write on a pipe whose own end
// was closed.
var ErrClosedPipe = errors.New("io: read/write on closed pipe")

// firstError keeps the first non-nil error stored in it.
type firstError struct {
	mu  sync.Mutex
	err error
}

func (f *firstError) set(err error) {
	f.mu.Lock()
	if f.err == nil {
		f.err = err
	}
	f.mu.Unlock()
}

func (f *firstError) get() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.err
}

// pipeCore is what the two ends share. A Write hands its bytes to readers
// through offer until they have taken all of them (each Read takes what
// fits from one Write, and says how much through took); writers queue on
// writeTurn. Closing either end closes shut, which wakes everyone.
type pipeCore struct {
	writeTurn sync.Mutex
	offer     chan []byte
	took      chan int

	shutOnce sync.Once
	shut     chan struct{}
	readErr  firstError // why the read end was closed
	writeErr firstError // why the write end was closed
}

// closed reports whether either end has been closed.
func (p *pipeCore) closed() bool {
	select {
	case <-p.shut:
		return true
	default:
		return false
	}
}

// readerSees is the error a read gets on a closed pipe: the writer's
// reason if only the write end was closed, ErrClosedPipe otherwise.
func (p *pipeCore) readerSees() error {
	if werr := p.writeErr.get(); werr != nil && p.readErr.get() == nil {
		return werr
	}
	return ErrClosedPipe
}

// writerSees is the error a write gets on a closed pipe: the reader's
// reason if only the read end was closed, ErrClosedPipe otherwise.
func (p *pipeCore) writerSees() error {
	if rerr := p.readErr.get(); rerr != nil && p.writeErr.get() == nil {
		return rerr
	}
	return ErrClosedPipe
}

// receive waits for a writer's chunk, or for the pipe to close, and
// copies into b what fits of the chunk.
func (p *pipeCore) receive(b []byte) (int, error) {
	if !p.closed() {
		select {
		case chunk := <-p.offer:
			return p.take(b, chunk), nil
		case <-p.shut:
		}
	}
	return 0, p.readerSees()
}

// take copies what fits of a writer's chunk into b and tells the writer
// how much that was.
func (p *pipeCore) take(b, chunk []byte) int {
	n := copy(b, chunk)
	p.took <- n
	return n
}

// send offers b until readers have taken all of it; an empty b is still
// offered once, and returns when a Read has taken it.
func (p *pipeCore) send(b []byte) (n int, err error) {
	if p.closed() {
		return 0, p.writerSees()
	}
	p.writeTurn.Lock()
	defer p.writeTurn.Unlock()
	for {
		select {
		case p.offer <- b:
		case <-p.shut:
			return n, p.writerSees()
		}
		taken := <-p.took
		n += taken
		if b = b[taken:]; len(b) == 0 {
			return n, nil
		}
	}
}

// shutDown records why one end was closed and closes the pipe.
func (p *pipeCore) shutDown(side *firstError, why error) error {
	side.set(why)
	p.shutOnce.Do(func() { close(p.shut) })
	return nil
}

// PipeReader is the read end of a pipe; it holds the shared state.
type PipeReader struct{ shared pipeCore }

// PipeWriter is the write end of a pipe; it holds the read end. (As in
// Go, zero PipeReaders and PipeWriters block forever.)
type PipeWriter struct{ reader PipeReader }

// Pipe returns the two ends of a synchronous in-memory pipe: each Write
// blocks until Reads have taken all its bytes (a Read takes bytes from one
// Write only, as many as fit), and each Read blocks until a Write or a
// Close. The ends may be used from several goroutines; Writes take turns.
func Pipe() (*PipeReader, *PipeWriter) {
	w := new(PipeWriter)
	p := &w.reader.shared
	p.offer, p.took, p.shut = make(chan []byte), make(chan int), make(chan struct{})
	return &w.reader, w
}

// Read reads from the pipe. After the write end is closed it returns the
// writer's error (io.EOF for Close); after the read end is closed,
// ErrClosedPipe.
func (r *PipeReader) Read(data []byte) (n int, err error) { return r.shared.receive(data) }

// Close closes the read end: Writes then fail with ErrClosedPipe.
func (r *PipeReader) Close() error { return r.CloseWithError(nil) }

// CloseWithError closes the read end: Writes then fail with err
// (ErrClosedPipe if nil). Only the first close's error counts.
func (r *PipeReader) CloseWithError(err error) error {
	if err == nil {
		err = ErrClosedPipe
	}
	return r.shared.shutDown(&r.shared.readErr, err)
}

// Write writes to the pipe; see Pipe. After the read end is closed it
// returns the reader's error; after the write end is closed,
// ErrClosedPipe.
func (w *PipeWriter) Write(data []byte) (n int, err error) { return w.reader.shared.send(data) }

// Close closes the write end: Reads then return io.EOF.
func (w *PipeWriter) Close() error { return w.CloseWithError(nil) }

// CloseWithError closes the write end: Reads then return err (io.EOF if
// nil). Only the first close's error counts.
func (w *PipeWriter) CloseWithError(err error) error {
	if err == nil {
		err = EOF
	}
	return w.reader.shared.shutDown(&w.reader.shared.writeErr, err)
}
