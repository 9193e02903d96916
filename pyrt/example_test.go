package pyrt_test

import (
	"fmt"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyrt"
)

func ExampleRepr() {
	s, _ := pyrt.Repr(py.Tuple{py.Float(1e16), py.String("it's"), py.Tuple{py.Int(1)}})
	fmt.Println(s)
	// Output: (1e+16, "it's", (1,))
}

func ExampleFormat() {
	s, _ := pyrt.Format(py.Float(1234567.891), "_>+16,.2f")
	fmt.Println(s)
	// Output: ___+1,234,567.89
}

func ExamplePretty() {
	s, _ := pyrt.NewSet([]py.Object{py.Int(3), py.Int(1), py.Int(2)}, false)
	text, _ := pyrt.Pretty(py.Tuple{s, py.IntType})
	fmt.Println(text)
	// Output: ({1, 2, 3}, int)
}
