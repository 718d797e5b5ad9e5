#!/usr/bin/env bash
# Real-program check of the printed documents: builds thidua, writes the ward form and the
# consolidated workbook (XLSX and ODS), and has LibreOffice render them to PDF (see
# check_documents.py for what is checked). Needs: soffice, poppler-utils, fonts-liberation.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
swift build --product thidua >/dev/null
python3 "$root/Tests/RealPrograms/check_documents.py" --thidua "$(swift build --show-bin-path)/thidua"
