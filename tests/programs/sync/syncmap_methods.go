package main

import (
	"fmt"
	"sort"
	"sync"
)

func dump(m *sync.Map) string {
	var keys []string
	vals := map[string]any{}
	m.Range(func(k, v any) bool {
		keys = append(keys, k.(string))
		vals[k.(string)] = v
		return true
	})
	sort.Strings(keys)
	s := "{"
	for i, k := range keys {
		if i > 0 {
			s += " "
		}
		s += fmt.Sprintf("%s:%v", k, vals[k])
	}
	return s + "}"
}

func main() {
	var m sync.Map
	m.Store("apple", 3)
	m.Store("banana", 5)
	m.Store("cherry", 7)
	fmt.Println("after Store:", dump(&m))

	v, ok := m.Load("banana")
	fmt.Println("Load banana:", v, ok)
	v, ok = m.Load("durian")
	fmt.Println("Load durian:", v, ok)

	actual, loaded := m.LoadOrStore("apple", 100)
	fmt.Println("LoadOrStore existing:", actual, loaded)
	actual, loaded = m.LoadOrStore("date", 9)
	fmt.Println("LoadOrStore new:", actual, loaded)

	v, loaded = m.LoadAndDelete("cherry")
	fmt.Println("LoadAndDelete cherry:", v, loaded)
	v, loaded = m.LoadAndDelete("cherry")
	fmt.Println("LoadAndDelete again:", v, loaded)

	m.Delete("date")
	m.Delete("not-there") // no-op
	fmt.Println("after Delete:", dump(&m))

	prev, loaded := m.Swap("apple", 4)
	fmt.Println("Swap apple:", prev, loaded)
	prev, loaded = m.Swap("elder", 1)
	fmt.Println("Swap new key:", prev, loaded)

	fmt.Println("CompareAndSwap apple 4->40:", m.CompareAndSwap("apple", 4, 40))
	fmt.Println("CompareAndSwap apple 4->41:", m.CompareAndSwap("apple", 4, 41))
	fmt.Println("CompareAndDelete banana 6:", m.CompareAndDelete("banana", 6))
	fmt.Println("CompareAndDelete banana 5:", m.CompareAndDelete("banana", 5))
	fmt.Println("now:", dump(&m))

	// Range stops when the callback returns false
	m.Store("fig", 2)
	m.Store("grape", 8)
	visited := 0
	m.Range(func(k, v any) bool {
		visited++
		return visited < 2
	})
	fmt.Println("Range stopped after", visited)

	m.Clear()
	fmt.Println("after Clear:", dump(&m))
}
