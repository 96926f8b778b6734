package main

import (
	"fmt"
	"time"
)

func fetch(url string, ch chan<- string) {
	time.Sleep(time.Millisecond)
	ch <- "body of " + url
}

func main() {
	ch := make(chan string)
	go fetch("a.example", ch)
	body := <-ch
	elapsed := time.Since(time.Now())
	fmt.Println(elapsed)
}
