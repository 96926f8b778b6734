package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	var sb strings.Builder
	fmt.Println(sb.Len(), sb.String() == "")
	sb.WriteString("hello")
	sb.WriteByte(',')
	sb.WriteRune(' ')
	sb.WriteRune('世')
	sb.Write([]byte("!!"))
	fmt.Println(sb.String(), sb.Len())
	fmt.Fprintf(&sb, " %d+%d=%d", 2, 2, 4)
	fmt.Println(sb.String())
	sb.Reset()
	fmt.Printf("%q %d\n", sb.String(), sb.Len())
	sb.Grow(64)
	fmt.Println(sb.Cap() >= 64)
	for i := 0; i < 5; i++ {
		if i > 0 {
			sb.WriteString(", ")
		}
		fmt.Fprint(&sb, i*i)
	}
	fmt.Println(sb.String())

	// strings.Reader
	r := strings.NewReader("line one\nline two\nend")
	fmt.Println(r.Len(), r.Size())
	buf := make([]byte, 4)
	n, _ := r.Read(buf)
	fmt.Printf("%d %q %d\n", n, buf[:n], r.Len())
	b, _ := r.ReadByte()
	fmt.Printf("%c\n", b)
	r.UnreadByte()
	ch, size, _ := r.ReadRune()
	fmt.Println(string(ch), size)
	rest, _ := io.ReadAll(r)
	fmt.Printf("%q\n", rest)
	_, err := r.ReadByte()
	fmt.Println(err)
	r.Seek(5, io.SeekStart)
	rest, _ = io.ReadAll(r)
	fmt.Printf("%q\n", rest)
	ur := strings.NewReader("ü")
	c, sz, _ := ur.ReadRune()
	fmt.Println(string(c), sz)
	// building a large string efficiently
	var big strings.Builder
	for i := range 1000 {
		big.WriteString(fmt.Sprint(i % 10))
	}
	s := big.String()
	fmt.Println(len(s), s[:12], s[len(s)-5:], strings.Count(s, "7"))
}
