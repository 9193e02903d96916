package asyncshim_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/asyncshim"
)

// runCells runs dialect cells on one kernel and returns the output and the
// Go error of each cell.
func runCells(t *testing.T, opts asyncshim.Options, cells ...string) (string, []error) {
	t.Helper()
	k := newKernel(t, opts)
	defer k.ctx.Close()
	defer k.loop.Close()
	var errs []error
	for i, src := range cells {
		code, err := py.Compile(src, "<cell>", py.ExecMode, 0, true)
		if err != nil {
			t.Fatalf("cell %d: %v", i, err)
		}
		errs = append(errs, k.run(code))
	}
	return k.out.b.String(), errs
}

func TestCellErrors(t *testing.T) {
	tests := []struct {
		name    string
		reason  string
		opts    asyncshim.Options
		cells   []string
		wantOut string
		wantErr []string // substring of each cell's error, "" for none
	}{
		{
			name:   "deadlock-future",
			reason: "a cell awaiting a future nobody sets must end with a deadlock error naming the waiter, not hang",
			cells: []string{
				"import asyncio\nf = asyncio.get_running_loop().create_future()\nprint('before')\n__nbc_await(f)\nprint('never')\n",
				"print('next cell runs')\n",
			},
			wantOut: "before\nnext cell runs\n",
			wantErr: []string{"deadlock: no task or thread can run and no timer is pending; waiting: the cell (waiting for <Future pending", ""},
		},
		{
			name:   "deadlock-script",
			reason: "under script semantics asyncio.run of a coroutine stuck on a future is a deadlock too",
			opts:   asyncshim.Options{Script: true},
			cells: []string{
				"import asyncio\n@__nbc_coroutine\ndef main():\n    __nbc_await(asyncio.Event().wait())\nasyncio.run(main())\n",
				"print('still alive')\n",
			},
			wantOut: "still alive\n",
			wantErr: []string{"deadlock: ", ""},
		},
		{
			name:   "deadlock-thread-join",
			reason: "a thread joining itself through a second thread that waits forever must not hang",
			opts:   asyncshim.Options{Script: true},
			cells: []string{
				"import threading\nev = threading.Event()\nt = threading.Thread(target=ev.wait)\nt.start()\nt.join()\n",
			},
			wantErr: []string{"thread Thread-1 (wait) (waiting for an Event)"},
		},
		{
			name:   "virtual-budget",
			reason: "a cell sleeping past its virtual-time budget ends with a budget error",
			opts:   asyncshim.Options{Budget: 10 * time.Second},
			cells: []string{
				"import asyncio\nprint('start')\n__nbc_await(asyncio.sleep(3600))\nprint('never')\n",
			},
			wantOut: "start\n",
			wantErr: []string{"budget: the cell ran more than 10s of virtual time"},
		},
		{
			name:   "horizon",
			reason: "tasks left running stop at the horizon and go on in the next cell",
			opts:   asyncshim.Options{Horizon: 5 * time.Second},
			cells: []string{
				"import asyncio\n@__nbc_coroutine\ndef tick():\n    for i in range(4):\n        print('tick', i)\n        __nbc_await(asyncio.sleep(3))\nt = asyncio.create_task(tick())\n",
				"print('cell 2', t.done())\n",
				"__nbc_await(t)\nprint('cell 3', t.done())\n",
			},
			wantOut: "tick 0\ntick 1\ncell 2 False\ntick 2\ntick 3\ncell 3 True\n",
			wantErr: []string{"", "", ""},
		},
		{
			name:   "script-no-running-loop",
			reason: "under script semantics a cell has no running loop",
			opts:   asyncshim.Options{Script: true},
			cells: []string{
				"import asyncio\ntry:\n    asyncio.get_running_loop()\nexcept RuntimeError as e:\n    print(e)\n",
			},
			wantOut: "no running event loop\n",
			wantErr: []string{""},
		},
		{
			name:   "unsupported-network",
			reason: "networking raises a clear unsupported error",
			cells: []string{
				"import asyncio\ntry:\n    __nbc_await(asyncio.open_connection('example.com', 80))\nexcept NotImplementedError as e:\n    print(e)\n",
			},
			wantOut: "unsupported: network\n",
			wantErr: []string{""},
		},
		{
			name:   "time-sleep-main-thread",
			reason: "time.sleep at a cell's top level advances the virtual clock without waiting",
			cells: []string{
				"import time\nt0 = time.time()\ntime.sleep(100)\nprint(time.time() - t0)\nprint(time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime(0)))\nprint(time.ctime(1700000000))\n",
			},
			wantOut: "100.0\n1970-01-01 00:00:00\nTue Nov 14 22:13:20 2023\n",
			wantErr: []string{""},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errs := runCells(t, tt.opts, tt.cells...)
			if out != tt.wantOut {
				t.Errorf("output:\n%s\nwant:\n%s\n(%s)", out, tt.wantOut, tt.reason)
			}
			for i, want := range tt.wantErr {
				got := ""
				if errs[i] != nil {
					got = errs[i].Error()
				}
				if want == "" && got != "" || want != "" && !strings.Contains(got, want) {
					t.Errorf("cell %d error = %q, want %q (%s)", i, got, want, tt.reason)
				}
			}
		})
	}
}

func TestDeadlockErrorType(t *testing.T) {
	_, errs := runCells(t, asyncshim.Options{}, "import asyncio\n__nbc_await(asyncio.Event().wait())\n")
	var de *asyncshim.DeadlockError
	if !errors.As(errs[0], &de) {
		t.Fatalf("got %T %v, want *DeadlockError", errs[0], errs[0])
	}
}

func TestNowFollowsVirtualClock(t *testing.T) {
	k := newKernel(t, asyncshim.Options{})
	defer k.ctx.Close()
	start := k.loop.Now()
	if want := time.Unix(1700000000, 0).UTC(); !start.Equal(want) {
		t.Errorf("Now() = %v, want %v", start, want)
	}
	code := mustCompile(t, "import asyncio\n__nbc_await(asyncio.sleep(90))\n")
	if err := k.run(code); err != nil {
		t.Fatal(err)
	}
	if got := k.loop.Now().Sub(start); got != 90*time.Second {
		t.Errorf("after sleep(90): Now() moved %v, want 1m30s", got)
	}
}

// manualClock is a real-clock stand-in that records the sleeps.
type manualClock struct {
	now    time.Time
	sleeps []time.Duration
}

func (c *manualClock) Now() time.Time { return c.now }
func (c *manualClock) Sleep(d time.Duration) {
	c.sleeps = append(c.sleeps, d)
	c.now = c.now.Add(d)
}

func TestRealClockWaits(t *testing.T) {
	clock := &manualClock{now: time.Unix(1000, 0)}
	out, errs := runCells(t, asyncshim.Options{Clock: clock},
		"import asyncio, time\nt0 = time.time()\n__nbc_await(asyncio.sleep(2))\nprint(time.time() - t0)\n")
	if errs[0] != nil {
		t.Fatal(errs[0])
	}
	if out != "2.0\n" {
		t.Errorf("output %q, want 2.0", out)
	}
	if len(clock.sleeps) != 1 || clock.sleeps[0] != 2*time.Second {
		t.Errorf("sleeps = %v, want [2s]", clock.sleeps)
	}
}

func TestParallelKernels(t *testing.T) {
	// Kernels share no mutable state: run several at once (meaningful
	// under -race).
	done := make(chan string, 4)
	for i := 0; i < 4; i++ {
		go func() {
			out := runSource(t, "import asyncio, threading, time\n@__nbc_coroutine\ndef w(n):\n    __nbc_await(asyncio.sleep(n))\n    return n\nprint(asyncio.run(w(2)))\nt = threading.Thread(target=time.sleep, args=(1,))\nt.start()\nt.join()\nprint(time.monotonic() - 1000)\n")
			done <- out
		}()
	}
	for i := 0; i < 4; i++ {
		if out := <-done; out != "2\n3.0\n" {
			t.Errorf("kernel output %q, want \"2\\n3.0\\n\"", out)
		}
	}
}
