package main

import (
	"fmt"
	"os"
)

type ConfigError struct {
	File string
	Line int
}

func (e *ConfigError) Error() string {
	return fmt.Sprintf("config %s:%d: unexpected token", e.File, e.Line)
}

func load(path string, result chan<- string) {
	if path == "broken.conf" {
		panic(&ConfigError{File: path, Line: 12})
	}
	result <- "loaded " + path
}

func main() {
	result := make(chan string)
	go load("good.conf", result)
	fmt.Println(<-result)

	fmt.Fprintln(os.Stdout, "loading the broken file in the background")
	go load("broken.conf", result)
	// main waits; the panicking goroutine takes the program down first
	fmt.Println(<-result)
}
