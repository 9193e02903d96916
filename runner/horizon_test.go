package runner_test

import (
	"encoding/json"
	"testing"

	"github.com/nbcheck/nbcheck/check"
	"github.com/nbcheck/nbcheck/ipynb"
	"github.com/nbcheck/nbcheck/runner"
)

// TestBetweenCells: a notebook nbclient executed (its cells record
// execution timings, as the corpus oracle's do) runs with no time between
// cells; one recorded by hand lets background tasks finish into the cell
// that started them (fixtures/seed003 cells 15 and 21).
func TestBetweenCells(t *testing.T) {
	src := []string{
		"import asyncio\nasync def later():\n    await asyncio.sleep(5)\n    print('later')\nasyncio.create_task(later());",
		"print('next')",
	}
	timed := notebook(src...)
	for _, c := range timed.Cells {
		c.Metadata = ipynb.RawObject{"execution": json.RawMessage(`{"iopub.execute_input": "2026-11-22T01:08:19.403973Z", "shell.execute_reply": "2026-11-22T01:08:20.409609Z"}`)}
	}
	tests := []struct {
		name string
		nb   *ipynb.Notebook
		opts runner.Options
		want []string
	}{
		{"by-hand", notebook(src...), runner.Options{}, []string{"stdout: later\n", "stdout: next\n"}},
		{"nbclient", timed, runner.Options{}, []string{"", "stdout: next\n"}},
		{"forced-none", notebook(src...), runner.Options{Horizon: -1}, []string{"", "stdout: next\n"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cells, err := runner.Run("nb.ipynb", tt.nb, tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			for i, want := range tt.want {
				if got := text(cells[i].Produced); got != want {
					t.Errorf("cell %d produced %q, want %q", i, got, want)
				}
			}
		})
	}
}

// TestQueueAttr: queue.Queue().queue is the items as a collections.deque
// (ckk3_multithreading cell 7), a list for LifoQueue and PriorityQueue.
func TestQueueAttr(t *testing.T) {
	nb := notebook("from queue import Queue, LifoQueue\nq = Queue()\nfor i in (1, 2, 3):\n    q.put(i)\nprint(q.queue, q.maxsize)\nl = LifoQueue(5)\nl.put(1)\nprint(l.queue, l.maxsize)")
	cells, err := runner.Run("nb.ipynb", nb, runner.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := text(cells[0].Produced), "stdout: deque([1, 2, 3]) 0\n[1] 5\n"; got != want {
		t.Errorf("produced %q, want %q", got, want)
	}
}

// TestInterruptedHang: a cell that deadlocks, recorded with the
// KeyboardInterrupt that stopped it, matches that error
// (shlok_threading cell 10); a deadlock nobody recorded stays nbcheck's
// own, unsupported.
func TestInterruptedHang(t *testing.T) {
	src := "import threading\nl = threading.Lock()\nprint('before')\nl.acquire()\nl.acquire()\nprint('never')"
	nb := notebook(src, src)
	nb.Cells[0].Outputs = []*ipynb.Output{{Type: ipynb.Error, Ename: "KeyboardInterrupt", Evalue: ""}}
	cells, err := runner.Run("nb.ipynb", nb, runner.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := text(cells[0].Produced), "stdout: before\nerror: KeyboardInterrupt: \n"; got != want || cells[0].Status != check.StatusRaised {
		t.Errorf("recorded interrupt: produced %q status %v, want %q raised", got, cells[0].Status, want)
	}
	if cells[1].Status != check.StatusUnsupported {
		t.Errorf("unrecorded deadlock: status %v, want unsupported", cells[1].Status)
	}
}
