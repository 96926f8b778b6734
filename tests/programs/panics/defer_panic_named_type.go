package main

import "fmt"

type Status string

func main() {
	defer fmt.Println("deferred before crash")
	panic(Status("degraded"))
}
