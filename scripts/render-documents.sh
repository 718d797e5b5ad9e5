#!/usr/bin/env bash
# Renders every document thidua prints, as a ward officer and a district leader see it:
# the ward form (XLSX and ODS), the validation report (XLSX), the consolidated workbook
# (XLSX and ODS, every sheet) and statistics.xlsx, each converted to PDF by headless
# LibreOffice and to one PNG per page (pdftoppm). Prints each PDF's page count.
#
#   scripts/render-documents.sh [OUTDIR]        # default /tmp/thidua-render
#
# Needs: soffice (libreoffice-calc), pdftoppm and pdfinfo (poppler-utils), a Times New
# Roman-metric font (fonts-liberation: Liberation Serif). Look at OUTDIR/png/*.png page by page.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-/tmp/thidua-render}"
rm -rf "$out"
mkdir -p "$out/docs" "$out/pdf" "$out/png"
cd "$root"
swift build --product thidua >/dev/null
bin="$(swift build --show-bin-path)/thidua"

"$bin" template --ward "Yên Hòa" -o "$out/docs/form.xlsx"
"$bin" template --ward "Yên Hòa" --format ods -o "$out/docs/form-ods.ods"
"$bin" validate Fixtures/returns/validation --format xlsx -o "$out/docs/validation.xlsx" >/dev/null 2>&1 || true
"$bin" consolidate Fixtures/returns/2018 --format both -o "$out/docs/consolidated" >/dev/null 2>&1 || true
cp "$out/docs/consolidated/consolidated-2018.xlsx" "$out/docs/consolidated.xlsx"
cp "$out/docs/consolidated/consolidated-2018.ods" "$out/docs/consolidated-ods.ods"
cp "$out/docs/consolidated/statistics.xlsx" "$out/docs/statistics.xlsx"

profile="file:///tmp/thidua-render-profile-$$"
for f in "$out"/docs/*.xlsx "$out"/docs/*.ods; do
  soffice --headless "-env:UserInstallation=$profile" --convert-to pdf --outdir "$out/pdf" "$f" >/dev/null 2>&1
done
rm -rf "/tmp/thidua-render-profile-$$"
for p in "$out"/pdf/*.pdf; do
  name="$(basename "$p" .pdf)"
  pages="$(pdfinfo "$p" | awk '/^Pages:/ {print $2}')"
  echo "$name: $pages pages"
  pdftoppm -png -r "${THIDUA_RENDER_DPI:-60}" "$p" "$out/png/$name"
done
echo "PNGs in $out/png"
