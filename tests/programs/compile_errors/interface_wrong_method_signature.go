package main

import "fmt"

type Stringer interface {
	String() string
}

type Temp float64

func (t Temp) String() []byte {
	return []byte(fmt.Sprintf("%.1fC", float64(t)))
}

func main() {
	var s Stringer = Temp(21.5)
	fmt.Println(s.String())
}
