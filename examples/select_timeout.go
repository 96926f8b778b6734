// Lesson: select with a timeout.
//
// `select` waits on several channel operations at once and runs the first
// one that can proceed. Adding a case `<-time.After(d)` puts a time limit
// on the wait: time.After returns a channel that receives a value after d.
//
// Also shown: `default` makes a select non-blocking, and a result channel
// with a buffer of 1 lets a late worker finish instead of leaking.
//
// The timings are far apart (5ms vs 300ms) so the output does not change
// from run to run, even on a busy machine.
package main

import (
	"fmt"
	"time"
)

// slowQuery answers after delay. Its channel has a buffer of 1.
// Watch: if nobody is listening any more (the caller timed out), the send
// still succeeds into the buffer and the goroutine ends. With an
// unbuffered channel it would block forever: a goroutine leak.
func slowQuery(answer string, delay time.Duration) <-chan string {
	ch := make(chan string, 1)
	go func() {
		time.Sleep(delay)
		ch <- answer
	}()
	return ch
}

// queryWithTimeout waits for the answer, but at most `limit`.
func queryWithTimeout(answer string, delay, limit time.Duration) string {
	select {
	case a := <-slowQuery(answer, delay):
		return "got " + a
	case <-time.After(limit):
		return fmt.Sprintf("timed out after %v", limit)
	}
}

func main() {
	// Step 1: the answer comes before the deadline.
	fmt.Println("fast query:", queryWithTimeout("42", 5*time.Millisecond, 300*time.Millisecond))

	// Step 2: the answer is too slow; the timeout case wins.
	// Watch: the program does not wait the full 300ms for the answer.
	start := time.Now()
	fmt.Println("slow query:", queryWithTimeout("43", 300*time.Millisecond, 30*time.Millisecond))
	fmt.Println("  waited less than the query takes:", time.Since(start) < 300*time.Millisecond)

	// Step 3: a non-blocking receive with default.
	// Watch: nothing has been sent, so default runs at once.
	messages := make(chan string, 1)
	select {
	case m := <-messages:
		fmt.Println("received", m)
	default:
		fmt.Println("no message ready; not waiting")
	}
	messages <- "hi"
	select {
	case m := <-messages:
		fmt.Println("received", m)
	default:
		fmt.Println("no message ready; not waiting")
	}

	// Step 4: one deadline for a whole loop. The timer is created ONCE,
	// before the loop. (time.After inside the loop would restart the
	// clock at every iteration.)
	// Watch: the producer sends 3 values quickly and then stalls; the loop
	// receives the 3 values and then stops at the deadline.
	values := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			values <- i
		}
		// stall: never sends again (main ends the program later)
	}()
	deadline := time.After(50 * time.Millisecond)
	for {
		select {
		case v := <-values:
			fmt.Println("loop received", v)
			continue
		case <-deadline:
			fmt.Println("deadline reached; stop waiting")
		}
		break
	}
}
