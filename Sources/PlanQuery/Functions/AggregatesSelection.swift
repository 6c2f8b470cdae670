/// Aggregates that pick rows or collect values: first/last/any_value, arg_min/arg_max,
/// bool_and/bool_or, string_agg, list, set, histogram, sparkline.
///
/// "Input order" is the order of rows reaching the aggregate: `sort` first to choose it.

func registerSelectionAggregates(_ r: inout FunctionRegistry) {
    r.add(AggregateFunction("first", params: [.required("x")],
        help: FunctionHelp("aggregate", "x on the first row of the group in input order (null if that row's x is null; see any_value). Sort first to choose the order.",
                           example: "from [3, 1, 2] | summarize f = first(value)", result: "3"),
        type: { args in (args[0].type, args[0].format) },
        evaluate: { args, groups, _ in
            args[0].gather(AggregateKit.rows(groups).map { $0.first ?? -1 })
        }))

    r.add(AggregateFunction("last", params: [.required("x")],
        help: FunctionHelp("aggregate", "x on the last row of the group in input order (null if that row's x is null).",
                           example: "from [3, 1, 2] | summarize l = last(value)", result: "2"),
        type: { args in (args[0].type, args[0].format) },
        evaluate: { args, groups, _ in
            args[0].gather(AggregateKit.rows(groups).map { $0.last ?? -1 })
        }))

    r.add(AggregateFunction("any_value", params: [.required("x")],
        help: FunctionHelp("aggregate", "The first non-null value of x in input order (for columns that are the same on every row of a group).",
                           example: "from [null, \"Kent\", \"Kent\"] | summarize c = any_value(value)", result: "Kent"),
        type: { args in (args[0].type, args[0].format) },
        evaluate: { args, groups, _ in
            args[0].gather(try Aggregation.nonNullRows(args[0], groups).map { $0.first ?? -1 })
        }), aliases: ["take_any", "arbitrary"])

    func argExtreme(_ name: String, largest: Bool, example: String, result: String, aliases: [String]) {
        r.add(AggregateFunction(name, params: [.required("ret"), .required("by"), .optional("n", constant: true)],
            help: FunctionHelp("aggregate",
                               "ret on the row with the \(largest ? "largest" : "smallest") `by` (ties: the first in input order; rows with a null `by` are skipped). With n > 1: a list of ret for the n rows with the \(largest ? "largest" : "smallest") `by`, \(largest ? "largest" : "smallest") first.",
                               example: example, result: result),
            type: { args throws(FunctionTypeError) in
                if args[1].type == .list { throw FunctionTypeError("\(name) cannot order by a list", argument: 1) }
                // n > 1 gives a list; n = 1 is the same as leaving it out.
                if args.count > 2, let n = try Rules.constantInt(args[2], name, "n", argument: 2), n > 1 {
                    return (.list, .plain)
                }
                return (args[0].type, args[0].format)
            },
            evaluate: { args, groups, type in
                let ret = args[0], by = args[1]
                let candidates = try Aggregation.nonNullRows(by, groups)
                if let nv = AggregateKit.constant(args, 2), case .int(let n) = nv, n > 1 {
                    // A bounded best-first list per group: O(rows × n), stable for ties.
                    let cmp = by.rowComparator()
                    let values: [Value] = candidates.map { rows in
                        if rows.isEmpty { return .null }
                        var top: [Int] = []
                        top.reserveCapacity(min(n, rows.count) + 1)
                        for r in rows {
                            if top.count == n, let worst = top.last, !(largest ? cmp(r, worst) > 0 : cmp(r, worst) < 0) { continue }
                            var i = top.count
                            while i > 0, largest ? cmp(r, top[i - 1]) > 0 : cmp(r, top[i - 1]) < 0 { i -= 1 }
                            top.insert(r, at: i)
                            if top.count > n { top.removeLast() }
                        }
                        return .list(top.map { ret[$0] })
                    }
                    return Aggregation.column(values, type: .list)
                }
                let cmp = by.rowComparator()
                let best: [Int] = candidates.map { rows in
                    var b = -1
                    for r in rows where b < 0 || (largest ? cmp(r, b) > 0 : cmp(r, b) < 0) { b = r }
                    return b
                }
                return ret.gather(best)
            }), aliases: aliases)
    }
    argExtreme("arg_max", largest: true,
               example: "from [[\"Roads\", 12], [\"Libraries\", 30], [\"Parks\", 7]] | summarize top = arg_max(value1, value2)",
               result: "Libraries", aliases: ["max_by", "argmax"])
    argExtreme("arg_min", largest: false,
               example: "from [[\"Roads\", 12], [\"Libraries\", 30], [\"Parks\", 7]] | summarize bottom = arg_min(value1, value2, 2)",
               result: "[\"Parks\", \"Roads\"]", aliases: ["min_by", "argmin"])

    func boolAgg(_ name: String, isAnd: Bool, example: String, result: String, aliases: [String]) {
        r.add(AggregateFunction(name, params: [.required("x")],
            help: FunctionHelp("aggregate", isAnd ? "True when every non-null value is true; null when there are none."
                                                  : "True when any non-null value is true; null when there are none.",
                               example: example, result: result),
            type: { args throws(FunctionTypeError) in
                if args[0].type != .bool && args[0].type != .null { throw FunctionTypeError("\(name) needs true/false values, not \(args[0].type.displayName)") }
                return (.bool, .plain)
            },
            evaluate: { args, groups, _ in
                let c = args[0]
                var acc = [Bool?](repeating: nil, count: groups.count)
                if case .bool(let a) = c.storage {
                    for r in 0..<c.count where groups.groupOf[r] >= 0 && !c.isNull(r) {
                        let k = Int(groups.groupOf[r])
                        acc[k] = isAnd ? (acc[k] ?? true) && a[r] : (acc[k] ?? false) || a[r]
                    }
                }
                return Aggregation.column(acc.map { $0.map(Value.bool) ?? .null }, type: .bool)
            }), aliases: aliases)
    }
    boolAgg("bool_and", isAnd: true, example: "from [true, true, null] | summarize ok = bool_and(value)", result: "true", aliases: ["all", "every"])
    boolAgg("bool_or", isAnd: false, example: "from [false, true] | summarize any_true = bool_or(value)", result: "true", aliases: ["any"])

    r.add(AggregateFunction("string_agg", params: [.required("x"), .optional("sep", .text(", "), constant: true)],
        help: FunctionHelp("aggregate", "The non-null values as text joined by sep, in input order (`sort` first to choose the order).",
                           example: "from [\"Roads\", null, \"Parks\"] | summarize names = string_agg(value, \"; \")", result: "Roads; Parks"),
        type: { args throws(FunctionTypeError) in
            if args.count > 1 { try Types.text(args[1], "string_agg", argument: 1) }
            return (.text, .plain)
        },
        evaluate: { args, groups, _ in
            let c = args[0]
            let sep = AggregateKit.constant(args, 1).map { $0.description } ?? ", "
            let values: [Value] = try Aggregation.nonNullRows(c, groups).map { rows in
                rows.isEmpty ? .null : .text(rows.map { c[$0].description }.joined(separator: sep))
            }
            return Aggregation.column(values, type: .text)
        }), aliases: ["group_concat", "listagg", "collapse"])

    r.add(AggregateFunction("list", params: [.required("x")],
        help: FunctionHelp("aggregate", "The non-null values as a list, in input order; null when there are none.",
                           example: "from [3, null, 1] | summarize l = list(value)", result: "[3, 1]"),
        type: { _ in (.list, .plain) },
        evaluate: { args, groups, _ in
            let c = args[0]
            return Aggregation.column(try Aggregation.nonNullRows(c, groups).map { rows in rows.isEmpty ? .null : .list(rows.map { c[$0] }) }, type: .list)
        }), aliases: ["array_agg", "make_list"])

    r.add(AggregateFunction("set", params: [.required("x")],
        help: FunctionHelp("aggregate", "The distinct non-null values as a list, in order of first appearance.",
                           example: "from [\"b\", \"a\", \"b\"] | summarize s = set(value)", result: "[\"b\", \"a\"]"),
        type: { _ in (.list, .plain) },
        evaluate: { args, groups, _ in
            let c = args[0]
            return Aggregation.column(try Aggregation.nonNullRows(c, groups).map { rows in
                if rows.isEmpty { return .null }
                var seen = Set<Value>()
                var out: [Value] = []
                for r in rows where seen.insert(distinctKey(c[r])).inserted { out.append(c[r]) }
                return .list(out)
            }, type: .list)
        }), aliases: ["make_set", "unique"])

    r.add(AggregateFunction("histogram", params: [.required("x"), .optional("bins", .int(10), constant: true), .optional("as_text", .bool(false), constant: true)],
        help: FunctionHelp("aggregate", "Counts of x in bins: `bins` equal-width bins from min to max (the last includes max), or a list of upper bounds (x ≤ bound, plus one bin above the last). as_text = true draws the counts as bars ▁▂▃▄▅▆▇█.",
                           example: "from [1, 2, 2, 3, 3, 3, 10] | summarize h = histogram(value, 3)", result: "[6, 0, 1]"),
        type: { args throws(FunctionTypeError) in
            try Types.numeric(args[0], "histogram")
            if args.count > 1, let b = args[1].constant {
                switch b {
                case .int(let n) where n >= 1:
                    if n > Limits.maxHistogramBuckets {
                        throw FunctionTypeError("histogram makes at most \(Limits.maxHistogramBuckets) bins, not \(n)", argument: 1)
                    }
                case .list(let items) where !items.isEmpty && items.allSatisfy({ $0.doubleValue != nil }):
                    if items.count >= Limits.maxHistogramBuckets {
                        throw FunctionTypeError("histogram makes at most \(Limits.maxHistogramBuckets) bins, not \(items.count + 1)", argument: 1)
                    }
                default: throw FunctionTypeError("histogram's bins must be a whole number of at least 1 or a list of bounds, not \(b.literalText)", argument: 1)
                }
            }
            if args.count > 2, case .bool(true) = args[2].constant { return (.text, .plain) }
            if args.count > 2, args[2].type != .bool { throw FunctionTypeError("histogram's as_text must be true or false", argument: 2) }
            return (.list, .plain)
        },
        evaluate: { args, groups, type in
            let bins = AggregateKit.constant(args, 1) ?? .int(10)
            let values: [Value] = try AggregateKit.doubles(args[0], groups).map { v in
                if v.isEmpty { return .null }
                let counts = histogramCounts(v, bins: bins)
                return type == .text ? .text(Sparkline.bars(counts.map(Double.init), floorAtZero: true)) : .list(counts.map(Value.int))
            }
            return Aggregation.column(values, type: type)
        }))

    r.add(AggregateFunction("sparkline", params: [.required("x")],
        help: FunctionHelp("aggregate", "The values in input order as a text chart ▁▂▃▄▅▆▇█ scaled from min (▁) to max (█); a null is a space, equal values are all ▄.",
                           example: "from [1, 2, 3, 4, 5, 6, 7, 8] | summarize trend = sparkline(value)", result: "▁▂▃▄▅▆▇█"),
        type: { args throws(FunctionTypeError) in try Types.numeric(args[0], "sparkline"); return (.text, .plain) },
        evaluate: { args, groups, _ in
            let c = args[0]
            let vals = Aggregation.doubles(c)
            let values: [Value] = AggregateKit.rows(groups).map { rows in
                if rows.isEmpty || vals == nil { return .null }
                return .text(Sparkline.bars(rows.map { c.isNull($0) ? nil : vals![$0] }, floorAtZero: false))
            }
            return Aggregation.column(values, type: .text)
        }))
}

func histogramCounts(_ v: [Double], bins: Value) -> [Int] {
    if case .list(let bounds) = bins {
        let b = bounds.compactMap(\.doubleValue)
        var counts = [Int](repeating: 0, count: b.count + 1)
        for x in v {
            var i = 0
            while i < b.count, x > b[i] { i += 1 }
            counts[i] += 1
        }
        return counts
    }
    // The bin count was checked against Limits.maxHistogramBuckets when the query was bound.
    guard case .int(let n) = bins, n >= 1, n <= Limits.maxHistogramBuckets, let lo = v.min(), let hi = v.max() else { return [] }
    var counts = [Int](repeating: 0, count: n)
    for x in v {
        // The maximum (an infinity too) is in the last bin; with an infinite range every finite value is in the first.
        let position = hi > lo && x >= hi ? Double(n - 1) : hi > lo ? ((x - lo) / (hi - lo) * Double(n)).rounded(.down) : 0
        guard let i = Sparkline.index(position, count: n) else { continue }  // NaN is in no bin
        counts[i] += 1
    }
    return counts
}

enum Sparkline {
    static let glyphs: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// A computed position as an index in 0..<count, clamped (infinities go to the ends);
    /// nil for NaN. Converting first would trap on NaN, infinity or a huge value.
    static func index(_ position: Double, count: Int) -> Int? {
        if position.isNaN { return nil }
        return Int(min(max(position, 0), Double(count - 1)))
    }

    /// One glyph per value: level round((v − lo) / (hi − lo) × 7); nulls are spaces.
    /// `floorAtZero` scales from 0 (bars of counts), otherwise from the minimum.
    static func bars(_ values: [Double?], floorAtZero: Bool) -> String {
        let present = values.compactMap { $0 }
        guard var lo = present.min(), let hi = present.max() else { return String(repeating: " ", count: values.count) }
        if floorAtZero { lo = min(lo, 0) }
        var out = ""
        for v in values {
            guard let v else { out.append(" "); continue }
            if hi == lo { out.append(floorAtZero && hi == 0 ? glyphs[0] : glyphs[3]); continue }
            let position = v >= hi ? 7 : v <= lo ? 0 : ((v - lo) / (hi - lo) * 7).rounded()
            guard let level = index(position, count: glyphs.count) else { out.append(" "); continue }
            out.append(glyphs[level])
        }
        return out
    }
}
