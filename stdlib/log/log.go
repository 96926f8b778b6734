// Package log (golite): the simple logging package, in Go over fmt, time
// and runtime.Caller, with Go's header format and flags.
package log

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Flags choose what the header of each entry holds (in this order: date,
// time, file and line) and where the prefix goes.
const (
	Ldate         = 1 << iota     // the date: 2009/01/23
	Ltime                         // the time: 01:23:23
	Lmicroseconds                 // the time with microseconds: 01:23:23.123123
	Llongfile                     // the caller's full file name and line: /a/b/c/d.go:23
	Lshortfile                    // the caller's file name without directories: d.go:23
	LUTC                          // date and time in UTC instead of local time
	Lmsgprefix                    // the prefix just before the message, not at the start
	LstdFlags     = Ldate | Ltime // the standard logger's flags
)

// Logger writes entries, each a header and a message ending in a newline,
// to an io.Writer with one Write call each. It may be used from several
// goroutines at once.
type Logger struct {
	outMu     sync.Mutex // held while writing and while changing out
	out       io.Writer
	prefix    atomic.Pointer[string]
	flag      atomic.Int32
	isDiscard atomic.Bool // out is io.Discard: skip all the work
}

// New returns a Logger writing to out, with the given prefix and flags.
func New(out io.Writer, prefix string, flag int) *Logger {
	l := &Logger{}
	l.SetOutput(out)
	l.SetPrefix(prefix)
	l.SetFlags(flag)
	return l
}

var defaultLogger = New(os.Stderr, "", LstdFlags)

// Default returns the standard logger, the one the package's functions
// use.
func Default() *Logger { return defaultLogger }

// SetOutput makes l write to w.
func (l *Logger) SetOutput(w io.Writer) {
	l.outMu.Lock()
	l.out = w
	l.isDiscard.Store(w == io.Discard)
	l.outMu.Unlock()
}

// Writer returns where l writes.
func (l *Logger) Writer() io.Writer {
	l.outMu.Lock()
	defer l.outMu.Unlock()
	return l.out
}

// Flags returns l's flags.
func (l *Logger) Flags() int { return int(l.flag.Load()) }

// SetFlags sets l's flags.
func (l *Logger) SetFlags(flag int) { l.flag.Store(int32(flag)) }

// Prefix returns l's prefix.
func (l *Logger) Prefix() string {
	p := l.prefix.Load()
	if p == nil {
		return ""
	}
	return *p
}

// SetPrefix sets l's prefix.
func (l *Logger) SetPrefix(prefix string) { l.prefix.Store(&prefix) }

// appendHeader appends an entry's header to buf, as flag asks: the prefix
// (first, unless Lmsgprefix), the date and time of now, the caller's file
// and line, and the prefix if Lmsgprefix.
func appendHeader(buf []byte, now time.Time, prefix string, flag int, file string, line int) []byte {
	if flag&Lmsgprefix == 0 {
		buf = append(buf, prefix...)
	}
	if flag&(Ldate|Ltime|Lmicroseconds) != 0 {
		if flag&LUTC != 0 {
			now = now.UTC()
		}
		var layout string
		if flag&Ldate != 0 {
			layout = "2006/01/02 "
		}
		if flag&Lmicroseconds != 0 {
			layout += "15:04:05.000000 "
		} else if flag&Ltime != 0 {
			layout += "15:04:05 "
		}
		buf = now.AppendFormat(buf, layout)
	}
	if flag&(Lshortfile|Llongfile) != 0 {
		if flag&Lshortfile != 0 {
			// Only a '/' after the first byte starts the short name.
			if slash := strings.LastIndexByte(file, '/'); slash > 0 {
				file = file[slash+1:]
			}
		}
		buf = append(append(buf, file...), ':')
		buf = append(strconv.AppendInt(buf, int64(line), 10), ": "...)
	}
	if flag&Lmsgprefix != 0 {
		buf = append(buf, prefix...)
	}
	return buf
}

// How an entry's message is made from the arguments of emit.
const (
	asPrint   = iota // fmt.Print of args
	asPrintf         // fmt.Printf of text and args
	asPrintln        // fmt.Println of args
	asIs             // text itself
)

// emit writes one entry, unless l writes to io.Discard (then nothing is
// formatted at all). calldepth says which caller's file and line the
// header shows: 1 for emit's caller, 2 for its caller, and so on.
func (l *Logger) emit(calldepth int, how int, text string, args []any) error {
	if l.isDiscard.Load() {
		return nil
	}
	now := time.Now()
	prefix, flag := l.Prefix(), l.Flags()
	file, line := "", 0
	if flag&(Lshortfile|Llongfile) != 0 {
		var ok bool
		if _, file, line, ok = runtime.Caller(calldepth); !ok {
			file, line = "???", 0
		}
	}
	entry := appendHeader(make([]byte, 0, 64), now, prefix, flag, file, line)
	switch how {
	case asPrint:
		entry = fmt.Append(entry, args...)
	case asPrintf:
		entry = fmt.Appendf(entry, text, args...)
	case asPrintln:
		entry = fmt.Appendln(entry, args...)
	default:
		entry = append(entry, text...)
	}
	if n := len(entry); n == 0 || entry[n-1] != '\n' {
		entry = append(entry, '\n')
	}
	l.outMu.Lock()
	defer l.outMu.Unlock()
	_, err := l.out.Write(entry)
	return err
}

// Output writes an entry with message s (a newline is added if s lacks
// one). calldepth chooses the caller shown by Llongfile and Lshortfile: 1
// is the caller of Output.
func (l *Logger) Output(calldepth int, s string) error {
	return l.emit(calldepth+1, asIs, s, nil)
}

// The Logger's entry points. Each calls emit itself, so that the caller
// shown is always emit's caller's caller. Print, Printf and Println
// format like fmt's functions of the same names; Fatal* then call
// os.Exit(1); Panic* format first and then panic with the message.

func (l *Logger) Print(v ...any)                 { l.emit(2, asPrint, "", v) }
func (l *Logger) Printf(format string, v ...any) { l.emit(2, asPrintf, format, v) }
func (l *Logger) Println(v ...any)               { l.emit(2, asPrintln, "", v) }

func (l *Logger) Fatal(v ...any) {
	l.emit(2, asPrint, "", v)
	os.Exit(1)
}

func (l *Logger) Fatalf(format string, v ...any) {
	l.emit(2, asPrintf, format, v)
	os.Exit(1)
}

func (l *Logger) Fatalln(v ...any) {
	l.emit(2, asPrintln, "", v)
	os.Exit(1)
}

func (l *Logger) Panic(v ...any) {
	msg := fmt.Sprint(v...)
	l.emit(2, asIs, msg, nil)
	panic(msg)
}

func (l *Logger) Panicf(format string, v ...any) {
	msg := fmt.Sprintf(format, v...)
	l.emit(2, asIs, msg, nil)
	panic(msg)
}

func (l *Logger) Panicln(v ...any) {
	msg := fmt.Sprintln(v...)
	l.emit(2, asIs, msg, nil)
	panic(msg)
}

// The package's functions use the standard logger; see the Logger
// methods of the same names.

func SetOutput(w io.Writer)          { defaultLogger.SetOutput(w) }
func Writer() io.Writer              { return defaultLogger.Writer() }
func Flags() int                     { return defaultLogger.Flags() }
func SetFlags(flag int)              { defaultLogger.SetFlags(flag) }
func Prefix() string                 { return defaultLogger.Prefix() }
func SetPrefix(prefix string)        { defaultLogger.SetPrefix(prefix) }
func Print(v ...any)                 { defaultLogger.emit(2, asPrint, "", v) }
func Printf(format string, v ...any) { defaultLogger.emit(2, asPrintf, format, v) }
func Println(v ...any)               { defaultLogger.emit(2, asPrintln, "", v) }

func Fatal(v ...any) {
	defaultLogger.emit(2, asPrint, "", v)
	os.Exit(1)
}

func Fatalf(format string, v ...any) {
	defaultLogger.emit(2, asPrintf, format, v)
	os.Exit(1)
}

func Fatalln(v ...any) {
	defaultLogger.emit(2, asPrintln, "", v)
	os.Exit(1)
}

func Panic(v ...any) {
	msg := fmt.Sprint(v...)
	defaultLogger.emit(2, asIs, msg, nil)
	panic(msg)
}

func Panicf(format string, v ...any) {
	msg := fmt.Sprintf(format, v...)
	defaultLogger.emit(2, asIs, msg, nil)
	panic(msg)
}

func Panicln(v ...any) {
	msg := fmt.Sprintln(v...)
	defaultLogger.emit(2, asIs, msg, nil)
	panic(msg)
}

// Output is Logger.Output on the standard logger (calldepth 1 is the
// caller of Output).
func Output(calldepth int, s string) error {
	return defaultLogger.emit(calldepth+1, asIs, s, nil)
}
