package main

import "fmt"

type Point {
	X, Y int
}

func main() {
	fmt.Println(Point{1, 2})
}
