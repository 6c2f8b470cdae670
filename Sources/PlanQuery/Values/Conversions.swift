/// Text → typed value conversions used when a text literal meets a typed column and by the
/// conversion functions.
package enum Conversions {
    /// `2008/09`, `2008-09`, `2008/9`, `2008/2009`, `FY2008/09`.
    package static func fiscalYear(from text: String) -> FiscalYear? {
        var s = Substring(text.trimmingWhitespace())
        if s.hasPrefix("FY") || s.hasPrefix("fy") { s = s.dropFirst(2) }
        let parts = s.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "–" }).map { $0.trimmingWhitespace() }
        guard parts.count == 2, parts[0].count == 4, let start = Int(parts[0]), let end = Int(parts[1]) else { return nil }
        switch parts[1].count {
        case 1: guard end == (start + 1) % 10 else { return nil }
        case 2: guard end == (start + 1) % 100 else { return nil }
        case 4: guard end == start + 1 else { return nil }
        default: return nil
        }
        return FiscalYear.checked(startYear: start)
    }

    /// ISO `2009-03-31`.
    package static func date(from text: String) -> CalendarDate? {
        let parts = text.trimmingWhitespace().split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        return CalendarDate(year: y, month: m, day: d)
    }

    /// ISO `2009-03`.
    package static func month(from text: String) -> YearMonth? {
        let parts = text.trimmingWhitespace().split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), (1...12).contains(m) else { return nil }
        return YearMonth.checked(year: y, month: m)
    }

    package static func convert(_ v: Value, to type: DataType) -> Value {
        guard case .text(let s) = v else { return v.type == type ? v : .null }
        switch type {
        case .fiscalYear: return fiscalYear(from: s).map(Value.fiscalYear) ?? .null
        case .date: return date(from: s).map(Value.date) ?? .null
        case .month: return month(from: s).map(Value.month) ?? .null
        default: return .null
        }
    }
}
