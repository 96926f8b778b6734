package main

import "fmt"

type Violation struct {
	Rule  string
	Line  int
	Fatal bool
}

func (v Violation) String() string {
	return fmt.Sprintf("rule %s violated at line %d", v.Rule, v.Line)
}

func lint(lines []string) {
	for i, l := range lines {
		if len(l) > 20 {
			panic(Violation{"max-length", i + 1, true})
		}
		fmt.Printf("line %d ok (%d chars)\n", i+1, len(l))
	}
}

func main() {
	lint([]string{"package main", "func main() {}", "this line is definitely far too long"})
}
