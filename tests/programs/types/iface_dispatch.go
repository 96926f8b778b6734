package main

import (
	"fmt"
	"strings"
	"time"
)

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }
func (r Rect) Name() string  { return "rect" }

type Circle struct{ R float64 }

func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (c *Circle) Name() string  { return "circle" }

type Counter struct{ n int }

func (c *Counter) Inc()     { c.n++ }
func (c Counter) Get() int  { return c.n }

type Incer interface{ Inc() }
type Getter interface{ Get() int }
type IncGetter interface {
	Incer
	Getter
}

type Base struct{ id int }

func (b Base) ID() int        { return b.id }
func (b *Base) SetID(i int)   { b.id = i }

type Derived struct {
	Base
	name string
}

type PtrEmbed struct {
	*Base
	extra int
}

type IDer interface{ ID() int }
type SetIDer interface {
	SetID(int)
	ID() int
}

type Named struct {
	fmt.Stringer
	tag string
}

type MyInt int

func (m MyInt) String() string { return fmt.Sprintf("MyInt(%d)", int(m)) }

type Slice []int

func (s Slice) Sum() int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

type Summer interface{ Sum() int }

type Big struct {
	a, b, c int
	s       string
}

func (b Big) Describe(prefix string, n int) (string, int) {
	return prefix + b.s, b.a + b.b + b.c + n
}

type Describer interface {
	Describe(string, int) (string, int)
}

func total(shapes []Shape) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}, Rect{1, 1}}
	for _, s := range shapes {
		fmt.Println(s.Name(), s.Area())
	}
	fmt.Println("total", total(shapes))

	c := &Counter{}
	var ig IncGetter = c
	ig.Inc()
	ig.Inc()
	fmt.Println(ig.Get(), c.n)
	var g Getter = ig
	fmt.Println(g.Get())
	var g2 Getter = *c
	c.Inc()
	fmt.Println(g2.Get(), g.Get())

	d := Derived{Base{7}, "d"}
	var ider IDer = d
	fmt.Println(ider.ID())
	var sider SetIDer = &d
	sider.SetID(9)
	fmt.Println(sider.ID(), d.id, ider.ID())

	pe := PtrEmbed{&Base{3}, 1}
	var s2 SetIDer = pe
	s2.SetID(4)
	fmt.Println(s2.ID(), pe.id)

	n := Named{MyInt(5), "x"}
	var st fmt.Stringer = n
	fmt.Println(st.String())

	var sm Summer = Slice{1, 2, 3}
	fmt.Println(sm.Sum())

	var de Describer = Big{1, 2, 3, "big"}
	str, num := de.Describe("the ", 10)
	fmt.Println(str, num)

	// method values and expressions on interfaces
	f := sm.Sum
	fmt.Println(f())
	h := Shape.Area
	fmt.Println(h(Rect{4, 5}))
	nameOf := Shape.Name
	fmt.Println(nameOf(&Circle{2}))
	inc := ig.Inc
	inc()
	inc()
	fmt.Println(c.n)

	// stdlib types behind interfaces
	var sb strings.Builder
	sb.WriteString("hello")
	var st2 fmt.Stringer = &sb
	fmt.Println(st2.String())
	var dur fmt.Stringer = 1500 * time.Millisecond
	fmt.Println(dur.String())

	// interface holding funcs, slices, pointers
	var anyF any = func(x int) int { return x * 2 }
	fmt.Println(anyF.(func(int) int)(21))
	var anyS any = []string{"a", "b"}
	fmt.Println(len(anyS.([]string)))
	p := &Rect{1, 2}
	var anyP any = p
	anyP.(*Rect).W = 10
	fmt.Println(p.W)
}
