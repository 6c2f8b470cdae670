/// Value-at-a-time semantics of the operators. Column kernels (Kernels.swift) must agree
/// with these; they are the reference the tests check both against.
///
/// Null rules (docs/language.md, "Nulls"):
/// - arithmetic, ordering comparisons (`<`, `<=`, `>`, `>=`), `~=` and most functions give null when an operand is null;
/// - `==` and `!=` treat null as a value: `null == null` is true, `null == 1` is false;
/// - `and`/`or` are three-valued: `false and null` is false, `true or null` is true, otherwise null;
/// - `where` keeps a row only when its condition is true (null drops the row);
/// - `x / 0` is null.
package enum ValueOps {
    package struct Failure: Error { package var message: String }

    static func numericPair(_ a: Value, _ b: Value) -> Bool { a.type.isNumeric && b.type.isNumeric }

    package static func arithmetic(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value {
        if a.isNull || b.isNull { return .null }
        switch (a, b) {
        case (.int(let x), .int(let y)):
            switch op {
            case .add: return try checked(x.addingReportingOverflow(y))
            case .subtract: return try checked(x.subtractingReportingOverflow(y))
            case .multiply: return try checked(x.multipliedReportingOverflow(by: y))
            case .divide: return y == 0 ? .null : .float(Double(x) / Double(y))
            // Int.min % -1 overflows in the machine's division although the remainder is 0.
            case .modulo: return y == 0 ? .null : .int(y == -1 ? 0 : x % y)
            default: break
            }
        case (.float, _), (_, .float):
            guard let x = a.doubleValue, let y = b.doubleValue else { break }
            switch op {
            case .add: return .float(x + y)
            case .subtract: return .float(x - y)
            case .multiply: return .float(x * y)
            case .divide: return y == 0 ? .null : .float(x / y)
            case .modulo: return y == 0 ? .null : .float(x.truncatingRemainder(dividingBy: y))
            default: break
            }
        case (.decimal, _), (_, .decimal):
            guard let x = a.decimalValue, let y = b.decimalValue else { break }
            switch op {
            case .add: return try decimal(x.adding(y))
            case .subtract: return try decimal(x.subtracting(y))
            case .multiply:
                guard let (product, rounded) = x.multipliedReportingRounding(by: y) else { throw decimalOverflow }
                if rounded { PrecisionLoss.noteRoundedProduct(x, y, product) }
                return .decimal(product)
            case .divide: return y.units == 0 ? .null : .float(x.doubleValue / y.doubleValue)
            case .modulo:
                guard y.units != 0 else { return .null }
                guard let (p, q, s) = ExactDecimal.aligned(x, y) else { throw decimalOverflow }
                return .decimal(ExactDecimal(units: q == -1 ? 0 : p % q, scale: s))
            default: break
            }
        case (.fiscalYear(let y), .int(let n)) where op == .add || op == .subtract:
            return .fiscalYear(try inCalendar(y.adding(try signed(n, op))))
        case (.int(let n), .fiscalYear(let y)) where op == .add:
            return .fiscalYear(try inCalendar(y.adding(n)))
        case (.fiscalYear(let x), .fiscalYear(let y)) where op == .subtract:
            return try checked(x.startYear.subtractingReportingOverflow(y.startYear))
        case (.date(let d), .int(let n)) where op == .add || op == .subtract:
            return .date(try inCalendar(d.adding(days: try signed(n, op))))
        case (.int(let n), .date(let d)) where op == .add:
            return .date(try inCalendar(d.adding(days: n)))
        case (.date(let x), .date(let y)) where op == .subtract:
            return .int(x.days(since: y))
        case (.month(let m), .int(let n)) where op == .add || op == .subtract:
            return .month(try inCalendar(m.adding(try signed(n, op))))
        case (.int(let n), .month(let m)) where op == .add:
            return .month(try inCalendar(m.adding(n)))
        case (.month(let x), .month(let y)) where op == .subtract:
            return .int(x.months(since: y))
        case (.text(let x), .text(let y)) where op == .add:
            return .text(x + y)
        default: break
        }
        throw Failure(message: "cannot apply `\(op.rawValue)` to \(a.type.displayName) and \(b.type.displayName)")
    }

    /// `n` to add: itself for `+`, negated for `-` (Int.min cannot be negated).
    static func signed(_ n: Int, _ op: BinaryOp) throws -> Int {
        if op == .add { return n }
        guard n != .min else { throw outOfCalendar }
        return -n
    }

    static let outOfCalendar = Failure(message: "date out of range: planq's calendar runs from year 1 to 9999")
    static let decimalOverflow = Failure(message: "decimal overflow (more than 18 significant digits)")
    static let integerOverflow = Failure(message: "integer overflow")

    /// A date, month or financial year made by arithmetic, or the out-of-range error.
    static func inCalendar<T>(_ result: T?) throws -> T {
        guard let result else { throw outOfCalendar }
        return result
    }

    /// A 128-bit intermediate as an integer, or the overflow error.
    static func checkedInt(_ wide: Int128) throws -> Int {
        guard wide >= Int128(Int.min), wide <= Int128(Int.max) else { throw integerOverflow }
        return Int(wide)
    }

    static func checked(_ r: (partialValue: Int, overflow: Bool)) throws -> Value {
        if r.overflow { throw integerOverflow }
        return .int(r.partialValue)
    }

    static func decimal(_ d: ExactDecimal?) throws -> Value {
        guard let d else { throw decimalOverflow }
        return .decimal(d)
    }

    /// Orders two non-null values of comparable types; nil when they cannot be compared.
    package static func compare(_ a: Value, _ b: Value) -> Int? {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x < y ? -1 : (x > y ? 1 : 0)
        case (.decimal(let x), .decimal(let y)): return x < y ? -1 : (x == y ? 0 : 1)
        case (.int(let x), .decimal(let y)): let d = ExactDecimal(x); return d < y ? -1 : (d == y ? 0 : 1)
        case (.decimal(let x), .int(let y)): let d = ExactDecimal(y); return x < d ? -1 : (x == d ? 0 : 1)
        case (.text(let x), .text(let y)): return x < y ? -1 : (x == y ? 0 : 1)
        case (.bool(let x), .bool(let y)): return x == y ? 0 : (!x ? -1 : 1)
        case (.date(let x), .date(let y)): return x < y ? -1 : (x == y ? 0 : 1)
        case (.month(let x), .month(let y)): return x < y ? -1 : (x == y ? 0 : 1)
        case (.fiscalYear(let x), .fiscalYear(let y)): return x < y ? -1 : (x == y ? 0 : 1)
        case (.list(let x), .list(let y)):
            for (p, q) in zip(x, y) {
                if p.isNull || q.isNull { if p.isNull != q.isNull { return p.isNull ? 1 : -1 }; continue }
                guard let c = compare(p, q) else { return nil }
                if c != 0 { return c }
            }
            return x.count < y.count ? -1 : (x.count > y.count ? 1 : 0)
        default:
            if let x = a.doubleValue, let y = b.doubleValue { return x < y ? -1 : (x > y ? 1 : 0) }
            return nil
        }
    }

    /// `==` with null treated as a value.
    package static func equal(_ a: Value, _ b: Value) -> Bool {
        if a.isNull || b.isNull { return a.isNull && b.isNull }
        return compare(a, b) == 0
    }

    package static func comparison(_ op: BinaryOp, _ a: Value, _ b: Value) -> Value {
        switch op {
        case .eq: return .bool(equal(a, b))
        case .ne: return .bool(!equal(a, b))
        default: break
        }
        if a.isNull || b.isNull { return .null }
        guard let c = compare(a, b) else { return .null }
        switch op {
        case .lt: return .bool(c < 0)
        case .le: return .bool(c <= 0)
        case .gt: return .bool(c > 0)
        case .ge: return .bool(c >= 0)
        default: return .null
        }
    }

    package static func and(_ a: Value, _ b: Value) -> Value {
        if case .bool(false) = a { return .bool(false) }
        if case .bool(false) = b { return .bool(false) }
        if a.isNull || b.isNull { return .null }
        return .bool(true)
    }

    package static func or(_ a: Value, _ b: Value) -> Value {
        if case .bool(true) = a { return .bool(true) }
        if case .bool(true) = b { return .bool(true) }
        if a.isNull || b.isNull { return .null }
        return .bool(false)
    }

    package static func not(_ a: Value) -> Value {
        if case .bool(let b) = a { return .bool(!b) }
        return .null
    }

    package static func negate(_ a: Value) throws -> Value {
        switch a {
        case .null: return .null
        case .int(let i): return try checked((0).subtractingReportingOverflow(i))
        case .decimal(let d): return try decimal(d.negated)
        case .float(let f): return .float(-f)
        default: throw Failure(message: "cannot negate \(a.type.displayName)")
        }
    }
}
