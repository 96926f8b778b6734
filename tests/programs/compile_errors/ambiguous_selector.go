package main

import "fmt"

type Logger struct {
	Name string
}

type Metrics struct {
	Name string
}

type Service struct {
	Logger
	Metrics
}

func main() {
	s := Service{}
	fmt.Println(s.Name)
}
