package asyncshim_test

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/nbcheck/nbcheck/asyncshim"
)

// FuzzSleepOrder checks the virtual clock on random sleep chains run as
// gathered tasks: the run never hangs, every task ends, and tasks end in
// order of their total sleep. (Which of equal totals ends first depends on
// lags, which merge where chains wake at the same instant; the conformance
// cases check those ties against CPython.)
func FuzzSleepOrder(f *testing.F) {
	f.Add([]byte{8, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 8})
	f.Add([]byte{2, 3, 3, 0, 2, 1, 2})
	f.Fuzz(func(t *testing.T, data []byte) {
		var chains [][]int
		var cur []int
		for _, b := range data {
			if b == 0 || len(cur) == 8 {
				if len(cur) > 0 {
					chains = append(chains, cur)
				}
				cur = nil
				if len(chains) == 6 {
					break
				}
				continue
			}
			cur = append(cur, int(b%9)) // quarter seconds, 0..8
		}
		if len(cur) > 0 && len(chains) < 6 {
			chains = append(chains, cur)
		}
		if len(chains) == 0 {
			return
		}
		var src strings.Builder
		src.WriteString("import asyncio\n@__nbc_coroutine\ndef chain(i, ds):\n    for d in ds:\n        __nbc_await(asyncio.sleep(d / 4))\n    print(i)\n")
		src.WriteString("@__nbc_coroutine\ndef main():\n    __nbc_await(asyncio.gather(")
		for i, c := range chains {
			parts := make([]string, len(c))
			for j, d := range c {
				parts[j] = strconv.Itoa(d)
			}
			fmt.Fprintf(&src, "chain(%d, [%s]), ", i, strings.Join(parts, ", "))
		}
		src.WriteString("))\nasyncio.run(main())\n")
		out, errs := runCells(t, asyncshim.Options{Script: true}, src.String())
		if errs[0] != nil {
			t.Fatalf("%v\n%s", errs[0], src.String())
		}
		lines := strings.Fields(out)
		if len(lines) != len(chains) {
			t.Fatalf("got %d finishers, want %d:\n%s", len(lines), len(chains), out)
		}
		total := func(c []int) int {
			n := 0
			for _, d := range c {
				n += d
			}
			return n
		}
		last := -1
		for _, s := range lines {
			i, _ := strconv.Atoi(s)
			if total(chains[i]) < last {
				t.Fatalf("chain %d %v finished after a longer one:\n%s\n%s", i, chains[i], out, src.String())
			}
			last = total(chains[i])
		}
	})
}
