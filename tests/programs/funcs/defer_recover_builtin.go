package main

import "fmt"

func f() {
	defer fmt.Println("f deferred")
	defer recover()
	panic("p")
}

func main() {
	defer func() { fmt.Println("main recovered", recover()) }()
	f()
}
