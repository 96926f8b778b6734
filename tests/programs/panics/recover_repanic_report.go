package main

import "fmt"

func main() {
	defer fmt.Println("main's deferred call runs before the report")
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic(fmt.Sprint("second: ", r))
	}()
	panic("first")
}
