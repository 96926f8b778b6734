package main

import "fmt"

func gcd(a, b int) int {
again:
	if b == 0 {
		return a
	}
	a, b = b, a%b
	goto again
}

func sumTo(n int) int {
	i, s := 0, 0
top:
	if i > n {
		goto done
	}
	s += i
	i++
	goto top
done:
	return s
}

func validate(xs []int) (msg string) {
	for _, x := range xs {
		if x < 0 {
			goto fail
		}
	}
	return "ok"
fail:
	return "negative found"
}

func main() {
	fmt.Println(gcd(48, 18), gcd(17, 5), gcd(0, 9))
	fmt.Println(sumTo(10), sumTo(100))
	fmt.Println(validate([]int{1, 2}), validate([]int{1, -2}))
	// goto jumping backwards in main with a counter
	k := 0
retry:
	k++
	if k < 4 {
		fmt.Println("attempt", k)
		goto retry
	}
	fmt.Println("gave up after", k)
	// goto out of nested loops
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if i*j == 6 {
				fmt.Println("found", i, j)
				goto after
			}
		}
	}
after:
	fmt.Println("after loops")
}
