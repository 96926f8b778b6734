// Exercises the strconv natives: float formatting in every style, integer
// bases, quoting, IsPrint/IsGraphic and the successful parse paths.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float64{0, 1, -1.5, 3.141592653589793, 1e21, 1e-7, 123456789, 5e-324, math.MaxFloat64, math.Inf(1), math.Inf(-1), math.NaN(), math.Copysign(0, -1)}
	fmts := []byte{'b', 'e', 'E', 'f', 'g', 'G', 'x', 'X', 'q'}
	for i := 0; i < len(vals); i++ {
		v := vals[i]
		line := ""
		for j := 0; j < len(fmts); j++ {
			line += strconv.FormatFloat(v, fmts[j], -1, 64) + " "
		}
		fmt.Println(line)
		fmt.Println(strconv.FormatFloat(v, 'e', 3, 64), strconv.FormatFloat(v, 'f', 2, 32), strconv.FormatFloat(v, 'g', 5, 32), strconv.FormatFloat(v, 'x', 0, 64))
	}
	fmt.Println(strconv.FormatFloat(0.1, 'f', 20, 64), strconv.FormatFloat(float64(float32(0.1)), 'g', -1, 32))
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(math.MinInt64, 2), strconv.FormatInt(35, 36), strconv.FormatInt(0, 7))
	fmt.Println(strconv.FormatUint(math.MaxUint64, 10), strconv.FormatUint(255, 2), strconv.Itoa(-42))
	fmt.Println(strconv.Quote("Hello, 世界\n\x00\xff\u2028"), strconv.QuoteToASCII("Hello, 世界\t"), strconv.QuoteToGraphic("\u00a0 tab\t"))
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRune('\''), strconv.QuoteRune(0x110000), strconv.QuoteRuneToASCII('☺'), strconv.QuoteRuneToGraphic('\u2003'))
	fmt.Println(strconv.IsPrint('a'), strconv.IsPrint('\u00a0'), strconv.IsPrint('\t'), strconv.IsGraphic('\u00a0'), strconv.IsGraphic('\u2028'))
	n, err := strconv.Atoi("-123")
	fmt.Println(n, err == nil)
	i64, err := strconv.ParseInt("-0x_7f", 0, 64)
	fmt.Println(i64, err == nil)
	u64, err := strconv.ParseUint("1777", 8, 16)
	fmt.Println(u64, err == nil)
	f, err := strconv.ParseFloat("1e-3", 64)
	fmt.Println(f, err == nil)
	f, err = strconv.ParseFloat("0x1.8p1", 64)
	fmt.Println(f, err == nil)
	f, err = strconv.ParseFloat("3.4028235e38", 32)
	fmt.Println(f, err == nil)
	f, err = strconv.ParseFloat("-Inf", 64)
	fmt.Println(f, err == nil)
}
