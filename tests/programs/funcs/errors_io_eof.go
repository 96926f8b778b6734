package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type lineReader struct {
	lines []string
	pos   int
}

func (r *lineReader) Next() (string, error) {
	if r.pos >= len(r.lines) {
		return "", io.EOF
	}
	l := r.lines[r.pos]
	r.pos++
	if strings.HasPrefix(l, "#!") {
		return "", fmt.Errorf("line %d: bad directive %q", r.pos, l)
	}
	return l, nil
}

func readAll(r *lineReader) ([]string, error) {
	var out []string
	for {
		l, err := r.Next()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return out, fmt.Errorf("readAll: %w", err)
		}
		out = append(out, l)
	}
}

func main() {
	got, err := readAll(&lineReader{lines: []string{"a", "b", "c"}})
	fmt.Println(got, err)
	got, err = readAll(&lineReader{lines: []string{"x", "#!bad", "y"}})
	fmt.Println(got, err)

	// reading with a strings.Reader byte by byte until io.EOF
	sr := strings.NewReader("hey")
	var bs []byte
	for {
		b, err := sr.ReadByte()
		if err == io.EOF {
			break
		}
		bs = append(bs, b)
	}
	fmt.Println(string(bs), sr.Len())

	// io.Reader with a small buffer
	r := strings.NewReader("hello, world")
	buf := make([]byte, 5)
	for {
		n, err := r.Read(buf)
		fmt.Printf("n=%d chunk=%q err=%v\n", n, buf[:n], err)
		if err != nil {
			break
		}
	}
	data, err := io.ReadAll(strings.NewReader("all at once"))
	fmt.Println(string(data), err)
	fmt.Println(io.EOF, io.ErrUnexpectedEOF)
}
