package mddoc_test

import (
	"fmt"

	"github.com/nbcheck/nbcheck/ipynb"
	"github.com/nbcheck/nbcheck/mddoc"
)

func Example() {
	src := "# Demo\n\n```python\nprint(6 * 7)\n```\n\nOutput:\n\n~~~\n41\n~~~\n"
	d, err := mddoc.Parse("demo.md", []byte(src), mddoc.Options{})
	if err != nil {
		panic(err)
	}
	nb := d.Notebook()
	code := nb.Cells[1]
	fmt.Printf("line %d: %q recorded %q\n", code.Line, code.Source, code.Outputs[0].Text)

	// Write the output the code really prints back into the document.
	code.Outputs = []*ipynb.Output{{Type: ipynb.Stream, Name: "stdout", Text: "42\n"}}
	out, err := d.Render(nb)
	if err != nil {
		panic(err)
	}
	fmt.Print(string(out))
	// Output:
	// line 4: "print(6 * 7)" recorded "41\n"
	// # Demo
	//
	// ```python
	// print(6 * 7)
	// ```
	//
	// Output:
	//
	// ~~~
	// 42
	// ~~~
}
