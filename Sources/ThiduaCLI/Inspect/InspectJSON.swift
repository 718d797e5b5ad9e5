import Spreadsheet

/// `inspect --format json`, streamed row by row.
enum InspectJSON {
    static func run(_ book: WorkbookReader, sheets: [Int], into out: inout OutputBuffer) throws {
        try out.write("{\"sheets\":[")
        for (n, index) in sheets.enumerated() {
            let info = book.sheets[index]
            if n > 0 { try out.write(",") }
            try out.write("{\"name\":\(JSONText.quote(info.name)),\"state\":\"\(info.state.rawValue)\",\"rows\":[")
            let rows = try book.rows(sheet: index)
            var nextRow = 0
            while let row = try rows.nextRow() {
                // Rows are counted from A1: each empty row before this one is an empty list
                // (all its cells trailing, hence omitted).
                while nextRow < row.index {
                    try out.write(nextRow == 0 ? "[]" : ",[]")
                    nextRow += 1
                }
                try out.write(nextRow == 0 ? "[" : ",[")
                var column = 0
                for cell in row.cells {
                    while column < cell.column {
                        try out.write(column == 0 ? "null" : ",null")
                        column += 1
                    }
                    if column > 0 { try out.write(",") }
                    try out.write(JSONText.value(cell.value))
                    column += 1
                }
                try out.write("]")
                nextRow = row.index + 1
            }
            try out.write("]}")
        }
        try out.write("]}\n")
    }
}
