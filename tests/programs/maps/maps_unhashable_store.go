package main

import "fmt"

func main() {
	m := map[interface{}]int{}
	m[1] = 1
	m["x"] = 2
	var k interface{} = []int{1, 2}
	fmt.Println(len(m), m[1], m["x"])
	m[k] = 3
	fmt.Println("not reached")
}
