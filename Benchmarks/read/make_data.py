#!/usr/bin/env python3
"""Generates the read benchmark's workbook: 200,000 rows x 12 columns.

Columns: 4 text (shared strings: ward names, criterion codes, free text with a row number,
a status word), 4 numbers (integers, decimals, money, percent), 2 dates, 1 boolean, 1 datetime.
Written by XlsxWriter (constant_memory off, so text goes to the shared-string table as Excel
does); the ODS is that file re-saved by LibreOffice.

Usage: python3 Benchmarks/read/make_data.py [OUT_DIR] [ROWS]
"""
import datetime, os, subprocess, sys
import xlsxwriter

out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "data")
rows = int(sys.argv[2]) if len(sys.argv) > 2 else 200_000
os.makedirs(out, exist_ok=True)
path = os.path.join(out, f"read-{rows}.xlsx")

wards = ["Nghĩa Đô", "Nghĩa Tân", "Mai Dịch", "Dịch Vọng", "Dịch Vọng Hậu", "Quan Hoa", "Yên Hòa", "Trung Hòa"]
status = ["Đạt", "Không đạt", "Vượt chỉ tiêu", "Chưa báo cáo"]
wb = xlsxwriter.Workbook(path)
ws = wb.add_worksheet("Dữ liệu")
date_fmt = wb.add_format({"num_format": "dd/mm/yyyy"})
dt_fmt = wb.add_format({"num_format": "dd/mm/yyyy hh:mm:ss"})
pct = wb.add_format({"num_format": "0.00%"})
money = wb.add_format({"num_format": "#,##0"})
header = ["Phường", "Mã tiêu chí", "Ghi chú", "Trạng thái", "Số lượng", "Tỉ lệ", "Số tiền", "Điểm",
          "Ngày báo cáo", "Hạn", "Đạt", "Cập nhật"]
ws.write_row(0, 0, header)
base = datetime.date(2018, 1, 1)
for r in range(1, rows + 1):
    ws.write_string(r, 0, wards[r % 8])
    ws.write_string(r, 1, f"TC{r % 35 + 1:02d}")
    ws.write_string(r, 2, f"Báo cáo số {r} của phường")
    ws.write_string(r, 3, status[r % 4])
    ws.write_number(r, 4, r * 7 % 1000)
    ws.write_number(r, 5, (r % 1000) / 1000, pct)
    ws.write_number(r, 6, r * 1234.5, money)
    ws.write_number(r, 7, (r % 100) / 4)
    ws.write_datetime(r, 8, base + datetime.timedelta(days=r % 365), date_fmt)
    ws.write_datetime(r, 9, base + datetime.timedelta(days=(r + 30) % 365), date_fmt)
    ws.write_boolean(r, 10, r % 3 == 0)
    ws.write_datetime(r, 11, datetime.datetime(2018, 1, 1) + datetime.timedelta(minutes=r), dt_fmt)
wb.close()

profile = "file:///tmp/lo-profile-bench"
subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "ods",
                "--outdir", out, path], check=True, stdout=subprocess.DEVNULL)
print(path)
print(path[:-5] + ".ods")
