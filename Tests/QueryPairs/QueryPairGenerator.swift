/// A planq query and an SQL query (DuckDB's dialect) that must give the same rows.
public struct QueryPair: Sendable {
    public var planq: String
    public var sql: String
    /// Whether planq defines the result's row order (compare row by row); otherwise the
    /// rows are compared as a multiset.
    public var ordered: Bool
}

/// Tables and the query pairs over them: one batch for one engine session each side.
public struct QueryPairBatch: Sendable {
    public var world: TableWorld
    public var pairs: [QueryPair]

    /// `count` batches of `pairsPerBatch` pairs, each batch over new tables.
    public static func generate(seed: UInt64, batches count: Int, pairsPerBatch: Int) -> [QueryPairBatch] {
        var random = SeededRandom(seed: seed)
        return (0..<count).map { _ in
            let world = TableWorld(random: &random)
            var generator = QueryPairGenerator(world: world, random: random)
            let pairs = (0..<pairsPerBatch).map { _ in generator.next() }
            random = generator.random
            return QueryPairBatch(world: world, pairs: pairs)
        }
    }
}

/// Generates pipelines of transforms over the world's tables, each step written in planq and
/// as one SQL common table expression. The SQL carries a hidden `__rn` column while planq's
/// row order is known: planq's `sort` is stable and keeps nulls last, `summarize` and
/// `distinct` keep groups in order of first appearance, a join keeps the left order and then
/// the right's — so `ORDER BY __rn` reproduces planq's order exactly. Once the order is
/// unknown (no `__rn`), order-dependent steps (`take`, `lag`, `row_number`) are not generated
/// until a `sort` on every column makes it known again.
public struct QueryPairGenerator {
    public let world: TableWorld
    public var random: SeededRandom
    var ctes: [String] = []
    var derivedNames = 0

    public init(world: TableWorld, random: SeededRandom) {
        self.world = world
        self.random = random
    }

    /// The relation after the steps so far.
    struct Relation {
        var columns: [PairColumn]
        /// Columns expressions may name (a join's renamed `t2.x` columns are left out).
        var names: [PairColumn]
        var ordered: Bool
        var joined = false
        var cte: String
    }

    func quoted(_ name: String) -> String { "\"\(name)\"" }

    mutating func freshName(_ prefix: String = "x") -> String {
        derivedNames += 1
        return "\(prefix)\(derivedNames)"
    }

    /// Adds a CTE and returns its name.
    mutating func add(_ body: String) -> String {
        let name = "q\(ctes.count)"
        ctes.append("\(name) AS (\(body))")
        return name
    }

    func columnList(_ columns: [PairColumn], from alias: String? = nil) -> String {
        columns.map { (alias.map { "\($0)." } ?? "") + quoted($0.name) }.joined(separator: ", ")
    }

    func expressions(_ r: Relation) -> ExpressionGenerator {
        ExpressionGenerator(random: random, scope: r.names)
    }

    public mutating func next() -> QueryPair {
        ctes = []
        derivedNames = 0
        let base = random.pick(["t1", "t1", "t3"])
        let columns = world.table(base)!.columns
        var r = Relation(columns: columns, names: columns, ordered: true,
                         cte: "")
        r.cte = add("SELECT \(columnList(columns)), id AS __rn FROM \(base)")
        var planq = "from \(base)"
        for _ in 0..<(1 + random.below(4)) {
            if let step = step(&r) { planq += " | " + step }
        }
        let sql = "WITH " + ctes.joined(separator: ",\n  ") + "\nSELECT \(columnList(r.columns)) FROM \(r.cte)" + (r.ordered ? " ORDER BY __rn" : "")
        return QueryPair(planq: planq, sql: sql, ordered: r.ordered)
    }

    /// One transform: its planq text, with the relation moved on; nil when the chosen step does
    /// not fit the relation (no key to join on, an order-dependent step on unknown order).
    mutating func step(_ r: inout Relation) -> String? {
        switch random.below(20) {
        case 0, 1, 2: return filter(&r)
        case 3, 4: return derive(&r)
        case 5: return select(&r)
        case 6, 7: return sort(&r)
        case 8: return take(&r)
        case 9, 10: return summarize(&r)
        case 11: return distinct(&r)
        case 12, 13: return join(&r)
        case 14: return append(&r)
        case 15, 16: return group(&r)
        default: return window(&r)
        }
    }

    func keep(_ r: Relation) -> String { r.ordered ? ", __rn" : "" }

    mutating func filter(_ r: inout Relation) -> String? {
        var g = expressions(r)
        var condition = g.expr(.bool)
        // Now and then against a whole-table aggregate (planq: over the rows reaching `where`).
        let numeric = r.names.filter { $0.type == .int || $0.type == .decimal }
        if random.chance(15), let c = numeric.first {
            let op = random.pick(["<", ">=", "=="])
            let sqlOp = op == "==" ? "IS NOT DISTINCT FROM" : op
            condition = PairExpr("(\(c.name) \(op) avg(\(c.name)))", "(\(quoted(c.name)) \(sqlOp) (SELECT avg(\(quoted(c.name))) FROM \(r.cte)))", .bool)
        }
        random = g.random
        r.cte = add("SELECT \(columnList(r.columns))\(keep(r)) FROM \(r.cte) WHERE \(condition.sql)")
        return "where " + condition.planq
    }

    mutating func derive(_ r: inout Relation) -> String? {
        var g = expressions(r)
        var items: [(String, PairExpr)] = []
        for _ in 0..<(1 + random.below(2)) {
            let e = g.expr(g.random.pick(PairType.allCases))
            items.append((freshName(), e))
        }
        random = g.random
        let sqlItems = items.map { "\($0.1.sql) AS \(quoted($0.0))" }.joined(separator: ", ")
        r.cte = add("SELECT \(columnList(r.columns)), \(sqlItems)\(keep(r)) FROM \(r.cte)")
        for (name, e) in items {
            r.columns.append(PairColumn(name: name, type: e.type, scale: e.scale))
            r.names.append(PairColumn(name: name, type: e.type, scale: e.scale))
        }
        return "derive " + items.map { "\($0.0) = \($0.1.planq)" }.joined(separator: ", ")
    }

    mutating func select(_ r: inout Relation) -> String? {
        var chosen = r.columns.filter { _ in random.chance(60) }
        if chosen.isEmpty { chosen = [random.pick(r.columns)] }
        var planqItems = chosen.map { r.names.contains($0) ? $0.name : "`\($0.name)`" }
        var sqlItems = chosen.map { quoted($0.name) }
        var g = expressions(r)
        var computed: PairColumn? = nil
        if random.chance(40) {
            let e = g.expr(g.random.pick(PairType.allCases))
            let name = freshName()
            planqItems.append("\(name) = \(e.planq)")
            sqlItems.append("\(e.sql) AS \(quoted(name))")
            let column = PairColumn(name: name, type: e.type, scale: e.scale)
            computed = column
            chosen.append(column)
        }
        random = g.random
        r.cte = add("SELECT \(sqlItems.joined(separator: ", "))\(keep(r)) FROM \(r.cte)")
        r.names = chosen.filter { c in r.names.contains(c) || c == computed }
        r.columns = chosen
        return "select " + planqItems.joined(separator: ", ")
    }

    /// Sort keys: some columns (not floats, whose last bits may differ), each ascending or
    /// descending, nulls last either way. On an unknown order, every column joins the keys
    /// so that the order is total and becomes known.
    mutating func sortKeys(_ r: Relation) -> (planq: [String], sql: [String], total: Bool)? {
        let sortable = r.columns.filter { $0.type != .float }
        guard !sortable.isEmpty else { return nil }
        var keys = Array(sortable.shuffled(using: &random).prefix(1 + random.below(2)))
        let total = !r.ordered && sortable.count == r.columns.count
        if !r.ordered { keys += sortable.filter { !keys.contains($0) } }
        var planqKeys: [String] = [], sqlKeys: [String] = []
        for k in keys {
            let descending = random.chance(40)
            let name = r.names.contains(k) ? k.name : "`\(k.name)`"
            planqKeys.append((descending ? "-" : "") + name)
            sqlKeys.append("\(quoted(k.name)) \(descending ? "DESC" : "ASC") NULLS LAST")
        }
        return (planqKeys, sqlKeys, total)
    }

    mutating func sort(_ r: inout Relation) -> String? {
        guard let (planqKeys, sqlKeys, total) = sortKeys(r) else { return nil }
        let wasOrdered = r.ordered
        let order = (sqlKeys + (wasOrdered ? ["__rn"] : [])).joined(separator: ", ")
        r.ordered = wasOrdered || total
        r.cte = add("SELECT \(columnList(r.columns))" + (r.ordered ? ", row_number() OVER (ORDER BY \(order)) AS __rn" : "") + " FROM \(r.cte)")
        return "sort " + planqKeys.joined(separator: ", ")
    }

    mutating func take(_ r: inout Relation) -> String? {
        guard r.ordered else { return nil }
        let n = random.pick([0, 1, 2, 3, 5])
        r.cte = add("SELECT \(columnList(r.columns)), __rn FROM \(r.cte) ORDER BY __rn LIMIT \(n)")
        return "take \(n)"
    }

    mutating func summarize(_ r: inout Relation) -> String? {
        let keyable = r.names.filter { $0.type != .float }
        let keys = random.chance(25) ? [] : Array(keyable.shuffled(using: &random).prefix(1 + random.below(2)))
        var g = expressions(r)
        var aggregates: [(String, PairExpr)] = []
        for _ in 0..<(1 + random.below(3)) { aggregates.append((freshName("a"), g.aggregate())) }
        random = g.random
        let planqItems = aggregates.map { "\($0.0) = \($0.1.planq)" }.joined(separator: ", ")
        let sqlItems = aggregates.map { "\($0.1.sql.replacing("{over}", with: "")) AS \(quoted($0.0))" }.joined(separator: ", ")
        if keys.isEmpty {
            // One row, even over no rows.
            r.cte = add("SELECT \(sqlItems), 0 AS __rn FROM \(r.cte)")
            r.ordered = true
        } else {
            let order = r.ordered ? ", min(__rn) AS __rn" : ""
            r.cte = add("SELECT \(columnList(keys)), \(sqlItems)\(order) FROM \(r.cte) GROUP BY \(columnList(keys))")
        }
        r.columns = keys + aggregates.map { PairColumn(name: $0.0, type: $0.1.type, scale: $0.1.scale) }
        r.names = r.columns
        return "summarize \(planqItems)" + (keys.isEmpty ? "" : " by " + keys.map(\.name).joined(separator: ", "))
    }

    mutating func distinct(_ r: inout Relation) -> String? {
        let all = random.chance(40) || r.names.count < r.columns.count
        let chosen = all ? r.columns : Array(r.names.shuffled(using: &random).prefix(1 + random.below(2)))
        let order = r.ordered ? ", min(__rn) AS __rn" : ""
        r.cte = add("SELECT \(columnList(chosen))\(order) FROM \(r.cte) GROUP BY ALL")
        r.names = r.names.filter { chosen.contains($0) }
        r.columns = chosen
        return "distinct" + (all ? "" : " " + chosen.map(\.name).joined(separator: ", "))
    }

    mutating func join(_ r: inout Relation) -> String? {
        guard !r.joined, let right = world.table("t2") else { return nil }
        let candidates = right.columns.filter { c in c.name != "id" && r.names.contains(c) }
        guard !candidates.isEmpty else { return nil }
        let kind = random.pick(["inner", "left", "full", "semi", "anti"])
        let keys = Array(candidates.shuffled(using: &random).prefix(1 + random.below(candidates.count)))
        let byExpression = random.chance(30)
        var residualPlanq = "", residualSQL = ""
        if byExpression, random.chance(50), let n = r.names.first(where: { $0.type == .int && !keys.contains($0) }) {
            residualPlanq = " and left.\(n.name) < right.m"
            residualSQL = " AND l.\(quoted(n.name)) < r.m"
        }
        // Null keys never match (nor does a residual condition that is null).
        let on = keys.map { "l.\(quoted($0.name)) = r.\(quoted($0.name))" }.joined(separator: " AND ") + residualSQL
        let planqOn = byExpression
            ? keys.map { "left.\($0.name) == right.\($0.name)" }.joined(separator: " and ") + residualPlanq
            : keys.map(\.name).joined(separator: ", ")
        r.joined = true
        let text = "join \(kind == "inner" && random.chance(50) ? "" : kind + " ")t2 on \(planqOn)"
        if kind == "semi" || kind == "anti" {
            r.cte = add("SELECT \(columnList(r.columns, from: "l"))\(r.ordered ? ", l.__rn" : "") FROM \(r.cte) l WHERE \(kind == "anti" ? "NOT " : "")EXISTS (SELECT 1 FROM t2 r WHERE \(on))")
            return text
        }
        // Columns: the left's; then the right's, without the keys of `on k` (one key column,
        // which a full join fills from either side); a right column whose name the left has
        // is named `t2.name`.
        var left: [String] = []
        for c in r.columns {
            if !byExpression && kind == "full" && keys.contains(c) {
                left.append("coalesce(l.\(quoted(c.name)), r.\(quoted(c.name))) AS \(quoted(c.name))")
            } else {
                left.append("l.\(quoted(c.name))")
            }
        }
        var added: [PairColumn] = []
        var rightSQL: [String] = []
        for c in right.columns where byExpression || !keys.contains(c) {
            let clash = r.columns.contains { $0.name == c.name }
            let name = clash ? "t2.\(c.name)" : c.name
            added.append(PairColumn(name: name, type: c.type))
            rightSQL.append("r.\(quoted(c.name)) AS \(quoted(name))")
        }
        let order = r.ordered ? ", row_number() OVER (ORDER BY l.__rn NULLS LAST, r.id) AS __rn" : ""
        let sqlKind = kind == "inner" ? "JOIN" : kind.uppercased() + " JOIN"
        r.cte = add("SELECT \((left + rightSQL).joined(separator: ", "))\(order) FROM \(r.cte) l \(sqlKind) t2 r ON \(on)")
        r.columns += added
        r.names += added.filter { !$0.name.hasPrefix("t2.") }
        return text
    }

    mutating func append(_ r: inout Relation) -> String? {
        guard let other = world.table("t3") else { return nil }
        // Columns match by name; a name both have must have one type on both sides.
        for c in r.columns {
            if let o = other.columns.first(where: { $0.name == c.name }), o.type != c.type { return nil }
        }
        let extra = other.columns.filter { o in !r.columns.contains { $0.name == o.name } }
        let all = r.columns + extra
        let leftItems = all.map { c in r.columns.contains(c) ? quoted(c.name) : "NULL AS \(quoted(c.name))" }
        let rightItems = all.map { c in other.columns.contains(c) ? quoted(c.name) : "NULL AS \(quoted(c.name))" }
        let order = r.ordered ? ", __rn" : ""
        // After every row so far (an earlier append's rows included).
        let rightOrder = r.ordered ? ", \(ctes.count + 1)000000000 + id AS __rn" : ""
        r.cte = add("SELECT \(leftItems.joined(separator: ", "))\(order) FROM \(r.cte) UNION ALL SELECT \(rightItems.joined(separator: ", "))\(rightOrder) FROM t3")
        r.columns = all
        r.names += extra
        return "append t3"
    }

    /// A window function in the current order (`row_number`, `lag`, running sums), or one
    /// that does not depend on it (ranks, aggregates over the whole table or group).
    /// `partition`: the SQL partition columns of a `group` (empty: none); `order`: the SQL
    /// order, nil when planq's order is unknown.
    mutating func windowFunction(_ r: Relation, partition: String, order: String?) -> PairExpr {
        let numeric = r.names.filter { $0.type == .int || $0.type == .decimal }
        let ranked = r.names.filter { [.int, .decimal, .date, .text, .fy].contains($0.type) }
        let partitionBy = partition.isEmpty ? "" : "PARTITION BY \(partition) "
        var options: [PairExpr] = []
        if let order {
            let rows = "\(partitionBy)ORDER BY \(order) ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW"
            options.append(PairExpr("row_number()", "row_number() OVER (\(partitionBy)ORDER BY \(order))", .int))
            if let c = r.names.filter({ $0.type != .float }).randomElement(using: &random) {
                let offset = random.pick([1, 2]), f = random.pick(["lag", "lead"])
                options.append(PairExpr("\(f)(\(c.name), \(offset))", "\(f)(\(quoted(c.name)), \(offset)) OVER (\(partitionBy)ORDER BY \(order))", c.type, scale: c.scale))
            }
            if let c = numeric.randomElement(using: &random) {
                // Nulls add nothing; before the first value the sum is null (as SQL's).
                let sum = "sum(\(quoted(c.name))) OVER (\(rows))"
                options.append(PairExpr("running_sum(\(c.name))", c.type == .decimal ? "CAST(\(sum) AS DECIMAL(18,\(c.scale)))" : sum, c.type, scale: c.scale))
            }
        }
        if let c = ranked.randomElement(using: &random) {
            let q = quoted(c.name)
            // rank and dense_rank: highest first, nulls last.
            options.append(PairExpr("rank(\(c.name))", "rank() OVER (\(partitionBy)ORDER BY \(q) DESC NULLS LAST)", .int))
            options.append(PairExpr("dense_rank(\(c.name))", "dense_rank() OVER (\(partitionBy)ORDER BY \(q) DESC NULLS LAST)", .int))
            // percent_rank and cume_dist: lowest first, among the rows whose value is not
            // null; where the value is null, so is the result.
            let nonNull = "PARTITION BY " + (partition.isEmpty ? "" : partition + ", ") + "\(q) IS NULL"
            for f in ["percent_rank", "cume_dist"] {
                options.append(PairExpr("\(f)(\(c.name))", "CASE WHEN \(q) IS NULL THEN NULL ELSE \(f)() OVER (\(nonNull) ORDER BY \(q)) END", .float))
            }
        }
        var g = expressions(r)
        let aggregate = g.aggregate(filter: false)
        random = g.random
        options.append(PairExpr(aggregate.planq, aggregate.sql.replacing("{over}", with: " OVER (\(partitionBy.trimmingSuffix(" ")))"),
                                aggregate.type, scale: aggregate.scale))
        return random.pick(options)
    }

    mutating func window(_ r: inout Relation) -> String? {
        let w = windowFunction(r, partition: "", order: r.ordered ? "__rn" : nil)
        let name = freshName("w")
        r.cte = add("SELECT \(columnList(r.columns)), \(w.sql) AS \(quoted(name))\(keep(r)) FROM \(r.cte)")
        r.columns.append(PairColumn(name: name, type: w.type, scale: w.scale))
        r.names.append(PairColumn(name: name, type: w.type, scale: w.scale))
        return "derive \(name) = \(w.planq)"
    }

    /// `group k (sort ... | take n)` or `group k ([sort ... |] derive w = f(...))`. Groups come
    /// out in order of first appearance, each in its own order.
    mutating func group(_ r: inout Relation) -> String? {
        guard r.ordered else { return nil }
        let keyable = r.names.filter { $0.type != .float && $0.type != .decimal }
        guard !keyable.isEmpty else { return nil }
        let keys = Array(keyable.shuffled(using: &random).prefix(1 + random.below(2)))
        let partition = columnList(keys)
        var inner: [String] = []
        var innerOrder = "__rn"
        if random.chance(60), let (planqKeys, sqlKeys, _) = sortKeys(r) {
            inner.append("sort " + planqKeys.joined(separator: ", "))
            innerOrder = (sqlKeys + ["__rn"]).joined(separator: ", ")
        }
        let position = "row_number() OVER (PARTITION BY \(partition) ORDER BY \(innerOrder))"
        let first = "min(__rn) OVER (PARTITION BY \(partition))"
        if random.chance(40) {
            let n = random.pick([1, 2])
            inner.append("take \(n)")
            let ranked = add("SELECT \(columnList(r.columns)), \(first) AS __g, \(position) AS __i FROM \(r.cte)")
            r.cte = add("SELECT \(columnList(r.columns)), row_number() OVER (ORDER BY __g, __i) AS __rn FROM \(ranked) WHERE __i <= \(n)")
        } else {
            let w = windowFunction(r, partition: partition, order: innerOrder)
            let name = freshName("w")
            inner.append("derive \(name) = \(w.planq)")
            let ranked = add("SELECT \(columnList(r.columns)), \(w.sql) AS \(quoted(name)), \(first) AS __g, \(position) AS __i FROM \(r.cte)")
            r.columns.append(PairColumn(name: name, type: w.type, scale: w.scale))
            r.names.append(PairColumn(name: name, type: w.type, scale: w.scale))
            r.cte = add("SELECT \(columnList(r.columns)), row_number() OVER (ORDER BY __g, __i) AS __rn FROM \(ranked)")
        }
        return "group \(keys.map(\.name).joined(separator: ", ")) (\(inner.joined(separator: " | ")))"
    }
}

extension String {
    func trimmingSuffix(_ suffix: String) -> String { hasSuffix(suffix) ? String(dropLast(suffix.count)) : self }
}
