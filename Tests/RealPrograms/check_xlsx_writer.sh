#!/usr/bin/env bash
# Real-program check of the XLSX writer: builds WriterSample, writes a workbook with every
# feature, and has python zipfile, openpyxl, python-calamine, LibreOffice and Gnumeric read it back.
# Needs: soffice (libreoffice-calc), python3 with openpyxl and python-calamine; ssconvert (gnumeric) if present.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d /tmp/xlsx-writer-check.XXXXXX)"
trap 'rm -rf "$work"' EXIT
cd "$root"
swift build --product WriterSample >/dev/null
bin="$(swift build --show-bin-path)/WriterSample"
"$bin" "$work/sample.xlsx" "$work/expected.json"
python3 "$root/Tests/RealPrograms/check_xlsx_writer.py" "$work/sample.xlsx" "$work/expected.json" "$work"
