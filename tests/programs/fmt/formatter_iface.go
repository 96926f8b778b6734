package main

import (
	"fmt"
	"strings"
)

// Vec implements fmt.Formatter to control every verb.
type Vec struct{ X, Y float64 }

func (v Vec) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v':
		if f.Flag('+') {
			fmt.Fprintf(f, "Vec{X:%g, Y:%g}", v.X, v.Y)
			return
		}
		if f.Flag('#') {
			fmt.Fprintf(f, "main.Vec{%#v, %#v}", v.X, v.Y)
			return
		}
		fallthrough
	case 's':
		fmt.Fprintf(f, "(%g, %g)", v.X, v.Y)
	case 'f':
		p, ok := f.Precision()
		if !ok {
			p = 2
		}
		fmt.Fprintf(f, "(%.*f, %.*f)", p, v.X, p, v.Y)
	default:
		fmt.Fprintf(f, "%%!%c(Vec)", verb)
	}
}

// Bar draws a bar whose length is the width.
type Bar int

func (b Bar) Format(f fmt.State, verb rune) {
	w, ok := f.Width()
	if !ok {
		w = 10
	}
	filled := min(int(b), w)
	s := strings.Repeat("#", filled) + strings.Repeat(".", w-filled)
	if f.Flag('-') {
		s = strings.Repeat(".", w-filled) + strings.Repeat("#", filled)
	}
	f.Write([]byte("[" + s + "]"))
}

func main() {
	v := Vec{1.5, -2}
	fmt.Printf("%v|%+v|%#v|%s|%f|%.1f|%d\n", v, v, v, v, v, v, v)
	fmt.Println(v, []Vec{{0, 0}, {1, 1}})
	fmt.Printf("%v\n", map[string]Vec{"a": {3, 4}})
	fmt.Printf("%v %5v %-5v\n", Bar(3), Bar(3), Bar(3))
	fmt.Printf("%20v\n", Bar(25))
	s := fmt.Sprint(Bar(1), Vec{})
	fmt.Println(s)
	fmt.Println(fmt.FormatString(fakeState{}, 'x'))
}

type fakeState struct{}

func (fakeState) Write(b []byte) (int, error) { return len(b), nil }
func (fakeState) Width() (int, bool)          { return 8, true }
func (fakeState) Precision() (int, bool)      { return 3, true }
func (fakeState) Flag(c int) bool             { return c == '-' || c == '#' }
