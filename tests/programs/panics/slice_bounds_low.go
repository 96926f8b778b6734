package main

import "fmt"

type Series []float64

func (s Series) DropFirst(n int) Series {
	return s[n:]
}

func (s Series) Mean() float64 {
	sum := 0.0
	for _, v := range s {
		sum += v
	}
	return sum / float64(len(s))
}

func main() {
	temps := Series{20.5, 21, 19.75}
	fmt.Println(temps.DropFirst(1), temps.DropFirst(1).Mean())
	fmt.Println(temps.DropFirst(3), "(dropping all is fine)")
	fmt.Println(temps.DropFirst(3).Mean(), "(mean of nothing is NaN, not a panic)")
	fmt.Println(temps.DropFirst(4))
}
