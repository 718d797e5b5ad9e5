/// The `<dataValidation>` elements of a worksheet.
enum DataValidationXML {
    static func write(_ v: DataValidation, into x: inout XMLBuffer) {
        x.raw("<dataValidation type=\"")
        let comparison: DataValidation.Comparison?
        switch v.rule {
        case .list, .listRange:
            x.raw("list")
            comparison = nil
        case .whole(let c):
            x.raw("whole")
            comparison = c
        case .decimal(let c):
            x.raw("decimal")
            comparison = c
        }
        x.raw("\"")
        if let comparison { op(comparison, &x) }
        if v.allowBlank { x.raw(" allowBlank=\"1\"") }
        // Without showErrorMessage the programs accept any input: a rule with no message of
        // its own still refuses bad values, with the program's standard alert.
        x.raw(" showInputMessage=\"1\" showErrorMessage=\"1\"")
        if let e = v.error {
            x.raw(" errorTitle=\"")
            x.ooxmlText(e.title, attribute: true)
            x.raw("\" error=\"")
            x.ooxmlText(e.text, attribute: true)
            x.raw("\"")
        }
        if let i = v.input {
            x.raw(" promptTitle=\"")
            x.ooxmlText(i.title, attribute: true)
            x.raw("\" prompt=\"")
            x.ooxmlText(i.text, attribute: true)
            x.raw("\"")
        }
        x.raw(" sqref=\"")
        x.raw(v.ranges.map(\.description).joined(separator: " "))
        x.raw("\">")
        switch v.rule {
        case .list(let items):
            x.raw("<formula1>\"")
            // A quote inside the list is doubled, as in any formula string.
            x.ooxmlText(items.map { String($0.flatMap { $0 == "\"" ? ["\"", "\""] : [$0] }) }.joined(separator: ","))
            x.raw("\"</formula1>")
        case .listRange(let formula):
            x.raw("<formula1>")
            x.ooxmlText(formula.hasPrefix("=") ? String(formula.dropFirst()) : formula)
            x.raw("</formula1>")
        case .whole(let c), .decimal(let c):
            let (a, b) = bounds(c)
            x.raw("<formula1>")
            x.number(a)
            x.raw("</formula1>")
            if let b {
                x.raw("<formula2>")
                x.number(b)
                x.raw("</formula2>")
            }
        }
        x.raw("</dataValidation>")
    }

    private static func op(_ c: DataValidation.Comparison, _ x: inout XMLBuffer) {
        switch c {
        case .between: return  // the default operator
        case .notBetween: x.raw(" operator=\"notBetween\"")
        case .equal: x.raw(" operator=\"equal\"")
        case .notEqual: x.raw(" operator=\"notEqual\"")
        case .greaterThan: x.raw(" operator=\"greaterThan\"")
        case .lessThan: x.raw(" operator=\"lessThan\"")
        case .greaterThanOrEqual: x.raw(" operator=\"greaterThanOrEqual\"")
        case .lessThanOrEqual: x.raw(" operator=\"lessThanOrEqual\"")
        }
    }

    static func bounds(_ c: DataValidation.Comparison) -> (Double, Double?) {
        switch c {
        case .between(let a, let b), .notBetween(let a, let b): (a, b)
        case .equal(let a), .notEqual(let a), .greaterThan(let a), .lessThan(let a),
             .greaterThanOrEqual(let a), .lessThanOrEqual(let a): (a, nil)
        }
    }
}
