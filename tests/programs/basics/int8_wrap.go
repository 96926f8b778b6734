package main

import "fmt"

func main() {
	// signed 8-bit arithmetic wraps around at 127/-128
	var a int8 = 127
	a++
	fmt.Println("127+1 =", a)
	a--
	fmt.Println("back down =", a)
	var b int8 = -128
	b--
	fmt.Println("-128-1 =", b)
	var c int8 = 100
	fmt.Println("100*2 =", c*2, "100*3 =", c*3)
	var d int8 = -128
	fmt.Println("-(-128) =", -d)
	fmt.Println("-128 * -1 =", d*-1)

	// unsigned 8-bit
	var u uint8 = 255
	u++
	fmt.Println("255+1 =", u)
	u--
	fmt.Println("0-1 =", u)
	var v uint8 = 16
	fmt.Println("16*16 =", v*v, "16*17 =", v*17)
	var w uint8 = 3
	fmt.Println("-w =", -w, "^w =", ^w)

	// byte is uint8
	var bt byte = 'z'
	bt += 10
	fmt.Println("z+10 =", bt)

	// accumulating loop with wrap
	var sum int8
	for i := int8(0); i < 20; i++ {
		sum += i * 3
	}
	fmt.Println("sum =", sum)

	var prod uint8 = 1
	for i := uint8(1); i <= 10; i++ {
		prod *= i
	}
	fmt.Println("10! mod 256 =", prod)

	// conversions between the two
	x := int8(-1)
	u200, m56 := uint8(200), int8(-56)
	fmt.Println(uint8(x), int8(u200), uint8(m56))
	fmt.Printf("%T %T\n", a, u)
}
