package asyncshim_test

import (
	"testing"

	"github.com/nbcheck/nbcheck/asyncshim"
)

// TestThreadUnsupported pins that a thread ending with an "unsupported:"
// exception (nbcheck refused something, such as the network) makes the
// running cell raise it, naming the thread, so that the runner reports the
// cell unsupported instead of comparing nbcheck's refusal, printed as the
// thread's exception, with the recorded output (awant_threading_mp 30,
// threads reading URLs). Other exceptions of threads are only printed, as
// in CPython, and the next cell starts clean.
func TestThreadUnsupported(t *testing.T) {
	for _, jupyter := range []bool{false, true} {
		k := newKernel(t, asyncshim.Options{Script: !jupyter})
		cell := func(src string) string {
			t.Helper()
			err := k.run(mustCompile(t, src))
			if err == nil {
				return ""
			}
			return excLine(err)
		}
		defs := "import threading\n" +
			"def fetch(url):\n    raise NotImplementedError('unsupported: network')\n" +
			"def bad():\n    raise ValueError('mine')\n"
		if got := cell(defs); got != "" {
			t.Fatalf("jupyter=%v: definitions raised %s", jupyter, got)
		}
		before := k.out.b.Len()
		got := cell("ts = [threading.Thread(target=fetch, args=(u,)) for u in 'ab']\n" +
			"for t in ts: t.start()\nfor t in ts: t.join()\nprint('joined')\n")
		// The first of the two threads; user code's first thread is
		// Thread-5 under Jupyter (ipykernel's own come first).
		want := "NotImplementedError: unsupported: network (in thread Thread-1 (fetch))"
		if jupyter {
			want = "NotImplementedError: unsupported: network (in thread Thread-5 (fetch))"
		}
		if got != want {
			t.Errorf("jupyter=%v: cell raised %q, want %q", jupyter, got, want)
		}
		out := k.out.b.String()[before:]
		if wantOut := "joined\n"; len(out) < len(wantOut) || out[len(out)-len(wantOut):] != wantOut {
			t.Errorf("jupyter=%v: the cell's code did not run to its end: %q", jupyter, out)
		}
		if got := cell("t = threading.Thread(target=bad)\nt.start()\nt.join()\n"); got != "" {
			t.Errorf("jupyter=%v: a thread's ValueError made the cell raise %s", jupyter, got)
		}
		if got := cell("print('next')\n"); got != "" {
			t.Errorf("jupyter=%v: the next cell raised %s", jupyter, got)
		}
		k.loop.Close()
		k.ctx.Close()
	}
}
