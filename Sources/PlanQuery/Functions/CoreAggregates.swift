/// The aggregates every query needs, with typed fast paths: count, sum, total, avg, min, max.
/// The wider statistical library lives in the other Aggregates*.swift files.

func registerCoreAggregates(_ r: inout FunctionRegistry) {
    r.add(AggregateFunction("count", params: [.optional("x")],
        help: FunctionHelp("aggregate", "Number of rows; with an argument, number of non-null values.",
                           example: "from [1, null, 3] | summarize n = count(), filled = count(value)", result: "3,2"),
        type: { _ in (.int, .plain) },
        evaluate: { args, groups, _ in
            var counts = [Int](repeating: 0, count: groups.count)
            if let c = args.first, c.type != .null || c.count > 0, args.count == 1 {
                for (r, g) in groups.groupOf.enumerated() where g >= 0 && !c.isNull(r) { counts[Int(g)] += 1 }
            } else {
                for g in groups.groupOf where g >= 0 { counts[Int(g)] += 1 }
            }
            return Column(storage: .int(counts), nulls: nil, count: groups.count)
        }))

    r.add(AggregateFunction("sum", params: [.required("x")],
        help: FunctionHelp("aggregate", "Sum of the non-null values, exact for decimals; null when there are none (see `total`).",
                           example: "from [0.1, 0.2] | summarize s = sum(value)", result: "0.3"),
        type: { args throws(FunctionTypeError) in try Types.numeric(args[0], "sum"); return (Types.sumType(args[0].type), args[0].format) },
        evaluate: { args, groups, _ in try Aggregation.sum(args[0], groups, emptyIsZero: false) }))

    r.add(AggregateFunction("total", params: [.required("x")],
        help: FunctionHelp("aggregate", "Like `sum`, but 0 when there are no non-null values.",
                           example: "from [null] | summarize t = total(value)", result: "0"),
        type: { args throws(FunctionTypeError) in try Types.numeric(args[0], "total"); return (Types.sumType(args[0].type), args[0].format) },
        evaluate: { args, groups, _ in try Aggregation.sum(args[0], groups, emptyIsZero: true) }))

    r.add(AggregateFunction("avg", params: [.required("x")],
        help: FunctionHelp("aggregate", "Arithmetic mean of the non-null values.",
                           example: "from [1, 2, 4] | summarize m = avg(value)", result: "2.3333333333333335"),
        type: { args throws(FunctionTypeError) in try Types.numeric(args[0], "avg"); return (.float, args[0].format) },
        evaluate: { args, groups, _ in Aggregation.mean(args[0], groups) }), aliases: ["mean", "average"])

    r.add(AggregateFunction("only", params: [.required("x")],
        help: FunctionHelp("aggregate", "The one value of the group; an error when the group holds different values (pivot uses it for plain columns).",
                           example: "from [5, 5, null] | summarize v = only(value)", result: "5"),
        type: { args in (args[0].type, args[0].format) },
        evaluate: { args, groups, _ in try Aggregation.only(args[0], groups) }))

    r.add(AggregateFunction("min", params: [.required("x")],
        help: FunctionHelp("aggregate", "Smallest non-null value (numbers, text, dates, financial years).",
                           example: "from [3, 1, 2] | summarize lo = min(value)", result: "1"),
        type: { args in (args[0].type, args[0].format) },
        evaluate: { args, groups, _ in Aggregation.extreme(args[0], groups, largest: false) }))

    r.add(AggregateFunction("max", params: [.required("x")],
        help: FunctionHelp("aggregate", "Largest non-null value (numbers, text, dates, financial years).",
                           example: "from [3, 1, 2] | summarize hi = max(value)", result: "3"),
        type: { args in (args[0].type, args[0].format) },
        evaluate: { args, groups, _ in Aggregation.extreme(args[0], groups, largest: true) }))
}

/// Shared machinery for aggregate implementations.
package enum Aggregation {
    package struct Failure: Error { package var message: String }

    /// `keepScale`: a decimal sum past 18 digits becomes a float rather than losing places (a
    /// total row shares its column with the rows it sums).
    package static func sum(_ c: Column, _ groups: Grouping, emptyIsZero: Bool, keepScale: Bool = false) throws -> Column {
        let n = groups.count
        var seen = [Bool](repeating: false, count: n)
        let g = groups.groupOf
        func finishNulls() -> [Bool]? { emptyIsZero ? nil : seen.map { !$0 } }
        switch c.storage {
        case .int(let a):
            var acc = [Int](repeating: 0, count: n)
            var overflowed = false
            for r in 0..<c.count where g[r] >= 0 && !c.isNull(r) {
                let k = Int(g[r])
                let (v, o) = acc[k].addingReportingOverflow(a[r])
                if o { overflowed = true; break }
                acc[k] = v
                seen[k] = true
            }
            if overflowed { return wideSum(a, c, groups, scale: 0, integer: true, keepScale: true, emptyIsZero: emptyIsZero) }
            return Column(storage: .int(acc), nulls: finishNulls(), count: n, format: c.format)
        case .decimal(let a, let s):
            // Exact: the scaled integers are added in 64 bits while they fit, else again in 128
            // (WideSums says how a sum past 18 digits is shown); never an error, never silently a float.
            var acc = [Int64](repeating: 0, count: n)
            let nulls = c.nulls
            // The bench's core loop: one add and an overflow test per value.
            let overflowed = a.withUnsafeBufferPointer { units in
                g.withUnsafeBufferPointer { groupOf -> Bool in
                    for r in 0..<min(units.count, groupOf.count) where groupOf[r] >= 0 && !(nulls?[r] ?? false) {
                        let k = Int(groupOf[r])
                        let (v, o) = acc[k].addingReportingOverflow(units[r])
                        if o { return true }
                        acc[k] = v
                        seen[k] = true
                    }
                    return false
                }
            }
            if overflowed { return wideSum(a, c, groups, scale: s, integer: false, keepScale: keepScale, emptyIsZero: emptyIsZero) }
            return Column(storage: .decimal(acc, scale: s), nulls: finishNulls(), count: n, format: c.format)
        case .float(let a):
            var acc = [Double](repeating: 0, count: n)
            for r in 0..<c.count where g[r] >= 0 && !c.isNull(r) {
                acc[Int(g[r])] += a[r]
                seen[Int(g[r])] = true
            }
            return Column(storage: .float(acc), nulls: finishNulls(), count: n, format: c.format)
        case .null:
            if emptyIsZero { return Column(storage: .int([Int](repeating: 0, count: n)), nulls: nil, count: n) }
            return .allNull(count: n)
        default:
            throw Failure(message: "sum needs numbers, not \(c.type.displayName)")
        }
    }

    /// `sum` once a 64-bit sum overflowed: the whole column again in 128 bits.
    private static func wideSum<T: FixedWidthInteger>(_ units: [T], _ c: Column, _ groups: Grouping, scale: Int,
                                                      integer: Bool, keepScale: Bool, emptyIsZero: Bool) -> Column {
        let (sums, counts) = WideSums.groupSums(units, nulls: c.nulls, groups)
        let nulls = emptyIsZero ? nil : counts.map { $0 == 0 }
        return WideSums.column(sums, scale: scale, integer: integer, keepScale: keepScale, nulls: nulls, format: c.format)
    }

    /// Values of a numeric column as doubles, with a validity test.
    package static func doubles(_ c: Column) -> [Double]? {
        switch c.storage {
        case .int(let a): return a.map(Double.init)
        case .float(let a): return a
        case .decimal(let a, let s):
            let p = Double(ExactDecimal.pow10(s))
            return a.map { Double($0) / p }
        default: return nil
        }
    }

    package static func mean(_ c: Column, _ groups: Grouping) -> Column {
        let n = groups.count
        var sums = [Double](repeating: 0, count: n), counts = [Int](repeating: 0, count: n)
        // Whole numbers and decimals are summed exactly first (in 128 bits, so no sum overflows),
        // then divided once: avg(0.1, 0.2) is exactly 0.15.
        func exactly<T: FixedWidthInteger>(_ units: [T], scale: Int) {
            let exact: [Int128]
            (exact, counts) = WideSums.groupSums(units, nulls: c.nulls, groups)
            let p = Double(ExactDecimal.pow10(scale))
            for k in 0..<n { sums[k] = Double(exact[k]) / p }
        }
        switch c.storage {
        case .decimal(let a, let s): exactly(a, scale: s)
        case .int(let a): exactly(a, scale: 0)
        case .float(let a):
            for r in 0..<c.count where groups.groupOf[r] >= 0 && !c.isNull(r) {
                let k = Int(groups.groupOf[r])
                sums[k] += a[r]
                counts[k] += 1
            }
        default: return .allNull(count: n)
        }
        var out = [Double](repeating: 0, count: n), nulls = [Bool](repeating: false, count: n)
        for k in 0..<n {
            if counts[k] == 0 { nulls[k] = true } else { out[k] = sums[k] / Double(counts[k]) }
        }
        return Column(storage: .float(out), nulls: nulls, count: n, format: c.format)
    }

    package static func extreme(_ c: Column, _ groups: Grouping, largest: Bool) -> Column {
        let n = groups.count
        var best = [Int](repeating: -1, count: n)
        let cmp = c.rowComparator()
        for r in 0..<c.count where groups.groupOf[r] >= 0 && !c.isNull(r) {
            let k = Int(groups.groupOf[r])
            let b = best[k]
            if b < 0 { best[k] = r; continue }
            let d = cmp(r, b)
            if largest ? d > 0 : d < 0 { best[k] = r }
        }
        return c.gather(best)
    }

    package static func only(_ c: Column, _ groups: Grouping) throws -> Column {
        var chosen = [Int](repeating: -1, count: groups.count)
        for r in 0..<c.count where groups.groupOf[r] >= 0 && !c.isNull(r) {
            let k = Int(groups.groupOf[r])
            if chosen[k] < 0 { chosen[k] = r; continue }
            if !ValueOps.equal(c[chosen[k]], c[r]) {
                throw Failure(message: "one cell has two different values, \(c[chosen[k]].literalText) and \(c[r].literalText); use an aggregate such as sum(...) or max(...)")
            }
        }
        return c.gather(chosen)
    }

    /// Per group, the row indices with non-null values: the building block of order statistics.
    package static func nonNullRows(_ c: Column, _ groups: Grouping) throws(PlanQueryError) -> [[Int]] {
        var out = [[Int]](repeating: [], count: groups.count)
        // One group of millions of rows: grown by doubling, its last copies are tens of ms without a check.
        if groups.count == 1 { out[0].reserveCapacity(c.count) }
        let runGuard = RunGuard.current
        for r in 0..<c.count where groups.groupOf[r] >= 0 && !c.isNull(r) {
            if r & 0xFFFF == 0 { try runGuard?.check() }
            out[Int(groups.groupOf[r])].append(r)
        }
        return out
    }

    /// Builds a result column from one Value per group.
    /// `column`, checking the run every 8Ki values (a window function's millions of values).
    static func columnChecked(_ values: [Value], type: DataType, format: ValueFormat = .plain) throws(PlanQueryError) -> Column {
        var b = ColumnBuilder(type: type, capacity: values.count)
        let runGuard = RunGuard.current
        for (i, v) in values.enumerated() {
            if i & 0x1FFF == 0 { try runGuard?.check() }
            b.append(v)
        }
        return b.finish(format: format)
    }

    package static func column(_ values: [Value], type: DataType, format: ValueFormat = .plain) -> Column {
        var b = ColumnBuilder(type: type, capacity: values.count)
        for v in values { b.append(v) }
        return b.finish(format: format)
    }
}
