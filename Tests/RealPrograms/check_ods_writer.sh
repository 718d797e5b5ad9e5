#!/usr/bin/env bash
# Real-program check of the ODS writer: builds WriterSample, writes the sample workbook as
# .ods, and has python zipfile, xmllint, odfpy, python-calamine, LibreOffice and Gnumeric read it back.
# Needs: soffice (libreoffice-calc), xmllint, python3 with odfpy, openpyxl and python-calamine;
# ssconvert (gnumeric) when installed.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d /tmp/ods-writer-check.XXXXXX)"
trap 'rm -rf "$work"' EXIT
cd "$root"
swift build --product WriterSample >/dev/null
bin="$(swift build --show-bin-path)/WriterSample"
"$bin" "$work/sample.ods" "$work/expected.json" --format ods
# The same workbook as XLSX, for LibreOffice to show how it stores the protection password in ODS.
"$bin" "$work/sample.xlsx" "$work/expected-xlsx.json"
python3 "$root/Tests/RealPrograms/check_ods_writer.py" "$work/sample.ods" "$work/expected.json" "$work" "$work/sample.xlsx"
