package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer fmt.Println("deferred calls run during Goexit")
	fmt.Println("calling runtime.Goexit from main")
	runtime.Goexit()
	fmt.Println("unreachable")
}
