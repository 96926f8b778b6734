package main

import "fmt"

func main() {
	// recover sees a *runtime.PanicNilError for panic(nil)
	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered %T: %v\n", r, r)
		}()
		panic(nil)
	}()
	fmt.Println("second panic(nil) is not recovered")
	var err error
	panic(err)
}
