package main

import "fmt"

type Speaker interface {
	Speak() string
}

type Dog struct{}

func (d *Dog) Speak() string { return "woof" }

func main() {
	var s Speaker = &Dog{}
	d := s.(Dog)
	fmt.Println(d)
}
