package main

import "fmt"

type Sensor struct {
	Name     string
	Readings []float64
}

func (s Sensor) Sum() float64 {
	sum := 0.0
	for _, r := range s.Readings {
		sum += r
		fmt.Println(s.Name, "running sum", sum)
	}
	return sum
}

func main() {
	sensors := []Sensor{
		{"north", []float64{0.5, 0.25}},
		{"south", []float64{1.5, 2.25, -5}},
	}
	for _, s := range sensors {
		if sum := s.Sum(); sum < 0 {
			panic(sum)
		}
	}
}
