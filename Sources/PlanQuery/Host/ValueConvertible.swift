/// A Swift type a host passes to planq or reads back: parameter values
/// (`query.bind("year", FY(2008))`), typed column accessors (`table.values("gross",
/// as: ExactDecimal.self)`) and registered rows.
///
/// `init?(planValue:)` converts only when nothing is lost: an `Int` column reads as
/// `ExactDecimal` or `Double`, a decimal reads as `Int` only when it is whole, and text
/// never reads as a number.
public protocol ValueConvertible {
    var planValue: Value { get }
    init?(planValue: Value)
}

/// `FY(2008)` is the financial year 2008/09 (April 2008 to March 2009).
public typealias FY = FiscalYear

extension FiscalYear {
    /// The financial year starting in April of `startYear`: `FY(2008)` is 2008/09.
    public init(_ startYear: Int) { self.init(startYear: startYear) }
}

extension Value: ValueConvertible {
    public var planValue: Value { self }
    public init?(planValue: Value) { self = planValue }
}

extension Int: ValueConvertible {
    public var planValue: Value { .int(self) }
    public init?(planValue: Value) {
        switch planValue {
        case .int(let i): self = i
        case .decimal(let d):
            let n = d.normalized
            guard n.scale == 0 else { return nil }
            self = Int(n.units)
        case .float(let f):
            guard f.isFinite, f == f.rounded(), let i = Int(exactly: f) else { return nil }
            self = i
        default: return nil
        }
    }
}

extension Double: ValueConvertible {
    public var planValue: Value { .float(self) }
    public init?(planValue: Value) {
        guard let d = planValue.doubleValue else { return nil }
        self = d
    }
}

extension ExactDecimal: ValueConvertible {
    public var planValue: Value { .decimal(self) }
    public init?(planValue: Value) {
        guard let d = planValue.decimalValue else { return nil }
        self = d
    }
}

extension String: ValueConvertible {
    public var planValue: Value { .text(self) }
    /// Text as it is; other values as planq prints them in CSV (`2008/09`, `2009-03-31`).
    public init?(planValue: Value) {
        if planValue.isNull { return nil }
        self = planValue.description
    }
}

extension Bool: ValueConvertible {
    public var planValue: Value { .bool(self) }
    public init?(planValue: Value) {
        guard case .bool(let b) = planValue else { return nil }
        self = b
    }
}

extension FiscalYear: ValueConvertible {
    public var planValue: Value { .fiscalYear(self) }
    public init?(planValue: Value) {
        guard case .fiscalYear(let y) = planValue else { return nil }
        self = y
    }
}

extension CalendarDate: ValueConvertible {
    public var planValue: Value { .date(self) }
    public init?(planValue: Value) {
        guard case .date(let d) = planValue else { return nil }
        self = d
    }
}

extension YearMonth: ValueConvertible {
    public var planValue: Value { .month(self) }
    public init?(planValue: Value) {
        guard case .month(let m) = planValue else { return nil }
        self = m
    }
}

extension Optional: ValueConvertible where Wrapped: ValueConvertible {
    public var planValue: Value { self?.planValue ?? .null }
    /// Null is `.some(nil)`; a value that does not convert is nil.
    public init?(planValue: Value) {
        if planValue.isNull { self = .none; return }
        guard let w = Wrapped(planValue: planValue) else { return nil }
        self = .some(w)
    }
}

// MARK: Codable, as text planq reads back

/// The value types encode as the text planq prints and parses (`"1639.80"`, `"2008/09"`,
/// `"2009-03-31"`, `"2009-03"`), so a host's `Codable` rows round-trip through JSON; the
/// row encoder and decoder of `Engine.register` and `Table.decode` keep them typed.
extension ExactDecimal: Codable {
    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        let text = try c.decode(String.self)
        guard let d = ExactDecimal(parsing: text) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "not a decimal: \(text)")
        }
        self = d
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}

extension FiscalYear: Codable {
    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        let text = try c.decode(String.self)
        guard case .fiscalYear(let y) = Conversions.convert(.text(text), to: .fiscalYear) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "not a financial year: \(text)")
        }
        self = y
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}

extension CalendarDate: Codable {
    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        let text = try c.decode(String.self)
        guard case .date(let d) = Conversions.convert(.text(text), to: .date) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "not a date: \(text)")
        }
        self = d
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}

extension YearMonth: Codable {
    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        let text = try c.decode(String.self)
        guard case .month(let m) = Conversions.convert(.text(text), to: .month) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "not a month: \(text)")
        }
        self = m
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
