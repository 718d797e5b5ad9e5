#!/usr/bin/env python3
"""Proof with LibreOffice that the documents thidua prints look as an office expects.

Writes the ward form (XLSX and ODS), runs `consolidate` on the shipped 2018 returns (XLSX and
ODS), converts each to PDF with headless LibreOffice and checks what a reader of the paper
sees: the form's page count (the same in both formats), its official heading and signature
blocks, its font and page numbers; the consolidated workbook's ranking chart drawn in both
formats (its title and value labels in the PDF), LibreOffice keeping the ODS chart
object when it saves the workbook as XLSX, and statistics.xlsx printing the year as 2018.

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
        for name in ["form.xlsx", "form-ods.ods", "consolidated.xlsx", "consolidated-ods.ods", "statistics.xlsx"]:
            soffice_convert(os.path.join(docs, name), "pdf", pdf, profile)

        # The ward form: 2 pages in both formats, an official paper.
        for name in ["form", "form-ods"]:
            p = os.path.join(pdf, name + ".pdf")
            check(f"{name}: 2 pages", pages(p) == 2, f"{pages(p)} pages")
            first, second = text(p, 1, 1), text(p, 2, 2)
            for line in ["UBND PHƯỜNG YÊN HÒA", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                         "Yên Hòa, ngày", "Người lập báo cáo:", "Cách chấm điểm"]:
                check(f"{name}: page 1 shows '{line}'", line in first)
            for line in ["NGƯỜI LẬP BÁO CÁO", "(Ký, ghi rõ họ tên)", "TM. ỦY BAN NHÂN DÂN PHƯỜNG YÊN HÒA", "(Ký tên, đóng dấu)"]:
                check(f"{name}: page 2 shows '{line}'", line in second)
            check(f"{name}: page 2 numbered", re.search(r"^\s*2\s*$", second, re.M) is not None)
            fonts = run("pdffonts", p).stdout
            check(f"{name}: printed in Times New Roman (or its metric twin)",
                  re.search(r"TimesNewRoman|Times-Roman|LiberationSerif|Tinos", fonts) is not None, fonts)

        # The consolidated workbook: the ranking chart, drawn with its value labels, in both formats.
        for name in ["consolidated", "consolidated-ods"]:
            first = text(os.path.join(pdf, name + ".pdf"), 1, 1)
            # The title (pdftotext may split its words) and the value label beside the table's own 98.70.
            check(f"{name}: ranking chart drawn on page 1",
                  "Xếphạngtheotổngđiểm" in re.sub(r"\s", "", first) and first.count("98.70") >= 2, first[-600:])
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
                      "$J$7:$J$13" in xml and "$B$7:$B$13" in xml, xml[:400])
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return summary()


if __name__ == "__main__":
    sys.exit(main())
