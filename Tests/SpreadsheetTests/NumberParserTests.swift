import Foundation
import Testing
@testable import Spreadsheet

@Suite struct NumberParserTests {
    let canonical = NumberParser.canonical
    let vietnamese = NumberParser(style: .vietnamese)
    let english = NumberParser(style: .english)
    let spaced = NumberParser(style: .human(decimal: UInt8(ascii: ","), grouping: UInt8(ascii: " ")))

    @Test func canonicalNumbers() {
        let cases: [(String, Double)] = [
            ("0", 0), ("7", 7), ("-12", -12), ("3.25", 3.25), ("-0.5", -0.5), ("0.1", 0.1),
            ("1e3", 1000), ("1E3", 1000), ("2.5e-3", 0.0025), ("1.5E+10", 1.5e10), ("0.000", 0),
            ("123456789012345", 123456789012345), ("9007199254740993", 9007199254740992),
            ("0.30000000000000004", 0.30000000000000004),
            ("123456789012345678901234567890", 1.2345678901234568e29),
            ("1e-400", 0), ("0e99999999999999999999", 0), ("1.7976931348623157e308", .greatestFiniteMagnitude),
        ]
        for (text, value) in cases {
            let parsed = canonical.parse(text)
            #expect(parsed?.value == value, "\(text)")
            #expect(parsed?.isPercent == false)
            #expect(parsed?.hadGrouping == false)
        }
    }

    @Test func negativeZeroKeepsItsSign() throws {
        let zero = try #require(canonical.parse("-0")).value
        #expect(zero == 0)
        #expect(zero.sign == .minus)
    }

    @Test func canonicalRejectsEverythingElse() {
        let rejected = [
            "", "-", "+5", " 5", "5 ", "00157", "01.5", "-01", "1.", ".5", "1e", "1e+", "e5", "1.2.3",
            "1,5", "1 000", "5%", "0x10", "1_000", "nan", "NaN", "inf", "-inf", "Infinity", "1e400",
            "-1e400", "1e99999999999999999999", "１２", "12a", "--1", "1-", "١٢",
        ]
        for text in rejected { #expect(canonical.parse(text) == nil, "\(text)") }
    }

    @Test func parsesRawBytes() {
        let bytes = Array("-42.5".utf8)
        let value = bytes.withUnsafeBufferPointer { canonical.parse(bytes: $0)?.value }
        #expect(value == -42.5)
        let slice = "x 12,5% y".dropFirst(2).dropLast(2)
        #expect(vietnamese.parse(slice)?.value == 12.5)
    }

    @Test func vietnameseStyle() throws {
        let grouped = try #require(vietnamese.parse("1.234,5"))
        #expect(grouped.value == 1234.5)
        #expect(grouped.hadGrouping)
        #expect(grouped.groupingMark == UInt8(ascii: "."))
        #expect(grouped.decimalMark == UInt8(ascii: ","))
        #expect(!grouped.isPercent && !grouped.hadSurroundingSpace && !grouped.hadPlusSign)

        let percent = try #require(vietnamese.parse("12,5%"))
        #expect(percent.value == 12.5 && percent.isPercent && !percent.hadGrouping)
        #expect(vietnamese.parse("12,5 %")?.isPercent == true)

        let padded = try #require(vietnamese.parse("  +7 "))
        #expect(padded.value == 7 && padded.hadPlusSign && padded.hadSurroundingSpace)
        #expect(vietnamese.parse("\u{00A0}3,5\u{00A0}")?.hadSurroundingSpace == true)

        #expect(vietnamese.parse("1.234.567,89")?.value == 1234567.89)
        #expect(vietnamese.parse("-1.234")?.value == -1234)
        #expect(vietnamese.parse("1234,5")?.value == 1234.5)
        #expect(vietnamese.parse("1,5e3")?.value == 1500)

        let leading = try #require(vietnamese.parse(",5"))
        #expect(leading.value == 0.5 && leading.hadNonCanonicalDigits)
        #expect(vietnamese.parse("007")?.value == 7)
        #expect(vietnamese.parse("007")?.hadNonCanonicalDigits == true)
        #expect(vietnamese.parse("0,5")?.hadNonCanonicalDigits == false)
    }

    @Test func englishStyle() throws {
        let grouped = try #require(english.parse("1,234.5"))
        #expect(grouped.value == 1234.5 && grouped.groupingMark == UInt8(ascii: ","))
        #expect(english.parse("-12,345,678")?.value == -12345678)
        #expect(english.parse("99.9%")?.isPercent == true)
    }

    @Test func spaceGrouping() {
        for text in ["1 234,5", "1\u{00A0}234,5", "1\u{202F}234,5", "1\u{2009}234,5"] {
            let parsed = spaced.parse(text)
            #expect(parsed?.value == 1234.5, "\(text.unicodeScalars.map(\.value))")
            #expect(parsed?.groupingMark == UInt8(ascii: " "))
        }
        #expect(spaced.parse("12 345 678")?.value == 12345678)
        #expect(spaced.parse("1 23") == nil)
    }

    @Test func humanRejectsGarbage() {
        let rejected = [
            "", " ", "%", "+", "-", "abc", "1.23,4", "1.2345", "12.34.5", "1,2,3", "5,", "1.234,",
            ",", "1..234", ".234", "0.123", "01.234", "1,5,", "1,5%%", "% 5", "1e", "1,5e", "nan", "inf",
            "1e400", "12 a", "1.234 ,5", "1;5", "½",
        ]
        for text in rejected { #expect(vietnamese.parse(text) == nil, "\(text)") }
        #expect(NumberParser(style: .human(decimal: UInt8(ascii: ","), grouping: UInt8(ascii: ","))).parse("1,5") == nil)
    }

    @Test func detectsTheConventionOnlyWhenUnambiguous() {
        let decided: [(String, Double, Bool)] = [
            ("1.234,5", 1234.5, false), ("1,234.5", 1234.5, false), ("12,5%", 12.5, true),
            ("1,5", 1.5, false), ("0,123", 0.123, false), ("1.234.567", 1234567, false),
            ("1,234,567", 1234567, false), ("1 234,5", 1234.5, false), ("1 234.5", 1234.5, false),
            ("1 234", 1234, false), ("1234", 1234, false), ("1234.5", 1234.5, false), ("-7", -7, false),
            (" 99,9 % ", 99.9, true), ("0.5", 0.5, false),
        ]
        for (text, value, percent) in decided {
            let parsed = NumberParser.detectHuman(text)
            #expect(parsed?.value == value, "\(text)")
            #expect(parsed?.isPercent == percent, "\(text)")
        }
        for text in ["1.234", "12,345", "-1,000", "abc", "", "1.234,5.6"] {
            #expect(NumberParser.detectHuman(text) == nil, "\(text)")
        }
    }
}

@Suite struct CanonicalNumberTextTests {
    @Test func shortestRoundTrip() {
        let cases: [(Double, String)] = [
            (0, "0"), (-0.0, "-0"), (1, "1"), (-42, "-42"), (0.1, "0.1"), (1.0 / 3, "0.3333333333333333"),
            (1e-6, "0.000001"), (-2.5e-6, "-0.0000025"), (1e-4, "0.0001"), (1e15, "1000000000000000"),
            (9.5e14, "950000000000000"), (1e16, "1e+16"), (9.999e-7, "9.999e-07"), (.leastNonzeroMagnitude, "5e-324"),
            (.greatestFiniteMagnitude, "1.7976931348623157e+308"),
        ]
        for (value, text) in cases {
            #expect(CanonicalNumberText.string(value) == text)
            #expect(NumberParser.canonical.parse(text)?.value == value, "\(text)")
        }
        #expect(CanonicalNumberText.string(.nan) == nil)
        #expect(CanonicalNumberText.string(-.infinity) == nil)
    }

    @Test func wholeNumbersMadeDirectlyAreTheDescribedOnes() {
        var values: [Double] = Array(-2_000...100_000).map(Double.init) + [-0.0, 0.5, -0.5, 1e15, 2e15, 1e15 + 1]
        for e in 0...16 { values += [pow(10, Double(e)), -pow(10, Double(e)), pow(10, Double(e)) - 1, pow(2, Double(e * 3 + 5))] }
        let limit = 9_007_199_254_740_992.0   // 2^53
        values += [limit - 1, limit, limit + 2, -(limit - 1), -limit, limit.nextDown, 123_456_789_012_345, 4_503_599_627_370_496.5]
        for v in values {
            #expect(CanonicalNumberText.string(v) == CanonicalNumberText.described(v), "\(v)")
        }
    }

    @Test func randomValuesRoundTrip() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            let value = Double(bitPattern: generator.next() & ~(0x7FF << 52) | (UInt64.random(in: 900...1150) << 52))
            let text = CanonicalNumberText.string(value)
            #expect(text.flatMap { NumberParser.canonical.parse($0)?.value } == value, "\(value)")
        }
    }
}

/// `NumberStyle.xml`: the stored values of XLSX `<v>` and ODF `office:value`.
@Suite struct XMLNumberTests {
    func number(_ text: String) -> Double? { NumberParser(style: .xml).parse(text)?.value }

    @Test func storedValues() {
        let cases: [(String, Double)] = [
            ("42", 42), ("-0.5", -0.5), ("+7", 7), ("1234.5", 1234.5), ("0.1", 0.1), ("007", 7),
            (" 12 ", 12), ("\n\t12\r\n", 12), (".5", 0.5), ("5.", 5), ("-.5", -0.5),
            ("1E-007", 1e-7), ("4.5e3", 4500), ("-2.5E-3", -0.0025), ("1e22", 1e22), ("0e999999", 0),
            // 16 digits below 2^53 take the exact fast path; 2^53 + 1 must round to even.
            ("43101.50001157407", 43101.50001157407), ("9007199254740993", 9007199254740992),
            ("45000.520833333336", 45000.520833333336), ("0.30000000000000004", 0.30000000000000004),
            ("0.30000000000000004441", 0.30000000000000004),
            ("123456789012345678901234", 123456789012345678901234.0),
            ("1.7976931348623157e308", .greatestFiniteMagnitude),
            ("4.9406564584124654e-324", .leastNonzeroMagnitude), ("1e-400", 0),
            ("1" + String(repeating: "0", count: 300), 1e300),
        ]
        for (text, value) in cases { #expect(number(text) == value, "\(text)") }
        #expect(number("-0")?.sign == .minus)
    }

    @Test func refusesWhatIsNotANumber() {
        let rejected = [
            "", " ", "-", "+", ".", "-.", "abc", "1,5", "1e", "1e+", "e5", ".e5", "--1", "+-1", "1.2.3",
            "0x10", "inf", "INF", "-INF", "nan", "NaN", "1e999", "-1e400", "12 3", "1 e3", "5%", "１２",
        ]
        for text in rejected { #expect(number(text) == nil, "\(text)") }
    }

    @Test func convertsLikeTheStandardLibrary() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let x = Double(bitPattern: generator.next() & 0x7FEF_FFFF_FFFF_FFFF)
            let y = Double.random(in: -1e6...1e6, using: &generator)
            for value in [x, y, (y * 100).rounded() / 100] {
                let texts = [value.description, String(format: "%.17g", value), String(format: "%.16G", value),
                             String(format: "%.15g", value)]
                for text in texts { #expect(number(text) == Double(text), "\(text)") }
            }
        }
    }
}
