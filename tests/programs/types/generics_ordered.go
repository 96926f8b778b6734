package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 |
		~float32 | ~float64 | ~string
}

func Max[T Ordered](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x > m {
			m = x
		}
	}
	return m
}

func InsertionSort[T cmp.Ordered](xs []T) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j] < xs[j-1]; j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}

func BinarySearch[T cmp.Ordered](xs []T, target T) (int, bool) {
	lo, hi := 0, len(xs)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		switch cmp.Compare(xs[mid], target) {
		case -1:
			lo = mid + 1
		case 1:
			hi = mid
		default:
			return mid, true
		}
	}
	return lo, false
}

type Person struct {
	Name string
	Age  int
}

func SortBy[T any, K cmp.Ordered](xs []T, key func(T) K) {
	slices.SortStableFunc(xs, func(a, b T) int { return cmp.Compare(key(a), key(b)) })
}

type Version string

func main() {
	fmt.Println(Max(3, 9, 2), Max("pear", "apple", "zucchini"), Max(2.5, -1.0))
	fmt.Println(Max[Version]("1.2", "1.10", "1.9"))
	ints := []int{5, 2, 8, 1, 9, 3}
	InsertionSort(ints)
	fmt.Println(ints)
	strs := strings.Fields("delta alpha charlie bravo")
	InsertionSort(strs)
	fmt.Println(strs)
	for _, t := range []int{1, 4, 9, 10} {
		i, ok := BinarySearch(ints, t)
		fmt.Print(i, ok, " ")
	}
	fmt.Println()
	people := []Person{{"Cy", 30}, {"Al", 25}, {"Bo", 30}, {"Di", 25}}
	SortBy(people, func(p Person) int { return p.Age })
	fmt.Println(people)
	SortBy(people, func(p Person) string { return p.Name })
	fmt.Println(people)
	fmt.Println(cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Compare(2.0, 2.0), cmp.Less(1, 2))
	fmt.Println(cmp.Or(0, 0, 7, 9), cmp.Or("", "fallback"))
	fs := []float64{3, -1, 2.5}
	InsertionSort(fs)
	fmt.Println(fs)
}
