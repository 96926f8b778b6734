package main

import "fmt"

type Conn struct {
	name string
	open bool
}

func (c *Conn) Close() {
	fmt.Println("closing", c.name)
	if !c.open {
		panic("secondary failure: " + c.name + " already closed")
	}
	c.open = false
}

func main() {
	defer fmt.Println("outermost defer still runs")
	c := &Conn{name: "db"}
	defer c.Close() // panics while the first panic unwinds
	fmt.Println("starting, open =", c.open)
	panic("primary failure")
}
