package main

import (
	"bytes"
	"fmt"
	"io"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	buf.WriteRune('✓')
	fmt.Println(buf.String(), buf.Len())
	fmt.Fprintf(&buf, " %d", 42)
	fmt.Println(buf.String())
	p := make([]byte, 6)
	n, _ := buf.Read(p)
	fmt.Printf("%q %d %q\n", p[:n], buf.Len(), buf.String())
	line, err := bytes.NewBufferString("a\nb\nc").ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	b2 := bytes.NewBufferString("x,y,z")
	for {
		tok, err := b2.ReadBytes(',')
		fmt.Printf("%q ", tok)
		if err == io.EOF {
			break
		}
	}
	fmt.Println()
	buf.Reset()
	fmt.Println(buf.Len(), buf.String() == "")
	buf.Truncate(0)
	// bytes functions
	data := []byte("The Go gopher goes")
	fmt.Println(bytes.Contains(data, []byte("Go")), bytes.Index(data, []byte("go")), bytes.LastIndex(data, []byte("go")))
	fmt.Println(bytes.Count(data, []byte("o")), bytes.HasPrefix(data, []byte("The")), bytes.HasSuffix(data, []byte("es")))
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Equal(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")))
	fmt.Printf("%s|%s|%s\n", bytes.ToUpper(data), bytes.ToLower(data), bytes.TrimSpace([]byte("  x  ")))
	fmt.Printf("%q\n", bytes.Split([]byte("a-b-c"), []byte("-")))
	fmt.Printf("%q\n", bytes.Fields([]byte(" a  b c ")))
	fmt.Printf("%s\n", bytes.Join([][]byte{[]byte("x"), []byte("y")}, []byte("+")))
	fmt.Printf("%s\n", bytes.ReplaceAll(data, []byte("go"), []byte("GO")))
	fmt.Printf("%s\n", bytes.Repeat([]byte("ab"), 3))
	fmt.Printf("%s %s\n", bytes.Title([]byte("x")), bytes.TrimPrefix([]byte("prefix"), []byte("pre")))
	fmt.Println(bytes.IndexByte(data, 'G'), bytes.IndexRune([]byte("héllo"), 'l'), bytes.EqualFold([]byte("Go"), []byte("GO")))
	before, after, found := bytes.Cut([]byte("k:v"), []byte(":"))
	fmt.Printf("%s %s %v\n", before, after, found)
	// bytes.Buffer as io.Writer and io.Reader
	var out bytes.Buffer
	io.Copy(&out, bytes.NewReader([]byte("copied through io.Copy")))
	fmt.Println(out.String())
	rd := bytes.NewReader([]byte("0123456789"))
	rd.Seek(3, io.SeekStart)
	chunk := make([]byte, 4)
	rd.Read(chunk)
	fmt.Println(string(chunk), rd.Len())
}
