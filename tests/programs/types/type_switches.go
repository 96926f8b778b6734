package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Celsius float64
type Point struct{ X, Y int }

func (p Point) String() string { return "P" + strconv.Itoa(p.X) + "," + strconv.Itoa(p.Y) }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x) // x has type any here
	case uint8:
		return fmt.Sprintf("byte %d", x+1)
	case string:
		return "string of len " + strconv.Itoa(len(x))
	case bool:
		if x {
			return "true!"
		}
		return "false!"
	case Celsius:
		return fmt.Sprintf("temp %.1f", float64(x))
	case error:
		return "error: " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case []int:
		return fmt.Sprintf("ints summing to %d", sum(x))
	case map[string]int:
		return fmt.Sprintf("map with %d keys", len(x))
	case func() int:
		return fmt.Sprintf("func returning %d", x())
	case *Point:
		return "pointer to " + x.String()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func sum(xs []int) int {
	t := 0
	for _, v := range xs {
		t += v
	}
	return t
}

func main() {
	vals := []any{
		nil, 42, int64(-7), byte(9), "hello", true, false, Celsius(36.6),
		errors.New("boom"), Point{1, 2}, []int{1, 2, 3}, map[string]int{"a": 1},
		func() int { return 99 }, &Point{3, 4}, 3.14, []string{"x"}, int32(5),
	}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
	// type switch without binding
	count := map[string]int{}
	for _, v := range vals {
		switch v.(type) {
		case int, int32, int64, uint8:
			count["int"]++
		case float64:
			count["float"]++
		case string, []string:
			count["text"]++
		default:
			count["other"]++
		}
	}
	fmt.Println(count)
	// order of cases matters: error before Stringer
	type both struct{ error }
	fmt.Println(describe(both{errors.New("inner")}))
	// switch with init statement
	switch n := len(vals); x := vals[n-1].(type) {
	case int32:
		fmt.Println("last is int32:", x*2)
	}
}
