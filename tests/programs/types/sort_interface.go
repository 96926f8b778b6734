package main

import (
	"fmt"
	"sort"
)

type Student struct {
	Name  string
	Grade int
	Age   int
}

type ByGrade []Student

func (s ByGrade) Len() int           { return len(s) }
func (s ByGrade) Less(i, j int) bool { return s[i].Grade > s[j].Grade }
func (s ByGrade) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

// multi-key sorter via embedding
type byAgeThenName struct{ ByGrade }

func (s byAgeThenName) Less(i, j int) bool {
	a, b := s.ByGrade[i], s.ByGrade[j]
	if a.Age != b.Age {
		return a.Age < b.Age
	}
	return a.Name < b.Name
}

func main() {
	students := []Student{
		{"Zoe", 88, 20}, {"Adam", 95, 22}, {"Mia", 88, 19},
		{"Liam", 72, 22}, {"Ava", 95, 20},
	}
	sort.Stable(ByGrade(students))
	for _, s := range students {
		fmt.Println(s.Name, s.Grade)
	}
	sort.Sort(byAgeThenName{students})
	fmt.Println(students)
	sort.Sort(sort.Reverse(byAgeThenName{students}))
	fmt.Println(students)
	fmt.Println(sort.IsSorted(ByGrade(students)))
	// sort.Interface implemented by a value receiver on a slice type
	nums := sort.IntSlice{5, 2, 9, 1}
	sort.Sort(nums)
	fmt.Println(nums, nums.Search(9), nums.Len())
	sort.Sort(sort.Reverse(nums))
	fmt.Println(nums)
}
