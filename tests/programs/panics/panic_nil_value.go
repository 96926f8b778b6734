package main

import "fmt"

func mayFail(fail bool) error {
	if fail {
		return fmt.Errorf("failed")
	}
	return nil
}

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
	err := mayFail(false)
	fmt.Println("err is nil:", err == nil)
	panic(err)
}
