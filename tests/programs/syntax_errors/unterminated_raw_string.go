// Example program: unterminated raw string.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	fmt.Println(`SELECT id, name
		FROM workers
		WHERE active = 1)
}
