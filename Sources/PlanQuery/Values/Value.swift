/// The static type of a column or expression.
public enum DataType: String, Sendable, Hashable, CaseIterable {
    /// The type of `null` alone; unifies with every other type.
    case null
    case bool, int, decimal, float, text, date, month
    case fiscalYear = "fy"
    case list

    public var isNumeric: Bool { self == .int || self == .decimal || self == .float }

    /// The name users see in `.schema` and in error messages.
    public var displayName: String { rawValue }

    /// The common type of two branches / list elements, or nil when incompatible.
    public static func unify(_ a: DataType, _ b: DataType) -> DataType? {
        if a == b { return a }
        if a == .null { return b }
        if b == .null { return a }
        if a.isNumeric, b.isNumeric {
            if a == .float || b == .float { return .float }
            return .decimal
        }
        return nil
    }
}

/// One value at the dynamic edges of planq: literals, constants, REPL printing, per-row
/// fallbacks. Columns never store `Value`s (see `Column`).
public enum Value: Sendable, Hashable, CustomStringConvertible {
    case null
    case bool(Bool)
    case int(Int)
    case decimal(ExactDecimal)
    case float(Double)
    case text(String)
    case date(CalendarDate)
    case month(YearMonth)
    case fiscalYear(FiscalYear)
    case list([Value])

    public var type: DataType {
        switch self {
        case .null: return .null
        case .bool: return .bool
        case .int: return .int
        case .decimal: return .decimal
        case .float: return .float
        case .text: return .text
        case .date: return .date
        case .month: return .month
        case .fiscalYear: return .fiscalYear
        case .list: return .list
        }
    }

    public var isNull: Bool { if case .null = self { return true } else { return false } }

    public var doubleValue: Double? {
        switch self {
        case .int(let i): return Double(i)
        case .decimal(let d): return d.doubleValue
        case .float(let f): return f
        default: return nil
        }
    }

    public var decimalValue: ExactDecimal? {
        switch self {
        case .int(let i): return ExactDecimal(i)
        case .decimal(let d): return d
        default: return nil
        }
    }

    /// Plain text for CSV and messages: FY as `2008/09`, dates ISO 8601, null as empty.
    public var description: String {
        switch self {
        case .null: return ""
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .decimal(let d): return d.description
        case .float(let f): return formatFloat(f)
        case .text(let s): return s
        case .date(let d): return d.description
        case .month(let m): return m.description
        case .fiscalYear(let y): return y.description
        case .list(let items): return "[" + items.map { $0.literalText }.joined(separator: ", ") + "]"
        }
    }

    /// How the value is written as a planq literal (used by `help` examples and lists).
    public var literalText: String {
        switch self {
        case .null: return "null"
        case .text(let s): return "\"" + s.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\""
        case .date(let d): return "@" + d.description
        case .month(let m): return "@" + m.description
        case .fiscalYear(let y): return y.literal
        case .decimal(let d): return d.normalized.description
        case .list(let items): return "[" + items.map { $0.literalText }.joined(separator: ", ") + "]"
        default: return description
        }
    }
}

/// Shortest round-tripping text for a float, without a trailing `.0` on whole numbers
/// that are too large to matter; NaN and infinities spelled out.
package func formatFloat(_ f: Double) -> String {
    if f.isNaN { return "NaN" }
    if f.isInfinite { return f < 0 ? "-inf" : "inf" }
    if f == f.rounded(), abs(f) < 1e15 { return String(Int64(f)) }
    return String(f)
}

