package main

import "fmt"

func spawn(n int = 4) {
	fmt.Println("spawning", n)
}

func main() {
	spawn(2)
}
