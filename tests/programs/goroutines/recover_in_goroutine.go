package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

// safeGo runs f in a goroutine and turns a panic into an error.
func safeGo(wg *sync.WaitGroup, errs chan<- error, name string, f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				errs <- fmt.Errorf("%s: recovered: %v", name, r)
			}
		}()
		f()
	}()
}

func divide(a, b int) int { return a / b }

func main() {
	var wg sync.WaitGroup
	errs := make(chan error, 10)

	safeGo(&wg, errs, "ok-task", func() { _ = divide(10, 2) })
	safeGo(&wg, errs, "div-task", func() { _ = divide(1, 0) })
	safeGo(&wg, errs, "index-task", func() {
		s := []int{1, 2, 3}
		i := 5
		_ = s[i]
	})
	safeGo(&wg, errs, "custom-task", func() { panic(errors.New("disk on fire")) })
	safeGo(&wg, errs, "nil-task", func() {
		var p *struct{ x int }
		p.x = 1
	})
	safeGo(&wg, errs, "assert-task", func() {
		var v any = "text"
		_ = v.(int)
	})

	wg.Wait()
	close(errs)
	var msgs []string
	for e := range errs {
		msgs = append(msgs, e.Error())
	}
	sort.Strings(msgs)
	for _, m := range msgs {
		fmt.Println(m)
	}
	fmt.Println("program survived", len(msgs), "panics")
}
