package main

import "fmt"

func main() {
	// two always-ready channels: select must choose roughly uniformly
	a := make(chan int)
	b := make(chan int)
	close(a)
	close(b)
	na, nb := 0, 0
	for i := 0; i < 10000; i++ {
		select {
		case <-a:
			na++
		case <-b:
			nb++
		}
	}
	fmt.Println("total:", na+nb)
	fmt.Println("a chosen at least 100 times:", na >= 100)
	fmt.Println("b chosen at least 100 times:", nb >= 100)
	fmt.Println("neither above 60%:", na < 6000 && nb < 6000)

	// four ready cases: each one wins a fair share
	chans := make([]chan int, 4)
	for i := range chans {
		chans[i] = make(chan int)
		close(chans[i])
	}
	var counts [4]int
	for i := 0; i < 10000; i++ {
		select {
		case <-chans[0]:
			counts[0]++
		case <-chans[1]:
			counts[1]++
		case <-chans[2]:
			counts[2]++
		case <-chans[3]:
			counts[3]++
		}
	}
	fair := true
	for _, c := range counts {
		if c < 1500 || c > 3500 {
			fair = false
		}
	}
	fmt.Println("four-way choice fair:", fair)

	// the first case in source order gets no preference over later ones
	x := make(chan int, 10000)
	y := make(chan int, 10000)
	for i := 0; i < 5000; i++ {
		x <- 1
		y <- 1
	}
	fromY := 0
	for i := 0; i < 5000; i++ {
		select {
		case <-x:
		case <-y:
			fromY++
		}
	}
	fmt.Println("later case chosen often:", fromY >= 1000)
}
