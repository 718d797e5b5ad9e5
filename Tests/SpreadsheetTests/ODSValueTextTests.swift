import Testing
@testable import Spreadsheet

/// The byte-level decoders of ODF attribute values (numbers: `XMLNumberTests`).
@Suite("ODS value text")
struct ODSValueTextTests {
    static func duration(_ s: String) -> Double? {
        Array(s.utf8).withUnsafeBufferPointer { ODSTemporalText.durationSeconds($0) }
    }

    static func date(_ s: String) -> CellValue? {
        Array(s.utf8).withUnsafeBufferPointer { ISODateText.parse($0, .xsd) }
    }

    @Test func decodesDurations() {
        #expect(Self.duration("PT12H30M00S") == 45_000)
        #expect(Self.duration("PT36H") == 129_600)
        #expect(Self.duration("P1DT2H") == 93_600)
        #expect(Self.duration("-PT01H30M00.5S") == -5400.5)
        #expect(Self.duration("PT0,25S") == 0.25)
        #expect(Self.duration("PT1.5M") == 90)
        for bad in ["", "P", "PT", "12:30", "P1Y", "P1M", "PT1D", "P1H", "PTT1H", "PT1H2"] {
            #expect(Self.duration(bad) == nil, "\(bad)")
        }
    }

    @Test func decodesDatesAndDateTimes() {
        let d = CivilDate(year: 2024, month: 2, day: 29)
        #expect(Self.date("2024-02-29") == .date(d))
        #expect(Self.date("2024-02-29T00:00:00") == .dateTime(CivilDateTime(date: d, time: TimeOfDay(seconds: 0))))
        #expect(Self.date("2024-02-29T23:59:59.125") == .dateTime(CivilDateTime(date: d, time: TimeOfDay(seconds: 86_399.125))))
        #expect(Self.date("2024-02-29T08:00:00Z") == .dateTime(CivilDateTime(date: d, time: TimeOfDay(hour: 8, minute: 0))))
        #expect(Self.date("2024-02-29T08:00:00+07:00") == .dateTime(CivilDateTime(date: d, time: TimeOfDay(hour: 8, minute: 0))))
        #expect(Self.date("12024-01-01") == .date(CivilDate(year: 12024, month: 1, day: 1)))
        #expect(Self.date("2016-12-31T23:59:60") == .dateTime(CivilDateTime(date: CivilDate(year: 2016, month: 12, day: 31), time: TimeOfDay(seconds: 86_400))))
        for bad in ["", "2023-02-29", "2024-13-01", "2024-1-01", "29/02/2024", "2024-02-29T24:00:00", "2024-02-29T08:00",
                    "2024-02-29 08:00:00", "2024-02-29T08:00:00,5", "2024-02-29T08:00:00+7", "2024-02-29T08:00:00Zx", "08:00:00"] {
            #expect(Self.date(bad) == nil, "\(bad)")
        }
    }

    @Test func stripsFormulaPrefixes() {
        #expect(ODSFormulaText.strip("of:=SUM([.A1:.A3])") == "SUM([.A1:.A3])")
        #expect(ODSFormulaText.strip("=A1") == "A1")
        #expect(ODSFormulaText.strip("msoxl:=A1") == "msoxl:=A1")
    }
}
