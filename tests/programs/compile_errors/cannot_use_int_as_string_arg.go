package main

import "fmt"

func logMsg(msg string) {
	fmt.Println("[log]", msg)
}

func main() {
	code := 404
	logMsg(code)
}
