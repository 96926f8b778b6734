package main

import "fmt"

func main() {
	m := map[interface{}]int{}
	fmt.Println(m[1], len(m))
	var k interface{} = []string{"a"}
	delete(m, 2)
	fmt.Println(m[k])
}
