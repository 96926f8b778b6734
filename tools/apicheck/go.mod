module golite/tools/apicheck

go 1.23
