package main

import "fmt"

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for n > 0 {
		b = append(b, byte('0'+n%10))
		n /= 10
	}
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

func main() {
	const n = 100000
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i*7] = i
	}
	fmt.Println(len(m))
	bad := 0
	for i := 0; i < n; i++ {
		if v, ok := m[i*7]; !ok || v != i {
			bad++
		}
		if _, ok := m[i*7+1]; ok {
			bad++
		}
	}
	fmt.Println("bad:", bad)
	for i := 0; i < n; i += 2 {
		delete(m, i*7)
	}
	fmt.Println(len(m))
	sum := 0
	for k, v := range m {
		sum += k - 7*v
		sum += v
	}
	fmt.Println(sum)
	for i := 0; i < n; i++ {
		m[i*7] += 1
	}
	fmt.Println(len(m), m[0], m[7], m[14], m[7*(n-1)])

	// churn: insert and delete many times in a small map
	c := map[int]int{}
	for i := 0; i < 200000; i++ {
		c[i] = i
		if i >= 10 {
			delete(c, i-10)
		}
	}
	csum := 0
	for k := range c {
		csum += k
	}
	fmt.Println(len(c), csum)

	// string keys
	s := map[string]int{}
	for i := 0; i < n; i++ {
		s["key"+itoa(i%50000)]++
	}
	fmt.Println(len(s), s["key0"], s["key49999"], s["key50000"])
	total := 0
	for k, v := range s {
		total += len(k) * v
	}
	fmt.Println(total)
	for i := 0; i < 50000; i += 3 {
		delete(s, "key"+itoa(i))
	}
	fmt.Println(len(s))

	// clear keeps the map usable
	clear(s)
	s["again"] = 1
	fmt.Println(len(s), s)

	// map of maps at scale
	mm := map[int]map[int]bool{}
	for i := 0; i < 1000; i++ {
		if mm[i%10] == nil {
			mm[i%10] = map[int]bool{}
		}
		mm[i%10][i] = true
	}
	inner := 0
	for _, v := range mm {
		inner += len(v)
	}
	fmt.Println(len(mm), inner)
}
