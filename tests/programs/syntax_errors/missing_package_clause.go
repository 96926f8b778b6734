// Example program: missing package clause.
// Real Go rejects it at compile time.
//
import "fmt"

func main() {
	name := "gopher"
	fmt.Println("no package clause", name)
}
