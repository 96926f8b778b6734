package main

import "fmt"

type Stats struct {
	Total, Count int
}

func (s *Stats) Add(v int) {
	s.Total += v
	s.Count++
}

func (s Stats) Mean() int {
	return s.Total / s.Count // integer division: panics when Count is 0
}

func main() {
	pairs := [][2]int{{10, 2}, {7, 3}, {-9, 4}, {-9, -4}}
	for _, p := range pairs {
		fmt.Printf("%d / %d = %d rem %d\n", p[0], p[1], p[0]/p[1], p[0]%p[1])
	}
	var s Stats
	for _, v := range []int{3, 5, 10} {
		s.Add(v)
	}
	fmt.Println("mean:", s.Mean())
	var empty Stats
	fmt.Println("empty count:", empty.Count)
	fmt.Println("mean:", empty.Mean())
}
