package main

import "fmt"

type Point struct{ X, Y int }

type Named string

type Key struct {
	Name string
	P    Point
	On   bool
}

func main() {
	// string keys: equality by bytes, not by identity
	m := map[string]int{}
	a := "hel"
	b := "lo"
	m[a+b] = 1
	s := "say hello"
	fmt.Println(m["hello"], m[s[4:]], len(m))
	m[""] = 5
	fmt.Println(m[""], len(m))
	m[s[4:9]] = 2
	fmt.Println(m["hello"], len(m))
	long := "abcdefghijklmnopqrstuvwxyz0123456789"
	m[long] = 9
	m[long[:35]] = 8
	fmt.Println(m["abcdefghijklmnopqrstuvwxyz0123456789"], m["abcdefghijklmnopqrstuvwxyz012345678"], len(m))

	// float keys: +0 and -0 are one key, NaN never matches
	fm := map[float64]string{}
	zero := 0.0
	negzero := -zero
	fm[zero] = "zero"
	fm[negzero] = "negzero"
	fmt.Println(len(fm), fm[0])
	nan := zero / zero
	fm[nan] = "nan1"
	fm[nan] = "nan2"
	_, found := fm[nan]
	fmt.Println(len(fm), found)
	delete(fm, nan)
	fmt.Println(len(fm))
	fm[1.5] = "x"
	fm[2.25] = "y"
	fmt.Println(fm[1.5], fm[2.25], fm[3])
	f32 := map[float32]int{0.1: 1, 0.5: 2}
	fmt.Println(f32[0.1], f32[0.5], f32[0.25])

	// array and struct keys
	ak := map[[2]int]string{{1, 2}: "one-two", {2, 1}: "two-one"}
	fmt.Println(ak[[2]int{1, 2}], ak[[2]int{2, 1}], ak[[2]int{}] == "")
	pk := map[Point]int{}
	for i := 0; i < 5; i++ {
		pk[Point{i, i * i}] += i
		pk[Point{i, i * i}] += 1
	}
	fmt.Println(len(pk), pk[Point{3, 9}], pk[Point{3, 3}])
	fmt.Println(pk)
	ck := map[Key]int{}
	ck[Key{"a", Point{1, 2}, true}] = 1
	ck[Key{"a", Point{1, 2}, false}] = 2
	ck[Key{"a" + "", Point{1, 2}, true}] = 3
	fmt.Println(len(ck), ck[Key{"a", Point{1, 2}, true}], ck)
	sk := map[[2]string]int{{"a", "b"}: 1}
	x := "a"
	fmt.Println(sk[[2]string{x, "b"}], sk[[2]string{"b", x}])

	// named key types
	nk := map[Named]int{"x": 1}
	nk[Named("y")] = 2
	fmt.Println(nk["x"], nk["y"], len(nk), nk)

	// interface keys: dynamic type and value
	ik := map[interface{}]string{}
	ik[1] = "int 1"
	ik["1"] = "string 1"
	ik[1.0] = "float 1"
	ik[int8(1)] = "int8 1"
	ik[Point{1, 2}] = "point"
	ik[[2]int{1, 2}] = "array"
	ik[true] = "bool"
	ik[nil] = "nil"
	var any1 interface{} = 1
	fmt.Println(len(ik), ik[any1], ik["1"], ik[1.0], ik[int8(1)], ik[int16(1)] == "")
	fmt.Println(ik[Point{1, 2}], ik[[2]int{1, 2}], ik[true], ik[false] == "", ik[nil])
	ik[1] = "int one"
	fmt.Println(ik[1], len(ik))
	delete(ik, Point{1, 2})
	delete(ik, nil)
	fmt.Println(len(ik), ik[Point{1, 2}] == "")
	var inan interface{} = zero / zero
	ik[inan] = "nan"
	ik[inan] = "nan"
	fmt.Println(len(ik))

	// interface-valued maps
	iv := map[string]interface{}{"a": 1, "b": "two", "c": []int{3}, "d": nil}
	fmt.Println(iv["a"], iv["b"], iv["c"], iv["d"], iv["e"], len(iv))
	fmt.Println(iv)
}
