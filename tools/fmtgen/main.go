// fmtgen produces the test data and tables of golite's fmt engine
// (src/natives/fmt) from real Go:
//
//	go run . -cases ../../src/natives/fmt/testdata/cases.txt
//	go run . -strconv ../../src/natives/testdata/strconv.txt
//	go run . -tables ../../src/natives
//
// -cases runs several hundred fmt calls (Sprintf, Sprint, Sprintln, Errorf)
// and writes, for each, the format, every argument described as golite's
// FmtValue tree (type strings, values, addresses, and the results of the
// Error/String/GoString methods, computed here as the VM will compute them)
// and Go's output. The Rust test rebuilds the FmtValues and compares.
//
// -strconv writes a table of strconv results (FormatFloat on thousands of
// floats, FormatInt, IsPrint/IsGraphic over all runes, quoting).
//
// -tables converts Go's strconv IsPrint tables to Rust.
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	cases := flag.String("cases", "", "write the fmt test table to this file")
	sc := flag.String("strconv", "", "write the strconv test table to this file")
	tables := flag.String("tables", "", "write the Rust tables into this src/natives directory")
	flag.Parse()
	if *cases == "" && *tables == "" && *sc == "" {
		fmt.Fprintln(os.Stderr, "usage: fmtgen [-cases FILE] [-strconv FILE] [-tables DIR]")
		os.Exit(2)
	}
	if *tables != "" {
		writeIsPrint(*tables)
	}
	if *sc != "" {
		writeStrconv(*sc)
	}
	if *cases != "" {
		writeCases(*cases)
	}
}
