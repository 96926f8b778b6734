package main

import (
	"fmt"
	"strings"
)

// Goroutines start in any order, but each one waits for its predecessor's
// signal before writing, so the sentence is always assembled in order.
func main() {
	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	var sb strings.Builder

	signals := make([]chan struct{}, len(words)+1)
	for i := range signals {
		signals[i] = make(chan struct{})
	}
	// start them in reverse to make the point
	for i := len(words) - 1; i >= 0; i-- {
		go func() {
			<-signals[i]
			if i > 0 {
				sb.WriteByte(' ')
			}
			sb.WriteString(words[i])
			close(signals[i+1])
		}()
	}
	close(signals[0])
	<-signals[len(words)]
	fmt.Println(sb.String())

	// the same idea with a baton passed through one shared channel
	baton := make(chan int)
	finished := make(chan []int)
	var got []int
	for id := 0; id < 5; id++ {
		go func() {
			for {
				n := <-baton
				if n%5 != id {
					baton <- n // not our turn: pass it on
					continue
				}
				got = append(got, id)
				if n == 9 {
					finished <- got
					return
				}
				baton <- n + 1
			}
		}()
	}
	baton <- 0
	fmt.Println(<-finished)
}
