package main

import "fmt"

func main() {
	buf := make([]byte, 4, 8)
	copy(buf, "abcd")
	limited := buf[1:3:4]
	fmt.Println(string(limited), len(limited), cap(limited))
	maxCap := 8
	full := buf[0:4:maxCap]
	fmt.Println(len(full), cap(full))
	maxCap = 9
	fmt.Println("trying capacity", maxCap)
	over := buf[0:4:maxCap]
	fmt.Println(over)
}
