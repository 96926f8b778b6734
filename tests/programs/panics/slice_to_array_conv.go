package main

import "fmt"

type Vec3 [3]float64

func toVec(coords []float64) Vec3 {
	return Vec3(coords)
}

func (v Vec3) Dot(o Vec3) float64 {
	return v[0]*o[0] + v[1]*o[1] + v[2]*o[2]
}

func main() {
	a := toVec([]float64{1, 2, 3})
	fmt.Println(a, a.Dot(a))
	b := toVec([]float64{4, 5, 6, 7})
	fmt.Println(b, "(longer slices are fine)")
	ptr := (*[2]float64)([]float64{8, 9, 10})
	fmt.Println(*ptr)
	c := toVec([]float64{1, 2})
	fmt.Println(c, "unreachable")
}
