package main

import "fmt"

type ErrMsg string

func validate(age int) {
	if age < 0 {
		panic(ErrMsg("negative age"))
	}
	fmt.Println("age ok:", age)
}

func main() {
	validate(30)
	validate(0)
	validate(-4)
}
