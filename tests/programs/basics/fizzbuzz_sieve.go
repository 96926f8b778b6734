package main

import "fmt"

func fizzbuzz(n int) string {
	switch {
	case n%15 == 0:
		return "FizzBuzz"
	case n%3 == 0:
		return "Fizz"
	case n%5 == 0:
		return "Buzz"
	}
	return fmt.Sprint(n)
}

func sieve(limit int) []int {
	composite := make([]bool, limit+1)
	var primes []int
	for i := 2; i <= limit; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= limit; j += i {
			composite[j] = true
		}
	}
	return primes
}

func isPerfect(n int) bool {
	sum := 1
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			sum += d
			if d != n/d {
				sum += n / d
			}
		}
	}
	return n > 1 && sum == n
}

func main() {
	for i := 1; i <= 20; i++ {
		fmt.Print(fizzbuzz(i))
		if i < 20 {
			fmt.Print(",")
		}
	}
	fmt.Println()
	p := sieve(100)
	fmt.Println(len(p), p)
	fmt.Println(len(sieve(10000)))
	perfect := []int{}
	for n := 1; n < 10000; n++ {
		if isPerfect(n) {
			perfect = append(perfect, n)
		}
	}
	fmt.Println("perfect:", perfect)
	// twin primes below 100
	twins := 0
	for i := 1; i < len(p); i++ {
		if p[i]-p[i-1] == 2 {
			twins++
		}
	}
	fmt.Println("twin pairs:", twins)
	// digit sums
	for _, n := range []int{0, 9, 99, 12345, 987654321} {
		s := 0
		for m := n; m > 0; m /= 10 {
			s += m % 10
		}
		fmt.Print(s, " ")
	}
	fmt.Println()
}
