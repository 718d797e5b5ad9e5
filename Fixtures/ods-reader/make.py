#!/usr/bin/env python3
"""Builds the ODS reader's fixtures from real programs, then derives hostile variants.

- values.ods    LibreOffice, converted from the flat-ODS XML written below: every value
                type, text constructs, formulas, merges, repeats, row groups, hidden sheet,
                named ranges, number formats.
- gnumeric.ods  Gnumeric's writer (ssconvert) from an openpyxl workbook.
- hostile-*.ods values.ods with content.xml (or mimetype) rewritten by zipfile.

Needs: soffice (libreoffice-calc), ssconvert (gnumeric), openpyxl.
Run from anywhere: python3 Fixtures/ods-reader/make.py
"""
import os, subprocess, tempfile, zipfile, shutil, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
PROFILE = "file:///tmp/lo-profile-ods"

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" '
      'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"')

FODS = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:automatic-styles>
  <number:number-style style:name="N3"><number:number number:decimal-places="0" number:min-decimal-places="0" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
  <number:percentage-style style:name="N10"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
  <number:date-style style:name="N37"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>
  <number:date-style style:name="N50"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/><number:text> </number:text><number:hours number:style="long"/><number:text>:</number:text><number:minutes number:style="long"/><number:text>:</number:text><number:seconds number:style="long" number:decimal-places="2"/></number:date-style>
  <number:time-style style:name="N46" number:truncate-on-overflow="false"><number:hours/><number:text>:</number:text><number:minutes number:style="long"/><number:text>:</number:text><number:seconds number:style="long"/></number:time-style>
  <number:boolean-style style:name="N99"><number:boolean/></number:boolean-style>
  <number:currency-style style:name="N104P0" style:volatile="true"><number:number number:decimal-places="0" number:min-decimal-places="0" number:min-integer-digits="1" number:grouping="true"/><number:text> </number:text><number:currency-symbol number:language="vi" number:country="VN">₫</number:currency-symbol></number:currency-style>
  <number:currency-style style:name="N104"><style:text-properties fo:color="#ff0000"/><number:text>-</number:text><number:number number:decimal-places="0" number:min-decimal-places="0" number:min-integer-digits="1" number:grouping="true"/><number:text> </number:text><number:currency-symbol number:language="vi" number:country="VN">₫</number:currency-symbol><style:map style:condition="value()&gt;=0" style:apply-style-name="N104P0"/></number:currency-style>
  <style:style style:name="ceCur" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N104"/>
  <style:style style:name="ceInt" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N3"/>
  <style:style style:name="cePct" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N10"/>
  <style:style style:name="ceDate" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N37"/>
  <style:style style:name="ceDT" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N50"/>
  <style:style style:name="ceDur" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N46"/>
  <style:style style:name="ceBool" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N99"/>
  <style:style style:name="taShown" style:family="table"><style:table-properties table:display="true"/></style:style>
  <style:style style:name="taHidden" style:family="table"><style:table-properties table:display="false"/></style:style>
 </office:automatic-styles>
 <office:body>
  <office:spreadsheet>
   <table:table table:name="Giá trị" table:style-name="taShown">
    <table:table-column table:number-columns-repeated="2" table:default-cell-style-name="Default"/>
    <table:table-column table:default-cell-style-name="ceInt"/>
    <table:table-column table:number-columns-repeated="5" table:default-cell-style-name="Default"/>
    <table:table-header-rows>
     <table:table-row>
      <table:table-cell office:value-type="string"><text:p>Phường</text:p></table:table-cell>
      <table:table-cell office:value-type="string"><text:p>Điểm</text:p></table:table-cell>
     </table:table-row>
    </table:table-header-rows>
    <table:table-row>
     <table:table-cell office:value-type="float" office:value="1234.5"><text:p>1234,5</text:p></table:table-cell>
     <table:table-cell table:style-name="cePct" office:value-type="percentage" office:value="0.125"><text:p>12,50%</text:p></table:table-cell>
     <table:table-cell office:value-type="float" office:value="1234567"><text:p>1.234.567</text:p></table:table-cell>
     <table:table-cell table:style-name="ceDate" office:value-type="date" office:date-value="2024-02-29"><text:p>29/02/2024</text:p></table:table-cell>
     <table:table-cell table:style-name="ceDT" office:value-type="date" office:date-value="2018-05-17T08:30:15.25"><text:p>x</text:p></table:table-cell>
     <table:table-cell table:style-name="ceDur" office:value-type="time" office:time-value="PT36H30M00S"><text:p>36:30:00</text:p></table:table-cell>
     <table:table-cell table:style-name="ceBool" office:value-type="boolean" office:boolean-value="true"><text:p>TRUE</text:p></table:table-cell>
     <table:table-cell office:value-type="float" office:value="-2.5E-3"><text:p>-0,0025</text:p></table:table-cell>
    </table:table-row>
    <table:table-row>
     <table:table-cell office:value-type="string"><text:p>Dòng một</text:p><text:p>Dòng <text:span>hai</text:span></text:p></table:table-cell>
     <table:table-cell office:value-type="string"><text:p>a<text:s text:c="3"/>b<text:tab/>c<text:line-break/>d</text:p></table:table-cell>
     <table:table-cell office:value-type="string"><office:annotation><dc:creator>Cán bộ</dc:creator><text:p>ghi chú ẩn</text:p></office:annotation><text:p>Có <text:a xlink:href="https://caugiay.hanoi.gov.vn">liên kết</text:a></text:p></table:table-cell>
     <table:table-cell table:formula="of:=SUM([.A2:.A2])" office:value-type="float" office:value="1234.5"><text:p>1234,5</text:p></table:table-cell>
     <table:table-cell table:formula="of:=1/0" office:value-type="string" office:string-value="" calcext:value-type="error"><text:p>#DIV/0!</text:p></table:table-cell>
     <table:table-cell office:value-type="boolean" office:boolean-value="false"><text:p>FALSE</text:p></table:table-cell>
     <table:table-cell table:style-name="ceDur" office:value-type="time" office:time-value="-PT1H30M00.5S"><text:p>x</text:p></table:table-cell>
     <table:table-cell office:value-type="time" office:time-value="PT12H30M00S"><text:p>12:30:00</text:p></table:table-cell>
    </table:table-row>
    <table:table-row-group>
     <table:table-row>
      <table:table-cell office:value-type="string" table:number-columns-spanned="2" table:number-rows-spanned="2"><text:p>Gộp</text:p></table:table-cell>
      <table:covered-table-cell office:value-type="string"><text:p>ẩn dưới ô gộp</text:p></table:covered-table-cell>
      <table:table-cell office:value-type="float" office:value="7" table:number-columns-repeated="3"><text:p>7</text:p></table:table-cell>
     </table:table-row>
     <table:table-row-group>
      <table:table-row>
       <table:covered-table-cell table:number-columns-repeated="2"/>
       <table:table-cell/>
       <table:table-cell office:value-type="string"><text:p>nhóm lồng</text:p></table:table-cell>
      </table:table-row>
     </table:table-row-group>
    </table:table-row-group>
    <table:table-row table:number-rows-repeated="3"><table:table-cell table:number-columns-repeated="8"/></table:table-row>
    <table:table-row table:number-rows-repeated="2">
     <table:table-cell table:number-columns-repeated="2"/>
     <table:table-cell office:value-type="string"><text:p>lặp</text:p></table:table-cell>
    </table:table-row>
    <table:table-row>
     <table:table-cell office:value-type="float" office:value="42"><text:p>42</text:p></table:table-cell>
    </table:table-row>
   </table:table>
   <table:table table:name="Ẩn" table:style-name="taHidden">
    <table:table-column/>
    <table:table-row><table:table-cell office:value-type="string"><text:p>bí mật</text:p></table:table-cell></table:table-row>
    <table:named-expressions>
     <table:named-range table:name="LocalCell" table:base-cell-address="$'Ẩn'.$A$1" table:cell-range-address="$'Ẩn'.$A$1"/>
    </table:named-expressions>
   </table:table>
   <table:table table:name="Cuối">
    <table:table-column/>
    <table:table-row><table:table-cell office:value-type="float" office:value="3"><text:p>3</text:p></table:table-cell><table:table-cell table:style-name="ceCur" office:value-type="currency" office:currency="VND" office:value="-1500000"><text:p>-1.500.000 ₫</text:p></table:table-cell></table:table-row>
   </table:table>
   <table:named-expressions>
    <table:named-range table:name="DiemSo" table:base-cell-address="$'Giá trị'.$A$1" table:cell-range-address="$'Giá trị'.$A$2:.$C$2"/>
    <table:named-expression table:name="TyLe" table:base-cell-address="$'Giá trị'.$A$1" table:expression="of:=[$'Giá trị'.$B$2]*2"/>
   </table:named-expressions>
  </office:spreadsheet>
 </office:body>
</office:document>
'''


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={PROFILE}",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def rewrite(src, dst, content=None, drop=(), replace=None, mimetype=None):
    """Copies an ODS, changing one part; mimetype stays first and stored."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            if item.filename in drop:
                continue
            data = zin.read(item.filename)
            if item.filename == "mimetype" and mimetype is not None:
                data = mimetype.encode()
            if item.filename == "content.xml":
                text = data.decode()
                if replace:
                    for old, new in replace:
                        assert old in text, old
                        text = text.replace(old, new, 1)
                if content is not None:
                    text = content
                data = text.encode()
            zout.writestr(item, data)


def make_odfpy(path):
    """A third producer: odfpy, as Python scripts write ODS."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TableProperties
    from odf.table import Table, TableRow, TableCell, CoveredTableCell
    from odf.text import P, S, LineBreak
    doc = OpenDocumentSpreadsheet()
    hidden = Style(name="taHidden", family="table")
    hidden.addElement(TableProperties(display="false"))
    doc.automaticstyles.addElement(hidden)
    table = Table(name="Tổng hợp")
    row = TableRow()
    row.addElement(TableCell(valuetype="float", value="2.5"))
    row.addElement(TableCell(valuetype="date", datevalue="2019-09-02T07:30:00"))
    row.addElement(TableCell(valuetype="time", timevalue="PT100H"))
    cell = TableCell(valuetype="string")
    p = P(text="Hai")
    p.addElement(S(c=2))
    p.addText("cách")
    p.addElement(LineBreak())
    p.addText("dòng")
    cell.addElement(p)
    row.addElement(cell)
    table.addElement(row)
    row = TableRow(numberrowsrepeated=2)
    row.addElement(TableCell(numbercolumnsrepeated=3))
    row.addElement(TableCell(valuetype="boolean", booleanvalue="true", numbercolumnsspanned=2))
    row.addElement(CoveredTableCell())
    table.addElement(row)
    doc.spreadsheet.addElement(table)
    other = Table(name="Ẩn", stylename=hidden)
    other.addElement(TableRow())
    doc.spreadsheet.addElement(other)
    doc.save(path)


def main():
    tmp = tempfile.mkdtemp()
    fods = os.path.join(tmp, "values.fods")
    with open(fods, "w", encoding="utf-8") as f:
        f.write(FODS)
    soffice(fods, "ods", tmp)
    values = os.path.join(HERE, "values.ods")
    shutil.copy(os.path.join(tmp, "values.ods"), values)

    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Phường"
    ws.append(["Tên", "Số", "Ngày", "Đúng"])
    ws.append(["Dịch Vọng", 12.5, datetime.date(2023, 12, 31), True])
    ws.append(["Mai Dịch", 3, datetime.datetime(2024, 1, 2, 6, 0, 0), False])
    ws["B4"] = "=B2+B3"
    ws["A6"] = "gộp"
    ws.merge_cells("A6:C6")
    hidden = wb.create_sheet("Ẩn")
    hidden["A1"] = "x"
    hidden.sheet_state = "hidden"
    xlsx = os.path.join(tmp, "gnumeric-src.xlsx")
    wb.save(xlsx)
    subprocess.run(["ssconvert", xlsx, os.path.join(HERE, "gnumeric.ods")], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    make_odfpy(os.path.join(HERE, "odfpy.ods"))
    # A bad value on line 129 of Gnumeric's one-element-per-line content.xml, after 128 lines of
    # styles and settings: a read that starts at the first sheet must still say line 129.
    rewrite(os.path.join(HERE, "gnumeric.ods"), os.path.join(HERE, "hostile-bad-value-lines.ods"),
            replace=[('office:value="12.5"', 'office:value="12,5"')])

    end_of_first = "</table:table><table:table table:name=\"Ẩn\""
    rewrite(values, os.path.join(HERE, "hostile-repeat.ods"), replace=[(end_of_first,
        '<table:table-row table:number-rows-repeated="1000"><table:table-cell office:value-type="float" '
        'office:value="1" table:number-columns-repeated="16000"><text:p>1</text:p></table:table-cell>'
        '</table:table-row>' + end_of_first)])
    rewrite(values, os.path.join(HERE, "hostile-trailing.ods"), replace=[(end_of_first,
        '<table:table-row table:number-rows-repeated="1048560"><table:table-cell table:number-columns-repeated="16384"/>'
        '</table:table-row><table:table-row table:number-rows-repeated="5"><table:table-cell '
        'table:number-columns-repeated="20000"/></table:table-row>' + end_of_first)])
    rewrite(values, os.path.join(HERE, "hostile-beyond-grid.ods"), replace=[(end_of_first,
        '<table:table-row table:number-rows-repeated="1048576"><table:table-cell/></table:table-row>'
        '<table:table-row><table:table-cell office:value-type="float" office:value="9"><text:p>9</text:p>'
        '</table:table-cell></table:table-row>' + end_of_first)])
    rewrite(values, os.path.join(HERE, "hostile-beyond-columns.ods"), replace=[(end_of_first,
        '<table:table-row><table:table-cell table:number-columns-repeated="16383"/><table:table-cell '
        'office:value-type="float" office:value="1" table:number-columns-repeated="2"><text:p>1</text:p>'
        '</table:table-cell></table:table-row>' + end_of_first)])
    rewrite(values, os.path.join(HERE, "hostile-bad-value.ods"),
            replace=[('office:value="1234.5"', 'office:value="1234,5"')])
    # Constructs LibreOffice normalises away on import, written as other producers do.
    rewrite(values, os.path.join(HERE, "text-and-repeats.ods"), replace=[
        ('<text:p>a <text:s text:c="2"/>bcd</text:p>',
         '<text:p>\n  a<text:s text:c="3"/>b<text:tab/>c<text:line-break/>d \n  e</text:p>'),
        (end_of_first,
         '<table:table-row table:number-rows-repeated="3"><table:table-cell office:value-type="float" '
         'office:value="5" table:number-columns-repeated="2" table:number-columns-spanned="1"><text:p>5</text:p>'
         '</table:table-cell><table:table-cell table:number-columns-spanned="2"/></table:table-row>'
         '<table:table-row><table:table-cell office:value-type="string" office:string-value="từ thuộc tính">'
         '<text:p>hiển thị</text:p></table:table-cell><table:table-cell><text:p>không kiểu</text:p></table:table-cell>'
         '<table:table-cell table:formula="msoxl:=A1" office:value-type="float" office:value="1"/></table:table-row>'
         + end_of_first)])
    # For the opening skim: references in names, and shapes it must leave to libxml2.
    rewrite(values, os.path.join(HERE, "skim-entities.ods"), replace=[
        ('table:name="Cuối"', 'table:name="Cu&#7889;i &amp; &#x48;&#x1EBF;t\t&quot;A&quot;"'),
        ('table:formula="of:=1/0"', 'table:formula="of:=&quot;a&quot;&amp;&quot;&#38;b&quot;"')])
    rewrite(values, os.path.join(HERE, "skim-fallback.ods"), replace=[
        ('<table:table table:name="Giá trị"',
         '<!-- <table:table table:name="Giả"> --><table:table xmlns:x="urn:example" table:name="Giá trị"')])
    # For the read of a return's cells, which parses content.xml from its first sheet: the table
    # namespace bound to a second prefix (the skim leaves such a file to the full scan), a
    # duplicated attribute on office:spreadsheet (its line must be the part's own) and
    # mismatched end tags before the first sheet (refused as by a full read).
    rewrite(values, os.path.join(HERE, "skim-alias-prefix.ods"), replace=[
        ('office:version="1.3">', 'office:version="1.3" xmlns:t="urn:oasis:names:tc:opendocument:xmlns:table:1.0">'),
        (end_of_first, '</table:table><t:table t:name="Extra"><t:table-row><t:table-cell office:value-type="float" '
         'office:value="42"><text:p>42</text:p></t:table-cell></t:table-row></t:table><table:table table:name="Ẩn"')])
    # The same with the table namespace spelt through a character reference (`1&#46;0`).
    rewrite(values, os.path.join(HERE, "skim-alias-escaped.ods"), replace=[
        ('office:version="1.3">', 'office:version="1.3" xmlns:t="urn:oasis:names:tc:opendocument:xmlns:table:1&#46;0">'),
        (end_of_first, '</table:table><t:table t:name="Extra"><t:table-row><t:table-cell office:value-type="float" '
         'office:value="42"><text:p>42</text:p></t:table-cell></t:table-row></t:table><table:table table:name="Ẩn"')])
    gnumeric = os.path.join(HERE, "gnumeric.ods")
    rewrite(gnumeric, os.path.join(HERE, "hostile-head-attribute.ods"), replace=[
        ('<office:spreadsheet>', '<office:spreadsheet table:structure-protected="false" table:structure-protected="true">')])
    rewrite(gnumeric, os.path.join(HERE, "hostile-before-sheets.ods"), replace=[
        ('</table:calculation-settings>\n', '</table:calculation-settings>\n      <table:label-ranges></table:named-expressions>\n')])
    rewrite(values, os.path.join(HERE, "hostile-text-mimetype.ods"),
            mimetype="application/vnd.oasis.opendocument.text")
    rewrite(values, os.path.join(HERE, "template.ots"),
            mimetype="application/vnd.oasis.opendocument.spreadsheet-template")
    rewrite(values, os.path.join(HERE, "hostile-no-content.ods"), drop=("content.xml",))
    rewrite(values, os.path.join(HERE, "no-mimetype.ods"), drop=("mimetype",))
    rewrite(values, os.path.join(HERE, "hostile-doctype.ods"),
            replace=[("?>", '?><!DOCTYPE office:document-content [<!ENTITY a "aaaaaaaaaa">]>')])
    with zipfile.ZipFile(values) as z:
        text = z.read("content.xml").decode()
    body = text[text.index("<office:body>"):text.index("</office:body>") + len("</office:body>")]
    rewrite(values, os.path.join(HERE, "hostile-text-body.ods"), drop=("mimetype",),
            replace=[(body, "<office:body><office:text><text:p>Công văn</text:p></office:text></office:body>")])
    shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
