// Command nbcheck checks Python notebooks without Python: it runs their
// cells on an embedded interpreter and compares what they print with the
// outputs recorded in the notebook.
//
// Usage:
//
//	nbcheck check [flags] PATH...     check recorded outputs (exit 0 ok, 1 failures, 2 error)
//	nbcheck run [flags] PATH -o OUT   regenerate outputs into OUT
//	nbcheck run --inplace PATH...     regenerate outputs in place
//	nbcheck transpile PATH...         show the code gpython runs, per cell
//	nbcheck cells PATH...             show how documents were read
//	nbcheck exec FILE.py              run a script on nbcheck's runtime
//	nbcheck version | help
package main

import "os"

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
