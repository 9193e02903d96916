package asyncshim_test

import (
	"fmt"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/asyncshim"
)

// A kernel installs the loop in its context and runs each cell through
// RunCell; two seconds of sleeps take no real time.
func ExampleLoop_RunCell() {
	ctx := py.NewContext(py.DefaultContextOpts())
	defer ctx.Close()
	loop := asyncshim.New(asyncshim.Options{})
	defer loop.Close()
	if err := loop.Install(ctx); err != nil {
		panic(err)
	}
	// The transpiler's output for:
	//	import asyncio, time
	//	async def hello(name, delay):
	//	    await asyncio.sleep(delay)
	//	    print('hello', name)
	//	t0 = time.time()
	//	await asyncio.gather(hello('slow', 2), hello('fast', 1))
	//	print(time.time() - t0)
	code, err := py.Compile(`import asyncio, time
@__nbc_coroutine
def hello(name, delay):
    __nbc_await(asyncio.sleep(delay))
    print('hello', name)
t0 = time.time()
__nbc_await(asyncio.gather(hello('slow', 2), hello('fast', 1)))
print(int(time.time() - t0))
`, "<cell>", py.ExecMode, 0, true)
	if err != nil {
		panic(err)
	}
	// Route print to Go's os.Stdout (gpython's sys.stdout is the process's).
	sys, err := ctx.GetModule("sys")
	if err != nil {
		panic(err)
	}
	sys.Globals["stdout"] = &goStdout{}
	main, err := ctx.ModuleInit(&py.ModuleImpl{Info: py.ModuleInfo{Name: "__main__"}})
	if err != nil {
		panic(err)
	}
	err = loop.RunCell(func() error {
		_, err := ctx.RunCode(code, main.Globals, main.Globals, nil)
		return err
	})
	fmt.Println("cell error:", err)
	fmt.Println("virtual clock:", loop.Now().UTC().Format("15:04:05"))
	// Output:
	// hello fast
	// hello slow
	// 2
	// cell error: <nil>
	// virtual clock: 22:13:22
}

// goStdout is a file-like object writing to os.Stdout as it is now.
type goStdout struct{}

var goStdoutType = py.NewType("GoStdout", "")

func init() {
	goStdoutType.Dict["write"] = py.MustNewMethod("write", func(self, arg py.Object) (py.Object, error) {
		s, _ := arg.(py.String)
		fmt.Print(string(s))
		return py.Int(len(s)), nil
	}, 0, "")
	goStdoutType.Dict["flush"] = py.MustNewMethod("flush", func(self py.Object) (py.Object, error) { return py.None, nil }, 0, "")
}

func (*goStdout) Type() *py.Type { return goStdoutType }
