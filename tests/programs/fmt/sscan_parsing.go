package main

import "fmt"

func main() {
	var name string
	var age int
	var height float64
	n, err := fmt.Sscanf("ann 31 1.68", "%s %d %f", &name, &age, &height)
	fmt.Println(n, err, name, age, height)
	var a, b int
	n, err = fmt.Sscan("10 20", &a, &b)
	fmt.Println(n, err, a+b)
	var x, y int
	n, err = fmt.Sscanf("7,8", "%d,%d", &x, &y)
	fmt.Println(n, err, x, y)
	var hex int
	fmt.Sscanf("ff", "%x", &hex)
	fmt.Println(hex)
	var word string
	var num int
	n, err = fmt.Sscan("hello notanumber", &word, &num)
	fmt.Println(n, err != nil, word, num)
	var ok bool
	fmt.Sscan("true", &ok)
	fmt.Println(ok)
	// Sscanln stops at newline
	var p, q string
	n, err = fmt.Sscanln("one two\nthree", &p, &q)
	fmt.Println(n, err, p, q)
	var r rune
	fmt.Sscanf("Z", "%c", &r)
	fmt.Println(r, string(r))
	// parse key=value pairs
	var k string
	var v int
	for _, line := range []string{"w=3", "h=14", "bad"} {
		n, err := fmt.Sscanf(line, "%1s=%d", &k, &v)
		fmt.Println(line, n, err == nil, k, v)
	}
}
