package main

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"io"
	"strings"
)

func main() {
	datas := [][]byte{nil, {0}, {0xff}, []byte("f"), []byte("fo"), []byte("foo"), []byte("foob"), []byte("fooba"), []byte("foobar"), {0xfb, 0xff, 0xbf}, []byte("Hello, Gophers! 0123456789 abcdefghijklmnop")}
	encs := []*base64.Encoding{base64.StdEncoding, base64.URLEncoding, base64.RawStdEncoding, base64.RawURLEncoding, base64.StdEncoding.WithPadding('*'), base64.StdEncoding.Strict()}
	for _, d := range datas {
		fmt.Printf("%q hex=%s dump=%q\n", d, hex.EncodeToString(d), hex.Dump(d))
		for _, e := range encs {
			s := e.EncodeToString(d)
			back, err := e.DecodeString(s)
			fmt.Printf("  %s %d %d %q %v %d\n", s, e.EncodedLen(len(d)), e.DecodedLen(len(s)), back, err, len(e.AppendEncode([]byte("x"), d)))
		}
	}
	bad := []string{"", "=", "==", "A", "AA", "AA=", "AA==", "AAA", "AAA=", "AAAA", "AAAA=", "AA==AA==", "AAA=AAAA", "A===", "AB=C", "AB==C", "AB\n==", "A\nB\rC\nD", "QQ==\n", "QQ==\nx",
		"QR==", "QUJ=", "QUI=", "!!!!", "AAAA!", "YW55IGNhcm5hbCBwbGVhcw==", "YW55IGNhcm5hbCBwbGVhc3U=", "-_-_", "+/+/", "QQ", "QUI", "QQ=", "QQ=\n=", "QQ=\n", "Q", "====", "AAAA====", "\n\n"}
	for _, s := range bad {
		for _, e := range encs {
			b, err := e.DecodeString(s)
			buf := make([]byte, e.DecodedLen(len(s))+3)
			n, err2 := e.Decode(buf, []byte(s))
			fmt.Printf("dec %q -> %q %v | %d %v\n", s, b, err, n, err2)
		}
	}
	var sb strings.Builder
	w := base64.NewEncoder(base64.StdEncoding, &sb)
	w.Write([]byte("hel"))
	w.Write([]byte("lo w"))
	w.Write([]byte("orld"))
	w.Close()
	fmt.Println(sb.String())
	r := base64.NewDecoder(base64.StdEncoding, strings.NewReader("aGVs\nbG8gd29y\nbGQ="))
	all, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", all, err)
	r = base64.NewDecoder(base64.RawURLEncoding, strings.NewReader("aGVsbG8gd29ybGQ"))
	all, err = io.ReadAll(r)
	fmt.Printf("%q %v\n", all, err)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		base64.NewEncoding("abc")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		base64.StdEncoding.WithPadding('A')
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		base64.StdEncoding.WithPadding('\n')
	}()
	fmt.Println(base64.CorruptInputError(7), base64.StdPadding, base64.NoPadding)

	for _, s := range []string{"", "00", "0g", "g0", "abc", "ABCDEF", "a", "zz", "01x", "0", "0123456789abcdefABCDEF", "1 2"} {
		b, err := hex.DecodeString(s)
		buf := make([]byte, 20)
		n, err2 := hex.Decode(buf, []byte(s))
		ad, err3 := hex.AppendDecode([]byte("p"), []byte(s))
		fmt.Printf("hex %q -> %v %v | %d %v | %q %v\n", s, b, err, n, err2, ad, err3)
	}
	fmt.Println(hex.InvalidByteError('x'), hex.InvalidByteError(0xe9), hex.ErrLength, hex.EncodedLen(5), hex.DecodedLen(7))
	fmt.Print(hex.Dump([]byte(strings.Repeat("golite\x00\x7f\x80 ", 5))))
	var db bytes.Buffer
	dw := hex.Dumper(&db)
	dw.Write([]byte("abc"))
	dw.Write([]byte("defghijklmnopqrstuvwxyz"))
	dw.Close()
	dw.Close()
	fmt.Print(db.String())
	var eb bytes.Buffer
	hex.NewEncoder(&eb).Write([]byte("hi!"))
	fmt.Println(eb.String())
	dec, err := io.ReadAll(hex.NewDecoder(strings.NewReader("686921")))
	fmt.Printf("%q %v\n", dec, err)
	dec, err = io.ReadAll(hex.NewDecoder(strings.NewReader("68692")))
	fmt.Printf("%q %v\n", dec, err)
	dec, err = io.ReadAll(hex.NewDecoder(strings.NewReader("68zz")))
	fmt.Printf("%q %v\n", dec, err)

	b := make([]byte, 8)
	binary.BigEndian.PutUint16(b, 0x1234)
	binary.LittleEndian.PutUint32(b[2:], 0xdeadbeef)
	fmt.Println(b, binary.BigEndian.Uint16(b), binary.LittleEndian.Uint32(b[2:]), binary.BigEndian.Uint64(b), binary.LittleEndian.Uint64(b))
	binary.BigEndian.PutUint64(b, 0x0102030405060708)
	fmt.Println(b, binary.BigEndian.AppendUint32(nil, 7), binary.LittleEndian.AppendUint64(nil, 7), binary.BigEndian.AppendUint16([]byte{9}, 0x0a0b))
	fmt.Println(binary.BigEndian, binary.LittleEndian, binary.NativeEndian.Uint16([]byte{1, 2}))
	fmt.Printf("%v %#v %s\n", binary.BigEndian, binary.LittleEndian, binary.BigEndian.String())
	for _, v := range []uint64{0, 1, 127, 128, 255, 300, 16384, 1<<63 - 1, 1 << 63, ^uint64(0)} {
		buf := make([]byte, binary.MaxVarintLen64)
		n := binary.PutUvarint(buf, v)
		x, m := binary.Uvarint(buf[:n])
		fmt.Println("uvarint", v, buf[:n], x, m, binary.AppendUvarint(nil, v))
		x2, m2 := binary.Uvarint(buf[:n-1])
		fmt.Println("  short", x2, m2)
		ux, err := binary.ReadUvarint(bytes.NewReader(buf[:n]))
		fmt.Println("  read", ux, err)
	}
	for _, v := range []int64{0, 1, -1, 63, -64, 64, -65, 1<<63 - 1, -1 << 63} {
		buf := make([]byte, binary.MaxVarintLen64)
		n := binary.PutVarint(buf, v)
		x, m := binary.Varint(buf[:n])
		sx, err := binary.ReadVarint(bytes.NewReader(buf[:n]))
		fmt.Println("varint", v, buf[:n], x, m, binary.AppendVarint(nil, v), sx, err)
	}
	over := []byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02}
	fmt.Println(binary.Uvarint(over))
	fmt.Println(binary.Uvarint(append(over[:9], 0xff, 0x01)))
	fmt.Println(binary.ReadUvarint(bytes.NewReader(over)))
	fmt.Println(binary.ReadUvarint(bytes.NewReader([]byte{0x80})))
	fmt.Println(binary.ReadUvarint(bytes.NewReader(nil)))
	var out bytes.Buffer
	fmt.Println(binary.Write(&out, binary.BigEndian, uint16(0xabcd)), binary.Write(&out, binary.LittleEndian, []int32{-1, 2}), binary.Write(&out, binary.BigEndian, 1.5), binary.Write(&out, binary.LittleEndian, true))
	fmt.Println(out.Bytes(), binary.Size(uint16(1)), binary.Size([]int64{1, 2, 3}), binary.Size("x"), binary.Size(struct{}{}) >= -1)
	var u16 uint16
	var i32s = make([]int32, 2)
	var f float64
	var bl bool
	rd := bytes.NewReader(out.Bytes())
	fmt.Println(binary.Read(rd, binary.BigEndian, &u16), binary.Read(rd, binary.LittleEndian, i32s), binary.Read(rd, binary.BigEndian, &f), binary.Read(rd, binary.LittleEndian, &bl))
	fmt.Println(u16, i32s, f, bl, binary.Read(rd, binary.BigEndian, &u16))
	fmt.Println(binary.Write(&out, binary.BigEndian, "str"))
	ab, err := binary.Append([]byte{1}, binary.BigEndian, uint32(5))
	fmt.Println(ab, err)
	eb2 := make([]byte, 3)
	n, err := binary.Encode(eb2, binary.BigEndian, uint32(5))
	fmt.Println(n, err)
	n, err = binary.Encode(eb2, binary.BigEndian, uint16(5))
	fmt.Println(n, err, eb2)
	n, err = binary.Decode([]byte{0, 9}, binary.BigEndian, &u16)
	fmt.Println(n, err, u16)
}
