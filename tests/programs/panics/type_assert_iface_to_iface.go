package main

import (
	"fmt"
	"io"
	"strings"
)

type nopReader struct{ r io.Reader }

func (n nopReader) Read(p []byte) (int, error) { return n.r.Read(p) }

func main() {
	var r io.Reader = strings.NewReader("data")
	if _, ok := r.(io.Closer); !ok {
		fmt.Println("strings.Reader is not a Closer")
	}
	var w io.Reader = nopReader{r}
	buf := make([]byte, 4)
	n, _ := w.Read(buf)
	fmt.Println(string(buf[:n]))
	c := w.(io.Closer)
	c.Close()
}
