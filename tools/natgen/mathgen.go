package main

import (
	"fmt"
	"math"
	"math/rand"
	"os"
	"os/exec"
	"strings"
)

// expInputs are the arguments of the ExpNoFMA rows.
func expInputs() []float64 {
	in := mathInputs()
	rng := rand.New(rand.NewSource(15))
	for i := 0; i < 400; i++ {
		in = append(in, (rng.Float64()*2-1)*750, rng.NormFloat64())
	}
	return in
}

// expNoFMA re-runs this program with Go's FMA use disabled (as on CPUs
// without FMA) and returns its Exp rows.
func expNoFMA() []string {
	cmd := exec.Command(os.Args[0], "-exp")
	cmd.Env = append(os.Environ(), "GODEBUG=cpu.fma=off")
	out, err := cmd.Output()
	if err != nil {
		panic(err)
	}
	return strings.Split(strings.TrimSpace(string(out)), "\n")
}

func fb(f float64) string { return fmt.Sprintf("%x", math.Float64bits(f)) }

func mathInputs() []float64 {
	in := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 2, -2, 3, 10, 100, 1e-10, 1e10, 1e300, -1e300, 1e-300,
		math.Inf(1), math.Inf(-1), math.NaN(), math.MaxFloat64, -math.MaxFloat64, math.SmallestNonzeroFloat64, -math.SmallestNonzeroFloat64,
		2.2250738585072014e-308, math.Pi, -math.Pi, math.Pi / 2, math.Pi / 4, math.E, 0.1, 0.7, 0.99999, 1.00001, 1.5, 2.5, -2.5, 3.5, 4.5,
		0.49999999999999994, 709.78, 709.79, -745.1, -745.2, 710, -708, 1e15, 1 << 52, 1<<52 + 0.5, 1 << 53, 1 << 60, 1e20, 1e22, 123456.789,
		-0.75, 0.75, 1e-5, -1e-5, 22, 23, 0.0001, 1024, -1024, -1074, 1023.5, 50, -50, 88.7, 1e-20, 7, 1e6}
	rng := rand.New(rand.NewSource(11))
	for i := 0; i < 250; i++ {
		var f float64
		switch i % 5 {
		case 0:
			f = rng.Float64()*2 - 1
		case 1:
			f = (rng.Float64()*2 - 1) * 10
		case 2:
			f = (rng.Float64()*2 - 1) * 1000
		case 3:
			f = rng.NormFloat64() * math.Pow(2, float64(rng.Intn(200)-100))
		default:
			f = math.Float64frombits(rng.Uint64())
		}
		in = append(in, f)
	}
	return in
}

func genMath() {
	t := newTable("math")
	unary := []struct {
		name string
		f    func(float64) float64
	}{
		{"Sqrt", math.Sqrt}, {"Cbrt", math.Cbrt}, {"Exp", math.Exp}, {"Exp2", math.Exp2}, {"Expm1", math.Expm1},
		{"Log", math.Log}, {"Log2", math.Log2}, {"Log10", math.Log10}, {"Log1p", math.Log1p},
		{"Sin", math.Sin}, {"Cos", math.Cos}, {"Tan", math.Tan}, {"Asin", math.Asin}, {"Acos", math.Acos}, {"Atan", math.Atan},
		{"Sinh", math.Sinh}, {"Cosh", math.Cosh}, {"Tanh", math.Tanh}, {"Asinh", math.Asinh}, {"Acosh", math.Acosh}, {"Atanh", math.Atanh},
		{"Floor", math.Floor}, {"Ceil", math.Ceil}, {"Trunc", math.Trunc}, {"Round", math.Round}, {"RoundToEven", math.RoundToEven},
		{"Abs", math.Abs}, {"Logb", math.Logb}, {"Erf", math.Erf}, {"Erfc", math.Erfc}, {"Gamma", math.Gamma}, {"Erfinv", math.Erfinv}, {"Erfcinv", math.Erfcinv},
	}
	in := mathInputs()
	rng := rand.New(rand.NewSource(14))
	for i := 0; i < 60; i++ {
		in = append(in, rng.Float64()*2-1, rng.Float64()*40-20)
	}
	for _, x := range in {
		for _, f := range unary {
			t.row(f.name, fb(x), fb(f.f(x)))
		}
		fr, e := math.Frexp(x)
		t.row("Frexp", fb(x), fb(fr), d(int64(e)))
		ip, fp := math.Modf(x)
		t.row("Modf", fb(x), fb(ip), fb(fp))
		s, c := math.Sincos(x)
		t.row("Sincos", fb(x), fb(s), fb(c))
		lg, sign := math.Lgamma(x)
		t.row("Lgamma", fb(x), fb(lg), d(int64(sign)))
		t.row("Ilogb", fb(x), d(int64(math.Ilogb(x))))
		t.row("J0", fb(x), fb(math.J0(x)))
		t.row("J1", fb(x), fb(math.J1(x)))
		t.row("Y0", fb(x), fb(math.Y0(x)))
		t.row("Y1", fb(x), fb(math.Y1(x)))
		for _, n := range []int{-3, -2, 2, 3, 5, 10, 40} {
			t.row("Jn", d(int64(n)), fb(x), fb(math.Jn(n, x)))
			t.row("Yn", d(int64(n)), fb(x), fb(math.Yn(n, x)))
		}
		t.row("IsNaN", fb(x), bl(math.IsNaN(x)))
		t.row("IsInf", fb(x), bl(math.IsInf(x, 1)), bl(math.IsInf(x, -1)), bl(math.IsInf(x, 0)))
		t.row("Signbit", fb(x), bl(math.Signbit(x)))
		t.row("Float32bits", fb(x), fmt.Sprintf("%x", math.Float32bits(float32(x))))
		t.row("Nextafter32", fb(x), fmt.Sprintf("%x", math.Float32bits(math.Nextafter32(float32(x), 0))), fmt.Sprintf("%x", math.Float32bits(math.Nextafter32(float32(x), float32(math.Inf(1))))))
		for _, e := range []int{-1100, -1075, -1074, -1022, -10, -1, 0, 1, 10, 1023, 1024, 2000} {
			t.row("Ldexp", fb(x), d(int64(e)), fb(math.Ldexp(x, e)))
		}
	}
	binary := []struct {
		name string
		f    func(float64, float64) float64
	}{
		{"Pow", math.Pow}, {"Atan2", math.Atan2}, {"Mod", math.Mod}, {"Remainder", math.Remainder}, {"Hypot", math.Hypot},
		{"Max", math.Max}, {"Min", math.Min}, {"Copysign", math.Copysign}, {"Nextafter", math.Nextafter}, {"Dim", math.Dim},
	}
	small := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 2, -2, 3, -3, 0.1, 10, -10, 1e300, 1e-300, math.Inf(1), math.Inf(-1), math.NaN(),
		math.MaxFloat64, math.SmallestNonzeroFloat64, 1.5, 2.5, -2.5, 7, 1 << 53, 1<<53 + 2, 1 << 63, -(1 << 63), 1e10, 0.3333333333333333, 1024, -1074, 1023.9, 52.5}
	rng = rand.New(rand.NewSource(12))
	for i := 0; i < 12; i++ {
		small = append(small, (rng.Float64()*2-1)*math.Pow(10, float64(rng.Intn(12)-6)))
	}
	for _, x := range small {
		for _, y := range small {
			for _, f := range binary {
				t.row(f.name, fb(x), fb(y), fb(f.f(x, y)))
			}
		}
	}
	for _, x := range small[:20] {
		for _, y := range small[:20] {
			for _, z := range []float64{0, 1, -1, math.Inf(1), math.NaN(), 1e-300} {
				t.row("FMA", fb(x), fb(y), fb(z), fb(math.FMA(x, y, z)))
			}
		}
	}
	// Go's amd64 Exp has an FMA path chosen by CPU. Record the no-FMA
	// results too, and whether this run (all other rows) used FMA: it did
	// iff some no-FMA result differs from ours.
	fma := false
	for _, line := range expNoFMA() {
		f := strings.Split(line, "\t")
		if fb(math.Exp(math.Float64frombits(mustHex(f[1])))) != f[2] {
			fma = true
		}
		t.row(f...)
	}
	t.row("CPUFMA", bl(fma))
	for _, n := range []int{-400, -324, -323, -10, -1, 0, 1, 10, 22, 23, 308, 309, 400} {
		t.row("Pow10", d(int64(n)), fb(math.Pow10(n)))
	}
	t.save()
}

func mustHex(s string) uint64 {
	var v uint64
	if _, err := fmt.Sscanf(s, "%x", &v); err != nil {
		panic(err)
	}
	return v
}
