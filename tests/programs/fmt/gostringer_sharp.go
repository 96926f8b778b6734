package main

import "fmt"

type Level int

const (
	Low Level = iota
	High
)

func (l Level) GoString() string {
	if l == Low {
		return "Low"
	}
	return "High"
}

type Config struct {
	Name    string
	Level   Level
	Retries int
	Ratio   float64
	Tags    []string
	Meta    map[string]any
	Next    *Config
	private string
}

type ID uint32
type Names []string

func main() {
	c := Config{Name: "svc", Level: High, Retries: 3, Ratio: 0.5, Tags: []string{"a"}, Meta: map[string]any{"k": 1, "b": "x"}, private: "p"}
	fmt.Printf("%#v\n", c)
	fmt.Printf("%#v\n", Config{})
	fmt.Printf("%#v %#v %#v\n", ID(7), Names{"x"}, Names(nil))
	fmt.Printf("%#v %#v %#v %#v %#v\n", 42, "str", 2.0, 1e21, true)
	fmt.Printf("%#v %#v %#v\n", int8(-1), uint8(200), uintptr(10))
	fmt.Printf("%#v %#v\n", 'x', byte('x'))
	fmt.Printf("%#v %#v\n", []any{1, "a", nil}, map[string]bool{"t": true})
	fmt.Printf("%#v\n", [2][]int{{1}, nil})
	fmt.Printf("%#v %#v\n", 1+2i, complex64(3))
	fmt.Printf("%#v\n", struct {
		A int
		B string
	}{1, "b"})
	fmt.Printf("%#v\n", []Level{Low, High})
	fmt.Printf("%#v\n", map[Level]int{High: 1, Low: 0})
	fmt.Printf("%#v %#v\n", float32(0.1), 100.0)
	fmt.Printf("%#x %#o %#q\n", "hi", 8, "q")
}
