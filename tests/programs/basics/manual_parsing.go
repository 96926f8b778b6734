package main

import "fmt"

func atoi(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	neg := false
	i := 0
	if s[0] == '-' || s[0] == '+' {
		neg = s[0] == '-'
		i++
		if len(s) == 1 {
			return 0, false
		}
	}
	n := 0
	for ; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	if neg {
		n = -n
	}
	return n, true
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	var buf [20]byte
	i := len(buf)
	for n != 0 {
		d := n % 10
		if d < 0 {
			d = -d
		}
		i--
		buf[i] = byte('0' + d)
		n /= 10
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

func toBase(n uint64, base uint64) string {
	const digits = "0123456789abcdefghijklmnopqrstuvwxyz"
	if n == 0 {
		return "0"
	}
	s := ""
	for n > 0 {
		s = string(digits[n%base]) + s
		n /= base
	}
	return s
}

func main() {
	for _, s := range []string{"123", "-45", "+7", "", "-", "12a", "0", "007"} {
		n, ok := atoi(s)
		fmt.Printf("%q -> %d %v\n", s, n, ok)
	}
	for _, n := range []int{0, 5, -5, 1234567, -9223372036854775808, 9223372036854775807} {
		fmt.Print(itoa(n), " ")
	}
	fmt.Println()
	for _, b := range []uint64{2, 8, 16, 36} {
		fmt.Print(toBase(255, b), " ", toBase(1<<64-1, b), "\n")
	}
	// word count by hand
	text := "  the quick  brown\tfox\njumps  "
	words, inWord := 0, false
	for i := 0; i < len(text); i++ {
		c := text[i]
		space := c == ' ' || c == '\t' || c == '\n'
		if !space && !inWord {
			words++
		}
		inWord = !space
	}
	fmt.Println("words:", words)
}
