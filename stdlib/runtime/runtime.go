// Package runtime (golite): the scheduler and memory controls a program
// can reach (GOMAXPROCS, Gosched, GC, NumGoroutine, ReadMemStats, Caller,
// Stack, ...) as natives, plus the runtime error types in error.go.
package runtime

// Compiler names the toolchain Go reports for a program ("gc").
const Compiler = "gc"

// GOOS names the operating system the program runs on.
const GOOS string = "linux"

// GOARCH names the processor architecture the program runs on.
const GOARCH string = "amd64"

// GOMAXPROCS returns how many goroutines may run in parallel and, when
// n >= 1, makes that n. Native: golite's worker count (see the
// design: stops the world and moves queues).
func GOMAXPROCS(n int) int

// SetDefaultGOMAXPROCS goes back to the default parallelism (the
// GOMAXPROCS environment variable, else the CPU count).
// Native.
func SetDefaultGOMAXPROCS()

// NumCPU reports how many logical CPUs the process may use.
func NumCPU() int

// NumGoroutine reports how many goroutines exist now.
func NumGoroutine() int

// Gosched lets other goroutines run before the caller goes on. Native:
// the goroutine goes to the global queue.
func Gosched()

// GC runs a full garbage collection and returns when it is done.
func GC()

// Goexit ends the calling goroutine after running its deferred calls;
// other goroutines go on. Called from main's goroutine it ends that
// goroutine without main returning, and once every other goroutine has
// finished the program crashes (Go's "no goroutines (main called
// runtime.Goexit) - deadlock!").
func Goexit()

// Version names the Go release whose behaviour golite follows (for
// example "go1.23.0").
func Version() string

// Caller describes a call on the current goroutine's stack: skip 0 is
// the function calling Caller, 1 its caller, and so on; ok is false when
// the stack is not that deep. Native: pc is an opaque code address golite can map back with
// FuncForPC and CallersFrames.
func Caller(skip int) (pc uintptr, file string, line int, ok bool)

// Callers stores in pc the code addresses of the calls on the current
// goroutine's stack, skipping skip of them (0 is Callers itself, 1 its
// caller), and returns how many it stored.
func Callers(skip int, pc []uintptr) int

// Stack writes the trace of the current goroutine (followed, when all is
// set, by those of every other goroutine) into buf and returns how many
// bytes it wrote. Native: Go's traceback format
// ("goroutine 1 [running]:\nmain.main()\n\t/path/file.go:12 +0x1d\n").
func Stack(buf []byte, all bool) int

// KeepAlive keeps x reachable up to the point of the call.
func KeepAlive(x any) {}

// SetFinalizer arranges for finalizer(obj) to run once the collector
// finds obj unreachable (nil finalizer: cancel). Native: golite records the finalizer and runs it in
// its own goroutine after the collector finds obj unreachable (it may
// also never run, as Go allows); panics with Go's messages for a nil or
// non-pointer obj or a finalizer of the wrong type.
func SetFinalizer(obj any, finalizer any)

// LockOSThread would pin the caller to its OS thread. golite goroutines are not tied to threads; this only
// documents intent.
func LockOSThread() {}

// UnlockOSThread cancels one LockOSThread.
func UnlockOSThread() {}

// NumCgoCall reports calls into C made so far: always 0 in golite.
func NumCgoCall() int64 { return 0 }

// MemStats holds memory allocator and collector statistics. Native
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

// ReadMemStats fills m with current statistics. Native.
func ReadMemStats(m *MemStats)

// MemProfileRate is the sampling interval, in bytes, of the memory
// profile (golite keeps no profile).
var MemProfileRate int = 512 * 1024

// Func stands for one function of the program. Natives: a *Func
// is an opaque handle from FuncForPC.
type Func struct {
	opaque struct{} // keeps other struct types from converting to Func
}

// FuncForPC returns the function whose code holds address pc, or nil.
// Native.
func FuncForPC(pc uintptr) *Func

// Name returns the name of the function ("main.main", "main.(*T).M",
// "main.main.func1"). Native; nil *Func gives "".
func (f *Func) Name() string

// Entry returns the address where f starts. Native.
func (f *Func) Entry() uintptr

// FileLine returns the source position of address pc inside f. Native.
func (f *Func) FileLine(pc uintptr) (file string, line int)

// Frames walks the frames of a slice of addresses from Callers.
type Frames struct {
	callers []uintptr
}

// Frame describes one call frame.
type Frame struct {
	// PC is the code address of the frame's current position.
	PC uintptr

	// Func is the frame's function, when known.
	Func *Func

	// Function is the function's name qualified by its package path.
	Function string

	// File and Line give the frame's source position.
	File string
	Line int

	// Entry is the address where the function starts.
	Entry uintptr
}

// CallersFrames returns the Frames of addresses from Callers.
func CallersFrames(callers []uintptr) *Frames {
	return &Frames{callers: callers}
}

// Next returns the following frame and whether more remain after it.
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
