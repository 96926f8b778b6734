package main

import "fmt"

type Wrapper struct {
	V interface{}
}

func main() {
	m := map[interface{}]string{"a": "x"}
	fmt.Println(m["a"], m[Wrapper{1}] == "")
	var k interface{} = Wrapper{map[string]int{}}
	fmt.Println(m[k])
}
