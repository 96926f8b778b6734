package main

import (
	"fmt"
	"runtime"
)

const workers = runtime.NumCPU()

func main() {
	fmt.Println(workers)
}
