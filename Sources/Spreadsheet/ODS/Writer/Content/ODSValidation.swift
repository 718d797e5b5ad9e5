/// A data validation as a `table:content-validation`, named `valN` for the cells to refer to.
struct ODSValidation {
    var number: Int
    var sheet: String
    var validation: DataValidation

    func write(into x: inout XMLBuffer) {
        let v = validation
        x.raw("<table:content-validation table:name=\"val")
        x.int(number)
        x.raw("\" table:condition=\"")
        x.text(condition, attribute: true)
        x.raw(v.allowBlank ? "\" table:allow-empty-cell=\"true\"" : "\" table:allow-empty-cell=\"false\"")
        switch v.rule {
        case .list, .listRange: x.raw(" table:display-list=\"unsorted\"")
        case .whole, .decimal: break
        }
        x.raw(" table:base-cell-address=\"")
        x.text(ODSFormula.quoteSheet(sheet) + "." + (v.ranges.first?.start.description ?? "A1"), attribute: true)
        x.raw("\">")
        if let input = v.input {
            x.raw("<table:help-message table:title=\"")
            x.text(input.title, attribute: true)
            x.raw("\" table:display=\"true\">")
            x.odfParagraphs(input.text)
            x.raw("</table:help-message>")
        }
        // Shown and "stop" even without a message of its own, as the XLSX writer does: without
        // it the programs accept any input; with it a bad value is refused with their standard alert.
        x.raw("<table:error-message table:message-type=\"stop\"")
        if let error = v.error {
            x.raw(" table:title=\"")
            x.text(error.title, attribute: true)
            x.raw("\" table:display=\"true\">")
            x.odfParagraphs(error.text)
            x.raw("</table:error-message>")
        } else {
            x.raw(" table:display=\"true\"/>")
        }
        x.raw("</table:content-validation>")
    }

    /// The condition in the syntax of ODF 1.2 §19.618 as LibreOffice writes it: `;` between
    /// list items, `,` between a range's bounds.
    var condition: String {
        switch validation.rule {
        case .list(let items):
            let quoted = items.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
            return "of:cell-content-is-in-list(" + quoted.joined(separator: ";") + ")"
        case .listRange(let formula):
            return "of:cell-content-is-in-list(" + ODSFormula.convert(formula).dropFirst(4) + ")"
        case .whole(let c):
            return "of:cell-content-is-whole-number() and " + ODSValidation.comparison(c)
        case .decimal(let c):
            return "of:cell-content-is-decimal-number() and " + ODSValidation.comparison(c)
        }
    }

    static func comparison(_ c: DataValidation.Comparison) -> String {
        func n(_ d: Double) -> String { CanonicalNumberText.string(d) ?? "0" }
        switch c {
        case .between(let a, let b): return "cell-content-is-between(\(n(a)),\(n(b)))"
        case .notBetween(let a, let b): return "cell-content-is-not-between(\(n(a)),\(n(b)))"
        case .equal(let a): return "cell-content()=\(n(a))"
        case .notEqual(let a): return "cell-content()!=\(n(a))"
        case .greaterThan(let a): return "cell-content()>\(n(a))"
        case .lessThan(let a): return "cell-content()<\(n(a))"
        case .greaterThanOrEqual(let a): return "cell-content()>=\(n(a))"
        case .lessThanOrEqual(let a): return "cell-content()<=\(n(a))"
        }
    }
}
