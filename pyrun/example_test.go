package pyrun_test

import (
	"fmt"

	"github.com/nbcheck/nbcheck/pyrun"
)

func ExampleKernel_Run() {
	k, err := pyrun.New(pyrun.Options{})
	if err != nil {
		panic(err)
	}
	defer k.Close()
	k.Run(pyrun.Cell{Code: "x = 6 * 7"})
	res := k.Run(pyrun.Cell{Code: "print('x is', x)\n1 / 0"})
	for _, o := range res.Outputs {
		if o.Type == "error" {
			fmt.Printf("error %s: %s\n", o.Ename, o.Evalue)
			continue
		}
		fmt.Printf("%s %s %q\n", o.Type, o.Name, o.Text)
	}
	// Output:
	// stream stdout "x is 42\n"
	// error ZeroDivisionError: division by zero
}
