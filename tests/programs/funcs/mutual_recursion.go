package main

import (
	"fmt"
	"strings"
)

func isEven(n int) bool { return n == 0 || isOdd(n-1) }
func isOdd(n int) bool  { return n != 0 && isEven(n-1) }

// A tiny recursive-descent parser for + - * / and parentheses.
type parser struct {
	toks []string
	pos  int
}

func (p *parser) peek() string {
	if p.pos < len(p.toks) {
		return p.toks[p.pos]
	}
	return ""
}
func (p *parser) next() string { t := p.peek(); p.pos++; return t }

func (p *parser) expr() int {
	v := p.term()
	for p.peek() == "+" || p.peek() == "-" {
		if p.next() == "+" {
			v += p.term()
		} else {
			v -= p.term()
		}
	}
	return v
}

func (p *parser) term() int {
	v := p.factor()
	for p.peek() == "*" || p.peek() == "/" {
		if p.next() == "*" {
			v *= p.factor()
		} else {
			v /= p.factor()
		}
	}
	return v
}

func (p *parser) factor() int {
	t := p.next()
	if t == "(" {
		v := p.expr()
		p.next() // ")"
		return v
	}
	if t == "-" {
		return -p.factor()
	}
	n := 0
	for _, c := range t {
		n = n*10 + int(c-'0')
	}
	return n
}

func tokenize(s string) []string {
	var toks []string
	num := ""
	for _, c := range s + " " {
		if c >= '0' && c <= '9' {
			num += string(c)
			continue
		}
		if num != "" {
			toks, num = append(toks, num), ""
		}
		if c != ' ' {
			toks = append(toks, string(c))
		}
	}
	return toks
}

func eval(s string) int { return (&parser{toks: tokenize(s)}).expr() }

// Hofstadter female and male sequences
func F(n int) int {
	if n == 0 {
		return 1
	}
	return n - M(F(n-1))
}

func M(n int) int {
	if n == 0 {
		return 0
	}
	return n - F(M(n-1))
}

func main() {
	fmt.Println(isEven(10), isOdd(7), isEven(7), isOdd(0))
	for _, e := range []string{"1 + 2 * 3", "(1 + 2) * 3", "100 / 7 / 2", "2 * (3 + 4) - -5", "((42))"} {
		fmt.Printf("%-18s = %d\n", e, eval(e))
	}
	fmt.Println(strings.Join(tokenize("12*(3+45)"), " "))
	var fs, ms []int
	for i := range 12 {
		fs = append(fs, F(i))
		ms = append(ms, M(i))
	}
	fmt.Println(fs)
	fmt.Println(ms)
}
