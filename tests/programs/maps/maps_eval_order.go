package main

import "fmt"

var m = map[string]int{"a": 1}
var calls = ""

func f() int {
	m["a"] = 100
	return 1
}

func g() int {
	delete(m, "b")
	m["c"] = 5
	return 2
}

func key(k string) string {
	calls += "key(" + k + ") "
	return k
}

func val(v int) int {
	calls += "val "
	return v
}

func grow() int {
	for i := 0; i < 1000; i++ {
		m[fmt.Sprint("g", i)] = i
	}
	return 3
}

func main() {
	// the right side runs before m[k] is read
	m["a"] += f()
	fmt.Println(m["a"])
	m["b"] = 10
	m["b"] += g()
	fmt.Println(m)
	m["d"] = 1
	m["d"] *= grow()
	fmt.Println(m["d"], len(m))

	// the key is evaluated before the right side
	m[key("x")] += val(4)
	m[key("y")]++
	fmt.Println(calls, m["x"], m["y"])
	v, ok := m[key("x")]
	fmt.Println(v, ok, calls)
}
