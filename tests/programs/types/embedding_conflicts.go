package main

import "fmt"

type A struct{ X, Y int }
type B struct{ X, Z int }

func (A) Hello() string { return "A.Hello" }
func (B) Hello() string { return "B.Hello" }
func (A) OnlyA() string { return "only A" }

type C struct {
	A
	B
	Y string // shallower Y wins over A.Y
}

type Inner struct{ V int }

func (i Inner) Get() int { return i.V }

type Middle struct{ Inner }
type Outer struct {
	Middle
	V string // shadows Inner.V at depth 0
}

type Logger struct{ prefix string }

func (l Logger) Log(msg string) string { return l.prefix + msg }

type Service struct {
	Logger
	name string
}

func main() {
	c := C{A{1, 2}, B{3, 4}, "shallow"}
	// c.X and c.Hello() would be ambiguous; must qualify
	fmt.Println(c.A.X, c.B.X, c.Y, c.A.Y, c.Z)
	fmt.Println(c.A.Hello(), c.B.Hello(), c.OnlyA())

	o := Outer{Middle{Inner{42}}, "top"}
	fmt.Println(o.V, o.Inner.V, o.Middle.Inner.V, o.Get())

	s := Service{Logger{"[svc] "}, "db"}
	fmt.Println(s.Log("started " + s.name))
	s.prefix = "[new] "
	fmt.Println(s.Log("renamed"))

	// embedded struct literal forms
	s2 := Service{Logger: Logger{prefix: "> "}}
	fmt.Printf("%+v %q\n", s2, s2.Log(""))
	fmt.Printf("%v\n", o)
}
