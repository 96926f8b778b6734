package main

import (
	"fmt"
	"strings"
)

type Reader interface {
	Read() (string, bool)
}

type Writer interface {
	Write(s string)
}

type ReadWriter interface {
	Reader
	Writer
}

type Closer interface{ Close() error }

type ReadWriteCloser interface {
	ReadWriter
	Closer
}

type Pipe struct {
	buf    []string
	closed bool
}

func (p *Pipe) Write(s string) { p.buf = append(p.buf, s) }
func (p *Pipe) Read() (string, bool) {
	if len(p.buf) == 0 {
		return "", false
	}
	s := p.buf[0]
	p.buf = p.buf[1:]
	return s, true
}
func (p *Pipe) Close() error {
	if p.closed {
		return fmt.Errorf("already closed")
	}
	p.closed = true
	return nil
}

// Upper wraps any Writer, embedding the interface in a struct.
type Upper struct {
	Writer
}

func (u Upper) Write(s string) { u.Writer.Write(strings.ToUpper(s)) }

func drain(r Reader) []string {
	var out []string
	for {
		s, ok := r.Read()
		if !ok {
			return out
		}
		out = append(out, s)
	}
}

func main() {
	p := &Pipe{}
	var rwc ReadWriteCloser = p
	rwc.Write("a")
	rwc.Write("b")
	var rw ReadWriter = rwc // narrower interface
	var w Writer = rw
	w.Write("c")
	fmt.Println(drain(rw))
	fmt.Println(rwc.Close(), rwc.Close())
	// decorating through an embedded interface
	u := Upper{p}
	u.Write("hello")
	var w2 Writer = u
	w2.Write("world")
	fmt.Println(drain(p))
	// struct embedding an interface but not setting it
	var partial Upper
	fmt.Println(partial.Writer == nil)
	// interface holding another interface's value type
	var r Reader = p
	_, isCloser := r.(Closer)
	fmt.Println(isCloser)
	fmt.Printf("%T %T\n", r, u)
}
