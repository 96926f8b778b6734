// Exercises the os natives that need no goroutine: the environment,
// process ids, the working directory and files.
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	os.Setenv("GOLITE_NATIVES_X", "one=1")
	fmt.Println(os.Getenv("GOLITE_NATIVES_X"))
	v, ok := os.LookupEnv("GOLITE_NATIVES_X")
	fmt.Println(v, ok)
	os.Unsetenv("GOLITE_NATIVES_X")
	v, ok = os.LookupEnv("GOLITE_NATIVES_X")
	fmt.Printf("%q %v\n", v, ok)
	found := false
	env := os.Environ()
	for i := 0; i < len(env); i++ {
		if strings.HasPrefix(env[i], "PATH=") {
			found = true
		}
	}
	fmt.Println("PATH in Environ:", found)
	fmt.Println(os.Getpid() > 0, os.Getppid() > 0, os.Getuid() >= 0, os.Geteuid() >= 0, os.Getgid() >= 0, os.Getegid() >= 0)
	fmt.Println(os.Getpagesize())
	wd, err := os.Getwd()
	fmt.Println(strings.HasSuffix(wd, "stdlib"), err == nil)
	h, err := os.Hostname()
	fmt.Println(h != "", err == nil)
}
