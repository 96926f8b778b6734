package main

import (
	"math/rand"
	"unicode"
	"unicode/utf8"
)

func utf8Inputs() []string {
	var in []string
	in = append(in, corpus...)
	for b := 0; b < 256; b++ {
		in = append(in, string([]byte{byte(b)}))
	}
	leads := []byte{0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xff}
	conts := []byte{0x00, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0}
	for _, l := range leads {
		for _, c := range conts {
			in = append(in, string([]byte{l, c}), string([]byte{l, c, 0x80}), string([]byte{l, c, 0x80, 0x80}), string([]byte{l, c, 0xbf, 0xbf, 'z'}))
		}
	}
	rng := rand.New(rand.NewSource(7))
	for i := 0; i < 300; i++ {
		n := rng.Intn(7)
		b := make([]byte, n)
		for j := range b {
			if rng.Intn(3) == 0 {
				b[j] = byte(0x80 + rng.Intn(64))
			} else {
				b[j] = byte(rng.Intn(256))
			}
		}
		in = append(in, string(b))
	}
	return in
}

func genUTF8() {
	t := newTable("utf8")
	for _, s := range utf8Inputs() {
		r, n := utf8.DecodeRuneInString(s)
		t.row("DecodeRune", h(s), d(int64(r)), d(int64(n)))
		r, n = utf8.DecodeLastRuneInString(s)
		t.row("DecodeLastRune", h(s), d(int64(r)), d(int64(n)))
		t.row("FullRune", h(s), bl(utf8.FullRuneInString(s)))
		t.row("RuneCount", h(s), d(int64(utf8.RuneCountInString(s))))
		t.row("Valid", h(s), bl(utf8.ValidString(s)))
		t.row("RuneStart", h(s), bl(len(s) > 0 && utf8.RuneStart(s[0])))
		rs := []rune(s)
		t.row("Runes", h(s), h(string(rs)), d(int64(len(rs))))
	}
	runes := []rune{-1, -0x80000000, 0, 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xfffd, 0xfffe, 0xffff, 0x10000, 0x10ffff, 0x110000, 0x7fffffff, 'a', 'é', '€', '𝄞'}
	rng := rand.New(rand.NewSource(8))
	for i := 0; i < 150; i++ {
		runes = append(runes, rune(rng.Intn(0x120000)))
	}
	for _, r := range runes {
		buf := make([]byte, 4)
		n := utf8.EncodeRune(buf, r)
		t.row("EncodeRune", d(int64(r)), h(string(buf[:n])), d(int64(utf8.RuneLen(r))), bl(utf8.ValidRune(r)))
	}
	t.save()
}

func genUnicode() {
	t := newTable("unicode")
	var rs []rune
	for r := rune(-2); r < 0x600; r++ {
		rs = append(rs, r)
	}
	for _, r := range []rune{0x10FFFF, 0x110000, 0x7fffffff, -0x80000000, 0x1E9E, 0x2126, 0x212A, 0x212B, 0x130, 0x131, 0x17F, 0x1C4, 0x1C5, 0x1C6, 0x3C2, 0x1F80, 0x1FBC, 0xFB00, 0x10400, 0x1E900, 0xA7C0, 0xAB70, 0x13A0, 0x2C2F} {
		rs = append(rs, r)
	}
	rng := rand.New(rand.NewSource(9))
	for i := 0; i < 4000; i++ {
		if i%2 == 0 {
			rs = append(rs, rune(rng.Intn(0x20000)))
		} else {
			rs = append(rs, rune(rng.Intn(0x110000)))
		}
	}
	preds := []func(rune) bool{unicode.IsLetter, unicode.IsDigit, unicode.IsNumber, unicode.IsSpace, unicode.IsUpper, unicode.IsLower, unicode.IsTitle, unicode.IsPunct, unicode.IsControl, unicode.IsGraphic, unicode.IsPrint, unicode.IsMark, unicode.IsSymbol}
	for _, r := range rs {
		mask := 0
		for i, p := range preds {
			if p(r) {
				mask |= 1 << i
			}
		}
		t.row("R", d(int64(r)), d(int64(mask)), d(int64(unicode.ToUpper(r))), d(int64(unicode.ToLower(r))), d(int64(unicode.ToTitle(r))), d(int64(unicode.SimpleFold(r))), d(int64(unicode.To(3, r))))
	}
	t.save()
}
