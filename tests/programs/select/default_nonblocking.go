package main

import "fmt"

// Non-blocking channel operations with select + default.
func trySend(ch chan<- string, msg string) bool {
	select {
	case ch <- msg:
		return true
	default:
		return false
	}
}

func tryRecv(ch <-chan string) (string, bool) {
	select {
	case m := <-ch:
		return m, true
	default:
		return "", false
	}
}

func main() {
	messages := make(chan string)
	// nobody is receiving on the unbuffered channel
	fmt.Println("send to unbuffered without receiver:", trySend(messages, "hi"))
	m, ok := tryRecv(messages)
	fmt.Printf("receive with no sender: %q %v\n", m, ok)

	mailbox := make(chan string, 2)
	for _, msg := range []string{"one", "two", "three"} {
		fmt.Printf("deliver %s: %v\n", msg, trySend(mailbox, msg))
	}
	for {
		m, ok := tryRecv(mailbox)
		if !ok {
			break
		}
		fmt.Println("got", m)
	}

	// a dropped-message counter for a lossy log
	logs := make(chan int, 5)
	dropped := 0
	for i := 0; i < 12; i++ {
		select {
		case logs <- i:
		default:
			dropped++
		}
	}
	fmt.Println("queued:", len(logs), "dropped:", dropped)

	// select with only a default runs the default
	select {
	default:
		fmt.Println("empty select with default")
	}
}
