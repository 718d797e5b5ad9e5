#!/bin/sh
# Scale benchmark of `thidua consolidate` (release build): generates N wards' returns with the
# ScaleBenchmark target, then consolidates them, reporting wall time and peak RSS.
# usage: Benchmarks/scale/run.sh [N ...]        default: 1000 10000
# SCALE_WORK sets the scratch folder (default /tmp/thidua-scale); it needs about 25 KB per return.
set -eu
cd "$(dirname "$0")/../.."
swift build -c release --product thidua
swift build -c release --product ScaleBenchmark
bin=.build/release
work=${SCALE_WORK:-/tmp/thidua-scale}
[ $# -gt 0 ] || set -- 1000 10000
for n in "$@"; do
    dir=$work/$n
    rm -rf "$dir"
    "$bin/ScaleBenchmark" Templates/schema-2018.xlsx Fixtures/returns/2018 "$dir" "$n"
    echo "consolidate $n returns:"
    /usr/bin/time -f "  %e s wall, %M KiB peak RSS" \
        "$bin/thidua" consolidate "$dir/returns" --schema "$dir/schema.xlsx" -o "$dir/out" -q --lang en > "$dir/summary.txt" || status=$?
    head -3 "$dir/summary.txt"
    ls -l "$dir/out"
done
