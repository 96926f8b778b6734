package main

import "fmt"

// limit returns buf[lo:hi] with its capacity capped at max.
func limit(buf []byte, lo, hi, max int) []byte {
	return buf[lo:hi:max]
}

func main() {
	buf := make([]byte, 4, 8)
	copy(buf, "abcd")
	limited := limit(buf, 1, 3, 4)
	fmt.Println(string(limited), len(limited), cap(limited))
	limited = append(limited, 'X') // fits: overwrites buf[3]
	fmt.Println(string(buf))
	limited = append(limited, 'Y') // exceeds the cap: copies
	fmt.Println(string(buf), string(limited))
	full := limit(buf, 0, 4, 8)
	fmt.Println(len(full), cap(full))
	fmt.Println("trying capacity 9")
	over := limit(buf, 0, 4, 9)
	fmt.Println(over)
}
