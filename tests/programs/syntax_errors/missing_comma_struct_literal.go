package main

import "fmt"

type Job struct {
	ID   int
	Name string
}

func main() {
	j := Job{
		ID:   1,
		Name: "build"
	}
	fmt.Println(j.ID, j.Name)
}
