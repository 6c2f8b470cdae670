/// Building blocks shared by the library's aggregates: per-group numeric values (exact
/// scaled integers where the input is exact, doubles otherwise), order statistics, and the
/// moments that variance, skewness and kurtosis are made of.

enum AggregateKit {
    struct Failure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
        init(_ message: String) { self.message = message }
    }

    /// Non-null values per group, in row order, as doubles (nil for a non-numeric column).
    static func doubles(_ c: Column, _ g: Grouping) throws(PlanQueryError) -> [[Double]] {
        var out = [[Double]](repeating: [], count: g.count)
        // One group of millions of values: grown by doubling, its last copies are tens of ms without a check.
        if g.count == 1 { out[0].reserveCapacity(c.count) }
        let groupOf = g.groupOf
        let runGuard = RunGuard.current
        switch c.storage {
        case .int(let a):
            for r in 0..<c.count where groupOf[r] >= 0 && !c.isNull(r) {
                if r & 0xFFFF == 0 { try runGuard?.check() }
                out[Int(groupOf[r])].append(Double(a[r]))
            }
        case .float(let a):
            for r in 0..<c.count where groupOf[r] >= 0 && !c.isNull(r) {
                if r & 0xFFFF == 0 { try runGuard?.check() }
                out[Int(groupOf[r])].append(a[r])
            }
        case .decimal(let a, let s):
            let p = Double(ExactDecimal.pow10(s))
            for r in 0..<c.count where groupOf[r] >= 0 && !c.isNull(r) {
                if r & 0xFFFF == 0 { try runGuard?.check() }
                out[Int(groupOf[r])].append(Double(a[r]) / p)
            }
        default: break
        }
        return out
    }

    /// Values per group minus the group's first value, for statistics that do not depend on a
    /// shift (variance, deviations, shape). For whole numbers and decimals the subtraction is
    /// exact, so values such as 1,000,000,000.001 keep their small differences.
    static func shifted(_ c: Column, _ g: Grouping) throws(PlanQueryError) -> [[Double]] {
        if let (groupsUnits, scale) = try units(c, g) {
            let p = Double(ExactDecimal.pow10(scale))
            return groupsUnits.map { v in
                guard let first = v.first else { return [] }
                return v.map { x in
                    let (d, o) = x.subtractingReportingOverflow(first)
                    return o ? (Double(x) - Double(first)) / p : Double(d) / p
                }
            }
        }
        return try doubles(c, g).map { v in
            guard let first = v.first else { return [] }
            return v.map { $0 - first }
        }
    }

    /// Exact values per group as scaled integers sharing one scale (int and decimal columns);
    /// nil for other columns.
    static func units(_ c: Column, _ g: Grouping) throws(PlanQueryError) -> (values: [[Int64]], scale: Int)? {
        var out = [[Int64]](repeating: [], count: g.count)
        if g.count == 1 { out[0].reserveCapacity(c.count) }
        let groupOf = g.groupOf
        let runGuard = RunGuard.current
        switch c.storage {
        case .int(let a):
            for r in 0..<c.count where groupOf[r] >= 0 && !c.isNull(r) {
                if r & 0xFFFF == 0 { try runGuard?.check() }
                out[Int(groupOf[r])].append(Int64(a[r]))
            }
            return (out, 0)
        case .decimal(let a, let s):
            for r in 0..<c.count where groupOf[r] >= 0 && !c.isNull(r) {
                if r & 0xFFFF == 0 { try runGuard?.check() }
                out[Int(groupOf[r])].append(a[r])
            }
            return (out, s)
        case .null:
            return (out, 0)
        default:
            return nil
        }
    }

    /// Non-null (y, x) pairs per group (rows where either is null are skipped), each column
    /// shifted by its first non-null value (exactly, for whole numbers and decimals); the
    /// shifts are returned so that means can be put back.
    static func pairs(_ y: Column, _ x: Column, _ g: Grouping) -> (pairs: [[(y: Double, x: Double)]], shiftY: Double, shiftX: Double) {
        var out = [[(y: Double, x: Double)]](repeating: [], count: g.count)
        guard let (ys, sy) = shiftedColumn(y), let (xs, sx) = shiftedColumn(x) else { return (out, 0, 0) }
        for r in 0..<y.count where g.groupOf[r] >= 0 && !y.isNull(r) && !x.isNull(r) {
            out[Int(g.groupOf[r])].append((ys[r], xs[r]))
        }
        return (out, sy, sx)
    }

    /// A numeric column as doubles minus its first non-null value, and that value.
    static func shiftedColumn(_ c: Column) -> (values: [Double], shift: Double)? {
        let first = (0..<c.count).first { !c.isNull($0) }
        switch c.storage {
        case .int(let a):
            let s = first.map { a[$0] } ?? 0
            return (a.map { Double($0 &- s) }, Double(s))
        case .decimal(let a, let scale):
            let s = first.map { a[$0] } ?? 0
            let p = Double(ExactDecimal.pow10(scale))
            return (a.map { v in
                let (d, o) = v.subtractingReportingOverflow(s)
                return o ? (Double(v) - Double(s)) / p : Double(d) / p
            }, Double(s) / p)
        case .float(let a):
            let s = first.map { a[$0] } ?? 0
            return (a.map { $0 - s }, s)
        case .null:
            return ([Double](repeating: 0, count: c.count), 0)
        default:
            return nil
        }
    }

    /// `rows` (all non-null in `c`) in ascending order of `c`, ties in row order. Numbers, dates,
    /// months and financial years sort on unboxed keys; other types use the row comparator.
    static func sortedAscending(_ c: Column, _ rows: [Int]) throws -> [Int] {
        func byKey<K: Comparable>(_ key: (Int) -> K) -> [Int] {
            var pairs = rows.map { (key($0), $0) }
            pairs.sort { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
            return pairs.map(\.1)
        }
        switch c.storage {
        case .int(let a): return byKey { a[$0] }
        case .decimal(let a, _): return byKey { a[$0] }
        case .float(let a): return byKey { a[$0] }
        case .date(let a), .month(let a), .fiscalYear(let a): return byKey { a[$0] }
        default: return try Sorting.order(rows: rows, keys: [(c, descending: false)])
        }
    }

    /// Mean with one refinement pass (accurate for values far from zero).
    static func mean(_ v: [Double]) -> Double {
        let n = Double(v.count)
        var m = v.reduce(0, +) / n
        var correction = 0.0
        for x in v { correction += x - m }
        m += correction / n
        return m
    }

    /// Central moments Σ(x−m)^k for k = 2, 3, 4.
    static func centralSums(_ v: [Double]) -> (m: Double, s2: Double, s3: Double, s4: Double) {
        let m = mean(v)
        var s2 = 0.0, s3 = 0.0, s4 = 0.0
        for x in v {
            let d = x - m, d2 = d * d
            s2 += d2
            s3 += d2 * d
            s4 += d2 * d2
        }
        return (m, s2, s3, s4)
    }

    /// A float column from optional doubles; NaN and infinities become null.
    static func floats(_ values: [Double?], format: ValueFormat = .plain) -> Column {
        var out = [Double](repeating: 0, count: values.count)
        var nulls = [Bool](repeating: false, count: values.count)
        for (i, v) in values.enumerated() {
            if let v, v.isFinite { out[i] = v } else { nulls[i] = true }
        }
        return Column(storage: .float(out), nulls: nulls, count: values.count, format: format)
    }

    static func ints(_ values: [Int?]) -> Column {
        var out = [Int](repeating: 0, count: values.count)
        var nulls = [Bool](repeating: false, count: values.count)
        for (i, v) in values.enumerated() { if let v { out[i] = v } else { nulls[i] = true } }
        return Column(storage: .int(out), nulls: nulls, count: values.count)
    }

    /// Per group, the rows that are not skipped (nulls included), in row order.
    static func rows(_ g: Grouping) -> [[Int]] { g.rowsByGroup() }

    /// The constant value of argument `i` (constant-only parameters arrive as repeated columns).
    static func constant(_ args: [Column], _ i: Int) -> Value? {
        guard i < args.count, args[i].count > 0 else { return nil }
        return args[i][0]
    }

    // MARK: exact order statistics

    /// `a + (b − a) × t` exactly; nil on overflow.
    static func lerp(_ a: ExactDecimal, _ b: ExactDecimal, _ t: ExactDecimal) -> ExactDecimal? {
        if t.units == 0 { return a }
        guard let d = b.subtracting(a), let step = d.multiplied(by: t) else { return nil }
        return a.adding(step)
    }

    /// Shows an order statistic with at least the input's number of places (median of £ values keeps pence).
    static func keepScale(_ d: ExactDecimal, atLeast scale: Int) -> ExactDecimal {
        let n = d.normalized
        if n.scale >= scale { return n }
        return n.rescaled(to: scale) ?? n
    }

    /// Continuous quantile of scaled integers (linear interpolation between closest ranks,
    /// position (n − 1) × p: numpy's default, R type 7, DuckDB's quantile_cont). Reads the one
    /// or two ranks it needs by selection, reordering `v`.
    static func quantileCont(selecting v: inout [Int64], scale: Int, p: ExactDecimal) throws -> ExactDecimal? {
        guard !v.isEmpty else { return nil }
        guard let h = ExactDecimal(v.count - 1).multiplied(by: p) else { throw Failure("quantile position overflow") }
        let lo = Int(h.units / ExactDecimal.pow10(h.scale))
        let frac = ExactDecimal(units: h.units % ExactDecimal.pow10(h.scale), scale: h.scale)
        let a = ExactDecimal(units: try v.select(rank: lo), scale: scale)
        if frac.units == 0 || lo + 1 >= v.count { return keepScale(a, atLeast: scale) }
        // After selecting rank lo, the next rank is the least of the values after it.
        let b = ExactDecimal(units: v[(lo + 1)...].min()!, scale: scale)
        guard let r = lerp(a, b, frac) else { throw Failure("decimal overflow (more than 18 significant digits)") }
        return keepScale(r, atLeast: scale)
    }

    static func quantileCont(selecting v: inout [Double], p: Double) throws -> Double? {
        guard !v.isEmpty else { return nil }
        let h = Double(v.count - 1) * p
        let lo = Int(h.rounded(.down))
        let t = h - Double(lo)
        let a = try v.select(rank: lo)
        if t == 0 || lo + 1 >= v.count { return a }
        let b = v[(lo + 1)...].min()!
        // The form numpy uses: exact at both ends, monotonic in t.
        return t < 0.5 ? a + (b - a) * t : b - (b - a) * (1 - t)
    }

    /// Discrete quantile: the smallest value whose cumulative share of the values is at least p
    /// (SQL PERCENTILE_DISC; numpy's "inverted_cdf"). Index into the sorted values.
    static func quantileDiscIndex(count n: Int, p: Double) -> Int {
        if n == 0 { return -1 }
        // ceil(p × n) − 1, computed so that p × n that is a whole number is not nudged up by rounding.
        let x = p * Double(n)
        var k = Int(x.rounded(.up))
        if abs(x - x.rounded()) < 1e-9 { k = Int(x.rounded()) }
        return min(max(k - 1, 0), n - 1)
    }

    /// Reads a probability argument: a number in [0, 1] or a list of them.
    static func probabilities(_ v: Value, scaleBy100: Bool) -> (ps: [ExactDecimal?], floats: [Double], isList: Bool)? {
        func one(_ x: Value) -> (ExactDecimal?, Double)? {
            guard var d = x.doubleValue else { return nil }
            var exact = x.decimalValue
            if scaleBy100 {
                d /= 100
                exact = exact.flatMap { e in e.scale + 2 <= ExactDecimal.maxScale ? ExactDecimal(units: e.units, scale: e.scale + 2) : nil }
            }
            guard d >= 0, d <= 1 else { return nil }
            return (exact, d)
        }
        if case .list(let items) = v {
            var ps: [ExactDecimal?] = [], fs: [Double] = []
            for i in items { guard let (e, f) = one(i) else { return nil }; ps.append(e); fs.append(f) }
            return (ps, fs, true)
        }
        guard let (e, f) = one(v) else { return nil }
        return ([e], [f], false)
    }
}

/// Typing rules shared by the library families.
enum Rules {
    static func numeric(_ fn: String, keep: Bool = false, result: DataType? = nil) -> TypeRule {
        return { args throws(FunctionTypeError) in
            try Types.numeric(args[0], fn)
            return (result ?? Types.sumType(args[0].type), keep ? args[0].format : .plain)
        }
    }

    static func float(_ fn: String, keepFormat: Bool = false, arity: Int = 1) -> TypeRule {
        return { args throws(FunctionTypeError) in
            for i in 0..<min(arity, args.count) { try Types.numeric(args[i], fn, argument: i) }
            return (.float, keepFormat ? args[0].format : .plain)
        }
    }

    /// Exact results for exact inputs: decimal for int/decimal, float for float.
    static func exactOrFloat(_ t: DataType) -> DataType { t == .float ? .float : .decimal }

    static func constantProbability(_ a: ArgInfo, _ fn: String, argument: Int, percent: Bool) throws(FunctionTypeError) {
        guard let c = a.constant else { return }
        let scaled = percent && a.format != .percent
        if AggregateKit.probabilities(c, scaleBy100: scaled) == nil {
            let range = scaled ? "0 and 100" : "0 and 1"
            throw FunctionTypeError("\(fn) needs a position between \(range) (or a list of them), not \(c.literalText)", argument: argument)
        }
    }

    static func constantInt(_ a: ArgInfo, _ fn: String, _ name: String, argument: Int, min lo: Int = 1) throws(FunctionTypeError) -> Int? {
        guard let c = a.constant else { return nil }
        guard case .int(let n) = c, n >= lo else {
            throw FunctionTypeError("\(fn)'s \(name) must be a whole number of at least \(lo), not \(c.literalText)", argument: argument)
        }
        return n
    }
}
