package main

import "fmt"

type QueryError struct {
	Query string
	Code  int
}

func (e *QueryError) Error() string {
	return fmt.Sprintf("query %q failed with code %d", e.Query, e.Code)
}

func mustQuery(q string) []string {
	if q == "DROP" {
		panic(&QueryError{q, 1064})
	}
	return []string{"row1", "row2"}
}

func main() {
	fmt.Println(mustQuery("SELECT"))
	defer func() {
		fmt.Println("cleanup runs while unwinding")
	}()
	fmt.Println(mustQuery("DROP"))
}
