package main

import (
	"errors"
	"fmt"
)

type Check struct {
	Name string
	OK   bool
}

func main() {
	checks := []Check{{"disk", true}, {"network", false}, {"memory", true}, {"cpu", false}}
	var errs []error
	for _, c := range checks {
		status := "ok"
		if !c.OK {
			status = "FAILED"
			errs = append(errs, fmt.Errorf("check %s failed", c.Name))
		}
		fmt.Printf("%-8s %s\n", c.Name, status)
	}
	if err := errors.Join(errs...); err != nil {
		panic(err)
	}
}
