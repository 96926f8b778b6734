package main

import "fmt"

func main() {
	ch := make(chan string, 2)
	ch <- "x"
	ch <- "y"
	close(ch)
	for i, v := range ch {
		fmt.Println(i, v)
	}
}
