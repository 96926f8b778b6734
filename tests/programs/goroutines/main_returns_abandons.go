package main

import (
	"fmt"
	"sync"
	"time"
)

type logger struct {
	mu    sync.Mutex
	lines []string
}

func (l *logger) add(s string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.lines = append(l.lines, s)
}

func main() {
	lg := &logger{}

	// a background job that would take far too long
	go func() {
		for i := 0; ; i++ {
			time.Sleep(5 * time.Millisecond)
			lg.add(fmt.Sprint("tick ", i))
		}
	}()

	// a goroutine blocked forever
	never := make(chan int)
	go func() {
		v := <-never
		fmt.Println("unreachable", v)
	}()

	// a goroutine whose deferred call never runs because main wins the race
	go func() {
		defer fmt.Println("this deferred print never happens")
		time.Sleep(time.Hour)
	}()

	time.Sleep(60 * time.Millisecond)
	lg.mu.Lock()
	n := len(lg.lines)
	lg.mu.Unlock()
	fmt.Println("background job made progress:", n > 0)

	defer fmt.Println("deferred in main: runs")
	fmt.Println("main is returning; the program ends here")
}
