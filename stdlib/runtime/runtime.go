// Package runtime (golite): the scheduler and memory controls a program
// can reach (GOMAXPROCS, Gosched, GC, NumGoroutine, ReadMemStats, Caller,
// Stack, ...) as natives, plus the runtime error types in error.go.
package runtime

// Compiler is the name of the compiler toolchain that built the running
// binary.
const Compiler = "gc"

// GOOS is the running program's operating system target.
const GOOS string = "linux"

// GOARCH is the running program's architecture target.
const GOARCH string = "amd64"

// GOMAXPROCS sets the maximum number of CPUs that can be executing
// simultaneously and returns the previous setting. If n < 1, it does not
// change the current setting. Native: golite's worker count (see the
// design: stops the world and moves queues).
func GOMAXPROCS(n int) int

// SetDefaultGOMAXPROCS updates the GOMAXPROCS setting to the runtime
// default (the GOMAXPROCS environment variable, else the CPU count).
// Native.
func SetDefaultGOMAXPROCS()

// NumCPU returns the number of logical CPUs usable by the current process.
func NumCPU() int

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// Gosched yields the processor, allowing other goroutines to run. Native:
// the goroutine goes to the global queue.
func Gosched()

// GC runs a garbage collection and blocks the caller until the garbage
// collection is complete.
func GC()

// Goexit terminates the goroutine that calls it. No other goroutine is
// affected. Goexit runs all deferred calls before terminating the
// goroutine. Calling Goexit from the main goroutine terminates that
// goroutine without func main returning; if every other goroutine then
// exits, the program crashes (Go's "no goroutines (main called
// runtime.Goexit) - deadlock!").
func Goexit()

// Version returns the Go tree's version string (the version of Go whose
// behaviour golite follows, e.g. "go1.23.0").
func Version() string

// Caller reports file and line number information about function
// invocations on the calling goroutine's stack. The argument skip is the
// number of stack frames to ascend, with 0 identifying the caller of
// Caller. Native: pc is an opaque code address golite can map back with
// FuncForPC and CallersFrames.
func Caller(skip int) (pc uintptr, file string, line int, ok bool)

// Callers fills the slice pc with the return program counters of function
// invocations on the calling goroutine's stack (skip 0 is Callers itself,
// 1 its caller). It returns the number of entries written to pc.
func Callers(skip int, pc []uintptr) int

// Stack formats a stack trace of the calling goroutine into buf and
// returns the number of bytes written to buf. If all is true, Stack
// formats stack traces of all other goroutines into buf after the trace
// for the current goroutine. Native: Go's traceback format
// ("goroutine 1 [running]:\nmain.main()\n\t/path/file.go:12 +0x1d\n").
func Stack(buf []byte, all bool) int

// KeepAlive marks its argument as currently reachable.
func KeepAlive(x any) {}

// SetFinalizer sets the finalizer associated with obj to the provided
// finalizer function. Native: golite records the finalizer and runs it in
// its own goroutine after the collector finds obj unreachable (it may
// also never run, as Go allows); panics with Go's messages for a nil or
// non-pointer obj or a finalizer of the wrong type.
func SetFinalizer(obj any, finalizer any)

// LockOSThread wires the calling goroutine to its current operating
// system thread. golite goroutines are not tied to threads; this only
// documents intent.
func LockOSThread() {}

// UnlockOSThread undoes an earlier call to LockOSThread.
func UnlockOSThread() {}

// NumCgoCall returns the number of cgo calls made by the current process
// (always 0 in golite).
func NumCgoCall() int64 { return 0 }

// A MemStats records statistics about the memory allocator. Native
// ReadMemStats fills the fields golite tracks (Alloc, TotalAlloc, Sys,
// Mallocs, Frees, HeapAlloc, HeapSys, HeapObjects, NextGC, LastGC,
// PauseTotalNs, PauseNs, PauseEnd, NumGC, NumForcedGC, EnableGC) and
// leaves the others zero.
type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

// ReadMemStats populates m with memory allocator statistics. Native.
func ReadMemStats(m *MemStats)

// MemProfileRate controls the fraction of memory allocations that are
// recorded and reported in the memory profile (unused by golite).
var MemProfileRate int = 512 * 1024

// A Func represents a Go function in the running binary. Natives: a *Func
// is an opaque handle from FuncForPC.
type Func struct {
	opaque struct{} // unexported field to disallow conversions
}

// FuncForPC returns a *Func describing the function that contains the
// given program counter address, or else nil. Native.
func FuncForPC(pc uintptr) *Func

// Name returns the name of the function ("main.main", "main.(*T).M",
// "main.main.func1"). Native; nil *Func gives "".
func (f *Func) Name() string

// Entry returns the entry address of the function. Native.
func (f *Func) Entry() uintptr

// FileLine returns the file name and line number of the source code
// corresponding to the program counter pc. Native.
func (f *Func) FileLine(pc uintptr) (file string, line int)

// Frames may be used to get function/file/line information for a slice of
// PC values returned by Callers.
type Frames struct {
	callers []uintptr
}

// Frame is the information returned by Frames for each call frame.
type Frame struct {
	// PC is the program counter for the location in this frame.
	PC uintptr

	// Func is the Func value of this call frame.
	Func *Func

	// Function is the package path-qualified function name of this call
	// frame.
	Function string

	// File and Line are the file name and line number of the location in
	// this frame.
	File string
	Line int

	// Entry point program counter for the function.
	Entry uintptr
}

// CallersFrames takes a slice of PCs returned by Callers and prepares to
// return function/file/line information.
func CallersFrames(callers []uintptr) *Frames {
	return &Frames{callers: callers}
}

// Next returns a Frame representing the next call frame in the slice of PC
// values, and whether there are more frames after it.
func (ci *Frames) Next() (frame Frame, more bool) {
	for len(ci.callers) > 0 {
		pc := ci.callers[0]
		ci.callers = ci.callers[1:]
		f := FuncForPC(pc)
		if f == nil {
			continue
		}
		file, line := f.FileLine(pc)
		frame = Frame{PC: pc, Func: f, Function: f.Name(), File: file, Line: line, Entry: f.Entry()}
		return frame, len(ci.callers) > 0
	}
	return Frame{}, false
}
