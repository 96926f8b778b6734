package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n%2 == 0:
		return "even"
	default:
		return "odd"
	}
}

func grade(score int) string {
	switch s := score / 10; s {
	case 10, 9:
		return "A"
	case 8:
		return "B"
	case 7:
		return "C"
	case 6:
		return "D"
	}
	return "F"
}

func fall(n int) []string {
	var out []string
	switch n {
	case 0:
		out = append(out, "zero")
		fallthrough
	case 1:
		out = append(out, "one")
		fallthrough
	case 2:
		out = append(out, "two")
	case 3:
		out = append(out, "three")
		fallthrough
	default:
		out = append(out, "default")
	}
	return out
}

func main() {
	for _, n := range []int{-3, 0, 4, 7} {
		fmt.Println(n, classify(n))
	}
	for _, s := range []int{100, 95, 81, 70, 65, 12} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for i := 0; i <= 4; i++ {
		fmt.Println(i, fall(i))
	}
	// default in the middle is still only used when nothing matches
	x := 5
	switch x {
	default:
		fmt.Println("default")
	case 4:
		fmt.Println("four")
	case 5:
		fmt.Println("five")
	}
	// cases are evaluated in order, top-to-bottom, stopping at the first match
	calls := []string{}
	f := func(name string, v int) int { calls = append(calls, name); return v }
	switch 2 {
	case f("a", 1), f("b", 2), f("c", 2):
		fmt.Println("matched", calls)
	case f("d", 2):
		fmt.Println("not reached")
	}
	// switch on strings
	for _, cmd := range []string{"start", "stop", "pause", ""} {
		switch cmd {
		case "start", "resume":
			fmt.Println("running")
		case "stop":
			fmt.Println("stopped")
		case "":
			fmt.Println("empty command")
		default:
			fmt.Println("unknown:", cmd)
		}
	}
	// switch with init and no tag
	switch y := x * 2; {
	case y > 5:
		fmt.Println("y big", y)
	default:
		fmt.Println("y small", y)
	}
	// break out of switch early
	switch {
	case true:
		if x > 0 {
			fmt.Println("breaking")
			break
		}
		fmt.Println("not printed")
	}
	switch b := true; b {
	case false:
		fmt.Println("false")
	case true:
		fmt.Println("true")
	}
}
