/* The write benchmark's cells written by libxlsxwriter in constant_memory mode.
 * build: gcc -O2 -o libxlsxwriter_bench libxlsxwriter_bench.c -lxlsxwriter
 * usage: libxlsxwriter_bench OUT.xlsx [ROWS] */
#include <stdio.h>
#include <stdlib.h>
#include <xlsxwriter.h>

static const char *wards[] = {"Dịch Vọng", "Dịch Vọng Hậu", "Mai Dịch", "Nghĩa Đô", "Nghĩa Tân", "Quan Hoa", "Trung Hòa",
                              "Yên Hòa", "Cầu Giấy", "Xuân Thủy", "Hoàng Quốc Việt", "Trần Duy Hưng", "Phạm Văn Đồng",
                              "Nguyễn Phong Sắc"};
static const char *grades[] = {"Xuất sắc", "Tốt", "Khá", "Trung bình", "Chưa đạt"};
static const char *titles[] = {"Phường", "Hồ sơ", "STT", "Điểm", "Ngày nộp", "Đạt", "Hệ số", "Xếp loại", "Ngày duyệt",
                               "Tổng", "Đã duyệt", "Ghi chú"};

int main(int argc, char **argv) {
    const char *out = argc > 1 ? argv[1] : "/tmp/libxlsxwriter-bench.xlsx";
    long rows = argc > 2 ? atol(argv[2]) : 200000;
    lxw_workbook_options options = {.constant_memory = LXW_TRUE, .tmpdir = NULL};
    lxw_workbook *wb = workbook_new_opt(out, &options);
    lxw_worksheet *ws = workbook_add_worksheet(wb, "Dữ liệu");
    lxw_format *bold = workbook_add_format(wb);
    format_set_bold(bold);
    lxw_format *date = workbook_add_format(wb);
    format_set_num_format(date, "dd/mm/yyyy");
    worksheet_freeze_panes(ws, 1, 0);
    for (int c = 0; c < 12; c++) worksheet_write_string(ws, 0, c, titles[c], bold);
    /* Serial of 2020-01-01 in the 1900 date system. */
    const double epoch = 43831;
    char text[64];
    for (long r = 0; r < rows; r++) {
        lxw_row_t row = (lxw_row_t)(r + 1);
        double d = (double)r;
        snprintf(text, sizeof text, "Phường %s", wards[r % 14]);
        worksheet_write_string(ws, row, 0, text, NULL);
        snprintf(text, sizeof text, "Hồ sơ số %ld", r);
        worksheet_write_string(ws, row, 1, text, NULL);
        worksheet_write_number(ws, row, 2, d + 1, NULL);
        worksheet_write_number(ws, row, 3, d * 0.37, NULL);
        worksheet_write_number(ws, row, 4, epoch + r % 3650, date);
        worksheet_write_boolean(ws, row, 5, r % 2 == 0, NULL);
        worksheet_write_number(ws, row, 6, (double)(r % 1000) / 7, NULL);
        worksheet_write_string(ws, row, 7, grades[r % 5], NULL);
        worksheet_write_number(ws, row, 8, epoch + (r * 7) % 3650, date);
        worksheet_write_number(ws, row, 9, d * 1.5, NULL);
        worksheet_write_boolean(ws, row, 10, r % 3 == 0, NULL);
        snprintf(text, sizeof text, "Ghi chú %ld", r % 100);
        worksheet_write_string(ws, row, 11, text, NULL);
    }
    lxw_error err = workbook_close(wb);
    if (err) {
        fprintf(stderr, "libxlsxwriter: %s\n", lxw_strerror(err));
        return 1;
    }
    return 0;
}
