package main

import (
	"fmt"
	"strings"
)

type Job struct {
	ID    int
	Input string
}

type Result struct {
	ID     int
	Output string
	Err    string
}

func process(j Job) string {
	parts := strings.Split(j.Input, ":")
	n := len(parts[1]) // panics when there is no ':'
	var m map[string]int
	if parts[0] == "nilmap" {
		m["x"] = n
	}
	return strings.Repeat(parts[0], n)
}

func safeProcess(j Job) (res Result) {
	res.ID = j.ID
	defer func() {
		if r := recover(); r != nil {
			res.Err = fmt.Sprint(r)
		}
	}()
	res.Output = process(j)
	return
}

func main() {
	jobs := []Job{{1, "ab:xyz"}, {2, "noseparator"}, {3, "nilmap:1"}, {4, "z:"}, {5, "q:qq"}}
	ok, failed := 0, 0
	for _, j := range jobs {
		r := safeProcess(j)
		if r.Err != "" {
			failed++
			fmt.Printf("job %d failed: %s\n", r.ID, r.Err)
			continue
		}
		ok++
		fmt.Printf("job %d -> %q\n", r.ID, r.Output)
	}
	fmt.Println("ok", ok, "failed", failed)
}
