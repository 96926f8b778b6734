// Package debug (golite, runtime/debug): garbage collector settings
// (natives) and stack printing (Go over runtime.Stack).
package debug

import (
	"os"
	"runtime"
	"time"
)

// SetGCPercent sets the garbage collection target percentage and returns
// the previous setting; a negative percentage disables the collector.
// Native.
func SetGCPercent(percent int) int

// SetMemoryLimit provides the runtime with a soft memory limit and returns
// the previous limit; a negative input only reads the current limit.
// Native.
func SetMemoryLimit(limit int64) int64

// FreeOSMemory forces a garbage collection followed by an attempt to
// return as much memory to the operating system as possible. Native.
func FreeOSMemory()

// SetMaxStack sets the maximum amount of memory that can be used by a
// single goroutine stack and returns the previous setting. Native: golite
// reports Go's "goroutine stack exceeds N-byte limit" when a register
// stack passes it.
func SetMaxStack(bytes int) int

// SetMaxThreads sets the maximum number of operating system threads that
// the program can use and returns the previous setting. Native.
func SetMaxThreads(threads int) int

// SetPanicOnFault controls the runtime's behavior when a program faults
// at an unexpected address; golite never faults, so it only records the
// setting and returns the previous one.
func SetPanicOnFault(enabled bool) bool {
	old := panicOnFault
	panicOnFault = enabled
	return old
}

var panicOnFault bool

// SetTraceback sets the amount of detail printed by the runtime in the
// traceback it prints before exiting due to an unrecovered panic.
// Native.
func SetTraceback(level string)

// Stack returns a formatted stack trace of the goroutine that calls it.
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

// PrintStack prints to standard error the stack trace returned by
// runtime.Stack.
func PrintStack() {
	os.Stderr.Write(Stack())
}

// GCStats collect information about recent garbage collections.
type GCStats struct {
	LastGC         time.Time       // time of last collection
	NumGC          int64           // number of garbage collections
	PauseTotal     time.Duration   // total pause for all collections
	Pause          []time.Duration // pause history, most recent first
	PauseEnd       []time.Time     // pause end times history, most recent first
	PauseQuantiles []time.Duration
}

// ReadGCStats reads statistics about garbage collection into stats, from
// runtime.ReadMemStats.
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

// BuildInfo represents the build information read from a Go binary.
type BuildInfo struct {
	GoVersion string         `json:",omitempty"`
	Path      string         `json:",omitempty"`
	Main      Module         `json:""`
	Deps      []*Module      `json:",omitempty"`
	Settings  []BuildSetting `json:",omitempty"`
}

// A Module describes a single module included in a build.
type Module struct {
	Path    string  `json:",omitempty"` // module path
	Version string  `json:",omitempty"` // module version
	Sum     string  `json:",omitempty"` // checksum
	Replace *Module `json:",omitempty"` // replaced by this module
}

// A BuildSetting is a key-value pair describing one setting that
// influenced a build.
type BuildSetting struct {
	// Key and Value describe the build setting.
	Key, Value string `json:",omitempty"`
}

// ReadBuildInfo returns the build information embedded in the running
// binary. golite programs are not built, so it reports ok = false.
func ReadBuildInfo() (info *BuildInfo, ok bool) {
	return nil, false
}
