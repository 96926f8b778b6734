package main

import (
	"errors"
	"fmt"
)

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type Money int64

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }

type BadThing struct{ Code int }

func (b BadThing) Error() string  { return fmt.Sprintf("bad thing %d", b.Code) }
func (b BadThing) String() string { return "should not be used: Error wins" }

type Both struct{}

func (Both) String() string   { return "Both.String" }
func (Both) GoString() string { return "Both{/*custom*/}" }

type PtrStringer struct{ N int }

func (p *PtrStringer) String() string { return fmt.Sprintf("PS<%d>", p.N) }

type Wrapper struct {
	C Color
	M Money
	E error
}

func main() {
	c := Color(1)
	fmt.Println(c, Color(0), Color(2))
	fmt.Printf("%v %s %d %q %x %5v| %-6s|\n", c, c, c, c, c, c, c)
	fmt.Printf("%+v %#v\n", c, c)
	fmt.Println(Money(123456), Money(5), []Money{100, 250})
	// Error takes precedence over String
	var b BadThing = BadThing{7}
	fmt.Println(b)
	fmt.Printf("%v %s %+v %d\n", b, b, b, b)
	// GoStringer used by %#v only
	fmt.Printf("%v %+v %#v\n", Both{}, Both{}, Both{})
	fmt.Printf("%#v\n", []Both{{}, {}})
	// pointer-receiver Stringer
	ps := PtrStringer{3}
	fmt.Println(ps, &ps)
	fmt.Printf("%v %v\n", []PtrStringer{{1}}, []*PtrStringer{{2}})
	// fields with Stringers inside structs
	w := Wrapper{Color(2), Money(999), errors.New("oops")}
	fmt.Printf("%v\n%+v\n", w, w)
	// maps with Stringer keys are sorted by underlying value
	m := map[Color]Money{2: 300, 0: 100, 1: 200}
	fmt.Println(m)
	// Sprint uses them too
	s := fmt.Sprint(c, Money(1))
	fmt.Printf("%q\n", s)
	// %x on a Stringer formats the string's hex
	fmt.Printf("%x %X\n", Color(0), Money(1))
}
