module golite/tools/randgen

go 1.23
