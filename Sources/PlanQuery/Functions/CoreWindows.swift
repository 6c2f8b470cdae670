/// Window functions every query needs; the library adds more in Windows*.swift.

func registerCoreWindows(_ r: inout FunctionRegistry) {
    r.add(WindowFunction("row_number", params: [],
        help: FunctionHelp("window", "Position of the row in its group (1, 2, 3, ...) in the current order.",
                           example: "from [\"a\", \"b\"] | derive n = row_number() | select n", result: "1\n2"),
        type: { _ in (.int, .plain) },
        evaluate: { _, order, _ in try (0..<order.count).checkedMap(RunGuard.current) { .int($0 + 1) } }))

    r.add(WindowFunction("running_sum", params: [.required("x")],
        help: FunctionHelp("window", "Cumulative sum of x up to and including this row, in the current order (nulls add nothing).",
                           example: "from [1, 2, 3] | derive rs = running_sum(value) | select rs", result: "1\n3\n6"),
        type: { args throws(FunctionTypeError) in try Types.numeric(args[0], "running_sum"); return (Types.sumType(args[0].type), args[0].format) },
        evaluate: { args, order, _ in
            // Whole numbers and decimals: exact 128-bit running sums (WideSums says how one past 18 digits is shown).
            if let run = WideSums.running(args[0], order) {
                try RunGuard.checkpoint()
                return WideSums.values(order.indices.map { run.counts[$0] == 0 ? nil : run.sums[$0] }, scale: run.scale, integer: run.integer)
            }
            var acc: Value = .int(0)
            var any = false
            var i = 0
            return try order.map { r in
                i &+= 1
                if i & 0x1FFF == 0 { try RunGuard.checkpoint() }
                let v = args[0][r]
                if !v.isNull { acc = try ValueOps.arithmetic(.add, acc, v); any = true }
                return any ? acc : .null
            }
        }), aliases: ["cumsum", "running_total"])

    r.add(WindowFunction("lag", params: [.required("x"), .optional("offset", .int(1), constant: true), .optional("default", .null)],
        help: FunctionHelp("window", "The value of x `offset` rows earlier in the current order (default null).",
                           example: "from [1, 2, 3] | derive prev = lag(value) | select prev", result: "\n1\n2"),
        type: { args throws(FunctionTypeError) in try Ranking.offsetType(args, "lag"); return (args[0].type, args[0].format) },
        evaluate: { args, order, _ in try Ranking.shifted(args, order, by: -1) }), aliases: ["prev"])

    r.add(WindowFunction("lead", params: [.required("x"), .optional("offset", .int(1), constant: true), .optional("default", .null)],
        help: FunctionHelp("window", "The value of x `offset` rows later in the current order (default null).",
                           example: "from [1, 2, 3] | derive next = lead(value) | select next", result: "2\n3\n"),
        type: { args throws(FunctionTypeError) in try Ranking.offsetType(args, "lead"); return (args[0].type, args[0].format) },
        evaluate: { args, order, _ in try Ranking.shifted(args, order, by: 1) }), aliases: ["next"])

    r.add(WindowFunction("rank", params: [.required("x")],
        help: FunctionHelp("window", "Rank by x, highest first, with gaps after ties (1, 2, 2, 4).",
                           example: "from [10, 30, 30, 5] | derive r = rank(value) | select r", result: "3\n1\n1\n4"),
        type: { _ in (.int, .plain) },
        evaluate: { args, order, _ in try Ranking.rank(args[0], order, dense: false) }))

    r.add(WindowFunction("dense_rank", params: [.required("x")],
        help: FunctionHelp("window", "Rank by x, highest first, without gaps after ties (1, 2, 2, 3).",
                           example: "from [10, 30, 30, 5] | derive r = dense_rank(value) | select r", result: "2\n1\n1\n3"),
        type: { _ in (.int, .plain) },
        evaluate: { args, order, _ in try Ranking.rank(args[0], order, dense: true) }))
}

package enum Ranking {
    /// lag's and lead's offset is a whole number of rows.
    static func offsetType(_ args: [ArgInfo], _ name: String) throws(FunctionTypeError) {
        if args.count > 1, args[1].type != .int, args[1].type != .null {
            throw FunctionTypeError("\(name)'s offset must be a whole number of rows, not \(args[1].type.displayName)", argument: 1)
        }
    }

    /// lag (`direction` -1) and lead (+1): x from `offset` rows away in the order, else the default.
    package static func shifted(_ args: [Column], _ order: [Int], by direction: Int) throws(PlanQueryError) -> [Value] {
        // An offset past the rows reads the default everywhere: clamp it so that `i + k` cannot overflow.
        var offset = 1
        if args.count > 1, args[1].count > 0, case .int(let n) = args[1][0] { offset = min(max(n, -order.count - 1), order.count + 1) }
        let k = offset * direction
        let runGuard = RunGuard.current
        return try order.indices.map { i throws(PlanQueryError) in
            if i & 0x1FFF == 0 { try runGuard?.check() }
            let j = i + k
            return j >= 0 && j < order.count ? args[0][order[j]] : (args.count > 2 ? args[2][order[i]] : .null)
        }
    }

    /// Ranks rows by a column, largest first; nulls rank last.
    package static func rank(_ c: Column, _ order: [Int], dense: Bool) throws -> [Value] {
        // Positions in `order` are sorted, not row numbers, so ranks go to an array (a
        // dictionary of millions of rows stalls for a second each time it grows).
        // Each allocation of millions of rows is tens of ms of page faults: checked between them.
        let runGuard = RunGuard.current
        let byPosition = try c.gather(order, hasMissing: order.contains(-1), checking: runGuard)
        let positions = try [Int].checkedRowNumbers(order.count, runGuard)
        let sorted = try Sorting.order(rows: positions, keys: [(byPosition, descending: true)])
        let cmp = byPosition.rowComparator()
        var rankAt = try [Int].checked(repeating: 0, count: order.count, runGuard)
        var rank = 0, dense_ = 0
        for (pos, r) in sorted.enumerated() {
            if pos & 0x1FFF == 0 { try runGuard?.check() }
            if pos == 0 { rank = 1; dense_ = 1 } else {
                let p = sorted[pos - 1]
                let same = (byPosition.isNull(p) && byPosition.isNull(r)) || (!byPosition.isNull(p) && !byPosition.isNull(r) && cmp(p, r) == 0)
                if !same { rank = pos + 1; dense_ += 1 }
            }
            rankAt[r] = dense ? dense_ : rank
        }
        return try rankAt.checkedMap(runGuard) { .int($0) }
    }
}
