// Package time (golite): Duration, its methods and ParseDuration, in Go.
package time

import "errors"

// Duration is the time between two instants, in nanoseconds (about 292
// years at most either way).
type Duration int64

// The units of Duration.
const (
	Nanosecond  Duration = 1
	Microsecond          = Nanosecond * 1000
	Millisecond          = Microsecond * 1000
	Second               = Millisecond * 1000
	Minute               = Second * 60
	Hour                 = Minute * 60
)

// The extreme Durations, which Sub and Round return on overflow.
const (
	durationMin Duration = -1 << 63
	durationMax Duration = 1<<63 - 1
)

// decimal writes v in decimal.
func decimal(v uint64) string {
	var digits [20]byte
	return string(digits[putUint(digits[:], v):])
}

// putUint writes v in decimal at the end of buf and returns where it
// starts.
func putUint(buf []byte, v uint64) int {
	at := len(buf)
	for {
		at--
		buf[at] = '0' + byte(v%10)
		if v /= 10; v == 0 {
			return at
		}
	}
}

// fixedPoint writes v/10^places in decimal, with the fraction's trailing
// zeros (and then the point) left out.
func fixedPoint(v uint64, places int) string {
	scale := uint64(1)
	for k := 0; k < places; k++ {
		scale *= 10
	}
	whole, frac := v/scale, v%scale
	if frac == 0 {
		return decimal(whole)
	}
	digits := []byte(decimal(scale + frac))[1:] // frac with its leading zeros
	end := len(digits)
	for digits[end-1] == '0' {
		end--
	}
	return decimal(whole) + "." + string(digits[:end])
}

// String writes d like "72h3m0.5s": hours and minutes only when needed,
// seconds with a fraction if there is one. Durations under a second use
// the largest of ms, µs and ns below them ("1.5ms", "20ns"); zero is
// "0s".
func (d Duration) String() string {
	if d == 0 {
		return "0s"
	}
	magnitude := uint64(d)
	sign := ""
	if d < 0 {
		magnitude, sign = -magnitude, "-"
	}
	switch {
	case magnitude < uint64(Microsecond):
		return sign + decimal(magnitude) + "ns"
	case magnitude < uint64(Millisecond):
		return sign + fixedPoint(magnitude, 3) + "µs"
	case magnitude < uint64(Second):
		return sign + fixedPoint(magnitude, 6) + "ms"
	}
	secs := magnitude / uint64(Second)
	out := sign
	if hours := secs / 3600; hours > 0 {
		out += decimal(hours) + "h" + decimal(secs/60%60) + "m"
	} else if mins := secs / 60; mins > 0 {
		out += decimal(mins) + "m"
	}
	return out + fixedPoint(secs%60*uint64(Second)+magnitude%uint64(Second), 9) + "s"
}

// Nanoseconds returns d as a count of nanoseconds.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds returns d as a count of whole microseconds (truncated).
func (d Duration) Microseconds() int64 { return int64(d) / int64(Microsecond) }

// Milliseconds returns d as a count of whole milliseconds (truncated).
func (d Duration) Milliseconds() int64 { return int64(d) / int64(Millisecond) }

// inUnits returns d as a float count of unit: the whole units plus the
// rest as a fraction (computed separately, for precision).
func (d Duration) inUnits(unit Duration) float64 {
	return float64(d/unit) + float64(d%unit)/float64(unit)
}

// Seconds returns d in seconds.
func (d Duration) Seconds() float64 { return d.inUnits(Second) }

// Minutes returns d in minutes.
func (d Duration) Minutes() float64 { return d.inUnits(Minute) }

// Hours returns d in hours.
func (d Duration) Hours() float64 { return d.inUnits(Hour) }

// Truncate rounds d toward zero to a multiple of m (d itself if m <= 0).
func (d Duration) Truncate(m Duration) Duration {
	if m > 0 {
		d -= d % m
	}
	return d
}

// Round rounds d to the nearest multiple of m, halves away from zero,
// giving the extreme Duration when that overflows (d itself if m <= 0).
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	negative := d < 0
	rest := d % m // as negative as d
	if negative {
		rest = -rest
	}
	toZero := belowHalf(rest, m)
	switch {
	case toZero && negative:
		return d + rest
	case toZero:
		return d - rest
	case negative:
		// Away from zero, unless that wraps around.
		if r := d - (m - rest); r < d {
			return r
		}
		return durationMin
	}
	if r := d + (m - rest); r > d {
		return r
	}
	return durationMax
}

// Abs returns |d|, with the smallest Duration giving the largest.
func (d Duration) Abs() Duration {
	if d >= 0 {
		return d
	}
	if d == durationMin {
		return durationMax
	}
	return -d
}

// durationUnits are the unit suffixes ParseDuration accepts (µs with
// either the micro sign or the Greek mu).
var durationUnits = map[string]uint64{
	"ns": uint64(Nanosecond),
	"us": uint64(Microsecond), "µs": uint64(Microsecond), "μs": uint64(Microsecond),
	"ms": uint64(Millisecond),
	"s":  uint64(Second), "m": uint64(Minute), "h": uint64(Hour),
}

// ParseDuration parses an optionally signed sequence of decimal numbers
// (with optional fractions), each followed by a unit: "300ms", "-1.5h",
// "2h45m". The units are ns, us (or µs), ms, s, m and h. "0" needs no
// unit.
func ParseDuration(s string) (Duration, error) {
	invalid := func() (Duration, error) { return 0, errors.New("time: invalid duration " + quoteDur(s)) }
	rest := s
	negative := false
	if rest != "" && (rest[0] == '+' || rest[0] == '-') {
		negative = rest[0] == '-'
		rest = rest[1:]
	}
	switch rest {
	case "0":
		return 0, nil
	case "":
		return invalid()
	}
	var total uint64 // nanoseconds so far, at most 1<<63
	for rest != "" {
		if c := rest[0]; c != '.' && (c < '0' || c > '9') {
			return invalid()
		}
		whole, afterWhole, ok := intPrefix(rest)
		if !ok {
			return invalid()
		}
		hasWhole := len(afterWhole) < len(rest)
		frac, scale, afterFrac := uint64(0), 1.0, afterWhole
		hasFrac := false
		if afterWhole != "" && afterWhole[0] == '.' {
			frac, scale, afterFrac = fracPrefix(afterWhole[1:])
			hasFrac = len(afterFrac) < len(afterWhole)-1
		}
		if !hasWhole && !hasFrac {
			return invalid() // no digits on either side of the point
		}
		unitLen := 0
		for unitLen < len(afterFrac) && afterFrac[unitLen] != '.' && (afterFrac[unitLen] < '0' || afterFrac[unitLen] > '9') {
			unitLen++
		}
		if unitLen == 0 {
			return 0, errors.New("time: missing unit in duration " + quoteDur(s))
		}
		name := afterFrac[:unitLen]
		unit, known := durationUnits[name]
		if !known {
			return 0, errors.New("time: unknown unit " + quoteDur(name) + " in duration " + quoteDur(s))
		}
		rest = afterFrac[unitLen:]
		if whole > 1<<63/unit {
			return invalid()
		}
		v := whole * unit
		if frac > 0 {
			// In float64: at most an hour's worth of nanoseconds, which it
			// holds exactly enough.
			v += uint64(float64(frac) * (float64(unit) / scale))
			if v > 1<<63 {
				return invalid()
			}
		}
		if total += v; total > 1<<63 {
			return invalid()
		}
	}
	switch {
	case negative:
		return -Duration(total), nil
	case total > 1<<63-1:
		return invalid()
	}
	return Duration(total), nil
}

// intPrefix reads the decimal digits at the start of s; ok is false if
// the number exceeds 1<<63.
func intPrefix(s string) (x uint64, rest string, ok bool) {
	n := 0
	for ; n < len(s) && s[n] >= '0' && s[n] <= '9'; n++ {
		if x > 1<<63/10 {
			return 0, "", false
		}
		if x = x*10 + uint64(s[n]-'0'); x > 1<<63 {
			return 0, "", false
		}
	}
	return x, s[n:], true
}

// fracPrefix reads the decimal digits at the start of s as x/scale,
// ignoring (but consuming) digits beyond what 63 bits hold.
func fracPrefix(s string) (x uint64, scale float64, rest string) {
	scale = 1
	full := false
	n := 0
	for ; n < len(s) && s[n] >= '0' && s[n] <= '9'; n++ {
		if full {
			continue
		}
		if x > (1<<63-1)/10 {
			full = true
			continue
		}
		next := x*10 + uint64(s[n]-'0')
		if next > 1<<63 {
			full = true
			continue
		}
		x, scale = next, scale*10
	}
	return x, scale, s[n:]
}

// quoteDur puts s in double quotes for error messages, as Go's time package
// does: '"' and '\\' get a backslash, and each byte of a control or
// non-ASCII character is written \xNN.
func quoteDur(s string) string {
	const hexDigits = "0123456789abcdef"
	out := make([]byte, 0, len(s)+2)
	out = append(out, '"')
	for k := 0; k < len(s); k++ {
		switch c := s[k]; {
		case c < ' ' || c >= 0x80:
			out = append(out, '\\', 'x', hexDigits[c>>4], hexDigits[c&0xf])
		case c == '"' || c == '\\':
			out = append(out, '\\', c)
		default:
			out = append(out, c)
		}
	}
	return string(append(out, '"'))
}
