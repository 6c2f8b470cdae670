/// An exact decimal number: `units × 10^-scale`, e.g. £1,639.8 is (16398, 1).
///
/// Money, £000s and FTEs are held this way so that `0.1 + 0.2 == 0.3` and sums of
/// pounds-and-pence are exact. Hand-written rather than Foundation's `Decimal` because
/// columns store the scaled integers directly and the hot loops are plain `Int64` adds.
public struct ExactDecimal: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var units: Int64
    public var scale: Int

    public static let maxScale = 18

    public init(units: Int64, scale: Int) {
        self.units = units
        self.scale = scale
    }

    public init(_ value: Int) {
        self.units = Int64(value)
        self.scale = 0
    }

    static let powersOfTen: [Int64] = {
        var p: [Int64] = [1]
        for _ in 1...18 { p.append(p.last! * 10) }
        return p
    }()

    public static func pow10(_ n: Int) -> Int64 { powersOfTen[n] }

    /// Parses plain decimal text: optional sign, digits, optional `.digits`, optional `_`/`,`
    /// group separators already removed by the caller if present. Returns nil on anything else,
    /// and when the number does not fit exactly: more than 18 digits, or a non-zero digit past
    /// 18 places (zeros there are dropped, exactly).
    public init?(parsing text: some StringProtocol) {
        var units: Int64 = 0
        var scale = 0
        var negative = false
        var seenDigit = false, seenPoint = false
        var first = true
        for b in text.utf8 {
            defer { first = false }
            switch b {
            case UInt8(ascii: "-") where first: negative = true
            case UInt8(ascii: "+") where first: break
            case UInt8(ascii: "."):
                if seenPoint { return nil }
                seenPoint = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                seenDigit = true
                if seenPoint {
                    if scale >= ExactDecimal.maxScale {
                        if b != UInt8(ascii: "0") { return nil }
                        continue
                    }
                    scale += 1
                }
                let (m, o1) = units.multipliedReportingOverflow(by: 10)
                let (a, o2) = m.addingReportingOverflow(Int64(b - UInt8(ascii: "0")))
                if o1 || o2 { return nil }
                units = a
            default: return nil
            }
        }
        if !seenDigit { return nil }
        self.units = negative ? -units : units
        self.scale = scale
    }

    /// The same value at a larger scale, or nil on overflow.
    public func rescaled(to newScale: Int) -> ExactDecimal? {
        if newScale == scale { return self }
        if newScale > scale {
            let (u, o) = units.multipliedReportingOverflow(by: ExactDecimal.pow10(newScale - scale))
            return o ? nil : ExactDecimal(units: u, scale: newScale)
        }
        return ExactDecimal(units: units / ExactDecimal.pow10(scale - newScale), scale: newScale)
    }

    /// Rounds half away from zero to `places` decimal places (never increases the scale);
    /// negative places round to tens, hundreds, …: round(1250, -2) = 1300. nil when the
    /// result does not fit.
    public func rounded(to places: Int) -> ExactDecimal? {
        guard places < scale else { return self }
        let kept = max(0, places)
        let whole = ExactDecimal.roundedWhole(Int128(units), toMultipleOf: scale - places)
        // `whole` is a multiple of 10^(scale - places); express it at scale `kept`.
        let units = whole / ExactDecimal.pow10Wide(scale - kept)
        guard units > Int128(Int64.min), units <= Int128(Int64.max) else { return nil }
        return ExactDecimal(units: Int64(units), scale: kept)
    }

    /// `value` rounded half away from zero to a multiple of 10^digits (digits ≥ 0).
    static func roundedWhole(_ value: Int128, toMultipleOf digits: Int) -> Int128 {
        guard digits > 0 else { return value }
        let step = pow10Wide(digits)
        var (q, r) = value.quotientAndRemainder(dividingBy: step)
        if r.magnitude * 2 >= step.magnitude { q += value < 0 ? -1 : 1 }
        return q * step
    }

    /// 10^n as a 128-bit number, n in 0...38.
    static func pow10Wide(_ n: Int) -> Int128 {
        var p: Int128 = 1
        for _ in 0..<min(max(n, 0), 38) { p *= 10 }
        return p
    }

    /// Drops trailing zero digits after the point: 1.50 → 1.5.
    public var normalized: ExactDecimal {
        var u = units, s = scale
        while s > 0, u % 10 == 0 { u /= 10; s -= 1 }
        return ExactDecimal(units: u, scale: s)
    }

    /// The nearest double: one correctly rounded division while the units are exact as a
    /// double (up to 2^53), else the text parsed (a 16-digit value reads as the same float).
    public var doubleValue: Double {
        if units.magnitude <= 1 << 53 { return Double(units) / Double(ExactDecimal.pow10(scale)) }
        return Double(description) ?? Double(units) / Double(ExactDecimal.pow10(scale))
    }

    /// Converts a Double with up to `maxScale` places; nil when not finite or too large.
    public init?(_ value: Double, places: Int) {
        guard value.isFinite, abs(value) < 9e15 else { return nil }
        let p = min(max(places, 0), 15)
        let scaled = (value * Double(ExactDecimal.pow10(p))).rounded(.toNearestOrAwayFromZero)
        guard abs(scaled) < 9.2e18 else { return nil }
        self.init(units: Int64(scaled), scale: p)
    }

    static func aligned(_ a: ExactDecimal, _ b: ExactDecimal) -> (Int64, Int64, Int)? {
        let s = max(a.scale, b.scale)
        guard let x = a.rescaled(to: s), let y = b.rescaled(to: s) else { return nil }
        return (x.units, y.units, s)
    }

    public func adding(_ other: ExactDecimal) -> ExactDecimal? {
        guard let (x, y, s) = ExactDecimal.aligned(self, other) else { return nil }
        let (r, o) = x.addingReportingOverflow(y)
        return o ? nil : ExactDecimal(units: r, scale: s)
    }

    public func subtracting(_ other: ExactDecimal) -> ExactDecimal? {
        guard let (x, y, s) = ExactDecimal.aligned(self, other) else { return nil }
        let (r, o) = x.subtractingReportingOverflow(y)
        return o ? nil : ExactDecimal(units: r, scale: s)
    }

    /// Exact product; the scale is capped at 18 places, and places are dropped until the
    /// value fits in 18 digits, rounding once, half away from zero, from the exact product
    /// (rounding digit by digit would round twice). nil when the whole part does not fit.
    public func multiplied(by other: ExactDecimal) -> ExactDecimal? {
        multipliedReportingRounding(by: other)?.product
    }

    /// The product, and whether it had to be rounded to fit (see `multiplied(by:)`).
    public func multipliedReportingRounding(by other: ExactDecimal) -> (product: ExactDecimal, rounded: Bool)? {
        let product = Int128(units) * Int128(other.units)  // |product| < 2^126: exact
        let s = scale + other.scale
        var drop = max(0, s - ExactDecimal.maxScale)
        while drop <= s {
            let rounded = ExactDecimal.roundedWhole(product, toMultipleOf: drop)
            let q = rounded / ExactDecimal.pow10Wide(drop)
            if q > Int128(Int64.min), q <= Int128(Int64.max) {
                return (ExactDecimal(units: Int64(q), scale: s - drop).normalizedIfLong, rounded != product)
            }
            drop += 1
        }
        return nil
    }

    private var normalizedIfLong: ExactDecimal { scale > 6 ? normalized : self }

    /// nil for the one value whose negation does not fit (units of Int64.min).
    public var negated: ExactDecimal? { units == .min ? nil : ExactDecimal(units: -units, scale: scale) }

    /// The absolute value; nil when it does not fit.
    public var magnitude: ExactDecimal? { units < 0 ? negated : self }

    public static func < (a: ExactDecimal, b: ExactDecimal) -> Bool {
        if let (x, y, _) = aligned(a, b) { return x < y }
        return a.doubleValue < b.doubleValue
    }

    public static func == (a: ExactDecimal, b: ExactDecimal) -> Bool {
        if a.scale == b.scale { return a.units == b.units }
        if let (x, y, _) = aligned(a, b) { return x == y }
        return false
    }

    public func hash(into hasher: inout Hasher) {
        let n = normalized
        hasher.combine(n.units)
        hasher.combine(n.scale)
    }

    /// Plain text with the stored number of places: `1639.8`, `-0.05`, `12`.
    public var description: String {
        if scale == 0 { return String(units) }
        let negative = units < 0
        let magnitude = units.magnitude
        let p = UInt64(ExactDecimal.pow10(scale))
        let whole = magnitude / p, frac = magnitude % p
        var fracText = String(frac)
        if fracText.count < scale { fracText = String(repeating: "0", count: scale - fracText.count) + fracText }
        return (negative ? "-" : "") + String(whole) + "." + fracText
    }
}
