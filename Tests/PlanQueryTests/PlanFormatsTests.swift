import Testing
@testable import PlanQuery

private func dec(_ s: String, _ f: PlanNumberFormat = .plain) -> PlanCell {
    .decimal(ExactDecimal(parsing: s)!, f)
}
private func fy(_ y: Int) -> PlanCell { .fiscalYear(FiscalYear(startYear: y)) }
private func date(_ y: Int, _ m: Int, _ d: Int) -> PlanCell { .date(CalendarDate(year: y, month: m, day: d)!) }
private func month(_ y: Int, _ m: Int) -> PlanCell { .month(YearMonth(year: y, month: m)) }

struct CellCase: Sendable, CustomTestStringConvertible {
    let text: String
    let expected: PlanCell
    init(_ text: String, _ expected: PlanCell) { self.text = text; self.expected = expected }
    var testDescription: String { "\"\(text)\"" }
}

private let cases: [CellCase] = [
    // blanks and status tokens (§5.3)
    CellCase("", .empty), CellCase("   ", .empty), CellCase("\u{A0}", .empty),
    CellCase("N/A", .status("N/A")), CellCase("n/a", .status("n/a")), CellCase("NA", .status("NA")),
    CellCase("-", .status("-")), CellCase("--", .status("--")), CellCase("~", .status("~")),
    CellCase("#", .status("#")), CellCase("*", .status("*")), CellCase("***", .status("***")),
    CellCase("TBA", .status("TBA")), CellCase("TBC", .status("TBC")), CellCase("tbc", .status("tbc")),
    CellCase("New", .status("New")), CellCase("New Indicator", .status("New Indicator")),
    CellCase("Discontinued", .status("Discontinued")), CellCase("See note 1", .status("See note 1")),
    CellCase("To be set", .status("To be set")), CellCase("<i>to be set</i>", .status("<i>to be set</i>")),
    CellCase("Not applicable", .status("Not applicable")), CellCase("ditto", .status("ditto")),
    CellCase("“", .status("“")), CellCase("N/A*", .status("N/A*")), CellCase(" N/A ", .status("N/A")),
    // plain numbers
    CellCase("3083", .integer(3083)), CellCase("3,745", .integer(3745)), CellCase("94,000", .integer(94000)),
    CellCase("1,639.8", dec("1639.8")), CellCase("1639.8", dec("1639.8")), CellCase("-490.6", dec("-490.6")),
    CellCase("+1.849", dec("1.849")), CellCase("-0.562", dec("-0.562")), CellCase("1,040.20", dec("1040.20")),
    CellCase("-1,971.6", dec("-1971.6")), CellCase("0.0", dec("0.0")), CellCase("0", .integer(0)),
    CellCase("-6", .integer(-6)), CellCase("(1,234)", .integer(-1234)), CellCase("(12.5)", dec("-12.5")),
    CellCase(" 12 ", .integer(12)),
    // money
    CellCase("£1,639.8", dec("1639.8", .money)), CellCase("£3.805m", dec("3805000", .money)),
    CellCase("-£0.5m", dec("-500000", .money)), CellCase("+£0.350m", dec("350000", .money)),
    CellCase("£350k", dec("350000", .money)), CellCase("£1.320bn", dec("1320000000", .money)),
    CellCase("£15m", dec("15000000", .money)), CellCase("£61.23", dec("61.23", .money)),
    CellCase("£867997", dec("867997", .money)), CellCase("£141.9 million", dec("141900000", .money)),
    CellCase("(£1.2m)", dec("-1200000", .money)),
    // percentages, stored as the fraction
    CellCase("98%", dec("0.98", .percent)), CellCase("65.7%", dec("0.657", .percent)),
    CellCase("100.55%", dec("1.0055", .percent)), CellCase("-2.92%", dec("-0.0292", .percent)),
    CellCase("+5%", dec("0.05", .percent)),
    // financial years (§5.4)
    CellCase("2007/08", fy(2007)), CellCase("2007-08", fy(2007)), CellCase("2008/9", fy(2008)),
    CellCase("07/08", fy(2007)), CellCase("2006/2007", fy(2006)), CellCase("2007 – 2008", fy(2007)),
    CellCase("2008- 09", fy(2008)), CellCase("2005 - 2006", fy(2005)), CellCase("1999/00", fy(1999)),
    CellCase("2009/10", fy(2009)), CellCase("FY2008/09", fy(2008)), CellCase("11/12", fy(2011)),
    // dates, UK day-first
    CellCase("31.03.09", date(2009, 3, 31)), CellCase("31/03/2009", date(2009, 3, 31)),
    CellCase("1/4/08", date(2008, 4, 1)), CellCase("2009-03-31", date(2009, 3, 31)),
    CellCase("01-10-07", date(2007, 10, 1)), CellCase("31/12/2007", date(2007, 12, 31)),
    CellCase("23/1/08", date(2008, 1, 23)),
    // months
    CellCase("March 2009", month(2009, 3)), CellCase("Mar 09", month(2009, 3)), CellCase("Sept 08", month(2008, 9)),
    CellCase("Sep 2008", month(2008, 9)), CellCase("march 09", month(2009, 3)), CellCase("Mar-09", month(2009, 3)),
    CellCase("02/09", month(2009, 2)), CellCase("11/08", month(2008, 11)),
    // tricky things that must stay text
    CellCase("1.2.3", .text("1.2.3")), CellCase("£", .text("£")), CellCase("12abc", .text("12abc")),
    CellCase("2007/09", .text("2007/09")), CellCase("618**", .text("618**")), CellCase("12,34", .text("12,34")),
    CellCase("0055", .text("0055")), CellCase("31/02/2009", .text("31/02/2009")), CellCase("13/14x", .text("13/14x")),
    CellCase("20/09", .text("20/09")), CellCase("1.34m", .text("1.34m")), CellCase("£350 k", .text("£350 k")),
    CellCase("79% / 97%", .text("79% / 97%")), CellCase("March", .text("March")), CellCase("Yes", .text("Yes")),
    CellCase("Mar 09 Mar 09", .text("Mar 09 Mar 09")), CellCase("5.", .text("5.")), CellCase(".", .text(".")),
    CellCase("1,2345", .text("1,2345")), CellCase("-£", .text("-£")), CellCase("99999999999999999999", .text("99999999999999999999")),
    CellCase("Newark", .text("Newark")), CellCase("See note 1 and 2 for details", .text("See note 1 and 2 for details")),
]

@Suite("Plan cell formats")
struct PlanFormatsTests {
    @Test(arguments: cases)
    func parses(_ c: CellCase) {
        #expect(parsePlanCell(c.text) == c.expected)
    }

    @Test func substringAndStringAgree() {
        let line = "x\t£3.805m\ty"
        let parts = line.split(separator: "\t")
        #expect(parsePlanCell(parts[1]) == parsePlanCell("£3.805m"))
    }

    @Test func moneyIsExact() throws {
        guard case .decimal(let d, .money) = parsePlanCell("£3.805m") else { Issue.record("not money"); return }
        #expect(d.description == "3805000")
        guard case .decimal(let p, .percent) = parsePlanCell("65.7%") else { Issue.record("not percent"); return }
        #expect(p.description == "0.657")
    }

    @Test func statusTokens() {
        #expect(isStatusToken("N/A"))
        #expect(isStatusToken("  tbc "))
        #expect(!isStatusToken("Yes"))
        #expect(!isStatusToken("12"))
        #expect(!isStatusToken(""))
    }
}
