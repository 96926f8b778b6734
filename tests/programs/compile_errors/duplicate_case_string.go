package main

import "fmt"

func handle(cmd string) {
	switch cmd {
	case "start":
		fmt.Println("starting")
	case "stop":
		fmt.Println("stopping")
	case "start":
		fmt.Println("again")
	}
}

func main() {
	handle("start")
}
