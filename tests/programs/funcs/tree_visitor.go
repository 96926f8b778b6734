package main

import (
	"fmt"
	"strings"
)

type Expr interface {
	Eval(env map[string]float64) float64
	String() string
}

type Num float64
type Var string
type Bin struct {
	Op   byte
	L, R Expr
}
type Call struct {
	Fn   string
	Args []Expr
}

func (n Num) Eval(map[string]float64) float64     { return float64(n) }
func (n Num) String() string                      { return fmt.Sprint(float64(n)) }
func (v Var) Eval(env map[string]float64) float64 { return env[string(v)] }
func (v Var) String() string                      { return string(v) }

func (b Bin) Eval(env map[string]float64) float64 {
	l, r := b.L.Eval(env), b.R.Eval(env)
	switch b.Op {
	case '+':
		return l + r
	case '-':
		return l - r
	case '*':
		return l * r
	case '/':
		return l / r
	}
	panic("bad op " + string(b.Op))
}

func (b Bin) String() string {
	return "(" + b.L.String() + " " + string(b.Op) + " " + b.R.String() + ")"
}

func (c Call) Eval(env map[string]float64) float64 {
	switch c.Fn {
	case "sum":
		t := 0.0
		for _, a := range c.Args {
			t += a.Eval(env)
		}
		return t
	case "max":
		m := c.Args[0].Eval(env)
		for _, a := range c.Args[1:] {
			m = max(m, a.Eval(env))
		}
		return m
	}
	return 0
}

func (c Call) String() string {
	parts := make([]string, len(c.Args))
	for i, a := range c.Args {
		parts[i] = a.String()
	}
	return c.Fn + "(" + strings.Join(parts, ", ") + ")"
}

// Walk visits every node in pre-order.
func Walk(e Expr, visit func(Expr, int), depth int) {
	visit(e, depth)
	switch n := e.(type) {
	case Bin:
		Walk(n.L, visit, depth+1)
		Walk(n.R, visit, depth+1)
	case Call:
		for _, a := range n.Args {
			Walk(a, visit, depth+1)
		}
	}
}

func main() {
	e := Bin{'+', Bin{'*', Num(2), Var("x")}, Call{"max", []Expr{Var("y"), Num(10), Bin{'/', Var("x"), Num(4)}}}}
	env := map[string]float64{"x": 3, "y": 12}
	fmt.Println(e, "=", e.Eval(env))
	env["y"] = 1
	fmt.Println(e.Eval(env))
	vars := map[string]int{}
	nodes := 0
	Walk(e, func(n Expr, d int) {
		nodes++
		if v, ok := n.(Var); ok {
			vars[string(v)]++
		}
		fmt.Printf("%s%T\n", strings.Repeat("  ", d), n)
	}, 0)
	fmt.Println(nodes, vars)
	s := Call{"sum", []Expr{Num(1), Num(2.5), Var("z")}}
	fmt.Println(s, s.Eval(nil))
}
