package main

import (
	"fmt"
	"os"
)

func loadConfig(lines []string) map[string]string {
	cfg := map[string]string{}
	for i := 0; i <= len(lines); i++ { // off-by-one
		cfg[fmt.Sprint("line", i)] = lines[i]
	}
	return cfg
}

func main() {
	defer fmt.Println("first deferred call: never runs")
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("fatal:", r)
			os.Exit(5)
		}
	}()
	fmt.Println("loading")
	cfg := loadConfig([]string{"a=1", "b=2"})
	fmt.Println(cfg)
}
