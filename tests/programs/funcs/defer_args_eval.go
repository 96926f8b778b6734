package main

import "fmt"

type T struct{ name string }

func (t T) Show()   { fmt.Println("value receiver:", t.name) }
func (t *T) ShowP() { fmt.Println("pointer receiver:", t.name) }

func trace(msg string) string {
	fmt.Println("enter", msg)
	return msg
}

func un(msg string) { fmt.Println("leave", msg) }

func a() {
	defer un(trace("a")) // trace runs now, un later
	fmt.Println("in a")
}

func getFunc(label string) func(int) {
	fmt.Println("getting func", label)
	return func(n int) { fmt.Println("called", label, n) }
}

func main() {
	x := 1
	defer fmt.Println("deferred x (arg evaluated early):", x)
	defer func() { fmt.Println("deferred closure x:", x) }()
	x = 2

	a()

	// the function value and arguments are evaluated at the defer statement
	func() {
		n := 10
		defer getFunc("f1")(n)
		n = 20
		fmt.Println("n is", n)
	}()

	// receivers are evaluated at defer time too
	func() {
		t := T{"first"}
		defer t.Show()
		defer t.ShowP()
		t.name = "second"
	}()

	// slices passed to defer share elements
	func() {
		s := []int{1, 2, 3}
		defer fmt.Println("slice at defer:", s)
		s[0] = 100
		s = append(s, 4)
	}()

	// method value bound now
	func() {
		t := &T{"orig"}
		show := t.Show
		defer show()
		t.name = "changed"
	}()
	x = 3
	fmt.Println("main done, x =", x)
}
