package main

import "fmt"

func main() {
	in := make(chan int, 20)
	for i := 1; i <= 20; i++ {
		in <- i
	}
	close(in)

	// a bare break inside select only leaves the select, not the loop
	count := 0
	for i := 0; i < 5; i++ {
		select {
		case v := <-in:
			if v%2 == 0 {
				break // leaves the select
			}
			count++
		}
	}
	fmt.Println("odd values among first five:", count)

	// a labelled break leaves the enclosing loop
	sum := 0
outer:
	for {
		select {
		case v, ok := <-in:
			if !ok || v > 12 {
				break outer
			}
			sum += v
		}
	}
	fmt.Println("sum of 6..12:", sum)

	// continue inside select continues the loop
	kept := []int{}
	for {
		v, ok := <-in
		if !ok {
			break
		}
		select {
		default:
			if v%3 != 0 {
				continue
			}
			kept = append(kept, v)
		}
	}
	fmt.Println("multiples of 3 left:", kept)

	// goto out of a select works too
	c := make(chan string, 1)
	c <- "jump"
	select {
	case s := <-c:
		fmt.Println("got", s)
		goto end
	}
end:
	fmt.Println("after goto")
}
