package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type check struct {
	host string
	ok   bool
}

func probe(host string, results chan<- check, errs chan<- error) {
	switch {
	case strings.HasPrefix(host, "bad"):
		errs <- fmt.Errorf("%s: connection refused", host)
	case strings.HasSuffix(host, ".down"):
		results <- check{host, false}
	default:
		results <- check{host, true}
	}
}

func main() {
	hosts := []string{"a.example", "bad.example", "b.example", "c.down", "bad2.example", "d.example"}
	results := make(chan check)
	errs := make(chan error)
	for _, h := range hosts {
		go probe(h, results, errs)
	}

	var up, down []string
	var failures []error
	for range hosts {
		select {
		case r := <-results:
			if r.ok {
				up = append(up, r.host)
			} else {
				down = append(down, r.host)
			}
		case err := <-errs:
			failures = append(failures, err)
		}
	}
	sort.Strings(up)
	sort.Strings(down)
	sort.Slice(failures, func(i, j int) bool { return failures[i].Error() < failures[j].Error() })
	fmt.Println("up:", up)
	fmt.Println("down:", down)
	fmt.Println("errors:")
	fmt.Println(errors.Join(failures...))
}
