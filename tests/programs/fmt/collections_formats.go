package main

import "fmt"

func main() {
	ints := []int{1, 2, 3}
	fmt.Printf("%v %d %x %03d %+d\n", ints, ints, []int{10, 255}, ints, ints)
	fmt.Printf("%#v %T\n", ints, ints)
	arr := [3]string{"a", "b", ""}
	fmt.Printf("%v %q %#v %T\n", arr, arr, arr, arr)
	nested := [][]int{{1}, {2, 3}, nil, {}}
	fmt.Printf("%v %#v\n", nested, nested)
	m := map[string][]int{"b": {2}, "a": {1, 1}, "c": nil}
	fmt.Printf("%v\n%#v\n", m, m)
	mi := map[int]string{3: "c", -1: "neg", 10: "ten"}
	fmt.Printf("%v %d\n", mi, map[string]int{"k": 255})
	fmt.Printf("%x\n", map[string]int{"k": 255})
	mb := map[bool]int{true: 1, false: 0}
	fmt.Println(mb)
	mf := map[float64]string{1.5: "a", -2: "b", 0.25: "c"}
	fmt.Println(mf)
	type key struct {
		A int
		B string
	}
	mk := map[key]bool{{2, "x"}: true, {1, "z"}: false, {1, "a"}: true}
	fmt.Println(mk)
	fmt.Printf("%+v\n", mk)
	ma := map[[2]int]int{{2, 1}: 1, {1, 2}: 2, {1, 1}: 3}
	fmt.Println(ma)
	// empty and nil collections
	var ns []string
	var nm map[string]int
	fmt.Printf("%v %v %#v %#v %d %s\n", ns, nm, ns, nm, len(ns), ns)
	fmt.Printf("%v %#v\n", []string{}, map[int]int{})
	// interfaces inside slices
	mixed := []any{1, "a", nil, 2.5, []int{1}, map[string]int{"x": 1}, true}
	fmt.Printf("%v\n%#v\n", mixed, mixed)
	// byte arrays vs byte slices
	ba := [3]byte{65, 66, 67}
	fmt.Printf("%v %s %x %q\n", ba, ba, ba, ba)
	fmt.Printf("%v %s\n", []byte("AB"), []byte("AB"))
	// Println of collections
	fmt.Println(ints, arr, m, nested)
	// pointers to slices and maps print with &
	fmt.Printf("%v %v\n", &ints, &mi)
	fmt.Printf("%+v\n", &[]string{"p"})
}
