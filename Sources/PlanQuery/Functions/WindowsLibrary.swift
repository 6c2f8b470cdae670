/// Window functions of the library: distribution ranks, tiles, positional values, running
/// and moving aggregates, row-to-row changes and shares. They run over the whole table, or
/// per group inside `group k (...)`, in the current order (`sort` first). Running and moving
/// aggregates skip nulls; a window with no values gives null.

func registerLibraryWindows(_ r: inout FunctionRegistry) {
    // MARK: distribution

    r.add(WindowFunction("percent_rank", params: [.required("x")],
        help: FunctionHelp("window", "(number of rows with a smaller x) / (n − 1), from 0 (smallest) to 1 (largest); ties share the lower value; null x gives null.",
                           example: "from [10, 20, 20, 40] | derive p = percent_rank(value) | select p", result: "0\n0.3333333333333333\n0.3333333333333333\n1"),
        type: { _ in (.float, .percent) },
        evaluate: { args, order, _ in
            let (less, _, n) = try WindowKit.counts(args[0], order)
            return order.indices.map { i in
                guard let l = less[i] else { return .null }
                return .float(n > 1 ? Double(l) / Double(n - 1) : 0)
            }
        }))

    r.add(WindowFunction("cume_dist", params: [.required("x")],
        help: FunctionHelp("window", "(number of rows with x ≤ this x) / n: the share of values at or below this one; null x gives null.",
                           example: "from [10, 20, 20, 40] | derive c = cume_dist(value) | select c", result: "0.25\n0.75\n0.75\n1"),
        type: { _ in (.float, .percent) },
        evaluate: { args, order, _ in
            let (_, atMost, n) = try WindowKit.counts(args[0], order)
            return order.indices.map { i in atMost[i].map { .float(Double($0) / Double(n)) } ?? .null }
        }))

    r.add(WindowFunction("ntile", params: [.required("n", constant: true)],
        help: FunctionHelp("window", "Splits the rows, in the current order, into n groups of near-equal size numbered 1…n (earlier groups get the extra rows).",
                           example: "from [1, 2, 3, 4, 5] | derive t = ntile(2) | select t", result: "1\n1\n1\n2\n2"),
        type: { args throws(FunctionTypeError) in
            _ = try Rules.constantInt(args[0], "ntile", "n", argument: 0)
            return (.int, .plain)
        },
        evaluate: { args, order, _ in
            guard let nv = args.first.flatMap({ $0.count > 0 ? $0[0] : nil }), case .int(let n) = nv, n >= 1 else {
                return order.map { _ in .null }
            }
            let total = order.count
            let size = total / n, extra = total % n
            var out: [Value] = []
            out.reserveCapacity(total)
            var bucket = 1, inBucket = 0
            for _ in 0..<total {
                let cap = size + (bucket <= extra ? 1 : 0)
                if inBucket >= cap { bucket += 1; inBucket = 0 }
                out.append(.int(bucket))
                inBucket += 1
            }
            return out
        }))

    // MARK: positional values

    r.add(WindowFunction("first_value", params: [.required("x")],
        help: FunctionHelp("window", "x on the first row of the table or group, in the current order, repeated on every row.",
                           example: "from [5, 7, 9] | derive base = first_value(value) | select base", result: "5\n5\n5"),
        type: { args in (args[0].type, args[0].format) },
        evaluate: { args, order, _ in
            let v = order.first.map { args[0][$0] } ?? .null
            return order.map { _ in v }
        }))

    r.add(WindowFunction("last_value", params: [.required("x")],
        help: FunctionHelp("window", "x on the last row of the table or group (the whole group, not the rows so far), repeated on every row.",
                           example: "from [5, 7, 9] | derive latest = last_value(value) | select latest", result: "9\n9\n9"),
        type: { args in (args[0].type, args[0].format) },
        evaluate: { args, order, _ in
            let v = order.last.map { args[0][$0] } ?? .null
            return order.map { _ in v }
        }))

    r.add(WindowFunction("nth_value", params: [.required("x"), .required("n", constant: true)],
        help: FunctionHelp("window", "x on the n-th row (1-based) of the table or group in the current order, repeated on every row; null when there are fewer rows.",
                           example: "from [5, 7, 9] | derive second = nth_value(value, 2) | select second", result: "7\n7\n7"),
        type: { args throws(FunctionTypeError) in
            _ = try Rules.constantInt(args[1], "nth_value", "n", argument: 1)
            return (args[0].type, args[0].format)
        },
        evaluate: { args, order, _ in
            guard args[1].count > 0, case .int(let n) = args[1][0], n >= 1, n <= order.count else { return order.map { _ in .null } }
            let v = args[0][order[n - 1]]
            return order.map { _ in v }
        }))

    // MARK: running aggregates

    r.add(WindowFunction("running_avg", params: [.required("x")],
        help: FunctionHelp("window", "Mean of the non-null x from the first row up to this one.",
                           example: "from [2, 4, 9] | derive ra = running_avg(value) | select ra", result: "2\n3\n5"),
        type: { args throws(FunctionTypeError) in try Types.numeric(args[0], "running_avg"); return (.float, args[0].format) },
        evaluate: { args, order, _ in
            if let run = WideSums.running(args[0], order) {
                let p = Double(ExactDecimal.pow10(run.scale))
                return order.indices.map { i in run.counts[i] == 0 ? .null : .float(Double(run.sums[i]) / p / Double(run.counts[i])) }
            }
            var sum: Value = .int(0)
            var n = 0
            return try order.map { r in
                let v = args[0][r]
                if !v.isNull { sum = try ValueOps.arithmetic(.add, sum, v); n += 1 }
                return n == 0 ? .null : .float((sum.doubleValue ?? 0) / Double(n))
            }
        }), aliases: ["cumavg", "running_mean"])

    func runningExtreme(_ name: String, largest: Bool, example: String, result: String, aliases: [String]) {
        r.add(WindowFunction(name, params: [.required("x")],
            help: FunctionHelp("window", "The \(largest ? "largest" : "smallest") non-null x from the first row up to this one.", example: example, result: result),
            type: { args in (args[0].type, args[0].format) },
            evaluate: { args, order, _ in
                var best: Value = .null
                return order.map { r in
                    let v = args[0][r]
                    if !v.isNull, best.isNull || (ValueOps.compare(v, best).map { largest ? $0 > 0 : $0 < 0 } ?? false) { best = v }
                    return best
                }
            }), aliases: aliases)
    }
    runningExtreme("running_min", largest: false, example: "from [3, 1, 2] | derive m = running_min(value) | select m", result: "3\n1\n1", aliases: ["cummin"])
    runningExtreme("running_max", largest: true, example: "from [1, 3, 2] | derive m = running_max(value) | select m", result: "1\n3\n3", aliases: ["cummax"])

    r.add(WindowFunction("running_count", params: [.optional("x")],
        help: FunctionHelp("window", "Rows so far (with an argument: non-null values of x so far), counting this row.",
                           example: "from [5, null, 7] | derive n = running_count(value) | select n", result: "1\n1\n2"),
        type: { _ in (.int, .plain) },
        evaluate: { args, order, _ in
            var n = 0
            return order.map { r in
                if args.isEmpty || !args[0].isNull(r) { n += 1 }
                return .int(n)
            }
        }), aliases: ["cumcount"])

    // MARK: moving (trailing) windows

    func moving(_ name: String, summary: String, example: String, result: String, aliases: [String],
                type resultType: @escaping @Sendable (ArgInfo) -> (DataType, ValueFormat),
                _ combine: @escaping @Sendable ([Value]) throws -> Value) {
        r.add(WindowFunction(name, params: [.required("x"), .required("n", constant: true)],
            help: FunctionHelp("window", summary, example: example, result: result),
            type: { args throws(FunctionTypeError) in
                if name != "moving_min" && name != "moving_max" { try Types.numeric(args[0], name) }
                _ = try Rules.constantInt(args[1], name, "n", argument: 1)
                return resultType(args[0])
            },
            evaluate: { args, order, _ in
                guard args[1].count > 0, case .int(let n) = args[1][0], n >= 1 else { return order.map { _ in .null } }
                if name == "moving_sum" || name == "moving_avg", let run = WideSums.running(args[0], order) {
                    return MovingWindow.exact(name, run, width: n)
                }
                // Up to 32 rows the window is combined afresh at each row (as the examples read);
                // wider windows slide in time linear in the rows, so a huge n is not quadratic work.
                if n > 32 { return try MovingWindow.slide(name, args[0], order, width: n) }
                return try order.indices.map { i in
                    let window = order[max(0, i - n + 1)...i].map { args[0][$0] }.filter { !$0.isNull }
                    return window.isEmpty ? .null : try combine(window)
                }
            }), aliases: aliases)
    }
    moving("moving_avg", summary: "Mean of the non-null x over this row and the n − 1 before it (fewer at the start).",
           example: "from [1, 2, 3, 4, 5] | derive ma = moving_avg(value, 3) | select ma", result: "1\n1.5\n2\n3\n4",
           aliases: ["mavg", "avg_moving", "rolling_avg"], type: { (.float, $0.format) }) { w in
        let sum = try w.dropFirst().reduce(w[0]) { try ValueOps.arithmetic(.add, $0, $1) }
        return .float((sum.doubleValue ?? 0) / Double(w.count))
    }
    moving("moving_sum", summary: "Sum of the non-null x over this row and the n − 1 before it (fewer at the start); exact for decimals.",
           example: "from [1, 2, 3, 4, 5] | derive ms = moving_sum(value, 3) | select ms", result: "1\n3\n6\n9\n12",
           aliases: ["msum", "sum_moving", "rolling_sum"], type: { (Types.sumType($0.type), $0.format) }) { w in
        try w.dropFirst().reduce(w[0]) { try ValueOps.arithmetic(.add, $0, $1) }
    }
    moving("moving_min", summary: "Smallest non-null x over this row and the n − 1 before it.",
           example: "from [4, 2, 5, 6, 1] | derive m = moving_min(value, 2) | select m", result: "4\n2\n2\n5\n1",
           aliases: ["mmin"], type: { ($0.type, $0.format) }) { w in
        w.dropFirst().reduce(w[0]) { (ValueOps.compare($1, $0) ?? 0) < 0 ? $1 : $0 }
    }
    moving("moving_max", summary: "Largest non-null x over this row and the n − 1 before it.",
           example: "from [4, 2, 5, 6, 1] | derive m = moving_max(value, 2) | select m", result: "4\n4\n5\n6\n6",
           aliases: ["mmax"], type: { ($0.type, $0.format) }) { w in
        w.dropFirst().reduce(w[0]) { (ValueOps.compare($1, $0) ?? 0) > 0 ? $1 : $0 }
    }

    // MARK: row-to-row change

    r.add(WindowFunction("delta", params: [.required("x")],
        help: FunctionHelp("window", "x − the previous row's x (null on the first row or when either is null); exact for decimals.",
                           example: "from [100, 120, 90] | derive d = delta(value) | select d", result: "\n20\n-30"),
        type: { args throws(FunctionTypeError) in
            switch args[0].type {
            case .int, .decimal, .float, .null: return (Types.sumType(args[0].type), args[0].format)
            case .date, .month, .fiscalYear: return (.int, .plain)
            default: throw FunctionTypeError("delta needs numbers, dates, months or financial years, not \(args[0].type.displayName)")
            }
        },
        evaluate: { args, order, _ in
            try order.indices.map { i in i == 0 ? .null : try ValueOps.arithmetic(.subtract, args[0][order[i]], args[0][order[i - 1]]) }
        }), aliases: ["deltas"])

    r.add(WindowFunction("pct_change", params: [.required("x")],
        help: FunctionHelp("window", "(x − previous x) / |previous x|, as a percentage; null on the first row, when either is null, or when the previous x is 0.",
                           example: "from [100, 120, 90] | derive p = pct_change(value) | select p", result: "\n0.2\n-0.25"),
        type: { args throws(FunctionTypeError) in try Types.numeric(args[0], "pct_change"); return (.float, .percent) },
        evaluate: { args, order, _ in
            order.indices.map { i in
                guard i > 0, let now = args[0][order[i]].doubleValue, let before = args[0][order[i - 1]].doubleValue, before != 0 else { return .null }
                return .float((now - before) / abs(before))
            }
        }))

    r.add(WindowFunction("ratio", params: [.required("x")],
        help: FunctionHelp("window", "x / the previous row's x; null on the first row, when either is null, or when the previous x is 0.",
                           example: "from [100, 120, 90] | derive q = ratio(value) | select q", result: "\n1.2\n0.75"),
        type: { args throws(FunctionTypeError) in try Types.numeric(args[0], "ratio"); return (.float, .plain) },
        evaluate: { args, order, _ in
            order.indices.map { i in
                guard i > 0, let now = args[0][order[i]].doubleValue, let before = args[0][order[i - 1]].doubleValue, before != 0 else { return .null }
                return .float(now / before)
            }
        }), aliases: ["ratios"])

    r.add(WindowFunction("fill_down", params: [.required("x")],
        help: FunctionHelp("window", "x, or when x is null the last non-null x above it (null until the first value).",
                           example: "from [\"Roads\", null, null, \"Parks\", null] | derive d = fill_down(value) | select d", result: "Roads\nRoads\nRoads\nParks\nParks"),
        type: { args in (args[0].type, args[0].format) },
        evaluate: { args, order, _ in
            var last: Value = .null
            return order.map { r in
                let v = args[0][r]
                if !v.isNull { last = v }
                return last
            }
        }), aliases: ["ffill", "fill_forward"])

    r.add(WindowFunction("pct_of_total", params: [.required("x")],
        help: FunctionHelp("window", "x / sum(x) over the table (or the group inside `group k (...)`), as a percentage; null when the sum is 0.",
                           example: "from [30, 50, 20] | derive share = pct_of_total(value) | select share", result: "0.3\n0.5\n0.2"),
        type: { args throws(FunctionTypeError) in try Types.numeric(args[0], "pct_of_total"); return (.float, .percent) },
        evaluate: { args, order, _ in
            if let run = WideSums.running(args[0], order) {
                let total = Double(run.sums.last ?? 0) / Double(ExactDecimal.pow10(run.scale))
                guard total != 0 else { return order.map { _ in .null } }
                return order.map { r in args[0][r].doubleValue.map { .float($0 / total) } ?? .null }
            }
            let total = try order.reduce(Value.int(0)) { acc, r in
                let v = args[0][r]
                return v.isNull ? acc : try ValueOps.arithmetic(.add, acc, v)
            }
            guard let t = total.doubleValue, t != 0 else { return order.map { _ in .null } }
            return order.map { r in args[0][r].doubleValue.map { .float($0 / t) } ?? .null }
        }), aliases: ["share", "fraction"])
}

enum WindowKit {
    /// For each entry of `order`: how many non-null values are smaller, how many are at most
    /// this one (nil for a null), and the number of non-null values.
    static func counts(_ c: Column, _ order: [Int]) throws -> (less: [Int?], atMost: [Int?], n: Int) {
        // Positions in `order` of the non-null rows, sorted by value.
        let present = order.indices.filter { !c.isNull(order[$0]) }
        let sortedRows = try AggregateKit.sortedAscending(c, present.map { order[$0] })
        var positionOf = [Int: Int](minimumCapacity: 0)
        let rowIsPosition = order.enumerated().allSatisfy { $0.offset == $0.element }
        if !rowIsPosition { for (i, r) in order.enumerated() { positionOf[r] = i } }
        let cmp = c.rowComparator()
        var less = [Int?](repeating: nil, count: order.count), atMost = [Int?](repeating: nil, count: order.count)
        var i = 0
        while i < sortedRows.count {
            var j = i
            while j + 1 < sortedRows.count, cmp(sortedRows[j + 1], sortedRows[i]) == 0 { j += 1 }
            for k in i...j {
                let p = rowIsPosition ? sortedRows[k] : positionOf[sortedRows[k]]!
                less[p] = i
                atMost[p] = j + 1
            }
            i = j + 1
        }
        return (less, atMost, present.count)
    }
}

/// Moving aggregates over wide windows in one pass: sums add the entering row and subtract
/// the leaving one (exact for whole numbers and decimals); minimum and maximum keep a queue
/// of candidates whose values only rise (min) or fall (max) along it.
enum MovingWindow {
    /// moving_sum and moving_avg of whole numbers and decimals from exact running sums: the
    /// window's sum is the difference of two running sums (exact in 128 bits).
    static func exact(_ name: String, _ run: (sums: [Int128], counts: [Int], scale: Int, integer: Bool), width n: Int) -> [Value] {
        let rows = run.sums.indices
        let before: (Int) -> (sum: Int128, count: Int) = { i in i - n >= 0 ? (run.sums[i - n], run.counts[i - n]) : (0, 0) }
        if name == "moving_avg" {
            let p = Double(ExactDecimal.pow10(run.scale))
            return rows.map { i in
                let (s, c) = before(i)
                let count = run.counts[i] - c
                return count == 0 ? .null : .float(Double(run.sums[i] - s) / p / Double(count))
            }
        }
        let sums: [Int128?] = rows.map { i in
            let (s, c) = before(i)
            return run.counts[i] - c == 0 ? nil : run.sums[i] - s
        }
        return WideSums.values(sums, scale: run.scale, integer: run.integer)
    }

    static func slide(_ name: String, _ c: Column, _ order: [Int], width n: Int) throws -> [Value] {
        var out: [Value] = []
        out.reserveCapacity(order.count)
        switch name {
        case "moving_min", "moving_max":
            let wantMax = name == "moving_max"
            var candidates: [Int] = []  // positions in `order`; a queue read from `head`
            var head = 0
            for i in order.indices {
                let v = c[order[i]]
                if !v.isNull {
                    while candidates.count > head,
                          let cmp = ValueOps.compare(c[order[candidates[candidates.count - 1]]], v),
                          wantMax ? cmp <= 0 : cmp >= 0 {
                        candidates.removeLast()
                    }
                    candidates.append(i)
                }
                while candidates.count > head, candidates[head] <= i - n { head += 1 }
                out.append(candidates.count > head ? c[order[candidates[head]]] : .null)
            }
        default:  // moving_sum, moving_avg
            var sum: Value = .null
            var present = 0
            for i in order.indices {
                let v = c[order[i]]
                if !v.isNull {
                    sum = sum.isNull ? v : try ValueOps.arithmetic(.add, sum, v)
                    present += 1
                }
                if i - n >= 0 {
                    let leaving = c[order[i - n]]
                    if !leaving.isNull {
                        present -= 1
                        sum = present == 0 ? .null : try ValueOps.arithmetic(.subtract, sum, leaving)
                    }
                }
                if present == 0 { out.append(.null); continue }
                out.append(name == "moving_avg" ? .float((sum.doubleValue ?? 0) / Double(present)) : sum)
            }
        }
        return out
    }
}
