# Phòng Tài chính - Kế hoạch: các chỉ tiêu tiền (triệu đồng) của từng phường, mỗi phường một dòng.
# Finance unit: the money criteria of each ward, in the schema's unit, one row per ward.
output: finance.csv
layout: wide
criteria: type money
column: ward_code | Mã phường
column: ward_name | Tên phường
column: criteria
