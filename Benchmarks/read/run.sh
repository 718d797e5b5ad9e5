#!/usr/bin/env bash
# Read benchmark: thidua inspect --stats beside python-calamine and openpyxl (read-only),
# on the same XLSX and ODS, in one run. Reports wall time, peak RSS and ratios.
#   Benchmarks/read/run.sh [ROWS]
# Needs: release build, python3 with python-calamine and openpyxl, LibreOffice (data only).
set -euo pipefail
cd "$(dirname "$0")/../.."
rows="${1:-200000}"
data=Benchmarks/data
[[ -f "$data/read-$rows.xlsx" && -f "$data/read-$rows.ods" ]] || python3 Benchmarks/read/make_data.py "$data" "$rows"
swift build -c release --product thidua >/dev/null
bin=.build/release/thidua

measure() { # name, command...: prints "name seconds peakMiB"
  local name=$1; shift
  local best_t=999999 best_m=0
  for _ in 1 2 3; do
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
openpyxl_py='
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
n = 0
for ws in wb.worksheets:
    for row in ws.iter_rows(values_only=True):
        n += sum(1 for v in row if v is not None)
print(n)
'
echo "# read benchmark, $rows rows x 12 columns, $(date -u +%Y-%m-%d), $(nproc) cores"
echo "format tool seconds peak_MiB"
for fmt in xlsx ods; do
  f="$data/read-$rows.$fmt"
  measure "$fmt thidua" "$bin" inspect --stats "$f" | tee /tmp/thidua-bench.thidua
  measure "$fmt calamine" python3 -c "$calamine_py" "$f" | tee /tmp/thidua-bench.calamine
  if [[ $fmt == xlsx ]]; then measure "$fmt openpyxl-read-only" python3 -c "$openpyxl_py" "$f"; fi
  read -r _ _ tt tm < /tmp/thidua-bench.thidua
  read -r _ _ ct cm < /tmp/thidua-bench.calamine
  awk -v tt="$tt" -v ct="$ct" -v tm="$tm" -v cm="$cm" -v f="$fmt" \
    'BEGIN{printf "%s ratio thidua/calamine: time %.2f, memory %.2f\n", f, tt/ct, tm/cm}'
done
