module golite/tools/unigen

go 1.23
