#!/usr/bin/env bash
# Scale benchmark: thidua consolidate, validate and template --all on N wards' returns, beside
# the anchors (python-calamine and openpyxl read-only reading every cell of the same files in
# one Python loop), in one run. Reports CPU (user+sys), wall and peak RSS, medians of RUNS rounds.
#   Benchmarks/scale/run.sh [N ...]          default: 1000 10000
#   RUNS=3 (rounds: each runs every measure once), OPENPYXL_RUNS=1 (openpyxl is ~20x slower: in
#   the first round only unless set)
#   SCALE_WORK=/tmp/thidua-scale (data: make_returns.py, about 12 KB per return)
# Needs: python3 with openpyxl and python-calamine (pip install openpyxl python-calamine).
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${RUNS:-3}
openpyxl_runs=${OPENPYXL_RUNS:-1}
work=${SCALE_WORK:-/tmp/thidua-scale}
[ $# -gt 0 ] || set -- 1000 10000
# THIDUA=path/to/thidua measures that binary instead of building the release one.
if [ -n "${THIDUA:-}" ]; then bin=$THIDUA; else swift build -c release --product thidua >/dev/null; bin=$PWD/.build/release/thidua; fi
results=$work/results.tsv
mkdir -p "$work"
: > "$results"

measure() { # name n cleanup command...: appends "name n cpu wall rssKiB" for one run
    # cleanup (removing the previous run's output) runs before the clock: deleting 10,000
    # forms is the file system's work, not the command's.
    local name=$1 n=$2 cleanup=$3; shift 3
    sh -c "$cleanup"
    /usr/bin/time -f "%U %S %e %M" -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || true
    # time(1) puts "Command exited with non-zero status N" first when it does (consolidate
    # exits 1 when some return is rejected): the figures are on the last line.
    read -r user sys wall rss < <(tail -1 "$work/time.txt")
    echo -e "$name\t$n\t$(awk "BEGIN{print $user+$sys}")\t$wall\t$rss" >> "$results"
}

for n in "$@"; do
    data=$work/ind-$n
    [ -f "$data/schema.xlsx" ] && [ "$(ls "$data/returns" | wc -l)" -eq "$n" ] || python3 Benchmarks/scale/make_returns.py "$data" "$n"
    # In rounds: each round runs every measure once, the anchor first, so a change in this
    # shared machine's load weighs on the anchor and on thidua alike; medians of the rounds.
    for round in $(seq "$runs"); do
        measure calamine "$n" : python3 Benchmarks/scale/read_loop.py calamine "$data/returns"
        [ "$round" -le "$openpyxl_runs" ] && measure openpyxl "$n" : python3 Benchmarks/scale/read_loop.py openpyxl "$data/returns"
        measure consolidate "$n" "rm -rf '$work/out-$n'" "$bin" consolidate "$data/returns" --schema "$data/schema.xlsx" --profiles Templates/exports -o "$work/out-$n" -q
        measure validate "$n" "rm -f '$work/report-$n.json'" "$bin" validate "$data/returns" --schema "$data/schema.xlsx" --format json -o "$work/report-$n.json"
        measure template "$n" "rm -rf '$work/forms-$n'" "$bin" template --schema "$data/schema.xlsx" --all -o "$work/forms-$n"
    done
done

python3 - "$results" <<'PY'
import statistics, sys, collections
rows = collections.defaultdict(list)
for line in open(sys.argv[1]):
    name, n, cpu, wall, rss = line.split("\t")
    rows[(name, int(n))].append((float(cpu), float(wall), int(rss)))
print("| measure | returns | runs | CPU s (median) | CPU ms/return | wall s (median) | peak RSS MiB (median) | CPU vs calamine |")
print("|---|---:|---:|---:|---:|---:|---:|---:|")
for (name, n), v in rows.items():
    cpu = statistics.median(x[0] for x in v); wall = statistics.median(x[1] for x in v)
    rss = statistics.median(x[2] for x in v) / 1024
    anchor = rows.get(("calamine", n))
    ratio = cpu / statistics.median(x[0] for x in anchor) if anchor else float("nan")
    print(f"| {name} | {n:,} | {len(v)} | {cpu:.2f} | {cpu / n * 1000:.2f} | {wall:.2f} | {rss:.0f} | {ratio:.2f}x |")
ns = sorted({n for _, n in rows})
if len(ns) == 2:
    for name in ("calamine", "consolidate", "validate", "template"):
        a, b = rows.get((name, ns[0])), rows.get((name, ns[1]))
        if a and b:
            print(f"{name}: CPU {ns[1]:,} / {ns[0]:,} = {statistics.median(x[0] for x in b) / statistics.median(x[0] for x in a):.1f}x")
PY
