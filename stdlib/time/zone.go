// Package time (golite): Location, UTC, Local, FixedZone and LoadLocation.
// Fixed zones are Go; zones from the system database (Local and
// LoadLocation's) are looked up through the zoneLookup and loadZone hooks.
package time

import "errors"

// A Location maps time instants to the zone in use at that time.
//
// Layout: name is what String returns; zone is 0 for a fixed zone (offset
// seconds east of UTC, abbreviation name), -1 for Local, otherwise a
// handle returned by the loadZone hook.
type Location struct {
	name   string
	zone   int
	offset int
}

var utcLoc = Location{name: "UTC"}

// UTC represents Universal Coordinated Time (UTC).
var UTC *Location = &utcLoc

var localLoc = Location{name: "Local", zone: -1}

// Local represents the system's local time zone (from $TZ or
// /etc/localtime; UTC when neither is set).
var Local *Location = &localLoc

const (
	alpha = -1 << 63  // "beginning of time"
	omega = 1<<63 - 1 // "end of time"
)

// String returns a descriptive name for the time zone information,
// corresponding to the name argument to LoadLocation or FixedZone.
func (l *Location) String() string {
	if l == nil {
		return "UTC"
	}
	return l.name
}

// FixedZone returns a Location that always uses the given zone name and
// offset (seconds east of UTC).
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, offset: offset}
}

// lookup returns the zone in effect at unix seconds sec: its abbreviation,
// offset east of UTC, the interval [start, end) in which it applies and
// whether it is daylight saving time.
func (l *Location) lookup(sec int64) (name string, offset int, start, end int64, isDST bool) {
	if l == nil {
		return "UTC", 0, alpha, omega, false
	}
	if l.zone == 0 {
		return l.name, l.offset, alpha, omega, false
	}
	return zoneLookup(l.zone, sec)
}

// zoneLookup is a runtime hook. Native: for zone handle zone (-1 = the
// system's local zone, from $TZ or /etc/localtime, UTC when absent; others
// from loadZone), return the zone in effect at Unix time sec: abbreviation
// ("UTC", "CET", "PDT", ...), offset in seconds east of UTC, the Unix
// seconds [start, end) during which it applies (alpha/omega, i.e.
// math.MinInt64/math.MaxInt64, when unbounded) and whether it is DST.
func zoneLookup(zone int, sec int64) (name string, offset int, start, end int64, isDST bool)

// loadZone is a runtime hook. Native: load the IANA zone name (e.g.
// "America/New_York") from the system zoneinfo database ($ZONEINFO, then
// /usr/share/zoneinfo and the usual places) and return a positive handle
// for zoneLookup, or ok = false if there is no such zone.
func loadZone(name string) (zone int, ok bool)

var errLocation = errors.New("time: invalid location name")

// LoadLocation returns the Location with the given name: "" or "UTC" is
// UTC, "Local" is Local, otherwise the name is taken to be a location
// name in the IANA Time Zone database, such as "America/New_York".
func LoadLocation(name string) (*Location, error) {
	if name == "" || name == "UTC" {
		return UTC, nil
	}
	if name == "Local" {
		return Local, nil
	}
	if containsDotDot(name) || name[0] == '/' || name[0] == '\\' {
		return nil, errLocation
	}
	zone, ok := loadZone(name)
	if !ok {
		return nil, errors.New("unknown time zone " + name)
	}
	return &Location{name: name, zone: zone}, nil
}

// LoadLocationFromTZData returns a Location with the given name
// initialized from the IANA Time Zone database-formatted data. golite
// does not parse zoneinfo data: it accepts only data it can look up by
// name.
func LoadLocationFromTZData(name string, data []byte) (*Location, error) {
	if len(data) < 4 || string(data[:4]) != "TZif" {
		return nil, errBadData
	}
	return LoadLocation(name)
}

var errBadData = errors.New("malformed time zone information")

func containsDotDot(s string) bool {
	if len(s) < 2 {
		return false
	}
	for i := 0; i < len(s)-1; i++ {
		if s[i] == '.' && s[i+1] == '.' {
			return true
		}
	}
	return false
}
