#!/usr/bin/env bash
# Write benchmark: the same ROWS × 12 cells (shared-string text, numbers, dates, booleans)
# written as XLSX by thidua's writer, libxlsxwriter (C, constant_memory, gcc -O2) and
# XlsxWriter (Python, constant_memory). Reports the median wall time, CPU time (user+sys)
# and the peak RSS of REPS runs of each, from /usr/bin/time.
# usage: Benchmarks/write/run.sh [ROWS] [REPS] [LEVEL]
set -euo pipefail
rows="${1:-200000}"
reps="${2:-3}"
level="${3:-6}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="$root/Benchmarks/out/write"
mkdir -p "$out"
cd "$root"

swift build -c release --product WriteBenchmark >/dev/null
gcc -O2 -o "$out/libxlsxwriter_bench" Benchmarks/write/libxlsxwriter_bench.c -lxlsxwriter
swift_bin="$(swift build -c release --show-bin-path)/WriteBenchmark"

# Runs NAME's command REPS times, appending "NAME wall rss user sys" lines to runs.txt.
: >"$out/runs.txt"
measure() {
    local name="$1"
    shift
    for _ in $(seq "$reps"); do
        /usr/bin/time -f "%e %M %U %S" -o "$out/time.txt" "$@" >/dev/null
        echo "$name $(tail -1 "$out/time.txt")" >>"$out/runs.txt"
    done
}

echo "rows=$rows reps=$reps deflate-level=$level cpus=$(nproc) load=$(cut -d' ' -f1-3 /proc/loadavg) $(date -u +%Y-%m-%dT%H:%MZ)"
# Interleaved, so a burst of load elsewhere on the machine hits every writer alike.
for _ in $(seq "$reps"); do
    reps=1 measure thidua "$swift_bin" "$out/thidua.xlsx" "$rows" "$level"
    reps=1 measure libxlsxwriter "$out/libxlsxwriter_bench" "$out/libxlsxwriter.xlsx" "$rows"
done
measure xlsxwriter python3 Benchmarks/write/xlsxwriter_bench.py "$out/xlsxwriter.xlsx" "$rows"

python3 - "$rows" "$out" <<'PY'
import os, statistics, sys
rows, out = int(sys.argv[1]), sys.argv[2]
runs = {}
for line in open(os.path.join(out, "runs.txt")):
    name, wall, rss, user, sys_ = line.split()
    runs.setdefault(name, []).append((float(wall), int(rss), float(user) + float(sys_)))
def summary(name):
    r = runs[name]
    return statistics.median(x[0] for x in r), max(x[1] for x in r), statistics.median(x[2] for x in r)
labels = {"thidua": "thidua (Swift)", "libxlsxwriter": "libxlsxwriter (C, constant_memory)",
          "xlsxwriter": "XlsxWriter (Python, constant_memory)"}
base_wall, _, base_cpu = summary("thidua")
cells = rows * 12
print("| writer | wall s | CPU s | cells/s (wall) | peak RSS MiB | file MB | wall vs thidua | CPU vs thidua |")
print("|---|---:|---:|---:|---:|---:|---:|---:|")
for name in ("thidua", "libxlsxwriter", "xlsxwriter"):
    wall, rss, cpu = summary(name)
    size = os.path.getsize(os.path.join(out, name + ".xlsx")) / 1e6
    print(f"| {labels[name]} | {wall:.2f} | {cpu:.2f} | {cells / wall / 1e6:.2f} M | {rss / 1024:.1f} | {size:.1f} | {wall / base_wall:.2f}x | {cpu / base_cpu:.2f}x |")
c_wall, _, c_cpu = summary("libxlsxwriter")
_, rss, _ = summary("thidua")
print(f"target: faster than libxlsxwriter: {'yes' if base_wall < c_wall else 'NO'} (wall {c_wall / base_wall:.2f}x, CPU {c_cpu / base_cpu:.2f}x); "
      f"peak RSS under 64 MiB: {'yes' if rss < 64 * 1024 else 'NO'} ({rss / 1024:.1f} MiB)")
PY

# The files must hold the same cells: compare ours with libxlsxwriter's through calamine.
python3 - "$out" "$rows" <<'PY'
import math, sys
from python_calamine import CalamineWorkbook
out, rows = sys.argv[1], int(sys.argv[2])
a = CalamineWorkbook.from_path(f"{out}/thidua.xlsx").get_sheet_by_index(0).to_python()
b = CalamineWorkbook.from_path(f"{out}/libxlsxwriter.xlsx").get_sheet_by_index(0).to_python()
assert len(a) == rows + 1 == len(b), (len(a), len(b))
# libxlsxwriter prints numbers with %.16g, which can drop a 17th digit; ours round-trip exactly.
same = lambda x, y: math.isclose(x, y, rel_tol=1e-15) if isinstance(x, float) and isinstance(y, float) else x == y
bad = [i for i in range(rows + 1) if not all(same(x, y) for x, y in zip(a[i], b[i]))]
assert not bad, (bad[:3], a[bad[0]], b[bad[0]])
print(f"check: both files hold the same {rows + 1} rows × 12 cells (read back by calamine)")
PY
