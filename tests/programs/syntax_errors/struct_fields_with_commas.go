package main

import "fmt"

type Task struct {
	id int, name string
}

func main() {
	t := Task{1, "x"}
	fmt.Println(t)
}
