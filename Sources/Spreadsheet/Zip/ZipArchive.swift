/// Placeholder: the ZIP reader (central directory, ZIP64, stored/deflate, CRC, limits).
final class ZipArchive {
    let fileName: String
    init(source: any ByteSource, fileName: String, limits: ReadLimits) throws {
        self.fileName = fileName
        throw SpreadsheetError(.unknownFormat, vi: "Chưa hỗ trợ", en: "not yet supported")
    }
}
