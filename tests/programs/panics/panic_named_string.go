package main

import "fmt"

type ErrMsg string

type Person struct {
	Name string
	Age  int
}

func validate(p Person) {
	if p.Age < 0 {
		panic(ErrMsg("negative age"))
	}
	fmt.Printf("%s: age %d ok\n", p.Name, p.Age)
}

func main() {
	people := []Person{{"ann", 30}, {"baby", 0}, {"ghost", -4}, {"zed", 50}}
	for _, p := range people {
		validate(p)
	}
}
