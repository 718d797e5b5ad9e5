#!/usr/bin/env bash
# Runs libFuzzer harnesses for a bounded time each, seeded with the project's fixtures.
#   Fuzz/run.sh [SECONDS_PER_TARGET] [TARGET...]
# Targets: zip xlsx ods odspar csv schema xls cells (default: all that are built); odspar is
# differential (parallel ODS read against sequential), cells too (a read of a return's cells
# against a full read, the input being the XML of a worksheet or, after an `O`, of content.xml). Crashes, leaks and
# timeouts land in Fuzz/out/<target>/ and make the script exit non-zero.
set -uo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-30}"; shift || true
targets=("$@")
((${#targets[@]})) || targets=(zip xlsx ods odspar csv schema xls cells)
bin=Fuzz/.build
status=0
for t in "${targets[@]}"; do
  case $t in
    zip) exe=FuzzZip; seeds=(Fixtures/zip Fixtures/read Fixtures/hostile) ;;
    xlsx) exe=FuzzWorkbook; seeds=(Fixtures/read Fixtures/hostile Fixtures/xlsx-reader) ;;
    ods) exe=FuzzWorkbook; seeds=(Fixtures/read Fixtures/hostile Fixtures/ods-reader) ;;
    odspar) exe=FuzzODSParallel; seeds=(Fixtures/read Fixtures/hostile Fixtures/ods-reader) ;;
    csv) exe=FuzzWorkbook; seeds=(Fixtures/read/csv) ;;
    schema) exe=FuzzSchema; seeds=(Templates) ;;
    xls) exe=FuzzXLS; seeds=(Fixtures/read Fixtures/hostile Fixtures/returns/2018-xls) ;;
    cells) exe=FuzzCellsOnly; seeds=() ;;
    *) echo "unknown target $t"; exit 2 ;;
  esac
  [[ -x $bin/$exe ]] || { echo "skip $t: $bin/$exe not built (Fuzz/build.sh)"; continue; }
  corpus=Fuzz/out/$t/corpus; mkdir -p "$corpus"
  ext=$t; [[ $t == zip ]] && ext="zip xlsx ods"; [[ $t == schema ]] && ext="xlsx ods csv"; [[ $t == odspar ]] && ext=ods; [[ $t == xls ]] && ext="xls xlsx"
  for d in "${seeds[@]}"; do
    [[ -d $d ]] || continue
    for e in $ext; do find "$d" -name "*.$e" -size -3M -exec cp -n {} "$corpus/" \; 2>/dev/null; done
  done
  if [[ $t == cells ]]; then
    # The seeds are the XML parts themselves: each XLSX fixture's first worksheet, and each ODS
    # fixture's content.xml after an `O`.
    python3 - "$corpus" Fixtures/xlsx-reader Fixtures/ods-reader Fixtures/returns/2018 Fixtures/read <<'PY'
import os, sys, zipfile
out = sys.argv[1]
for d in sys.argv[2:]:
    for name in sorted(os.listdir(d)):
        path = os.path.join(d, name)
        part, lead = ("xl/worksheets/sheet1.xml", b"") if name.endswith(".xlsx") else ("content.xml", b"O")
        if not name.endswith((".xlsx", ".ods")) or os.path.getsize(path) > 3 << 20:
            continue
        try:
            data = zipfile.ZipFile(path).read(part)
        except Exception:
            continue
        if len(data) < 1 << 20:
            open(os.path.join(out, name + ".xml"), "wb").write(lead + data)
PY
  fi
  log=Fuzz/out/$t/fuzz.log
  dict=(); [[ $t == xlsx || $t == ods || $t == cells ]] && dict=(-dict=Fuzz/markup.dict)
  "$bin/$exe" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -malloc_limit_mb=2048 "${dict[@]}" \
    -artifact_prefix="Fuzz/out/$t/" -print_final_stats=1 "$corpus" >"$log" 2>&1
  rc=$?
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$')
  echo "$t: exit $rc, ${runs:-?} executions in ${seconds}s"
  if ((rc != 0)); then status=1; tail -30 "$log"; fi
done
exit $status
