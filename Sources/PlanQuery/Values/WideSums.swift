/// Sums of exact numbers past 64 bits.
///
/// Columns hold whole numbers and decimals as `Int64` units (decimals at one scale per
/// column), so a sum can pass Int64's range long before its value stops making sense: a
/// column at 6 places overflows at 9.2 trillion. Aggregates and windows therefore add in
/// 64 bits while that is exact (the hot path: one add and an overflow test per value) and
/// start again in `Int128` from the first overflow; 128 bits hold the exact sum of any
/// table (2^64 values below 2^63 each). The exact sums are then put back into a column:
///
/// 1. at the input's scale when every sum fits (exact, quiet);
/// 2. else at the largest smaller scale at which every sum fits: exact and quiet when the
///    dropped digits are zeros, else rounded once, half away from zero, from the exact sum,
///    with a warning (as a product past 18 digits is);
/// 3. else, when even the whole part needs more than 18 digits (or a whole-number column
///    passes Int64, or a total row must keep the places of the rows above it), as floats
///    with a warning.
///
/// Never an error for a sum a user expects, never silently inexact. Hand-written: the
/// offline package list has no fixed-width decimal; `Int128` is the standard library's.
package enum WideSums {
    /// Per-group sums and non-null counts of `units`, accumulated in 128 bits (the slow path,
    /// taken once a 64-bit sum overflowed).
    static func groupSums<T: FixedWidthInteger>(_ units: [T], nulls: [Bool]?, _ groups: Grouping) -> (sums: [Int128], counts: [Int]) {
        var sums = [Int128](repeating: 0, count: groups.count)
        var counts = [Int](repeating: 0, count: groups.count)
        let g = groups.groupOf
        for r in units.indices where g[r] >= 0 && !(nulls?[r] ?? false) {
            let k = Int(g[r])
            sums[k] += Int128(units[r])
            counts[k] += 1
        }
        return (sums, counts)
    }

    /// How sums at `scale` go into one column.
    enum Fitted {
        /// Every sum as `Int64` units at `scale` (≤ the input's); `rounded` names the first
        /// sum that lost non-zero digits, for the warning.
        case decimal(units: [Int64], scale: Int, rounded: Int?)
        /// The first sum too large for 64-bit units, and every sum as a float.
        case floats([Double], tooLarge: Int)
    }

    /// Puts exact sums at `scale` into one column's representation (the rules above).
    /// `present` marks the sums that are shown (others may be anything, e.g. empty groups).
    /// `keepScale`: no fewer places (the sum goes under values at the input's scale, as a total row does).
    static func fit(_ sums: [Int128], scale: Int, keepScale: Bool = false, present: (Int) -> Bool = { _ in true }) -> Fitted {
        var drop = 0
        while drop <= (keepScale ? 0 : scale) {
            if let units = narrowed(sums, drop: drop, present: present) {
                let step = ExactDecimal.pow10Wide(drop)
                let rounded = drop == 0 ? nil : sums.indices.first { present($0) && sums[$0] % step != 0 }
                return .decimal(units: units, scale: scale - drop, rounded: rounded)
            }
            drop += 1
        }
        let p = Double(ExactDecimal.pow10(scale))
        let wide = sums.indices.first { present($0) && !(Int128(Int64.min)...Int128(Int64.max)).contains(sums[$0]) } ?? 0
        return .floats(sums.map { Double($0) / p }, tooLarge: wide)
    }

    /// The sums rounded to multiples of 10^drop, as units at scale − drop; nil when one does not fit.
    private static func narrowed(_ sums: [Int128], drop: Int, present: (Int) -> Bool) -> [Int64]? {
        let step = ExactDecimal.pow10Wide(drop)
        var out = [Int64](repeating: 0, count: sums.count)
        for i in sums.indices where present(i) {
            let q = ExactDecimal.roundedWhole(sums[i], toMultipleOf: drop) / step
            guard q >= Int128(Int64.min), q <= Int128(Int64.max) else { return nil }
            out[i] = Int64(q)
        }
        return out
    }

    /// A sum column (one row per group) from exact sums: `integer` for a whole-number column
    /// (scale 0, kept as integers or, past Int64, floats).
    static func column(_ sums: [Int128], scale: Int, integer: Bool, keepScale: Bool = false, nulls: [Bool]?, format: ValueFormat) -> Column {
        let present: (Int) -> Bool = { !(nulls?[$0] ?? false) }
        switch fit(sums, scale: scale, keepScale: keepScale, present: present) {
        case .decimal(let units, let s, let rounded):
            if let rounded { PrecisionLoss.noteRoundedSum(sums[rounded], scale: scale, to: s) }
            let storage: Column.Storage = integer ? .int(units.map { Int($0) }) : .decimal(units, scale: s)
            return Column(storage: storage, nulls: nulls, count: sums.count, format: format)
        case .floats(let floats, let first):
            PrecisionLoss.noteSumAsFloat(sums[first], scale: scale)
            return Column(storage: .float(floats), nulls: nulls, count: sums.count, format: format)
        }
    }

    /// One value per entry (nil for null), for window functions.
    static func values(_ sums: [Int128?], scale: Int, integer: Bool) -> [Value] {
        let exact = sums.map { $0 ?? 0 }
        switch fit(exact, scale: scale, present: { sums[$0] != nil }) {
        case .decimal(let units, let s, let rounded):
            if let rounded { PrecisionLoss.noteRoundedSum(exact[rounded], scale: scale, to: s) }
            return units.indices.map { i in
                guard sums[i] != nil else { return .null }
                return integer ? .int(Int(units[i])) : .decimal(ExactDecimal(units: units[i], scale: s))
            }
        case .floats(let floats, let first):
            PrecisionLoss.noteSumAsFloat(exact[first], scale: scale)
            return floats.indices.map { sums[$0] == nil ? .null : .float(floats[$0]) }
        }
    }

    /// Exact running sums of an int or decimal column along `order` (nulls add nothing), with
    /// the number of non-null values so far; nil for other columns.
    static func running(_ c: Column, _ order: [Int]) -> (sums: [Int128], counts: [Int], scale: Int, integer: Bool)? {
        func along<T: FixedWidthInteger>(_ a: [T]) -> (sums: [Int128], counts: [Int]) {
            var sums = [Int128](), counts = [Int]()
            sums.reserveCapacity(order.count)
            counts.reserveCapacity(order.count)
            var sum: Int128 = 0, count = 0
            for r in order {
                if !c.isNull(r) { sum += Int128(a[r]); count += 1 }
                sums.append(sum)
                counts.append(count)
            }
            return (sums, counts)
        }
        switch c.storage {
        case .int(let a): let (s, n) = along(a); return (s, n, 0, true)
        case .decimal(let a, let scale): let (s, n) = along(a); return (s, n, scale, false)
        case .null: return ([Int128](repeating: 0, count: order.count), [Int](repeating: 0, count: order.count), 0, true)
        default: return nil
        }
    }

    /// Plain text of 128-bit units at `scale`: `12345678901234567890.12`.
    static func text(_ units: Int128, scale: Int) -> String {
        var digits = String(units.magnitude)
        if scale > 0 {
            if digits.count <= scale { digits = String(repeating: "0", count: scale - digits.count + 1) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -scale))
        }
        return (units < 0 ? "-" : "") + digits
    }
}
