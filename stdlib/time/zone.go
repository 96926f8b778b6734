// Package time (golite): Location, UTC, Local, FixedZone and LoadLocation.
// Fixed zones are Go; zones from the system database (Local and
// LoadLocation's) are looked up through the zoneLookup and loadZone hooks.
package time

import "errors"

// Location is a place's rule for which zone (abbreviation and UTC offset)
// applies at each instant.
//
// Layout: name is what String returns; zone is 0 for a fixed zone (offset
// seconds east of UTC, abbreviation name), -1 for Local, otherwise a
// handle returned by the loadZone hook.
type Location struct {
	name   string
	zone   int
	offset int
}

var utcZone = Location{name: "UTC"}

// UTC represents Universal Coordinated Time (UTC).
var UTC *Location = &utcZone

var localZone = Location{name: "Local", zone: -1}

// Local represents the system's local time zone (from $TZ or
// /etc/localtime; UTC when neither is set).
var Local *Location = &localZone

const (
	farPast   = -1 << 63  // bounds a zone period open to the past
	farFuture = 1<<63 - 1 // bounds a zone period open to the future
)

// String returns l's name: the one given to LoadLocation or FixedZone,
// "UTC" or "Local".
func (l *Location) String() string {
	if l == nil {
		return "UTC"
	}
	return l.name
}

// FixedZone returns a Location whose zone never changes: abbreviation
// name, offset seconds east of UTC.
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, offset: offset}
}

// zoneAt returns the zone in effect at unix seconds sec: its abbreviation,
// offset east of UTC, the interval [start, end) in which it applies and
// whether it is daylight saving time.
func (l *Location) zoneAt(sec int64) (name string, offset int, start, end int64, isDST bool) {
	if l == nil {
		return "UTC", 0, farPast, farFuture, false
	}
	if l.zone == 0 {
		return l.name, l.offset, farPast, farFuture, false
	}
	return zoneLookup(l.zone, sec)
}

// zoneLookup is a runtime hook. Native: for zone handle zone (-1 = the
// system's local zone, from $TZ or /etc/localtime, UTC when absent; others
// from loadZone), return the zone in effect at Unix time sec: abbreviation
// ("UTC", "CET", "PDT", ...), offset in seconds east of UTC, the Unix
// seconds [start, end) during which it applies (farPast/farFuture, i.e.
// math.MinInt64/math.MaxInt64, when unbounded) and whether it is DST.
func zoneLookup(zone int, sec int64) (name string, offset int, start, end int64, isDST bool)

// loadZone is a runtime hook. Native: load the IANA zone name (e.g.
// "America/New_York") from the system zoneinfo database ($ZONEINFO, then
// /usr/share/zoneinfo and the usual places) and return a positive handle
// for zoneLookup, or ok = false if there is no such zone.
func loadZone(name string) (zone int, ok bool)

var (
	errZoneName = errors.New("time: invalid location name")
	errZoneData = errors.New("malformed time zone information")
)

// LoadLocation returns the Location called name: UTC for "" and "UTC",
// Local for "Local", otherwise the zone of that name in the IANA Time Zone
// database ("America/New_York"). Names with ".." or a leading slash or
// backslash are refused.
func LoadLocation(name string) (*Location, error) {
	switch name {
	case "", "UTC":
		return UTC, nil
	case "Local":
		return Local, nil
	}
	if name[0] == '/' || name[0] == '\\' || hasDotDot(name) {
		return nil, errZoneName
	}
	if zone, ok := loadZone(name); ok {
		return &Location{name: name, zone: zone}, nil
	}
	return nil, errors.New("unknown time zone " + name)
}

// LoadLocationFromTZData returns the Location called name described by
// data in the zoneinfo file format. golite does not read the data itself:
// it checks the format's magic bytes and loads the zone by name.
func LoadLocationFromTZData(name string, data []byte) (*Location, error) {
	if !hasPrefix(string(data), "TZif") {
		return nil, errZoneData
	}
	return LoadLocation(name)
}

// hasDotDot reports whether s contains "..".
func hasDotDot(s string) bool {
	for k := 1; k < len(s); k++ {
		if s[k-1] == '.' && s[k] == '.' {
			return true
		}
	}
	return false
}
