package main

import "fmt"

type Task struct {
	ID       int
	Name     string
	Priority int
}

func main() {
	tasks := []Task{
		{ID: 1, Name: "build", Prio: 2},
		{2, "test"},
		{ID: 3, "deploy", Priority: 1},
	}
	fmt.Println(tasks)
}
