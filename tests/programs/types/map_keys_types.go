package main

import "fmt"

type Coord struct{ Row, Col int }

type Key struct {
	Name string
	ID   [2]byte
}

func main() {
	// struct keys
	board := map[Coord]rune{}
	board[Coord{0, 0}] = 'X'
	board[Coord{1, 1}] = 'O'
	board[Coord{0, 0}] = 'x'
	fmt.Println(len(board), string(board[Coord{0, 0}]), board)
	// array keys
	counts := map[[3]int]int{}
	counts[[3]int{1, 2, 3}]++
	counts[[3]int{1, 2, 3}]++
	counts[[3]int{3, 2, 1}]++
	fmt.Println(counts)
	// composite struct with array
	km := map[Key]string{{"a", [2]byte{1, 2}}: "first"}
	fmt.Println(km[Key{"a", [2]byte{1, 2}}], km[Key{"a", [2]byte{2, 1}}] == "")
	// interface keys of one dynamic type
	im := map[interface{}]int{}
	im[1] = 10
	im[2] = 20
	im[1] = 11
	fmt.Println(im[1], im[2], im[3], len(im))
	sm := map[any]string{"b": "B", "a": "A"}
	fmt.Println(sm)
	// pointer keys compare identity
	p1, p2 := &Coord{}, &Coord{}
	pm := map[*Coord]string{p1: "one", p2: "two"}
	fmt.Println(len(pm), pm[p1], pm[p2])
	// rune and byte keys
	rm := map[rune]int{'b': 2, 'a': 1, 'é': 3}
	fmt.Println(rm)
	bm := map[byte]bool{'z': true, 'a': false}
	fmt.Println(bm)
	// negative int keys and uint keys sorted
	fmt.Println(map[int8]string{-1: "m", 5: "p", -100: "n"}, map[uint]int{10: 1, 2: 2})
	// string keys sorted bytewise
	fmt.Println(map[string]int{"B": 1, "a": 2, "A": 3, "b": 4, "": 5})
	// memoized function with struct key
	type args struct{ n, k int }
	memo := map[args]int{}
	var choose func(n, k int) int
	choose = func(n, k int) int {
		if k == 0 || k == n {
			return 1
		}
		if v, ok := memo[args{n, k}]; ok {
			return v
		}
		v := choose(n-1, k-1) + choose(n-1, k)
		memo[args{n, k}] = v
		return v
	}
	fmt.Println(choose(30, 15), len(memo) > 0)
}
