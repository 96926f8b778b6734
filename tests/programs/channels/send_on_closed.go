package main

import "fmt"

func trySend(ch chan int, v int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	ch <- v
	return nil
}

func main() {
	ch := make(chan int, 2)
	fmt.Println("send 1:", trySend(ch, 1))
	close(ch)
	// sending on a closed channel panics even if there is buffer space
	fmt.Println("send 2:", trySend(ch, 2))
	fmt.Println("still buffered:", <-ch)

	// the panic value is a runtime.Error
	func() {
		defer func() {
			r := recover()
			e, isErr := r.(error)
			fmt.Println("is error:", isErr, "text:", e)
		}()
		ch <- 3
	}()

	// unrecovered, it crashes the program
	fmt.Println("sending without recover")
	ch <- 4
	fmt.Println("unreachable")
}
