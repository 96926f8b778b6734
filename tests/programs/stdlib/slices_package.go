package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type User struct {
	Name string
	Age  int
}

func main() {
	s := []int{3, 1, 4, 1, 5, 9, 2, 6}
	fmt.Println(slices.Contains(s, 9), slices.Contains(s, 7), slices.Index(s, 1), slices.Index(s, 7))
	fmt.Println(slices.Max(s), slices.Min(s))
	c := slices.Clone(s)
	slices.Sort(c)
	fmt.Println(c, s, slices.IsSorted(c))
	i, found := slices.BinarySearch(c, 5)
	fmt.Println(i, found)
	i, found = slices.BinarySearch(c, 7)
	fmt.Println(i, found)
	slices.Reverse(c)
	fmt.Println(c)
	fmt.Println(slices.Compact([]int{1, 1, 2, 2, 2, 3, 1, 1}))
	fmt.Println(slices.Equal(s, c), slices.Equal([]int{}, nil), slices.Equal([]int{1}, []int{1}))
	ins := slices.Insert([]string{"a", "d"}, 1, "b", "c")
	fmt.Println(ins, len(ins))
	del := slices.Delete([]int{0, 1, 2, 3, 4, 5}, 1, 4)
	fmt.Println(del)
	fmt.Println(slices.IndexFunc(s, func(v int) bool { return v > 4 }))
	fmt.Println(slices.ContainsFunc(s, func(v int) bool { return v < 0 }))
	fmt.Println(slices.DeleteFunc(slices.Clone(s), func(v int) bool { return v%2 == 1 }))
	// SortFunc / SortStableFunc
	users := []User{{"Cy", 30}, {"Al", 25}, {"Bo", 30}, {"Di", 25}}
	slices.SortStableFunc(users, func(a, b User) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(users)
	slices.SortFunc(users, func(a, b User) int {
		return cmp.Or(-cmp.Compare(a.Age, b.Age), strings.Compare(a.Name, b.Name))
	})
	fmt.Println(users)
	idx, ok := slices.BinarySearchFunc([]User{{"a", 1}, {"b", 5}, {"c", 9}}, 5, func(u User, t int) int { return cmp.Compare(u.Age, t) })
	fmt.Println(idx, ok)
	fmt.Println(slices.MaxFunc(users, func(a, b User) int { return strings.Compare(a.Name, b.Name) }))
	// Repeat, Concat, Grow, Clip, Replace
	fmt.Println(slices.Repeat([]int{1, 2}, 3), slices.Concat([]int{1}, nil, []int{2, 3}))
	g := slices.Grow([]int{1}, 10)
	fmt.Println(len(g), cap(g) >= 11)
	fmt.Println(slices.Replace([]int{0, 1, 2, 3}, 1, 3, 9, 9, 9))
	fmt.Println(slices.Compare([]int{1, 2}, []int{1, 3}), slices.Compare([]int{1, 2}, []int{1}))
	// iterator helpers
	fmt.Println(slices.Sorted(slices.Values([]string{"b", "c", "a"})))
	fmt.Println(slices.Collect(slices.Values([]int{7, 8})))
	for ch := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		fmt.Print(ch, " ")
	}
	fmt.Println()
}
