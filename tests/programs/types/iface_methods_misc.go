package main

import (
	"fmt"
	"strings"
)

type Pt struct{ X, Y int }

func (p Pt) Sum() int        { return p.X + p.Y }
func (p Pt) Scale(k int) Pt  { return Pt{p.X * k, p.Y * k} }
func (p *Pt) Move(dx int)    { p.X += dx }

type Outer struct {
	Pt
	Name string
}

type Stack struct{ items []string }

func (s *Stack) Push(v string) { s.items = append(s.items, v) }
func (s *Stack) Len() int      { return len(s.items) }

type Lener interface{ Len() int }

func pair() (int, string)          { return 7, "seven" }
func triple() (string, int, bool)  { return "t", 3, true }
func show(a any, b any) string     { return fmt.Sprint(a, "/", b) }
func head(n int, rest ...any) string { return fmt.Sprint(n, rest) }

func main() {
	// method expressions through pointers and embedded fields
	f := (*Pt).Sum
	p := &Pt{1, 2}
	fmt.Println(f(p))
	g := Pt.Scale
	fmt.Println(g(*p, 3))
	mv := (*Pt).Move
	mv(p, 10)
	fmt.Println(*p)
	h := Outer.Sum
	fmt.Println(h(Outer{Pt{4, 5}, "o"}))
	k := (*Outer).Move
	o := &Outer{Pt{1, 1}, "x"}
	k(o, 5)
	fmt.Println(o.X, o.Name)

	// multi-value calls as arguments
	fmt.Println(pair())
	fmt.Println(triple())
	fmt.Println(show(pair()))
	fmt.Println(head(pair()))
	s := fmt.Sprint(triple())
	fmt.Println(s)

	// pointers printed by fmt
	fmt.Println(p, &Outer{Pt{1, 2}, "n"})
	fmt.Printf("%v %+v\n", p, p)
	st := &Stack{}
	st.Push("a")
	fmt.Println(st)
	var l Lener = st
	fmt.Println(l.Len(), l)

	// fmt.Append*
	b := []byte("x=")
	b = fmt.Appendf(b, "%d,%s", 5, "five")
	b = fmt.Append(b, " ", 1.5)
	b = fmt.Appendln(b, " end")
	fmt.Print(string(b))

	var sb strings.Builder
	fmt.Fprintf(&sb, "%s-%d", "w", 9)
	fmt.Println(sb.String(), sb.Len())
	fmt.Printf("no args\n")
}
