package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var names = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func (d Weekday) String() string { return names[d] }

type ByteSize float64

const (
	_           = iota // skip zero
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const (
	x0 = iota * iota
	x1
	x2
	_
	x4
	skipped = "str"
	x6      = iota
)

type Level uint8

const (
	Debug Level = iota + 1
	Info
	Warn = Info + 10
	Error
)

const (
	FlagA = 1 << iota
	FlagB
	FlagC
	FlagD
	Mask = FlagA | FlagC
)

func main() {
	fmt.Println(Sunday, Saturday, Wednesday+1, int(Friday))
	for d := Sunday; d <= Saturday; d += 2 {
		fmt.Print(d, " ")
	}
	fmt.Println()
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(x0, x1, x2, x4, skipped, x6)
	fmt.Println(Debug, Info, Warn, Error)
	fmt.Printf("%T %T\n", Warn, Error)
	fmt.Println(FlagA, FlagB, FlagC, FlagD, Mask)
	fmt.Printf("%04b\n", Mask)
	const (
		p = iota + 'a'
		q
		r
	)
	fmt.Println(p, q, r, string(rune(r)))
	const single = iota
	fmt.Println(single)
}
