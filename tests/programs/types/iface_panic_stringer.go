package main

type S struct{ n int }

func (s S) String() string { return "stringer S" }

func main() {
	panic(S{1})
}
