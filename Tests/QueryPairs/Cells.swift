import Foundation
import PlanQuery

/// A result cell in a form both engines can be brought to: exact numbers as normalised
/// decimal text (`2.50` and `2.5` are one number, and an integer is a number), floats as
/// doubles, dates in ISO form, a financial year as its start year (SQL's spelling of it).
public enum Cell: Equatable, Sendable, CustomStringConvertible {
    case null
    case exact(String)
    case float(Double)
    case text(String)
    case bool(Bool)
    case date(String)

    public init(_ value: Value) {
        switch value {
        case .null: self = .null
        case .int(let i): self = .exact(String(i))
        case .decimal(let d): self = .exact(Cell.normalised(d.description))
        case .float(let f): self = .float(f)
        case .text(let s): self = .text(s)
        case .bool(let b): self = .bool(b)
        case .date(let d): self = .date(d.description)
        case .fiscalYear(let y): self = .exact(String(y.startYear))
        case .month(let m): self = .text(m.description)
        case .list(let l): self = .text(l.description)
        }
    }

    /// From the tagged JSON the DuckDB runner writes: null, ["n", "2.5"], ["f", 1.5],
    /// ["s", "text"], ["b", true], ["d", "2009-03-31"].
    public init(json: Any) {
        guard let pair = json as? [Any], pair.count == 2, let tag = pair[0] as? String else { self = .null; return }
        switch tag {
        case "n": self = .exact(Cell.normalised(pair[1] as? String ?? ""))
        case "f":
            if let d = pair[1] as? Double { self = .float(d) }
            else if let s = pair[1] as? String { self = .float(s == "nan" ? .nan : s.hasPrefix("-") ? -.infinity : .infinity) }
            else { self = .float(.nan) }
        case "b": self = .bool(pair[1] as? Bool ?? false)
        case "d": self = .date(pair[1] as? String ?? "")
        default: self = .text(pair[1] as? String ?? "")
        }
    }

    /// `-2.50` → `-2.5`, `3.00` → `3`, `-0` → `0`.
    static func normalised(_ text: String) -> String {
        var s = text
        if s.contains(".") {
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
        }
        if s == "-0" || s.isEmpty { s = "0" }
        return s
    }

    var number: Double? {
        switch self {
        case .exact(let s): return Double(s)
        case .float(let f): return f
        default: return nil
        }
    }

    /// Equal values; a float equals a number within a relative 1e-9 (sums and averages may
    /// be added up in another order).
    public func matches(_ other: Cell) -> Bool {
        switch (self, other) {
        case (.exact(let a), .exact(let b)): return a == b
        case (.float, _), (_, .float):
            guard let a = number, let b = other.number else { return false }
            if a.isNaN || b.isNaN { return a.isNaN && b.isNaN }
            if a == b { return true }
            return abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1e-300)
        default: return self == other
        }
    }

    /// A key for putting rows in one order when comparing them as multisets: numbers by a
    /// rounded value (so an exact 1.5 and a float 1.5 sort alike), then the rest.
    var sortKey: String {
        switch self {
        case .null: return "0"
        case .exact, .float:
            guard let n = number else { return "1" }
            return "1" + String(format: "%+.9e", n)
        case .text(let s): return "2" + s
        case .bool(let b): return b ? "3t" : "3f"
        case .date(let d): return "4" + d
        }
    }

    public var description: String {
        switch self {
        case .null: return "null"
        case .exact(let s): return s
        case .float(let f): return "\(f)"
        case .text(let s): return "\"\(s)\""
        case .bool(let b): return "\(b)"
        case .date(let d): return d
        }
    }
}

public enum ResultComparison {
    /// The rows of a planq table as cells.
    public static func rows(_ table: Table) -> [[Cell]] {
        (0..<table.rowCount).map { r in table.columns.map { Cell($0[r]) } }
    }

    /// nil when the two results agree: the same number of columns and rows, and the same
    /// rows in the same order (`ordered`) or as multisets.
    public static func difference(_ planq: [[Cell]], _ other: [[Cell]], columns: Int, otherColumns: Int, ordered: Bool) -> String? {
        if columns != otherColumns { return "\(columns) columns in planq, \(otherColumns) in SQL" }
        if planq.count != other.count { return "\(planq.count) rows in planq, \(other.count) in SQL" }
        func sorted(_ rows: [[Cell]]) -> [[Cell]] {
            rows.map { ($0.map(\.sortKey).joined(separator: "\u{1}"), $0) }.sorted { $0.0 < $1.0 }.map(\.1)
        }
        let a = ordered ? planq : sorted(planq), b = ordered ? other : sorted(other)
        for (i, (x, y)) in zip(a, b).enumerated() where !zip(x, y).allSatisfy({ $0.matches($1) }) {
            return "\(ordered ? "row \(i + 1)" : "a row"): planq \(x) vs SQL \(y)"
        }
        return nil
    }
}
