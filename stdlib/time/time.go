// Package time (golite): the Time type, calendar computations, Month and
// Weekday, all in Go. The clock is read through the now hook; zones are in
// zone.go, layouts in format.go, Duration in duration.go, timers in sleep.go.
package time

import "errors"

// A Time represents an instant in time with nanosecond precision.
//
// Layout (natives that build a Time, such as timer sends, rely on it):
// sec is seconds since January 1, year 1 00:00:00 UTC; nsec is in
// [0, 999999999]; mono is the monotonic clock reading in nanoseconds since
// the process started, 0 when the Time has none (readings are always > 0);
// loc is the Location, nil meaning UTC. Timer and ticker sends carry
// Now()'s value: loc = Local.
type Time struct {
	sec  int64
	nsec int32
	mono int64
	loc  *Location
}

const (
	secondsPerMinute = 60
	secondsPerHour   = 60 * secondsPerMinute
	secondsPerDay    = 24 * secondsPerHour
	secondsPerWeek   = 7 * secondsPerDay

	// unixToInternal is the number of seconds from January 1, year 1 to
	// January 1, 1970.
	unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * secondsPerDay
	internalToUnix int64 = -unixToInternal
)

// now is the clock hook. Native: return the wall clock as Unix seconds and
// nanoseconds, and the monotonic clock in nanoseconds since the process
// started plus 1 (so it is never 0).
func now() (sec int64, nsec int32, mono int64)

// Now returns the current local time.
func Now() Time {
	sec, nsec, mono := now()
	return Time{sec: sec + unixToInternal, nsec: nsec, mono: mono, loc: Local}
}

// Unix returns the local Time corresponding to the given Unix time, sec
// seconds and nsec nanoseconds since January 1, 1970 UTC. nsec may be
// outside [0, 999999999].
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{sec: sec + unixToInternal, nsec: int32(nsec), loc: Local}
}

// UnixMilli returns the local Time corresponding to the given Unix time,
// msec milliseconds since January 1, 1970 UTC.
func UnixMilli(msec int64) Time {
	return Unix(msec/1e3, (msec%1e3)*1e6)
}

// UnixMicro returns the local Time corresponding to the given Unix time,
// usec microseconds since January 1, 1970 UTC.
func UnixMicro(usec int64) Time {
	return Unix(usec/1e6, (usec%1e6)*1e3)
}

// Since returns the time elapsed since t. It is shorthand for
// time.Now().Sub(t).
func Since(t Time) Duration {
	return Now().Sub(t)
}

// Until returns the duration until t. It is shorthand for t.Sub(time.Now()).
func Until(t Time) Duration {
	return t.Sub(Now())
}

func (t *Time) stripMono() {
	t.mono = 0
}

func (t *Time) setLoc(loc *Location) {
	if loc == &utcLoc {
		loc = nil
	}
	t.stripMono()
	t.loc = loc
}

// unixSec returns the time's seconds since Jan 1 1970.
func (t Time) unixSec() int64 { return t.sec + internalToUnix }

// abs returns the time's seconds since January 1, year 1 in its zone.
func (t Time) abs() int64 {
	_, offset, _, _, _ := t.loc.lookup(t.unixSec())
	return t.sec + int64(offset)
}

// locabs returns the zone name, offset and abs together.
func (t Time) locabs() (name string, offset int, abs int64) {
	name, offset, _, _, _ = t.loc.lookup(t.unixSec())
	return name, offset, t.sec + int64(offset)
}

// IsZero reports whether t represents the zero time instant, January 1,
// year 1, 00:00:00 UTC.
func (t Time) IsZero() bool {
	return t.sec == 0 && t.nsec == 0
}

// After reports whether the time instant t is after u.
func (t Time) After(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

// Before reports whether the time instant t is before u.
func (t Time) Before(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

// Compare compares the time instant t with u: -1 if t is before u, 0 if
// they are the same instant, +1 if t is after u.
func (t Time) Compare(u Time) int {
	var tc, uc int64
	if t.mono != 0 && u.mono != 0 {
		tc, uc = t.mono, u.mono
	} else {
		tc, uc = t.sec, u.sec
		if tc == uc {
			tc, uc = int64(t.nsec), int64(u.nsec)
		}
	}
	switch {
	case tc < uc:
		return -1
	case tc > uc:
		return +1
	}
	return 0
}

// Equal reports whether t and u represent the same time instant, even if
// they are in different locations.
func (t Time) Equal(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}

// A Month specifies a month of the year (January = 1, ...).
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var longMonthNames = []string{
	"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December",
}

var shortMonthNames = []string{
	"Jan", "Feb", "Mar", "Apr", "May", "Jun",
	"Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
}

// String returns the English name of the month ("January", "February", ...).
func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	return "%!Month(" + utoa(uint64(m)) + ")"
}

// A Weekday specifies a day of the week (Sunday = 0, ...).
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var longDayNames = []string{
	"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
}

var shortDayNames = []string{
	"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat",
}

// String returns the English name of the day ("Sunday", "Monday", ...).
func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	return "%!Weekday(" + utoa(uint64(d)) + ")"
}

// utoa formats x in decimal (out-of-range Months and Weekdays print
// their value as a uint64, as Go's do).
func utoa(x uint64) string {
	var buf [20]byte
	return string(buf[fmtInt(buf[:], x):])
}

// floorDiv returns the floor of a/b for b > 0.
func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b < 0 {
		q--
	}
	return q
}

// daysFromCivil returns the number of days from January 1, year 1 to the
// given proleptic Gregorian date (month 1-12, day 1-31, possibly past the
// month's end).
func daysFromCivil(y int64, m int, d int) int64 {
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400                     // [0, 399]
	mp := int64((m + 9) % 12)              // March = 0
	doy := (153*mp+2)/5 + int64(d) - 1     // [0, 365]
	doe := yoe*365 + yoe/4 - yoe/100 + doy // [0, 146096]
	return era*146097 + doe - 306
}

// civilFromDays is the inverse of daysFromCivil.
func civilFromDays(z int64) (year int, month Month, day int) {
	z += 306
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if mp >= 10 {
		m = mp - 9
	}
	if m <= 2 {
		y++
	}
	return int(y), Month(m), int(d)
}

func isLeap(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

// daysIn returns the number of days in month m of year.
func daysIn(m Month, year int) int {
	if m == February {
		if isLeap(year) {
			return 29
		}
		return 28
	}
	// 31 for odd months up to July, for even months from August on.
	return 30 + int((m+m/8)&1)
}

// absDate returns the date of abs seconds since year 1.
func absDate(abs int64) (year int, month Month, day int) {
	return civilFromDays(floorDiv(abs, secondsPerDay))
}

// absYearDay returns the 1-based day of the year of abs.
func absYearDay(abs int64) int {
	days := floorDiv(abs, secondsPerDay)
	y, _, _ := civilFromDays(days)
	return int(days-daysFromCivil(int64(y), 1, 1)) + 1
}

// absWeekday returns the day of the week of abs (January 1, year 1 was a
// Monday).
func absWeekday(abs int64) Weekday {
	days := floorDiv(abs, secondsPerDay)
	return Weekday((days%7 + 8) % 7)
}

// absClock returns hour, minute and second within the day of abs.
func absClock(abs int64) (hour, min, sec int) {
	s := int(abs - floorDiv(abs, secondsPerDay)*secondsPerDay)
	hour = s / secondsPerHour
	s -= hour * secondsPerHour
	min = s / secondsPerMinute
	sec = s - min*secondsPerMinute
	return
}

// Date returns the year, month, and day in which t occurs.
func (t Time) Date() (year int, month Month, day int) {
	return absDate(t.abs())
}

// Year returns the year in which t occurs.
func (t Time) Year() int {
	y, _, _ := t.Date()
	return y
}

// Month returns the month of the year specified by t.
func (t Time) Month() Month {
	_, m, _ := t.Date()
	return m
}

// Day returns the day of the month specified by t.
func (t Time) Day() int {
	_, _, d := t.Date()
	return d
}

// Weekday returns the day of the week specified by t.
func (t Time) Weekday() Weekday {
	return absWeekday(t.abs())
}

// ISOWeek returns the ISO 8601 year and week number in which t occurs.
// Week ranges from 1 to 53. Jan 01 to Jan 03 of year n might belong to week
// 52 or 53 of year n-1, and Dec 29 to Dec 31 might belong to week 1 of year
// n+1.
func (t Time) ISOWeek() (year, week int) {
	abs := t.abs()
	wd := (int(absWeekday(abs)) + 6) % 7 // Monday = 0
	// The Thursday of the same ISO week decides the year.
	thu := abs + int64(3-wd)*secondsPerDay
	year, _, _ = absDate(thu)
	return year, (absYearDay(thu)-1)/7 + 1
}

// Clock returns the hour, minute, and second within the day specified by t.
func (t Time) Clock() (hour, min, sec int) {
	return absClock(t.abs())
}

// Hour returns the hour within the day specified by t, in the range [0, 23].
func (t Time) Hour() int {
	h, _, _ := t.Clock()
	return h
}

// Minute returns the minute offset within the hour specified by t, in the
// range [0, 59].
func (t Time) Minute() int {
	_, m, _ := t.Clock()
	return m
}

// Second returns the second offset within the minute specified by t, in
// the range [0, 59].
func (t Time) Second() int {
	_, _, s := t.Clock()
	return s
}

// Nanosecond returns the nanosecond offset within the second specified by
// t, in the range [0, 999999999].
func (t Time) Nanosecond() int {
	return int(t.nsec)
}

// YearDay returns the day of the year specified by t, in the range [1,365]
// for non-leap years, and [1,366] in leap years.
func (t Time) YearDay() int {
	return absYearDay(t.abs())
}

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// Add returns the time t+d.
func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec + int32(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	t.sec += dsec
	t.nsec = nsec
	if t.mono != 0 {
		m := t.mono + int64(d)
		if d < 0 && m > t.mono || d > 0 && m < t.mono || m <= 0 {
			t.mono = 0 // overflow: drop the monotonic reading
		} else {
			t.mono = m
		}
	}
	return t
}

// Sub returns the duration t-u. If the result exceeds the maximum (or
// minimum) value that can be stored in a Duration, the maximum (or
// minimum) duration will be returned.
func (t Time) Sub(u Time) Duration {
	if t.mono != 0 && u.mono != 0 {
		d := Duration(t.mono - u.mono)
		if d < 0 && t.mono > u.mono {
			return maxDuration
		}
		if d > 0 && t.mono < u.mono {
			return minDuration
		}
		return d
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	// Check for overflow or underflow.
	switch {
	case u.Add(d).Equal(t):
		return d
	case t.Before(u):
		return minDuration
	default:
		return maxDuration
	}
}

// AddDate returns the time corresponding to adding the given number of
// years, months, and days to t, normalized as Date does.
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec), t.Location())
}

// UTC returns t with the location set to UTC.
func (t Time) UTC() Time {
	t.setLoc(&utcLoc)
	return t
}

// Local returns t with the location set to local time.
func (t Time) Local() Time {
	t.setLoc(Local)
	return t
}

// In returns a copy of t representing the same time instant, but with the
// copy's location information set to loc for display purposes. In panics
// if loc is nil.
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t.setLoc(loc)
	return t
}

// Location returns the time zone information associated with t.
func (t Time) Location() *Location {
	l := t.loc
	if l == nil {
		l = UTC
	}
	return l
}

// Zone computes the time zone in effect at time t, returning the
// abbreviated name of the zone and its offset in seconds east of UTC.
func (t Time) Zone() (name string, offset int) {
	name, offset, _, _, _ = t.loc.lookup(t.unixSec())
	return
}

// ZoneBounds returns the bounds of the time zone in effect at time t; a
// zero Time means the zone goes on forever in that direction.
func (t Time) ZoneBounds() (start, end Time) {
	_, _, startSec, endSec, _ := t.loc.lookup(t.unixSec())
	if startSec != alpha {
		start = Unix(startSec, 0)
		start.setLoc(t.loc)
	}
	if endSec != omega {
		end = Unix(endSec, 0)
		end.setLoc(t.loc)
	}
	return
}

// IsDST reports whether the time in the configured location is in
// Daylight Savings Time.
func (t Time) IsDST() bool {
	_, _, _, _, isDST := t.loc.lookup(t.unixSec())
	return isDST
}

// Unix returns t as a Unix time, the number of seconds elapsed since
// January 1, 1970 UTC.
func (t Time) Unix() int64 {
	return t.unixSec()
}

// UnixMilli returns t as a Unix time in milliseconds.
func (t Time) UnixMilli() int64 {
	return t.unixSec()*1e3 + int64(t.nsec)/1e6
}

// UnixMicro returns t as a Unix time in microseconds.
func (t Time) UnixMicro() int64 {
	return t.unixSec()*1e6 + int64(t.nsec)/1e3
}

// UnixNano returns t as a Unix time in nanoseconds.
func (t Time) UnixNano() int64 {
	return t.unixSec()*1e9 + int64(t.nsec)
}

// Date returns the Time corresponding to
//
//	yyyy-mm-dd hh:mm:ss + nsec nanoseconds
//
// in the appropriate zone for that time in the given location. Values
// outside their usual ranges are normalized (October 32 is November 1).
// Date panics if loc is nil.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	m := int(month) - 1
	year, m = norm(year, m, 12)
	month = Month(m) + 1
	sec, nsec = norm(sec, nsec, 1e9)
	min, sec = norm(min, sec, 60)
	hour, min = norm(hour, min, 60)
	day, hour = norm(day, hour, 24)

	days := daysFromCivil(int64(year), int(month), 1) + int64(day) - 1
	abs := days*secondsPerDay + int64(hour*secondsPerHour+min*secondsPerMinute+sec)
	unix := abs + internalToUnix

	// Look up the zone offset for the local wall time, then check it
	// against the offset in effect at the resulting instant.
	_, offset, start, end, _ := loc.lookup(unix)
	if offset != 0 {
		utc := unix - int64(offset)
		if utc < start || utc >= end {
			_, offset, _, _, _ = loc.lookup(utc)
		}
		unix -= int64(offset)
	}
	t := Time{sec: unix + unixToInternal, nsec: int32(nsec)}
	t.setLoc(loc)
	return t
}

// norm returns nhi, nlo such that hi * base + lo == nhi * base + nlo and
// 0 <= nlo < base.
func norm(hi, lo, base int) (nhi, nlo int) {
	if lo < 0 {
		n := (-lo-1)/base + 1
		hi -= n
		lo += n * base
	}
	if lo >= base {
		n := lo / base
		hi += n
		lo -= n * base
	}
	return hi, lo
}

// Truncate returns the result of rounding t down to a multiple of d (since
// the zero time). If d <= 0, Truncate returns t stripped of any monotonic
// clock reading but otherwise unchanged.
func (t Time) Truncate(d Duration) Time {
	t.stripMono()
	if d <= 0 {
		return t
	}
	r := mod(t, d)
	return t.Add(-r)
}

// Round returns the result of rounding t to the nearest multiple of d
// (since the zero time), halfway values rounding up. If d <= 0, Round
// returns t stripped of any monotonic clock reading but otherwise
// unchanged.
func (t Time) Round(d Duration) Time {
	t.stripMono()
	if d <= 0 {
		return t
	}
	r := mod(t, d)
	if lessThanHalf(r, d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// mod returns t modulo d, measuring t from the zero time, for d > 0.
func mod(t Time, d Duration) Duration {
	neg := false
	sec := t.sec
	nsec := int64(t.nsec)
	if sec < 0 {
		// Work with the absolute value, then reflect.
		neg = true
		sec = -sec
		nsec = -nsec
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	var r Duration
	switch {
	case d < Second && Second%(d+d) == 0:
		r = Duration(nsec % int64(d))
	case d%Second == 0:
		d1 := int64(d / Second)
		r = Duration(sec%d1)*Second + Duration(nsec)
	default:
		// Compute (sec*1e9 + nsec) mod d with 128-bit arithmetic.
		hi, lo := mul64(uint64(sec), 1e9)
		lo2 := lo + uint64(nsec)
		if lo2 < lo {
			hi++
		}
		r = Duration(rem128(hi, lo2, uint64(d)))
	}
	if neg && r != 0 {
		r = d - r
	}
	return r
}

// mul64 returns the 128-bit product of x and y.
func mul64(x, y uint64) (hi, lo uint64) {
	const mask32 = 1<<32 - 1
	x0 := x & mask32
	x1 := x >> 32
	y0 := y & mask32
	y1 := y >> 32
	w0 := x0 * y0
	t := x1*y0 + w0>>32
	w1 := t & mask32
	w2 := t >> 32
	w1 += x0 * y1
	hi = x1*y1 + w2 + w1>>32
	lo = x * y
	return
}

// rem128 returns (hi<<64 | lo) mod y, by shift-and-subtract.
func rem128(hi, lo, y uint64) uint64 {
	var r uint64
	for i := 127; i >= 0; i-- {
		var bit uint64
		if i >= 64 {
			bit = hi >> uint(i-64) & 1
		} else {
			bit = lo >> uint(i) & 1
		}
		carry := r >> 63
		r = r<<1 | bit
		if carry != 0 || r >= y {
			r -= y
		}
	}
	return r
}

// lessThanHalf reports whether x+x < y but avoids overflow, assuming x
// and y are both positive (Duration is signed).
func lessThanHalf(x, y Duration) bool {
	return uint64(x)+uint64(x) < uint64(y)
}

var errTimeJSON = errors.New("Time.MarshalJSON: year outside of range [0,9999]")
