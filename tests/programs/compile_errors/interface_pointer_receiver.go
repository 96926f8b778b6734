package main

import "fmt"

type Worker interface {
	Run()
}

type Job struct {
	done bool
}

func (j *Job) Run() {
	j.done = true
}

func start(w Worker) {
	w.Run()
}

func main() {
	j := Job{}
	start(j)
	fmt.Println(j.done)
}
