package main

import (
	"bytes"
	"fmt"
	"os"
	"strings"
)

type counter struct{ n, calls int }

func (c *counter) Write(p []byte) (int, error) {
	c.n += len(p)
	c.calls++
	return len(p), nil
}

func main() {
	fmt.Fprintln(os.Stdout, "to stdout", 1, 2)
	fmt.Fprintf(os.Stdout, "%s=%d\n", "x", 10)
	fmt.Fprint(os.Stdout, "no newline", 3, 4, "\n")
	var sb strings.Builder
	fmt.Fprintf(&sb, "%03d|", 7)
	fmt.Fprint(&sb, "a", "b")
	fmt.Fprintln(&sb, "end")
	fmt.Printf("%q %d\n", sb.String(), sb.Len())
	var buf bytes.Buffer
	for i := range 3 {
		fmt.Fprintf(&buf, "line %d\n", i)
	}
	fmt.Print(buf.String())
	c := &counter{}
	n, err := fmt.Fprintf(c, "%s %s", "hello", "world")
	fmt.Println(n, err, c.n, c.calls)
	fmt.Fprintln(c, 1, 2, 3)
	fmt.Println(c.n, c.calls)
	// Append family
	b := []byte("start:")
	b = fmt.Append(b, 1, "x", 2)
	b = fmt.Appendf(b, "[%02d]", 5)
	b = fmt.Appendln(b, "done")
	fmt.Printf("%q\n", b)
	// Sprint into a string and compare
	s := fmt.Sprintf("%5.2f%%", 12.345)
	fmt.Println(s, len(s))
	// writing to stderr does not appear in stdout
	fmt.Fprintln(os.Stderr, "this goes to stderr")
	fmt.Println("after stderr")
}
