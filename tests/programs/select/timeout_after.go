package main

import (
	"fmt"
	"time"
)

func fetch(delay time.Duration) <-chan string {
	out := make(chan string, 1)
	go func() {
		time.Sleep(delay)
		out <- fmt.Sprint("response after ", delay)
	}()
	return out
}

func fetchWithTimeout(delay, timeout time.Duration) (string, error) {
	select {
	case r := <-fetch(delay):
		return r, nil
	case <-time.After(timeout):
		return "", fmt.Errorf("timed out after %v", timeout)
	}
}

func main() {
	r, err := fetchWithTimeout(10*time.Millisecond, 200*time.Millisecond)
	fmt.Println(r, err)

	r, err = fetchWithTimeout(300*time.Millisecond, 50*time.Millisecond)
	fmt.Printf("%q %v\n", r, err)

	// time.After returns a receive-only channel of time.Time
	start := time.Now()
	t := <-time.After(60 * time.Millisecond)
	fmt.Println("value is after start:", t.After(start))
	fmt.Println("waited >= 60ms:", time.Since(start) >= 60*time.Millisecond)

	// a zero or negative duration fires immediately
	select {
	case <-time.After(0):
		fmt.Println("zero timeout fired")
	case <-time.After(time.Second):
		fmt.Println("wrong")
	}
	select {
	case <-time.After(-time.Minute):
		fmt.Println("negative timeout fired")
	case <-time.After(time.Second):
		fmt.Println("wrong")
	}
}
