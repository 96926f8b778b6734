package main

import "fmt"

func main() {
sel:
	switch x := 2; x {
	case 2:
		for i := 0; i < 2; i++ {
			if i == 1 {
				continue sel
			}
			fmt.Println(i)
		}
	}
}
