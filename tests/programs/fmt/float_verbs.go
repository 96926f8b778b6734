package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, 1, -1.5, 3.14159265, 1234567.891, 0.000012345, 1e21, 1e-7, 100}
	for _, v := range vals {
		fmt.Printf("v=%v f=%f .2f=%.2f e=%e E=%E g=%g G=%G\n", v, v, v, v, v, v, v)
	}
	fmt.Printf("%.0f %.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5, 3.5)
	fmt.Printf("%.1f %.1f %.1f\n", 0.05, 0.15, 0.25)
	fmt.Printf("%.3e %.10g %.3g %.3g\n", 123456.789, math.Pi, 123456.0, 0.00012345)
	fmt.Printf("%g %g %g %g\n", 1e20, 1e21, 1e-4, 1e-5)
	fmt.Printf("%F %8.3f %-8.3f| %+.2f %08.3f % .2f\n", 2.5, math.Pi, math.Pi, 2.0, -3.14159, 1.0)
	fmt.Printf("%#g %#.3g %#.0f %#e\n", 1.0, 2.0, 3.0, 4.0)
	fmt.Printf("%v %v %v %.2f %5.1f %e\n", math.Inf(1), math.Inf(-1), math.NaN(), math.NaN(), math.Inf(1), math.Inf(-1))
	fmt.Printf("%+v %+.1f % f %08.2f\n", math.Inf(1), math.NaN(), math.Inf(1), math.Inf(-1))
	fmt.Printf("%v %g %f\n", math.Copysign(0, -1), math.Copysign(0, -1), math.Copysign(0, -1))
	// float32 prints with its own shortest representation
	var f32 float32 = 0.1
	fmt.Printf("%v %g %f %.10f %e\n", f32, f32, f32, f32, f32)
	fmt.Printf("%v %v\n", float32(16777216), float32(3.4e38))
	// %x on floats
	fmt.Printf("%x %X %.2x\n", 1.0, 0.5, math.Pi)
	// %b on floats
	fmt.Printf("%b\n", 1.0)
	// large widths
	fmt.Printf("[%12.4e] [%-12.4E]\n", 123.456, 123.456)
	// %g precision counts significant digits
	for p := 1; p <= 6; p++ {
		fmt.Printf("%.*g ", p, 2.0/3)
	}
	fmt.Println()
	// default %v switches to exponent at 1e21
	fmt.Println(123456789012345678.0, 1e20, 1e21, 0.0001, 0.00001)
}
