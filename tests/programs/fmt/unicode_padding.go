package main

import "fmt"

func main() {
	// width counts runes, not bytes
	words := []string{"go", "héllo", "世界", "😀", "naïve café"}
	for _, w := range words {
		fmt.Printf("[%8s] [%-8s] [%.2s] len=%d\n", w, w, w, len(w))
	}
	fmt.Printf("[%6q] [%-6q]\n", "é", "世")
	fmt.Printf("[%5c] [%-3c]|\n", '世', 'é')
	fmt.Printf("[%10v] [%-10v]\n", []string{"é"}, []string{"世"})
	// precision truncates by runes
	fmt.Printf("[%.1s] [%.3s] [%5.1s]\n", "日本語", "日本語テキスト", "é")
	// %x on unicode strings shows bytes
	fmt.Printf("%x % x\n", "é", "世")
	// %q escapes non-printable but keeps printable unicode
	fmt.Printf("%q %+q\n", "日本\u200b", "日本")
	fmt.Printf("%U %#U\n", '😀', '日')
	// padding numbers next to wide text
	rows := []struct {
		name string
		n    int
	}{{"apple", 1}, {"äpfel", 22}, {"りんご", 333}}
	for _, r := range rows {
		fmt.Printf("%-8s|%5d|\n", r.name, r.n)
	}
	// Sprintf width with invalid UTF-8
	fmt.Printf("[%5s]\n", "\xff\xfe")
	fmt.Printf("[%-4s]|\n", "a\xffb")
}
