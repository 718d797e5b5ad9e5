#!/usr/bin/env bash
# Read benchmark for legacy .xls: thidua inspect --stats beside python-calamine, on the same
# 65,000-row x 12-column workbook saved as .xls (BIFF8) by LibreOffice, in one run.
#   Benchmarks/read/run-xls.sh [ROWS]
# Needs: release build, python3 with python-calamine; XlsxWriter and LibreOffice (data only).
set -euo pipefail
cd "$(dirname "$0")/../.."
rows="${1:-65000}"
data=Benchmarks/data
xls="$data/read-$rows.xls"
if [[ ! -f $xls ]]; then
  [[ -f "$data/read-$rows.xlsx" ]] || python3 Benchmarks/read/make_data.py "$data" "$rows"
  soffice -env:UserInstallation=file:///tmp/lo-profile-bench --headless --convert-to "xls:MS Excel 97" \
    --outdir "$data" "$data/read-$rows.xlsx" >/dev/null
fi
swift build -c release --product thidua >/dev/null
bin=.build/release/thidua

measure() { # name, command...: prints "name seconds peakMiB" (best of 5)
  local name=$1; shift
  local best_t=999999 best_m=0
  for _ in 1 2 3 4 5; do
    /usr/bin/time -f "%e %M" -o /tmp/thidua-bench.time "$@" >/dev/null
    read -r t m < /tmp/thidua-bench.time
    if awk "BEGIN{exit !($t < $best_t)}"; then best_t=$t; best_m=$m; fi
  done
  printf "%s %s %s\n" "$name" "$best_t" "$(awk "BEGIN{printf \"%.1f\", $best_m/1024}")"
}

calamine_py='
import sys, python_calamine
wb = python_calamine.CalamineWorkbook.from_path(sys.argv[1])
n = 0
for name in wb.sheet_names:
    for row in wb.get_sheet_by_name(name).to_python(skip_empty_area=False):
        n += sum(1 for v in row if v != "")
print(n)
'
echo "# xls read benchmark, $rows rows x 12 columns ($(stat -c %s "$xls") bytes), $(date -u +%Y-%m-%d), $(nproc) cores"
echo "format tool seconds peak_MiB"
measure "xls thidua" "$bin" inspect --stats "$xls" | tee /tmp/thidua-bench.thidua
measure "xls calamine" python3 -c "$calamine_py" "$xls" | tee /tmp/thidua-bench.calamine
read -r _ _ tt tm < /tmp/thidua-bench.thidua
read -r _ _ ct cm < /tmp/thidua-bench.calamine
awk -v tt="$tt" -v ct="$ct" -v tm="$tm" -v cm="$cm" \
  'BEGIN{printf "xls ratio thidua/calamine: time %.2f, memory %.2f\n", tt/ct, tm/cm}'
