package main

import (
	"fmt"
	"math/rand"
	"regexp"
	"strings"
)

var atoms = []string{"a", "b", "c", ".", "\\d", "\\w", "\\s", "[ab]", "[^a]", "[a-c]", "\\b", "^", "$", "x", "(?i:A)", "\\B", "é", "[[:upper:]]", "\\pL", "()"}
var reps = []string{"", "", "", "*", "+", "?", "*?", "+?", "??", "{2}", "{1,2}", "{0,}", "{2,}?", "{0,1}"}

func gen(r *rand.Rand, depth int) string {
	n := 1 + r.Intn(4)
	var sb strings.Builder
	for i := 0; i < n; i++ {
		var a string
		if depth < 3 && r.Intn(4) == 0 {
			inner := gen(r, depth+1)
			if r.Intn(3) == 0 {
				inner += "|" + gen(r, depth+1)
			}
			switch r.Intn(3) {
			case 0:
				a = "(" + inner + ")"
			case 1:
				a = "(?:" + inner + ")"
			default:
				a = "(?P<n" + fmt.Sprint(r.Intn(100)) + ">" + inner + ")"
			}
		} else {
			a = atoms[r.Intn(len(atoms))]
		}
		sb.WriteString(a + reps[r.Intn(len(reps))])
	}
	if r.Intn(5) == 0 {
		return "(?m)" + sb.String()
	}
	if r.Intn(7) == 0 {
		return "(?s)" + sb.String()
	}
	return sb.String()
}

func main() {
	r := rand.New(rand.NewSource(42))
	chars := "abcxA B\n1é_"
	for i := 0; i < 400; i++ {
		p := gen(r, 0)
		re, err := regexp.Compile(p)
		if err != nil {
			fmt.Println(p, "ERR", err)
			continue
		}
		for j := 0; j < 6; j++ {
			n := r.Intn(9)
			var sb strings.Builder
			for k := 0; k < n; k++ {
				c := []rune(chars)
				sb.WriteRune(c[r.Intn(len(c))])
			}
			s := sb.String()
			fmt.Printf("%q %q %v %v %q\n", p, s, re.FindStringSubmatchIndex(s), re.FindAllStringIndex(s, -1), re.ReplaceAllString(s, "<$1>"))
		}
	}
}
