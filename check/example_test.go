package check_test

import (
	"fmt"

	"github.com/nbcheck/nbcheck/check"
	"github.com/nbcheck/nbcheck/ipynb"
)

func ExampleCheckCell() {
	one := 1
	cell := &ipynb.Cell{
		Type:           ipynb.Code,
		Source:         "start = time.time()\nawait asyncio.sleep(1.5)\nprint('Time elapsed =', time.time() - start)\nprint(main)",
		ExecutionCount: &one,
		Outputs: []*ipynb.Output{
			ipynb.NewStream("stdout", "Time elapsed = 1.508040428161621\n<function main at 0x7f3a2c1b0d30>\n"),
		},
	}
	produced := []*ipynb.Output{
		ipynb.NewStream("stdout", "Time elapsed = 1.5\n<function main at 0xc000010000>\n"),
	}
	r := check.CheckCell(check.CellInput{Cell: cell, Index: 2, Produced: produced}, check.Options{})
	fmt.Println(r.Verdict)
	fmt.Println(r.Reason)
	// Output:
	// match
	// matched after normalising addresses, floats
}

func ExampleDiff() {
	fmt.Print(check.Diff("Task A done\nTask B done\n", "Task A done\nTask B failed\n"))
	// Output:
	// (-recorded +produced)
	//   Task A done
	// - Task B done
	// + Task B failed
}
