package main

import "fmt"

type Response struct {
	Path string
	Code int
}

func checkAll(rs []Response) {
	for i, r := range rs {
		if r.Code != 200 {
			fmt.Println("bad code at", i, "for", r.Path)
			panic(r.Code)
		}
		fmt.Println("response", i, r.Path, "ok")
	}
}

func main() {
	checkAll([]Response{
		{"/", 200},
		{"/about", 200},
		{"/missing", 404},
		{"/never", 200},
	})
}
