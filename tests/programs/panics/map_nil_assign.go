package main

import "fmt"

type Registry struct {
	name  string
	items map[string]int
}

func (r *Registry) Add(k string, v int) {
	r.items[k] = v
}

func main() {
	good := Registry{name: "good", items: map[string]int{}}
	good.Add("a", 1)
	good.Add("b", 2)
	fmt.Println(good.name, good.items)
	var bad Registry
	bad.name = "bad"
	fmt.Println("reading from a nil map is fine:", bad.items["a"], len(bad.items))
	delete(bad.items, "a")
	fmt.Println("deleting from a nil map is fine too")
	bad.Add("a", 1)
	fmt.Println("unreachable")
}
