package main

import (
	"fmt"
	"strings"
)

type Event struct {
	Name string
	Data int
}

type Bus struct {
	handlers map[string][]func(Event) string
}

func NewBus() *Bus { return &Bus{handlers: map[string][]func(Event) string{}} }

func (b *Bus) On(name string, h func(Event) string) {
	b.handlers[name] = append(b.handlers[name], h)
}

func (b *Bus) Emit(e Event) []string {
	var out []string
	for _, h := range b.handlers[e.Name] {
		out = append(out, h(e))
	}
	return out
}

type Pricing func(float64) float64

func discount(pct float64) Pricing { return func(p float64) float64 { return p * (1 - pct/100) } }
func flatOff(amt float64) Pricing {
	return func(p float64) float64 { return max(0, p-amt) }
}
func chain(ps ...Pricing) Pricing {
	return func(p float64) float64 {
		for _, f := range ps {
			p = f(p)
		}
		return p
	}
}

type Middleware func(func(string) string) func(string) string

func logging(log *[]string) Middleware {
	return func(next func(string) string) func(string) string {
		return func(s string) string {
			*log = append(*log, "before "+s)
			r := next(s)
			*log = append(*log, "after "+r)
			return r
		}
	}
}

func upper(next func(string) string) func(string) string {
	return func(s string) string { return next(strings.ToUpper(s)) }
}

func main() {
	bus := NewBus()
	total := 0
	bus.On("add", func(e Event) string { total += e.Data; return fmt.Sprint("total=", total) })
	bus.On("add", func(e Event) string { return fmt.Sprint("logged ", e.Data) })
	bus.On("reset", func(Event) string { total = 0; return "reset" })
	fmt.Println(bus.Emit(Event{"add", 5}))
	fmt.Println(bus.Emit(Event{"add", 7}))
	fmt.Println(bus.Emit(Event{"unknown", 1}), len(bus.Emit(Event{"unknown", 1})))
	fmt.Println(bus.Emit(Event{"reset", 0}), total)

	strategies := map[string]Pricing{
		"none":    func(p float64) float64 { return p },
		"10%":     discount(10),
		"5 off":   flatOff(5),
		"both":    chain(discount(10), flatOff(5)),
		"too big": flatOff(1000),
	}
	for _, k := range []string{"none", "10%", "5 off", "both", "too big"} {
		fmt.Printf("%-8s %.2f\n", k, strategies[k](80))
	}

	var log []string
	handler := func(s string) string { return "<" + s + ">" }
	wrapped := logging(&log)(upper(handler))
	fmt.Println(wrapped("hi"))
	fmt.Println(log)
}
