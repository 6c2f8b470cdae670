import Testing
@testable import PlanQuery

@Suite("Dates in plan cells")
struct DateTokenTests {
    func spans(_ s: String) -> [String] { dateTokens(s).map { "\($0.0)…\($0.1)" } }

    @Test func shortPairsAreFinancialYearsUnlessTheCellUsesMonthYear() {
        #expect(spans("08/09 Ongoing") == ["2008-04-01…2009-03-31"])
        #expect(spans("07/09 08/09") == ["2009-07-01…2009-07-31", "2009-08-01…2009-08-31"])
        #expect(spans("02/09 05/09") == ["2009-02-01…2009-02-28", "2009-05-01…2009-05-31"])
    }

    @Test func dayFirstDatesAndMonthNames() {
        #expect(spans("01/04/08 01/06/08") == ["2008-04-01…2008-04-01", "2008-06-01…2008-06-01"])
        #expect(spans("Mar 09") == ["2009-03-01…2009-03-31"])
        #expect(spans("March 2009") == ["2009-03-01…2009-03-31"])
        #expect(spans("Ongoing").isEmpty)
    }
}
