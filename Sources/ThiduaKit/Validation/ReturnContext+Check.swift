extension ReturnContext {
    /// Checks what was read against the schema: presence, types, ranges, points and rules.
    mutating func check(_ result: inout WardReturn) {
        guard scan != nil else { return }
        let present = Set(result.entries.map(\.criterion))
        let criteria = schema.criteria
        // By index, copying only the criterion that is missing (its fields make the message).
        for i in criteria.indices where !present.contains(criteria[i].code) {
            let criterion = criteria[i]
            add(criterion.required ? .error : .warning, .returnMissingCriterion,
                vi: "Thiếu dòng của tiêu chí \(criterion.code) \"\(criterion.name)\". Hãy dùng biểu mẫu của quận và không xóa dòng.",
                en: "The row of criterion \(criterion.code) \"\(criterion.name)\" is missing. Use the district's form and do not delete rows.",
                at: nil, criterion: criterion.code)
        }
        for i in result.entries.indices {
            guard let position = criterionPosition(result.entries[i].criterion) else { continue }
            checkEntry(&result.entries[i], position)
        }
        checkAdjustments(result)
        checkRules(result)
    }

    /// Checks the entry of the criterion at `position`, its fields read in place
    /// (`schema.criteria[position]`; a copy retained and released a dozen of them).
    private mutating func checkEntry(_ entry: inout ReturnEntry, _ position: Int) {
        let criteria = schema.criteria
        let code = criteria[position].code
        let maxPoints = criteria[position].maxPoints
        let ref = entry.valueLocation.cell
        if entry.value == nil {
            if entry.rawValue.isEmpty && criteria[position].required {
                add(.error, .valueRequired,
                    vi: "Chưa nhập kết quả của tiêu chí \(code) \"\(criteria[position].name)\".",
                    en: "The result of criterion \(code) \"\(criteria[position].name)\" is missing.",
                    at: ref, criterion: code)
            }
        } else if let v = entry.value?.numeric, criteria[position].valueType.isNumeric {
            if let lo = criteria[position].minimum, v < lo {
                add(.error, .valueRange,
                    vi: "Kết quả \(show(v)) nhỏ hơn mức tối thiểu \(show(lo))\(unit(criteria[position])).",
                    en: "The result \(show(v)) is below the minimum \(show(lo))\(unit(criteria[position])).",
                    at: ref, criterion: code)
            }
            if let hi = criteria[position].maximum, v > hi {
                add(.error, .valueRange,
                    vi: "Kết quả \(show(v)) lớn hơn mức tối đa \(show(hi))\(unit(criteria[position])).",
                    en: "The result \(show(v)) is above the maximum \(show(hi))\(unit(criteria[position])).",
                    at: ref, criterion: code)
            }
        }
        // Points: computed from the result where the schema says how, else the ward's own.
        let pointsRef = entry.selfPointsLocation.cell
        if let p = entry.selfPoints, p < 0 || p > maxPoints + 1e-9 {
            add(.error, .pointsRange,
                vi: "Điểm tự chấm \(show(p)) phải trong khoảng 0 đến \(show(maxPoints)).",
                en: "Self-assessed points \(show(p)) must be between 0 and \(show(maxPoints)).",
                at: pointsRef, criterion: code)
        }
        if case .manual = criteria[position].scoring {
            entry.points = entry.selfPoints.map { min(max($0, 0), maxPoints) }
            if entry.selfPoints == nil, maxPoints > 0, entry.value != nil {
                add(.warning, .pointsMissing,
                    vi: "Chưa nhập điểm tự chấm của tiêu chí \(code) (chấm theo thẩm định); tạm tính 0 điểm.",
                    en: "No self-assessed points for criterion \(code) (scored on review); counted as 0 for now.",
                    at: pointsRef, criterion: code)
            }
        } else if let v = entry.value?.numeric {
            entry.points = ScoreCalculator.points(for: criteria, at: position, result: v, selfAssessed: entry.selfPoints)
            // A return made from an older form (before the points were formulas) holds the
            // officer's own figure, typed rounded to the schema's precision: a difference
            // within that rounding is no mismatch, and no warning `--reject-warnings` rejects.
            if let computed = entry.points, let own = entry.selfPoints,
               abs(computed - own) > schema.settings.pointsRoundingTolerance {
                add(.warning, .pointsMismatch,
                    vi: "Điểm tự chấm \(show(own)) khác điểm tính theo kết quả \(show(computed)); điểm tính theo kết quả được dùng.",
                    en: "Self-assessed points \(show(own)) differ from the points computed from the result, \(show(computed)); the computed points are used.",
                    at: pointsRef, criterion: code)
            }
        }
    }

    private mutating func checkAdjustments(_ result: WardReturn) {
        let settings = schema.settings
        for (code, value, cap, capCode) in [
            (ReturnFormLayout.bonusCode, result.bonus, settings.bonusCap, ErrorCode.bonusCap),
            (ReturnFormLayout.penaltyCode, result.penalty, settings.penaltyCap, ErrorCode.penaltyCap),
        ] {
            guard let v = value, v < 0 || v > cap else { continue }
            let (vi, en) = code == ReturnFormLayout.bonusCode ? ("Điểm thưởng", "Bonus points") : ("Điểm trừ", "Penalty points")
            let ref = scan?.codeRows.first { $0.code == code }.flatMap { row in
                scan?.column(.selfPoints).map { CellReference(row: row.row.index, column: $0) }
            }
            add(.error, capCode,
                vi: "\(vi) \(show(v)) phải trong khoảng 0 đến \(show(cap)).",
                en: "\(en) \(show(v)) must be between 0 and \(show(cap)).", at: ref, criterion: code)
        }
    }

    private mutating func checkRules(_ result: WardReturn) {
        // Positions, not copies of the entries; the criterion fetched only where the schema's
        // side of it is asked for.
        // Codes to positions, each entry's code read in place (`enumerated()` copied each entry).
        var entries: [String: Int] = [:]
        entries.reserveCapacity(result.entries.count)
        for i in result.entries.indices {
            let code = result.entries[i].criterion
            precondition(entries.updateValue(i, forKey: code) == nil, "two entries of criterion \(code)")
        }
        // The arrays the lookups read, taken once: reading `result.entries` inside the closure
        // copied the whole return at every lookup.
        let read = result.entries, criteria = schema.criteria
        for rule in schema.rules {
            let holds = rule.holds { function, code in
                switch function {
                case .value: return entries[code].flatMap { read[$0].value?.numeric }
                case .points: return entries[code].flatMap { read[$0].points }
                case .maxPoints: return self.criterionPosition(code).map { criteria[$0].maxPoints }
                case .target: return self.criterionPosition(code).flatMap { criteria[$0].target }
                case .min: return self.criterionPosition(code).flatMap { criteria[$0].minimum }
                case .max: return self.criterionPosition(code).flatMap { criteria[$0].maximum }
                }
            }
            guard holds == false else { continue }
            let first = rule.criterionCodes.first
            add(rule.severity, .ruleFailed,
                vi: rule.message.vi + " (quy tắc \(rule.id): \(rule.text))",
                en: rule.message.en + " (rule \(rule.id): \(rule.text))",
                at: first.flatMap { entries[$0] }.flatMap { result.entries[$0].valueLocation.cell }, criterion: first)
        }
    }

    private func show(_ v: Double) -> String { CanonicalNumberText.string((v * 1e6).rounded() / 1e6) ?? "?" }
    private func unit(_ c: Criterion) -> String { c.unit.isEmpty ? "" : " " + c.unit }
}
