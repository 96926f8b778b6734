package main

import (
	"fmt"
	"time"
)

type Ball struct {
	hits int
	log  []string
}

// From Sameer Ajmani's "Advanced Go Concurrency Patterns": two players
// pass a ball back and forth over an unbuffered table channel.
func player(name string, table chan *Ball, done chan<- *Ball, maxHits int) {
	for {
		ball := <-table
		if ball.hits >= maxHits {
			done <- ball
			return
		}
		ball.hits++
		ball.log = append(ball.log, fmt.Sprintf("%s%d", name, ball.hits))
		time.Sleep(time.Millisecond)
		table <- ball
	}
}

func main() {
	table := make(chan *Ball)
	done := make(chan *Ball)
	go player("ping", table, done, 10)
	go player("pong", table, done, 10)

	table <- new(Ball) // toss the ball onto the table
	ball := <-done
	fmt.Println("hits:", ball.hits)
	fmt.Println("rallies logged:", len(ball.log))
	// the players strictly alternate, whoever served first
	alternates := true
	for i := 1; i < len(ball.log); i++ {
		if ball.log[i][:4] == ball.log[i-1][:4] {
			alternates = false
		}
	}
	fmt.Println("players alternate:", alternates)

	// the other player is still waiting for the ball: hand it over to let
	// it finish too
	table <- ball
	<-done
	fmt.Println("both players left the table")
}
