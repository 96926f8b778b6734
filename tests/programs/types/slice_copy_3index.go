package main

import "fmt"

func main() {
	// copy returns the number of elements copied
	dst := make([]int, 3)
	n := copy(dst, []int{1, 2, 3, 4, 5})
	fmt.Println(n, dst)
	n = copy(dst, []int{9})
	fmt.Println(n, dst)
	// overlapping copy behaves like memmove
	s := []int{1, 2, 3, 4, 5}
	copy(s[1:], s)
	fmt.Println(s)
	s = []int{1, 2, 3, 4, 5}
	copy(s, s[2:])
	fmt.Println(s)
	// copy from string
	b := make([]byte, 3)
	fmt.Println(copy(b, "héllo"), b)
	// copy into empty/nil
	var nilDst []int
	fmt.Println(copy(nilDst, s))

	// three-index slices limit capacity
	arr := [8]int{0, 1, 2, 3, 4, 5, 6, 7}
	t := arr[2:4:5]
	fmt.Println(t, len(t), cap(t))
	t = append(t, 100) // fits in capacity: writes arr[4]
	fmt.Println(arr)
	t = append(t, 200) // exceeds capacity: new array
	t[0] = -2
	fmt.Println(arr, t)
	// full slice expression to force copy-on-append
	base := []int{1, 2, 3, 4}
	head := base[:2:2]
	head = append(head, 99)
	fmt.Println(base, head)
	// [:0:0]
	e := base[:0:0]
	fmt.Println(len(e), cap(e), e == nil)
	// three-index on a slice
	u := base[1:2:3]
	fmt.Println(u, len(u), cap(u))
	u = u[:cap(u)]
	fmt.Println(u)
	// slices.Clone-like idiom
	clone := append(base[:0:0], base...)
	clone[0] = -1
	fmt.Println(base, clone)
	// copy between slices of strings
	words := []string{"a", "b", "c", "d"}
	copy(words[2:], []string{"X", "Y", "Z"})
	fmt.Println(words)
	// insert via copy
	ins := []int{1, 2, 4, 5}
	ins = append(ins, 0)
	copy(ins[3:], ins[2:])
	ins[2] = 3
	fmt.Println(ins)
	// delete via copy
	del := []int{1, 2, 3, 4, 5}
	i := 1
	del = del[:i+copy(del[i:], del[i+1:])]
	fmt.Println(del)
}
