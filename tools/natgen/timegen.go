package main

import (
	"fmt"
	"math"
	"math/rand"
	"time"
)

func genTime() {
	t := newTable("time")
	durs := []time.Duration{0, 1, -1, 999, 1000, 1001, 1500, 999999, 1000000, 1500000, 999999999, time.Second, -time.Second,
		1500 * time.Millisecond, time.Minute, 90 * time.Second, time.Hour, time.Hour + 2*time.Minute + 3500*time.Millisecond,
		100 * time.Hour, math.MaxInt64, math.MinInt64, math.MinInt64 + 1, 3723004005006, -3723004005006, 59*time.Second + 999999999}
	rng := rand.New(rand.NewSource(13))
	for i := 0; i < 80; i++ {
		durs = append(durs, time.Duration(rng.Int63n(1<<uint(rng.Intn(62)+1)))*time.Duration(1-2*rng.Intn(2)))
	}
	for _, dd := range durs {
		t.row("DurationString", d(int64(dd)), h(dd.String()))
	}
	pds := []string{"", "0", "-0", "+0", "1", "1s", "-1s", "+1.5s", "1.5h", "1h2m3s", "1h2m3.004005006s", "300ms", "-1.5h", "2h45m",
		"1µs", "1μs", "1us", "1ns", "1.000000001s", "1.0000000001s", ".5s", "5.s", ".s", "1d", "1 s", "s", "1ss", "1m1", "9223372036854775807ns",
		"9223372036854775808ns", "-9223372036854775808ns", "2562047h47m16.854775807s", "2562047h47m16.854775808s", "2562048h", "0.0000000001s",
		"100000000000000000000ns", "1h-2m", "1.5.5s", "3000000h", "12345678901234567890h", "1e3s", "\xff", "1\xffs", "00001s", "0.9999999999s"}
	for _, s := range pds {
		dd, err := time.ParseDuration(s)
		t.row("ParseDuration", h(s), d(int64(dd)), errs(err))
	}
	days := []int64{0, -1, 1, 59, 365, 366, -365, -719162, -719163, 10957, 11016, 2932896, -2932897, 100000000, -100000000, 13879, 19000, 20000}
	for i := 0; i < 100; i++ {
		days = append(days, rng.Int63n(2000000)-1000000)
	}
	for _, dd := range days {
		tm := time.Unix(dd*86400, 0).UTC()
		t.row("Civil", d(dd), d(int64(tm.Year())), d(int64(tm.Month())), d(int64(tm.Day())), d(int64(tm.Weekday())), d(int64(tm.YearDay())))
	}
	layouts := []string{time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850, time.RFC1123, time.RFC1123Z,
		time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp, time.StampMilli, time.StampMicro, time.StampNano, time.DateTime, time.DateOnly, time.TimeOnly,
		"2006-01-02 15:04:05.000 MST", "Mon Monday Jan January 1 01 _2 2 02 __2 002 3 03 15 4 04 5 05 06 2006 PM pm -0700 -07:00 -07 Z0700 Z07:00 Z07 -070000 -07:00:00 Z070000 Z07:00:00",
		".0 .00 .000000 .9 .999 .999999999 ,000 ,999", "15:04:05.00000", "Jan _2 yy", "", "literal text", "2006 06 1 01 Jan January", "3:04PM 03:04pm"}
	zones := []*time.Location{time.UTC, time.FixedZone("EST", -5*3600), time.FixedZone("", 5*3600+1800), time.FixedZone("XYZ", -(3*3600 + 25*60 + 7)), time.FixedZone("", 0)}
	var secs = []int64{0, 1, -1, 1234567890, 951782400, 4102444799, -62135596800, 253402300799, 1700000000, 86399, 43200, 43199, 46800}
	for i := 0; i < 20; i++ {
		secs = append(secs, rng.Int63n(1<<36)-1<<35)
	}
	nsecs := []int64{0, 1, 120000000, 123456789, 999999999, 500000}
	for i, s := range secs {
		for j, z := range zones {
			ns := nsecs[(i+j)%len(nsecs)]
			tm := time.Unix(s, ns).In(z)
			name, off := tm.Zone()
			for _, l := range layouts {
				t.row("Format", d(s), d(ns), h(name), d(int64(off)), h(l), h(tm.Format(l)))
			}
		}
	}
	names := []string{"America/New_York", "Europe/Berlin", "Australia/Lord_Howe", "Asia/Kolkata", "America/Sao_Paulo", "Pacific/Apia",
		"Europe/Dublin", "Africa/Casablanca", "Australia/Sydney", "America/St_Johns", "Asia/Tokyo", "Pacific/Chatham", "Etc/GMT+5", "UTC", "America/Santiago"}
	zsecs := []int64{math.MinInt64 / 4, -5000000000, -2208988800, 0, 1e9, 1700000000, 1710054000, 1710053999, 2100000000, 2147483647,
		2200000000, 3000000000, 4000000000, 5000000000, 1e10, 1e11}
	for i := 0; i < 30; i++ {
		zsecs = append(zsecs, rng.Int63n(6e9)-2e9)
	}
	for _, n := range names {
		loc, err := time.LoadLocation(n)
		if err != nil {
			panic(err)
		}
		for _, s := range zsecs {
			tm := time.Unix(s, 0).In(loc)
			name, off := tm.Zone()
			st, en := tm.ZoneBounds()
			bound := func(b time.Time) string {
				if b.IsZero() {
					return "-"
				}
				return d(b.Unix())
			}
			t.row("Zone", h(n), d(s), h(name), d(int64(off)), bound(st), bound(en), bl(tm.IsDST()))
		}
	}
	_ = fmt.Sprint
	t.save()
}
