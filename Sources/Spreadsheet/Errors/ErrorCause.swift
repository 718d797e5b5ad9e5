/// Why a lower layer failed, as a value: callers branch on this, never on a message's words.
public enum ErrorCause: Hashable, Sendable {
    /// The operating system refused; the errno (`ENOSPC` 28, `EACCES` 13…).
    case system(errno: Int32)
    /// zlib reported damaged compressed data.
    case corruptDeflate
    /// zlib itself failed (out of memory, refused parameters).
    case zlib
    /// libxml2 found the XML malformed.
    case xmlMalformed
    /// The XML declares a DTD, which is refused.
    case xmlDTD
    /// The XML nests deeper than the limit.
    case xmlTooDeep
    /// libxml2 could not start a parser.
    case xmlParser
}

#if canImport(Glibc)
import Glibc
#endif

extension ErrorCause {
    /// What the operating system's refusal means for the user, and what to do, in their
    /// language; nil for causes without such words (the lower layer's text is shown then).
    public func reason(_ language: Language) -> String? {
        guard case .system(let errno) = self else { return nil }
        let (vi, en): (String, String)
        switch errno {
        case ENOENT: (vi, en) = ("không có tệp hay thư mục này; hãy kiểm tra lại đường dẫn", "no such file or folder; check the path")
        case EISDIR: (vi, en) = ("đây là một thư mục, không phải tệp; hãy chỉ ra một tệp", "this is a folder, not a file; name a file")
        case ENOTDIR: (vi, en) = ("một phần của đường dẫn không phải thư mục; hãy kiểm tra lại đường dẫn", "part of the path is not a folder; check the path")
        case EACCES, EPERM: (vi, en) = ("không có quyền truy cập; hãy chọn thư mục khác hoặc nhờ người quản trị máy cấp quyền", "permission denied; choose another folder or ask the machine's administrator")
        case ENOSPC, EDQUOT: (vi, en) = ("ổ đĩa đã đầy; hãy giải phóng chỗ trống rồi chạy lại", "the disk is full; free some space and run again")
        case EROFS: (vi, en) = ("ổ đĩa chỉ cho đọc; hãy ghi vào thư mục khác", "the disk is read-only; write to another folder")
        case EEXIST: (vi, en) = ("đã có tệp hay thư mục cùng tên", "a file or folder of that name exists")
        case EMFILE, ENFILE: (vi, en) = ("đang mở quá nhiều tệp cùng lúc; hãy chạy lại với ít tệp hơn", "too many files open at once; run again with fewer files")
        case ENAMETOOLONG: (vi, en) = ("tên tệp hoặc đường dẫn quá dài", "the file name or path is too long")
        case EIO: (vi, en) = ("lỗi đọc ghi của ổ đĩa; hãy thử lại hoặc chép tệp sang ổ khác", "the disk failed to read or write; try again or copy the file elsewhere")
        default: return nil
        }
        return language == .vi ? vi : en
    }
}
