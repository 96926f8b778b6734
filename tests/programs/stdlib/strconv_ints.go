package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(0), strconv.Itoa(-42), strconv.Itoa(1<<40))
	for _, s := range []string{"123", "-7", "+5", "007", "", "12a", "3.0", " 1", "9223372036854775807", "9223372036854775808"} {
		n, err := strconv.Atoi(s)
		fmt.Printf("Atoi(%q) = %d, %v\n", s, n, err)
	}
	for _, tc := range []struct {
		s    string
		base int
		bits int
	}{
		{"ff", 16, 64}, {"-101", 2, 8}, {"777", 8, 16}, {"0x1F", 0, 64}, {"0b1010", 0, 64},
		{"0o17", 0, 64}, {"017", 0, 64}, {"1_000", 0, 64}, {"1_000", 10, 64}, {"128", 10, 8},
		{"-129", 10, 8}, {"z", 36, 64}, {"Zz", 36, 64}, {"12", 1, 64},
	} {
		n, err := strconv.ParseInt(tc.s, tc.base, tc.bits)
		fmt.Printf("ParseInt(%q,%d,%d) = %d, %v\n", tc.s, tc.base, tc.bits, n, err)
	}
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("300", 10, 8)
	fmt.Println(u, err)
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(255, 2), strconv.FormatInt(35, 36), strconv.FormatUint(1<<64-1, 36))
	fmt.Println(strconv.FormatInt(-9223372036854775808, 10), strconv.FormatInt(8, 8))
	b := []byte("n=")
	b = strconv.AppendInt(b, -12, 10)
	b = append(b, ' ')
	b = strconv.AppendUint(b, 255, 16)
	b = append(b, ' ')
	b = strconv.AppendBool(b, true)
	b = append(b, ' ')
	b = strconv.AppendQuote(b, "q\"")
	fmt.Println(string(b))
	// errors expose Func, Num and Err
	_, err = strconv.Atoi("oops")
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println(ne.Func, ne.Num, ne.Err == strconv.ErrSyntax)
	}
	_, err = strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(err.(*strconv.NumError).Err == strconv.ErrRange)
	n, _ := strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(n)
}
