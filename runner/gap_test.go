package runner_test

import (
	"strings"
	"testing"

	"github.com/nbcheck/nbcheck/ipynb"
	"github.com/nbcheck/nbcheck/runner"
)

// withDisplays is text with display_data outputs too.
func withDisplays(outs []*ipynb.Output) string {
	var b strings.Builder
	for _, o := range outs {
		if o.Type == ipynb.DisplayData {
			v, _ := o.Data.Text("text/plain")
			b.WriteString("display: " + v + "\n")
			continue
		}
		b.WriteString(text([]*ipynb.Output{o}))
	}
	return b.String()
}

// TestGapOutput pins where the output of background tasks and threads
// goes in a notebook nbclient runs (no time between cells), as ipykernel 6
// sends it (pyrun.Gap): what runs between two cells prints into the next
// cell, unless it is flushed before that cell's code starts (logging,
// print(flush=True), display()), which sends it as the finished cell's
// output, which nbclient drops (jinnovation_async cells 8 and 11 against
// calwoo_asyncio cells 5 and 7).
func TestGapOutput(t *testing.T) {
	tests := []struct {
		name    string
		sources []string
		opts    runner.Options
		want    []string // each cell's outputs
		notes   []string // a part of each cell's notes, "" for none
	}{
		{
			"task-prints-after-its-cell",
			[]string{
				"import asyncio\nasync def t():\n    print('task')\nasyncio.create_task(t());",
				"print('next')",
			},
			runner.Options{Horizon: -1},
			[]string{"", "stdout: task\nnext\n"},
			[]string{"", ""},
		},
		{
			"task-flushes-after-its-cell",
			[]string{
				"import asyncio, sys\nasync def t():\n    print('a')\n    print('b', flush=True)\n    print('e', file=sys.stderr)\nasyncio.create_task(t());",
				"print('next')",
			},
			runner.Options{Horizon: -1},
			[]string{"", "stderr: e\nstdout: next\n"},
			[]string{"", "dropped 2 line(s) of stdout that background code wrote and flushed after cells[0] was over"},
		},
		{
			"task-logs-after-its-cell",
			[]string{
				"import asyncio, logging\nlogging.getLogger().setLevel(logging.INFO)\nasync def t():\n    print('kept')\n    logging.info('one')\n    logging.info('two')\nasyncio.create_task(t());",
				"print('next')",
			},
			runner.Options{Horizon: -1},
			[]string{"", "stdout: kept\nnext\n"},
			[]string{"", `dropped 2 line(s) of stderr that background code wrote and flushed after cells[0] was over, before this cell started (the kernel sent it as the earlier cell's output, which nbclient no longer records): "INFO:root:one"`},
		},
		{
			"task-created-by-a-task",
			[]string{
				"import asyncio\nasync def inner():\n    print('inner', flush=True)\nasync def outer():\n    print('outer')\n    asyncio.create_task(inner())\nasyncio.create_task(outer());",
				"print('next')",
			},
			runner.Options{Horizon: -1},
			[]string{"", "stdout: next\n"},
			[]string{"", "dropped 2 line(s) of stdout"},
		},
		{
			"thread-prints-during-the-next-cell",
			[]string{
				"import threading\ngo = threading.Event()\ndef work():\n    go.wait()\n    print('thread', flush=True)\nth = threading.Thread(target=work)\nth.start()",
				"print('next')\ngo.set()\nth.join()\nprint('joined')",
			},
			runner.Options{Horizon: -1},
			[]string{"", "stdout: next\nthread\njoined\n"},
			[]string{"", ""},
		},
		{
			"to-thread-after-its-cell",
			[]string{
				"import asyncio\nasync def t():\n    await asyncio.to_thread(print, 'worker', flush=True)\n    print('back')\nasyncio.create_task(t());",
				"print('next')",
			},
			runner.Options{Horizon: -1},
			// The worker's flushed line goes before the cell starts;
			// the task resumes then too.
			[]string{"", "stdout: back\nnext\n"},
			[]string{"", "dropped 1 line(s) of stdout"},
		},
		{
			"display-after-its-cell",
			[]string{
				"import asyncio\nasync def t():\n    print('a')\n    display('shown')\nasyncio.create_task(t());",
				"print('next')",
			},
			runner.Options{Horizon: -1},
			[]string{"", "stdout: next\n"},
			[]string{"", "dropped a display"},
		},
		{
			"by-hand",
			[]string{
				"import asyncio\nasync def t():\n    print('b', flush=True)\nasyncio.create_task(t());",
				"print('next')",
			},
			runner.Options{},
			[]string{"stdout: b\n", "stdout: next\n"},
			[]string{"", ""},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cells, err := runner.Run("nb.ipynb", notebook(tt.sources...), tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			for i, want := range tt.want {
				if got := withDisplays(cells[i].Produced); got != want {
					t.Errorf("cell %d produced %q, want %q", i, got, want)
				}
				notes := strings.Join(cells[i].Notes, "\n")
				if tt.notes[i] == "" && notes != "" || !strings.Contains(notes, tt.notes[i]) {
					t.Errorf("cell %d notes %q, want %q", i, notes, tt.notes[i])
				}
			}
		})
	}
}
