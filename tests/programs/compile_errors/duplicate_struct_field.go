package main

import "fmt"

type Config struct {
	Name    string
	Workers int
	Name    string
}

func main() {
	fmt.Println(Config{})
}
