/// The container errors, worded once for every caller.
enum ZipErrors {
    static func truncated(_ zip: ZipArchive, entry: ZipEntry? = nil, detail: String) -> SpreadsheetError {
        SpreadsheetError(.zipTruncated,
            vi: "Tệp bị cắt cụt hoặc chưa tải xong (cấu trúc ZIP không đầy đủ). Hãy lưu và gửi lại tệp.",
            en: "The file is truncated or was not fully downloaded (incomplete ZIP structure). Save and send the file again.",
            at: zip.location(entry), underlying: detail)
    }

    static func corrupt(_ zip: ZipArchive, entry: ZipEntry? = nil, detail: String) -> SpreadsheetError {
        SpreadsheetError(.zipCorrupt,
            vi: "Tệp bị hỏng (cấu trúc ZIP sai). Hãy mở bằng chương trình bảng tính, lưu lại và gửi lại.",
            en: "The file is damaged (invalid ZIP structure). Open it in a spreadsheet program, save it and send it again.",
            at: zip.location(entry), underlying: detail)
    }

    static func entryTooLarge(_ entry: ZipEntry, limit: Int, in zip: ZipArchive) -> SpreadsheetError {
        SpreadsheetError(.zipEntryTooLarge,
            vi: "Một phần của tệp giải nén ra quá lớn (giới hạn \(limit) byte); có thể là tệp độc hại (bom nén).",
            en: "A part of the file inflates beyond the limit of \(limit) bytes; it may be a decompression bomb.",
            at: zip.location(entry))
    }

    static func bomb(_ entry: ZipEntry, ratio: Int, in zip: ZipArchive) -> SpreadsheetError {
        SpreadsheetError(.zipBomb,
            vi: "Một phần của tệp có tỉ lệ nén bất thường (trên \(ratio):1); có thể là tệp độc hại (bom nén), không đọc.",
            en: "A part of the file has an abnormal compression ratio (over \(ratio):1); it may be a decompression bomb and was not read.",
            at: zip.location(entry))
    }
}
