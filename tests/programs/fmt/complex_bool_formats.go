package main

import "fmt"

func main() {
	c := complex(1.5, -2)
	fmt.Println(c, 2i, complex64(1+1i), -1-1i)
	fmt.Printf("%v %.2f %e %g %+.1f %8.1f|\n", c, c, c, c, c, c)
	fmt.Printf("%#v %T\n", c, c)
	fmt.Printf("%d\n", c)
	var zc complex128
	fmt.Println(zc, []complex64{1, 1i})
	// booleans
	t, f := true, false
	fmt.Println(t, f, t && f, t || f, !t)
	fmt.Printf("%v %t %5t|%-7t| %q %d\n", t, f, t, f, t, t)
	fmt.Printf("%#v %T\n", t, t)
	fmt.Println([]bool{true, false}, map[bool]int{false: 1})
	fmt.Printf("%s\n", true)
	type Flag bool
	fmt.Printf("%v %T\n", Flag(true), Flag(false))
}
