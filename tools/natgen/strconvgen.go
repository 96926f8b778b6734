package main

import (
	"fmt"
	"math"
	"math/rand"
	"strconv"
)

var intInputs = []string{
	"", "0", "-0", "+0", "1", "-1", "+1", "+", "-", "++1", "+-1", "12", "123abc", "abc", " 1", "1 ",
	"127", "128", "-128", "-129", "255", "256", "32767", "32768", "-32768", "-32769", "65535", "65536",
	"2147483647", "2147483648", "-2147483648", "-2147483649", "4294967295", "4294967296",
	"9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
	"18446744073709551615", "18446744073709551616", "999999999999999999999", "-999999999999999999999",
	"99999999999999999999x", "1_000", "1__000", "_1000", "1000_", "0x1F", "0X1f", "-0x1F", "0x_1F", "0x1_F",
	"0x", "0x_", "0b101", "0B101", "0b", "0b2", "0o17", "0O17", "0o", "017", "08", "0_17", "00", "0xffffffffffffffff",
	"0x10000000000000000", "-0x8000000000000000", "-0x8000000000000001", "0b_1_0", "z", "Z", "zz", "ZZZZZZZZZZZZZ",
	"7fffffff", "ffffffff", "-ff", "1e3", "1.0", "\xff", "٣", "１", "0x1p4", "00000000000000000000000001",
	"1234567890123456789", "12345678901234567890", "-1234567890123456789", "0_0", "0__0",
}

var floatInputs = []string{
	"", "0", "-0", "+0", "1", "-1", "1.5", ".5", "5.", ".", "-.", "+.5", "1e10", "1E10", "1e+10", "1e-10", "1e", "1e+", "1ex",
	"1.7976931348623157e308", "1.7976931348623159e308", "1.8e308", "-1.8e308", "4.9e-324", "2.4e-324", "2.5e-324", "1e-400",
	"2.2250738585072011e-308", "2.2250738585072014e-308", "0.1", "0.2", "0.3", "3.4028234663852886e38", "3.4028235677973366e38",
	"3.5e38", "1.401298464324817e-45", "7e-46", "7.1e-46", "1e23", "8.98846567431158e307", "9007199254740993",
	"9007199254740992.5", "9007199254740993.0000000000000000000000001", "123456789012345678901234567890", "0.000000000000000000000000000001234",
	"1_000.5", "1__0", "_1", "1_", "1_e5", "1e_5", "1e5_", "0x1p4", "0x1P-4", "0x1.8p1", "0X.8p1", "0x1", "0x1.8", "0xp1", "0x_1p4", "0x1_0p0", "0x1p_4",
	"0x1.fffffffffffff8p1023", "0x1.fffffffffffff7p1023", "0x1p-1074", "0x1p-1075", "0x1.8p-1075", "0x1p-1076", "0x1.0000000000000800000000001p0",
	"0x1.00000000000008p0", "0x1.00000000000018p0", "0x123456789abcdef123p0", "0x1p1024", "0x.1p-1070",
	"inf", "Inf", "INF", "+inf", "-inf", "infinity", "-Infinity", "+INFINITY", "infin", "infinityx", "infx", "in", "nan", "NaN", "NAN", "+nan", "-nan", "nanx", "na",
	"1e1000000000000", "1e-1000000000000", "0e1000000000", "-0e5", "00001.5", "1.5x", " 1", "1 ", "0x", "0x1p", "1.2.3", "1..2", "\xff",
	"2.718281828459045235360287471352662497757247093699959574966967627724076630353",
	"0.50000000000000011102230246251565404236316680908203125", "0.50000000000000011102230246251565404236316680908203124",
	"1.00000005960464477539062", "1.00000005960464477539063", "16777217", "1.000000059604644775390625",
}

func genStrconv() {
	t := newTable("strconv_parse")
	for _, s := range intInputs {
		for _, base := range []int{0, 2, 8, 10, 16, 36, 1, 37, -1} {
			for _, bits := range []int{0, 8, 16, 32, 64, 65, -1} {
				if base != 0 && base != 10 && base != 16 && bits != 0 && bits != 64 {
					continue
				}
				v, err := strconv.ParseInt(s, base, bits)
				t.row("ParseInt", h(s), d(int64(base)), d(int64(bits)), d(v), errs(err))
				uv, err := strconv.ParseUint(s, base, bits)
				t.row("ParseUint", h(s), d(int64(base)), d(int64(bits)), u(uv), errs(err))
			}
		}
		v, err := strconv.Atoi(s)
		t.row("Atoi", h(s), d(int64(v)), errs(err))
	}
	rng := rand.New(rand.NewSource(10))
	fl := append([]string{}, floatInputs...)
	for i := 0; i < 300; i++ {
		var f float64
		switch i % 3 {
		case 0:
			f = math.Float64frombits(rng.Uint64())
		case 1:
			f = rng.NormFloat64() * math.Pow(10, float64(rng.Intn(40)-20))
		default:
			f = float64(float32(rng.ExpFloat64()))
		}
		prec := []int{-1, 3, 17, 25}[rng.Intn(4)]
		fl = append(fl, strconv.FormatFloat(f, "egx"[rng.Intn(3)], prec, 64))
	}
	for _, s := range fl {
		for _, bits := range []int{64, 32} {
			f, err := strconv.ParseFloat(s, bits)
			t.row("ParseFloat", h(s), d(int64(bits)), fmt.Sprintf("%x", math.Float64bits(f)), errs(err))
		}
	}
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "", "tRUE", "yes", "2"} {
		b, err := strconv.ParseBool(s)
		t.row("ParseBool", h(s), bl(b), errs(err))
	}
	quoted := []string{`""`, `"abc"`, `"a\nb"`, `"\x41\101\u0041\U00000041"`, `"\xff"`, `"\377"`, `"\400"`, `"\u00e9"`, `"\ud800"`, `"\U00110000"`,
		`'a'`, `'ab'`, `''`, `'\''`, `"\'"`, `'"'`, `"'"`, `'\"'`, "`raw\\n`", "`a\rb`", "`a`b`", `"abc`, `abc"`, `"a"b"`, `"\q"`, `"\`, `"\x4"`,
		`"日本"`, `'日'`, `'\u65e5'`, "\"\xff\"", "'\xff'", `"\a\b\f\n\r\t\v\\"`, "\"a\nb\"", `"\0"`, `"\08"`, `'\x80'`, `'\u0080'`, `"\uFFFD"`,
		`x`, `"`, `'`, "`", "``", `"\xc3\xa9"`, `"` + "\xc3\xa9" + `"`, `'\377'`, `'\400'`, `"a\z"`}
	for _, q := range quoted {
		s, err := strconv.Unquote(q)
		t.row("Unquote", h(q), h(s), errs(err))
		for _, qc := range []byte{'"', '\'', 0} {
			if len(q) < 1 {
				continue
			}
			v, mb, tail, err := strconv.UnquoteChar(q[1:], qc)
			t.row("UnquoteChar", h(q[1:]), d(int64(qc)), d(int64(v)), bl(mb), h(tail), errs(err))
		}
		p, err := strconv.QuotedPrefix(q + "tail")
		t.row("QuotedPrefix", h(q+"tail"), h(p), errs(err))
	}
	t.save()
}
