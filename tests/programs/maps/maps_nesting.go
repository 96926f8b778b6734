package main

import "fmt"

type R struct {
	Names map[string]int
	N     int
}

func main() {
	list := []R{{Names: map[string]int{}}, {}}
	list[0].Names["x"] = 1
	list[0].Names["x"] += 2
	fmt.Println(list[0].Names, list[1].Names == nil)
	var arr [2]map[string]int
	arr[0] = map[string]int{}
	arr[0]["a"] = 5
	arr[0]["a"]++
	fmt.Println(arr, len(arr[0]), arr[1]["z"])
	mr := map[string]R{"k": {map[string]int{"q": 1}, 2}}
	mr["k"].Names["q"] = 7
	fmt.Println(mr["k"].Names["q"], mr["k"].N, mr)
	var mm map[string]map[int]string
	fmt.Println(mm["a"][1] == "", len(mm["a"]))
	keys := []string{"b", "a"}
	counts := map[string]int{}
	for i := 0; i < 10; i++ {
		counts[keys[i%2]] += i
	}
	fmt.Println(counts)
	sl := map[string][]string{}
	sl["a"] = append(sl["a"], "x")
	sl["a"][0] = "y"
	fmt.Println(sl, sl["a"][0])
	cp := map[int]int{}
	for k, v := range map[int]int{1: 2, 3: 4} {
		cp[v] = k
	}
	fmt.Println(cp)
}
