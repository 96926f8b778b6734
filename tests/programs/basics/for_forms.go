package main

import "fmt"

func main() {
	// classic three-clause loop
	for i := 0; i < 3; i++ {
		fmt.Print(i, " ")
	}
	fmt.Println()
	// multiple variables
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ",", j, " ")
	}
	fmt.Println()
	// condition only (while)
	n := 27
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	fmt.Println("collatz steps:", steps)
	// infinite loop with break
	k := 0
	for {
		k++
		if k*k > 200 {
			break
		}
	}
	fmt.Println("first square > 200:", k)
	// continue
	odds := []int{}
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
		odds = append(odds, i)
	}
	fmt.Println(odds)
	// empty init/post
	x := 1
	for ; x < 100; {
		x *= 3
	}
	fmt.Println(x)
	for x := 0; x < 2; {
		x++
		fmt.Print("inner x=", x, " ")
	}
	fmt.Println("outer x=", x)
	// loop with decreasing counter over unsigned needs care
	for u := uint(3); u > 0; u-- {
		fmt.Print(u, " ")
	}
	fmt.Println()
	// nested loops building a triangle
	for row := 1; row <= 4; row++ {
		line := ""
		for col := 0; col < row; col++ {
			line += "*"
		}
		fmt.Println(line)
	}
	// modifying the loop variable inside the body
	for i := 0; i < 10; i++ {
		if i == 2 {
			i += 5
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	// closures see the per-iteration value
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
