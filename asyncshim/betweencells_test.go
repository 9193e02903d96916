package asyncshim_test

import (
	"strings"
	"testing"
	"time"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/asyncshim"
)

// runCellsSplit runs dialect cells on one kernel and returns what each
// cell printed.
func runCellsSplit(t *testing.T, opts asyncshim.Options, cells ...string) []string {
	t.Helper()
	k := newKernel(t, opts)
	defer k.ctx.Close()
	defer k.loop.Close()
	var outs []string
	for i, src := range cells {
		code, err := py.Compile(src, "<cell>", py.ExecMode, 0, true)
		if err != nil {
			t.Fatalf("cell %d: %v", i, err)
		}
		before := k.out.b.Len()
		if err := k.run(code); err != nil {
			t.Fatalf("cell %d: %v", i, err)
		}
		outs = append(outs, k.out.b.String()[before:])
	}
	return outs
}

// TestBetweenCells pins what a kernel driven by nbclient (nbconvert
// --execute) does, as recorded by real Jupyter in the corpus oracle
// (jh0ward_coroutines cells 6-8, calwoo_asyncio 3-7, rafasb_async_demo 6,
// chrlles_threading 0-1): the next cell starts at once, so no time passes
// between cells; what the loop runs between two cells prints into the
// next cell; a cell with top-level await is over only once the loop has
// run what was ready when its code returned.
func TestBetweenCells(t *testing.T) {
	coro := "import asyncio, threading, time\n@__nbc_coroutine\ndef say(d, what):\n    print('sleep', d)\n    __nbc_await(asyncio.sleep(d))\n    print(what)\n"
	tests := []struct {
		name  string
		cells []string
		want  []string
	}{
		{
			name: "sync-cell-task-starts-in-next-cell",
			cells: []string{
				coro + "t = asyncio.ensure_future(say(1, 'hello'))\nprint('after ensure_future')\n",
				"print('cell 2', t.done())\n",
				"__nbc_await(asyncio.sleep(2))\nprint('cell 3', t.done())\n",
			},
			want: []string{"after ensure_future\n", "sleep 1\ncell 2 False\n", "hello\ncell 3 True\n"},
		},
		{
			name: "async-cell-runs-what-was-ready",
			cells: []string{
				coro + "@__nbc_coroutine\ndef main():\n    print('1')\n    asyncio.create_task(say(2, '3'))\n    print('4')\n__nbc_await(main())\n",
				"print('next')\n",
			},
			want: []string{"1\n4\nsleep 2\n", "next\n"},
		},
		{
			name: "no-time-between-cells",
			cells: []string{
				coro + "ls = []\ndef tick(n):\n    for i in range(n):\n        ls.append(i)\n        time.sleep(0.5)\nthreading.Thread(target=tick, args=(10,)).start()\n",
				"print(ls)\n",
				"time.sleep(1.2)\nprint(ls)\n",
			},
			want: []string{"", "[0]\n", "[0, 1, 2]\n"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := runCellsSplit(t, asyncshim.Options{}, tt.cells...)
			for i := range tt.want {
				if got[i] != tt.want[i] {
					t.Errorf("cell %d printed %q, want %q", i, got[i], tt.want[i])
				}
			}
		})
	}
}

// TestPreemptBusyWait: a cell that busy-waits on worker threads which
// poll with time.sleep (msztylko_threading cell 45) ends, as under
// CPython's GIL, when the kernel calls Preempt from its loop checks.
func TestPreemptBusyWait(t *testing.T) {
	k := newKernel(t, asyncshim.Options{})
	defer k.ctx.Close()
	defer k.loop.Close()
	b := k.ctx.Store().Builtins
	calls := 0
	b.Globals["preempt"] = py.MustNewMethod("preempt", func(self py.Object, args py.Tuple) (py.Object, error) {
		calls++
		return py.None, k.loop.Preempt()
	}, 0, "")
	src := `import threading, time
done = []
todo = list(range(5))
def worker():
    while len(done) < 5:
        if todo:
            done.append(todo.pop())
        else:
            time.sleep(0.01)
t = threading.Thread(target=worker)
todo_later = list(range(5, 10))
t.start()
while len(done) < 5:
    preempt()
print('done', sorted(done))
`
	code := mustCompile(t, src)
	if err := k.run(code); err != nil {
		t.Fatal(err)
	}
	if out := k.out.b.String(); !strings.Contains(out, "done [0, 1, 2, 3, 4]") {
		t.Errorf("output %q", out)
	}
	// A thread that sleeps while the main thread spins: the spin costs
	// virtual time, so the sleeper wakes up.
	src2 := `flag = []
def sleeper():
    time.sleep(0.1)
    flag.append(1)
threading.Thread(target=sleeper).start()
t0 = time.time()
while not flag:
    preempt()
print('woke', round(time.time() - t0, 2))
`
	code = mustCompile(t, src2)
	k.out.b.Reset()
	if err := k.run(code); err != nil {
		t.Fatal(err)
	}
	if out := k.out.b.String(); out != "woke 0.1\n" {
		t.Errorf("output %q, want woke 0.1", out)
	}
}

// TestKernelThreads: under Jupyter semantics threading sees ipykernel 6's
// own daemon threads, and user code's first task and thread are Task-4 and
// Thread-5, as real Jupyter recorded in the corpus oracle
// (htkuan_threading cells 0-3, calwoo_asyncio 3, yeraydiaz_futures_tasks 6).
func TestKernelThreads(t *testing.T) {
	got := runCellsSplit(t, asyncshim.Options{},
		"import threading, asyncio\nprint(threading.active_count())\nfor th in threading.enumerate():\n    print(repr(th).split(' started')[0])\n",
		"th = threading.Thread(target=print, args=('hi',))\nprint(th.name)\n@__nbc_coroutine\ndef f():\n    pass\nt = asyncio.ensure_future(f())\nprint(t.get_name(), type(asyncio.gather(t)).__name__)\n",
	)
	want := []string{
		"7\n<_MainThread(MainThread,\n<Thread(IOPub,\n<Heartbeat(Heartbeat,\n<Thread(Thread-3 (_watch_pipe_fd),\n<Thread(Thread-4 (_watch_pipe_fd),\n<ControlThread(Control,\n<ParentPollerUnix(Thread-2,\n",
		"Thread-5 (print)\nTask-4 _GatheringFuture\n",
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("cell %d printed %q, want %q", i, got[i], want[i])
		}
	}
}

// TestPreemptedUnwinds: a cell preempted while it spins is unwound when
// it runs out of wall time, and the kernel runs the next cell
// (awant_threading_mp cell 22 broke the kernel).
func TestPreemptedUnwinds(t *testing.T) {
	n := 0
	k := newKernel(t, asyncshim.Options{WallBudget: 10 * time.Second, Wall: func() time.Time {
		n++
		return time.Unix(int64(n), 0)
	}})
	defer k.ctx.Close()
	defer k.loop.Close()
	k.ctx.Store().Builtins.Globals["preempt"] = py.MustNewMethod("preempt", func(self py.Object, args py.Tuple) (py.Object, error) {
		return py.None, k.loop.Preempt()
	}, 0, "")
	run := func(src string) error {
		code := mustCompile(t, src)
		return k.run(code)
	}
	err := run("import threading, time\ndef tick():\n    while True:\n        time.sleep(0.01)\nthreading.Thread(target=tick, daemon=True).start()\nwhile True:\n    preempt()\n")
	if err == nil || !strings.Contains(err.Error(), "wall time") {
		t.Fatalf("spinning cell: error %v, want a wall-time budget error", err)
	}
	k.out.b.Reset()
	if err := run("print('alive')\n"); err != nil {
		t.Fatalf("next cell: %v", err)
	}
	if got := k.out.b.String(); got != "alive\n" {
		t.Errorf("next cell printed %q", got)
	}
}

// TestPreemptedThreadOutlivesCell: CPU work on a thread still running when
// its cell's code returns does not keep the cell open: the cell ends (as
// the kernel answers at once) and the work goes on in later cells
// (yeraydiaz_london_talk cell 104 ran into the wall-time limit).
func TestPreemptedThreadOutlivesCell(t *testing.T) {
	k := newKernel(t, asyncshim.Options{})
	defer k.ctx.Close()
	defer k.loop.Close()
	k.ctx.Store().Builtins.Globals["preempt"] = py.MustNewMethod("preempt", func(self py.Object, args py.Tuple) (py.Object, error) {
		return py.None, k.loop.Preempt()
	}, 0, "")
	var outs []string
	for _, src := range []string{
		"import threading\ndone = []\ndef work():\n    for i in range(1000):\n        preempt()\n    done.append(1)\nt = threading.Thread(target=work)\nt.start()\nprint('started', t.is_alive())\n",
		"print('next cell', t.is_alive())\n",
		"t.join()\nprint('joined', done)\n",
	} {
		code := mustCompile(t, src)
		k.out.b.Reset()
		if err := k.run(code); err != nil {
			t.Fatal(err)
		}
		outs = append(outs, k.out.b.String())
	}
	want := []string{"started True\n", "next cell True\n", "joined [1]\n"}
	for i := range want {
		if outs[i] != want[i] {
			t.Errorf("cell %d printed %q, want %q", i, outs[i], want[i])
		}
	}
}

// TestBetweenCellsFlag: BetweenCells is true only for what the loop runs
// when a cell starts and before its code (with no time between cells),
// where the kernel holds back output (pyrun.Gap); with a horizon, what
// runs after a cell belongs to it.
func TestBetweenCellsFlag(t *testing.T) {
	cells := []string{
		"import asyncio\nseen = []\n@__nbc_coroutine\ndef task():\n    seen.append(('task', gap()))\nasyncio.ensure_future(task())\nseen.append(('cell 0', gap()))\n",
		"seen.append(('cell 1', gap()))\nprint(seen)\n",
	}
	for _, tt := range []struct {
		name string
		opts asyncshim.Options
		want string
	}{
		{"nbclient", asyncshim.Options{}, "[('cell 0', False), ('task', True), ('cell 1', False)]\n"},
		{"horizon", asyncshim.Options{Horizon: 5 * time.Second}, "[('cell 0', False), ('task', False), ('cell 1', False)]\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			k := newKernel(t, tt.opts)
			defer k.ctx.Close()
			defer k.loop.Close()
			k.ctx.Store().Builtins.Globals["gap"] = py.MustNewMethod("gap", func(self py.Object, args py.Tuple) (py.Object, error) {
				return py.NewBool(k.loop.BetweenCells()), nil
			}, 0, "")
			for i, src := range cells {
				if err := k.run(mustCompile(t, src)); err != nil {
					t.Fatalf("cell %d: %v", i, err)
				}
			}
			if got := k.out.b.String(); got != tt.want {
				t.Errorf("printed %q, want %q", got, tt.want)
			}
		})
	}
}
