import Testing
@testable import PlanQuery

/// One row of the inference table: the cells of a column, and what it should load as.
struct InferenceCase: Sendable, CustomTestStringConvertible {
    let cells: [String]
    let type: DataType
    let format: ValueFormat
    /// The loaded values as text (null as "∅").
    let values: [String]
    init(_ cells: [String], _ type: DataType, _ format: ValueFormat, _ values: [String]) {
        self.cells = cells
        self.type = type
        self.format = format
        self.values = values
    }
    init(_ cells: [String], _ type: DataType, _ values: [String]) {
        self.init(cells, type, .plain, values)
    }
    var testDescription: String { cells.joined(separator: " | ") }
}

private let inferenceCases: [InferenceCase] = [
    InferenceCase(["1", "2", "-3"], .int, ["1", "2", "-3"]),
    InferenceCase(["3,745", "94,000", "12"], .int, ["3745", "94000", "12"]),
    InferenceCase(["1", "2.5", "-0.25"], .decimal, ["1.00", "2.50", "-0.25"]),
    InferenceCase(["1,639.8", "1639.8", "-490.6", "0.0"], .decimal, ["1639.8", "1639.8", "-490.6", "0.0"]),
    InferenceCase(["(1,234)", "5"], .int, ["-1234", "5"]),
    InferenceCase(["£61.23", "£2", "-£0.5m"], .decimal, .money, ["61.23", "2.00", "-500000.00"]),
    InferenceCase(["£3.805m", "£1.320bn", "£350k"], .decimal, .money, ["3805000", "1320000000", "350000"]),
    InferenceCase(["98%", "65.7%", "+5%"], .decimal, .percent, ["0.980", "0.657", "0.050"]),
    InferenceCase(["6.02e23", "1.5E-7", "3"], .float, ["6.02e+23", "1.5e-07", "3"]),
    InferenceCase(["123456789012345678901234", "5"], .float, ["1.2345678901234569e+23", "5"]),
    InferenceCase(["true", "FALSE", "True"], .bool, ["true", "false", "true"]),
    InferenceCase(["yes", "No", "YES"], .bool, ["true", "false", "true"]),
    InferenceCase(["yes", "no", "maybe"], .text, ["yes", "no", "maybe"]),
    InferenceCase(["31/03/2009", "2009-04-01", "01.05.09", "1/4/08"], .date,
                  ["2009-03-31", "2009-04-01", "2009-05-01", "2008-04-01"]),
    InferenceCase(["March 2009", "Sep 09", "2009-04", "02/09"], .month, ["2009-03", "2009-09", "2009-04", "2009-02"]),
    InferenceCase(["2007/08", "2008-09", "2008/9", "2006/2007", "2007 – 2008"], .fiscalYear,
                  ["2007/08", "2008/09", "2008/09", "2006/07", "2007/08"]),
    // `2008-09` is a financial year unless the column is clearly months.
    InferenceCase(["2008-09", "2009-10"], .fiscalYear, ["2008/09", "2009/10"]),
    InferenceCase(["2008-09", "2009-03", "2009-04"], .month, ["2008-09", "2009-03", "2009-04"]),
    // Leading zeros are codes: the column stays text.
    InferenceCase(["00123", "456", "789"], .text, ["00123", "456", "789"]),
    InferenceCase(["0", "0.5", "-0.5"], .decimal, ["0.0", "0.5", "-0.5"]),
    // Status tokens are null in a typed column, their text kept.
    InferenceCase(["12", "N/A", "TBC", "-", "New", "See note 1", "14"], .int, ["12", "∅", "∅", "∅", "∅", "∅", "14"]),
    InferenceCase(["N/A", "n/a", "-"], .text, ["N/A", "n/a", "-"]),
    InferenceCase(["", " ", ""], .null, ["∅", "∅", "∅"]),
    InferenceCase(["Adult", "Children", "Adult"], .text, ["Adult", "Children", "Adult"]),
    InferenceCase(["NaN", "1.5e3", "inf"], .float, ["NaN", "1500", "inf"]),
]

@Suite("Type inference")
struct InferenceTests {
    @Test(arguments: inferenceCases)
    func inferredTypes(_ c: InferenceCase) throws {
        let text = "v\n" + c.cells.map { cell in
            cell.contains(",") ? "\"\(cell)\"" : cell
        }.joined(separator: "\n") + "\n"
        let (t, _) = try loadText(text)
        let col = try #require(t.column(named: "v"))
        #expect(col.type == c.type)
        #expect(col.format == c.format)
        #expect(t.schema[0].type == c.type)
        #expect(cells(t, "v") == c.values)
    }

    @Test func statusTokensKeepTheirText() throws {
        let (t, r) = try loadFixture("status.csv")
        let target = try #require(t.column(named: "target"))
        #expect(target.type == .decimal)
        #expect(target.format == .percent)
        #expect(cells(t, "target") == ["0.98", "∅", "∅", "∅", "∅", "∅", "0.50", "0.60", "0.70", "0.80"])
        #expect(target.verbatim == [1: "N/A", 2: "TBA", 3: "-", 4: "New", 5: "See note 1"])
        #expect(target.text(at: 1) == "N/A")
        let rep = try #require(r.columns.first { $0.name == "target" })
        #expect(rep.statusCount == 5)
        #expect(rep.unparsedCount == 0)
        #expect(rep.nullCount == 5)
    }

    @Test func mixedPercentAndPlainKeepsTheMajorityReadingAndReports() throws {
        let (t, r) = try loadFixture("status.csv")
        let pct = try #require(t.column(named: "pct"))
        #expect(pct.format == .percent)
        // 24.8 in a percent column is 24.8%.
        #expect(cells(t, "pct")[1] == "0.248")
        #expect(r.issues.contains { $0.column == "pct" && $0.kind == .mixedFormats && $0.message.contains("24.8") })
    }

    @Test func leadingZeroCodesStayText() throws {
        let (t, r) = try loadFixture("status.csv")
        #expect(t.column(named: "code")?.type == .text)
        #expect(cells(t, "code").first == "00123")
        #expect(r.columns.first { $0.name == "code" }?.notes.first?.contains("leading zeros") == true)
        // `95%` among plain counts: the column is plain, the percentage kept as 0.95, and reported.
        #expect(t.column(named: "actual")?.type == .decimal)
        #expect(cells(t, "actual").prefix(2) == ["0.95", "12.00"])
        #expect(r.issues.contains { $0.column == "actual" && $0.message.contains("kept as a fraction") })
    }

    @Test func mostlyNumbersStayNumericAndTheRestIsReported() throws {
        let (t, r) = try loadFixture("mostly_numbers.csv")
        let amount = try #require(t.column(named: "amount"))
        #expect(amount.type == .int)
        #expect(amount.isNull(6))
        #expect(amount.verbatim[6] == "see below")
        let rep = try #require(r.columns.first { $0.name == "amount" })
        #expect(rep.unparsedCount == 1)
        #expect(rep.unparsedExamples == [ValueExample(text: "see below", row: 7)])
        let issue = try #require(r.issues.first { $0.kind == .unparsedValues })
        #expect(issue.column == "amount")
        #expect(issue.message.contains("\"see below\" (row 7)"))
        #expect(r.summary().contains("1 unparsed: \"see below\" (row 7)"))
    }

    @Test func belowTheThresholdTheColumnIsText() throws {
        let (t, r) = try loadFixture("mixed_text.csv")
        #expect(t.column(named: "amount")?.type == .text)
        #expect(cells(t, "amount")[2] == "pending")
        #expect(cells(t, "amount")[0] == "1")
        #expect(r.issues.contains { $0.kind == .keptAsText && $0.message.contains("80%") })
    }

    @Test func thresholdIsAnOption() throws {
        var o = LoadOptions()
        o.typedThreshold = 0.75
        let (t, _) = try loadFixture("mixed_text.csv", o)
        #expect(t.column(named: "amount")?.type == .int)
    }

    @Test func mixedIntAndDecimalIsDecimal() throws {
        let (t, _) = try loadText("v\n1\n2.5\n\"1,000.125\"\n")
        let c = try #require(t.column(named: "v"))
        guard case .decimal(let units, let scale) = c.storage else { Issue.record("not decimal"); return }
        #expect(scale == 3)
        #expect(units == [1000, 2500, 1_000_125])
    }

    @Test func typesFixture() throws {
        let (t, r) = try loadFixture("types.csv")
        #expect(t.schema.map(\.type) == [.bool, .bool, .int, .decimal, .decimal, .date, .month, .fiscalYear, .float, .float])
        #expect(t.column(named: "money")?.format == .money)
        #expect(cells(t, "fy") == ["2008/09", "2009/10", "2010/11"])
        #expect(cells(t, "money") == ["10.00", "2.00", "1639.80"])
        // Only the 24-digit integer is worth a word: it cannot be held exactly.
        #expect(r.issues.map(\.column) == ["big"])
        #expect(r.issues.first?.message.contains("float, not exact") == true)
    }

    @Test func fastPathAgreesWithThePlanFormatParser() {
        let samples = ["0", "12", "-6", "+5", "3,745", "94,000", "1,639.8", "-490.6", "0.0", ".5", "-.5",
                       "£61.23", "£2", "-£0.5", "£-0.5", "£1,639.80", "98%", "65.7%", "-2.92%", "100.55%",
                       "12,34", "1,2345", "0055", "1.", "£", "5%%", "1,000,000", "-0", "2009-03-31", "2009-03",
                       "1,a", "1,", "1,00", "12,345,678.9", "1.5.3", "0.5%", "-£1,639.80", "£0055", "0,123", "1234,567",
                       "+£0.350", "£+5", "--5", "-+5", "5-", "1 000", "1e5", "007%", "99999999999999999", ".5%", "-.5%",
                       "£.5", "0.000000000000000001", "1,000.", "(5)", "2012-13", "2009-3", "2009-13"]
        for s in samples {
            var bytes = Array(s.utf8)
            let fast = bytes.withUnsafeMutableBufferPointer { b in classifyFast(b.baseAddress!, b.count) }
            let slow = bytes.withUnsafeMutableBufferPointer { b in classifyPlanText(b.baseAddress!, b.count) }
            guard let fast else { continue }  // the fast path declines; the plan parser decides
            if fast.kind == CellKind.float {
                // Exponents and more than 18 digits: floats here, not plan-data shapes there.
                #expect(s.contains("e") || s.filter(\.isNumber).count > 18 || slow.kind == CellKind.float, "\(s)")
            } else if fast.kind == CellKind.leadingZero {
                #expect(slow.kind == CellKind.text, "\(s)")
            } else if fast.kind == CellKind.monthOrFY {
                #expect(slow.kind == CellKind.fiscalYear, "\(s)")
            } else if fast.kind == CellKind.month {
                #expect(slow.kind == CellKind.text, "\(s): the plan parser leaves ISO months as text")
            } else {
                #expect(fast == slow, "\(s)")
            }
        }
    }

    @Test func decisionRules() {
        func counts(_ pairs: [(UInt8, Int)]) -> [Int] {
            var c = [Int](repeating: 0, count: CellKind.count)
            for (k, n) in pairs { c[Int(k)] = n }
            return c
        }
        #expect(decideColumn(counts([(CellKind.int, 90), (CellKind.text, 10)]), total: 100, threshold: 0.9) == .numeric)
        #expect(decideColumn(counts([(CellKind.int, 89), (CellKind.text, 11)]), total: 100, threshold: 0.9) == .text)
        #expect(decideColumn(counts([(CellKind.int, 9), (CellKind.status, 90), (CellKind.text, 1)]), total: 100, threshold: 0.9) == .numeric)
        #expect(decideColumn(counts([(CellKind.null, 5)]), total: 5, threshold: 0.9) == .null)
        #expect(decideColumn(counts([(CellKind.status, 5)]), total: 5, threshold: 0.9) == .text)
        #expect(decideColumn(counts([(CellKind.int, 99), (CellKind.leadingZero, 1)]), total: 100, threshold: 0.9) == .text)
        #expect(decideColumn(counts([(CellKind.yesNo, 3), (CellKind.bool, 1)]), total: 4, threshold: 0.9) == .bool(yesNo: true))
        #expect(decideColumn(counts([(CellKind.bool, 19), (CellKind.yesNo, 1)]), total: 20, threshold: 0.9) == .bool(yesNo: true))
        #expect(decideColumn(counts([(CellKind.bool, 19), (CellKind.yesNo, 1), (CellKind.text, 1)]), total: 21, threshold: 0.9)
                == .bool(yesNo: false))
        #expect(decideColumn(counts([(CellKind.month, 5), (CellKind.monthOrFY, 5)]), total: 10, threshold: 0.9) == .month)
        #expect(decideColumn(counts([(CellKind.fiscalYear, 5), (CellKind.monthOrFY, 5)]), total: 10, threshold: 0.9) == .fiscalYear)
        #expect(decideColumn(counts([(CellKind.monthOrFY, 5)]), total: 5, threshold: 0.9) == .fiscalYear)
    }

    @Test func exactDecimalSumOfManyPoundsAndPence() throws {
        // 100,000 pound-and-pence values; the column's scaled integers must sum exactly.
        var text = "id,amount\n"
        var expectedPence: Int64 = 0
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        for i in 0..<100_000 {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            let pence = Int64(state % 10_000_000) - 2_000_000
            expectedPence += pence
            let sign = pence < 0 ? "-" : ""
            let m = pence.magnitude
            let pounds = m / 100, p = m % 100
            let money = i % 3 == 0 ? "\(sign)£\(pounds).\(p < 10 ? "0" : "")\(p)" : "\(sign)\(pounds).\(p < 10 ? "0" : "")\(p)"
            text += "\(i),\(money)\n"
        }
        let (t, _) = try loadText(text)
        let c = try #require(t.column(named: "amount"))
        guard case .decimal(let units, let scale) = c.storage else { Issue.record("not decimal"); return }
        #expect(scale == 2)
        #expect(units.reduce(0, +) == expectedPence)
        #expect(c.nulls == nil)
    }
}
