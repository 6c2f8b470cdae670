/// A calendar date, stored as days since 1970-01-01 (proleptic Gregorian).
///
/// planq's calendar runs from 0001-01-01 to 9999-12-31: dates, months and financial years
/// made by arithmetic (`d + n`, `date_add`, `FY2008/09 + n`) outside it are an error, never
/// a wrapped number or a trap.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var days: Int32

    public init(days: Int32) { self.days = days }

    public static let years = 1...9999
    static let firstDay = daysFromCivil(1, 1, 1)
    static let lastDay = daysFromCivil(9999, 12, 31)

    /// nil outside the calendar (years 1–9999).
    public init?(checkedDays days: Int) {
        guard (CalendarDate.firstDay...CalendarDate.lastDay).contains(days) else { return nil }
        self.days = Int32(days)
    }

    /// `n` days later (earlier when negative); nil past the calendar's ends.
    public func adding(days n: Int) -> CalendarDate? {
        let (sum, overflow) = Int(days).addingReportingOverflow(n)
        return overflow ? nil : CalendarDate(checkedDays: sum)
    }

    /// The date for a year, month and day known to be valid for the calendar (a month's or a
    /// financial year's first or last day); a year far outside it is clamped, never a trap.
    static func clamped(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
        CalendarDate(days: Int32(clamping: daysFromCivil(min(max(year, -1_000_000), 1_000_000), month, day)))
    }

    /// Whole days from `other` to this date.
    public func days(since other: CalendarDate) -> Int { Int(days) - Int(other.days) }

    /// nil when the day does not exist (31 April, 29 February in a common year).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month: month, year: year),
              (1...9999).contains(year) else { return nil }
        self.days = Int32(CalendarDate.daysFromCivil(year, month, day))
    }

    public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    // Howard Hinnant's days_from_civil / civil_from_days.
    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public var components: (year: Int, month: Int, day: Int) {
        let z = Int(days) + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp + (mp < 10 ? 3 : -9)
        return (m <= 2 ? y + 1 : y, m, d)
    }

    public var year: Int { components.year }
    public var month: Int { components.month }
    public var day: Int { components.day }

    /// ISO 8601: `2009-03-31`.
    public var description: String {
        let (y, m, d) = components
        return pad4(y) + "-" + pad2(m) + "-" + pad2(d)
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool { a.days < b.days }

    /// The UK financial year this date falls in (years run 1 April – 31 March).
    public var fiscalYear: FiscalYear {
        let (y, m, _) = components
        return FiscalYear(startYear: m >= 4 ? y : y - 1)
    }

    public var yearMonth: YearMonth { let c = components; return YearMonth(year: c.year, month: c.month) }

    /// Adds months, clamping the day to the end of the month (31 Jan + 1 month = 28/29 Feb);
    /// nil past the calendar's ends.
    public func addingMonths(_ n: Int) -> CalendarDate? {
        let (y, m, d) = components
        guard let ym = YearMonth(year: y, month: m).adding(n) else { return nil }
        let day = min(d, CalendarDate.daysIn(month: ym.month, year: ym.year))
        return CalendarDate(year: ym.year, month: ym.month, day: day)
    }
}

/// A calendar month, `@2009-03`. Stored as `year * 12 + (month - 1)`.
public struct YearMonth: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var index: Int32
    public init(index: Int32) { self.index = index }
    /// For a year in the calendar (1–9999) and a month 1–12; others are clamped rather than
    /// trapping (callers parse four-digit years; `checked` says whether it fits).
    public init(year: Int, month: Int) {
        let y = min(max(year, -100_000), 100_000)
        self.index = Int32(y * 12 + (min(max(month, 1), 12) - 1))
    }
    /// nil outside the calendar or for a month outside 1–12.
    public static func checked(year: Int, month: Int) -> YearMonth? {
        CalendarDate.years.contains(year) && (1...12).contains(month) ? YearMonth(year: year, month: month) : nil
    }
    public var year: Int { Int(index) / 12 }
    public var month: Int { Int(index) % 12 + 1 }
    /// `months` later; nil past the calendar's ends.
    public func adding(_ months: Int) -> YearMonth? {
        let (i, overflow) = Int(index).addingReportingOverflow(months)
        guard !overflow, i >= 12 * CalendarDate.years.lowerBound, i < 12 * (CalendarDate.years.upperBound + 1) else { return nil }
        return YearMonth(index: Int32(i))
    }
    /// Months from `other` to this month.
    public func months(since other: YearMonth) -> Int { Int(index) - Int(other.index) }
    public var firstDay: CalendarDate { CalendarDate.clamped(year, month, 1) }
    public var lastDay: CalendarDate {
        CalendarDate.clamped(year, month, CalendarDate.daysIn(month: month, year: year))
    }
    public var fiscalYear: FiscalYear { FiscalYear(startYear: month >= 4 ? year : year - 1) }
    public var description: String { pad4(year) + "-" + pad2(month) }
    public static func < (a: YearMonth, b: YearMonth) -> Bool { a.index < b.index }
}

/// A UK financial year, 1 April – 31 March, written `FY2008/09`. Ordered; `FY2008/09 - 1 == FY2007/08`.
public struct FiscalYear: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The calendar year in which the financial year starts: 2008 for 2008/09.
    public var startYear: Int
    public init(startYear: Int) { self.startYear = startYear }

    /// Years whose first and last days are both in the calendar: FY0001/02 to FY9998/99.
    public static let startYears = CalendarDate.years.lowerBound...(CalendarDate.years.upperBound - 1)

    /// nil for a year outside the calendar (FY0000/01, FY9999/00): what parsers use.
    public static func checked(startYear: Int) -> FiscalYear? {
        startYears.contains(startYear) ? FiscalYear(startYear: startYear) : nil
    }

    /// `n` years later; nil past the calendar's ends.
    public func adding(_ n: Int) -> FiscalYear? {
        let (y, overflow) = startYear.addingReportingOverflow(n)
        return !overflow && FiscalYear.startYears.contains(y) ? FiscalYear(startYear: y) : nil
    }

    /// `2008/09`: the form used in plan documents and in CSV/JSON output.
    public var description: String { pad4(startYear) + "/" + pad2((startYear + 1) % 100) }
    /// `FY2008/09`: the literal form.
    public var literal: String { "FY" + description }
    public var firstDay: CalendarDate { CalendarDate.clamped(startYear, 4, 1) }
    public var lastDay: CalendarDate { CalendarDate.clamped(startYear &+ 1, 3, 31) }
    public static func < (a: FiscalYear, b: FiscalYear) -> Bool { a.startYear < b.startYear }
}

func pad2(_ n: Int) -> String { n < 10 && n >= 0 ? "0" + String(n) : String(n) }
func pad4(_ n: Int) -> String {
    let s = String(n)
    return s.count >= 4 ? s : String(repeating: "0", count: 4 - s.count) + s
}
