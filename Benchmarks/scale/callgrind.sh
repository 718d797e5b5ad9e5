#!/bin/bash
# Instructions per return of `consolidate` (callgrind): a run on 50 returns minus a run on 1,
# divided by 49, so the schema load and the fixed part of the outputs cancel out. Stable on a
# noisy machine, where times are not: the before/after figures of RESULTS.md come from here.
#
#   Benchmarks/scale/callgrind.sh BIN [DATA]     # DATA: a make_returns.py set (default /tmp/thidua-scale/ind-1000)
#
# Needs valgrind. The binary is copied without its debug information, which valgrind's reader
# cannot take from Swift's release builds.
set -euo pipefail
bin=$1
data=${2:-/tmp/thidua-scale/ind-1000}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
objcopy --strip-debug "$bin" "$work/thidua"
mkdir "$work/one" "$work/fifty"
mapfile -t returns < <(ls "$data/returns" | sort | head -50)
ln -s "$data/returns/${returns[0]}" "$work/one/"
for r in "${returns[@]}"; do ln -s "$data/returns/$r" "$work/fifty/"; done
count() { # set -> instructions
    valgrind --tool=callgrind --callgrind-out-file="$work/cg.$1" "$work/thidua" consolidate "$work/$1" \
        --schema "$data/schema.xlsx" --profiles "$root/Templates/exports" -o "$work/out.$1" -q --jobs 1 >/dev/null 2>&1 || true
    grep '^summary:' "$work/cg.$1" | awk '{print $2}'
}
one=$(count one)
fifty=$(count fifty)
python3 -c "print('consolidate: %.2f M instructions per return' % (($fifty - $one) / 49 / 1e6))"
