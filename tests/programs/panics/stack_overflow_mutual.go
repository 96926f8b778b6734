package main

import "fmt"

func ping(n int) int {
	if n == 0 {
		return 0
	}
	return pong(n+1) + 1 // bug: should be n-1
}

func pong(n int) int {
	return ping(n) + 1
}

func main() {
	fmt.Println("ping(0) =", ping(0))
	fmt.Println("now recursing forever...")
	fmt.Println(ping(1))
}
