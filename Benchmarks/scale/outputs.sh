#!/bin/sh
# Writes every output the scale work could change, for one thidua binary, into OUT:
# validate (text, JSON, CSV, XLSX; vi and en), consolidate (XLSX, ODS, CSV exports, summary)
# and template --all (XLSX, ODS), on the shipped returns and on a generated set GEN
# (a folder with schema.xlsx and returns/, as made by ScaleBenchmark or make_returns.py).
# Then lists the SHA-256 of every file in OUT/SHA256SUMS. Used by check-identical.sh.
# usage: Benchmarks/scale/outputs.sh THIDUA GEN OUT
set -u
cd "$(dirname "$0")/../.."
bin=$1 gen=$2 out=$3
rm -rf "$out"; mkdir -p "$out"
run() { # name, command...: keeps stdout, stderr and the exit status
    name=$1; shift
    "$@" > "$out/$name.stdout" 2> "$out/$name.stderr"
    echo $? > "$out/$name.status"
}
shipped="Fixtures/returns/2018 Fixtures/returns/validation"
schema=Templates/schema-2018.xlsx
for lang in vi en; do
    for f in text json csv; do
        run "shipped-validate-$lang.$f" "$bin" validate $shipped --schema $schema --lang $lang --format $f
        run "gen-validate-$lang.$f" "$bin" validate "$gen/returns" --schema "$gen/schema.xlsx" --lang $lang --format $f
    done
    run "shipped-validate-$lang.xlsx" "$bin" validate $shipped --schema $schema --lang $lang --format xlsx -o "$out/shipped-validate-$lang.xlsx"
    run "gen-validate-$lang.xlsx" "$bin" validate "$gen/returns" --schema "$gen/schema.xlsx" --lang $lang --format xlsx -o "$out/gen-validate-$lang.xlsx"
    run "shipped-consolidate-$lang" "$bin" consolidate Fixtures/returns/2018 --schema $schema --lang $lang --format both -q \
        --profiles Templates/exports -o "$out/shipped-consolidate-$lang"
    run "gen-consolidate-$lang" "$bin" consolidate "$gen/returns" --schema "$gen/schema.xlsx" --lang $lang --format both -q \
        --profiles Templates/exports -o "$out/gen-consolidate-$lang"
done
# The summary names the output folder; outputs themselves must not differ.
for fmt in xlsx ods; do
    run "shipped-template-$fmt" "$bin" template --schema $schema --all --format $fmt -o "$out/shipped-template-$fmt"
    run "gen-template-$fmt" "$bin" template --schema "$gen/schema.xlsx" --all --format $fmt -o "$out/gen-template-$fmt"
done
# stderr of template lists the paths written (they name OUT): normalise the folder away.
for f in "$out"/*.stderr "$out"/*.stdout; do sed -i "s#$out#OUT#g" "$f"; done
(cd "$out" && find . -type f ! -name SHA256SUMS | LC_ALL=C sort | xargs sha256sum > SHA256SUMS)
wc -l < "$out/SHA256SUMS"
