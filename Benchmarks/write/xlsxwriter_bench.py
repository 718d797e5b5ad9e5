#!/usr/bin/env python3
"""The write benchmark's cells written by XlsxWriter (Python) in constant_memory mode.
usage: xlsxwriter_bench.py OUT.xlsx [ROWS]"""
import sys

import xlsxwriter

out = sys.argv[1] if len(sys.argv) > 1 else "/tmp/xlsxwriter-bench.xlsx"
rows = int(sys.argv[2]) if len(sys.argv) > 2 else 200_000
wards = ["Dịch Vọng", "Dịch Vọng Hậu", "Mai Dịch", "Nghĩa Đô", "Nghĩa Tân", "Quan Hoa", "Trung Hòa", "Yên Hòa",
         "Cầu Giấy", "Xuân Thủy", "Hoàng Quốc Việt", "Trần Duy Hưng", "Phạm Văn Đồng", "Nguyễn Phong Sắc"]
grades = ["Xuất sắc", "Tốt", "Khá", "Trung bình", "Chưa đạt"]
titles = ["Phường", "Hồ sơ", "STT", "Điểm", "Ngày nộp", "Đạt", "Hệ số", "Xếp loại", "Ngày duyệt", "Tổng", "Đã duyệt", "Ghi chú"]

wb = xlsxwriter.Workbook(out, {"constant_memory": True})
ws = wb.add_worksheet("Dữ liệu")
bold = wb.add_format({"bold": True})
date = wb.add_format({"num_format": "dd/mm/yyyy"})
ws.freeze_panes(1, 0)
for c, t in enumerate(titles):
    ws.write_string(0, c, t, bold)
epoch = 43831  # 2020-01-01
for r in range(rows):
    row = r + 1
    d = float(r)
    ws.write_string(row, 0, "Phường " + wards[r % 14])
    ws.write_string(row, 1, "Hồ sơ số " + str(r))
    ws.write_number(row, 2, d + 1)
    ws.write_number(row, 3, d * 0.37)
    ws.write_number(row, 4, epoch + r % 3650, date)
    ws.write_boolean(row, 5, r % 2 == 0)
    ws.write_number(row, 6, (r % 1000) / 7)
    ws.write_string(row, 7, grades[r % 5])
    ws.write_number(row, 8, epoch + (r * 7) % 3650, date)
    ws.write_number(row, 9, d * 1.5)
    ws.write_boolean(row, 10, r % 3 == 0)
    ws.write_string(row, 11, "Ghi chú " + str(r % 100))
wb.close()
