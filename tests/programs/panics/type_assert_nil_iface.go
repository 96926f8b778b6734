package main

import "fmt"

type Animal interface{ Sound() string }
type Dog struct{}

func (Dog) Sound() string { return "woof" }

func find(name string) Animal {
	if name == "dog" {
		return Dog{}
	}
	return nil
}

func main() {
	a := find("dog")
	fmt.Println(a.(Dog).Sound())
	b := find("cat")
	_, ok := b.(Dog)
	fmt.Println("cat is a Dog?", ok)
	fmt.Println(b.(Dog).Sound())
}
