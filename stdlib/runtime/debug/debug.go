// Package debug (golite, runtime/debug): garbage collector settings
// (natives) and stack printing (Go over runtime.Stack).
package debug

import (
	"os"
	"runtime"
	"time"
)

// SetGCPercent sets how much the heap may grow between collections, in
// percent of the live heap (negative: never collect), and returns the old
// value.
// Native.
func SetGCPercent(percent int) int

// SetMemoryLimit sets the soft memory limit in bytes and returns the old
// one; a negative limit only reads it.
// Native.
func SetMemoryLimit(limit int64) int64

// FreeOSMemory collects garbage now and gives unused memory back to the
// system where it can. Native.
func FreeOSMemory()

// SetMaxStack sets the largest stack one goroutine may use, in bytes,
// and returns the old value. Native: golite
// reports Go's "goroutine stack exceeds N-byte limit" when a register
// stack passes it.
func SetMaxStack(bytes int) int

// SetMaxThreads sets the most OS threads the program may use and
// returns the old value. Native.
func SetMaxThreads(threads int) int

// SetPanicOnFault would choose between a panic and a crash on a memory
// fault; golite never faults, so it only records the setting and returns
// the old one.
func SetPanicOnFault(enabled bool) bool {
	old := panicOnFault
	panicOnFault = enabled
	return old
}

var panicOnFault bool

// SetTraceback sets how much the crash report of an unrecovered panic
// shows ("none", "single", "all", ...). Native.
func SetTraceback(level string)

// Stack returns the trace of the calling goroutine, as runtime.Stack
// writes it.
func Stack() []byte {
	buf := make([]byte, 1024)
	for {
		n := runtime.Stack(buf, false)
		if n < len(buf) {
			return buf[:n]
		}
		buf = make([]byte, 2*len(buf))
	}
}

// PrintStack writes the calling goroutine's trace to standard error.
func PrintStack() {
	os.Stderr.Write(Stack())
}

// GCStats summarizes the recent garbage collections.
type GCStats struct {
	LastGC         time.Time       // when the latest collection ended
	NumGC          int64           // collections so far
	PauseTotal     time.Duration   // all pauses added up
	Pause          []time.Duration // recent pauses, newest first
	PauseEnd       []time.Time     // when those pauses ended, newest first
	PauseQuantiles []time.Duration
}

// ReadGCStats fills stats from runtime.ReadMemStats.
func ReadGCStats(stats *GCStats) {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	stats.NumGC = int64(m.NumGC)
	stats.PauseTotal = time.Duration(m.PauseTotalNs)
	if m.LastGC != 0 {
		stats.LastGC = time.Unix(0, int64(m.LastGC))
	} else {
		stats.LastGC = time.Time{}
	}
	n := int(m.NumGC)
	if n > len(m.PauseNs) {
		n = len(m.PauseNs)
	}
	stats.Pause = stats.Pause[:0]
	stats.PauseEnd = stats.PauseEnd[:0]
	for i := 0; i < n; i++ {
		j := (int(m.NumGC) - 1 - i) % len(m.PauseNs)
		stats.Pause = append(stats.Pause, time.Duration(m.PauseNs[j]))
		stats.PauseEnd = append(stats.PauseEnd, time.Unix(0, int64(m.PauseEnd[j])))
	}
}

// BuildInfo describes how a binary was built.
type BuildInfo struct {
	GoVersion string         `json:",omitempty"`
	Path      string         `json:",omitempty"`
	Main      Module         `json:""`
	Deps      []*Module      `json:",omitempty"`
	Settings  []BuildSetting `json:",omitempty"`
}

// Module names one module of a build.
type Module struct {
	Path    string  `json:",omitempty"` // import path of the module
	Version string  `json:",omitempty"` // its version
	Sum     string  `json:",omitempty"` // its go.sum hash
	Replace *Module `json:",omitempty"` // the module used instead, if any
}

// BuildSetting is one key=value setting a build used.
type BuildSetting struct {
	// The setting's name and value.
	Key, Value string `json:",omitempty"`
}

// ReadBuildInfo would return the running binary's build description;
// golite programs are not built, so ok is false.
func ReadBuildInfo() (info *BuildInfo, ok bool) {
	return nil, false
}
