// Package time (golite): layouts, Time.Format/String/GoString, Parse and
// ParseInLocation, and the text/JSON marshalers, all in Go, following Go's
// reference-time layout rules.
//
// A layout is literal text with elements in it, each written as the
// reference time "Mon Jan 2 15:04:05 MST 2006" (zone -0700) would show
// that part. nextElement finds the first element of a layout; Format and
// Parse walk a layout element by element. Where an element is recognized,
// and how Parse reads and checks each one, follows Go exactly (programs
// observe both through results and error messages).
package time

import "errors"

// The predefined layouts.
const (
	Layout             = "01/02 03:04:05PM '06 -0700" // the reference time, numerically
	ANSIC, UnixDate    = "Mon Jan _2 15:04:05 2006", "Mon Jan _2 15:04:05 MST 2006"
	RubyDate, RFC850   = "Mon Jan 02 15:04:05 -0700 2006", "Monday, 02-Jan-06 15:04:05 MST"
	RFC822, RFC822Z    = "02 Jan 06 15:04 MST", "02 Jan 06 15:04 -0700"
	RFC1123, RFC1123Z  = "Mon, 02 Jan 2006 15:04:05 MST", "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339, Kitchen   = "2006-01-02T15:04:05Z07:00", "3:04PM"
	RFC3339Nano        = "2006-01-02T15:04:05.999999999Z07:00"
	Stamp, StampMilli  = "Jan _2 15:04:05", "Jan _2 15:04:05.000"
	StampMicro         = "Jan _2 15:04:05.000000"
	StampNano          = "Jan _2 15:04:05.000000000"
	DateTime, DateOnly = "2006-01-02 15:04:05", "2006-01-02"
	TimeOnly           = "15:04:05"
)

// kind says what a layout element stands for.
type kind uint8

const (
	kindNone         kind = iota
	kindYear2             // 06
	kindYear4             // 2006
	kindMonth             // 1
	kindMonth2            // 01
	kindMonthAbbr         // Jan
	kindMonthName         // January
	kindDay               // 2
	kindDaySpace          // _2
	kindDay2              // 02
	kindYearDaySpace      // __2
	kindYearDay3          // 002
	kindWeekdayAbbr       // Mon
	kindWeekdayName       // Monday
	kindHour              // 15
	kindHour12            // 3
	kindHour12Two         // 03
	kindMinute            // 4
	kindMinute2           // 04
	kindSecond            // 5
	kindSecond2           // 05
	kindAMPM              // PM
	kindampm              // pm
	kindZoneName          // MST
	kindOffset            // -0700, Z07:00, ...: see the offset* flags
	kindFraction          // .000 or .999 (or with a comma): see element.digits
)

// Offset forms: which parts an offset element has.
const (
	offsetZ       = 1 << iota // Z07...: "Z" for UTC
	offsetColon               // separators between hours, minutes, seconds
	offsetMinutes             // minutes follow the hours
	offsetSeconds             // seconds follow the minutes
)

// element is one element of a layout.
type element struct {
	kind   kind
	form   int  // kindOffset: offset* flags
	digits int  // kindFraction: the number of digits
	trim   bool // kindFraction: 9s (trailing zeros dropped) rather than 0s
	comma  bool // kindFraction: written with a comma
	text   string
}

// layoutWord is a fixed element spelling.
type layoutWord struct {
	text string
	kind kind
	form int
}

// offsetWords are the offset spellings after their first byte, longest
// first where one starts another.
var offsetWords = []layoutWord{
	{"070000", kindOffset, offsetMinutes | offsetSeconds},
	{"07:00:00", kindOffset, offsetColon | offsetMinutes | offsetSeconds},
	{"0700", kindOffset, offsetMinutes},
	{"07:00", kindOffset, offsetColon | offsetMinutes},
	{"07", kindOffset, 0},
}

// wordsAt returns the element spellings that start with c, in the order
// they are tried.
func wordsAt(c byte) []layoutWord {
	switch c {
	case 'J':
		return []layoutWord{{"January", kindMonthName, 0}, {"Jan", kindMonthAbbr, 0}}
	case 'M':
		return []layoutWord{{"Monday", kindWeekdayName, 0}, {"Mon", kindWeekdayAbbr, 0}, {"MST", kindZoneName, 0}}
	case '0':
		return []layoutWord{{"01", kindMonth2, 0}, {"02", kindDay2, 0}, {"03", kindHour12Two, 0},
			{"04", kindMinute2, 0}, {"05", kindSecond2, 0}, {"06", kindYear2, 0}, {"002", kindYearDay3, 0}}
	case '1':
		return []layoutWord{{"15", kindHour, 0}, {"1", kindMonth, 0}}
	case '2':
		return []layoutWord{{"2006", kindYear4, 0}, {"2", kindDay, 0}}
	case '_':
		return []layoutWord{{"_2", kindDaySpace, 0}, {"__2", kindYearDaySpace, 0}}
	case '3':
		return []layoutWord{{"3", kindHour12, 0}}
	case '4':
		return []layoutWord{{"4", kindMinute, 0}}
	case '5':
		return []layoutWord{{"5", kindSecond, 0}}
	case 'P':
		return []layoutWord{{"PM", kindAMPM, 0}}
	case 'p':
		return []layoutWord{{"pm", kindampm, 0}}
	}
	return nil
}

// hasPrefix reports whether s starts with prefix.
func hasPrefix(s, prefix string) bool {
	return len(prefix) <= len(s) && s[:len(prefix)] == prefix
}

// digitAt reports whether s[i] exists and is a decimal digit.
func digitAt(s string, i int) bool {
	return i < len(s) && '0' <= s[i] && s[i] <= '9'
}

// elementAt returns the element that starts at the beginning of s, if
// any, and its length.
func elementAt(s string) (element, int) {
	c := s[0]
	if c == '-' || c == 'Z' {
		for _, w := range offsetWords {
			if hasPrefix(s[1:], w.text) {
				form := w.form
				if c == 'Z' {
					form |= offsetZ
				}
				return element{kind: kindOffset, form: form, text: s[:1+len(w.text)]}, 1 + len(w.text)
			}
		}
		return element{}, 0
	}
	if (c == '.' || c == ',') && len(s) > 1 && (s[1] == '0' || s[1] == '9') {
		// A run of one digit, not followed by more digits.
		end := 2
		for end < len(s) && s[end] == s[1] {
			end++
		}
		if digitAt(s, end) {
			return element{}, 0
		}
		return element{kind: kindFraction, digits: end - 1, trim: s[1] == '9', comma: c == ',', text: s[:end]}, end
	}
	for _, w := range wordsAt(c) {
		if !hasPrefix(s, w.text) {
			continue
		}
		rest := s[len(w.text):]
		switch {
		case (w.kind == kindMonthAbbr || w.kind == kindWeekdayAbbr) && rest != "" && 'a' <= rest[0] && rest[0] <= 'z':
			// "Jan" and "Mon" only stand alone, not inside a word.
			continue
		case w.kind == kindDaySpace && hasPrefix(rest, "006"):
			// "_2006" is an underscore and then the year.
			return element{}, 0
		}
		return element{kind: w.kind, form: w.form, text: w.text}, len(w.text)
	}
	return element{}, 0
}

// nextElement splits layout into the literal text before its first
// element, that element (kind kindNone if there is none) and the rest.
func nextElement(layout string) (literal string, e element, rest string) {
	for i := 0; i < len(layout); i++ {
		if found, n := elementAt(layout[i:]); n > 0 {
			return layout[:i], found, layout[i+n:]
		}
	}
	return layout, element{}, ""
}

// appendPadded appends x in decimal, zero-padded to at least width digits
// (after a '-' for negative x).
func appendPadded(b []byte, x int, width int) []byte {
	u := uint(x)
	if x < 0 {
		b = append(b, '-')
		u = -u
	}
	var digits [20]byte
	start := putUint(digits[:], uint64(u))
	for pad := width - (len(digits) - start); pad > 0; pad-- {
		b = append(b, '0')
	}
	return append(b, digits[start:]...)
}

// appendFraction appends the fractional second nsec as e asks: a fixed
// number of digits, or up to that many with trailing zeros (and, for no
// digits at all, the separator) dropped.
func appendFraction(b []byte, nsec int, e element) []byte {
	digits := []byte(decimal(uint64(1e9 + nsec)))[1:] // nine, zero-padded
	if e.digits < 9 {
		digits = digits[:e.digits]
	}
	if e.trim {
		for len(digits) > 0 && digits[len(digits)-1] == '0' {
			digits = digits[:len(digits)-1]
		}
		if len(digits) == 0 {
			return b
		}
	}
	sep := byte('.')
	if e.comma {
		sep = ','
	}
	b = append(b, sep)
	return append(b, digits...) // (never more than nine digits, as in Go)
}

// appendOffset appends a zone offset (seconds east of UTC) in the form e
// asks for.
func appendOffset(b []byte, offset int, e element) []byte {
	if offset == 0 && e.form&offsetZ != 0 {
		return append(b, 'Z')
	}
	minutes := offset / 60
	sign := byte('+')
	if minutes < 0 {
		sign = '-'
		minutes, offset = -minutes, -offset
	}
	b = appendPadded(append(b, sign), minutes/60, 2)
	if e.form&offsetMinutes != 0 {
		if e.form&offsetColon != 0 {
			b = append(b, ':')
		}
		b = appendPadded(b, minutes%60, 2)
	}
	if e.form&offsetSeconds != 0 {
		if e.form&offsetColon != 0 {
			b = append(b, ':')
		}
		b = appendPadded(b, offset%60, 2)
	}
	return b
}

// hour12 returns hour on a 12-hour clock (noon and midnight are 12).
func hour12(hour int) int {
	if h := hour % 12; h != 0 {
		return h
	}
	return 12
}

// Format returns t written as layout shows the reference time written.
func (t Time) Format(layout string) string {
	return string(t.AppendFormat(make([]byte, 0, len(layout)+10), layout))
}

// AppendFormat appends t written as layout shows the reference time
// written to b and returns the result.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	name, offset, abs := t.inZone()
	year, month, day := absDate(abs)
	hour, min, sec := absClock(abs)
	for layout != "" {
		literal, e, rest := nextElement(layout)
		b = append(b, literal...)
		layout = rest
		switch e.kind {
		case kindYear2:
			b = appendPadded(b, max(year%100, -(year%100)), 2)
		case kindYear4:
			b = appendPadded(b, year, 4)
		case kindMonth, kindMonth2:
			b = appendPadded(b, int(month), 2*boolInt(e.kind == kindMonth2))
		case kindMonthAbbr:
			b = append(b, month.String()[:3]...)
		case kindMonthName:
			b = append(b, month.String()...)
		case kindDay, kindDay2:
			b = appendPadded(b, day, 2*boolInt(e.kind == kindDay2))
		case kindDaySpace:
			if day < 10 {
				b = append(b, ' ')
			}
			b = appendPadded(b, day, 0)
		case kindYearDaySpace, kindYearDay3:
			yday := absYearDay(abs)
			if e.kind == kindYearDay3 {
				b = appendPadded(b, yday, 3)
				break
			}
			for pad := 100; pad > yday && pad > 1; pad /= 10 {
				b = append(b, ' ')
			}
			b = appendPadded(b, yday, 0)
		case kindWeekdayAbbr:
			b = append(b, absWeekday(abs).String()[:3]...)
		case kindWeekdayName:
			b = append(b, absWeekday(abs).String()...)
		case kindHour:
			b = appendPadded(b, hour, 2)
		case kindHour12, kindHour12Two:
			b = appendPadded(b, hour12(hour), 2*boolInt(e.kind == kindHour12Two))
		case kindMinute, kindMinute2:
			b = appendPadded(b, min, 2*boolInt(e.kind == kindMinute2))
		case kindSecond, kindSecond2:
			b = appendPadded(b, sec, 2*boolInt(e.kind == kindSecond2))
		case kindAMPM, kindampm:
			half := "AM"
			if hour >= 12 {
				half = "PM"
			}
			if e.kind == kindampm {
				half = string([]byte{half[0] | 0x20, 'm'})
			}
			b = append(b, half...)
		case kindOffset:
			b = appendOffset(b, offset, e)
		case kindZoneName:
			if name != "" {
				b = append(b, name...)
			} else {
				// No abbreviation: the offset, as -0700.
				b = appendOffset(b, offset/60*60, element{kind: kindOffset, form: offsetMinutes})
			}
		case kindFraction:
			b = appendFraction(b, int(t.nsec), e)
		}
	}
	return b
}

// boolInt is 1 for true and 0 for false.
func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// String writes t as "2006-01-02 15:04:05.999999999 -0700 MST", followed
// by " m=+<seconds>" with nine decimals when t has a monotonic clock
// reading.
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.mono == 0 {
		return s
	}
	m, sign := uint64(t.mono), "+"
	if t.mono < 0 {
		m, sign = -m, "-"
	}
	frac := decimal(1e9 + m%1e9)[1:]
	return s + " m=" + sign + decimal(m/1e9) + "." + frac
}

// GoString writes t as Go code: a call of time.Date.
func (t Time) GoString() string {
	abs := t.abs()
	year, month, day := absDate(abs)
	hour, min, sec := absClock(abs)
	monthText := ", time." + month.String()
	if month < January || month > December {
		monthText = string(appendPadded(nil, int(month), 0)) // (no comma before it, as in Go)
	}
	loc := "time.Location(" + quoteDur(t.Location().String()) + ")"
	switch t.Location() {
	case UTC:
		loc = "time.UTC"
	case Local:
		loc = "time.Local"
	}
	fields := []byte("time.Date(")
	fields = appendPadded(fields, year, 0)
	fields = append(fields, monthText...)
	for _, n := range [...]int{day, hour, min, sec, int(t.nsec)} {
		fields = appendPadded(append(fields, ", "...), n, 0)
	}
	return string(fields) + ", " + loc + ")"
}

// ParseError describes a failed Parse: the layout and value, the part of
// each where it failed, and a message (empty for the generic "cannot
// parse").
type ParseError struct {
	Layout, Value         string
	LayoutElem, ValueElem string
	Message               string
}

func (e *ParseError) Error() string {
	head := "parsing time " + quoteDur(e.Value)
	if e.Message != "" {
		return head + e.Message
	}
	return head + " as " + quoteDur(e.Layout) + ": cannot parse " + quoteDur(e.ValueElem) + " as " + quoteDur(e.LayoutElem)
}

// twoDigits reads a number of one or two digits (exactly two if fixed) at
// the start of s.
func twoDigits(s string, fixed bool) (n int, rest string, ok bool) {
	switch {
	case !digitAt(s, 0):
		return 0, s, false
	case digitAt(s, 1):
		return int(s[0]-'0')*10 + int(s[1]-'0'), s[2:], true
	case fixed:
		return 0, s, false
	}
	return int(s[0] - '0'), s[1:], true
}

// threeDigits reads a number of one to three digits (exactly three if
// fixed) at the start of s.
func threeDigits(s string, fixed bool) (n int, rest string, ok bool) {
	k := 0
	for ; k < 3 && digitAt(s, k); k++ {
		n = n*10 + int(s[k]-'0')
	}
	if k == 0 || fixed && k < 3 {
		return 0, s, false
	}
	return n, s[k:], true
}

// skipLiteral removes the literal text lit from the start of value, where
// a run of spaces in lit matches any run of spaces (even none, at the end
// of value). On a mismatch it returns what is left of value at that point.
func skipLiteral(value, lit string) (string, bool) {
	for lit != "" {
		if lit[0] != ' ' {
			if value == "" || value[0] != lit[0] {
				return value, false
			}
			lit, value = lit[1:], value[1:]
			continue
		}
		if value != "" && value[0] != ' ' {
			return value, false
		}
		lit, value = trimSpaces(lit), trimSpaces(value)
	}
	return value, true
}

// trimSpaces removes the leading spaces of s.
func trimSpaces(s string) string {
	for s != "" && s[0] == ' ' {
		s = s[1:]
	}
	return s
}

// nameAt finds the first of names that begins s, ignoring the case of
// ASCII letters, and returns its index.
func nameAt(names []string, s string) (int, string, bool) {
	for k, name := range names {
		if !hasPrefixFold(s, name) {
			continue
		}
		return k, s[len(name):], true
	}
	return -1, s, false
}

// hasPrefixFold reports whether s starts with prefix, ignoring the case of
// ASCII letters.
func hasPrefixFold(s, prefix string) bool {
	return len(prefix) <= len(s) && sameLetters(s[:len(prefix)], prefix)
}

// sameLetters reports whether a and b (of equal length) are equal when
// ASCII letters are compared without case.
func sameLetters(a, b string) bool {
	for k := 0; k < len(a); k++ {
		x, y := a[k], b[k]
		if x == y {
			continue
		}
		if x|0x20 != y|0x20 || x|0x20 < 'a' || x|0x20 > 'z' {
			return false
		}
	}
	return true
}

// separatesFraction reports whether c may start a fractional second.
func separatesFraction(c byte) bool { return c == '.' || c == ',' }

// parseDecimal reads an optionally signed decimal number that is all of s (an
// empty s, or a lone sign, reads as 0).
func parseDecimal(s string) (int, bool) {
	negative := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		negative, s = s[0] == '-', s[1:]
	}
	v, rest, ok := intPrefix(s)
	if !ok || rest != "" {
		return 0, false
	}
	if negative {
		return -int(v), true
	}
	return int(v), true
}

// fraction reads a fractional second: a separator and the digits after it
// in value[:n] (only the first nine count), as nanoseconds. A negative
// number (the "digits" may carry a sign) is a range error.
func fraction(value string, n int) (nsec int, rangeErr string, ok bool) {
	if !separatesFraction(value[0]) {
		return 0, "", false
	}
	n = min(n, 10)
	nsec, ok = parseDecimal(value[1:n])
	if !ok {
		return 0, "", false
	}
	if nsec < 0 {
		return nsec, "fractional second", true
	}
	for k := n; k < 10; k++ {
		nsec *= 10
	}
	return nsec, "", true
}

// zoneAbbrevLen returns the length of the zone abbreviation at the start
// of value, if there is one: ChST or MeST; GMT with an optional signed
// hour offset; a signed hour offset; or three upper-case letters, four
// ending in T (or WITA), or five ending in T.
func zoneAbbrevLen(value string) (int, bool) {
	switch {
	case len(value) < 3:
		return 0, false
	case hasPrefix(value, "ChST") || hasPrefix(value, "MeST"):
		return 4, true
	case hasPrefix(value, "GMT"):
		return 3 + hourOffsetLen(value[3:]), true
	case value[0] == '+' || value[0] == '-':
		n := hourOffsetLen(value)
		return n, n > 0
	}
	upper := 0
	for upper < len(value) && upper < 6 && 'A' <= value[upper] && value[upper] <= 'Z' {
		upper++
	}
	switch {
	case upper == 3:
		return 3, true
	case upper == 4 && (value[3] == 'T' || value[:4] == "WITA"):
		return 4, true
	case upper == 5 && value[4] == 'T':
		return 5, true
	}
	return 0, false
}

// hourOffsetLen returns the length of a signed hour offset ("+7", "-12";
// at most 23) at the start of s, or 0.
func hourOffsetLen(s string) int {
	if s == "" || (s[0] != '+' && s[0] != '-') {
		return 0
	}
	hours, rest, ok := intPrefix(s[1:])
	if !ok || len(rest) == len(s)-1 || hours > 23 {
		return 0
	}
	return len(s) - len(rest)
}

// Parse reads value as layout shows the reference time. Without zone
// information in the value the time is in UTC; an offset or abbreviation
// that matches the local zone gives a time in Local.
func Parse(layout, value string) (Time, error) {
	return parseTime(layout, value, UTC, Local)
}

// ParseInLocation is Parse with loc both for times without zone
// information and for matching offsets and abbreviations.
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return parseTime(layout, value, loc, loc)
}

// stamp collects what parseTime has read.
type stamp struct {
	year                 int
	month, day, yday     int // -1 until read
	hour, min, sec, nsec int
	pm, am               bool
	zone                 *Location // set by "Z" or "UTC"
	offset               int       // -1 until read
	zoneName             string
}

// take consumes the text of element e at the start of value. rest is the
// layout after e. It returns what remains of value, a range error ("" if
// none) and whether the text was well-formed.
func (f *stamp) take(e element, value, rest string) (string, string, bool) {
	ok := true
	var rangeErr string
	inRange := func(n, lo, hi int, what string) {
		if n < lo || n > hi {
			rangeErr = what
		}
	}
	switch e.kind {
	case kindYear2:
		if len(value) < 2 {
			return value, "", false
		}
		f.year, ok = parseDecimal(value[:2])
		if f.year >= 69 {
			f.year += 1900 // 1969 to 1999
		} else {
			f.year += 2000
		}
		value = value[2:]
	case kindYear4:
		if len(value) < 4 || !digitAt(value, 0) {
			return value, "", false
		}
		f.year, ok = parseDecimal(value[:4])
		value = value[4:]
	case kindMonthAbbr, kindMonthName:
		names := monthAbbrevs
		if e.kind == kindMonthName {
			names = monthNames
		}
		f.month, value, ok = nameAt(names, value)
		f.month++
	case kindMonth, kindMonth2:
		f.month, value, ok = twoDigits(value, e.kind == kindMonth2)
		if ok {
			inRange(f.month, 1, 12, "month")
		}
	case kindWeekdayAbbr:
		_, value, ok = nameAt(dayAbbrevs, value)
	case kindWeekdayName:
		_, value, ok = nameAt(dayNames, value)
	case kindDay, kindDaySpace, kindDay2:
		if e.kind == kindDaySpace && value != "" && value[0] == ' ' {
			value = value[1:]
		}
		// Any one- or two-digit day; the date is checked at the end.
		f.day, value, ok = twoDigits(value, e.kind == kindDay2)
	case kindYearDaySpace, kindYearDay3:
		for k := 0; k < 2 && e.kind == kindYearDaySpace && value != "" && value[0] == ' '; k++ {
			value = value[1:]
		}
		f.yday, value, ok = threeDigits(value, e.kind == kindYearDay3)
	case kindHour:
		f.hour, value, ok = twoDigits(value, false)
		inRange(f.hour, 0, 23, "hour")
	case kindHour12, kindHour12Two:
		f.hour, value, ok = twoDigits(value, e.kind == kindHour12Two)
		inRange(f.hour, 0, 12, "hour")
	case kindMinute, kindMinute2:
		f.min, value, ok = twoDigits(value, e.kind == kindMinute2)
		inRange(f.min, 0, 59, "minute")
	case kindSecond, kindSecond2:
		f.sec, value, ok = twoDigits(value, e.kind == kindSecond2)
		if !ok {
			break
		}
		if inRange(f.sec, 0, 59, "second"); rangeErr != "" {
			break
		}
		// A fraction in the value is taken here unless the layout's next
		// element is a fraction.
		if len(value) >= 2 && separatesFraction(value[0]) && digitAt(value, 1) {
			if _, next, _ := nextElement(rest); next.kind != kindFraction {
				n := 2
				for digitAt(value, n) {
					n++
				}
				f.nsec, rangeErr, ok = fraction(value, n)
				value = value[n:]
			}
		}
	case kindAMPM, kindampm:
		if len(value) < 2 {
			return value, "", false
		}
		half := value[:2]
		value = value[2:]
		am, pm := "AM", "PM"
		if e.kind == kindampm {
			am, pm = "am", "pm"
		}
		switch half {
		case pm:
			f.pm = true
		case am:
			f.am = true
		default:
			ok = false
		}
	case kindOffset:
		if e.form&offsetZ != 0 && value != "" && value[0] == 'Z' {
			f.zone = UTC
			return value[1:], "", true
		}
		value, rangeErr, ok = f.readOffset(e, value)
	case kindZoneName:
		if hasPrefix(value, "UTC") {
			f.zone = UTC
			return value[3:], "", true
		}
		n, found := zoneAbbrevLen(value)
		if !found {
			return value, "", false
		}
		f.zoneName, value = value[:n], value[n:]
	case kindFraction:
		if !e.trim {
			// Exactly the digits the layout has.
			if len(value) < 1+e.digits {
				return value, "", false
			}
			f.nsec, rangeErr, ok = fraction(value, 1+e.digits)
			value = value[1+e.digits:]
			break
		}
		// Optional, and then any number of digits.
		if len(value) < 2 || !separatesFraction(value[0]) || !digitAt(value, 1) {
			break
		}
		n := 2
		for digitAt(value, n) {
			n++
		}
		f.nsec, rangeErr, ok = fraction(value, n)
		value = value[n:]
	}
	return value, rangeErr, ok
}

// readOffset reads a numeric zone offset: a sign, then two digits each of
// hours and, as the form says, minutes and seconds, maybe separated by
// colons.
func (f *stamp) readOffset(e element, value string) (string, string, bool) {
	colon := e.form&offsetColon != 0
	size := 3 // sign and hours
	if e.form&offsetMinutes != 0 {
		size += 2 + boolInt(colon)
	}
	if e.form&offsetSeconds != 0 {
		size += 2 + boolInt(colon)
	}
	if len(value) < size {
		return value, "", false
	}
	text := value[:size]
	if colon && (text[3] != ':' || (size == 9 && text[6] != ':')) {
		return value, "", false
	}
	// The two-digit groups: hours, minutes, seconds ("00" if absent).
	groups := [3]string{text[1:3], "00", "00"}
	step := 2 + boolInt(colon)
	for k := 1; 1+k*step < size; k++ {
		groups[k] = text[1+k*step : 3+k*step]
	}
	var parts [3]int
	ok := true
	for k := 0; k < 3 && ok; k++ {
		parts[k], _, ok = twoDigits(groups[k], true)
	}
	rangeErr := ""
	if parts[0] > 24 {
		rangeErr = "time zone offset hour"
	}
	if parts[1] > 60 {
		rangeErr = "time zone offset minute"
	}
	if parts[2] > 60 {
		rangeErr = "time zone offset second"
	}
	f.offset = (parts[0]*60+parts[1])*60 + parts[2]
	switch text[0] {
	case '-':
		f.offset = -f.offset
	case '+':
	default:
		ok = false
	}
	return value[size:], rangeErr, ok
}

func parseTime(layout, value string, defaultLoc, local *Location) (Time, error) {
	fullLayout, fullValue := layout, value
	failAt := func(layoutElem, valueElem, message string) (Time, error) {
		return Time{}, &ParseError{fullLayout, fullValue, layoutElem, valueElem, message}
	}
	f := stamp{month: -1, day: -1, yday: -1, offset: -1}
	for {
		literal, e, rest := nextElement(layout)
		left, ok := skipLiteral(value, literal)
		if !ok {
			return failAt(literal, left, "")
		}
		value = left
		if e.kind == kindNone {
			if value != "" {
				return failAt("", value, ": extra text: "+quoteDur(value))
			}
			break
		}
		layout = rest
		after, rangeErr, ok := f.take(e, value, rest)
		if rangeErr != "" {
			return failAt(e.text, after, ": "+rangeErr+" out of range")
		}
		if !ok {
			return failAt(e.text, value, "")
		}
		value = after
	}
	if f.pm && f.hour < 12 {
		f.hour += 12
	} else if f.am && f.hour == 12 {
		f.hour = 0
	}

	if f.yday >= 0 {
		// The day of the year gives the month and day (which must agree
		// with any read as such).
		yday := f.yday
		month, day := 0, 0
		if leapYear(f.year) {
			if yday == 31+29 {
				month, day = int(February), 29
			} else if yday > 31+29 {
				yday--
			}
		}
		if yday < 1 || yday > 365 {
			return failAt("", value, ": day-of-year out of range")
		}
		if month == 0 {
			month = int(January)
			for yday > monthLength(Month(month), 1) {
				yday -= monthLength(Month(month), 1)
				month++
			}
			day = yday
		}
		if f.month >= 0 && f.month != month {
			return failAt("", value, ": day-of-year does not match month")
		}
		if f.day >= 0 && f.day != day {
			return failAt("", value, ": day-of-year does not match day")
		}
		f.month, f.day = month, day
	}
	if f.month < 0 {
		f.month = int(January)
	}
	if f.day < 0 {
		f.day = 1
	}
	if f.day < 1 || f.day > monthLength(Month(f.month), f.year) {
		return failAt("", value, ": day out of range")
	}
	return f.resolve(defaultLoc, local), nil
}

// resolve builds the parsed Time: in the zone read as "Z" or "UTC"; at a
// read offset (in local if local has that offset, and name, then); for a
// read abbreviation, in local if it is local's abbreviation then, and
// otherwise in a made-up zone of that name (at offset 0, or GMT's hours);
// and without zone information in defaultLoc.
func (f *stamp) resolve(defaultLoc, local *Location) Time {
	at := func(loc *Location) Time {
		return Date(f.year, Month(f.month), f.day, f.hour, f.min, f.sec, f.nsec, loc)
	}
	switch {
	case f.zone != nil:
		return at(f.zone)
	case f.offset != -1:
		t := at(UTC)
		t.sec -= int64(f.offset)
		if name, offset, _, _, _ := local.zoneAt(t.unixSeconds()); offset == f.offset && (f.zoneName == "" || name == f.zoneName) {
			t.putLoc(local)
		} else {
			t.putLoc(FixedZone(f.zoneName, f.offset))
		}
		return t
	case f.zoneName != "":
		t := at(UTC)
		if name, offset, _, _, _ := local.zoneAt(t.unixSeconds()); name == f.zoneName {
			t.sec -= int64(offset)
			t.putLoc(local)
			return t
		}
		offset := 0
		if len(f.zoneName) > 3 && hasPrefix(f.zoneName, "GMT") {
			hours, _ := parseDecimal(f.zoneName[3:])
			offset = hours * 3600
		}
		t.putLoc(FixedZone(f.zoneName, offset))
		return t
	}
	return at(defaultLoc)
}

// rfc3339Check reports why the RFC 3339 text rfc, as RFC3339Nano writes
// it, is not valid RFC 3339 ("" if it is): a year that is not four digits,
// or a zone offset of 24 hours or more.
func rfc3339Check(rfc []byte) string {
	if rfc[4] != '-' {
		return "year outside of range [0,9999]"
	}
	if n := len(rfc); rfc[n-1] != 'Z' {
		// The offset is the last six bytes, "+hh:mm", if hh has two digits.
		sign, hh := rfc[n-6], rfc[n-5:n-3]
		if '0' <= sign && sign <= '9' || (hh[0]-'0')*10+(hh[1]-'0') >= 24 {
			return "timezone hour outside of range [0,23]"
		}
	}
	return ""
}

// appendRFC3339 appends t as RFC3339Nano writes it, or returns an error
// (with the given prefix) when that is not valid RFC 3339.
func (t Time) appendRFC3339(b []byte, prefix string) ([]byte, error) {
	rfc := t.AppendFormat(nil, RFC3339Nano)
	if why := rfc3339Check(rfc); why != "" {
		return nil, errors.New(prefix + why)
	}
	return append(b, rfc...), nil
}

// MarshalText writes t as RFC 3339 with nanoseconds; a time RFC 3339
// cannot express is an error.
func (t Time) MarshalText() ([]byte, error) {
	return t.appendRFC3339(make([]byte, 0, len(RFC3339Nano)), "Time.MarshalText: ")
}

// AppendText is MarshalText appending to b.
func (t Time) AppendText(b []byte) ([]byte, error) {
	return t.appendRFC3339(b, "Time.AppendText: ")
}

// UnmarshalText reads an RFC 3339 time.
func (t *Time) UnmarshalText(data []byte) error {
	parsed, err := Parse(RFC3339, string(data))
	*t = parsed
	return err
}

// MarshalJSON writes t as a JSON string holding MarshalText's text.
func (t Time) MarshalJSON() ([]byte, error) {
	quoted, err := t.appendRFC3339([]byte{'"'}, "Time.MarshalJSON: ")
	if err != nil {
		return nil, err
	}
	return append(quoted, '"'), nil
}

// UnmarshalJSON reads a JSON string holding an RFC 3339 time; null leaves
// t unchanged.
func (t *Time) UnmarshalJSON(data []byte) error {
	text := string(data)
	if text == "null" {
		return nil
	}
	if len(text) < 2 || text[0] != '"' || text[len(text)-1] != '"' {
		return errors.New("Time.UnmarshalJSON: input is not a JSON string")
	}
	return t.UnmarshalText(data[1 : len(data)-1])
}
