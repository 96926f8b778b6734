package main

import "fmt"

type ExitCode int
type Status uint8

func run(steps []string) {
	for i, s := range steps {
		fmt.Println("step", i, s)
		if s == "fail" {
			panic(ExitCode(42))
		}
	}
}

func main() {
	defer fmt.Println("deferred in main")
	var st Status = 7
	fmt.Println("status", st)
	run([]string{"init", "load", "fail", "never"})
}
