package main

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"fmt"
	"hash/adler32"
	"hash/crc32"
	"hash/fnv"
)

func main() {
	msgs := []string{"", "hello", "The quick brown fox jumps over the lazy dog"}
	for _, m := range msgs {
		b := []byte(m)
		fmt.Printf("%q\n", m)
		fmt.Printf("  crc32   %08x\n", crc32.ChecksumIEEE(b))
		fmt.Printf("  adler32 %08x\n", adler32.Checksum(b))
		h32 := fnv.New32a()
		h32.Write(b)
		h64 := fnv.New64()
		h64.Write(b)
		fmt.Printf("  fnv32a  %08x fnv64 %016x\n", h32.Sum32(), h64.Sum64())
		fmt.Printf("  md5     %x\n", md5.Sum(b))
		fmt.Printf("  sha1    %x\n", sha1.Sum(b))
		fmt.Printf("  sha256  %x\n", sha256.Sum256(b))
	}
	// streaming writes equal one-shot
	h := sha256.New()
	h.Write([]byte("hel"))
	h.Write([]byte("lo"))
	fmt.Println(fmt.Sprintf("%x", h.Sum(nil)) == fmt.Sprintf("%x", sha256.Sum256([]byte("hello"))))
	fmt.Println(h.Size(), h.BlockSize())
	tab := crc32.MakeTable(crc32.Castagnoli)
	fmt.Printf("%08x\n", crc32.Checksum([]byte("hello"), tab))
}
