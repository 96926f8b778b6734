package main

import "fmt"

/* worker pool example
   starts three workers and
   collects their results

func main() {
	fmt.Println("done")
}
