/// Resolution, transforms: one bind per pipeline step.
extension Resolver {
    mutating func bind(_ t: Transform, input: QueryPlan) throws -> QueryPlan {
        let n = input.schema.count
        switch t.kind {
        case .filter(let cond):
            let collector = Collector(base: n)
            let pred = try bindExpr(cond, Scope(columns: input.schema, mode: .window(collector), clause: "where"))
            try expectBool(pred, "where")
            if collector.items.isEmpty { return QueryPlan(.filter(input, pred), schema: input.schema, span: t.span) }
            let windowed = windowPlan(input, collector, t.span)
            let filtered = QueryPlan(.filter(windowed, pred), schema: windowed.schema, span: t.span)
            return projectColumns(filtered, Array(0..<n), t.span)

        case .select(let items):
            let collector = Collector(base: n)
            var exprs: [BoundExpr] = []
            var names: [String] = []
            for item in items {
                let e = try bindExpr(item.expr, Scope(columns: input.schema, mode: .window(collector), clause: "select"))
                let name = item.name ?? derivedName(item.expr, e, input.schema)
                if let j = names.firstIndex(of: name) {
                    throw error(.name, "column `\(name)` appears twice in select", item.nameSpan ?? item.expr.span,
                                hints: j >= 0 ? ["give one a new name: `other = ...`"] : [])
                }
                names.append(name)
                exprs.append(e)
            }
            lintSelectAggregates(items, exprs, inputWidth: n, collector: collector, input: input, span: t.span)
            let source = collector.items.isEmpty ? input : windowPlan(input, collector, t.span)
            let schema = zip(names, exprs).map { name, e in
                ColumnInfo(name: name, type: e.type, format: e.format, qualifier: qualifierOf(e, source.schema))
            }
            return QueryPlan(.project(source, exprs), schema: schema, span: t.span)

        case .derive(let items):
            // Items that read only columns of `plan` share one projection over it, so a `derive`
            // of 5,000 independent columns is one step; an item that reads a column derived
            // before it in the same `derive`, or needs a window, starts a new step.
            var plan = input
            func passThrough(_ p: QueryPlan) -> [BoundExpr] {
                p.schema.indices.map { i in BoundExpr(.column(i), type: p.schema[i].type, format: p.schema[i].format, span: nil) }
            }
            var exprs = passThrough(plan)
            var schema = plan.schema
            var pending = Set<Int>()  // columns of `schema` this step computes rather than passes through
            var position: [String: Int] = [:]  // first column of each name: wide derives stay linear
            for (i, c) in schema.enumerated() where position[c.name] == nil { position[c.name] = i }
            func flush() throws {
                guard !pending.isEmpty else { return }
                plan = QueryPlan(.project(plan, exprs), schema: schema, span: t.span)
                try checkHeight(plan, t.keywordSpan)
                exprs = passThrough(plan)
                pending = []
            }
            for item in items {
                guard let name = item.name ?? nameOfColumnRef(item.expr) else {
                    throw error(.syntax, "derive needs a name for each new column", item.expr.span)
                }
                let collector = Collector(base: schema.count)
                let e = try bindExpr(item.expr, Scope(columns: schema, mode: .window(collector), clause: "derive"))
                if !collector.items.isEmpty || !e.columnsUsed.isDisjoint(with: pending) { try flush() }
                let info = ColumnInfo(name: name, type: e.type, format: e.format)
                let existing = position[name]
                if !collector.items.isEmpty {
                    // The window columns are computed below this projection and dropped by it.
                    let source = windowPlan(plan, collector, t.span)
                    if let existing { exprs[existing] = e; schema[existing] = info } else {
                        exprs.append(e)
                        schema.append(info)
                        position[name] = schema.count - 1
                    }
                    plan = QueryPlan(.project(source, exprs), schema: schema, span: t.span)
                    try checkHeight(plan, t.keywordSpan)
                    exprs = passThrough(plan)
                    continue
                }
                if let existing {
                    exprs[existing] = e
                    schema[existing] = info
                    pending.insert(existing)
                } else {
                    exprs.append(e)
                    schema.append(info)
                    pending.insert(schema.count - 1)
                    position[name] = schema.count - 1
                }
            }
            try flush()
            return plan

        case .sort(let keys):
            let collector = Collector(base: n)
            var bound: [BoundSortKey] = []
            for k in keys {
                let e = try bindExpr(k.expr, Scope(columns: input.schema, mode: .window(collector), clause: "sort"))
                if e.type == .list { throw error(.type, "cannot sort by a list", k.expr.span) }
                bound.append(BoundSortKey(expr: e, descending: k.descending))
            }
            if collector.items.isEmpty { return QueryPlan(.sort(input, bound), schema: input.schema, span: t.span) }
            let windowed = windowPlan(input, collector, t.span)
            return projectColumns(QueryPlan(.sort(windowed, bound), schema: windowed.schema, span: t.span), Array(0..<n), t.span)

        case .take(let countExpr):
            let v = try constantValue(countExpr)
            guard case .int(let count) = v, count >= 0 else {
                throw error(.type, "take needs a whole number of rows, not \(v.literalText)", countExpr.span,
                            hints: ["for example: take 10"])
            }
            return QueryPlan(.limit(input, count), schema: input.schema, span: t.span)

        case .summarize(let items, let by):
            return try bindSummarize(items, by: by, input: input, t)

        case .join(let kind, let relation, let alias, let condition):
            return try bindJoin(kind, relation, alias: alias, condition, input: input, t)

        case .distinct(let cols):
            if cols.isEmpty {
                return QueryPlan(.distinct(input, keys: Array(0..<n)), schema: input.schema, span: t.span)
            }
            let projected = try bind(Transform(kind: .select(cols), keywordSpan: t.keywordSpan, span: t.span), input: input)
            return QueryPlan(.distinct(projected, keys: Array(0..<projected.schema.count)), schema: projected.schema, span: t.span)

        case .append(let relation):
            let right = try bind(relation)
            var schema = input.schema
            var leftCols: [Int?] = Array(0..<n)
            var rightCols: [Int?] = [Int?](repeating: nil, count: n)
            for (j, rc) in right.schema.enumerated() {
                if let i = schema.firstIndex(where: { $0.name == rc.name }) {
                    guard let u = DataType.unify(schema[i].type, rc.type) else {
                        throw error(.type, "cannot append: column `\(rc.name)` is \(schema[i].type.displayName) on the left and \(rc.type.displayName) on the right", relation.span)
                    }
                    schema[i].type = u
                    rightCols[i] = j
                } else {
                    schema.append(ColumnInfo(name: rc.name, type: rc.type, format: rc.format))
                    leftCols.append(nil)
                    rightCols.append(j)
                }
            }
            return QueryPlan(.append(input, right, leftColumns: leftCols, rightColumns: rightCols), schema: schema.map { var c = $0; c.qualifier = nil; return c }, span: t.span)

        case .rename(let pairs):
            var schema = input.schema
            for p in pairs {
                guard let i = schema.firstIndex(where: { $0.name == p.old }) else {
                    throw unknownColumn(p.old, p.oldSpan, schema)
                }
                if p.new != p.old, schema.contains(where: { $0.name == p.new }) {
                    throw error(.name, "a column named `\(p.new)` already exists", p.newSpan)
                }
                schema[i].name = p.new
            }
            return projectColumns(input, Array(0..<n), t.span, schema: schema)

        case .pivot(let keyExpr, let valueExpr, let by):
            return try bindPivot(keyExpr, valueExpr, by: by, input: input, t)

        case .format(let items):
            var schema = input.schema
            for item in items {
                guard let i = schema.firstIndex(where: { $0.name == item.name }) else {
                    throw unknownColumn(item.name, item.nameSpan, schema)
                }
                schema[i].format = try displayFormat(item.spec, applyingTo: schema[i].format, type: schema[i].type,
                                                     what: "`\(item.name)`")
            }
            return projectColumns(input, Array(0..<n), t.span, schema: schema)

        case .unpivot(let cols, let keyName, let valueName):
            var unpivoted: [Int] = []
            var type = DataType.null
            var format: ValueFormat? = nil
            for (name, span) in cols {
                guard let i = input.schema.firstIndex(where: { $0.name == name }) else { throw unknownColumn(name, span, input.schema) }
                guard let u = DataType.unify(type, input.schema[i].type) else {
                    throw error(.type, "unpivoted columns must share a type: `\(name)` is \(input.schema[i].type.displayName), others are \(type.displayName)", span)
                }
                type = u
                format = format ?? input.schema[i].format
                unpivoted.append(i)
            }
            let keep = (0..<n).filter { !unpivoted.contains($0) }
            // Column names that all read as financial years become a financial-year key.
            let names = unpivoted.map { input.schema[$0].name }
            let years = names.compactMap { Conversions.fiscalYear(from: $0) }
            let keyValues: [Value] = years.count == names.count ? years.map(Value.fiscalYear) : names.map(Value.text)
            var schema = keep.map { input.schema[$0] }
            schema.append(ColumnInfo(name: keyName, type: keyValues.first?.type ?? .text))
            schema.append(ColumnInfo(name: valueName, type: type, format: format ?? .plain))
            return QueryPlan(.unpivot(input, keep: keep, unpivoted: unpivoted, keyValues: keyValues), schema: schema, span: t.span)

        case .group(let keys, let body):
            var plan = input
            var keyIndices: [Int] = []
            for k in keys {
                if k.name == nil, let name = nameOfColumnRef(k.expr) {
                    let e = try bindExpr(k.expr, Scope(columns: plan.schema, mode: .row, clause: "group"))
                    if case .column(let i) = e.kind { keyIndices.append(i); _ = name; continue }
                }
                // A computed key: derive it first.
                let name = k.name ?? derivedName(k.expr, nil, plan.schema)
                plan = try bind(Transform(kind: .derive([NamedExpr(name: name, nameSpan: k.nameSpan, expr: k.expr)]),
                                          keywordSpan: t.keywordSpan, span: t.span), input: plan)
                keyIndices.append(plan.schema.firstIndex { $0.name == name }!)
            }
            var inner = QueryPlan(.groupInput, schema: plan.schema, span: t.span)
            try nesting.enter(t.keywordSpan, "group")
            defer { nesting.leave() }
            for bt in body {
                if case .pivot = bt.kind { throw error(.syntax, "pivot cannot run inside group", bt.keywordSpan) }
                inner = try bind(bt, input: inner)
                try checkHeight(inner, bt.keywordSpan)
            }
            let missing = keyIndices.filter { k in !inner.schema.contains { $0.name == plan.schema[k].name } }
            let prepend = !missing.isEmpty
            let schema = prepend ? keyIndices.map { plan.schema[$0] } + inner.schema : inner.schema
            return QueryPlan(.group(plan, keys: keyIndices, body: inner, prependKeys: prepend), schema: schema, span: t.span)

        case .describe:
            let schema = [("column", DataType.text), ("type", .text), ("format", .text), ("nulls", .int), ("distinct", .int),
                          ("unparsed", .int), ("min", .text), ("max", .text), ("example", .text)]
                .map { ColumnInfo(name: $0.0, type: $0.1) }
            return QueryPlan(.describe(input), schema: schema, span: t.span)

        case .total(let labelExpr, let by):
            var keys: [Int] = []
            for k in by {
                guard k.name == nil, let name = nameOfColumnRef(k.expr) else {
                    throw error(.syntax, "total by needs column names", k.expr.span,
                                hints: ["derive the key first: derive k = ... | total by k"])
                }
                guard let i = columnIndex(name, qualifier: nil, Scope(columns: input.schema, mode: .row, clause: "total")) else {
                    throw unknownColumn(name, k.expr.span, input.schema)
                }
                if keys.contains(i) { throw error(.name, "`\(name)` is listed twice after `by`", k.expr.span) }
                keys.append(i)
            }
            var label = "Total"
            if let labelExpr {
                guard case .text(let s) = try constantValue(labelExpr) else { throw error(.type, "the total's label must be text", labelExpr.span) }
                label = s
            }
            let labelColumn = input.schema.firstIndex { $0.type == .text }
            // Key columns are labels, never summed (a year key is not added up).
            let sums = input.schema.indices.filter { input.schema[$0].type.isNumeric && !keys.contains($0) }
            return QueryPlan(.total(input, label: label, labelColumn: labelColumn, sumColumns: sums, by: keys), schema: input.schema, span: t.span)
        }
    }

    func windowPlan(_ input: QueryPlan, _ collector: Collector, _ span: Span) -> QueryPlan {
        var schema = input.schema
        for (k, e) in collector.items.enumerated() {
            schema.append(ColumnInfo(name: "_w\(k)", type: e.type, format: e.format))
        }
        return QueryPlan(.window(input, collector.items), schema: schema, span: span)
    }

    func projectColumns(_ input: QueryPlan, _ columns: [Int], _ span: Span?, schema: [ColumnInfo]? = nil) -> QueryPlan {
        let exprs = columns.map { i in BoundExpr(.column(i), type: input.schema[i].type, format: input.schema[i].format, span: nil) }
        return QueryPlan(.project(input, exprs), schema: schema ?? columns.map { input.schema[$0] }, span: span)
    }

    func qualifierOf(_ e: BoundExpr, _ schema: [ColumnInfo]) -> String? {
        if case .column(let i) = e.kind, i < schema.count { return schema[i].qualifier }
        return nil
    }

    func nameOfColumnRef(_ e: Expr) -> String? {
        switch e.kind {
        case .name(let n): return n
        case .qualified(_, let n): return n
        default: return nil
        }
    }

    /// A readable default name: `unit`, `sum_budget`, `count`.
    func derivedName(_ e: Expr, _ bound: BoundExpr?, _ schema: [ColumnInfo]) -> String {
        switch e.kind {
        case .name(let n), .qualified(_, let n): return n
        case .call(let f, let args, _):
            let argNames = args.compactMap { nameOfColumnRef($0.value) }
            return ([f] + argNames).joined(separator: "_")
        default:
            let text = e.span.text
            return text.count <= 40 ? text : String(text.prefix(40))
        }
    }

    func expectBool(_ e: BoundExpr, _ clause: String) throws {
        if e.type != .bool && e.type != .null {
            throw error(.type, "the condition of `\(clause)` must be true or false, but this is \(e.type.displayName)", e.span,
                        hints: ["compare it with something, e.g. `x > 0` or `x == \"text\"`"])
        }
    }
}
