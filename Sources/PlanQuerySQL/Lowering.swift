import PlanQuery

/// A table as the engine holds it: what the lowering needs to read it.
package struct SQLTable: Sendable {
    package struct Column: Sendable {
        package var name: String
        package var type: DataType
        /// Decimal places of an exact-decimal column.
        package var scale: Int
        /// How planq shows the column (money in £000s, say), as the pushed table showed it.
        package var format: ValueFormat
        package init(name: String, type: DataType, scale: Int = 0, format: ValueFormat = .plain) {
            self.name = name
            self.type = type
            self.scale = scale
            self.format = format
        }
    }
    /// The table's name on the engine.
    package var name: String
    package var columns: [Column]
    /// A column numbering the rows in their original order (`planq push` writes `_planq_row`).
    /// Without one, a table's rows are taken in the order of their values, column by column.
    package var orderColumn: String?

    package init(name: String, columns: [Column], orderColumn: String? = SQLTable.defaultOrderColumn) {
        self.name = name
        self.columns = columns
        self.orderColumn = orderColumn
    }

    package static let defaultOrderColumn = "_planq_row"
}

/// Lowered SQL and the shape of its result.
package struct LoweredQuery: Sendable {
    package struct OutputColumn: Sendable {
        package var name: String
        package var type: DataType
        /// For exact decimals: the places planq would show. On SQLite the SQL value is the
        /// scaled integer (units of 10^-scale).
        package var scale: Int
    }
    package var query: SQLQuery
    package var dialect: SQLDialect
    package var columns: [OutputColumn]
    /// Whether the result carries the rows' report roles (the rows `total` added) in one more
    /// column after `columns`, `planq_role`: 0 an ordinary row, 1 a subtotal, 2 the grand
    /// total. The runner reads it into `Table.rowRoles` and drops it.
    package var hasRoles = false

    /// Readable SQL, one clause a line.
    package var text: String { SQLPrinter(dialect: dialect).print(query) }
}

/// Lowers a resolved `QueryPlan` to SQL for one dialect, keeping planq's semantics: rows keep
/// their order (every relation carries an order column and the result is ordered by it), sorts
/// are stable with nulls last, `==` is null-safe, `x / 0` is null, decimals stay exact, and
/// `distinct`/`first` keep the first row. What a dialect cannot express faithfully is refused
/// with an error naming the construct and the dialect, at the construct's span.
package struct SQLLowering {
    package let dialect: SQLDialect
    /// The engine's tables, by the name a query uses.
    package var table: (String) -> SQLTable?
    /// The plan of a `let` table (it is lowered inline, as a common table expression).
    package var binding: (String) -> QueryPlan?

    package init(dialect: SQLDialect, table: @escaping (String) -> SQLTable?, binding: @escaping (String) -> QueryPlan? = { _ in nil }) {
        self.dialect = dialect
        self.table = table
        self.binding = binding
    }

    /// Whether an error is a refusal: a construct this dialect cannot run faithfully.
    package static func isRefusal(_ error: Error) -> Bool {
        guard let e = error as? PlanQueryError else { return false }
        return e.diagnostics.contains { $0.message.contains(" cannot be lowered to ") }
    }

    package func lower(_ plan: QueryPlan) throws -> LoweredQuery {
        let builder = Builder(dialect: dialect, lowering: self)
        let rel = try builder.relation(plan)
        var items: [(expr: SQLExpr, alias: String?)] = []
        var outputs: [LoweredQuery.OutputColumn] = []
        for (i, c) in rel.columns.enumerated() {
            items.append((.column(c.name), plan.schema[i].name))
            outputs.append(.init(name: plan.schema[i].name, type: c.type, scale: c.scale))
        }
        if rel.roles { items.append((.column(Hidden.role), Hidden.role)) }
        let select = SQLSelect(items: items, from: .table(rel.name, alias: nil), orderBy: [SQLOrder(expr: .column(Hidden.order), descending: false)])
        var lowered = LoweredQuery(query: SQLQuery(ctes: builder.ctes, body: select), dialect: dialect, columns: outputs)
        lowered.hasRoles = rel.roles
        return lowered
    }
}

/// Names of the columns the lowering adds; user columns that clash are renamed inside the SQL.
enum Hidden {
    static let prefix = "planq_"
    /// Row position: every relation has one, and the result is ordered by it.
    static let order = "planq_o"
    /// Inside `group k (...)`: the group's first row, and the group key values.
    static let groupOrder = "planq_go"
    static func groupKey(_ i: Int) -> String { "planq_g\(i)" }
    /// After `total`: the row's role in a report (0 an ordinary row, 1 a subtotal, 2 the total),
    /// kept by the steps that keep rows locally (where, sort, take, select, derive, distinct).
    static let role = "planq_role"
}

/// A relation built so far: the common table expression holding it and its visible columns.
struct Relation {
    struct Column {
        var name: String
        var type: DataType
        var scale: Int
    }
    var name: String
    var columns: [Column]
    /// Inside `group k (...)`: the hidden group columns this relation carries.
    var group: GroupScope?
    /// Whether it carries the rows' report roles (`Hidden.role`), as a table after `total` does.
    var roles = false

    var hiddenNames: [String] {
        var names = [Hidden.order]
        if let g = group { names += g.keyNames + [Hidden.groupOrder] }
        if roles { names.append(Hidden.role) }
        return names
    }
}

struct GroupScope {
    var keyNames: [String]
    /// True once a step may have removed every row of some group (a filter, take, join):
    /// a later `summarize` without `by` would then lose groups SQL cannot bring back.
    var mayDropGroups = false
}

/// Typed SQL for one expression.
struct Lowered {
    var sql: SQLExpr
    var type: DataType
    /// Decimal places (exact decimals); 0 otherwise.
    var scale: Int
}

final class Builder {
    let dialect: SQLDialect
    let lowering: SQLLowering
    var ctes: [(name: String, body: SQLBody)] = []
    var groupInputs: [Relation] = []
    var bindingNames: [String: Relation] = [:]

    init(dialect: SQLDialect, lowering: SQLLowering) {
        self.dialect = dialect
        self.lowering = lowering
    }

    func refuse(_ construct: String, _ reason: String, _ span: Span?) -> PlanQueryError {
        PlanQueryError(.error(.usage, "\(construct) cannot be lowered to \(dialect.displayName): \(reason)", at: span,
                              hints: ["run it on the local engine (--engine local), or rewrite it; docs/scale.md lists what each dialect runs"]))
    }

    func emit(_ kind: String, _ body: SQLBody) -> String {
        let name = "\(kind)_\(ctes.count + 1)"
        ctes.append((name, body))
        return name
    }

    /// Column names for a new relation: the planq names where they are usable, made unique
    /// (case-insensitively, as SQLite, DuckDB and Spark compare them) and kept off the hidden names.
    func sqlNames(_ wanted: [String]) -> [String] {
        var used = Set<String>()
        return wanted.map { w in
            var base = w.isEmpty ? "column" : w
            if base.lowercased().hasPrefix(Hidden.prefix) { base = "_" + base }
            var name = base
            var k = 2
            while used.contains(name.lowercased()) { name = "\(base)_\(k)"; k += 1 }
            used.insert(name.lowercased())
            return name
        }
    }

    func refs(_ r: Relation, table: String? = nil) -> [Lowered] {
        r.columns.map { Lowered(sql: .column($0.name, table: table), type: $0.type, scale: $0.scale) }
    }

    func hiddenItems(_ r: Relation, table: String? = nil) -> [(expr: SQLExpr, alias: String?)] {
        r.hiddenNames.map { (SQLExpr.column($0, table: table), $0) }
    }

    /// A relation computing `exprs` (named after the plan's schema) over `input`, carrying its hidden columns.
    func project(_ kind: String, _ input: Relation, _ exprs: [Lowered], names: [String]) -> Relation {
        let sqlNames = sqlNames(names)
        let items = zip(exprs, sqlNames).map { (expr: $0.sql, alias: Optional($1)) } + hiddenItems(input)
        let name = emit(kind, .select(SQLSelect(items: items, from: .table(input.name, alias: nil))))
        return Relation(name: name, columns: zip(exprs, sqlNames).map { .init(name: $1, type: $0.type, scale: $0.scale) }, group: input.group, roles: input.roles)
    }

    /// A new order column numbering rows by `order` (ties keep the previous order).
    func renumber(_ kind: String, _ input: Relation, by order: [SQLOrder], extra: [(expr: SQLExpr, alias: String?)] = []) -> Relation {
        var items = input.columns.map { (expr: SQLExpr.column($0.name), alias: Optional($0.name)) }
        let number = SQLExpr.window(.call("ROW_NUMBER", []), partition: [], order: order + [asc(.column(Hidden.order))], frame: nil)
        items.append((number, Hidden.order))
        if let g = input.group {
            items += (g.keyNames + [Hidden.groupOrder]).map { (SQLExpr.column($0), Optional($0)) }
        }
        if input.roles { items.append((.column(Hidden.role), Hidden.role)) }
        items += extra
        let name = emit(kind, .select(SQLSelect(items: items, from: .table(input.name, alias: nil))))
        return Relation(name: name, columns: input.columns, group: input.group, roles: input.roles)
    }

    func asc(_ e: SQLExpr) -> SQLOrder { SQLOrder(expr: e, descending: false) }

    // MARK: relations

    func relation(_ plan: QueryPlan) throws -> Relation {
        switch plan.node {
        case .scan(let source, _):
            return try scan(source, plan)

        case .groupInput:
            guard let r = groupInputs.last else { throw refuse("this group", "internal error: group input outside group", plan.span) }
            return r

        case .values(let table):
            return try values(table, plan)

        case .filter(let input, let pred):
            var r = try relation(input)
            let p = try expr(pred, refs(r))
            r.name = emit("where", .select(SQLSelect(items: [(.star, nil)], from: .table(r.name, alias: nil), whereClause: p.sql)))
            r.group?.mayDropGroups = true
            return r

        case .project(let input, let exprs):
            let r = try relation(input)
            let cols = refs(r)
            let lowered = try exprs.map { try expr($0, cols) }
            return project("select", r, lowered, names: plan.schema.map(\.name))

        case .window(let input, let items):
            return try window(input, items, plan)

        case .sort(let input, let keys):
            return try sort(try relation(input), keys)

        case .topN(let input, let keys, let n):
            return limit(try sort(try relation(input), keys), n)

        case .limit(let input, let n):
            return limit(try relation(input), n)
        case .aggregate(let input, let keys, let aggregates):
            return try aggregate(input, keys: keys, aggregates: aggregates, plan)

        case .join(let left, let right, let kind, let leftKeys, let rightKeys, let residual, let output):
            return try join(plan, left, right, kind, leftKeys, rightKeys, residual, output)

        case .distinct(let input, let keys):
            return try distinct(input, keys, plan)

        case .append(let left, let right, let lc, let rc):
            return try append(left, right, lc, rc, plan)

        case .pivot(let input, let keys, let pivotColumn, let value, let columns):
            return try pivot(input, keys, pivotColumn, value, columns, plan)

        case .unpivot(let input, let keep, let unpivoted, let keyValues):
            return try unpivot(input, keep, unpivoted, keyValues, plan)

        case .group(let input, let keys, let body, let prependKeys):
            return try group(input, keys, body, prependKeys, plan)

        case .total(let input, let label, let labelColumn, let sumColumns, let by):
            return try total(input, label: label, labelColumn: labelColumn, sumColumns: sumColumns, by: by, plan)

        case .describe:
            throw refuse("`describe`", "it reports cells the local loader could not type, which only planq's own reader knows", plan.span)
        }
    }

    /// A stable sort: the keys, then the previous order.
    func sort(_ r: Relation, _ keys: [BoundSortKey]) throws -> Relation {
        let cols = refs(r)
        let order = try keys.map { k -> SQLOrder in
            SQLOrder(expr: collated(try expr(k.expr, cols)), descending: k.descending)
        }
        return renumber("sort", r, by: order)
    }

    /// The first n rows (of each group, inside `group`).
    func limit(_ input: Relation, _ n: Int) -> Relation {
        var r = input
        if r.group != nil {
            let items = r.columns.map { (expr: SQLExpr.column($0.name), alias: Optional($0.name)) } + hiddenItems(r)
            let numbered = renumberWithinGroup(r, "take")
            r.name = emit("take", .select(SQLSelect(items: items, from: .table(numbered, alias: nil),
                                                    whereClause: .binary(.column("planq_rn"), "<=", .int(n)))))
            r.group?.mayDropGroups = true
            return r
        }
        r.name = emit("take", .select(SQLSelect(items: [(.star, nil)], from: .table(r.name, alias: nil),
                                                orderBy: [asc(.column(Hidden.order))], limit: n)))
        return r
    }

    func scan(_ source: TableSourceKind, _ plan: QueryPlan) throws -> Relation {
        switch source {
        case .catalog(let name):
            guard let t = lowering.table(name) else {
                throw PlanQueryError(.error(.name, "no table named `\(name)` on the \(dialect.displayName) engine", at: plan.span,
                                            hints: ["load it with: planq push --engine \(dialect.rawValue) --data FILE"]))
            }
            var items: [(expr: SQLExpr, alias: String?)] = []
            var columns: [Relation.Column] = []
            let names = sqlNames(plan.schema.map(\.name))
            for (i, info) in plan.schema.enumerated() {
                guard let c = t.columns.first(where: { $0.name == info.name }) ?? (i < t.columns.count ? t.columns[i] : nil) else {
                    throw PlanQueryError(.error(.name, "table `\(t.name)` on \(dialect.displayName) has no column `\(info.name)`", at: plan.span))
                }
                var e = SQLExpr.column(c.name)
                if dialect == .sqlite, c.type == .decimal {
                    // Stored as REAL or text; as scaled integers the arithmetic is exact (to 15 digits).
                    e = .cast(.call("ROUND", [.binary(e, "*", .raw(pow10(c.scale)))]), "INTEGER")
                }
                items.append((e, names[i]))
                columns.append(.init(name: names[i], type: c.type == .null ? info.type : c.type, scale: c.scale))
            }
            let order: SQLExpr
            if let oc = t.orderColumn {
                order = .column(oc)
            } else {
                order = .window(.call("ROW_NUMBER", []), partition: [], order: t.columns.map { asc(.column($0.name)) }, frame: nil)
            }
            items.append((order, Hidden.order))
            let cte = emit("from_" + safeName(name), .select(SQLSelect(items: items, from: .table(t.name, alias: nil))))
            return Relation(name: cte, columns: columns, group: nil)
        case .binding(let name):
            if let r = bindingNames[name] { return r }
            guard let p = lowering.binding(name) else {
                throw refuse("the `let` table `\(name)`", "its plan is not known", plan.span)
            }
            let r = try relation(p)
            bindingNames[name] = r
            return r
        case .file(let path, _):
            throw refuse("reading the file \"\(path)\"", "files are read by planq itself, not by the engine", plan.span)
        }
    }

    func safeName(_ s: String) -> String {
        String(s.map { $0.isLetter || $0.isNumber ? $0 : "_" }.prefix(30))
    }

    func pow10(_ n: Int) -> String { "1" + String(repeating: "0", count: max(0, n)) }

    /// A literal table `from [...]`: one SELECT of literals a row, stacked.
    func values(_ t: Table, _ plan: QueryPlan) throws -> Relation {
        let names = sqlNames(t.schema.map(\.name))
        var scales = [Int](repeating: 0, count: t.columns.count)
        for (j, c) in t.columns.enumerated() {
            if case .decimal(_, let s) = c.storage { scales[j] = s }
        }
        let types = t.schema.indices.map { plan.schema.indices.contains($0) && plan.schema[$0].type != .null ? plan.schema[$0].type : t.schema[$0].type }
        var rows: [SQLSelect] = []
        for r in 0..<t.rowCount {
            var items: [(expr: SQLExpr, alias: String?)] = []
            for (j, c) in t.columns.enumerated() {
                let l = try literal(c[r], type: types[j], scale: scales[j], plan.span)
                items.append((cast(l, to: types[j], scale: scales[j]).sql, names[j]))
            }
            items.append((.int(r + 1), Hidden.order))
            rows.append(SQLSelect(items: items, from: nil))
        }
        if rows.isEmpty {
            var items = t.columns.indices.map { j in (expr: SQLExpr.cast(.null, dialect.castType(types[j], scale: scales[j])), alias: Optional(names[j])) }
            items.append((.int(0), Hidden.order))
            rows.append(SQLSelect(items: items, from: nil, whereClause: .binary(.int(1), "=", .int(0))))
        }
        let name = emit("values", rows.count == 1 ? .select(rows[0]) : .unionAll(rows))
        return Relation(name: name, columns: zip(names, types).enumerated().map { j, p in .init(name: p.0, type: p.1, scale: scales[j]) }, group: nil)
    }

    /// Numbers the rows within each group by their order; returns the CTE (column `planq_rn`).
    func renumberWithinGroup(_ r: Relation, _ kind: String) -> String {
        let partition = (r.group?.keyNames ?? []).map { SQLExpr.column($0) }
        let rn = SQLExpr.window(.call("ROW_NUMBER", []), partition: partition, order: [asc(.column(Hidden.order))], frame: nil)
        let items = r.columns.map { (expr: SQLExpr.column($0.name), alias: Optional($0.name)) } + hiddenItems(r) + [(rn, "planq_rn")]
        return emit(kind, .select(SQLSelect(items: items, from: .table(r.name, alias: nil))))
    }

    func window(_ input: QueryPlan, _ items: [BoundExpr], _ plan: QueryPlan) throws -> Relation {
        let r = try relation(input)
        let cols = refs(r)
        let partition = (r.group?.keyNames ?? []).map { SQLExpr.column($0) }
        var out = r.columns.map { Lowered(sql: .column($0.name), type: $0.type, scale: $0.scale) }
        for item in items {
            out.append(try windowItem(item, cols, partition: partition))
        }
        return project("window", r, out, names: plan.schema.map(\.name))
    }

    func aggregate(_ input: QueryPlan, keys: [BoundExpr], aggregates: [BoundExpr], _ plan: QueryPlan) throws -> Relation {
        let r = try relation(input)
        if let g = r.group, g.mayDropGroups, keys.isEmpty {
            throw refuse("`summarize` without `by` after a filter inside `group`",
                         "a group whose rows were all removed still gives a row locally, and SQL's GROUP BY cannot bring it back", plan.span)
        }
        let cols = refs(r)
        let lk = try keys.map { try expr($0, cols) }
        let la = try aggregates.map { try aggregateCall($0, cols, plan) }
        let names = sqlNames(plan.schema.map(\.name))
        var items: [(expr: SQLExpr, alias: String?)] = []
        for (i, e) in (lk + la).enumerated() { items.append((e.sql, names[i])) }
        items.append((.aggregate("MIN", [.column(Hidden.order)], distinct: false, filter: nil, order: []), Hidden.order))
        var groupBy = lk.map(\.sql)
        if let g = r.group {
            for k in g.keyNames { items.append((.column(k), k)) }
            items.append((.aggregate("MIN", [.column(Hidden.groupOrder)], distinct: false, filter: nil, order: []), Hidden.groupOrder))
            groupBy = g.keyNames.map { SQLExpr.column($0) } + groupBy
        }
        let name = emit("summarize", .select(SQLSelect(items: items, from: .table(r.name, alias: nil), groupBy: groupBy)))
        let columns = (lk + la).enumerated().map { Relation.Column(name: names[$0], type: $1.type, scale: $1.scale) }
        return Relation(name: name, columns: columns, group: r.group)
    }

    func distinct(_ input: QueryPlan, _ keys: [Int], _ plan: QueryPlan) throws -> Relation {
        let r = try relation(input)
        if keys.count == r.columns.count, !r.roles {
            // Every column is a key: one row per combination, at its first row's place.
            var items = r.columns.map { (expr: SQLExpr.column($0.name), alias: Optional($0.name)) }
            var groupBy = r.columns.map { SQLExpr.column($0.name) }
            items.append((.aggregate("MIN", [.column(Hidden.order)], distinct: false, filter: nil, order: []), Hidden.order))
            if let g = r.group {
                for k in g.keyNames { items.append((.column(k), k)); groupBy.append(.column(k)) }
                items.append((.aggregate("MIN", [.column(Hidden.groupOrder)], distinct: false, filter: nil, order: []), Hidden.groupOrder))
            }
            let name = emit("distinct", .select(SQLSelect(items: items, from: .table(r.name, alias: nil), groupBy: groupBy)))
            return Relation(name: name, columns: r.columns, group: r.group)
        }
        // Some keys: keep the first row of each combination.
        let partition = (r.group?.keyNames ?? []).map { SQLExpr.column($0) } + keys.map { SQLExpr.column(r.columns[$0].name) }
        let rn = SQLExpr.window(.call("ROW_NUMBER", []), partition: partition, order: [asc(.column(Hidden.order))], frame: nil)
        let base = r.columns.map { (expr: SQLExpr.column($0.name), alias: Optional($0.name)) } + hiddenItems(r)
        let numbered = emit("distinct", .select(SQLSelect(items: base + [(rn, "planq_rn")], from: .table(r.name, alias: nil))))
        let name = emit("distinct", .select(SQLSelect(items: base, from: .table(numbered, alias: nil), whereClause: .binary(.column("planq_rn"), "=", .int(1)))))
        return Relation(name: name, columns: r.columns, group: r.group, roles: r.roles)
    }

    func append(_ left: QueryPlan, _ right: QueryPlan, _ lc: [Int?], _ rc: [Int?], _ plan: QueryPlan) throws -> Relation {
        let a = try relation(left), b = try relation(right)
        if a.group != nil { throw refuse("`append` inside `group`", "the appended rows would repeat in every group", plan.span) }
        let names = sqlNames(plan.schema.map(\.name))
        var columns: [Relation.Column] = []
        var aItems: [(expr: SQLExpr, alias: String?)] = [], bItems: [(expr: SQLExpr, alias: String?)] = []
        for (i, info) in plan.schema.enumerated() {
            let pa = lc[i].map { a.columns[$0] }, pb = rc[i].map { b.columns[$0] }
            let scale = max(pa?.scale ?? 0, pb?.scale ?? 0)
            func side(_ c: Relation.Column?) -> SQLExpr {
                guard let c else { return SQLExpr.cast(.null, dialect.castType(info.type, scale: scale)) }
                return cast(Lowered(sql: .column(c.name), type: c.type, scale: c.scale), to: info.type, scale: scale).sql
            }
            aItems.append((side(pa), names[i]))
            bItems.append((side(pb), names[i]))
            columns.append(.init(name: names[i], type: info.type, scale: scale))
        }
        aItems += [(.int(0), "planq_side"), (.column(Hidden.order), Hidden.order)]
        bItems += [(.int(1), "planq_side"), (.column(Hidden.order), Hidden.order)]
        let stacked = emit("append", .unionAll([SQLSelect(items: aItems, from: .table(a.name, alias: nil)),
                                                SQLSelect(items: bItems, from: .table(b.name, alias: nil))]))
        return renumber("append", Relation(name: stacked, columns: columns, group: nil), by: [asc(.column("planq_side"))])
    }

    func join(_ plan: QueryPlan, _ left: QueryPlan, _ right: QueryPlan, _ kind: JoinKind, _ leftKeys: [BoundExpr],
              _ rightKeys: [BoundExpr], _ residual: BoundExpr?, _ output: [JoinOutputColumn]) throws -> Relation {
        var l = try relation(left)
        let r = try relation(right)
        if r.group != nil { throw refuse("this join", "its right side reads the group's rows", plan.span) }
        if l.group != nil, kind == .full {
            throw refuse("`join full` inside `group`", "unmatched right rows belong to no group", plan.span)
        }
        let lc = refs(l, table: "l"), rc = refs(r, table: "r")
        var conditions: [SQLExpr] = []
        for (a, b) in zip(leftKeys, rightKeys) {
            let x = try expr(a, lc), y = try expr(b, rc)
            let (p, q) = align(x, y)
            conditions.append(.binary(p.sql, "=", q.sql))  // null keys never match, as locally
        }
        if let residual { conditions.append(try expr(residual, lc + rc).sql) }
        let on = conditions.dropFirst().reduce(conditions[0]) { SQLExpr.binary($0, "AND", $1) }
        let names = sqlNames(plan.schema.map(\.name))
        if kind == .semi || kind == .anti {
            l.roles = false  // a join's result has no report roles locally, even a semi join's
            let exists = SQLExpr.exists(SQLSelect(items: [(.int(1), nil)], from: .table(r.name, alias: "r"), whereClause: on))
            let items = l.columns.map { (expr: SQLExpr.column($0.name, table: "l"), alias: Optional($0.name)) } + hiddenItems(l, table: "l")
            l.name = emit(kind == .semi ? "semi_join" : "anti_join",
                          .select(SQLSelect(items: items, from: .table(l.name, alias: "l"), whereClause: kind == .semi ? exists : .prefix("NOT", exists))))
            if kind == .semi || l.group != nil { l.group?.mayDropGroups = true }
            return l
        }
        var items: [(expr: SQLExpr, alias: String?)] = []
        var columns: [Relation.Column] = []
        for (i, o) in output.enumerated() {
            let e: Lowered
            switch o.side {
            case .left: e = lc[o.leftIndex ?? 0]
            case .right: e = rc[o.rightIndex ?? 0]
            case .coalesced:
                let (p, q) = align(lc[o.leftIndex ?? 0], rc[o.rightIndex ?? 0])
                // The left key where the left row exists, else the right one (a full join's unmatched right rows).
                e = Lowered(sql: .caseWhen([(.postfix(.column(Hidden.order, table: "l"), "IS NOT NULL"), p.sql)], otherwise: q.sql),
                            type: plan.schema[i].type, scale: p.scale)
            }
            items.append((e.sql, names[i]))
            columns.append(.init(name: names[i], type: e.type == .null ? plan.schema[i].type : e.type, scale: e.scale))
        }
        let order = [SQLOrder(expr: .column(Hidden.order, table: "l"), descending: false), asc(.column(Hidden.order, table: "r"))]
        items.append((.window(.call("ROW_NUMBER", []), partition: [], order: order, frame: nil), Hidden.order))
        if let g = l.group {
            for k in g.keyNames + [Hidden.groupOrder] { items.append((.column(k, table: "l"), k)) }
        }
        let sqlKind = kind == .inner ? "JOIN" : kind == .left ? "LEFT JOIN" : "FULL JOIN"
        let name = emit("join", .select(SQLSelect(items: items, from: .join(.table(l.name, alias: "l"), kind: sqlKind, .table(r.name, alias: "r"), on: on))))
        var group = l.group
        if kind == .inner { group?.mayDropGroups = true }
        return Relation(name: name, columns: columns, group: group)
    }

    func group(_ input: QueryPlan, _ keys: [Int], _ body: QueryPlan, _ prependKeys: Bool, _ plan: QueryPlan) throws -> Relation {
        let r = try relation(input)
        if r.group != nil { throw refuse("`group` inside `group`", "nested groups are not lowered", plan.span) }
        // The group's rows, with the key values and the group's first row as hidden columns.
        let keyNames = keys.indices.map(Hidden.groupKey)
        var items = r.columns.map { (expr: SQLExpr.column($0.name), alias: Optional($0.name)) }
        items.append((.column(Hidden.order), Hidden.order))
        for (j, k) in keys.enumerated() { items.append((.column(r.columns[k].name), keyNames[j])) }
        let partition = keys.map { SQLExpr.column(r.columns[$0].name) }
        items.append((.window(.aggregate("MIN", [.column(Hidden.order)], distinct: false, filter: nil, order: []), partition: partition, order: [], frame: nil), Hidden.groupOrder))
        if r.roles { items.append((.column(Hidden.role), Hidden.role)) }
        let name = emit("group", .select(SQLSelect(items: items, from: .table(r.name, alias: nil))))
        groupInputs.append(Relation(name: name, columns: r.columns, group: GroupScope(keyNames: keyNames), roles: r.roles))
        defer { groupInputs.removeLast() }
        let inner = try relation(body)
        // Back to one order: groups by first appearance, each group's rows in the body's order.
        var outItems: [(expr: SQLExpr, alias: String?)] = []
        var columns: [Relation.Column] = []
        let names = sqlNames(plan.schema.map(\.name))
        var i = 0
        if prependKeys {
            for (j, k) in keys.enumerated() {
                outItems.append((.column(keyNames[j]), names[i]))
                columns.append(.init(name: names[i], type: r.columns[k].type, scale: r.columns[k].scale))
                i += 1
            }
        }
        for c in inner.columns {
            outItems.append((.column(c.name), names[i]))
            columns.append(.init(name: names[i], type: c.type, scale: c.scale))
            i += 1
        }
        let order = [asc(.column(Hidden.groupOrder)), asc(.column(Hidden.order))]
        outItems.append((.window(.call("ROW_NUMBER", []), partition: [], order: order, frame: nil), Hidden.order))
        if inner.roles { outItems.append((.column(Hidden.role), Hidden.role)) }
        let out = emit("group", .select(SQLSelect(items: outItems, from: .table(inner.name, alias: nil))))
        return Relation(name: out, columns: columns, group: nil, roles: inner.roles)
    }

    func pivot(_ input: QueryPlan, _ keys: [Int], _ pivotColumn: Int, _ value: BoundExpr, _ values: [Value], _ plan: QueryPlan) throws -> Relation {
        let r = try relation(input)
        let cols = refs(r)
        let names = sqlNames(plan.schema.map(\.name))
        var items: [(expr: SQLExpr, alias: String?)] = []
        var columns: [Relation.Column] = []
        for (j, k) in keys.enumerated() {
            items.append((.column(r.columns[k].name), names[j]))
            columns.append(.init(name: names[j], type: r.columns[k].type, scale: r.columns[k].scale))
        }
        let key = cols[pivotColumn]
        for (j, v) in values.enumerated() {
            // The pivot's discovery found the values; each becomes one conditional aggregate.
            let lit = try literal(v, type: key.type, scale: key.scale, plan.span)
            let (p, q) = align(key, lit)
            let cell = try aggregateCall(value, cols, plan, extraFilter: nullSafeEqual(p.sql, q.sql))
            items.append((cell.sql, names[keys.count + j]))
            columns.append(.init(name: names[keys.count + j], type: cell.type, scale: cell.scale))
        }
        items.append((.aggregate("MIN", [.column(Hidden.order)], distinct: false, filter: nil, order: []), Hidden.order))
        let name = emit("pivot", .select(SQLSelect(items: items, from: .table(r.name, alias: nil), groupBy: keys.map { .column(r.columns[$0].name) })))
        return Relation(name: name, columns: columns, group: nil)
    }

    func unpivot(_ input: QueryPlan, _ keep: [Int], _ unpivoted: [Int], _ keyValues: [Value], _ plan: QueryPlan) throws -> Relation {
        let r = try relation(input)
        if r.group != nil { throw refuse("`unpivot` inside `group`", "not lowered", plan.span) }
        let names = sqlNames(plan.schema.map(\.name))
        let keyType = plan.schema[keep.count].type, valueType = plan.schema[keep.count + 1].type
        // The key list as a small relation: (position, key value).
        let keyRows = try keyValues.enumerated().map { j, v in
            SQLSelect(items: [(.int(j), "planq_k"), (try literal(v, type: keyType, scale: 0, plan.span).sql, "planq_key")], from: nil)
        }
        let keysName = emit("unpivot_keys", keyRows.count == 1 ? .select(keyRows[0]) : .unionAll(keyRows))
        let scale = unpivoted.map { r.columns[$0].scale }.max() ?? 0
        var items: [(expr: SQLExpr, alias: String?)] = []
        var columns: [Relation.Column] = []
        for (j, k) in keep.enumerated() {
            items.append((.column(r.columns[k].name, table: "t"), names[j]))
            columns.append(.init(name: names[j], type: r.columns[k].type, scale: r.columns[k].scale))
        }
        items.append((.column("planq_key", table: "k"), names[keep.count]))
        columns.append(.init(name: names[keep.count], type: keyType, scale: 0))
        let arms = unpivoted.enumerated().map { j, c -> (SQLExpr, SQLExpr) in
            let v = cast(Lowered(sql: .column(r.columns[c].name, table: "t"), type: r.columns[c].type, scale: r.columns[c].scale), to: valueType, scale: scale)
            return (SQLExpr.binary(.column("planq_k", table: "k"), "=", .int(j)), v.sql)
        }
        items.append((.caseWhen(arms, otherwise: nil), names[keep.count + 1]))
        columns.append(.init(name: names[keep.count + 1], type: valueType, scale: scale))
        let order = [asc(.column(Hidden.order, table: "t")), asc(.column("planq_k", table: "k"))]
        items.append((.window(.call("ROW_NUMBER", []), partition: [], order: order, frame: nil), Hidden.order))
        let name = emit("unpivot", .select(SQLSelect(items: items, from: .join(.table(r.name, alias: "t"), kind: "CROSS JOIN", .table(keysName, alias: "k"), on: nil))))
        return Relation(name: name, columns: columns, group: nil)
    }

    /// `total` and `total by`: the rows regrouped by the keys (nested, each level in order of
    /// first appearance), a subtotal row after each group and a grand total last — the
    /// levels' aggregates stacked with UNION ALL, which every dialect runs, and ordered by
    /// each level's first row.
    func total(_ input: QueryPlan, label: String, labelColumn: Int?, sumColumns: [Int], by: [Int], _ plan: QueryPlan) throws -> Relation {
        let r = try relation(input)
        if r.group != nil { throw refuse("`total` inside `group`", "not lowered", plan.span) }
        let levelNames = by.indices.map { "planq_t\($0)" }
        // Each row with the first row of its group at every level.
        var baseItems = r.columns.map { (expr: SQLExpr.column($0.name), alias: Optional($0.name)) }
        baseItems.append((.column(Hidden.order), Hidden.order))
        if r.roles { baseItems.append((.column(Hidden.role), Hidden.role)) }
        for l in by.indices {
            let partition = by[0...l].map { SQLExpr.column(r.columns[$0].name) }
            baseItems.append((.window(.aggregate("MIN", [.column(Hidden.order)], distinct: false, filter: nil, order: []), partition: partition, order: [], frame: nil), levelNames[l]))
        }
        let base = emit("total", .select(SQLSelect(items: baseItems, from: .table(r.name, alias: nil))))
        var parts: [SQLSelect] = []
        // The rows themselves (keeping the roles they had: a total of a total).
        parts.append(SQLSelect(items: r.columns.map { (expr: SQLExpr.column($0.name), alias: Optional($0.name)) }
                                + levelNames.map { (SQLExpr.column($0), Optional($0)) } + [(.column(Hidden.order), Hidden.order)]
                                + [(r.roles ? .column(Hidden.role) : .int(0), Hidden.role)],
                               from: .table(base, alias: nil)))
        // As locally: a subtotal of values that are all null is null (not a 0 that reads as a
        // real total); only the grand total of no rows at all is 0.
        func sumOf(_ c: Relation.Column, grand: Bool) -> SQLExpr {
            let sum = SQLExpr.aggregate("SUM", [.column(c.name)], distinct: false, filter: nil, order: [])
            guard grand else { return sum }
            let none = SQLExpr.binary(.aggregate("COUNT", [], distinct: false, filter: nil, order: []), "=", .int(0))
            return .caseWhen([(none, .int(0))], otherwise: sum)
        }
        // One summary row per group at each level (deepest first is irrelevant: the order decides).
        for l in by.indices {
            let kept = Array(by[0...l])
            var labelAt = r.columns.indices.first { r.columns[$0].type == .text && !kept.contains($0) }
            var keyLabel: SQLExpr? = nil
            var keyLabelAt: Int? = nil
            if labelAt == nil, let k = kept.first(where: { r.columns[$0].type == .text }) {
                // "<key values> subtotal" in the first text key.
                let pieces = try kept.map { try asText(Lowered(sql: .column(r.columns[$0].name), type: r.columns[$0].type, scale: r.columns[$0].scale), plan.span) }
                var joined = pieces[0]
                for p in pieces.dropFirst() { joined = .binary(.binary(joined, "||", .string(" ")), "||", p) }
                keyLabel = .binary(joined, "||", .string(" subtotal"))
                keyLabelAt = k
                labelAt = nil
            }
            var items: [(expr: SQLExpr, alias: String?)] = []
            for (i, c) in r.columns.enumerated() {
                let e: SQLExpr
                if i == keyLabelAt, let keyLabel { e = keyLabel }
                else if kept.contains(i) { e = .column(c.name) }
                else if sumColumns.contains(i) { e = sumOf(c, grand: false) }
                else if i == labelAt { e = .string("Subtotal") }
                else { e = .cast(.null, dialect.castType(c.type, scale: c.scale)) }
                items.append((e, c.name))
            }
            for (m, n) in levelNames.enumerated() {
                items.append((m <= l ? .aggregate("MIN", [.column(n)], distinct: false, filter: nil, order: []) : .cast(.null, dialect.castType(.int, scale: 0)), n))
            }
            items.append((.cast(.null, dialect.castType(.int, scale: 0)), Hidden.order))
            items.append((.int(1), Hidden.role))
            parts.append(SQLSelect(items: items, from: .table(base, alias: nil), groupBy: kept.map { .column(r.columns[$0].name) }))
        }
        // The grand total.
        var items: [(expr: SQLExpr, alias: String?)] = []
        for (i, c) in r.columns.enumerated() {
            let e: SQLExpr
            if sumColumns.contains(i) { e = sumOf(c, grand: true) }
            else if i == labelColumn { e = .string(label) }
            else { e = .cast(.null, dialect.castType(c.type, scale: c.scale)) }
            items.append((e, c.name))
        }
        for n in levelNames { items.append((.cast(.null, dialect.castType(.int, scale: 0)), n)) }
        items.append((.cast(.null, dialect.castType(.int, scale: 0)), Hidden.order))
        items.append((.int(2), Hidden.role))
        parts.append(SQLSelect(items: items, from: .table(base, alias: nil)))
        let stacked = emit("total", .unionAll(parts))
        var outItems = r.columns.map { (expr: SQLExpr.column($0.name), alias: Optional($0.name)) }
        let order = levelNames.map { asc(.column($0)) } + [asc(.column(Hidden.order))]
        outItems.append((.window(.call("ROW_NUMBER", []), partition: [], order: order, frame: nil), Hidden.order))
        outItems.append((.column(Hidden.role), Hidden.role))
        let name = emit("total", .select(SQLSelect(items: outItems, from: .table(stacked, alias: nil))))
        return Relation(name: name, columns: r.columns, group: nil, roles: true)
    }
}
