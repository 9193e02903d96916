package pyrun

// This file defines the helpers behind IPython's %time and %timeit magics
// (emitted by the transpiler):
//
//	__nbc_time_start()          start timing
//	__nbc_time_stop([value])    print IPython's "CPU times"/"Wall time" lines; return value
//	__nbc_timeit_start()        start timing
//	__nbc_timeit_stop()         print IPython's timeit line for the one run
//	__nbc_load_ext(name)        %load_ext of a quiet extension (autoreload)
//
// Time comes from the context's time.perf_counter, which the event loop
// makes virtual; CPU time is reported as zero (the code ran once, on a
// virtual clock). Timings are numbers the checks compare with tolerance.

import (
	"fmt"
	"math"
	"strings"

	"github.com/go-python/gpython/py"
)

func (k *Kernel) installMagics() {
	b := k.ctx.Store().Builtins.Globals
	var start float64
	var startOK bool
	begin := func(_ py.Object, args py.Tuple) (py.Object, error) {
		start, startOK = k.perfCounter()
		return py.None, nil
	}
	elapsed := func() float64 {
		now, ok := k.perfCounter()
		if !ok || !startOK || now < start {
			return 0
		}
		return now - start
	}
	// __nbc_pinfo(name, get): IPython's `name?`. The help of an object
	// that exists goes to the pager, not to the outputs.
	b["__nbc_pinfo"] = py.MustNewMethod("__nbc_pinfo", func(_ py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "__nbc_pinfo: want 2 arguments")
		}
		if _, err := py.Call(args[1], nil, nil); err != nil {
			if _, ename, _, _ := excParts(err); ename == "NameError" || ename == "AttributeError" {
				k.emit("stdout", fmt.Sprintf("Object `%s` not found.\n", args[0]))
				return py.None, nil
			}
			return nil, err
		}
		return py.None, nil
	}, 0, "")
	// __nbc_load_ext(name): %load_ext, for the extensions the transpiler
	// lets through (autoreload), which print nothing but when loaded again.
	loaded := map[string]bool{}
	b["__nbc_load_ext"] = py.MustNewMethod("__nbc_load_ext", func(_ py.Object, args py.Tuple) (py.Object, error) {
		var name py.String
		if len(args) == 1 {
			name, _ = args[0].(py.String)
		}
		if name == "" {
			return nil, py.ExceptionNewf(py.TypeError, "__nbc_load_ext: want an extension name")
		}
		if loaded[string(name)] {
			k.emit("stdout", fmt.Sprintf("The %s extension is already loaded. To reload it, use:\n  %%reload_ext %s\n", name, name))
		}
		loaded[string(name)] = true
		return py.None, nil
	}, 0, "")
	b["__nbc_time_start"] = py.MustNewMethod("__nbc_time_start", begin, 0, "")
	b["__nbc_timeit_start"] = py.MustNewMethod("__nbc_timeit_start", begin, 0, "")
	b["__nbc_time_stop"] = py.MustNewMethod("__nbc_time_stop", func(_ py.Object, args py.Tuple) (py.Object, error) {
		wall := elapsed()
		k.emit("stdout", fmt.Sprintf("CPU times: user 0 ns, sys: 0 ns, total: 0 ns\nWall time: %s\n", formatTime(wall)))
		if len(args) > 0 {
			return args[0], nil
		}
		return py.None, nil
	}, 0, "")
	b["__nbc_timeit_stop"] = py.MustNewMethod("__nbc_timeit_stop", func(_ py.Object, args py.Tuple) (py.Object, error) {
		t := elapsed()
		loops := timeitLoops(t)
		plural := "s"
		if loops == 1 {
			plural = ""
		}
		k.emit("stdout", fmt.Sprintf("%s ± %s per loop (mean ± std. dev. of 7 runs, %s loop%s each)\n", formatTime(t), formatTime(0), groupThousands(loops), plural))
		return py.None, nil
	}, 0, "")
}

// perfCounter calls time.perf_counter() in the kernel's context.
func (k *Kernel) perfCounter() (float64, bool) {
	mod, err := py.ImportModuleLevelObject(k.ctx, "time", nil, nil, nil, 0)
	if err != nil {
		return 0, false
	}
	f, err := py.GetAttrString(mod, "perf_counter")
	if err != nil {
		return 0, false
	}
	v, err := py.Call(f, nil, nil)
	if err != nil {
		return 0, false
	}
	switch x := v.(type) {
	case py.Float:
		return float64(x), true
	case py.Int:
		return float64(x), true
	}
	return 0, false
}

// formatTime is IPython's _format_time: three significant digits in s,
// ms, µs or ns, or h/min/s above a minute.
func formatTime(t float64) string {
	if t >= 60 {
		var parts []string
		left := t
		for _, p := range []struct {
			suffix string
			length float64
		}{{"d", 86400}, {"h", 3600}, {"min", 60}, {"s", 1}} {
			v := math.Trunc(left / p.length)
			if v > 0 {
				left = math.Mod(left, p.length)
				parts = append(parts, fmt.Sprintf("%d%s", int64(v), p.suffix))
			}
			if left < 1 {
				break
			}
		}
		return strings.Join(parts, " ")
	}
	units := []string{"s", "ms", "µs", "ns"}
	scale := []float64{1, 1e3, 1e6, 1e9}
	// IPython: order = min(-(floor(log10(t)) // 3), 3), with Python's
	// floor division; t < 60 here, so order >= 0.
	order := 3
	if t > 0 {
		order = int(math.Min(-math.Floor(math.Floor(math.Log10(t))/3), 3))
	}
	return gFormat(t*scale[order]) + " " + units[order]
}

// gFormat is Python's "%.3g".
func gFormat(v float64) string {
	return fmt.Sprintf("%.3g", v)
}

// timeitLoops is the loop count IPython's autorange picks for code that
// takes t seconds: the first of 1, 2, 5, 10, 20, 50, ... whose total is at
// least 0.2 s. Code that took no (virtual) time gets 1.
func timeitLoops(t float64) int64 {
	if t <= 0 {
		return 1
	}
	for base := int64(1); base < 1e12; base *= 10 {
		for _, m := range []int64{1, 2, 5} {
			if float64(base*m)*t >= 0.2 {
				return base * m
			}
		}
	}
	return 1e12
}

// groupThousands formats n as Python's "{:,}".
func groupThousands(n int64) string {
	s := fmt.Sprint(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}
