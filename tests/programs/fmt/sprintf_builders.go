package main

import (
	"fmt"
	"strings"
)

func histogram(data map[string]int) string {
	keys := []string{"apples", "bananas", "cherries", "dates"}
	var sb strings.Builder
	maxLen := 0
	for _, k := range keys {
		maxLen = max(maxLen, len(k))
	}
	for _, k := range keys {
		sb.WriteString(fmt.Sprintf("%-*s %3d %s\n", maxLen, k, data[k], strings.Repeat("█", data[k])))
	}
	return sb.String()
}

func hexdump(b []byte) string {
	var out strings.Builder
	for off := 0; off < len(b); off += 8 {
		end := min(off+8, len(b))
		chunk := b[off:end]
		fmt.Fprintf(&out, "%04x  % -23x  |", off, chunk)
		for _, c := range chunk {
			if c >= 32 && c < 127 {
				out.WriteByte(c)
			} else {
				out.WriteByte('.')
			}
		}
		out.WriteString("|\n")
	}
	return out.String()
}

func main() {
	fmt.Print(histogram(map[string]int{"apples": 5, "bananas": 12, "cherries": 0, "dates": 3}))
	fmt.Print(hexdump([]byte("Hello, Gopher!\x00\x01\xffEnd")))
	// money formatting with thousands separators
	for _, cents := range []int64{0, 5, 123, 123456, 100000000, -98765} {
		neg := cents < 0
		if neg {
			cents = -cents
		}
		whole := fmt.Sprint(cents / 100)
		var parts []string
		for len(whole) > 3 {
			parts = append([]string{whole[len(whole)-3:]}, parts...)
			whole = whole[:len(whole)-3]
		}
		parts = append([]string{whole}, parts...)
		s := fmt.Sprintf("$%s.%02d", strings.Join(parts, ","), cents%100)
		if neg {
			s = "-" + s
		}
		fmt.Printf("%15s\n", s)
	}
	// progress bars
	for _, pct := range []int{0, 33, 50, 100} {
		n := pct / 5
		fmt.Printf("[%-20s] %3d%%\n", strings.Repeat("=", n), pct)
	}
}
