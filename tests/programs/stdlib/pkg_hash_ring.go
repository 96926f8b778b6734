package main

import (
	"container/ring"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"fmt"
	"hash"
	"hash/adler32"
	"hash/crc32"
	"hash/fnv"
	"strings"
)

func main() {
	inputs := []string{"", "a", "abc", "message digest", "abcdefghijklmnopqrstuvwxyz", strings.Repeat("1234567890", 8),
		strings.Repeat("a", 55), strings.Repeat("a", 56), strings.Repeat("a", 63), strings.Repeat("a", 64), strings.Repeat("a", 65), strings.Repeat("x", 1000), "The quick brown fox jumps over the lazy dog"}
	for _, s := range inputs {
		b := []byte(s)
		fmt.Printf("%d md5=%x sha1=%x sha224=%x sha256=%x\n", len(s), md5.Sum(b), sha1.Sum(b), sha256.Sum224(b), sha256.Sum256(b))
		fmt.Printf("  crc=%08x %08x %08x adler=%08x\n", crc32.ChecksumIEEE(b), crc32.Checksum(b, crc32.MakeTable(crc32.Castagnoli)), crc32.Checksum(b, crc32.MakeTable(crc32.Koopman)), adler32.Checksum(b))
		hs := []hash.Hash{md5.New(), sha1.New(), sha256.New(), sha256.New224(), fnv.New32(), fnv.New32a(), fnv.New64(), fnv.New64a(), fnv.New128(), fnv.New128a(), crc32.NewIEEE(), crc32.New(crc32.MakeTable(crc32.Castagnoli)), adler32.New()}
		for _, h := range hs {
			// Write in uneven pieces.
			for i := 0; i < len(b); i += 7 {
				end := i + 7
				if end > len(b) {
					end = len(b)
				}
				h.Write(b[i:end])
			}
			sum := h.Sum([]byte("p"))
			fmt.Printf("  %x size=%d block=%d", sum, h.Size(), h.BlockSize())
			h.Write([]byte("more"))
			h.Reset()
			h.Write(b)
			fmt.Printf(" again=%x", h.Sum(nil))
			if h32, ok := h.(hash.Hash32); ok {
				fmt.Printf(" sum32=%d", h32.Sum32())
			}
			if h64, ok := h.(hash.Hash64); ok {
				fmt.Printf(" sum64=%d", h64.Sum64())
			}
			fmt.Println()
		}
	}
	fmt.Println(crc32.Update(0, crc32.IEEETable, []byte("ab")), crc32.Update(crc32.ChecksumIEEE([]byte("a")), crc32.IEEETable, []byte("b")), crc32.Size, adler32.Size, md5.Size, md5.BlockSize, sha1.Size, sha256.Size, sha256.Size224, sha256.BlockSize)
	big := make([]byte, 100000)
	for i := range big {
		big[i] = byte(i * 7)
	}
	fmt.Printf("%08x %x\n", adler32.Checksum(big), sha256.Sum256(big))

	r := ring.New(5)
	n := r.Len()
	for i := 0; i < n; i++ {
		r.Value = i
		r = r.Next()
	}
	r.Do(func(p any) { fmt.Print(p, " ") })
	fmt.Println()
	r.Move(2).Do(func(p any) { fmt.Print(p, " ") })
	fmt.Println(r.Move(-7).Value, r.Prev().Value, r.Move(0).Value)
	removed := r.Unlink(2)
	fmt.Println(r.Len(), removed.Len())
	r.Do(func(p any) { fmt.Print(p, " ") })
	removed.Do(func(p any) { fmt.Print(p, " ") })
	fmt.Println()
	s := ring.New(2)
	s.Value, s.Next().Value = "x", "y"
	old := r.Link(s)
	fmt.Println(r.Len(), old.Value)
	r.Do(func(p any) { fmt.Print(p, " ") })
	fmt.Println()
	// Link within one ring removes the elements in between.
	cut := r.Link(r.Move(3))
	fmt.Println(r.Len(), cut.Len())
	var z ring.Ring
	fmt.Println(z.Len(), z.Next() == &z, z.Prev() == &z, z.Move(3) == &z, ring.New(0) == nil, ring.New(-1).Len())
	var nr *ring.Ring
	fmt.Println(nr.Len(), r.Unlink(0) == nil, r.Unlink(r.Len()).Len(), r.Len())
	nr.Do(func(any) { fmt.Println("never") })
}
