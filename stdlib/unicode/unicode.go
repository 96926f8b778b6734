// Package unicode (golite): character classes and case mapping. The Is*
// and To* functions are natives (Go's Unicode 17 semantics); the range
// tables (tables.go, generated), Is, In, IsOneOf and SpecialCase are Go.
package unicode

// Limits and the replacement character.
const (
	MaxRune         = '\U0010FFFF' // the largest Unicode code point
	ReplacementChar = '\uFFFD'     // what invalid code points decode as
	MaxASCII        = '\u007F'     // the largest ASCII code point
	MaxLatin1       = '\u00FF'     // the largest Latin-1 code point
)

// Version is the version of Unicode the tables and natives follow.
const Version = "17.0.0"

// The cases, as indexes into CaseRange.Delta (MaxCase is their count).
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// UpperLower, as every Delta of a CaseRange, marks a range whose code
// points alternate upper case (even offsets from Lo) and lower case (odd
// offsets).
const UpperLower = MaxRune + 1

// CaseRange maps the code points Lo to Hi to another case by adding
// Delta[UpperCase], Delta[LowerCase] or Delta[TitleCase] (or alternating,
// for UpperLower).
type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

// d is the type of CaseRange.Delta (the name is Go's).
type d [MaxCase]rune

// SpecialCase is a list of case mappings, in increasing order, that take
// precedence over the standard ones (TurkishCase, for instance).
type SpecialCase []CaseRange

// Natives: Go's classification and case mapping of r.

func IsLetter(r rune) bool
func IsDigit(r rune) bool
func IsNumber(r rune) bool
func IsSpace(r rune) bool
func IsUpper(r rune) bool
func IsLower(r rune) bool
func IsTitle(r rune) bool
func IsPunct(r rune) bool
func IsControl(r rune) bool
func IsGraphic(r rune) bool
func IsPrint(r rune) bool
func IsMark(r rune) bool
func IsSymbol(r rune) bool
func ToUpper(r rune) rune
func ToLower(r rune) rune
func ToTitle(r rune) rune

// To maps r to the case _case (UpperCase, LowerCase or TitleCase); r is
// returned unchanged for any other _case.
func To(_case int, r rune) rune

// SimpleFold iterates over Unicode code points equivalent under simple case
// folding: the smallest rune > r if one exists, else the smallest >= 0.
func SimpleFold(r rune) rune

// RangeTable is a set of code points: R16 holds ranges within the 16-bit
// code points and R32 the others, each in increasing order; LatinOffset
// counts the R16 ranges that end within Latin-1.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int
}

// parseRanges builds a RangeTable from the compact text genunicode writes:
// ranges in increasing order separated by white space, each "lo-hi",
// "lo-hi/stride" or "lo" in hexadecimal.
func parseRanges(text string) *RangeTable {
	t := &RangeTable{}
	for i := 0; i < len(text); {
		if text[i] == ' ' || text[i] == '\n' {
			i++
			continue
		}
		var bounds [3]uint32 // lo, hi, stride
		part := 0
		for ; i < len(text) && text[i] != ' ' && text[i] != '\n'; i++ {
			switch c := text[i]; {
			case c == '-' || c == '/':
				part++
			case c <= '9':
				bounds[part] = bounds[part]<<4 | uint32(c-'0')
			default:
				bounds[part] = bounds[part]<<4 | uint32(c-'a'+10)
			}
		}
		lo, hi, stride := bounds[0], bounds[1], bounds[2]
		if part < 1 {
			hi = lo
		}
		if part < 2 {
			stride = 1
		}
		if hi > 0xffff {
			t.R32 = append(t.R32, Range32{lo, hi, stride})
			continue
		}
		t.R16 = append(t.R16, Range16{uint16(lo), uint16(hi), uint16(stride)})
		if hi <= MaxLatin1 {
			t.LatinOffset++
		}
	}
	return t
}

// Range32 is the code points Lo, Lo+Stride, ... up to Hi.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// Range16 is the code points Lo, Lo+Stride, ... up to Hi, all below
// 1<<16.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// bisectMax is the number of ranges above which Is bisects a table
// instead of scanning it (Latin-1 code points are always looked up by
// scanning the 16-bit ranges).
const bisectMax = 18

// holds reports whether x is one of the code points lo, lo+stride, ... hi
// (given lo <= x <= hi).
func holds(x, lo, stride uint32) bool {
	return stride == 1 || (x-lo)%stride == 0
}

// findRange looks x up among n ranges in increasing order, at(k) being
// range k: by scanning from the first (and stopping at the first range
// past x) when scan is set, by bisection otherwise.
func findRange(n int, scan bool, at func(k int) (lo, hi, stride uint32), x uint32) bool {
	if scan {
		for k := 0; k < n; k++ {
			lo, hi, stride := at(k)
			switch {
			case x < lo:
				return false
			case x <= hi:
				return holds(x, lo, stride)
			}
		}
		return false
	}
	first, last := 0, n
	for first < last {
		mid := int(uint(first+last) >> 1)
		lo, hi, stride := at(mid)
		switch {
		case x < lo:
			last = mid
		case x > hi:
			first = mid + 1
		default:
			return holds(x, lo, stride)
		}
	}
	return false
}

// Is reports whether r is in the set rangeTab describes.
func Is(rangeTab *RangeTable, r rune) bool {
	short, long := rangeTab.R16, rangeTab.R32
	if n := len(short); n > 0 && uint32(r) <= uint32(short[n-1].Hi) {
		at := func(k int) (uint32, uint32, uint32) {
			return uint32(short[k].Lo), uint32(short[k].Hi), uint32(short[k].Stride)
		}
		return findRange(n, n <= bisectMax || r <= MaxLatin1, at, uint32(r))
	}
	if n := len(long); n > 0 && r >= rune(long[0].Lo) {
		at := func(k int) (uint32, uint32, uint32) { return long[k].Lo, long[k].Hi, long[k].Stride }
		return findRange(n, n <= bisectMax, at, uint32(r))
	}
	return false
}

// In reports whether r is in at least one of the sets.
func In(r rune, ranges ...*RangeTable) bool { return IsOneOf(ranges, r) }

// IsOneOf reports whether r is in at least one of the sets; In says the
// same more conveniently.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	for _, set := range ranges {
		if Is(set, r) {
			return true
		}
	}
	return false
}

// mapCase looks r up in the rules (by bisection, as they are in
// increasing order) and maps it to the given case; found reports whether
// a rule covered r. An invalid case maps everything to ReplacementChar.
func mapCase(which int, r rune, rules []CaseRange) (mapped rune, found bool) {
	if which < 0 || which >= MaxCase {
		return ReplacementChar, false
	}
	first, last := 0, len(rules)
	for first < last {
		mid := int(uint(first+last) >> 1)
		rule := rules[mid]
		lo, hi := rune(rule.Lo), rune(rule.Hi)
		switch {
		case r < lo:
			last = mid
		case r > hi:
			first = mid + 1
		case rule.Delta[which] > MaxRune:
			// UpperLower: upper case at even offsets, lower case at odd
			// ones; UpperCase and TitleCase are even, LowerCase odd.
			return lo + ((r-lo)&^1 | rune(which&1)), true
		default:
			return r + rule.Delta[which], true
		}
	}
	return r, false
}

// withFallback maps r with the special rules, or with the standard
// mapping std when no rule covers r and mapping left it unchanged.
func (special SpecialCase) withFallback(which int, r rune, std func(rune) rune) rune {
	mapped, found := mapCase(which, r, special)
	if !found && mapped == r {
		return std(r)
	}
	return mapped
}

// ToUpper maps r to upper case, special rules first.
func (special SpecialCase) ToUpper(r rune) rune { return special.withFallback(UpperCase, r, ToUpper) }

// ToTitle maps r to title case, special rules first.
func (special SpecialCase) ToTitle(r rune) rune { return special.withFallback(TitleCase, r, ToTitle) }

// ToLower maps r to lower case, special rules first.
func (special SpecialCase) ToLower(r rune) rune { return special.withFallback(LowerCase, r, ToLower) }
