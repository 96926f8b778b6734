package main

import "fmt"

type Config struct {
	Name    string
	Retries int
}

func (c *Config) Describe() string {
	if c == nil {
		return "no config"
	}
	return fmt.Sprintf("%s (retries=%d)", c.Name, c.Retries)
}

func (c *Config) Bump() {
	c.Retries++ // dereferences c
}

func load(name string) *Config {
	if name == "" {
		return nil
	}
	return &Config{Name: name}
}

func main() {
	a := load("prod")
	a.Bump()
	fmt.Println(a.Describe())
	b := load("")
	fmt.Println(b.Describe()) // nil receiver handled
	b.Bump()
	fmt.Println("unreachable")
}
