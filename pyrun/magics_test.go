package pyrun_test

import (
	"strings"
	"testing"

	"github.com/nbcheck/nbcheck/pyrun"
)

func TestFormatTime(t *testing.T) {
	// Expected values are IPython 8's _format_time.
	tests := []struct {
		name   string
		reason string
		in     float64
		want   string
	}{
		{"zero", "no time is 0 ns", 0, "0 ns"},
		{"micro", "µs with three digits", 3.81e-6, "3.81 µs"},
		{"milli", "ms", 0.5, "500 ms"},
		{"seconds", "s", 1.5, "1.5 s"},
		{"round", "three significant digits", 12.25, "12.2 s"},
		{"nano", "ns", 2.5e-9, "2.5 ns"},
		{"minute", "a minute and more is h/min/s", 61, "1min 1s"},
		{"hours", "hours", 3725.4, "1h 2min 5s"},
		{"ms digits", "1.23 ms", 1234e-6, "1.23 ms"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := pyrun.FormatTime(tt.in); got != tt.want {
				t.Errorf("%s: formatTime(%v) = %q, want %q", tt.reason, tt.in, got, tt.want)
			}
		})
	}
}

func TestTimeMagic(t *testing.T) {
	k := newKernel(t, pyrun.Options{})
	r := k.Run(pyrun.Cell{Code: "__nbc_time_start(); __nbc_display(__nbc_time_stop(1 + 1))"})
	outs := compact(t, r.Outputs)
	if len(outs) != 2 || !strings.HasPrefix(outs[0].Text, "CPU times: user ") || !strings.Contains(outs[0].Text, "\nWall time: ") || outs[1].Text != "2" {
		t.Errorf("got %+v, want the timing lines then the result 2", outs)
	}
	r = k.Run(pyrun.Cell{Code: "__nbc_timeit_start(); x = 1; __nbc_timeit_stop()"})
	outs = compact(t, r.Outputs)
	if len(outs) != 1 || !strings.Contains(outs[0].Text, " per loop (mean ± std. dev. of 7 runs, 1 loop each)\n") {
		t.Errorf("got %+v, want a timeit line", outs)
	}
}

func TestTimeitLoops(t *testing.T) {
	tests := []struct {
		name   string
		reason string
		in     float64
		want   int64
	}{
		{"slow", "a run of 0.2 s or more is 1 loop", 1, 1},
		{"tenth", "0.1 s needs 2 loops", 0.1, 2},
		{"fast", "10 ms needs 20 loops", 0.01, 20},
		{"faster", "3.85 ms needs 100 loops, as IPython recorded", 0.00385, 100},
		{"zero", "no virtual time is 1 loop", 0, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := pyrun.TimeitLoops(tt.in); got != tt.want {
				t.Errorf("%s: timeitLoops(%v) = %d, want %d", tt.reason, tt.in, got, tt.want)
			}
		})
	}
}

// TestPinfo: IPython's `name?` records nothing for an object that exists
// (its help goes to Jupyter's pager) and "Object `name` not found." for
// one that does not; other errors of the lookup are the cell's error.
func TestPinfo(t *testing.T) {
	k := newKernel(t, pyrun.Options{})
	tests := []struct {
		code, want string
		err        bool
	}{
		{`__nbc_pinfo("len", lambda: len)`, "", false},
		{`__nbc_pinfo("nope", lambda: nope)`, "Object `nope` not found.\n", false},
		{`__nbc_pinfo("len.nope", lambda: len.nope)`, "Object `len.nope` not found.\n", false},
		{`__nbc_pinfo("x", lambda: 1 / 0)`, "", true},
	}
	for _, tt := range tests {
		r := k.Run(pyrun.Cell{Code: tt.code})
		var text string
		for _, o := range r.Outputs {
			text += o.Text
		}
		if text != tt.want || (r.Err != nil) != tt.err {
			t.Errorf("%s: output %q, error %v; want %q, error %v", tt.code, text, r.Err, tt.want, tt.err)
		}
	}
}
