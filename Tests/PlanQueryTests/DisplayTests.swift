import Testing
@testable import PlanQuery

/// How values read in tables and reports (Render/Display.swift).
@Suite("Display formats")
struct DisplayTests {
    func show(_ v: Value, _ spec: String? = nil, format: ValueFormat = .plain, places: Int? = nil) -> String {
        var f = format
        if let spec, case .success(let s) = DisplayStyle.parse(spec) { f = f.applying(s) }
        return Display.text(v, format: f, places: places)
    }
    func dec(_ s: String) -> Value { .decimal(ExactDecimal(parsing: s)!) }

    /// Display rounds half away from zero (Excel's ROUND, printed accounts), not half-even.
    @Test func roundingIsHalfAwayFromZero() {
        #expect(show(dec("2.345"), "2dp") == "2.35")
        #expect(show(dec("-2.345"), "2dp") == "-2.35")
        #expect(show(dec("2.5"), "0dp") == "3")        // half-even would give 2
        #expect(show(dec("3.5"), "0dp") == "4")
        #expect(show(dec("0.125"), "% 1dp") == "12.5%")
        #expect(show(.float(2.675), "2dp") == "2.68")   // from the float's shortest text, not its binary value
        #expect(show(dec("1234.5"), "£k", format: .money(unit: 0)) == "£1.2k")
    }

    @Test func money() {
        #expect(show(dec("1234.50"), format: .money) == "£1,234.50")       // pence kept
        #expect(show(dec("1639.8"), format: .money(unit: 3)) == "£1,639.8k")  // a £000s column
        #expect(show(dec("3805"), format: .money(unit: 3)) == "£3,805k")
        #expect(show(dec("3805"), "£m", format: .money(unit: 3)) == "£3.8m")   // converted: one place
        #expect(show(dec("3805"), "£m 2dp", format: .money(unit: 3)) == "£3.81m")
        #expect(show(dec("3805"), "£", format: .money(unit: 3)) == "£3,805,000")
        #expect(show(dec("1.849"), format: .money(unit: 6)) == "£1.849m")
        #expect(show(dec("-490.6"), format: .money(unit: 3)) == "-£490.6k")
        #expect(show(dec("-490.6"), "brackets", format: .money(unit: 3)) == "(£490.6k)")
        #expect(show(dec("490.6"), "signed", format: .money(unit: 3)) == "+£490.6k")
        #expect(show(.int(0), "£m signed") == "£0m")
        #expect(show(dec("0.04"), "£m 1dp signed") == "£0.0m")   // rounds to zero: no sign
        #expect(show(dec("1639.8"), "£k") == "£1,639.8k")   // a plain number is taken to be in the unit named
        #expect(show(.float(1234.5), format: .money) == "£1,234.50")
    }

    @Test func numbersAndSeparators() {
        #expect(show(.int(1234567)) == "1,234,567")
        #expect(show(.int(1234567), "plain") == "1234567")
        #expect(show(.int(-1234)) == "-1,234")
        #expect(show(.int(0)) == "0")
        #expect(show(.int(Int.max)) == "9,223,372,036,854,775,807")
        #expect(show(dec("65735"), places: 1) == "65,735.0")
        #expect(show(.float(1.0 / 3.0)) == "0.333333")
        #expect(show(.float(1e20)) == "1e+20")
        #expect(show(.float(.infinity)) == "inf")
        #expect(show(dec("12.5"), "number 0dp") == "13")
    }

    @Test func percentages() {
        #expect(show(dec("0.98"), format: .percent) == "98%")
        #expect(show(dec("0.657"), format: .percent) == "65.7%")
        #expect(show(dec("0.657"), "% 0dp") == "66%")
        #expect(show(.float(0.12345), format: .percent) == "12.3%")
        #expect(show(.float(0.5), format: .percent) == "50%")
    }

    @Test func datesMonthsAndYears() {
        let d = CalendarDate(year: 2009, month: 3, day: 31)!
        #expect(show(.date(d)) == "31 Mar 2009")
        #expect(show(.date(CalendarDate(year: 2008, month: 4, day: 1)!)) == "1 Apr 2008")
        #expect(show(.date(d), "iso") == "2009-03-31")
        #expect(show(.date(d), "month") == "Mar 2009")
        #expect(show(.month(YearMonth(year: 2008, month: 12))) == "Dec 2008")
        #expect(show(.fiscalYear(FiscalYear(startYear: 2008))) == "2008/09")
    }

    @Test func badges() {
        #expect(show(.text("red"), "rag") == "✗ Red")
        #expect(show(.text("Amber"), "rag") == "▲ Amber")
        #expect(show(.text("green"), "rag") == "✓ Green")
        #expect(show(.text("blue"), "rag") == "blue")
        #expect(show(.text("improving"), "arrow") == "↑ improving")
        #expect(show(.text("not improving"), "arrow") == "↓ not improving")
        #expect(show(dec("-2.5"), "arrow") == "↓ -2.5")
        #expect(show(.list([.int(1), .int(5), .int(3)]), "sparkline") == "▁█▅")
    }

    @Test func specErrors() {
        guard case .failure(let e) = DisplayStyle.parse("£m 1dpp") else { Issue.record("parsed"); return }
        #expect(e.message == "unknown format word `1dpp`")
        guard case .success(let s) = DisplayStyle.parse("£m 1dp brackets signed right") else { Issue.record("failed"); return }
        #expect(s.spec == "£m 1dp brackets signed right")
        #expect(s.problem(showing: .text) == "`£m 1dp brackets signed right` shows a number, not text")
    }

    @Test func gridShowsNullsAndTotalsAndAlignsPoints() {
        let t = Table(names: ["unit", "gross"], rows: [[.text("Libraries"), dec("837251.9")], [.text("Youth"), dec("65735")], [.null, .null]])
        let grid = GridRenderer().render(t)
        #expect(grid == """
            unit           gross
            ─────────  ─────────
            Libraries  837,251.9
            Youth       65,735.0
            ∅                  ∅

            """)
        var text = Table(names: ["name"], rows: [[.text("null")], [.null]])
        text.rowRoles = [.detail, .total]
        #expect(GridRenderer().render(text) == "name\n────\nnull\n────\n\n")
    }

    /// A pounds column with pence anywhere shows pence everywhere, as accounts do.
    @Test func moneyColumnKeepsPence() {
        var t = Table(names: ["item", "cost"], rows: [[.text("a"), dec("1234.5")], [.text("b"), dec("12")]])
        t.schema[1].format = .money
        #expect(GridRenderer().render(t) == """
            item       cost
            ────  ─────────
            a     £1,234.50
            b        £12.00

            """)
        t.schema[1].format = .money(unit: 3)   // £000s keep the places they were printed with
        #expect(GridRenderer().render(t).contains("£1,234.5k"))
    }

    /// An indicator value column holds counts, percentages and money; `value_format` beside it
    /// says which each row is, and the grid shows each so. Alone, the numbers are plain.
    @Test func rowFormatsFromANeighbouringFormatColumn() {
        let rows: [[Value]] = [[dec("73"), .text("plain")], [dec("0.9394"), .text("percent")],
                               [dec("0.9"), .text("percent")], [dec("4000000"), .text("money")], [dec("5"), .null]]
        let t = Table(names: ["value", "value_format"], rows: rows)
        #expect(GridRenderer().render(t) == """
                 value  value_format
            ──────────  ────────────
                    73  plain
                93.94%  percent
                90.00%  percent
            £4,000,000  money
                     5  ∅

            """)
        let alone = Table(names: ["value"], rows: rows.map { [$0[0]] })
        #expect(GridRenderer().render(alone).contains("0.9394"))
        let md = MarkdownRenderer.render(t)
        #expect(md.contains("93.94%") && md.contains("£4,000,000"))
    }

    @Test func longTextWrapsAndWideTablesFit() {
        let long = String(repeating: "word ", count: 30)
        let t = Table(names: ["indicator", "value"], rows: [[.text(long), .int(12345)]])
        var g = GridRenderer(totalWidth: 40)
        g.wrap = true
        let lines = g.render(t).split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 40 })
        #expect(lines.count > 4)
        #expect(lines[2].hasSuffix("12,345"))
        let wide = Table(names: (1...20).map { "column\($0)" }, rows: [(1...20).map { Value.int($0 * 1000) }])
        let (shown, hidden) = GridRenderer(totalWidth: 60).fitColumns(wide)
        #expect(shown.schema.count + hidden.count == 20)
        #expect(GridRenderer(totalWidth: 60).render(shown).split(separator: "\n").allSatisfy { $0.count <= 60 })
    }
}
