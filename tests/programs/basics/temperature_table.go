package main

import "fmt"

type Celsius float64
type Fahrenheit float64
type Kelvin float64

const (
	AbsoluteZeroC Celsius = -273.15
	FreezingC     Celsius = 0
	BoilingC      Celsius = 100
)

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func FToC(f Fahrenheit) Celsius { return Celsius((f - 32) * 5 / 9) }
func CToK(c Celsius) Kelvin     { return Kelvin(c - AbsoluteZeroC) }

func (c Celsius) String() string    { return fmt.Sprintf("%.1f°C", float64(c)) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%.1f°F", float64(f)) }

func main() {
	fmt.Println(CToF(BoilingC), CToF(FreezingC), FToC(-40), CToK(FreezingC))
	fmt.Printf("%-8s %-8s\n", "C", "F")
	for c := Celsius(-20); c <= 40; c += 15 {
		fmt.Printf("%-8.1f %-8.1f\n", float64(c), float64(CToF(c)))
	}
	var c Celsius = 36.6
	fmt.Println(c, CToF(c))
	fmt.Printf("%v %s %.2f\n", c, c, c)
	boiling := BoilingC - FreezingC
	fmt.Println(boiling)
	fmt.Println(FToC(212) == BoilingC)
}
