package pyrt

// This file tracks the kernels alive in the process, so that the little
// process-wide state notebooks leave behind (the fake address table,
// classes made on first use, gc's switches and watched weak references,
// the classes pow() lets answer from any position)
// is dropped when the last kernel closes. A worker process that runs
// notebooks one after another then gives each notebook the same state a
// fresh process would: the same fake addresses, no callback or object
// of an earlier notebook.

import "sync"

var lifetime struct {
	sync.Mutex
	live   int
	resets []func()
}

// OnIdle registers reset to run whenever the last live kernel closes.
// reset must drop state that belongs to the notebooks run so far; it
// runs with no kernel alive.
func OnIdle(reset func()) {
	lifetime.Lock()
	defer lifetime.Unlock()
	lifetime.resets = append(lifetime.resets, reset)
}

// KernelStarted counts a new live kernel. The function it returns is to
// be called when that kernel closes (more calls do nothing); when no
// kernel is left alive, it runs the OnIdle resets.
func KernelStarted() (closed func()) {
	lifetime.Lock()
	lifetime.live++
	lifetime.Unlock()
	var once sync.Once
	return func() {
		once.Do(func() {
			lifetime.Lock()
			defer lifetime.Unlock()
			lifetime.live--
			if lifetime.live > 0 {
				return
			}
			for _, reset := range lifetime.resets {
				reset()
			}
		})
	}
}

func init() {
	OnIdle(func() {
		addrs.Lock()
		addrs.next, addrs.m = 0, nil
		addrs.Unlock()
	})
	// Each kernel's decimal registers its own Decimal; _nbpystd's
	// pow_any_position is within a notebook's reach, and given object or
	// int it changed pow() for every later notebook of the process.
	OnIdle(powAnyPositionTypes.Clear)
	OnIdle(func() {
		unsupportedOperation.Lock()
		unsupportedOperation.cls = nil
		unsupportedOperation.Unlock()
	})
}
