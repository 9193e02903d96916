package check_test

import (
	"testing"

	"github.com/nbcheck/nbcheck/check"
)

func TestNormalizations(t *testing.T) {
	tests := []struct {
		name   string
		f      func(string) string
		in     string
		want   string
		reason string
	}{
		{"uuid4", check.NormalizeUUIDs, "Created submitter 6b9de85c-61df-4049-bebd-8f9f1414bfa8 submitting", "Created submitter <uuid-1> submitting", "a random UUID differs per run"},
		{"uuid-numbered", check.NormalizeUUIDs, "a 6B9DE85C-61DF-4049-BEBD-8F9F1414BFA8 b 731fe2e9-cb3c-43ef-90a3-da41671281ce a 6b9de85c-61df-4049-bebd-8f9f1414bfa8", "a <uuid-1> b <uuid-2> a <uuid-1>", "the same UUID gets the same label, in either case"},
		{"uuid1", check.NormalizeUUIDs, "id=a8098c1a-f86e-11da-bd1a-00112444be1e", "id=<uuid-1>", "a time-based UUID differs per run"},
		{"uuid5-kept", check.NormalizeUUIDs, "886313e1-3b8a-5372-9b90-0c9aee199e5d", "886313e1-3b8a-5372-9b90-0c9aee199e5d", "a name-based UUID is the same in every run"},
		{"uuid-in-word", check.NormalizeUUIDs, "x6b9de85c-61df-4049-bebd-8f9f1414bfa8", "x6b9de85c-61df-4049-bebd-8f9f1414bfa8", "not a whole word"},
		{"address-repr", check.NormalizeAddresses, "<function main at 0x7f3a2c1b0d30>", "<function main at 0xADDR>", "a 12-digit CPython address"},
		{"address-6", check.NormalizeAddresses, "at 0xabcdef>", "at 0xADDR>", "6 hex digits is the shortest address"},
		{"address-5", check.NormalizeAddresses, "flags 0xabcde", "flags 0xabcde", "5 hex digits is a constant, not an address"},
		{"address-16", check.NormalizeAddresses, "0x00007fffffffe3a0", "0xADDR", "16 hex digits is the longest"},
		{"address-17", check.NormalizeAddresses, "0x00007fffffffe3a01", "0x00007fffffffe3a01", "17 hex digits is not an address"},
		{"address-in-word", check.NormalizeAddresses, "id_0x7f3a2c1b0d30 a0x7f3a2c1b0d30", "id_0x7f3a2c1b0d30 a0x7f3a2c1b0d30", "an address must stand as a word"},
		{"address-upper", check.NormalizeAddresses, "0x7F3A2C1B0D30", "0xADDR", "upper-case hex digits count"},
		{"address-several", check.NormalizeAddresses, "<Task pending coro=<main() running at 0x10a2b3c4d>> <obj at 0xc000123456>", "<Task pending coro=<main() running at 0xADDR>> <obj at 0xADDR>", "every address in the text"},
		{"ansi-colour", check.StripANSI, "\x1b[1;31mError\x1b[0m: x", "Error: x", "SGR colour codes"},
		{"ansi-osc", check.StripANSI, "\x1b]8;;http://x\x07link\x1b]8;;\x07", "link", "OSC hyperlinks"},
		{"ansi-cursor", check.StripANSI, "a\x1b[2Kb\x1b[1A", "ab", "erase-line and cursor-up CSI sequences"},
		{"ansi-none", check.StripANSI, "plain [31m", "plain [31m", "brackets without ESC stay"},
		{"terminal-cr", check.Terminal, "abcdef\rXY", "XYcdef", "\\r returns to the line start and later text overwrites"},
		{"terminal-cr-progress", check.Terminal, "10%\r20%\r100%\ndone\n", "100%\ndone\n", "a progress counter shows its last state"},
		{"terminal-crlf", check.Terminal, "a\r\nb\r\n", "a\nb\n", "\\r\\n is a newline"},
		{"terminal-trailing-cr", check.Terminal, "abc\r", "abc", "a final \\r erases nothing"},
		{"terminal-backspace", check.Terminal, "abc\b\bX", "aXc", "\\b moves left one column; later text overwrites"},
		{"terminal-spinner", check.Terminal, "|\b/\b-\b\\", "\\", "a spinner shows its last frame"},
		{"terminal-backspace-start", check.Terminal, "\b\bab", "ab", "\\b never goes past the line start"},
		{"terminal-multibyte", check.Terminal, "héllo\rHE", "HEllo", "columns count characters, not bytes"},
		{"trailing-space", check.TrimTrailingSpace, "a  \nb\t\n c \n", "a\nb\n c\n", "spaces and tabs at the end of each line"},
		{"trailing-space-end", check.TrimTrailingSpace, "x  ", "x", "at the end of the text too"},
		{"line-endings", check.NormalizeLineEndings, "a\r\nb\rc\n", "a\nb\nc\n", "\\r\\n and lone \\r become \\n"},
	}
	seen := map[string]bool{}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if seen[tt.name] || tt.reason == "" {
				t.Fatal("duplicate name or missing reason")
			}
			seen[tt.name] = true
			if got := tt.f(tt.in); got != tt.want {
				t.Errorf("got %q, want %q (%s)", got, tt.want, tt.reason)
			}
		})
	}
}

func TestFloatTolerance(t *testing.T) {
	tests := []struct {
		name      string
		want, got string
		tol       *check.Tolerance
		verdict   check.Verdict
		reason    string
	}{
		{"brief-1", "Time elapsed = 1.508040428161621\n", "Time elapsed = 1.5\n", nil, check.Match, "the brief's first example"},
		{"brief-2", "time took :  1.0147268772125244\n", "time took :  1.0\n", nil, check.Match, "the brief's second example"},
		{"half", "0.5031\n", "0.5\n", nil, check.Match, "a short sleep's overhead"},
		{"three", "3.012\n", "3.0\n", nil, check.Match, "3 s with overhead"},
		{"corpus-1.02", "executed in 1.02 seconds.\n", "executed in 1.00 seconds.\n", nil, check.Match, "seen in the corpus: 1.02 against 1.00"},
		{"corpus-6.02", "Time: 6.024572849273682\n", "Time: 6.0\n", nil, check.Match, "seen in the corpus: 0.4% over 6 s"},
		{"format-only", "1.50\n", "1.5\n", nil, check.Match, "the same value written differently"},
		{"float-vs-int", "took 2.003 s\n", "took 2 s\n", nil, check.Match, "one float side is enough for tolerance"},
		{"too-far-abs", "0.95\n", "0.99\n", nil, check.NumericDrift, "0.04 is beyond the absolute 0.03"},
		{"too-far-rel", "10.5\n", "10.0\n", nil, check.NumericDrift, "5% is beyond the relative 2%"},
		{"ints-exact", "count 100\n", "count 101\n", nil, check.Mismatch, "integers are never approximate"},
		{"tight", "1.01\n", "1.0\n", &check.Tolerance{}, check.NumericDrift, "a zero tolerance compares values exactly"},
		{"tight-equal-value", "1.50\n", "1.5\n", &check.Tolerance{}, check.Match, "a zero tolerance still equates equal values"},
		{"wide", "2.5\n", "2.0\n", &check.Tolerance{Rel: 0.5}, check.Match, "a wide relative tolerance"},
		{"exponent", "1e-3\n", "0.00101\n", nil, check.Match, "exponent notation"},
		{"text-differs-too", "took 1.5 s\n", "took 1.5 ms\n", nil, check.Mismatch, "other text differs: not only numbers"},
		{"count-differs", "1.0 2.0\n", "1.0\n", nil, check.Mismatch, "a different count of numbers"},
		{"timedelta-near", "  [0]: 0:00:01.508040\n", "  [0]: 0:00:01.500000\n", nil, check.Match, "str(timedelta) compares as seconds within tolerance"},
		{"timedelta-zero", "  [0]: 0:00:00.975588\n", "  [0]: 0:00:00\n", nil, check.NumericDrift, "a duration of computation reads 0:00:00 on the virtual clock (gkedge_concurrency 4)"},
		{"timedelta-minutes", "took 0:01:00.5\n", "took 0:01:00\n", nil, check.Match, "minutes count: 60.5 s against 60 s"},
		{"timedelta-whole", "took 0:00:03\n", "took 0:00:02\n", nil, check.Mismatch, "whole-second durations are integers"},
		{"stamp-within-a-second", "01:15:37: start\n01:15:38: end\n", "22:13:20: start\n22:13:20: end\n", nil, check.Match,
			"a 0.1 s interval between whole-second readings reads +1 or +0 (shlok_threading 6)"},
		{"stamp-two-seconds", "01:15:37: start\n01:15:39: end\n", "22:13:20: start\n22:13:20: end\n", nil, check.Mismatch,
			"2 s against 0 s is beyond the second of truncation"},
		{"stamp-fraction-exact", "01:15:37.000 start\n01:15:38.000 end\n", "22:13:20.000 start\n22:13:20.000 end\n", nil, check.NumericDrift,
			"readings with fractions are not truncated: 1 s against 0 s drifts"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := check.Compare(outs(stdout(tt.want)), outs(stdout(tt.got)), check.Options{Tolerance: tt.tol})
			if r.Verdict != tt.verdict {
				t.Errorf("verdict %q, want %q (%s): %s", r.Verdict, tt.verdict, tt.reason, r.Reason)
			}
		})
	}
	// With Floats disabled, the texts must be equal.
	r := check.Compare(outs(stdout("1.508\n")), outs(stdout("1.5\n")), check.Options{Disable: check.Floats})
	if r.Verdict != check.NumericDrift {
		t.Errorf("Floats disabled: verdict %q, want numeric drift", r.Verdict)
	}
}

func TestParseNormalization(t *testing.T) {
	n, err := check.ParseNormalization([]string{"ansi", "floats"})
	if err != nil || n != check.ANSI|check.Floats {
		t.Errorf("got %v, %v", n, err)
	}
	if got := check.AllNormalizations.String(); got != "addresses+floats+ansi+trailing-space+line-endings+timings+timestamps+cell-files+gc-warnings+uuids" {
		t.Errorf("String() = %q", got)
	}
	_, err = check.ParseNormalization([]string{"adresses"})
	if err == nil || err.Error() != `unknown normalisation "adresses"; did you mean "addresses"?` {
		t.Errorf("got error %v", err)
	}
}

func TestTimingNormalizations(t *testing.T) {
	tests := []struct {
		name, in, want, reason string
		f                      func(string) string
	}{
		{"timeit", "474 ms ± 51.3 ms per loop (mean ± std. dev. of 7 runs, 1 loop each)\n", "<timeit result>\n",
			"IPython's %timeit line is machine noise", check.NormalizeTimings},
		{"timeit-many", "12.3 µs ± 1.02 µs per loop (mean ± std. dev. of 7 runs, 100,000 loops each)", "<timeit result>",
			"loop counts with thousands separators", check.NormalizeTimings},
		{"time", "CPU times: user 3 ms, sys: 0 ns, total: 3 ms\nWall time: 1.01 s\nok\n", "<CPU times>\n<Wall time>\nok\n",
			"%time prints two lines", check.NormalizeTimings},
		{"prose", "the time is right\n", "the time is right\n", "ordinary text is left alone", check.NormalizeTimings},
		{"stamps", "started at 01:08:20\nfinished at 01:08:23\n", "started at <time+0>\nfinished at <time+3>\n",
			"intervals from the first reading", check.NormalizeTimestamps},
		{"midnight", "23:59:59 then 00:00:01", "<time+0> then <time+2>", "a reading more than 12 hours earlier than the last is the next day", check.NormalizeTimestamps},
		{"out-of-order", "01:15:31: Producer:have setlock\n01:15:30: Consumer:about to acquire getlock\n01:15:31: x\n",
			"<time+0>: Producer:have setlock\n<time-1>: Consumer:about to acquire getlock\n<time+0>: x\n",
			"a reading a little earlier stays earlier: logging's asctime is read before the handler's lock (shlok_threading 12)", check.NormalizeTimestamps},
		{"timedelta", "elapsed 0:00:00.975588", "elapsed 0:00:00.975588", "str(timedelta) is a duration, not a time of day", check.NormalizeTimestamps},
		{"dates", "2024-01-31 23:00:00.5 and 2024-02-01 01:00:00.5", "<time+0.0> and <time+7200.0>",
			"dates across a month boundary", check.NormalizeTimestamps},
		{"thread", "<Thread(T1, started 140566796940992)>", "<Thread(T1, started IDENT)>", "thread idents differ per run", check.NormalizeTimestamps},
		{"not-a-time", "ratio 12:34:99", "ratio 12:34:99", "not a valid time of day", check.NormalizeTimestamps},
		{"ipykernel-file", "<Task pending name='Task-4' coro=<start() running at /tmp/ipykernel_10165/3220421006.py:8>>",
			"<Task pending name='Task-4' coro=<start() running at <cell>:8>>", "ipykernel names each cell's file by pid and hash (calwoo_asyncio 3)", check.NormalizeCellFiles},
		{"ipykernel-windows", `defined at C:\Users\v\AppData\Local\Temp/ipykernel_5256/897330587.py:7>`, "defined at <cell>:7>",
			"a Windows temp folder", check.NormalizeCellFiles},
		{"syntax-error", "invalid syntax (4281016458.py, line 26)", "invalid syntax (<cell>, line 26)",
			"a SyntaxError names the cell file by its base name (yangsoon_coroutine 39)", check.NormalizeCellFiles},
		{"nbcheck-file", "invalid syntax (/work/x/nb.ipynb:cells[39], line 26)", "invalid syntax (<cell>, line 26)",
			"nbcheck's name for a cell", check.NormalizeCellFiles},
		{"nbcheck-running-at", "coro=<start() running at fixtures/a.ipynb:cells[3]:8>", "coro=<start() running at <cell>:8>",
			"nbcheck's name in a task repr", check.NormalizeCellFiles},
		{"plain-py", "see setup.py, line 3 and (12.py)", "see setup.py, line 3 and (12.py)", "other file names stay", check.NormalizeCellFiles},
		{"never-awaited", "/tmp/ipykernel_14010/3010371850.py:1: RuntimeWarning: coroutine 'say_after' was never awaited\n  type(say_after(1,'hello'))\nRuntimeWarning: Enable tracemalloc to get the object allocation traceback\nafter\n",
			"after\n", "the garbage collector's warning (jh0ward_coroutines 5)", check.RemoveGCWarnings},
		{"never-awaited-elsewhere", "x\n/usr/lib/python3.11/ast.py:50: RuntimeWarning: coroutine 'main' was never awaited\n  return compile(source, filename, mode, flags,\nRuntimeWarning: Enable tracemalloc to get the object allocation traceback",
			"x\n", "printed wherever the collector ran (mjs_async_talk 13)", check.RemoveGCWarnings},
		{"never-retrieved", "Task exception was never retrieved\nfuture: <Task finished name='Task-47' coro=<fun2() done, defined at a.py:7> exception=TypeError('x')>\nTraceback (most recent call last):\n  File \"a.py\", line 9, in fun2\n    await time.sleep(3)\nTypeError: x\nend\n",
			"end\n", "an unretrieved task exception (vikarp_asyncio 6)", check.RemoveGCWarnings},
		{"user-warning", "RuntimeWarning: something else\n", "RuntimeWarning: something else\n", "other warnings stay", check.RemoveGCWarnings},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.f(tt.in); got != tt.want {
				t.Errorf("got %q, want %q (%s)", got, tt.want, tt.reason)
			}
		})
	}
}

// TestNumberReasons pins the reasons that name the numbers that differ.
func TestNumberReasons(t *testing.T) {
	tests := []struct {
		name, want, got string
		verdict         check.Verdict
		reason          string
	}{
		{"ints", "Processed 1000 items after polling 3009 times\n", "Processed 1000 items after polling 3007 times\n", check.Mismatch,
			"stdout differs from the recorded output only in numbers (recorded 3009, produced 3007)"},
		{"ints-and-floats", "a 1.5 b 7\n", "a 9.5 b 8\n", check.Mismatch,
			"stdout differs from the recorded output only in numbers (recorded 7, produced 8)"},
		{"text", "a 1\n", "b 2\n", check.Mismatch, "stdout differs from the recorded output"},
		{"timedelta-zero", "  [0]: 0:00:00.975588\n", "  [0]: 0:00:00\n", check.NumericDrift,
			"stdout: numbers differ beyond tolerance (recorded 0:00:00.975588, produced 0:00:00; if it is a timing: computation takes no time on nbcheck's virtual clock)"},
		{"float-zero", "normal:  0.06306624412536621\n", "normal:  0.0\n", check.NumericDrift,
			"stdout: numbers differ beyond tolerance (recorded 0.06306624412536621, produced 0.0; if it is a timing: computation takes no time on nbcheck's virtual clock)"},
		{"float-nonzero", "0.95\n", "0.99\n", check.NumericDrift, "stdout: numbers differ beyond tolerance (recorded 0.95, produced 0.99)"},
		{"reordered-ints", "value 1\nvalue 2\n", "value 2\nvalue 1\n", check.Reordered, "stdout: the same lines in another order"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := check.Compare(outs(stdout(tt.want)), outs(stdout(tt.got)), check.Options{})
			if r.Verdict != tt.verdict || r.Reason != tt.reason {
				t.Errorf("got %q: %q\nwant %q: %q", r.Verdict, r.Reason, tt.verdict, tt.reason)
			}
		})
	}
	// A match after the second of truncation says it was the timestamps.
	r := check.Compare(outs(stderr("01:15:37: a\n01:15:38: b\n")), outs(stderr("22:13:20: a\n22:13:20: b\n")), check.Options{})
	if r.Reason != "matched after normalising timestamps" {
		t.Errorf("reason %q", r.Reason)
	}
}
