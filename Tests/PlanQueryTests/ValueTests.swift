import Testing
@testable import PlanQuery

@Suite("Exact decimals")
struct ExactDecimalTests {
    @Test func pointOnePlusPointTwo() throws {
        let a = try #require(ExactDecimal(parsing: "0.1")), b = try #require(ExactDecimal(parsing: "0.2"))
        #expect(a.adding(b) == ExactDecimal(parsing: "0.3"))
        #expect(a.adding(b)?.description == "0.3")
    }

    @Test func parsingAndPrinting() {
        #expect(ExactDecimal(parsing: "-490.6")?.description == "-490.6")
        #expect(ExactDecimal(parsing: "1040.20")?.description == "1040.20")
        #expect(ExactDecimal(parsing: "12")?.scale == 0)
        #expect(ExactDecimal(parsing: "1.2.3") == nil)
        #expect(ExactDecimal(parsing: "abc") == nil)
        #expect(ExactDecimal(parsing: "") == nil)
    }

    @Test func multiplicationIsExact() throws {
        let a = try #require(ExactDecimal(parsing: "1.5")), b = try #require(ExactDecimal(parsing: "0.25"))
        #expect(a.multiplied(by: b) == ExactDecimal(parsing: "0.375"))
    }

    @Test func rounding() throws {
        #expect(try #require(ExactDecimal(parsing: "2.345")).rounded(to: 2)?.description == "2.35")
        #expect(try #require(ExactDecimal(parsing: "-2.345")).rounded(to: 2)?.description == "-2.35")
        #expect(try #require(ExactDecimal(parsing: "2.344")).rounded(to: 2)?.description == "2.34")
    }

    @Test func mixedScaleComparison() throws {
        #expect(try #require(ExactDecimal(parsing: "1.50")) == ExactDecimal(parsing: "1.5"))
        #expect(try #require(ExactDecimal(parsing: "1.49")) < ExactDecimal(parsing: "1.5")!)
    }
}

@Suite("Calendar and financial years")
struct CalendarTests {
    @Test func civilRoundTrip() throws {
        let d = try #require(CalendarDate(year: 2009, month: 3, day: 31))
        #expect(d.description == "2009-03-31")
        #expect(d.fiscalYear == FiscalYear(startYear: 2008))
        #expect(CalendarDate(year: 2009, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2008, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 1970, month: 1, day: 1)?.days == 0)
    }

    @Test func fiscalYearText() {
        #expect(FiscalYear(startYear: 2008).description == "2008/09")
        #expect(FiscalYear(startYear: 1999).description == "1999/00")
        #expect(FiscalYear(startYear: 2008).literal == "FY2008/09")
        #expect(FiscalYear(startYear: 2008).firstDay.description == "2008-04-01")
    }

    @Test func monthArithmetic() throws {
        let d = try #require(CalendarDate(year: 2009, month: 1, day: 31))
        #expect(d.addingMonths(1)?.description == "2009-02-28")
        #expect(YearMonth(year: 2009, month: 12).adding(1)?.description == "2010-01")
    }
}
