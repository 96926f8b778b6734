package main

import "fmt"

type Counter struct {
	n int
}

(c *Counter) Inc() {
	c.n++
}

func main() {
	fmt.Println(Counter{})
}
