/// Column-at-a-time kernels for the operators. Each has typed fast paths for the common
/// column shapes and falls back to `ValueOps` row by row, so both always agree.
enum Kernels {
    static func orNulls(_ a: [Bool]?, _ b: [Bool]?, count: Int) -> [Bool]? {
        switch (a, b) {
        case (nil, nil): return nil
        case (let x?, nil): return x
        case (nil, let y?): return y
        case (let x?, let y?):
            var out = [Bool](repeating: false, count: count)
            for i in 0..<count { out[i] = x[i] || y[i] }
            return out
        }
    }

    /// Integer view of an int column, or nil.
    static func ints(_ o: Operand) -> (values: [Int]?, scalar: Int?, nulls: [Bool]?)? {
        switch o {
        case .column(let c):
            if case .int(let a) = c.storage { return (a, nil, c.nulls) }
            return nil
        case .scalar(.int(let v)): return (nil, v, nil)
        default: return nil
        }
    }

    /// Exact-decimal view (ints count as scale 0).
    /// Converting a column of millions of rows is tens of ms: checked as it goes.
    static func decimals(_ o: Operand) throws(PlanQueryError) -> (units: [Int64]?, scalar: Int64?, scale: Int, nulls: [Bool]?)? {
        switch o {
        case .column(let c):
            switch c.storage {
            case .decimal(let a, let s): return (a, nil, s, c.nulls)
            case .int(let a): return (try a.checkedMap(RunGuard.current) { Int64($0) }, nil, 0, c.nulls)
            default: return nil
            }
        case .scalar(.decimal(let d)): return (nil, d.units, d.scale, nil)
        case .scalar(.int(let i)): return (nil, Int64(i), 0, nil)
        default: return nil
        }
    }

    static func doubles(_ o: Operand) throws(PlanQueryError) -> (values: [Double]?, scalar: Double?, nulls: [Bool]?)? {
        switch o {
        case .column(let c):
            switch c.storage {
            case .float(let a): return (a, nil, c.nulls)
            case .int(let a): return (try a.checkedMap(RunGuard.current) { Double($0) }, nil, c.nulls)
            case .decimal(let a, let s):
                let p = Double(ExactDecimal.pow10(s))
                return (try a.checkedMap(RunGuard.current) { Double($0) / p }, nil, c.nulls)
            default: return nil
            }
        case .scalar(let v):
            if let d = v.doubleValue { return (nil, d, nil) }
            return nil
        }
    }

    /// `rescale` that may also drop places, only where the dropped digits are zeros; nil when
    /// a value does not fit or would lose a digit.
    static func rescaleExactly(_ units: [Int64], from: Int, to: Int) -> [Int64]? {
        if to >= from { return rescale(units, from: from, to: to) }
        let f = ExactDecimal.pow10(from - to)
        var out = [Int64]()
        out.reserveCapacity(units.count)
        for u in units {
            guard u % f == 0 else { return nil }
            out.append(u / f)
        }
        return out
    }

    /// The fewest places that hold every value of `units` at `scale` exactly (trailing zeros dropped).
    static func placesNeeded(_ units: [Int64], scale: Int) -> Int {
        var needed = 0
        for u in units where needed < scale {
            var places = scale
            var v = u
            while places > needed, v % 10 == 0 { v /= 10; places -= 1 }
            needed = max(needed, places)
        }
        return needed
    }

    static func rescale(_ units: [Int64], from: Int, to: Int) -> [Int64]? {
        if from == to { return units }
        let f = ExactDecimal.pow10(to - from)
        var out = [Int64]()
        out.reserveCapacity(units.count)
        for u in units {
            let (v, o) = u.multipliedReportingOverflow(by: f)
            if o { return nil }
            out.append(v)
        }
        return out
    }

    /// Arithmetic over operands; `resultType` comes from the resolver.
    static func arithmetic(_ op: BinaryOp, _ a: Operand, _ b: Operand, resultType: DataType, count: Int) throws -> Operand {
        if case .scalar(let x) = a, case .scalar(let y) = b { return .scalar(try ValueOps.arithmetic(op, x, y)) }
        if case .scalar(.null) = a { return .column(.allNull(count: count)) }
        if case .scalar(.null) = b { return .column(.allNull(count: count)) }
        switch resultType {
        case .int where op != .divide:
            if let x = ints(a), let y = ints(b), let r = try intKernel(op, x, y, count) { return .column(r) }
        case .decimal where op == .add || op == .subtract:
            if let x = try decimals(a), let y = try decimals(b), let r = try decimalAddKernel(op, x, y, count) { return .column(r) }
        case .float where op != .modulo:
            if let x = try doubles(a), let y = try doubles(b) { return .column(try floatKernel(op, x, y, count)) }
        default: break
        }
        var builder = ColumnBuilder(type: resultType, capacity: count)
        for r in 0..<count {
            if r & 0xFFF == 0 { try RunGuard.checkpoint() }
            builder.append(try ValueOps.arithmetic(op, a.value(r), b.value(r)))
        }
        return .column(builder.finish())
    }

    static func intKernel(_ op: BinaryOp, _ x: (values: [Int]?, scalar: Int?, nulls: [Bool]?),
                          _ y: (values: [Int]?, scalar: Int?, nulls: [Bool]?), _ n: Int) throws -> Column? {
        // The kernels check the run every 64Ki rows: a pass over ten million rows takes tens of
        // ms, and so does allocating its result.
        let runGuard = RunGuard.current
        var out = try [Int].checked(repeating: 0, count: n, runGuard)
        var overflow = false
        var nulls = orNulls(x.nulls, y.nulls, count: n)
        for i in 0..<n {
            if i & 0xFFFF == 0 { try runGuard?.check() }
            let p = x.values?[i] ?? x.scalar!, q = y.values?[i] ?? y.scalar!
            switch op {
            case .add: let r = p.addingReportingOverflow(q); out[i] = r.partialValue; overflow = overflow || r.overflow
            case .subtract: let r = p.subtractingReportingOverflow(q); out[i] = r.partialValue; overflow = overflow || r.overflow
            case .multiply: let r = p.multipliedReportingOverflow(by: q); out[i] = r.partialValue; overflow = overflow || r.overflow
            case .modulo:
                if q == 0 {
                    if nulls == nil { nulls = [Bool](repeating: false, count: n) }
                    nulls![i] = true
                } else { out[i] = q == -1 ? 0 : p % q }  // Int.min % -1 traps; the remainder is 0
            default: return nil
            }
        }
        if overflow {
            // Only an error if an overflowing row is not null.
            for i in 0..<n where !(nulls?[i] ?? false) {
                let p = x.values?[i] ?? x.scalar!, q = y.values?[i] ?? y.scalar!
                _ = try ValueOps.arithmetic(op, .int(p), .int(q))
            }
        }
        return Column(storage: .int(out), nulls: nulls, count: n)
    }

    static func decimalAddKernel(_ op: BinaryOp, _ x: (units: [Int64]?, scalar: Int64?, scale: Int, nulls: [Bool]?),
                                 _ y: (units: [Int64]?, scalar: Int64?, scale: Int, nulls: [Bool]?), _ n: Int) throws(PlanQueryError) -> Column? {
        let s = max(x.scale, y.scale)
        var xs = x.units, ys = y.units
        var xc = x.scalar, yc = y.scalar
        if let u = xs { guard let r = rescale(u, from: x.scale, to: s) else { return nil }; xs = r }
        if let u = ys { guard let r = rescale(u, from: y.scale, to: s) else { return nil }; ys = r }
        if let c = xc { guard let r = ExactDecimal(units: c, scale: x.scale).rescaled(to: s) else { return nil }; xc = r.units }
        if let c = yc { guard let r = ExactDecimal(units: c, scale: y.scale).rescaled(to: s) else { return nil }; yc = r.units }
        let runGuard = RunGuard.current
        var out = try [Int64].checked(repeating: 0, count: n, runGuard)
        var overflow = false
        let nulls = orNulls(x.nulls, y.nulls, count: n)
        for i in 0..<n {
            if i & 0xFFFF == 0 { try runGuard?.check() }
            let p = xs?[i] ?? xc!, q = ys?[i] ?? yc!
            let r = op == .add ? p.addingReportingOverflow(q) : p.subtractingReportingOverflow(q)
            out[i] = r.partialValue
            if r.overflow, !(nulls?[i] ?? false) { overflow = true }
        }
        if overflow { return nil }  // the row-wise path reports the overflow with its row
        return Column(storage: .decimal(out, scale: s), nulls: nulls, count: n)
    }

    static func floatKernel(_ op: BinaryOp, _ x: (values: [Double]?, scalar: Double?, nulls: [Bool]?),
                            _ y: (values: [Double]?, scalar: Double?, nulls: [Bool]?), _ n: Int) throws(PlanQueryError) -> Column {
        let runGuard = RunGuard.current
        var out = try [Double].checked(repeating: 0, count: n, runGuard)
        var nulls = orNulls(x.nulls, y.nulls, count: n)
        for i in 0..<n {
            if i & 0xFFFF == 0 { try runGuard?.check() }
            let p = x.values?[i] ?? x.scalar!, q = y.values?[i] ?? y.scalar!
            switch op {
            case .add: out[i] = p + q
            case .subtract: out[i] = p - q
            case .multiply: out[i] = p * q
            default:
                if q == 0 {
                    if nulls == nil { nulls = [Bool](repeating: false, count: n) }
                    nulls![i] = true
                } else { out[i] = p / q }
            }
        }
        return Column(storage: .float(out), nulls: nulls, count: n)
    }

    // MARK: comparisons

    static func comparison(_ op: BinaryOp, _ a: Operand, _ b: Operand, count: Int) throws(PlanQueryError) -> Operand {
        if case .scalar(let x) = a, case .scalar(let y) = b { return .scalar(ValueOps.comparison(op, x, y)) }
        // Text or code-like column against a constant: decide once per dictionary entry.
        if case .column(let c) = a, case .scalar(let v) = b, let r = columnVsScalar(op, c, v, count) { return .column(r) }
        if case .scalar(let v) = a, case .column(let c) = b, let r = columnVsScalar(op.flipped, c, v, count) { return .column(r) }
        if let r = try numericComparison(op, a, b, count) { return .column(r) }
        var out = [Bool](repeating: false, count: count)
        var nulls: [Bool]? = nil
        for i in 0..<count {
            if i & 0xFFF == 0 { try RunGuard.checkpoint() }
            switch ValueOps.comparison(op, a.value(i), b.value(i)) {
            case .bool(let v): out[i] = v
            default:
                if nulls == nil { nulls = [Bool](repeating: false, count: count) }
                nulls![i] = true
            }
        }
        return .column(Column(storage: .bool(out), nulls: nulls, count: count))
    }

    static func decide(_ op: BinaryOp, _ c: Int) -> Bool {
        switch op {
        case .eq: return c == 0
        case .ne: return c != 0
        case .lt: return c < 0
        case .le: return c <= 0
        case .gt: return c > 0
        default: return c >= 0
        }
    }

    static func columnVsScalar(_ op: BinaryOp, _ c: Column, _ v: Value, _ n: Int) -> Column? {
        let nullSafe = op == .eq || op == .ne
        if v.isNull {
            if !nullSafe { return Column(storage: .bool([Bool](repeating: false, count: n)), nulls: [Bool](repeating: true, count: n), count: n) }
            var out = [Bool](repeating: op == .ne, count: n)
            for i in 0..<n where c.isNull(i) { out[i] = op == .eq }
            return Column(storage: .bool(out), nulls: nil, count: n)
        }
        var out = [Bool](repeating: false, count: n)
        switch c.storage {
        case .text(let codes, let dict):
            guard case .text = v else { return nil }
            let table = dict.map { entry -> Bool in
                decide(op, ValueOps.compare(.text(entry), v) ?? 0)
            }
            table.withUnsafeBufferPointer { t in
                for i in 0..<n { out[i] = t[Int(codes[i])] }
            }
        case .int(let a):
            guard case .int(let x) = v else { return nil }
            for i in 0..<n { out[i] = decide(op, a[i] < x ? -1 : (a[i] > x ? 1 : 0)) }
        case .fiscalYear(let a):
            guard case .fiscalYear(let y) = v else { return nil }
            let x = Int32(y.startYear)
            for i in 0..<n { out[i] = decide(op, a[i] < x ? -1 : (a[i] > x ? 1 : 0)) }
        case .date(let a):
            guard case .date(let d) = v else { return nil }
            for i in 0..<n { out[i] = decide(op, a[i] < d.days ? -1 : (a[i] > d.days ? 1 : 0)) }
        case .month(let a):
            guard case .month(let m) = v else { return nil }
            for i in 0..<n { out[i] = decide(op, a[i] < m.index ? -1 : (a[i] > m.index ? 1 : 0)) }
        default:
            return nil
        }
        return finishComparison(out, c.nulls, nullSafe: nullSafe, op: op, n)
    }

    static func finishComparison(_ values: [Bool], _ nulls: [Bool]?, nullSafe: Bool, op: BinaryOp, _ n: Int) -> Column {
        guard let nulls else { return Column(storage: .bool(values), nulls: nil, count: n) }
        if nullSafe {
            // A null cell compared with a non-null constant: == is false, != is true.
            var out = values
            for i in 0..<n where nulls[i] { out[i] = op == .ne }
            return Column(storage: .bool(out), nulls: nil, count: n)
        }
        return Column(storage: .bool(values), nulls: nulls, count: n)
    }

    /// Checks the run every 64Ki rows (a pass over millions of boxed-in-optional rows is slow).
    static func numericComparison(_ op: BinaryOp, _ a: Operand, _ b: Operand, _ n: Int) throws(PlanQueryError) -> Column? {
        let runGuard = RunGuard.current
        let nullSafe = op == .eq || op == .ne
        guard a.type.isNumeric, b.type.isNumeric else { return nil }
        var out = [Bool](repeating: false, count: n)
        let nullsA: [Bool]?, nullsB: [Bool]?
        if let x = try decimals(a), let y = try decimals(b) {
            let s = max(x.scale, y.scale)
            guard let xu = x.units.map({ rescale($0, from: x.scale, to: s) }) ?? [], let yu = y.units.map({ rescale($0, from: y.scale, to: s) }) ?? [] else { return nil }
            let xc = x.scalar.flatMap { ExactDecimal(units: $0, scale: x.scale).rescaled(to: s)?.units }
            let yc = y.scalar.flatMap { ExactDecimal(units: $0, scale: y.scale).rescaled(to: s)?.units }
            if (x.scalar != nil && xc == nil) || (y.scalar != nil && yc == nil) { return nil }
            for i in 0..<n {
                if i & 0xFFFF == 0 { try runGuard?.check() }
                let p = x.units != nil ? xu[i] : xc!, q = y.units != nil ? yu[i] : yc!
                out[i] = decide(op, p < q ? -1 : (p > q ? 1 : 0))
            }
            nullsA = x.nulls; nullsB = y.nulls
        } else if let x = try doubles(a), let y = try doubles(b) {
            try runGuard?.check()
            for i in 0..<n {
                if i & 0xFFFF == 0 { try runGuard?.check() }
                let p = x.values?[i] ?? x.scalar!, q = y.values?[i] ?? y.scalar!
                out[i] = decide(op, p < q ? -1 : (p > q ? 1 : 0))
            }
            nullsA = x.nulls; nullsB = y.nulls
        } else {
            return nil
        }
        if nullsA == nil, nullsB == nil { return Column(storage: .bool(out), nulls: nil, count: n) }
        var nulls = [Bool](repeating: false, count: n)
        for i in 0..<n {
            let na = nullsA?[i] ?? false, nb = nullsB?[i] ?? false
            if na || nb {
                if nullSafe { out[i] = (na && nb) == (op == .eq) } else { nulls[i] = true }
            }
        }
        return Column(storage: .bool(out), nulls: nullSafe ? nil : nulls, count: n)
    }

    // MARK: logic

    static func bools(_ o: Operand, _ n: Int) -> (values: [Bool], nulls: [Bool]?) {
        switch o {
        case .scalar(.bool(let b)): return ([Bool](repeating: b, count: n), nil)
        case .scalar: return ([Bool](repeating: false, count: n), [Bool](repeating: true, count: n))
        case .column(let c):
            if case .bool(let a) = c.storage { return (a, c.nulls) }
            return ([Bool](repeating: false, count: n), [Bool](repeating: true, count: n))
        }
    }

    static func logical(_ op: BinaryOp, _ a: Operand, _ b: Operand, count n: Int) -> Operand {
        if case .scalar(let x) = a, case .scalar(let y) = b {
            return .scalar(op == .and ? ValueOps.and(x, y) : ValueOps.or(x, y))
        }
        let (x, xn) = bools(a, n), (y, yn) = bools(b, n)
        var out = [Bool](repeating: false, count: n)
        if xn == nil, yn == nil {
            if op == .and { for i in 0..<n { out[i] = x[i] && y[i] } } else { for i in 0..<n { out[i] = x[i] || y[i] } }
            return .column(Column(storage: .bool(out), nulls: nil, count: n))
        }
        var nulls = [Bool](repeating: false, count: n)
        for i in 0..<n {
            let p: Value = (xn?[i] ?? false) ? .null : .bool(x[i])
            let q: Value = (yn?[i] ?? false) ? .null : .bool(y[i])
            switch op == .and ? ValueOps.and(p, q) : ValueOps.or(p, q) {
            case .bool(let v): out[i] = v
            default: nulls[i] = true
            }
        }
        return .column(Column(storage: .bool(out), nulls: nulls, count: n))
    }

    /// Row indices where a condition is true (null counts as false).
    static func selection(_ o: Operand, count n: Int) -> [Int] {
        (try? selection(o, count: n, checking: nil)) ?? []
    }

    /// `selection`, checking the run every 64Ki rows.
    static func selection(_ o: Operand, count n: Int, checking runGuard: RunGuard?) throws(PlanQueryError) -> [Int] {
        switch o {
        case .scalar(.bool(true)): return Array(0..<n)
        case .scalar: return []
        case .column(let c):
            guard case .bool(let a) = c.storage else { return [] }
            var out = [Int]()
            out.reserveCapacity(n / 4)
            if let nulls = c.nulls {
                for i in 0..<n {
                    if i & 0xFFFF == 0 { try runGuard?.check() }
                    if a[i] && !nulls[i] { out.append(i) }
                }
            } else {
                for i in 0..<n {
                    if i & 0xFFFF == 0 { try runGuard?.check() }
                    if a[i] { out.append(i) }
                }
            }
            return out
        }
    }
}

extension BinaryOp {
    /// The operator with its operands swapped: `3 < x` is `x > 3`.
    var flipped: BinaryOp {
        switch self {
        case .lt: return .gt
        case .le: return .ge
        case .gt: return .lt
        case .ge: return .le
        default: return self
        }
    }
}
