package main

import "fmt"

type Config struct {
	Workers int
}

func main() {
	c := Config
	fmt.Println(c)
}
