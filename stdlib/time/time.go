// Package time (golite): the Time type, calendar computations, Month and
// Weekday, all in Go. The clock is read through the now hook; zones are in
// zone.go, layouts in format.go, Duration in duration.go, timers in sleep.go.
package time

import "math/bits"

// Time is an instant, to the nanosecond, together with the Location it
// is shown in (and, for readings of the clock, a monotonic reading).
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

// Calendar constants.
const (
	minuteSecs = 60
	hourSecs   = 60 * minuteSecs
	daySecs    = 24 * hourSecs

	// unixEpochSecs is the number of seconds from January 1, year 1 to
	// January 1, 1970: 1969 years of 365 days, plus their leap days.
	unixEpochSecs int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * daySecs
)

// now is the clock hook. Native: return the wall clock as Unix seconds and
// nanoseconds, and the monotonic clock in nanoseconds since the process
// started plus 1 (so it is never 0).
func now() (sec int64, nsec int32, mono int64)

// Now returns the current time in Local, with a monotonic clock reading.
func Now() Time {
	sec, nsec, mono := now()
	return Time{sec: sec + unixEpochSecs, nsec: nsec, mono: mono, loc: Local}
}

// Unix returns the Local time sec seconds plus nsec nanoseconds after
// January 1, 1970 UTC (nsec may be outside [0, 1e9)).
func Unix(sec int64, nsec int64) Time {
	sec, nsec = int64Carry(sec, nsec, 1e9)
	return Time{sec: sec + unixEpochSecs, nsec: int32(nsec), loc: Local}
}

// int64Carry moves whole multiples of base from lo into hi, leaving lo in
// [0, base).
func int64Carry(hi, lo, base int64) (int64, int64) {
	q := lo / base
	if lo%base < 0 {
		q--
	}
	return hi + q, lo - q*base
}

// UnixMilli returns the Local time msec milliseconds after the Unix epoch.
func UnixMilli(msec int64) Time { return Unix(msec/1e3, msec%1e3*1e6) }

// UnixMicro returns the Local time usec microseconds after the Unix epoch.
func UnixMicro(usec int64) Time { return Unix(usec/1e6, usec%1e6*1e3) }

// Since is Now().Sub(t).
func Since(t Time) Duration { return Now().Sub(t) }

// Until is t.Sub(Now()).
func Until(t Time) Duration { return t.Sub(Now()) }

// dropMono drops t's monotonic clock reading.
func (t *Time) dropMono() { t.mono = 0 }

// putLoc sets t's Location (UTC is stored as nil) and drops the monotonic
// reading.
func (t *Time) putLoc(loc *Location) {
	if loc == &utcZone {
		loc = nil
	}
	t.loc, t.mono = loc, 0
}

// shiftSeconds adds d seconds, saturating at the ends of the range as Go does.
func (t *Time) shiftSeconds(d int64) {
	sum := t.sec + d
	switch {
	case (sum > t.sec) == (d > 0):
		t.sec = sum
	case d > 0:
		t.sec = 1<<63 - 1
	default:
		t.sec = -(1<<63 - 1)
	}
}

// unixSeconds returns t in seconds since the Unix epoch.
func (t Time) unixSeconds() int64 { return t.sec - unixEpochSecs }

// inZone returns the zone in effect at t (its abbreviation and offset)
// and t's local wall clock as seconds since January 1, year 1.
func (t Time) inZone() (name string, offset int, abs int64) {
	name, offset, _, _, _ = t.loc.zoneAt(t.unixSeconds())
	return name, offset, t.sec + int64(offset)
}

// abs returns t's local wall clock as seconds since January 1, year 1.
func (t Time) abs() int64 {
	_, _, abs := t.inZone()
	return abs
}

// IsZero reports whether t is the instant of the zero Time: midnight UTC
// at the start of January 1 of year 1.
func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 }

// Compare returns -1, 0 or +1 as t is before, at or after u. When both
// carry monotonic clock readings, those are compared instead.
func (t Time) Compare(u Time) int {
	var a, b int64
	switch {
	case t.mono != 0 && u.mono != 0:
		a, b = t.mono, u.mono
	case t.sec != u.sec:
		a, b = t.sec, u.sec
	default:
		a, b = int64(t.nsec), int64(u.nsec)
	}
	if a < b {
		return -1
	}
	if a > b {
		return +1
	}
	return 0
}

// After reports whether t is after u.
func (t Time) After(u Time) bool { return t.Compare(u) > 0 }

// Before reports whether t is before u.
func (t Time) Before(u Time) bool { return t.Compare(u) < 0 }

// Equal reports whether t and u are the same instant (whatever their
// Locations).
func (t Time) Equal(u Time) bool { return t.Compare(u) == 0 }

// Month is a month of the year, January being 1.
type Month int

// The months.
const (
	January, February, March, April        Month = 1, 2, 3, 4
	May, June, July, August                Month = 5, 6, 7, 8
	September, October, November, December Month = 9, 10, 11, 12
)

// The English names of months and weekdays, and their three-letter forms.
var (
	monthNames   = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	monthAbbrevs = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
	dayNames     = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
	dayAbbrevs   = []string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}
)

// String returns the month's English name, or "%!Month(n)" (n as an
// unsigned number) for values outside January to December.
func (m Month) String() string {
	if m < January || m > December {
		return "%!Month(" + decimal(uint64(m)) + ")"
	}
	return monthNames[m-January]
}

// Weekday is a day of the week, Sunday being 0.
type Weekday int

// The days of the week.
const (
	Sunday, Monday, Tuesday, Wednesday Weekday = 0, 1, 2, 3
	Thursday, Friday, Saturday         Weekday = 4, 5, 6
)

// String returns the day's English name, or "%!Weekday(n)" (n as an
// unsigned number) for values outside Sunday to Saturday.
func (d Weekday) String() string {
	if d < Sunday || d > Saturday {
		return "%!Weekday(" + decimal(uint64(d)) + ")"
	}
	return dayNames[d]
}

// floorDiv returns the floor of a/b for b > 0.
func floorDiv(a, b int64) int64 {
	q, _ := int64Carry(0, a, b)
	return q
}

// The calendar below is the proleptic Gregorian one, counted in days from
// January 1, year 1 (day 0). It works in 400-year eras starting on
// March 1, so that leap days fall at the end of a year (Howard Hinnant's
// "days_from_civil" and "civil_from_days").

// daysFromCivil returns the day number of the given date (month 1-12, day
// 1-31 or past the month's end).
func daysFromCivil(y int64, m int, d int) int64 {
	if m <= 2 {
		y-- // January and February end the previous March-based year
	}
	era := floorDiv(y, 400)
	yearOfEra := y - era*400
	monthFromMarch := int64((m + 9) % 12)
	dayOfYear := (153*monthFromMarch+2)/5 + int64(d) - 1
	dayOfEra := yearOfEra*365 + yearOfEra/4 - yearOfEra/100 + dayOfYear
	return era*146097 + dayOfEra - 306
}

// civilFromDays is the inverse of daysFromCivil.
func civilFromDays(z int64) (year int, month Month, day int) {
	z += 306
	era := floorDiv(z, 146097)
	dayOfEra := z - era*146097
	yearOfEra := (dayOfEra - dayOfEra/1460 + dayOfEra/36524 - dayOfEra/146096) / 365
	dayOfYear := dayOfEra - (365*yearOfEra + yearOfEra/4 - yearOfEra/100)
	monthFromMarch := (5*dayOfYear + 2) / 153
	d := dayOfYear - (153*monthFromMarch+2)/5 + 1
	m := (monthFromMarch+2)%12 + 1
	y := yearOfEra + era*400
	if m <= 2 {
		y++
	}
	return int(y), Month(m), int(d)
}

// leapYear reports whether year has a February 29.
func leapYear(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

// monthLength returns the number of days in month m of year.
func monthLength(m Month, year int) int {
	switch m {
	case February:
		return 28 + boolInt(leapYear(year))
	case April, June, September, November:
		return 30
	}
	return 31
}

// absDate returns the date of abs seconds since year 1.
func absDate(abs int64) (year int, month Month, day int) {
	return civilFromDays(floorDiv(abs, daySecs))
}

// absYearDay returns the 1-based day of the year of abs.
func absYearDay(abs int64) int {
	days := floorDiv(abs, daySecs)
	y, _, _ := civilFromDays(days)
	return int(days-daysFromCivil(int64(y), 1, 1)) + 1
}

// absWeekday returns the day of the week of abs (day 0 was a Monday).
func absWeekday(abs int64) Weekday {
	days := floorDiv(abs, daySecs)
	return Weekday((days%7 + 8) % 7)
}

// absClock returns the hour, minute and second within the day of abs.
func absClock(abs int64) (hour, min, sec int) {
	s := int(abs - floorDiv(abs, daySecs)*daySecs)
	return s / hourSecs, s % hourSecs / minuteSecs, s % minuteSecs
}

// Date returns t's year, month and day in its Location.
func (t Time) Date() (year int, month Month, day int) { return absDate(t.abs()) }

// Clock returns t's hour, minute and second in its Location.
func (t Time) Clock() (hour, min, sec int) { return absClock(t.abs()) }

// Year returns t's year.
func (t Time) Year() int {
	y, _, _ := t.Date()
	return y
}

// Month returns t's month.
func (t Time) Month() Month {
	_, m, _ := t.Date()
	return m
}

// Day returns t's day of the month.
func (t Time) Day() int {
	_, _, d := t.Date()
	return d
}

// Hour returns t's hour, 0 to 23.
func (t Time) Hour() int {
	h, _, _ := t.Clock()
	return h
}

// Minute returns t's minute, 0 to 59.
func (t Time) Minute() int {
	_, m, _ := t.Clock()
	return m
}

// Second returns t's second, 0 to 59.
func (t Time) Second() int {
	_, _, s := t.Clock()
	return s
}

// Nanosecond returns t's nanosecond within the second.
func (t Time) Nanosecond() int { return int(t.nsec) }

// Weekday returns t's day of the week.
func (t Time) Weekday() Weekday { return absWeekday(t.abs()) }

// YearDay returns t's day of the year, 1 to 365 (366 in leap years).
func (t Time) YearDay() int { return absYearDay(t.abs()) }

// ISOWeek returns the ISO 8601 year and week (1 to 53) of t: weeks start
// on Monday, and the year a week belongs to is that of its Thursday.
func (t Time) ISOWeek() (year, week int) {
	abs := t.abs()
	fromMonday := (int(absWeekday(abs)) + 6) % 7
	thursday := abs + int64(3-fromMonday)*daySecs
	year, _, _ = absDate(thursday)
	return year, (absYearDay(thursday)-1)/7 + 1
}

// Add returns t+d. The monotonic reading moves too, unless that
// overflows (then it is dropped).
func (t Time) Add(d Duration) Time {
	dsec, nsec := int64Carry(int64(d/Second), int64(t.nsec)+int64(d%Second), 1e9)
	t.nsec = int32(nsec)
	t.shiftSeconds(dsec)
	if t.mono != 0 {
		m := t.mono + int64(d)
		if d < 0 && m > t.mono || d > 0 && m < t.mono || m <= 0 {
			m = 0 // out of range: drop the reading
		}
		t.mono = m
	}
	return t
}

// Sub returns t-u, clamped to the Duration range. With monotonic readings
// on both, those are subtracted.
func (t Time) Sub(u Time) Duration {
	if t.mono != 0 && u.mono != 0 {
		d := Duration(t.mono - u.mono)
		switch {
		case d < 0 && t.mono > u.mono:
			return durationMax
		case d > 0 && t.mono < u.mono:
			return durationMin
		}
		return d
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	if u.Add(d).Equal(t) {
		return d
	}
	if t.Before(u) {
		return durationMin
	}
	return durationMax
}

// AddDate returns t moved by the given years, months and days, in its
// Location, normalized as Date normalizes (October 32 is November 1).
func (t Time) AddDate(years int, months int, days int) Time {
	y, m, d := t.Date()
	hh, mm, ss := t.Clock()
	return Date(y+years, m+Month(months), d+days, hh, mm, ss, int(t.nsec), t.Location())
}

// withLoc returns t with Location loc (and no monotonic reading).
func (t Time) withLoc(loc *Location) Time {
	t.putLoc(loc)
	return t
}

// UTC returns t in UTC.
func (t Time) UTC() Time { return t.withLoc(&utcZone) }

// Local returns t in Local.
func (t Time) Local() Time { return t.withLoc(Local) }

// In returns t in loc. It panics if loc is nil.
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	return t.withLoc(loc)
}

// Location returns t's Location.
func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}

// Zone returns the abbreviation and offset (seconds east of UTC) of the
// zone in effect at t.
func (t Time) Zone() (name string, offset int) {
	name, offset, _ = t.inZone()
	return name, offset
}

// ZoneBounds returns when the zone in effect at t began and ends; a zero
// Time stands for a zone without that bound.
func (t Time) ZoneBounds() (start, end Time) {
	_, _, from, to, _ := t.loc.zoneAt(t.unixSeconds())
	bound := func(sec int64) Time {
		b := Unix(sec, 0)
		b.putLoc(t.loc)
		return b
	}
	if from != farPast {
		start = bound(from)
	}
	if to != farFuture {
		end = bound(to)
	}
	return start, end
}

// IsDST reports whether t is in daylight saving time in its Location.
func (t Time) IsDST() bool {
	_, _, _, _, dst := t.loc.zoneAt(t.unixSeconds())
	return dst
}

// Unix returns t in seconds since January 1, 1970 UTC.
func (t Time) Unix() int64 { return t.unixSeconds() }

// UnixMilli returns t in milliseconds since the Unix epoch.
func (t Time) UnixMilli() int64 { return t.unixSeconds()*1e3 + int64(t.nsec)/1e6 }

// UnixMicro returns t in microseconds since the Unix epoch.
func (t Time) UnixMicro() int64 { return t.unixSeconds()*1e6 + int64(t.nsec)/1e3 }

// UnixNano returns t in nanoseconds since the Unix epoch (wrapping outside
// the years 1678 to 2262).
func (t Time) UnixNano() int64 { return t.unixSeconds()*1e9 + int64(t.nsec) }

// carry moves whole multiples of base from lo into hi, leaving lo in
// [0, base).
func carry(hi, lo, base int) (int, int) {
	q := lo / base
	if lo%base < 0 {
		q--
	}
	return hi + q, lo - q*base
}

// Date returns the Time of the given wall clock date and time in loc.
// Out-of-range values carry over (October 32 is November 1, hour 25 is 1
// the next day). Where the wall clock is ambiguous or skipped by a zone
// change, the result uses the offset in effect just before the change
// (as Go does). Date panics if loc is nil.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	year, m := carry(year, int(month)-1, 12) // m counts from 0 (January)
	sec, nsec = carry(sec, nsec, 1e9)
	min, sec = carry(min, sec, 60)
	hour, min = carry(hour, min, 60)
	day, hour = carry(day, hour, 24)

	days := daysFromCivil(int64(year), m+1, 1) + int64(day) - 1
	wall := days*daySecs + int64(hour*hourSecs+min*minuteSecs+sec) - unixEpochSecs

	// The offset in effect at the wall clock read as UTC, unless the
	// instant it gives lies outside that zone's period: then the offset
	// at that instant.
	_, offset, from, to, _ := loc.zoneAt(wall)
	if offset != 0 {
		if at := wall - int64(offset); at < from || at >= to {
			_, offset, _, _, _ = loc.zoneAt(at)
		}
	}
	t := Time{sec: wall - int64(offset) + unixEpochSecs, nsec: int32(nsec)}
	t.putLoc(loc)
	return t
}

// Truncate rounds t down to a multiple of d since the zero Time (and
// drops the monotonic reading); d <= 0 changes nothing else.
func (t Time) Truncate(d Duration) Time {
	if t.dropMono(); d > 0 {
		t = t.Add(-remainder(t, d))
	}
	return t
}

// Round rounds t to the nearest multiple of d since the zero Time, halves
// up (and drops the monotonic reading); d <= 0 changes nothing else.
func (t Time) Round(d Duration) Time {
	if t.dropMono(); d <= 0 {
		return t
	}
	r := remainder(t, d)
	if !belowHalf(r, d) {
		r -= d // round up: move forward by d-r
	}
	return t.Add(-r)
}

// remainder returns t modulo d (d > 0), t counted in nanoseconds since
// the zero Time, as a 128-bit number.
func remainder(t Time, d Duration) Duration {
	sec, nsec := t.sec, int64(t.nsec)
	before := sec < 0
	if before {
		// Work on -t, then reflect the remainder.
		sec, nsec = -sec, -nsec
		if nsec < 0 {
			sec, nsec = sec-1, nsec+1e9
		}
	}
	hi, lo := bits.Mul64(uint64(sec), 1e9)
	lo, c := bits.Add64(lo, uint64(nsec), 0)
	r := Duration(bits.Rem64(hi+c, lo, uint64(d)))
	if before && r != 0 {
		r = d - r
	}
	return r
}

// belowHalf reports whether x+x < y, for positive x and y, without
// overflowing.
func belowHalf(x, y Duration) bool {
	return uint64(x)+uint64(x) < uint64(y)
}
