package main

import "fmt"

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
)

func (p Perm) String() string {
	s := []byte("---")
	if p&Read != 0 {
		s[0] = 'r'
	}
	if p&Write != 0 {
		s[1] = 'w'
	}
	if p&Exec != 0 {
		s[2] = 'x'
	}
	return string(s)
}

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func main() {
	a, b := 0b1100, 0b1010
	fmt.Printf("%04b %04b %04b %04b\n", a&b, a|b, a^b, a&^b)
	fmt.Printf("%b %d\n", ^a, ^a)
	var u uint8 = 0b1100
	fmt.Printf("%08b %08b\n", ^u, u&^0b0100)
	x := int32(-1)
	fmt.Println(x&0xFF, x&^0xF, x^x, x|0)

	p := Read | Exec
	fmt.Println(p, p|Write, p&^Read, (p|Write)&^Exec, Perm(0))
	p |= Write
	p &^= Exec
	fmt.Println(p, uint8(p))
	p ^= Read | Exec
	fmt.Println(p)

	for _, v := range []uint64{0, 1, 255, 1<<63 | 1, 0xFFFFFFFFFFFFFFFF} {
		fmt.Print(popcount(v), " ")
	}
	fmt.Println()

	// lowest set bit, power-of-two checks
	for _, v := range []int{1, 6, 16, 40, 64, 96} {
		fmt.Println(v, v&-v, v&(v-1) == 0)
	}

	// swapping with xor
	m, n := 17, 42
	m ^= n
	n ^= m
	m ^= n
	fmt.Println(m, n)

	// masks and extraction
	color := uint32(0x11AABBCC)
	r := (color >> 16) & 0xFF
	g := (color >> 8) & 0xFF
	bl := color & 0xFF
	fmt.Println(r, g, bl)
	fmt.Printf("%#x\n", color&^0xFF00)

	// signed ^ and &^ on negatives
	s := int8(-100)
	fmt.Println(^s, s&^-128, s&0x7F, s|1, s^-1)
}
