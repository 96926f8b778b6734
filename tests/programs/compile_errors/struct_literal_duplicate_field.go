package main

import "fmt"

type Options struct {
	Workers int
	Verbose bool
}

func main() {
	o := Options{Workers: 2, Verbose: true, Workers: 4}
	fmt.Println(o)
}
