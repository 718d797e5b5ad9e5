#!/usr/bin/env python3
"""Returns carrying values a spreadsheet can hold but our outputs cannot (dates outside
1900-9999, a text longer than a cell may be): `python3 make_unwritable.py`.

Each is Nghĩa Đô's 2018 return as LibreOffice saved it (../2018/00157-bao-cao-2018.ods) with
content.xml rewritten by zipfile: VH10's date (2018-11-10) replaced, or a 40,000-character
evidence note added to KT01's row. Every other part is copied byte for byte.
"""
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "..", "2018", "00157-bao-cao-2018.ods")
VH10 = 'office:date-value="2018-11-10" calcext:value-type="date"><text:p>10/11/2018</text:p>'


def rewrite(name, transform):
    with zipfile.ZipFile(SOURCE) as src, zipfile.ZipFile(os.path.join(HERE, name), "w") as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "content.xml":
                text = data.decode("utf-8")
                changed = transform(text)
                assert changed != text, name
                data = changed.encode("utf-8")
            out.writestr(info, data, compress_type=info.compress_type)


def vh10(date, shown):
    return lambda text: text.replace(VH10, f'office:date-value="{date}" calcext:value-type="date"><text:p>{shown}</text:p>')


def main():
    rewrite("vh10-year-0218.ods", vh10("0218-11-10", "10/11/0218"))
    rewrite("vh10-1899-12-31.ods", vh10("1899-12-31", "31/12/1899"))
    rewrite("vh10-year-99999.ods", vh10("99999-01-01", "01/01/99999"))


if __name__ == "__main__":
    main()
