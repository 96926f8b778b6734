package main

import (
	"fmt"
	"sync"
)

// Unlike Once.Do, the functions from OnceFunc and OnceValue remember a
// panic and panic again with the same value on every call.
func main() {
	runs := 0
	f := sync.OnceFunc(func() {
		runs++
		panic("config file missing")
	})
	for i := 1; i <= 3; i++ {
		func() {
			defer func() { fmt.Printf("call %d: recovered %v\n", i, recover()) }()
			f()
		}()
	}
	fmt.Println("body ran", runs, "time(s)")

	g := sync.OnceValue(func() int {
		runs++
		var m map[string]int
		m["x"] = 1 // runtime error inside
		return 1
	})
	for i := 1; i <= 2; i++ {
		func() {
			defer func() { fmt.Printf("value call %d: recovered %v\n", i, recover()) }()
			fmt.Println(g())
		}()
	}
	fmt.Println("bodies ran", runs, "time(s) in total")

	// and unrecovered, the remembered panic crashes the program
	fmt.Println("calling f without recover")
	f()
}
