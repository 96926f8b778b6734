package main

import (
	"fmt"
	"sync"
)

var (
	once   sync.Once
	config map[string]string
)

func loadConfig() {
	fmt.Println("loading config")
	config = map[string]string{"env": "dev"}
	// bug: a helper that itself goes through the same Once
	fmt.Println("env:", getConfig()["env"])
}

func getConfig() map[string]string {
	once.Do(loadConfig)
	return config
}

func main() {
	fmt.Println("first access")
	fmt.Println(getConfig()["env"])
}
