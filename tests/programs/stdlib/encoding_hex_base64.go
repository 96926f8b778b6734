package main

import (
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"fmt"
)

func main() {
	data := []byte("Hello, Gopher! \x00\xff")
	h := hex.EncodeToString(data)
	fmt.Println(h)
	back, err := hex.DecodeString(h)
	fmt.Printf("%q %v\n", back, err)
	_, err = hex.DecodeString("abc")
	fmt.Println(err)
	_, err = hex.DecodeString("zz")
	fmt.Println(err)
	fmt.Print(hex.Dump([]byte("0123456789abcdefXYZ")))

	enc := base64.StdEncoding.EncodeToString(data)
	fmt.Println(enc)
	dec, err := base64.StdEncoding.DecodeString(enc)
	fmt.Printf("%q %v\n", dec, err)
	for _, s := range []string{"", "f", "fo", "foo", "foob", "fooba", "foobar"} {
		fmt.Printf("%q -> %q %q %q\n", s, base64.StdEncoding.EncodeToString([]byte(s)), base64.RawURLEncoding.EncodeToString([]byte(s)), base64.URLEncoding.EncodeToString([]byte(s+"\xfb\xff")))
	}
	_, err = base64.StdEncoding.DecodeString("!!!")
	fmt.Println(err)

	buf := make([]byte, 8)
	binary.BigEndian.PutUint32(buf, 0xDEADBEEF)
	binary.LittleEndian.PutUint32(buf[4:], 0xDEADBEEF)
	fmt.Printf("% x\n", buf)
	fmt.Printf("%#x %#x\n", binary.BigEndian.Uint16(buf), binary.LittleEndian.Uint64(buf))
	vb := binary.AppendUvarint(nil, 300)
	v, n := binary.Uvarint(vb)
	fmt.Printf("% x %d %d\n", vb, v, n)
}
