module golite/tools/fmtgen

go 1.23
