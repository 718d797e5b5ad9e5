#!/usr/bin/env python3
"""Proof with LibreOffice that the documents thidua prints look as an office expects.

Writes the ward form (XLSX and ODS), runs `consolidate` on the shipped 2018 returns (XLSX and
ODS), converts each to PDF with headless LibreOffice and checks what a reader of the paper
sees: the form's page count (the same in both formats), its official heading and signature
blocks, its font and page numbers; the consolidated workbook's ranking chart drawn in both
formats (its title and value labels in the PDF, whole numbers on its value axis), the superior
body and the place name heading the form and the summary, headers whole on one line, every PDF
in Times New Roman only, LibreOffice keeping the ODS chart object when it saves the workbook as
XLSX, and statistics.xlsx printing the year as 2018.

Usage: python3 Tests/RealPrograms/check_documents.py --thidua PATH
Needs: LibreOffice (soffice), pdfinfo/pdftotext/pdffonts (poppler-utils), a Times New
Roman-metric font (fonts-liberation).
"""
import argparse, os, re, shutil, subprocess, sys, tempfile, zipfile

from realprograms import check, soffice_convert, summary

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def run(*args):
    return subprocess.run(list(args), capture_output=True, text=True, cwd=ROOT)


def pages(pdf):
    m = re.search(r"^Pages:\s+(\d+)", run("pdfinfo", pdf).stdout, re.M)
    return int(m.group(1)) if m else 0


def text(pdf, first=None, last=None):
    args = ["pdftotext", "-layout"]
    if first: args += ["-f", str(first)]
    if last: args += ["-l", str(last)]
    return run(*args, pdf, "-").stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--thidua", required=True)
    a = ap.parse_args()
    work = tempfile.mkdtemp(prefix="thidua-documents-")
    profile = "file://" + os.path.join(work, "profile")
    try:
        docs, pdf = os.path.join(work, "docs"), os.path.join(work, "pdf")
        os.makedirs(docs)
        form = {"xlsx": os.path.join(docs, "form.xlsx"), "ods": os.path.join(docs, "form-ods.ods")}
        for fmt, path in form.items():
            r = run(a.thidua, "template", "--ward", "Yên Hòa", "--format", fmt, "-o", path)
            check(f"template --format {fmt}", r.returncode == 0, r.stderr)
        r = run(a.thidua, "consolidate", "Fixtures/returns/2018", "--format", "both", "-o", os.path.join(docs, "out"))
        check("consolidate --format both", r.returncode in (0, 1), r.stderr)
        shutil.copy(os.path.join(docs, "out", "consolidated-2018.xlsx"), os.path.join(docs, "consolidated.xlsx"))
        shutil.copy(os.path.join(docs, "out", "consolidated-2018.ods"), os.path.join(docs, "consolidated-ods.ods"))
        shutil.copy(os.path.join(docs, "out", "statistics.xlsx"), os.path.join(docs, "statistics.xlsx"))
        r = run(a.thidua, "validate", "Fixtures/returns/validation", "--format", "xlsx", "-o", os.path.join(docs, "validation.xlsx"))
        check("validate --format xlsx", r.returncode in (0, 1), r.stderr)
        for name in ["form.xlsx", "form-ods.ods", "consolidated.xlsx", "consolidated-ods.ods", "statistics.xlsx", "validation.xlsx"]:
            soffice_convert(os.path.join(docs, name), "pdf", pdf, profile)

        # The ward form: 2 pages in both formats, an official paper.
        for name in ["form", "form-ods"]:
            p = os.path.join(pdf, name + ".pdf")
            check(f"{name}: 2 pages", pages(p) == 2, f"{pages(p)} pages")
            first, second = text(p, 1, 1), text(p, 2, 2)
            for line in ["UBND PHƯỜNG YÊN HÒA", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                         "Yên Hòa, ngày", "Người lập báo cáo:", "Cách chấm điểm"]:
                check(f"{name}: page 1 shows '{line}'", line in first)
            # The superior body (schema setting superior_body) on the line above the ward's committee.
            lines = [l.strip() for l in first.splitlines()]
            above = [i for i, l in enumerate(lines) if l.startswith("UBND QUẬN CẦU GIẤY")]
            check(f"{name}: 'UBND QUẬN CẦU GIẤY' right above 'UBND PHƯỜNG YÊN HÒA'",
                  bool(above) and lines[above[0] + 1].startswith("UBND PHƯỜNG YÊN HÒA"), first[:600])
            for line in ["NGƯỜI LẬP BÁO CÁO", "(Ký, ghi rõ họ tên)", "TM. ỦY BAN NHÂN DÂN PHƯỜNG YÊN HÒA", "(Ký tên, đóng dấu)"]:
                check(f"{name}: page 2 shows '{line}'", line in second)
            check(f"{name}: page 2 numbered", re.search(r"^\s*2\s*$", second, re.M) is not None)

        # The consolidated workbook: the ranking chart, drawn with its value labels, in both formats.
        for name in ["consolidated", "consolidated-ods"]:
            first = text(os.path.join(pdf, name + ".pdf"), 1, 1)
            # The title (pdftotext may split its words) and the value label beside the table's own 98.70.
            check(f"{name}: ranking chart drawn on page 1",
                  "Xếphạngtheotổngđiểm" in re.sub(r"\s", "", first) and first.count("98.70") >= 2, first[-600:])
            # Its value axis in whole numbers (0 20 40 …), not the total column's "20.00".
            check(f"{name}: chart axis labels are whole numbers",
                  re.search(r"^\s*0\s+20\s+40\s+60\s+80\s+100\b", first, re.M) is not None
                  and re.search(r"\b0\.00\s+20\.00\b", first) is None, first[-400:])
            # Headed by the superior body and dated at the schema's place name, not a dotted line.
            check(f"{name}: summary headed 'UBND QUẬN CẦU GIẤY'", first.lstrip().startswith("UBND QUẬN CẦU GIẤY"), first[:300])
            check(f"{name}: summary dated 'Cầu Giấy, ngày … tháng … năm 2018'",
                  re.search(r"Cầu Giấy, ngày …… tháng …… năm 2018", first) is not None and "……………, ngày" not in first, first)
        # Headers on one line, whole (pdftotext may split a word with spaces, never across lines):
        # "Mã phường" was wrapped and cut in half in the validation report.
        for name, page, labels in [
            ("validation", 1, ["Mã phường", "Mức độ", "Nội dung"]),
            ("consolidated", 1, ["Mã phường", "Ngày báo cáo", "Điểm tiêu chí", "Tổng điểm", "Xếp hạng"]),
            ("consolidated-ods", 1, ["Mã phường", "Ngày báo cáo", "Điểm tiêu chí", "Tổng điểm", "Xếp hạng"]),
        ]:
            lines = [re.sub(r"\s", "", l) for l in text(os.path.join(pdf, name + ".pdf"), page, page).splitlines()]
            for label in labels:
                check(f"{name}: header '{label}' whole on one line", any(re.sub(r"\s", "", label) in l for l in lines))
        # Every document in Times New Roman (its metric twin Liberation Serif here, DejaVu Serif
        # for the Vietnamese letters this machine's Liberation lacks): no Calibri/Carlito or sans.
        for name in ["form", "form-ods", "consolidated", "consolidated-ods", "statistics", "validation"]:
            fonts = [l.split()[0].split("+")[-1] for l in run("pdffonts", os.path.join(pdf, name + ".pdf")).stdout.splitlines()[2:] if l.strip()]
            check(f"{name}: printed in Times New Roman (or its metric twin) only",
                  fonts and all(re.match(r"(TimesNewRoman|Times-|LiberationSerif|Tinos|DejaVuSerif)", f) for f in fonts), fonts)
        # statistics.xlsx: the year reads 2018, not 2,018.
        stats = text(os.path.join(pdf, "statistics.pdf"), 1, 1)
        check("statistics.xlsx: the year printed as 2018", re.search(r"^\s*2018\s", stats, re.M) is not None and "2,018" not in stats, stats[:400])
        soffice_convert(os.path.join(docs, "consolidated-ods.ods"), "xlsx", os.path.join(work, "resaved"), profile)
        with zipfile.ZipFile(os.path.join(work, "resaved", "consolidated-ods.xlsx")) as z:
            charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
            check("consolidated ODS: LibreOffice keeps the chart object when saving as XLSX", len(charts) == 1, z.namelist())
            if charts:
                xml = z.read(charts[0]).decode()
                check("consolidated ODS: the chart's values are the summary's total column",
                      "$J$8:$J$14" in xml and "$B$8:$B$14" in xml, xml[:400])
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return summary()


if __name__ == "__main__":
    sys.exit(main())
