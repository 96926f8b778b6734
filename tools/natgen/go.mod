module golite/tools/natgen

go 1.23
