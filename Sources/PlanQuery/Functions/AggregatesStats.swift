#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Statistical aggregates: counting, means, order statistics, dispersion and shape.
///
/// Exact where the maths allows: `median`, `quantile_cont`, `percentile` and `mad` of whole
/// numbers or decimals are exact decimals (the mean of two middle values is exact); `product`
/// and `range` keep the input type. Variances, deviations, means other than `avg` and the
/// shape statistics are floats. Every aggregate skips nulls; an empty group gives null
/// (`count`, `null_count`, `count_distinct` give 0).

func registerStatAggregates(_ r: inout FunctionRegistry) {
    // MARK: counting

    r.add(AggregateFunction("count_distinct", params: [.required("x")],
        help: FunctionHelp("aggregate", "Number of distinct non-null values (exact).",
                           example: "from [\"a\", \"b\", \"a\", null] | summarize n = count_distinct(value)", result: "2"),
        type: { _ in (.int, .plain) },
        evaluate: { args, groups, _ in
            let c = args[0]
            let g = groups.groupOf
            /// Distinct storage keys per group: one type and scale per column, so equal keys are equal values.
            func distinct<K: Hashable>(_ key: (Int) -> K) -> [Int] {
                var seen = [Set<K>](repeating: [], count: groups.count)
                for r in 0..<c.count where g[r] >= 0 && !c.isNull(r) { seen[Int(g[r])].insert(key(r)) }
                return seen.map(\.count)
            }
            let counts: [Int]
            switch c.storage {
            case .int(let a): counts = distinct { a[$0] }
            case .decimal(let a, _): counts = distinct { a[$0] }
            case .float(let a): counts = distinct { a[$0] }
            case .text(let codes, let dict):
                // Codes are compared through the first code of each string, in case a dictionary repeats one.
                var first: [String: UInt32] = [:]
                let canonical = dict.enumerated().map { i, t in first[t] ?? { first[t] = UInt32(i); return UInt32(i) }() }
                counts = distinct { canonical[Int(codes[$0])] }
            case .date(let a), .month(let a), .fiscalYear(let a): counts = distinct { a[$0] }
            default: counts = distinct { distinctKey(c[$0]) }
            }
            return Column(storage: .int(counts), nulls: nil, count: groups.count)
        }), aliases: ["distinct_count", "countunique", "n_unique"])

    r.add(AggregateFunction("null_count", params: [.required("x")],
        help: FunctionHelp("aggregate", "Number of null (missing) values of x.",
                           example: "from [1, null, null] | summarize missing = null_count(value)", result: "2"),
        type: { _ in (.int, .plain) },
        evaluate: { args, groups, _ in
            var n = [Int](repeating: 0, count: groups.count)
            for r in 0..<args[0].count where groups.groupOf[r] >= 0 && args[0].isNull(r) { n[Int(groups.groupOf[r])] += 1 }
            return Column(storage: .int(n), nulls: nil, count: groups.count)
        }))

    // MARK: means

    r.add(AggregateFunction("weighted_avg", params: [.required("x"), .required("weight")],
        help: FunctionHelp("aggregate", "Σ(x × weight) / Σweight over rows where both are present; null when the weights sum to 0.",
                           example: "from [[10, 1], [20, 3]] | summarize w = weighted_avg(value1, value2)", result: "17.5"),
        type: { args throws(FunctionTypeError) in
            try Types.numeric(args[0], "weighted_avg"); try Types.numeric(args[1], "weighted_avg", argument: 1)
            return (.float, args[0].format)
        },
        evaluate: { args, groups, _ in
            // Σ(x·w)/Σw = shiftX + Σ((x − shiftX)·w)/Σw; the weights are used unshifted.
            let (pairs, sx, sw0) = AggregateKit.pairs(args[0], args[1], groups)
            return AggregateKit.floats(pairs.map { p in
                var sw = 0.0, sxw = 0.0
                for (x, w) in p { sw += w + sw0; sxw += x * (w + sw0) }
                return p.isEmpty || sw == 0 ? nil : sx + sxw / sw
            }, format: args[0].format)
        }), aliases: ["wavg", "weighted_mean"])

    r.add(AggregateFunction("geometric_mean", params: [.required("x")],
        help: FunctionHelp("aggregate", "The n-th root of the product of the values; 0 if any value is 0, null if any is negative.",
                           example: "from [1, 4, 16] | summarize g = geometric_mean(value)", result: "4"),
        type: Rules.float("geometric_mean", keepFormat: true),
        evaluate: { args, groups, _ in
            AggregateKit.floats(try AggregateKit.doubles(args[0], groups).map { v in
                if v.isEmpty || v.contains(where: { $0 < 0 }) { return nil }
                if v.contains(0) { return 0 }
                return exp(v.reduce(0) { $0 + log($1) } / Double(v.count))
            })
        }), aliases: ["geomean"])

    r.add(AggregateFunction("harmonic_mean", params: [.required("x")],
        help: FunctionHelp("aggregate", "n / Σ(1/x); 0 if any value is 0, null if any is negative.",
                           example: "from [1, 4, 4] | summarize h = harmonic_mean(value)", result: "2"),
        type: Rules.float("harmonic_mean", keepFormat: true),
        evaluate: { args, groups, _ in
            AggregateKit.floats(try AggregateKit.doubles(args[0], groups).map { v in
                if v.isEmpty || v.contains(where: { $0 < 0 }) { return nil }
                if v.contains(0) { return 0 }
                return Double(v.count) / v.reduce(0) { $0 + 1 / $1 }
            })
        }), aliases: ["harmmean"])

    // MARK: order statistics

    r.add(AggregateFunction("median", params: [.required("x")],
        help: FunctionHelp("aggregate", "The middle value; the mean of the two middle values when the count is even. Exact for whole numbers and decimals.",
                           example: "from [1, 2, 3, 10] | summarize m = median(value)", result: "2.5"),
        type: { args throws(FunctionTypeError) in
            try Types.numeric(args[0], "median")
            return (Rules.exactOrFloat(args[0].type), args[0].format)
        },
        evaluate: { args, groups, type in
            try quantileColumn(args[0], groups, type: type, p: .decimal(ExactDecimal(units: 5, scale: 1)), percentScale: false)
        }), aliases: ["med"])

    r.add(AggregateFunction("quantile_cont", params: [.required("x"), .required("p", constant: true)],
        help: FunctionHelp("aggregate", "The p-quantile (0 ≤ p ≤ 1) interpolated linearly between the two nearest values (numpy's default); a list of ps gives a list. Exact for whole numbers and decimals.",
                           example: "from [1, 2, 3, 4] | summarize q = quantile_cont(value, 0.25)", result: "1.75"),
        type: { args throws(FunctionTypeError) in
            try Types.numeric(args[0], "quantile_cont")
            try Rules.constantProbability(args[1], "quantile_cont", argument: 1, percent: false)
            if case .list = args[1].constant { return (.list, .plain) }
            return (Rules.exactOrFloat(args[0].type), args[0].format)
        },
        evaluate: { args, groups, type in
            guard let p = AggregateKit.constant(args, 1) else { return .allNull(count: groups.count) }
            return try quantileColumn(args[0], groups, type: type, p: p, percentScale: false)
        }), aliases: ["percentile_cont"])

    r.add(AggregateFunction("percentile", params: [.required("x"), .required("p", constant: true)],
        help: FunctionHelp("aggregate", "The p-th percentile with p from 0 to 100 (or a percentage such as 90%), interpolated like quantile_cont; a list of ps gives a list.",
                           example: "from [10, 20, 30, 40, 50] | summarize p90 = percentile(value, 90)", result: "46"),
        type: { args throws(FunctionTypeError) in
            try Types.numeric(args[0], "percentile")
            try Rules.constantProbability(args[1], "percentile", argument: 1, percent: true)
            if case .list = args[1].constant { return (.list, .plain) }
            return (Rules.exactOrFloat(args[0].type), args[0].format)
        },
        evaluate: { args, groups, type in
            guard let p = AggregateKit.constant(args, 1) else { return .allNull(count: groups.count) }
            return try quantileColumn(args[0], groups, type: type, p: p, percentScale: args[1].format != .percent)
        }), aliases: ["percentiles"])

    r.add(AggregateFunction("quantile_disc", params: [.required("x"), .required("p", constant: true)],
        help: FunctionHelp("aggregate", "The smallest value whose cumulative share is at least p (SQL percentile_disc): always one of the values; works for dates and text too. A list of ps gives a list.",
                           example: "from [1, 2, 3, 4] | summarize q = quantile_disc(value, 0.5)", result: "2"),
        type: { args throws(FunctionTypeError) in
            try Rules.constantProbability(args[1], "quantile_disc", argument: 1, percent: false)
            if args[0].type == .list { throw FunctionTypeError("quantile_disc cannot order lists") }
            if case .list = args[1].constant { return (.list, .plain) }
            return (args[0].type, args[0].format)
        },
        evaluate: { args, groups, type in
            guard let pv = AggregateKit.constant(args, 1),
                  let (_, ps, isList) = AggregateKit.probabilities(pv, scaleBy100: false) else { return .allNull(count: groups.count) }
            let c = args[0]
            // Numbers: sort the unboxed values (equal values are interchangeable).
            if case .int = c.storage, let (groupsUnits, _) = try AggregateKit.units(c, groups) {
                return Aggregation.column(try groupsUnits.map { v in
                    if v.isEmpty { return .null }
                    let sorted = try v.checkedSorted()
                    let picked = ps.map { Value.int(Int(sorted[AggregateKit.quantileDiscIndex(count: sorted.count, p: $0)])) }
                    return isList ? .list(picked) : picked[0]
                }, type: type, format: c.format)
            }
            if case .decimal = c.storage, let (groupsUnits, scale) = try AggregateKit.units(c, groups) {
                return Aggregation.column(try groupsUnits.map { v in
                    if v.isEmpty { return .null }
                    let sorted = try v.checkedSorted()
                    let picked = ps.map { Value.decimal(ExactDecimal(units: sorted[AggregateKit.quantileDiscIndex(count: sorted.count, p: $0)], scale: scale)) }
                    return isList ? .list(picked) : picked[0]
                }, type: type, format: c.format)
            }
            if case .float = c.storage {
                return Aggregation.column(try AggregateKit.doubles(c, groups).map { v in
                    if v.isEmpty { return .null }
                    let sorted = try v.checkedSorted()
                    let picked = ps.map { Value.float(sorted[AggregateKit.quantileDiscIndex(count: sorted.count, p: $0)]) }
                    return isList ? .list(picked) : picked[0]
                }, type: type, format: c.format)
            }
            let sorted = try Aggregation.nonNullRows(c, groups).map { try AggregateKit.sortedAscending(c, $0) }
            let values: [Value] = sorted.map { rows in
                if rows.isEmpty { return .null }
                let picked = ps.map { c[rows[AggregateKit.quantileDiscIndex(count: rows.count, p: $0)]] }
                return isList ? .list(picked) : picked[0]
            }
            return Aggregation.column(values, type: type, format: c.format)
        }), aliases: ["percentile_disc", "quantile"])

    r.add(AggregateFunction("mode", params: [.required("x")],
        help: FunctionHelp("aggregate", "The most frequent non-null value; ties go to the value seen first.",
                           example: "from [\"b\", \"a\", \"a\", \"b\", \"c\"] | summarize m = mode(value)", result: "b"),
        type: { args in (args[0].type, args[0].format) },
        evaluate: { args, groups, type in
            // Each value becomes a dense code (grouping's codes: equal values, one code; hashed
            // in 64 tables and checked as it goes), and so does each (group, value) pair, so
            // counting is an array increment. A dictionary of values per group stalled for
            // tens of ms without a check each time it grew past a million values.
            let c = args[0]
            let n = c.count
            let runGuard = RunGuard.current
            let (valueCodes, cardinality) = try GroupKeys.codes(c)
            let pairs: [Int32], pairCount: Int
            if groups.count == 1 {
                (pairs, pairCount) = (valueCodes, cardinality)
            } else {
                let groupOf = groups.groupOf
                (pairs, pairCount) = try GroupKeys.hashCodes(n, nil) { r in Int(groupOf[r]) << 32 | Int(valueCodes[r]) }
            }
            var counts = try [Int32].checked(repeating: 0, count: pairCount, runGuard)
            var first = try [Int].checked(repeating: -1, count: pairCount, runGuard)
            var groupOfPair = try [Int32].checked(repeating: -1, count: pairCount, runGuard)
            for r in 0..<n {
                if r & 0xFFFF == 0 { try runGuard?.check() }
                let g = groups.groupOf[r]
                if g < 0 || c.isNull(r) { continue }
                let p = Int(pairs[r])
                counts[p] += 1
                if first[p] < 0 { first[p] = r; groupOfPair[p] = g }
            }
            // The most frequent value of each group; ties go to the value seen first.
            var best = [Int](repeating: -1, count: groups.count), bestCount = [Int32](repeating: 0, count: groups.count)
            for p in 0..<pairCount {
                if p & 0xFFFF == 0 { try runGuard?.check() }
                let g = Int(groupOfPair[p])
                if g < 0 { continue }
                if counts[p] > bestCount[g] || (counts[p] == bestCount[g] && first[p] < best[g]) {
                    best[g] = first[p]
                    bestCount[g] = counts[p]
                }
            }
            return c.gather(best)
        }))

    // MARK: dispersion

    func variance(_ name: String, sample: Bool, sqrt takeRoot: Bool, summary: String, example: String, result: String, aliases: [String]) {
        r.add(AggregateFunction(name, params: [.required("x")],
            help: FunctionHelp("statistics", summary, example: example, result: result),
            type: { args throws(FunctionTypeError) in
                try Types.numeric(args[0], name)
                return (.float, takeRoot ? args[0].format : .plain)
            },
            evaluate: { args, groups, _ in
                AggregateKit.floats(try AggregateKit.shifted(args[0], groups).map { v in
                    let n = v.count
                    if n == 0 || (sample && n < 2) { return nil }
                    let s2 = AggregateKit.centralSums(v).s2
                    let varValue = s2 / Double(sample ? n - 1 : n)
                    return takeRoot ? varValue.squareRoot() : varValue
                })
            }), aliases: aliases)
    }
    variance("var_samp", sample: true, sqrt: false,
             summary: "Sample variance Σ(x − mean)² / (n − 1); null for fewer than 2 values. (`variance` is the budget variance: see variance(actual, budget).)",
             example: "from [2, 4, 4, 4, 5, 5, 7, 9] | summarize v = var_samp(value)", result: "4.571428571428571",
             aliases: ["var", "svar", "variance_samp"])
    variance("var_pop", sample: false, sqrt: false,
             summary: "Population variance Σ(x − mean)² / n.",
             example: "from [2, 4, 4, 4, 5, 5, 7, 9] | summarize v = var_pop(value)", result: "4",
             aliases: ["variancep", "pvar", "variance_pop"])
    variance("stddev_samp", sample: true, sqrt: true,
             summary: "Sample standard deviation √(Σ(x − mean)² / (n − 1)); null for fewer than 2 values.",
             example: "from [2, 4, 4, 4, 5, 5, 7, 9] | summarize s = stddev_samp(value)", result: "2.138089935299395",
             aliases: ["stddev", "stdev", "sdev", "sstdev", "std"])
    variance("stddev_pop", sample: false, sqrt: true,
             summary: "Population standard deviation √(Σ(x − mean)² / n).",
             example: "from [2, 4, 4, 4, 5, 5, 7, 9] | summarize s = stddev_pop(value)", result: "2",
             aliases: ["stdevp", "pstdev", "dev"])

    r.add(AggregateFunction("sem", params: [.required("x")],
        help: FunctionHelp("statistics", "Standard error of the mean: stddev_samp(x) / √n; null for fewer than 2 values.",
                           example: "from [2, 4, 4, 4, 5, 5, 7, 9] | summarize e = sem(value)", result: "0.7559289460184544"),
        type: Rules.float("sem", keepFormat: true),
        evaluate: { args, groups, _ in
            AggregateKit.floats(try AggregateKit.shifted(args[0], groups).map { v in
                let n = Double(v.count)
                guard v.count >= 2 else { return nil }
                return (AggregateKit.centralSums(v).s2 / (n - 1)).squareRoot() / n.squareRoot()
            })
        }), aliases: ["meaneb"])

    r.add(AggregateFunction("mad", params: [.required("x")],
        help: FunctionHelp("statistics", "Median absolute deviation: median(|x − median(x)|), unscaled (not × 1.4826). Exact for whole numbers and decimals. For the mean absolute deviation see mean_abs_dev.",
                           example: "from [1, 1, 2, 2, 4, 6, 9] | summarize m = mad(value)", result: "1"),
        type: { args throws(FunctionTypeError) in
            try Types.numeric(args[0], "mad")
            return (Rules.exactOrFloat(args[0].type), args[0].format)
        },
        evaluate: { args, groups, type in
            let half = ExactDecimal(units: 5, scale: 1)
            if let (groupsUnits, scale) = try AggregateKit.units(args[0], groups) {
                let values: [Value] = try groupsUnits.map { v in
                    var v = v
                    guard let m = try AggregateKit.quantileCont(selecting: &v, scale: scale, p: half) else { return .null }
                    // Deviations at the median's scale stay exact.
                    let s = max(m.scale, scale)
                    guard let mu = m.rescaled(to: s) else { throw AggregateKit.Failure("decimal overflow") }
                    var devs: [Int64] = []
                    devs.reserveCapacity(v.count)
                    for x in v {
                        guard let xs = ExactDecimal(units: x, scale: scale).rescaled(to: s) else { throw AggregateKit.Failure("decimal overflow") }
                        let (d, o) = xs.units.subtractingReportingOverflow(mu.units)
                        if o { throw AggregateKit.Failure("decimal overflow") }
                        devs.append(d.magnitude > UInt64(Int64.max) ? Int64.max : abs(d))
                    }
                    return try AggregateKit.quantileCont(selecting: &devs, scale: s, p: half).map(Value.decimal) ?? .null
                }
                return Aggregation.column(values, type: type, format: args[0].format)
            }
            return AggregateKit.floats(try AggregateKit.doubles(args[0], groups).map { v in
                var v = v
                guard let m = try AggregateKit.quantileCont(selecting: &v, p: 0.5) else { return nil }
                var devs = v.map { abs($0 - m) }
                return try AggregateKit.quantileCont(selecting: &devs, p: 0.5)
            }, format: args[0].format)
        }), aliases: ["median_abs_dev"])

    r.add(AggregateFunction("mean_abs_dev", params: [.required("x")],
        help: FunctionHelp("statistics", "Mean absolute deviation: mean(|x − mean(x)|) (Miller's `mad`; see mad for the median version).",
                           example: "from [1, 2, 3, 6] | summarize m = mean_abs_dev(value)", result: "1.5"),
        type: Rules.float("mean_abs_dev", keepFormat: true),
        evaluate: { args, groups, _ in
            AggregateKit.floats(try AggregateKit.shifted(args[0], groups).map { v in
                guard !v.isEmpty else { return nil }
                let m = AggregateKit.mean(v)
                return v.reduce(0) { $0 + abs($1 - m) } / Double(v.count)
            }, format: args[0].format)
        }), aliases: ["meanad"])

    func shape(_ name: String, summary: String, example: String, result: String, aliases: [String],
               _ f: @escaping @Sendable (_ n: Double, _ s2: Double, _ s3: Double, _ s4: Double) -> Double?) {
        r.add(AggregateFunction(name, params: [.required("x")],
            help: FunctionHelp("statistics", summary, example: example, result: result),
            type: Rules.float(name),
            evaluate: { args, groups, _ in
                AggregateKit.floats(try AggregateKit.shifted(args[0], groups).map { v in
                    guard !v.isEmpty else { return nil }
                    let m = AggregateKit.centralSums(v)
                    // A constant sample has no shape: null rather than 0/0.
                    if m.s2 <= 1e-300 * Double(v.count) { return nil }
                    return f(Double(v.count), m.s2, m.s3, m.s4)
                })
            }), aliases: aliases)
    }
    shape("skewness", summary: "Sample skewness, the adjusted Fisher–Pearson coefficient G1 = g1·√(n(n−1))/(n−2) (as Excel SKEW, DuckDB, scipy bias=False); null for fewer than 3 values or no spread.",
          example: "from [1, 2, 3, 10] | summarize s = skewness(value)", result: "1.763632614803888", aliases: ["skew"]) { n, s2, s3, _ in
        guard n >= 3 else { return nil }
        let g1 = (s3 / n) / pow(s2 / n, 1.5)
        return g1 * (n * (n - 1)).squareRoot() / (n - 2)
    }
    shape("skewness_pop", summary: "Population (biased) skewness g1 = m3 / m2^1.5 (scipy bias=True).",
          example: "from [1, 2, 3, 10] | summarize s = skewness_pop(value)", result: "1.0182337649086284", aliases: ["pskew"]) { n, s2, s3, _ in
        (s3 / n) / pow(s2 / n, 1.5)
    }
    shape("kurtosis", summary: "Sample excess kurtosis G2 = ((n+1)·g2 + 6)·(n−1)/((n−2)(n−3)) with g2 = m4/m2² − 3 (as Excel KURT, DuckDB, scipy bias=False); null for fewer than 4 values or no spread.",
          example: "from [1, 2, 3, 4, 20] | summarize k = kurtosis(value)", result: "4.60608", aliases: ["kurt"]) { n, s2, _, s4 in
        guard n >= 4 else { return nil }
        let g2 = (s4 / n) / ((s2 / n) * (s2 / n)) - 3
        return ((n + 1) * g2 + 6) * (n - 1) / ((n - 2) * (n - 3))
    }
    shape("kurtosis_pop", summary: "Population (biased) excess kurtosis g2 = m4/m2² − 3 (scipy bias=True).",
          example: "from [1, 2, 3, 4, 20] | summarize k = kurtosis_pop(value)", result: "0.1515200000000001", aliases: ["pkurt"]) { n, s2, _, s4 in
        (s4 / n) / ((s2 / n) * (s2 / n)) - 3
    }

    // MARK: products and spreads

    r.add(AggregateFunction("product", params: [.required("x")],
        help: FunctionHelp("aggregate", "Product of the non-null values, as a float (products soon pass 18 exact digits); computed exactly while it fits, so chained growth factors do not drift.",
                           example: "from [1.05, 1.02, 0.98] | summarize growth = product(value)", result: "1.04958"),
        type: { args throws(FunctionTypeError) in try Types.numeric(args[0], "product"); return (.float, .plain) },
        evaluate: { args, groups, _ in
            let c = args[0]
            var exactAcc = [ExactDecimal?](repeating: nil, count: groups.count)
            var floatAcc = [Double?](repeating: nil, count: groups.count)
            var inexact = [Bool](repeating: c.type == .float, count: groups.count)
            for r in 0..<c.count where groups.groupOf[r] >= 0 && !c.isNull(r) {
                let k = Int(groups.groupOf[r])
                let v = c[r]
                floatAcc[k] = (floatAcc[k] ?? 1) * (v.doubleValue ?? .nan)
                if !inexact[k], let d = v.decimalValue {
                    if let p = (exactAcc[k] ?? ExactDecimal(1)).multiplied(by: d), p.scale < ExactDecimal.maxScale { exactAcc[k] = p }
                    else { inexact[k] = true }
                }
            }
            return AggregateKit.floats((0..<groups.count).map { k in
                guard let f = floatAcc[k] else { return nil }
                return inexact[k] ? f : exactAcc[k]?.doubleValue
            })
        }), aliases: ["prd"])
}

/// Numbers of different storage compare equal by value when counted or grouped: 1 == 1.0.
func distinctKey(_ v: Value) -> Value {
    switch v {
    case .int(let i): return .decimal(ExactDecimal(i).normalized)
    case .decimal(let d): return .decimal(d.normalized)
    default: return v
    }
}

/// median / quantile_cont / percentile: exact for int and decimal columns, floats otherwise.
func quantileColumn(_ c: Column, _ groups: Grouping, type: DataType, p pv: Value, percentScale: Bool) throws -> Column {
    guard let (ps, fs, isList) = AggregateKit.probabilities(pv, scaleBy100: percentScale) else {
        throw AggregateKit.Failure("the position must be between 0 and \(percentScale ? 100 : 1)")
    }
    // A float position (rare: positions are usually written as decimals) is taken to 15 places.
    let exactPs: [ExactDecimal]? = try? ps.indices.map { i throws(AggregateKit.Failure) in
        if let p = ps[i] { return p }
        guard let p = ExactDecimal(fs[i], places: 15) else { throw AggregateKit.Failure("bad position") }
        return p.normalized
    }
    var values: [Value] = []
    values.reserveCapacity(groups.count)
    // Each group's values are taken out of the array of groups, not copied: the selection
    // reorders them in place, and a copy of ten million values is 40 ms without a check.
    if var groupsUnits = try AggregateKit.units(c, groups), let exactPs {
        let scale = groupsUnits.scale
        for g in groupsUnits.values.indices {
            var v: [Int64] = []
            swap(&v, &groupsUnits.values[g])
            if v.isEmpty { values.append(.null); continue }
            let picked = try exactPs.map { p in try AggregateKit.quantileCont(selecting: &v, scale: scale, p: p).map(Value.decimal) ?? .null }
            values.append(isList ? .list(picked) : picked[0])
        }
    } else {
        var groupsValues = try AggregateKit.doubles(c, groups)
        for g in groupsValues.indices {
            var v: [Double] = []
            swap(&v, &groupsValues[g])
            if v.isEmpty { values.append(.null); continue }
            let picked = try fs.map { p in try AggregateKit.quantileCont(selecting: &v, p: p).map(Value.float) ?? .null }
            values.append(isList ? .list(picked) : picked[0])
        }
    }
    return Aggregation.column(values, type: type, format: type == .list ? .plain : c.format)
}
