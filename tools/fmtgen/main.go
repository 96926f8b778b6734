// fmtgen produces the test data and tables of golite's fmt engine
// (src/natives/fmt) from real Go:
//
//	go run . -cases ../../src/natives/fmt/testdata/cases.txt
//	go run . -tables ../../src/natives
//
// -cases runs several hundred fmt calls (Sprintf, Sprint, Sprintln, Errorf)
// and writes, for each, the format, every argument described as golite's
// FmtValue tree (type strings, values, addresses, and the results of the
// Error/String/GoString methods, computed here as the VM will compute them)
// and Go's output. The Rust test rebuilds the FmtValues and compares.
//
// -tables converts Go's strconv tables (IsPrint, powers of ten) to Rust.
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	cases := flag.String("cases", "", "write the fmt test table to this file")
	tables := flag.String("tables", "", "write the Rust tables into this src/natives directory")
	flag.Parse()
	if *cases == "" && *tables == "" {
		fmt.Fprintln(os.Stderr, "usage: fmtgen [-cases FILE] [-tables DIR]")
		os.Exit(2)
	}
	if *tables != "" {
		writeIsPrint(*tables)
		writePow10(*tables)
	}
	if *cases != "" {
		writeCases(*cases)
	}
}
