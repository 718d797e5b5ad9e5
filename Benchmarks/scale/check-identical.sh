#!/bin/sh
# Checks that two thidua binaries give byte-identical outputs and findings (outputs.sh) on the
# shipped returns and on a generated set. Exit 0 when identical; else lists what differs.
# usage: Benchmarks/scale/check-identical.sh BEFORE_THIDUA AFTER_THIDUA GEN
#   e.g. build the commit before the speed work (b50f69d) in a second worktree:
#   git worktree add /tmp/before b50f69d && (cd /tmp/before && swift build -c release --product thidua)
#   Benchmarks/scale/check-identical.sh /tmp/before/.build/release/thidua .build/release/thidua /tmp/thidua-scale/1000
set -eu
cd "$(dirname "$0")/../.."
before=$1 after=$2 gen=$3
work=${SCALE_WORK:-/tmp/thidua-scale}/identical
sh Benchmarks/scale/outputs.sh "$before" "$gen" "$work/before" >/dev/null
sh Benchmarks/scale/outputs.sh "$after" "$gen" "$work/after" >/dev/null
# The folder name differs between the two runs; everything else must not.
sed -i "s#$work/before#OUT#g; s#$work/after#OUT#g" "$work"/before/*.std* "$work"/after/*.std* 2>/dev/null || true
for side in before after; do
    # consolidate stages each output set under .thidua/sets/<random id>/: the id differs from run to run.
    (cd "$work/$side" && find . -type f ! -name SHA256SUMS | LC_ALL=C sort | xargs sha256sum \
        | sed -E 's#/\.thidua/sets/[a-z0-9]+/#/.thidua/sets/SET/#' > SHA256SUMS)
done
if diff "$work/before/SHA256SUMS" "$work/after/SHA256SUMS"; then
    echo "identical: $(wc -l < "$work/after/SHA256SUMS") files (outputs, reports, exit statuses)"
else
    echo "DIFFERENT (see $work/before and $work/after)"; exit 1
fi
