package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred: never printed because os.Exit skips defers")
	v := os.Getenv("GOLITE_SURELY_UNSET_VARIABLE_XYZ")
	fmt.Printf("unset: %q\n", v)
	val, ok := os.LookupEnv("GOLITE_SURELY_UNSET_VARIABLE_XYZ")
	fmt.Printf("lookup: %q %v\n", val, ok)
	// setting and reading back within the process
	os.Setenv("GOLITE_TEST_VAR", "hello")
	fmt.Println(os.Getenv("GOLITE_TEST_VAR"))
	os.Unsetenv("GOLITE_TEST_VAR")
	_, ok = os.LookupEnv("GOLITE_TEST_VAR")
	fmt.Println("after unset:", ok)
	fmt.Println(os.ExpandEnv("x=${GOLITE_SURELY_UNSET_VARIABLE_XYZ}!"))
	code := 4
	fmt.Println("exiting with", code)
	os.Exit(code)
}
