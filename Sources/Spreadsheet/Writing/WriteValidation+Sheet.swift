/// Checks of a sheet's setup and finish, before anything reaches the file.
extension WriteValidation {
    static func checkSetup(_ setup: SheetSetup, existing: [String], styles: StyleTable) throws {
        try checkSheetName(setup.name, existing: existing)
        let sheet = setup.name
        func invalid(_ vi: String, _ en: String) -> SpreadsheetError {
            WriteErrors.invalid(vi: vi, en: en, sheet: sheet)
        }
        var previousLast = -1
        for c in setup.columns {
            guard c.first > previousLast, c.first <= c.last, c.last < CellReference.maxColumns else {
                throw invalid("Các nhóm cột phải tăng dần, không chồng nhau và nằm trong bảng tính.",
                              "Column runs must be ascending, not overlapping and within the grid.")
            }
            if let w = c.width, !(w >= 0 && w <= 255) {
                throw invalid("Độ rộng cột phải từ 0 đến 255 ký tự.", "A column width must be from 0 to 255 characters.")
            }
            if let s = c.style, !styles.contains(s) {
                throw invalid("Kiểu định dạng cột không thuộc tệp này.", "A column's style handle belongs to another writer.")
            }
            previousLast = c.last
        }
        if let h = setup.defaultRowHeight, !(h > 0 && h <= 409) {
            throw invalid("Chiều cao dòng mặc định phải từ 0 đến 409 điểm.", "The default row height must be from 0 to 409 points.")
        }
        if let f = setup.frozen {
            guard f.rows >= 0, f.columns >= 0, f.rows < CellReference.maxRows, f.columns < CellReference.maxColumns else {
                throw invalid("Vùng cố định nằm ngoài bảng tính.", "The frozen panes lie outside the grid.")
            }
        }
        if let rows = setup.print?.repeatedRows {
            guard rows.lowerBound >= 0, rows.upperBound < CellReference.maxRows else {
                throw invalid("Các dòng lặp lại khi in nằm ngoài bảng tính.", "The rows repeated on each page lie outside the grid.")
            }
        }
        if let m = setup.print?.margins {
            let all = [m.left, m.right, m.top, m.bottom, m.header, m.footer]
            guard all.allSatisfy({ $0 >= 0 && $0 < 50 }) else {
                throw invalid("Lề trang không hợp lệ.", "Invalid page margins.")
            }
        }
        try checkMergesAndValidations(merges: setup.mergedRanges, validations: setup.validations, sheet: sheet)
        if let hash = setup.protection?.passwordHash {
            guard hash.count == 4, hash.utf8.allSatisfy(HexDigit.isHex) else {
                throw invalid("Mã băm mật khẩu phải gồm 4 chữ số hệ 16.", "The password hash must be 4 hexadecimal digits.")
            }
        }
    }

    static func checkFinish(_ finish: SheetFinish, sheet: String) throws {
        try checkMergesAndValidations(merges: finish.mergedRanges, validations: finish.validations, sheet: sheet)
        if finish.charts.contains(where: { $0.series.isEmpty }) {
            throw WriteErrors.invalid(vi: "Biểu đồ cần ít nhất một dãy số liệu.", en: "A chart needs at least one data series.", sheet: sheet)
        }
    }

    static func checkMergesAndValidations(merges: [CellRange], validations: [DataValidation], sheet: String) throws {
        func invalid(_ vi: String, _ en: String) -> SpreadsheetError {
            WriteErrors.invalid(vi: vi, en: en, sheet: sheet)
        }
        for m in merges where m.start == m.end {
            throw invalid("Vùng gộp \(m) chỉ có một ô.", "The merged range \(m) is a single cell.")
        }
        if let (a, b) = firstOverlap(merges) {
            throw invalid("Hai vùng gộp \(a) và \(b) chồng lên nhau.", "The merged ranges \(a) and \(b) overlap.")
        }
        for v in validations {
            if v.ranges.isEmpty {
                throw invalid("Quy tắc nhập liệu không có vùng áp dụng.", "A data validation has no range.")
            }
            if case .list(let items) = v.rule {
                if items.isEmpty || items.contains(where: { $0.contains(",") }) {
                    throw invalid("Danh sách chọn phải có mục và không mục nào chứa dấu phẩy.",
                                  "A drop-down list needs items, none containing a comma.")
                }
                if items.joined(separator: ",").utf16.count > 255 {
                    throw invalid("Danh sách chọn dài quá 255 ký tự; hãy dùng một vùng ô làm nguồn.",
                                  "The drop-down list is longer than 255 characters; use a range of cells as its source.")
                }
            }
            for m in [v.input, v.error].compactMap({ $0 }) {
                if m.title.utf16.count > 32 || m.text.utf16.count > 255 {
                    throw invalid("Tiêu đề thông báo tối đa 32 ký tự, nội dung tối đa 255 ký tự.",
                                  "A message title holds at most 32 characters and its text at most 255.")
                }
            }
        }
    }

    /// Two ranges that share a cell, found by a sweep down the rows in O(n log n) (a sheet may
    /// hold a million merges; comparing each with every earlier one never ended).
    ///
    /// Ranges are taken in order of their first row. The ranges still open at that row all
    /// contain it, so if none overlapped so far their column spans are disjoint: they are kept
    /// sorted by first column, and a new range only needs comparing with its neighbours.
    static func firstOverlap(_ ranges: [CellRange]) -> (CellRange, CellRange)? {
        let order = ranges.indices.sorted { ranges[$0].start.row < ranges[$1].start.row }
        var open: [Int] = []          // indices into `ranges`, sorted by first column
        var closing = MinHeap()       // (last row, index) of the open ranges
        for i in order {
            let r = ranges[i]
            while let (lastRow, j) = closing.peek, lastRow < r.start.row {
                closing.pop()
                if let k = position(of: j, in: open, ranges) { open.remove(at: k) }
            }
            // The first open range starting after r's first column, and the one before it.
            var lo = 0, hi = open.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if ranges[open[mid]].start.column <= r.start.column { lo = mid + 1 } else { hi = mid }
            }
            // The pair in the order given (the earlier one first).
            func pair(_ j: Int) -> (CellRange, CellRange) { (ranges[min(i, j)], ranges[max(i, j)]) }
            if lo > 0, ranges[open[lo - 1]].end.column >= r.start.column { return pair(open[lo - 1]) }
            if lo < open.count, ranges[open[lo]].start.column <= r.end.column { return pair(open[lo]) }
            open.insert(i, at: lo)
            closing.push((r.end.row, i))
        }
        return nil
    }

    private static func position(of index: Int, in open: [Int], _ ranges: [CellRange]) -> Int? {
        let column = ranges[index].start.column
        var lo = 0, hi = open.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if ranges[open[mid]].start.column < column { lo = mid + 1 } else { hi = mid }
        }
        return lo < open.count && open[lo] == index ? lo : nil
    }

}

enum HexDigit {
    static func isHex(_ b: UInt8) -> Bool {
        (b >= 48 && b <= 57) || (b >= 65 && b <= 70) || (b >= 97 && b <= 102)
    }
}

/// A binary min-heap of (row, index) pairs, for the overlap sweep.
struct MinHeap {
    private var items: [(Int, Int)] = []

    var peek: (Int, Int)? { items.first }

    mutating func push(_ item: (Int, Int)) {
        items.append(item)
        var i = items.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            guard items[i] < items[parent] else { break }
            items.swapAt(i, parent)
            i = parent
        }
    }

    mutating func pop() {
        guard !items.isEmpty else { return }
        items.swapAt(0, items.count - 1)
        items.removeLast()
        var i = 0
        while true {
            let l = 2 * i + 1, r = l + 1
            var smallest = i
            if l < items.count, items[l] < items[smallest] { smallest = l }
            if r < items.count, items[r] < items[smallest] { smallest = r }
            if smallest == i { return }
            items.swapAt(i, smallest)
            i = smallest
        }
    }
}
