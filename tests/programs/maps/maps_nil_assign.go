package main

import "fmt"

type Config struct {
	Name  string
	Flags map[string]bool
}

func main() {
	var c Config
	c.Name = "demo"
	fmt.Println(c.Flags["verbose"], len(c.Flags), c.Flags == nil)
	delete(c.Flags, "verbose")
	for k := range c.Flags {
		fmt.Println("never", k)
	}
	counts := map[string]map[string]int{}
	fmt.Println(counts["a"]["b"])
	fmt.Println("incrementing a nil inner map")
	counts["a"]["b"]++
	fmt.Println("not reached")
}
