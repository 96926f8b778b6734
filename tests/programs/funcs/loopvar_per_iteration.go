package main

import "fmt"

func main() {
	// Go 1.22: each iteration has its own variable
	var prints []func()
	for i := 0; i < 3; i++ {
		prints = append(prints, func() { fmt.Print(i, " ") })
	}
	for _, p := range prints {
		p()
	}
	fmt.Println()

	// range loops too
	var ptrs []*string
	for _, s := range []string{"a", "b", "c"} {
		ptrs = append(ptrs, &s)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()

	// modifications inside the body are carried to the next iteration
	var seen []int
	var fs []func() int
	for i := 0; i < 10; i++ {
		fs = append(fs, func() int { return i })
		i += 2
		seen = append(seen, i)
	}
	fmt.Println(seen)
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// closure modifying the loop variable affects only that iteration's copy
	var incs []func()
	var reads []func() int
	for i := 0; i < 3; i++ {
		incs = append(incs, func() { i += 100 })
		reads = append(reads, func() int { return i })
	}
	incs[1]()
	fmt.Println(reads[0](), reads[1](), reads[2]())

	// the post statement copies the value into the next iteration's variable
	var addrs []*int
	for i := 0; i < 3; i++ {
		addrs = append(addrs, &i)
	}
	fmt.Println(*addrs[0], *addrs[1], *addrs[2], addrs[0] != addrs[1])

	// map range per-iteration keys
	m := map[string]int{"x": 1, "y": 2}
	got := map[string]func() int{}
	for k, v := range m {
		got[k] = func() int { return v * 10 }
	}
	fmt.Println(got["x"](), got["y"]())

	// deferred closures in a loop see their own iteration
	func() {
		for i := range 3 {
			defer func() { fmt.Print("d", i, " ") }()
		}
	}()
	fmt.Println()
}
