package main

import (
	"fmt"
	"time"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Mode string

const (
	ModeFast Mode = "fast"
	ModeSafe Mode = "safe"
)

const Timeout = 5 * time.Second

const (
	MaxUsers  uint16  = 1000
	Ratio     float32 = 1.0 / 3
	Greeting          = "hi"
	Enabled   bool    = true
	Threshold         = MaxUsers / 3
)

func describe(m Mode) string { return "mode=" + string(m) }

func main() {
	fmt.Println(Red, Green, Blue, Color(7))
	fmt.Printf("%v %d %T\n", Blue, Blue, Blue)
	fmt.Println(describe(ModeFast), describe("custom"))
	fmt.Println(Timeout, Timeout.Seconds(), Timeout/2, 2*Timeout+time.Millisecond*300)
	fmt.Println(MaxUsers, Ratio, Greeting, Enabled, Threshold)
	fmt.Printf("%T %T %T\n", MaxUsers, Ratio, Threshold)
	// typed constant arithmetic keeps the type
	c := Blue + 1
	fmt.Println(c, c == 3)
	var total time.Duration
	for i := 1; i <= 3; i++ {
		total += time.Duration(i) * 250 * time.Millisecond
	}
	fmt.Println(total)
	colors := []Color{Blue, Red, Green}
	fmt.Println(colors)
	fmt.Printf("%v %+v %d\n", colors, colors, colors)
	m := map[Color]int{Green: 2, Red: 1}
	fmt.Println(m)
}
