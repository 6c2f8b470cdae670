/// Name and type resolution: turns the syntax tree into a typed `Plan`. Every name is
/// checked here, before any row is read, so a misspelt column fails with a "did you mean".
struct Resolver {
    let env: Environment
    /// Runs a sub-plan during resolution (pivot needs its input's distinct keys to know its columns).
    let run: (Plan) throws -> Table
    var functionDepth = 0
    /// Source columns the statement can use (ReferencedNames); nil means all of them.
    var neededColumns: Set<String>? = nil
    /// Non-fatal findings (a constant hidden by a column of the same name).
    let warn: (Diagnostic) -> Void

    /// Collects aggregate and window calls met while binding an expression: they are
    /// computed by a `window`/`aggregate` node and the expression refers to their column.
    final class Collector {
        var items: [BoundExpr] = []
        let base: Int
        init(base: Int) { self.base = base }
        func add(_ e: BoundExpr) -> BoundExpr {
            items.append(e)
            return BoundExpr(.column(base + items.count - 1), type: e.type, format: e.format, span: e.span)
        }
    }

    enum Mode {
        /// Plain row expressions: no aggregates or window functions (aggregate arguments, join keys).
        case row
        /// Aggregates over the whole input and window functions allowed (where, select, derive, sort).
        case window(Collector)
        /// Inside summarize: aggregates allowed; plain columns only if they are keys.
        case aggregate(Collector, keys: [BoundExpr], keyNames: [String])
    }

    final class ParamArgument {
        let expr: Expr
        let callerParams: [String: ParamArgument]
        init(expr: Expr, callerParams: [String: ParamArgument]) { self.expr = expr; self.callerParams = callerParams }
    }

    struct Scope {
        var columns: [ColumnInfo]
        var mode: Mode
        /// In a join condition: how many of `columns` belong to the left side, and the side names.
        var join: (leftCount: Int, leftName: String?, rightName: String?)? = nil
        /// Parameters of the user function being expanded: the caller's argument expressions,
        /// bound where the parameter is used (so `fn spread(x) = max(x) - min(x)` works in summarize).
        var params: [String: ParamArgument] = [:]
        /// What the clause is, for messages: "where", "summarize", ...
        var clause: String
    }

    init(env: Environment, warn: @escaping (Diagnostic) -> Void = { _ in }, run: @escaping (Plan) throws -> Table) {
        self.env = env
        self.warn = warn
        self.run = run
    }

    func error(_ kind: Diagnostic.Kind, _ message: String, _ span: Span?, hints: [String] = []) -> PlanQueryError {
        PlanQueryError(.error(kind, message, at: span, hints: hints))
    }

    // MARK: relations and pipelines

    mutating func bind(_ pipeline: Pipeline) throws -> Plan {
        var plan = try bind(pipeline.source)
        for t in pipeline.transforms { plan = try bind(t, input: plan) }
        return plan
    }

    mutating func bind(_ relation: Relation) throws -> Plan {
        switch relation {
        case .named(let name, let span):
            if let b = env.tables[name] {
                return Plan(.scan(.binding(name), columns: nil), schema: b.table.schema.map { withQualifier($0, name) }, span: span)
            }
            let table: Table?
            do { table = try env.catalog.table(named: name, columns: neededColumns) } catch let e as PlanQueryError {
                throw PlanQueryError(e.diagnostics.map { d in var d = d; if d.span == nil { d.span = span }; return d })
            } catch let d as Diagnostic {
                var d = d
                if d.span == nil { d.span = span }
                throw PlanQueryError(d)
            }
            if let table {
                return Plan(.scan(.catalog(name), columns: neededColumns), schema: table.schema.map { withQualifier($0, name) }, span: span)
            }
            let known = env.tableNames
            var hints: [String] = []
            if let near = closestNames(to: name, in: known).first { hints.append("did you mean `\(near)`?") }
            if name.contains(".") || name.contains("/") { hints.append("file paths go in quotes: from \"\(name)\"") }
            if known.isEmpty { hints.append("no tables are loaded; use --data FILE or from \"file.csv\"") }
            else if hints.isEmpty { hints.append("tables: " + known.prefix(12).joined(separator: ", ")) }
            throw error(.name, "no table named `\(name)`", span, hints: hints)
        case .file(let written, let span):
            let path = resolvePath(written, span)
            let table = try loadFile(path, span)
            let stem = fileStem(path)
            return Plan(.scan(.file(path), columns: neededColumns), schema: table.schema.map { withQualifier($0, stem) }, span: span)
        case .pipeline(let p):
            return try bind(p)
        case .values(let e):
            let t = try valuesTable(e)
            return Plan(.values(t), schema: t.schema, span: e.span)
        case .read(let e):
            let (written, options) = try readOptions(e)
            let path = resolvePath(written, e.span)
            let t = try loadFile(path, e.span, options: options)
            return Plan(.scan(.read(path, options), columns: nil), schema: t.schema.map { withQualifier($0, fileStem(path)) }, span: e.span)
        }
    }

    /// A relative path is read from the working directory, or else next to the script naming it.
    func resolvePath(_ path: String, _ span: Span) -> String {
        if path.hasPrefix("/") || FileAccess.exists(path.split(separator: "#").first.map(String.init) ?? path) { return path }
        let script = span.file.name
        guard let slash = script.lastIndex(of: "/") else { return path }
        let beside = String(script[...slash]) + path
        return FileAccess.exists(beside.split(separator: "#").first.map(String.init) ?? beside) ? beside : path
    }

    func withQualifier(_ c: ColumnInfo, _ q: String) -> ColumnInfo {
        var c = c
        c.qualifier = q
        return c
    }

    func fileStem(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if let dot = name.lastIndex(of: "."), dot > name.startIndex { return String(name[..<dot]) }
        return name
    }

    /// `read("path", format = "csv", delimiter = ";", header = false, table = 3)`.
    mutating func readOptions(_ e: Expr) throws -> (String, ReadOptions) {
        guard case .call(_, let args, _) = e.kind, let first = args.first, first.name == nil else {
            throw error(.syntax, "read needs a quoted path first: read(\"data.txt\", delimiter = \";\")", e.span)
        }
        guard case .text(let path) = try constantValue(first.value) else {
            throw error(.type, "read's first argument is the file path, in quotes", first.value.span)
        }
        var options = ReadOptions()
        for arg in args.dropFirst() {
            guard let name = arg.name else { throw error(.syntax, "read's options are named: delimiter = \";\"", arg.value.span) }
            let v = try constantValue(arg.value)
            switch (name, v) {
            case ("format", .text(let f)):
                guard let format = TabularFormat(rawValue: f.lowercased()) else {
                    throw error(.type, "unknown format \"\(f)\"", arg.value.span, hints: ["formats: csv, tsv, json, jsonl"])
                }
                options.format = format
            case ("delimiter", .text(let d)) where d.utf8.count == 1:
                options.delimiter = d.utf8.first
            case ("delimiter", _):
                throw error(.type, "delimiter must be one character, e.g. \";\" or \"\\t\"", arg.value.span)
            case ("header", .bool(let b)):
                options.header = b
            case ("table", .int(let n)):
                options.table = n
            default:
                throw error(.name, "read has no option `\(name)` of this kind", arg.value.span,
                            hints: ["options: format = \"csv\", delimiter = \";\", header = false, table = 3 (a plan document's table)"])
            }
        }
        return (path, options)
    }

    func loadFile(_ path: String, _ span: Span, options: ReadOptions? = nil) throws -> Table {
        let key = options.map { path + "\u{0}" + $0.key } ?? path
        if let t = env.fileCache[key] { return t }
        if let options {
            do {
                let t = try DataFiles.load(path, options: options)
                env.fileCache[key] = t
                return t
            } catch var d as Diagnostic {
                d.span = d.span ?? span
                throw PlanQueryError(d)
            }
        }
        do {
            return try env.loadFile(path, columns: neededColumns)
        } catch var d as Diagnostic {
            d.span = d.span ?? span
            throw PlanQueryError(d)
        } catch let e as PlanQueryError {
            throw PlanQueryError(e.diagnostics.map { d in var d = d; d.span = d.span ?? span; return d })
        }
    }

    /// `from [1, 2]` or `from [[1, "a"], [2, "b"]]`.
    mutating func valuesTable(_ e: Expr) throws -> Table {
        guard case .list(let items) = e.kind else { throw error(.syntax, "expected a list of values", e.span) }
        var rows: [[Value]] = []
        var width = 1
        var nested = false
        for (i, item) in items.enumerated() {
            let v = try constantValue(item)
            if case .list(let cells) = v {
                if i == 0 { nested = true; width = cells.count }
                guard nested, cells.count == width else {
                    throw error(.type, "every row of the list must have \(width) value\(width == 1 ? "" : "s")", item.span)
                }
                rows.append(cells)
            } else {
                if nested { throw error(.type, "mix of rows and single values in the list", item.span) }
                rows.append([v])
            }
        }
        let names = width == 1 && !nested ? ["value"] : (1...max(1, width)).map { "value\($0)" }
        var formats = [ValueFormat](repeating: .plain, count: names.count)
        if !nested, let first = items.first, case .literal(_, let f) = first.kind { formats[0] = f }
        return Table(names: names, rows: rows, formats: formats)
    }

    /// Binds and folds an expression that must not depend on any row.
    mutating func constantValue(_ e: Expr) throws -> Value {
        let bound = try bindExpr(e, Scope(columns: [], mode: .row, clause: "a constant"))
        guard bound.isConstant else { throw error(.type, "expected a constant value here", e.span) }
        return try Evaluator.constant(bound)
    }

    // MARK: transforms

    mutating func bind(_ t: Transform, input: Plan) throws -> Plan {
        let n = input.schema.count
        switch t.kind {
        case .filter(let cond):
            let collector = Collector(base: n)
            let pred = try bindExpr(cond, Scope(columns: input.schema, mode: .window(collector), clause: "where"))
            try expectBool(pred, "where")
            if collector.items.isEmpty { return Plan(.filter(input, pred), schema: input.schema, span: t.span) }
            let windowed = windowPlan(input, collector, t.span)
            let filtered = Plan(.filter(windowed, pred), schema: windowed.schema, span: t.span)
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
            let source = collector.items.isEmpty ? input : windowPlan(input, collector, t.span)
            let schema = zip(names, exprs).map { name, e in
                ColumnInfo(name: name, type: e.type, format: e.format, qualifier: qualifierOf(e, source.schema))
            }
            return Plan(.project(source, exprs), schema: schema, span: t.span)

        case .derive(let items):
            var plan = input
            for item in items {
                guard let name = item.name ?? nameOfColumnRef(item.expr) else {
                    throw error(.syntax, "derive needs a name for each new column", item.expr.span)
                }
                let base = plan.schema.count
                let collector = Collector(base: base)
                let e = try bindExpr(item.expr, Scope(columns: plan.schema, mode: .window(collector), clause: "derive"))
                let source = collector.items.isEmpty ? plan : windowPlan(plan, collector, t.span)
                var exprs = (0..<base).map { i in BoundExpr(.column(i), type: plan.schema[i].type, format: plan.schema[i].format, span: nil) }
                var schema = plan.schema
                let info = ColumnInfo(name: name, type: e.type, format: e.format)
                if let existing = schema.firstIndex(where: { $0.name == name }) {
                    exprs[existing] = e
                    schema[existing] = info
                } else {
                    exprs.append(e)
                    schema.append(info)
                }
                plan = Plan(.project(source, exprs), schema: schema, span: t.span)
            }
            return plan

        case .sort(let keys):
            let collector = Collector(base: n)
            var bound: [BoundSortKey] = []
            for k in keys {
                let e = try bindExpr(k.expr, Scope(columns: input.schema, mode: .window(collector), clause: "sort"))
                if e.type == .list { throw error(.type, "cannot sort by a list", k.expr.span) }
                bound.append(BoundSortKey(expr: e, descending: k.descending))
            }
            if collector.items.isEmpty { return Plan(.sort(input, bound), schema: input.schema, span: t.span) }
            let windowed = windowPlan(input, collector, t.span)
            return projectColumns(Plan(.sort(windowed, bound), schema: windowed.schema, span: t.span), Array(0..<n), t.span)

        case .take(let countExpr):
            let v = try constantValue(countExpr)
            guard case .int(let count) = v, count >= 0 else {
                throw error(.type, "take needs a whole number of rows, not \(v.literalText)", countExpr.span,
                            hints: ["for example: take 10"])
            }
            return Plan(.limit(input, count), schema: input.schema, span: t.span)

        case .summarize(let items, let by):
            return try bindSummarize(items, by: by, input: input, t)

        case .join(let kind, let relation, let alias, let condition):
            return try bindJoin(kind, relation, alias: alias, condition, input: input, t)

        case .distinct(let cols):
            if cols.isEmpty {
                return Plan(.distinct(input, keys: Array(0..<n)), schema: input.schema, span: t.span)
            }
            let projected = try bind(Transform(kind: .select(cols), keywordSpan: t.keywordSpan, span: t.span), input: input)
            return Plan(.distinct(projected, keys: Array(0..<projected.schema.count)), schema: projected.schema, span: t.span)

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
            return Plan(.append(input, right, leftColumns: leftCols, rightColumns: rightCols), schema: schema.map { var c = $0; c.qualifier = nil; return c }, span: t.span)

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
            return Plan(.unpivot(input, keep: keep, unpivoted: unpivoted, keyValues: keyValues), schema: schema, span: t.span)

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
            var inner = Plan(.groupInput, schema: plan.schema, span: t.span)
            for bt in body {
                if case .pivot = bt.kind { throw error(.syntax, "pivot cannot run inside group", bt.keywordSpan) }
                inner = try bind(bt, input: inner)
            }
            let missing = keyIndices.filter { k in !inner.schema.contains { $0.name == plan.schema[k].name } }
            let prepend = !missing.isEmpty
            let schema = prepend ? keyIndices.map { plan.schema[$0] } + inner.schema : inner.schema
            return Plan(.group(plan, keys: keyIndices, body: inner, prependKeys: prepend), schema: schema, span: t.span)

        case .describe:
            let schema = [("column", DataType.text), ("type", .text), ("format", .text), ("nulls", .int), ("distinct", .int),
                          ("unparsed", .int), ("min", .text), ("max", .text), ("example", .text)]
                .map { ColumnInfo(name: $0.0, type: $0.1) }
            return Plan(.describe(input), schema: schema, span: t.span)

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
            return Plan(.total(input, label: label, labelColumn: labelColumn, sumColumns: sums, by: keys), schema: input.schema, span: t.span)
        }
    }

    func windowPlan(_ input: Plan, _ collector: Collector, _ span: Span) -> Plan {
        var schema = input.schema
        for (k, e) in collector.items.enumerated() {
            schema.append(ColumnInfo(name: "_w\(k)", type: e.type, format: e.format))
        }
        return Plan(.window(input, collector.items), schema: schema, span: span)
    }

    func projectColumns(_ input: Plan, _ columns: [Int], _ span: Span?, schema: [ColumnInfo]? = nil) -> Plan {
        let exprs = columns.map { i in BoundExpr(.column(i), type: input.schema[i].type, format: input.schema[i].format, span: nil) }
        return Plan(.project(input, exprs), schema: schema ?? columns.map { input.schema[$0] }, span: span)
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

    // MARK: summarize

    mutating func bindSummarize(_ items: [NamedExpr], by: [NamedExpr], input: Plan, _ t: Transform) throws -> Plan {
        var keys: [BoundExpr] = []
        var keyNames: [String] = []
        for k in by {
            let e = try bindExpr(k.expr, Scope(columns: input.schema, mode: .row, clause: "by"))
            let name = k.name ?? derivedName(k.expr, e, input.schema)
            if keyNames.contains(name) { throw error(.name, "`\(name)` is listed twice after `by`", k.expr.span) }
            keys.append(e)
            keyNames.append(name)
        }
        let collector = Collector(base: keys.count)
        var exprs: [BoundExpr] = []
        var names: [String] = []
        for item in items {
            let e = try bindExpr(item.expr, Scope(columns: input.schema, mode: .aggregate(collector, keys: keys, keyNames: keyNames), clause: "summarize"))
            var name = item.name ?? derivedName(item.expr, e, input.schema)
            if item.name == nil, case .call(_, let args, _) = item.expr.kind, args.isEmpty, names.contains(name) { name += "_\(names.count + 1)" }
            if names.contains(name) || keyNames.contains(name) {
                throw error(.name, "column `\(name)` appears twice in the result of summarize", item.nameSpan ?? item.expr.span,
                            hints: ["name it: `other_name = ...`"])
            }
            names.append(name)
            exprs.append(e)
        }
        var aggSchema = zip(keyNames, keys).map { ColumnInfo(name: $0, type: $1.type, format: $1.format, qualifier: qualifierOf($1, input.schema)) }
        for (k, e) in collector.items.enumerated() { aggSchema.append(ColumnInfo(name: "_a\(k)", type: e.type, format: e.format)) }
        let agg = Plan(.aggregate(input, keys: keys, aggregates: collector.items), schema: aggSchema, span: t.span)
        var outExprs = keys.indices.map { i in BoundExpr(.column(i), type: keys[i].type, format: keys[i].format, span: nil) }
        outExprs += exprs
        let schema = Array(aggSchema.prefix(keys.count)) + zip(names, exprs).map { ColumnInfo(name: $0, type: $1.type, format: $1.format) }
        return Plan(.project(agg, outExprs), schema: schema, span: t.span)
    }

    // MARK: join

    mutating func bindJoin(_ kind: JoinKind, _ relation: Relation, alias: String?, _ condition: JoinCondition,
                           input: Plan, _ t: Transform) throws -> Plan {
        var right = try bind(relation)
        let rightName: String? = alias ?? {
            switch relation {
            case .named(let n, _): return n
            case .file(let p, _): return fileStem(p)
            default: return nil
            }
        }()
        if let alias { right = Plan(right.node, schema: right.schema.map { withQualifier($0, alias) }, span: right.span) }
        let leftName = input.schema.first?.qualifier
        var leftKeys: [BoundExpr] = []
        var rightKeys: [BoundExpr] = []
        var residual: BoundExpr? = nil
        var usingPairs: [(Int, Int)] = []
        switch condition {
        case .using(let names):
            for (name, span) in names {
                guard let li = input.schema.firstIndex(where: { $0.name == name }) else {
                    throw error(.name, "the left side has no column `\(name)` to join on", span,
                                hints: closestNames(to: name, in: input.schema.map(\.name)).map { "did you mean `\($0)`?" })
                }
                guard let ri = right.schema.firstIndex(where: { $0.name == name }) else {
                    throw error(.name, "`\(rightName ?? "the right side")` has no column `\(name)` to join on", span,
                                hints: closestNames(to: name, in: right.schema.map(\.name)).map { "did you mean `\($0)`?" }
                                    + ["join on differently named columns with: on left.a == right.b"])
                }
                try checkJoinable(input.schema[li].type, right.schema[ri].type, name, span)
                leftKeys.append(BoundExpr(.column(li), type: input.schema[li].type, span: span))
                rightKeys.append(BoundExpr(.column(ri), type: right.schema[ri].type, span: span))
                usingPairs.append((li, ri))
            }
        case .expression(let e):
            let combined = input.schema + right.schema
            let scope = Scope(columns: combined, mode: .row, join: (input.schema.count, leftName, rightName), clause: "join")
            let cond = try bindExpr(e, scope)
            try expectBool(cond, "join ... on")
            var rest: [BoundExpr] = []
            for part in conjuncts(cond) {
                if case .binary(.eq, let a, let b) = part.kind {
                    let ua = a.columnsUsed, ub = b.columnsUsed
                    let n = input.schema.count
                    if !ua.isEmpty, !ub.isEmpty, ua.allSatisfy({ $0 < n }), ub.allSatisfy({ $0 >= n }) {
                        leftKeys.append(a); rightKeys.append(shift(b, by: -n)); continue
                    }
                    if !ua.isEmpty, !ub.isEmpty, ub.allSatisfy({ $0 < n }), ua.allSatisfy({ $0 >= n }) {
                        leftKeys.append(b); rightKeys.append(shift(a, by: -n)); continue
                    }
                }
                rest.append(part)
            }
            if leftKeys.isEmpty {
                throw error(.type, "a join needs at least one `left.column == right.column` condition", e.span)
            }
            residual = rest.reduce(nil) { acc, p in
                acc.map { BoundExpr(.binary(.and, $0, p), type: .bool, span: p.span) } ?? p
            }
        }
        // Output columns.
        var output: [JoinOutputColumn] = []
        var schema: [ColumnInfo] = []
        let rightUsing = Set(usingPairs.map(\.1))
        for (i, c) in input.schema.enumerated() {
            if kind == .full, let pair = usingPairs.first(where: { $0.0 == i }) {
                output.append(JoinOutputColumn(side: .coalesced, leftIndex: i, rightIndex: pair.1))
            } else {
                output.append(JoinOutputColumn(side: .left, leftIndex: i, rightIndex: nil))
            }
            schema.append(c)
        }
        if kind != .semi, kind != .anti {
            let leftNames = Set(input.schema.map(\.name))
            for (j, c) in right.schema.enumerated() where !rightUsing.contains(j) {
                var info = c
                if leftNames.contains(c.name) || schema.contains(where: { $0.name == c.name }) {
                    info.name = "\(rightName ?? "right").\(c.name)"
                }
                info.qualifier = rightName
                output.append(JoinOutputColumn(side: .right, leftIndex: nil, rightIndex: j))
                schema.append(info)
            }
        }
        return Plan(.join(input, right, kind, leftKeys: leftKeys, rightKeys: rightKeys, residual: residual, output: output),
                    schema: schema, span: t.span)
    }

    func checkJoinable(_ a: DataType, _ b: DataType, _ name: String, _ span: Span) throws {
        if a == b || a == .null || b == .null || (a.isNumeric && b.isNumeric) { return }
        throw error(.type, "cannot join \(a.displayName) `\(name)` with \(b.displayName) `\(name)`", span)
    }

    func conjuncts(_ e: BoundExpr) -> [BoundExpr] {
        if case .binary(.and, let a, let b) = e.kind { return conjuncts(a) + conjuncts(b) }
        return [e]
    }

    func shift(_ e: BoundExpr, by delta: Int) -> BoundExpr {
        var e = e
        switch e.kind {
        case .column(let i): e.kind = .column(i + delta)
        case .literal: break
        case .unary(let op, let a): e.kind = .unary(op, shift(a, by: delta))
        case .convert(let a, let t): e.kind = .convert(shift(a, by: delta), t)
        case .binary(let op, let a, let b): e.kind = .binary(op, shift(a, by: delta), shift(b, by: delta))
        case .call(let f, let args): e.kind = .call(f, args.map { shift($0, by: delta) })
        case .list(let items): e.kind = .list(items.map { shift($0, by: delta) })
        case .ifThenElse(let a, let b, let c): e.kind = .ifThenElse(shift(a, by: delta), shift(b, by: delta), shift(c, by: delta))
        case .caseWhen(let arms, let other): e.kind = .caseWhen(arms.map { (shift($0.0, by: delta), shift($0.1, by: delta)) }, shift(other, by: delta))
        case .inList(let a, let items, let neg): e.kind = .inList(shift(a, by: delta), items.map { shift($0, by: delta) }, negated: neg)
        case .aggregate, .window: break
        }
        return e
    }

    // MARK: pivot

    mutating func bindPivot(_ keyExpr: Expr, _ valueExpr: Expr, by: [NamedExpr], input: Plan, _ t: Transform) throws -> Plan {
        let rowScope = Scope(columns: input.schema, mode: .row, clause: "pivot")
        let key = try bindExpr(keyExpr, rowScope)
        guard case .column(let pivotColumn) = key.kind else {
            throw error(.type, "pivot needs a column whose values become the new column names", keyExpr.span)
        }
        let aggregate: BoundExpr
        let isPlainColumn: Bool
        switch valueExpr.kind {
        case .name, .qualified: isPlainColumn = true
        default: isPlainColumn = false
        }
        if isPlainColumn {
            // A plain column: each cell must hold one value (`only` says which cell has two).
            let plain = try bindExpr(valueExpr, rowScope)
            guard case .aggregate(let only)? = env.registry.lookup("only") else { throw error(.name, "internal error: no `only`", valueExpr.span) }
            aggregate = BoundExpr(.aggregate(only, [plain], filter: nil), type: plain.type, format: plain.format, span: valueExpr.span)
        } else {
            let collector = Collector(base: 0)
            let value = try bindExpr(valueExpr, Scope(columns: input.schema, mode: .aggregate(collector, keys: [], keyNames: []), clause: "pivot"))
            guard collector.items.count == 1, case .column = value.kind else {
                throw error(.type, "pivot's value must be a column or one aggregate such as sum(value)", valueExpr.span)
            }
            aggregate = collector.items[0]
        }
        let usedByValue = aggregate.columnsUsed
        var keys: [Int] = []
        if by.isEmpty {
            keys = input.schema.indices.filter { $0 != pivotColumn && !usedByValue.contains($0) }
        } else {
            for b in by {
                let e = try bindExpr(b.expr, rowScope)
                guard case .column(let i) = e.kind else { throw error(.type, "pivot ... by needs column names", b.expr.span) }
                keys.append(i)
            }
        }
        // The new columns are the distinct key values, in order: that needs the data.
        let keyPlan = Plan(.distinct(projectColumns(input, [pivotColumn], nil), keys: [0]), schema: [input.schema[pivotColumn]], span: t.span)
        let distinctKeys = try run(keyPlan)
        let column = distinctKeys.columns[0]
        let ordered = Sorting.order(rows: Array(0..<column.count), keys: [(column, descending: false)])
        let values = ordered.map { column[$0] }.filter { !$0.isNull }
        if values.count > 1000 {
            throw error(.data, "pivot would create \(values.count) columns; pivot on a column with fewer distinct values", keyExpr.span)
        }
        var schema = keys.map { input.schema[$0] }
        for v in values {
            let name = v.description
            if schema.contains(where: { $0.name == name }) {
                throw error(.name, "pivot column `\(name)` clashes with an existing column", keyExpr.span)
            }
            schema.append(ColumnInfo(name: name, type: aggregate.type, format: aggregate.format))
        }
        return Plan(.pivot(input, keys: keys, pivotColumn: pivotColumn, value: aggregate, columns: values), schema: schema, span: t.span)
    }

    // MARK: expressions

    func unknownColumn(_ name: String, _ span: Span, _ schema: [ColumnInfo], extra: [String] = []) -> PlanQueryError {
        let names = schema.map(\.name)
        var hints: [String] = []
        if let near = closestNames(to: name, in: names + extra).first { hints.append("did you mean `\(near)`?") }
        else if !names.isEmpty {
            let shown = names.prefix(15).map { $0.contains(" ") ? "`\($0)`" : $0 }
            hints.append("columns: " + shown.joined(separator: ", ") + (names.count > 15 ? ", ..." : ""))
        }
        if env.tables[name] != nil || env.catalog.contains(name) {
            hints.append("`\(name)` is a table; use it with `from` or `join`")
        }
        return error(.name, "no column `\(name)`", span, hints: hints)
    }

    mutating func bindExpr(_ e: Expr, _ scope: Scope) throws -> BoundExpr {
        switch e.kind {
        case .literal(let v, let f):
            return BoundExpr(.literal(v), type: v.type, format: f, span: e.span)

        case .name(let name):
            if let p = scope.params[name] {
                var s = scope
                s.params = p.callerParams
                return try bindExpr(p.expr, s)
            }
            if case .aggregate(_, let keys, let keyNames) = scope.mode {
                if let j = keyNames.firstIndex(of: name) {
                    return BoundExpr(.column(j), type: keys[j].type, format: keys[j].format, span: e.span)
                }
                if let i = scope.columns.firstIndex(where: { $0.name == name }) {
                    if let j = keys.firstIndex(where: { if case .column(i) = $0.kind { return true } else { return false } }) {
                        return BoundExpr(.column(j), type: keys[j].type, format: keys[j].format, span: e.span)
                    }
                    throw error(.name, "`\(name)` must be inside an aggregate such as sum(\(name)), or listed after `by`", e.span)
                }
            } else if let i = columnIndex(name, qualifier: nil, scope) {
                if env.constants[name] != nil {
                    warn(.warning("`\(name)` is a column here, which hides the constant or parameter `\(name)`", at: e.span,
                                  hints: ["give the parameter another name, e.g. `param selected_\(name) = ...`"]))
                }
                return BoundExpr(.column(i), type: scope.columns[i].type, format: scope.columns[i].format, span: e.span)
            }
            if let c = env.constants[name] {
                return BoundExpr(.literal(c.value), type: c.value.type, format: c.format, span: e.span)
            }
            if Keywords.transforms.contains(name) {
                throw error(.syntax, "`\(name)` is a transform; it goes after `|`", e.span)
            }
            throw unknownColumn(name, e.span, scope.columns, extra: Array(env.constants.keys))

        case .qualified(let q, let name):
            if let i = columnIndex(name, qualifier: q, scope) {
                if case .aggregate(_, let keys, _) = scope.mode {
                    if let j = keys.firstIndex(where: { if case .column(i) = $0.kind { return true } else { return false } }) {
                        return BoundExpr(.column(j), type: keys[j].type, format: keys[j].format, span: e.span)
                    }
                    throw error(.name, "`\(q).\(name)` must be inside an aggregate, or listed after `by`", e.span)
                }
                return BoundExpr(.column(i), type: scope.columns[i].type, format: scope.columns[i].format, span: e.span)
            }
            let qualifiers = Set(scope.columns.compactMap(\.qualifier))
            if !qualifiers.contains(q) && !(scope.join != nil && (q == "left" || q == "right")) {
                throw error(.name, "no table `\(q)` in this query", e.span,
                            hints: qualifiers.isEmpty ? [] : ["tables here: " + qualifiers.sorted().joined(separator: ", ")])
            }
            let cols = scope.columns.enumerated().filter { colBelongs($0.offset, $0.element, q, scope) }.map(\.element)
            throw unknownColumn(name, e.span, cols)

        case .unary(let op, let a):
            let x = try bindExpr(a, scope)
            switch op {
            case .not:
                try expectBool(x, "not")
                return fold(BoundExpr(.unary(.not, x), type: .bool, span: e.span))
            case .negate, .plus:
                if !(x.type.isNumeric || x.type == .null) {
                    throw error(.type, "cannot negate \(x.type.displayName)", e.span)
                }
                if op == .plus { return x }
                return fold(BoundExpr(.unary(.negate, x), type: x.type, format: x.format, span: e.span))
            }

        case .binary(let op, let a, let b):
            return try bindBinary(op, a, b, e.span, scope)

        case .list(let items):
            let bound = try items.map { try bindExpr($0, scope) }
            return fold(BoundExpr(.list(bound), type: .list, span: e.span))

        case .ifThenElse(let c, let a, let b):
            let cond = try bindExpr(c, scope)
            try expectBool(cond, "if")
            let x = try bindExpr(a, scope)
            let y = try b.map { try bindExpr($0, scope) } ?? BoundExpr(.literal(.null), type: .null, span: e.span)
            guard let t = DataType.unify(x.type, y.type) else {
                throw error(.type, "the two branches have different types: \(x.type.displayName) and \(y.type.displayName)", e.span)
            }
            return BoundExpr(.ifThenElse(cond, x, y), type: t, format: x.format != .plain ? x.format : y.format, span: e.span)

        case .caseWhen(let arms, let otherwise):
            var bound: [(BoundExpr, BoundExpr)] = []
            var t = DataType.null
            var format = ValueFormat.plain
            for (c, v) in arms {
                let cond = try bindExpr(c, scope)
                try expectBool(cond, "when")
                let val = try bindExpr(v, scope)
                guard let u = DataType.unify(t, val.type) else {
                    throw error(.type, "the branches of `case` have different types: \(t.displayName) and \(val.type.displayName)", v.span)
                }
                t = u
                if format == .plain { format = val.format }
                bound.append((cond, val))
            }
            let other = try otherwise.map { try bindExpr($0, scope) } ?? BoundExpr(.literal(.null), type: .null, span: e.span)
            guard let u = DataType.unify(t, other.type) else {
                throw error(.type, "the `else` of `case` is \(other.type.displayName) but the other branches are \(t.displayName)", other.span)
            }
            return BoundExpr(.caseWhen(bound, other), type: u, format: format, span: e.span)

        case .inList(let a, let listExpr, let negated):
            let x = try bindExpr(a, scope)
            guard case .list(let itemExprs) = listExpr.kind else {
                throw error(.type, "`in` needs a list: x in [1, 2, 3]", listExpr.span)
            }
            var items: [BoundExpr] = []
            for ie in itemExprs {
                let item = try coerceForComparison(try bindExpr(ie, scope), to: x)
                try checkComparable(x, item, .eq, ie.span)
                items.append(item)
            }
            return fold(BoundExpr(.inList(x, items, negated: negated), type: .bool, span: e.span))

        case .between(let a, let lo, let hi, let negated):
            let x = try bindExpr(a, scope)
            let l = try coerceForComparison(try bindExpr(lo, scope), to: x)
            let h = try coerceForComparison(try bindExpr(hi, scope), to: x)
            try checkComparable(x, l, .ge, lo.span)
            try checkComparable(x, h, .le, hi.span)
            let ge = BoundExpr(.binary(.ge, x, l), type: .bool, span: e.span)
            let le = BoundExpr(.binary(.le, x, h), type: .bool, span: e.span)
            let both = BoundExpr(.binary(.and, ge, le), type: .bool, span: e.span)
            return fold(negated ? BoundExpr(.unary(.not, both), type: .bool, span: e.span) : both)

        case .call(let name, let args, let filter):
            return try bindCall(name, args, filter: filter, e, scope)
        }
    }

    func colBelongs(_ i: Int, _ c: ColumnInfo, _ q: String, _ scope: Scope) -> Bool {
        if let j = scope.join {
            if q == "left" { return i < j.leftCount }
            if q == "right" { return i >= j.leftCount }
        }
        return c.qualifier == q
    }

    func columnIndex(_ name: String, qualifier: String?, _ scope: Scope) -> Int? {
        if let q = qualifier {
            // `right.unit` may have been renamed `budgets.unit` in the output; match the original name too.
            return scope.columns.indices.first { i in
                let c = scope.columns[i]
                return colBelongs(i, c, q, scope) && (c.name == name || c.name == "\(q).\(name)" || c.name.hasSuffix(".\(name)"))
            }
        }
        if let i = scope.columns.firstIndex(where: { $0.name == name }) { return i }
        return nil
    }

    /// Folds constant sub-expressions to literals (errors surface at run time instead).
    func fold(_ e: BoundExpr) -> BoundExpr {
        guard e.isConstant, case .literal = e.kind else {
            if e.isConstant, let v = try? Evaluator.constant(e) {
                return BoundExpr(.literal(v), type: e.type == .null ? v.type : e.type, format: e.format, span: e.span)
            }
            return e
        }
        return e
    }

    /// A text constant compared with a date/month/FY column becomes that type: `period == "2008/09"`.
    func coerceForComparison(_ e: BoundExpr, to other: BoundExpr) throws -> BoundExpr {
        guard e.type == .text, [.date, .month, .fiscalYear].contains(other.type), e.isConstant,
              case .literal(let v) = e.kind else { return e }
        let converted = Conversions.convert(v, to: other.type)
        if converted.isNull {
            let example = other.type == .fiscalYear ? "FY2008/09" : other.type == .date ? "@2009-03-31" : "@2009-03"
            throw error(.type, "\(v.literalText) is not a \(other.type == .fiscalYear ? "financial year" : other.type.displayName)", e.span,
                        hints: ["write it as \(example)"])
        }
        return BoundExpr(.literal(converted), type: other.type, span: e.span)
    }

    func checkComparable(_ a: BoundExpr, _ b: BoundExpr, _ op: BinaryOp, _ span: Span) throws {
        let x = a.type, y = b.type
        if x == .null || y == .null || x == y || (x.isNumeric && y.isNumeric) { return }
        var hints: [String] = []
        if x == .fiscalYear && y.isNumeric || y == .fiscalYear && x.isNumeric {
            hints.append("financial years are written FY2008/09; year(x) gives the starting year as a number")
        }
        if x == .text && y.isNumeric || y == .text && x.isNumeric {
            hints.append("to_number(text) converts text such as \"£1,639.8\" to a number")
        }
        throw error(.type, "cannot compare \(x.displayName) with \(y.displayName) using `\(op.rawValue)`", span, hints: hints)
    }

    mutating func bindBinary(_ op: BinaryOp, _ a: Expr, _ b: Expr, _ span: Span, _ scope: Scope) throws -> BoundExpr {
        var x = try bindExpr(a, scope)
        var y = try bindExpr(b, scope)
        switch op {
        case .and, .or:
            try expectBool(x, op.rawValue)
            try expectBool(y, op.rawValue)
            return fold(BoundExpr(.binary(op, x, y), type: .bool, span: span))
        case .eq, .ne, .lt, .le, .gt, .ge:
            x = try coerceForComparison(x, to: y)
            y = try coerceForComparison(y, to: x)
            try checkComparable(x, y, op, span)
            return fold(BoundExpr(.binary(op, x, y), type: .bool, span: span))
        case .coalesce:
            guard let t = DataType.unify(x.type, y.type) else {
                throw error(.type, "`??` needs both sides of one type: \(x.type.displayName) and \(y.type.displayName)", span)
            }
            return fold(BoundExpr(.binary(.coalesce, x, y), type: t, format: x.format != .plain ? x.format : y.format, span: span))
        case .regexMatch:
            if x.type != .text && x.type != .null { throw error(.type, "`~=` needs text on the left, not \(x.type.displayName)", a.span) }
            guard y.isConstant, case .literal(.text(let pattern)) = fold(y).kind else {
                throw error(.type, "`~=` needs a quoted pattern on the right", b.span)
            }
            do { _ = try Regex(pattern) } catch {
                throw self.error(.syntax, "invalid regular expression: \(error)", b.span)
            }
            return BoundExpr(.binary(.regexMatch, x, y), type: .bool, span: span)
        case .add, .subtract, .multiply, .divide, .modulo:
            guard let t = arithmeticType(op, x.type, y.type) else {
                var hints: [String] = []
                if x.type == .text || y.type == .text {
                    hints.append(op == .add ? "both sides must be text to join text with `+`" : "to_number(text) converts text such as \"£1,639.8\" to a number")
                }
                throw error(.type, "cannot apply `\(op.rawValue)` to \(x.type.displayName) and \(y.type.displayName)", span, hints: hints)
            }
            return fold(BoundExpr(.binary(op, x, y), type: t, format: arithmeticFormat(op, x.format, y.format), span: span))
        }
    }

    func arithmeticType(_ op: BinaryOp, _ a: DataType, _ b: DataType) -> DataType? {
        if a == .null && b == .null { return .null }
        if a.isNumeric || b.isNumeric, a == .null || b == .null {
            let t = a == .null ? b : a
            return op == .divide ? .float : t
        }
        if a.isNumeric && b.isNumeric {
            if op == .divide { return .float }
            if a == .float || b == .float { return .float }
            if a == .decimal || b == .decimal { return .decimal }
            return .int
        }
        switch (a, op, b) {
        case (.fiscalYear, .add, .int), (.fiscalYear, .subtract, .int), (.int, .add, .fiscalYear): return .fiscalYear
        case (.fiscalYear, .subtract, .fiscalYear): return .int
        case (.date, .add, .int), (.date, .subtract, .int), (.int, .add, .date): return .date
        case (.date, .subtract, .date): return .int
        case (.month, .add, .int), (.month, .subtract, .int): return .month
        case (.month, .subtract, .month): return .int
        case (.text, .add, .text): return .text
        case (.null, _, .fiscalYear), (.fiscalYear, _, .null): return .fiscalYear
        case (.null, _, .date), (.date, _, .null): return .date
        case (.null, .add, .text), (.text, .add, .null): return .text
        default: return nil
        }
    }

    func arithmeticFormat(_ op: BinaryOp, _ a: ValueFormat, _ b: ValueFormat) -> ValueFormat {
        switch op {
        case .add, .subtract: return a != .plain ? a : b
        case .multiply: return a == .plain ? (b == .percent ? .plain : b) : (b == .plain ? (a == .percent ? .plain : a) : .plain)
        case .divide: return a == .money && b == .plain ? .money : .plain
        default: return a
        }
    }

    // MARK: calls

    mutating func bindCall(_ name: String, _ args: [CallArgument], filter: Expr?, _ e: Expr, _ scope: Scope) throws -> BoundExpr {
        if let fn = env.functions[name] {
            if filter != nil { throw error(.syntax, "`where` after a call only applies to aggregates", e.span) }
            return try expandUserFunction(fn, args, e, scope)
        }
        // Sugar: `sum_if(x, cond)`, `count_if(cond)`, `avg_if(x, cond)` are `f(x) where cond`.
        if name.hasSuffix("_if"), env.registry.lookup(name) == nil, let base = env.registry.lookup(String(name.dropLast(3))),
           case .aggregate = base, filter == nil, !args.isEmpty {
            let cond = args.last!.value
            let rest = Array(args.dropLast())
            return try bindCall(base.name, rest, filter: cond, e, scope)
        }
        guard let entry = env.registry.lookup(name) else {
            let candidates = env.registry.allNames + Array(env.functions.keys)
            var hints: [String] = []
            if let near = closestNames(to: name, in: candidates).first { hints.append("did you mean `\(near)`?") }
            hints.append("`help` lists the functions")
            throw error(.name, "unknown function `\(name)`", Span(file: e.span.file, start: e.span.start, end: e.span.start + name.utf8.count), hints: hints)
        }
        let params = entry.params
        // Arrange positional and named arguments by parameter.
        var slots = [Expr?](repeating: nil, count: params.count)
        var extra: [Expr] = []
        var variadic = false
        if case .scalar(let f) = entry { variadic = f.variadic }
        for (i, arg) in args.enumerated() {
            if let n = arg.name {
                guard let p = params.firstIndex(where: { $0.name == n }) else {
                    throw error(.name, "\(entry.name) has no parameter `\(n)`", arg.value.span,
                                hints: ["parameters: " + params.map(\.name).joined(separator: ", ")])
                }
                if slots[p] != nil { throw error(.syntax, "parameter `\(n)` is given twice", arg.value.span) }
                slots[p] = arg.value
            } else if i < params.count {
                slots[i] = arg.value
            } else if variadic {
                extra.append(arg.value)
            } else {
                throw error(.type, "\(entry.name) takes at most \(params.count) argument\(params.count == 1 ? "" : "s")", arg.value.span,
                            hints: ["usage: " + entry.signature])
            }
        }
        if filter != nil, case .aggregate = entry {} else if let filter {
            throw error(.syntax, "`where` after a call only applies to aggregates; \(entry.name) is a \(entry.kindName) function", filter.span)
        }
        let argScope: Scope
        switch (entry, scope.mode) {
        case (.aggregate, .row):
            throw error(.type, "aggregate `\(entry.name)` cannot be used in \(scope.clause)", e.span,
                        hints: ["use it in `summarize`, or in `derive`/`where` where it covers the whole table or group"])
        case (.window, .row), (.window, .aggregate):
            throw error(.type, "window function `\(entry.name)` cannot be used in \(scope.clause)", e.span,
                        hints: ["use it in `derive` or `select`; inside `group k (...)` it runs per group"])
        case (.aggregate, _), (.window, _):
            var s = scope
            s.mode = .row
            if case .aggregate = scope.mode { s.clause = "an aggregate's argument" }
            s.clause = "the argument of \(entry.name)"
            argScope = s
        default:
            argScope = scope
        }
        var bound: [BoundExpr] = []
        for (i, p) in params.enumerated() {
            if let a = slots[i] {
                var b = try bindExpr(a, argScope)
                if p.constantOnly, !b.isConstant {
                    throw error(.type, "\(entry.name)'s `\(p.name)` must be a constant", a.span)
                }
                if p.constantOnly { b = fold(b) }
                bound.append(b)
            } else if p.optional {
                if params[i...].allSatisfy({ $0.optional }), slots[i...].allSatisfy({ $0 == nil }), extra.isEmpty,
                   p.defaultValue?.isNull ?? true {
                    break  // trailing optional parameters without defaults are simply absent
                }
                let v = p.defaultValue ?? .null
                bound.append(BoundExpr(.literal(v), type: v.type, span: e.span))
            } else {
                throw error(.type, "\(entry.name) needs `\(p.name)`", e.span, hints: ["usage: " + entry.signature])
            }
        }
        for a in extra { bound.append(try bindExpr(a, argScope)) }
        let infos = bound.map { b -> ArgInfo in
            var constant: Value? = nil
            if b.isConstant, case .literal(let v) = b.kind { constant = v }
            return ArgInfo(type: b.type, format: b.format, constant: constant)
        }
        let rule: TypeRule
        switch entry {
        case .scalar(let f): rule = f.typeRule
        case .aggregate(let f): rule = f.typeRule
        case .window(let f): rule = f.typeRule
        }
        let (type, format): (DataType, ValueFormat)
        do {
            (type, format) = try rule(infos)
        } catch {
            let at = error.argument.flatMap { $0 < bound.count ? bound[$0].span : nil } ?? e.span
            throw self.error(.type, error.message, at, hints: ["usage: " + entry.signature])
        }
        switch entry {
        case .scalar(let f):
            return fold(BoundExpr(.call(f, bound), type: type, format: format, span: e.span))
        case .aggregate(let f):
            var boundFilter: BoundExpr? = nil
            if let filter {
                boundFilter = try bindExpr(filter, argScope)
                try expectBool(boundFilter!, "where")
            }
            let agg = BoundExpr(.aggregate(f, bound, filter: boundFilter), type: type, format: format, span: e.span)
            switch scope.mode {
            case .window(let c), .aggregate(let c, _, _): return c.add(agg)
            case .row: throw error(.type, "aggregate in a row expression", e.span)
            }
        case .window(let f):
            let w = BoundExpr(.window(f, bound), type: type, format: format, span: e.span)
            if case .window(let c) = scope.mode { return c.add(w) }
            throw error(.type, "window function `\(f.name)` cannot be used here", e.span)
        }
    }

    mutating func expandUserFunction(_ fn: UserFunction, _ args: [CallArgument], _ e: Expr, _ scope: Scope) throws -> BoundExpr {
        if functionDepth > 32 {
            throw error(.type, "function `\(fn.name)` calls itself too deeply (recursion is not supported)", e.span)
        }
        var values = [Expr?](repeating: nil, count: fn.parameters.count)
        for (i, arg) in args.enumerated() {
            let slot: Int
            if let n = arg.name {
                guard let p = fn.parameters.firstIndex(where: { $0.name == n }) else {
                    throw error(.name, "\(fn.name) has no parameter `\(n)`", arg.value.span,
                                hints: ["parameters: " + fn.parameters.map(\.name).joined(separator: ", ")])
                }
                slot = p
            } else {
                guard i < fn.parameters.count else {
                    throw error(.type, "\(fn.name) takes \(fn.parameters.count) argument\(fn.parameters.count == 1 ? "" : "s")", arg.value.span)
                }
                slot = i
            }
            values[slot] = arg.value
        }
        var params: [String: ParamArgument] = [:]
        for (i, p) in fn.parameters.enumerated() {
            if let v = values[i] { params[p.name] = ParamArgument(expr: v, callerParams: scope.params); continue }
            guard let d = p.defaultValue else {
                throw error(.type, "\(fn.name) needs `\(p.name)`", e.span,
                            hints: ["usage: \(fn.name)(" + fn.parameters.map(\.name).joined(separator: ", ") + ")"])
            }
            params[p.name] = ParamArgument(expr: d, callerParams: [:])
        }
        var inner = scope
        inner.params = params
        functionDepth += 1
        defer { functionDepth -= 1 }
        do {
            return try bindExpr(fn.body, inner)
        } catch let err as PlanQueryError {
            // Point at the call, and mention the definition.
            var d = err.diagnostics[0]
            if d.span?.file !== e.span.file || (d.span.map { $0.start < fn.body.span.start || $0.end > fn.body.span.end } ?? true) {
                throw err
            }
            d.hints.append("in the body of `\(fn.name)`, called at \(e.span)")
            throw PlanQueryError([d] + err.diagnostics.dropFirst())
        }
    }
}
