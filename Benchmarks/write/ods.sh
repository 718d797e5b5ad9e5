#!/usr/bin/env bash
# XLSX → ODS benchmark: the write benchmark's ROWS × 12 cells, written as XLSX by thidua, then
# converted to ODS by thidua (the project's XLSX reader streaming rows into ODSWriter) and by
# LibreOffice headless (the anchor). Also times ODSWriter alone, writing the same cells
# generated directly. Reports the median wall time, CPU time (user+sys) and peak RSS of REPS
# runs of each, from /usr/bin/time, and checks the files hold the same cells.
# usage: Benchmarks/write/ods.sh [ROWS] [REPS] [LEVEL]
set -euo pipefail
rows="${1:-200000}"
reps="${2:-3}"
level="${3:-6}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="$root/Benchmarks/out/write-ods"
profile="file:///tmp/lo-profile-odsw-bench"
mkdir -p "$out/lo"
cd "$root"

swift build -c release --product WriteBenchmark >/dev/null
bin="$(swift build -c release --show-bin-path)/WriteBenchmark"
"$bin" "$out/input.xlsx" "$rows" "$level"
# A first start of LibreOffice creates its profile: not measured.
soffice --headless -env:UserInstallation="$profile" --version >/dev/null 2>&1 || true

: >"$out/runs.txt"
measure() {
    local name="$1"
    shift
    /usr/bin/time -f "%e %M %U %S" -o "$out/time.txt" "$@" >/dev/null 2>&1
    echo "$name $(tail -1 "$out/time.txt")" >>"$out/runs.txt"
}

echo "rows=$rows reps=$reps deflate-level=$level cpus=$(nproc) load=$(cut -d' ' -f1-3 /proc/loadavg) $(date -u +%Y-%m-%dT%H:%MZ)"
# Interleaved, so a burst of load elsewhere on the machine hits both alike.
for _ in $(seq "$reps"); do
    measure thidua "$bin" --from "$out/input.xlsx" "$out/thidua.ods" "$level"
    measure thidua-write "$bin" "$out/thidua-write.ods" "$rows" "$level"
    rm -f "$out/lo/input.ods"
    measure libreoffice soffice --headless -env:UserInstallation="$profile" --convert-to ods --outdir "$out/lo" "$out/input.xlsx"
done

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
files = {"thidua": "thidua.ods", "thidua-write": "thidua-write.ods", "libreoffice": "lo/input.ods"}
labels = {"thidua": "thidua: XLSX reader → ODSWriter", "libreoffice": "LibreOffice headless --convert-to ods",
          "thidua-write": "thidua: ODSWriter alone (cells generated)"}
base_wall, _, base_cpu = summary("thidua")
cells = rows * 12
print("| writer | wall s | CPU s | cells/s (wall) | peak RSS MiB | file MB | wall vs thidua |")
print("|---|---:|---:|---:|---:|---:|---:|")
for name in ("thidua", "libreoffice", "thidua-write"):
    wall, rss, cpu = summary(name)
    size = os.path.getsize(os.path.join(out, files[name])) / 1e6
    print(f"| {labels[name]} | {wall:.2f} | {cpu:.2f} | {cells / wall / 1e6:.2f} M | {rss / 1024:.1f} | {size:.1f} | {wall / base_wall:.2f}x |")
PY

# Both files must hold the same cells (LibreOffice keeps booleans as 1/0 numbers).
python3 - "$out" "$rows" <<'PY'
import math, sys
from python_calamine import CalamineWorkbook
out, rows = sys.argv[1], int(sys.argv[2])
def same(x, y):
    if isinstance(x, bool) or isinstance(y, bool):
        return float(x) == float(y)
    if isinstance(x, float) and isinstance(y, float):
        # LibreOffice keeps 15 significant digits (1.11 for 1.1099999999999999).
        return math.isclose(x, y, rel_tol=1e-14)
    return x == y
ours = CalamineWorkbook.from_path(f"{out}/thidua.ods").get_sheet_by_index(0).to_python()
for theirs in ("lo/input.ods", "thidua-write.ods"):
    other = CalamineWorkbook.from_path(f"{out}/{theirs}").get_sheet_by_index(0).to_python()
    assert len(ours) == rows + 1 == len(other), (theirs, len(ours), len(other))
    bad = [i for i in range(rows + 1) if not all(same(x, y) for x, y in zip(ours[i], other[i]))]
    assert not bad, (theirs, bad[:3], ours[bad[0]], other[bad[0]])
print(f"check: the three files hold the same {rows + 1} rows × 12 cells (read back by calamine)")
PY
