package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"sync"
)

type ParseError struct {
	Index int
	Input string
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("item %d: cannot parse %q", e.Index, e.Input)
}

func main() {
	inputs := []string{"12", "7", "x1", "40", "", "3", "0x10", "-5"}
	type outcome struct {
		idx int
		val int
		err error
	}
	results := make(chan outcome, len(inputs))
	var wg sync.WaitGroup
	for i, in := range inputs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n, err := strconv.Atoi(in)
			if err != nil {
				results <- outcome{idx: i, err: &ParseError{i, in}}
				return
			}
			results <- outcome{idx: i, val: n}
		}()
	}
	wg.Wait()
	close(results)

	var all []outcome
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].idx < all[j].idx })

	sum := 0
	var errs []error
	for _, o := range all {
		if o.err != nil {
			errs = append(errs, o.err)
			continue
		}
		sum += o.val
	}
	fmt.Println("sum of valid inputs:", sum)
	joined := errors.Join(errs...)
	fmt.Println("errors:")
	fmt.Println(joined)

	var pe *ParseError
	fmt.Println("errors.As finds a ParseError:", errors.As(joined, &pe), pe.Index)
}
