# Chi cục Thống kê: bảng dạng dọc, mỗi số liệu một dòng (năm, mã đơn vị hành chính, chỉ tiêu, giá trị, đơn vị).
# Statistics unit: a long table, one row per value, keyed by year, administrative-unit code and indicator.
output: statistics.csv
workbook: statistics
layout: long
criteria: all
column: year | Năm
column: ward_code | Mã đơn vị hành chính
column: ward_name | Tên đơn vị hành chính
column: criterion_code | Mã chỉ tiêu
column: value | Giá trị
column: unit | Đơn vị tính
