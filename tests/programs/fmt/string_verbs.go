package main

import "fmt"

func main() {
	s := "Hello, 世界"
	fmt.Printf("[%s] [%v] [%q] [%+q] [%#q] [%x] [%X] [% x]\n", s, s, s, s, s, s, s, s)
	fmt.Printf("[%10s] [%-10s] [%.3s] [%10.2s] [%-10.4q]\n", "go", "go", "gopher", "gopher", "gopher")
	fmt.Printf("[%.2s] [%.7s]\n", "世界和平", s) // precision counts runes
	// quoting special characters
	fmt.Printf("%q\n", "tab\there \"quote\" back\\slash \x00 \u2028 \U0001F600")
	fmt.Printf("%+q\n", "é and 😀")
	fmt.Printf("%#q %#q %#q\n", "no backquote", "has `backquote`", "line\nbreak")
	fmt.Printf("%q\n", "\xff invalid")
	// byte slices format like strings with %s, %q, %x
	b := []byte("bytes!")
	fmt.Printf("%s %q %x %X % X %v\n", b, b, b, b, b, b)
	// %c and %U on strings are bad verbs
	fmt.Printf("%d\n", "str")
	// empty strings
	fmt.Printf("[%s] [%q] [%5s] [%x]\n", "", "", "", "")
	// %v on []string and with width
	fmt.Printf("%v %q %5s\n", []string{"a", "b"}, []string{"a", "b"}, []string{"a", "b"})
	// %x on strings with precision
	fmt.Printf("%.2x %10x\n", "abcdef", "ab")
	// zero padding strings
	fmt.Printf("[%05s] [%-05s]\n", "ab", "ab")
	// rune slices
	fmt.Printf("%v %q %c\n", []rune("hé"), []rune("hé"), []rune("hé"))
	// %t on booleans
	fmt.Printf("%t %t %v %5t %-6t|\n", true, false, true, true, false)
	fmt.Printf("%t\n", 1)
	fmt.Printf("%%d %% %5%|\n")
}
