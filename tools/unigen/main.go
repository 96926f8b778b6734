// Command unigen writes src/natives/unicode_tables.rs: golite's Unicode
// classification and case tables, enumerated from the Go toolchain's own
// unicode package so golite answers exactly as `go run` does.
//
//	cd tools/unigen && GOTOOLCHAIN=local GOPROXY=off GOFLAGS=-mod=mod go run . > ../../src/natives/unicode_tables.rs
package main

import (
	"fmt"
	"os"
	"runtime"
	"strings"
	"unicode"
)

type pred struct {
	name string
	f    func(rune) bool
}

// ranges lists the maximal [lo, hi] runs of code points satisfying f.
func ranges(f func(rune) bool) [][2]rune {
	var out [][2]rune
	start := rune(-1)
	for r := rune(0); r <= unicode.MaxRune+1; r++ {
		in := r <= unicode.MaxRune && f(r)
		if in && start < 0 {
			start = r
		} else if !in && start >= 0 {
			out = append(out, [2]rune{start, r - 1})
			start = -1
		}
	}
	return out
}

// deltas encodes a mapping m as runs (lo, hi, stride, delta) over the code
// points with m(r) != r: every lo + k*stride <= hi maps to r + delta.
func deltas(m func(rune) rune) [][4]int64 {
	var pts [][2]int64
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if t := m(r); t != r {
			pts = append(pts, [2]int64{int64(r), int64(t - r)})
		}
	}
	var out [][4]int64
	for i := 0; i < len(pts); {
		lo, d := pts[i][0], pts[i][1]
		j := i + 1
		stride := int64(1)
		if j < len(pts) && pts[j][1] == d && pts[j][0]-lo <= 2 {
			stride = pts[j][0] - lo
			for j < len(pts) && pts[j][1] == d && pts[j][0]-pts[j-1][0] == stride {
				j++
			}
		}
		out = append(out, [4]int64{lo, pts[j-1][0], stride, d})
		i = j
	}
	return out
}

func main() {
	var b strings.Builder
	fmt.Fprintf(&b, "//! Unicode %s tables enumerated from Go's unicode package (%s) by\n", unicode.Version, runtime.Version())
	b.WriteString("//! tools/unigen. DO NOT EDIT. Ranges are inclusive (lo, hi) pairs; case\n")
	b.WriteString("//! tables are (lo, hi, stride, delta) runs over the code points whose\n//! mapping differs from the identity.\n\n")
	fmt.Fprintf(&b, "pub const UNICODE_VERSION: &str = %q;\n\n", unicode.Version)
	preds := []pred{
		{"LETTER", unicode.IsLetter}, {"DIGIT", unicode.IsDigit}, {"NUMBER", unicode.IsNumber},
		{"SPACE", unicode.IsSpace}, {"UPPER", unicode.IsUpper}, {"LOWER", unicode.IsLower},
		{"TITLE", unicode.IsTitle}, {"PUNCT", unicode.IsPunct}, {"CONTROL", unicode.IsControl},
		{"GRAPHIC", unicode.IsGraphic}, {"PRINT", unicode.IsPrint}, {"MARK", unicode.IsMark},
		{"SYMBOL", unicode.IsSymbol},
	}
	for _, p := range preds {
		rs := ranges(p.f)
		fmt.Fprintf(&b, "pub static %s: [(u32, u32); %d] = [\n", p.name, len(rs))
		for i, r := range rs {
			if i%6 == 0 {
				b.WriteString("   ")
			}
			fmt.Fprintf(&b, " (0x%X, 0x%X),", r[0], r[1])
			if i%6 == 5 || i == len(rs)-1 {
				b.WriteString("\n")
			}
		}
		b.WriteString("];\n\n")
	}
	maps := []struct {
		name string
		m    func(rune) rune
	}{{"TO_UPPER", unicode.ToUpper}, {"TO_LOWER", unicode.ToLower}, {"TO_TITLE", unicode.ToTitle}, {"SIMPLE_FOLD", unicode.SimpleFold}}
	for _, m := range maps {
		ds := deltas(m.m)
		fmt.Fprintf(&b, "pub static %s: [(u32, u32, u8, i32); %d] = [\n", m.name, len(ds))
		for i, d := range ds {
			if i%4 == 0 {
				b.WriteString("   ")
			}
			fmt.Fprintf(&b, " (0x%X, 0x%X, %d, %d),", d[0], d[1], d[2], d[3])
			if i%4 == 3 || i == len(ds)-1 {
				b.WriteString("\n")
			}
		}
		b.WriteString("];\n\n")
	}
	os.Stdout.WriteString(strings.TrimRight(b.String(), "\n") + "\n")
}
