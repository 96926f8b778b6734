package main

import (
	"errors"
	"fmt"
	"strings"
)

func divmod(a, b int) (int, int) { return a / b, a % b }

func minMax(xs []int) (lo, hi int) {
	if len(xs) == 0 {
		return // zero values
	}
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		lo = min(lo, x)
		hi = max(hi, x)
	}
	return
}

func parseKV(s string) (key, value string, err error) {
	k, v, ok := strings.Cut(s, "=")
	if !ok {
		err = errors.New("missing '=' in " + s)
		return
	}
	key, value = strings.TrimSpace(k), strings.TrimSpace(v)
	return key, value, nil
}

func swap[T any](a, b T) (T, T) { return b, a }

func counts(s string) (vowels, consonants, other int) {
	for _, r := range strings.ToLower(s) {
		switch {
		case strings.ContainsRune("aeiou", r):
			vowels++
		case r >= 'a' && r <= 'z':
			consonants++
		default:
			other++
		}
	}
	return
}

// named result shadowed in inner scope must be returned explicitly
func shadowed() (x int) {
	x = 1
	{
		x := 2
		_ = x
	}
	return
}

func threeVals() (int, string, bool) { return 7, "seven", true }

func takeThree(n int, s string, b bool) string { return fmt.Sprint(n, s, b) }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	fmt.Println(minMax([]int{3, -2, 9, 4}))
	fmt.Println(minMax(nil))
	for _, s := range []string{"name = gopher", "bad", " a=b=c "} {
		k, v, err := parseKV(s)
		fmt.Printf("%q %q %v\n", k, v, err)
	}
	a, b := swap("x", "y")
	fmt.Println(a, b)
	n1, n2 := swap(1, 2)
	fmt.Println(n1, n2)
	fmt.Println(counts("Hello, World!"))
	fmt.Println(shadowed())
	// passing multiple results directly
	fmt.Println(takeThree(threeVals()))
	// ignoring results
	_, s, _ := threeVals()
	fmt.Println(s)
	// multiple results in a slice literal via helper
	v, ok := lookup("b")
	fmt.Println(v, ok)
	if _, ok := lookup("zz"); !ok {
		fmt.Println("zz missing")
	}
}

func lookup(k string) (int, bool) {
	m := map[string]int{"a": 1, "b": 2}
	v, ok := m[k]
	return v, ok
}
