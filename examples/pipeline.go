// Lesson: a pipeline.
//
// A pipeline is a chain of stages connected by channels. Each stage is a
// goroutine that receives values from the previous stage, does one small
// job, and sends results on to the next. The rule that makes it work:
// the stage that SENDS on a channel is the one that CLOSES it, when it has
// nothing more to send. Closing lets the next stage's `range` loop end,
// and that end ripples down the pipeline.
//
// Here: generate 1..10 -> square -> keep odd squares -> print.
// A single chain of goroutines keeps the order of the values, so the output
// is the same on every run.
package main

import "fmt"

// generate is the first stage: it emits the numbers from..to, then closes.
func generate(from, to int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out) // Watch: without this close, main would deadlock
		for i := from; i <= to; i++ {
			out <- i
		}
	}()
	return out
}

// square receives numbers and sends their squares.
func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in { // ends when `in` is closed
			out <- n * n
		}
	}()
	return out
}

// keepOdd forwards only odd numbers.
func keepOdd(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			if n%2 == 1 {
				out <- n
			}
		}
	}()
	return out
}

func main() {
	// Step 1: build the pipeline. Nothing flows yet: each stage is a
	// goroutine blocked on its first send or receive.
	// Watch: the channel types. Each function returns a receive-only
	// channel (<-chan int), so the caller cannot send or close by mistake.
	numbers := generate(1, 10)
	squares := square(numbers)
	odd := keepOdd(squares)

	// Step 2: pull values out of the last stage. Every receive here lets
	// the stages behind it move one step.
	sum := 0
	for v := range odd {
		fmt.Println("odd square:", v)
		sum += v
	}
	fmt.Println("sum of odd squares of 1..10:", sum)

	// Step 3: stages compose. The same functions make a longer pipeline.
	// Watch: square(square(x)) is x to the fourth power.
	for v := range square(square(generate(1, 4))) {
		fmt.Println("fourth power:", v)
	}
}
