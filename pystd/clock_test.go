package pystd_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDatetimeNowVirtualClock: datetime's now(), today(), utcnow() and
// date.today() read the kernel's clock (virtual: 1700000000.0 at start,
// UTC), so sleeps and asyncio sleeps move them.
func TestDatetimeNowVirtualClock(t *testing.T) {
	src := `import time, asyncio
from datetime import datetime, date, timezone
print(datetime.now(), date.today())
time.sleep(3600.25)
print(datetime.now(), datetime.today(), datetime.utcnow())
print(repr(datetime.now(timezone.utc)))
async def main():
    await asyncio.sleep(7200)
asyncio.run(main())
print(date.today(), datetime.now().timestamp() == time.time())
print(datetime.now().astimezone())
`
	path := filepath.Join(t.TempDir(), "clock.py")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	want := `2023-11-14 22:13:20 2023-11-14
2023-11-14 23:13:20.250000 2023-11-14 23:13:20.250000 2023-11-14 23:13:20.250000
datetime.datetime(2023, 11, 14, 23, 13, 20, 250000, tzinfo=datetime.timezone.utc)
2023-11-15 True
2023-11-15 01:13:20.250000+00:00
`
	if got := runScript(t, path); got != want {
		t.Errorf("-want +got:\n%s", cmp.Diff(want, got))
	}
}

// TestTimeitVirtualClock: timeit runs on the kernel's clock; code that does
// not sleep takes no virtual time, and autorange stops at 1000 loops.
func TestTimeitVirtualClock(t *testing.T) {
	src := `import timeit
print(timeit.timeit('x = 1', number=100), timeit.timeit('time.sleep(0.25)', 'import time', number=4))
print(timeit.Timer('pass').autorange(), timeit.Timer('time.sleep(0.125)', 'import time').autorange())
`
	path := filepath.Join(t.TempDir(), "timeit.py")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	want := "0.0 1.0\n(1000, 0.0) (2, 0.25)\n"
	if got := runScript(t, path); got != want {
		t.Errorf("-want +got:\n%s", cmp.Diff(want, got))
	}
}
