package main

import "fmt"

type Item struct {
	Name  string
	Price float64
}

type Grid [2][2]int

func main() {
	m := map[string]int{"zeta": 26, "alpha": 1, "mid": 13, "": 0}
	fmt.Println(m)
	fmt.Printf("%v|%+v|%#v\n", m, m, m)
	fmt.Printf("%d %x\n", m, map[string]int{"a": 255})
	fmt.Printf("%T %T\n", m, map[int][]string{})
	fmt.Println(len(fmt.Sprint(m)), fmt.Sprintf("%v", map[int]bool{}))

	var nilMap map[string]bool
	fmt.Println(nilMap)
	fmt.Printf("%v %+v %#v %d\n", nilMap, nilMap, nilMap, len(nilMap))

	ints := map[int]string{10: "ten", -3: "minus three", 0: "zero", 7: "seven"}
	fmt.Println(ints)
	fl := map[float64]int{2.5: 1, -1: 2, 0: 3, 100: 4}
	fmt.Println(fl)
	bools := map[bool]int{true: 1, false: 0}
	fmt.Println(bools)
	items := map[string]Item{"b": {"bread", 2.5}, "a": {"apple", 0.75}}
	fmt.Println(items)
	fmt.Printf("%+v\n", items)
	fmt.Printf("%#v\n", items)
	nested := map[string]map[string][]int{"x": {"y": {1, 2}, "a": nil}, "b": {}}
	fmt.Println(nested)
	arr := map[[2]int]Grid{{1, 0}: {{1, 2}, {3, 4}}, {0, 1}: {}}
	fmt.Println(arr)
	structKeys := map[Item]int{{"b", 1}: 1, {"a", 2}: 2, {"a", 1}: 3}
	fmt.Println(structKeys)
	runes := map[rune]bool{'b': true, 'a': false}
	fmt.Println(runes)
	iv := map[string]interface{}{"n": 1, "s": "str", "f": 1.5, "nil": nil, "sl": []int{1}}
	fmt.Println(iv)
	fmt.Printf("%v\n", iv)
	ik := map[interface{}]int{3: 3, 1: 1, 2: 2}
	fmt.Println(ik)
	sk := map[interface{}]int{"b": 1, "a": 2}
	fmt.Println(sk)
	slices := []map[string]int{{"a": 1}, nil, {}}
	fmt.Println(slices)
	type Holder struct {
		ID   int
		Tags map[string]int
	}
	h := Holder{1, map[string]int{"t": 1, "s": 2}}
	fmt.Println(h)
	fmt.Printf("%+v\n", h)
	fmt.Println(map[string]int{"one": 1})
	fmt.Print(map[int]int{2: 4, 1: 1}, "\n")
}
