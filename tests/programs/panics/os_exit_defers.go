package main

import (
	"fmt"
	"os"
)

func cleanup(name string) {
	fmt.Println("cleanup", name, "(never printed)")
}

func run() int {
	defer cleanup("run")
	fmt.Println("running")
	return 3
}

func main() {
	defer cleanup("main")
	code := run() // run's defer does execute, since run returns normally
	fmt.Println("exiting with code", code)
	os.Exit(code)
}
