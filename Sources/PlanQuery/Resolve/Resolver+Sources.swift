/// Resolution, relations and pipelines: sources, file paths, read(...) options, literal tables.
extension Resolver {
    mutating func bind(_ pipeline: Pipeline) throws -> QueryPlan {
        try nesting.enter(pipeline.span, "query")
        defer { nesting.leave() }
        var plan = try bind(pipeline.source)
        for t in pipeline.transforms {
            plan = try bind(t, input: plan)
            try checkHeight(plan, t.keywordSpan)
        }
        return plan
    }

    mutating func bind(_ relation: Relation) throws -> QueryPlan {
        switch relation {
        case .named(let name, let span):
            if let b = env.tables[name] {
                return QueryPlan(.scan(.binding(name), columns: nil), schema: b.plan.schema.map { withQualifier($0, name) }, span: span)
            }
            // Only the schema: binding never loads a table's rows.
            if let schema = try withSpan(span, { try env.catalog.schema(of: name, env.loadContext()) }) {
                return QueryPlan(.scan(.catalog(name), columns: nil), schema: schema.map { withQualifier($0, name) }, span: span)
            }
            let known = env.tableNames
            var hints: [String] = []
            if let near = closestNames(to: name, in: known).first { hints.append("did you mean `\(near)`?") }
            if name.contains(".") || name.contains("/") { hints.append("file paths go in quotes: from \"\(name)\"") }
            if known.isEmpty { hints.append("no tables are loaded; use --data FILE or from \"file.csv\"") }
            else if hints.isEmpty { hints.append("tables: " + known.prefix(12).joined(separator: ", ")) }
            throw error(.name, "no table named `\(name)`", span, hints: hints)
        case .file(let written, let span):
            return try bindFile(written, ReadOptions(), span)
        case .pipeline(let p):
            return try bind(p)
        case .values(let e):
            let t = try valuesTable(e)
            return QueryPlan(.values(t), schema: t.schema, span: e.span)
        case .read(let e):
            let (written, options) = try readOptions(e)
            return try bindFile(written, options, e.span)
        }
    }

    /// A file named in the query: its schema now (a sample of a large file), its rows when
    /// the query runs. Both go through the engine's file policy.
    func bindFile(_ written: String, _ options: ReadOptions, _ span: Span) throws -> QueryPlan {
        let path = resolvePath(written, span)
        let schema = try withSpan(span) {
            try env.catalog.schema(ofFile: Resolver.fileKey(path, options), source: FileTableSource(path: path, options: options),
                                   env.loadContext())
        }
        return QueryPlan(.scan(.file(path, options), columns: nil), schema: schema.map { withQualifier($0, fileStem(path)) }, span: span)
    }

    /// The catalog's key for a file read with some options.
    static func fileKey(_ path: String, _ options: ReadOptions) -> String { path + "\u{0}" + options.key }

    /// Runs `body`, giving its diagnostics `span` where they have none (a loader knows the
    /// file, not the query text that named it).
    func withSpan<R>(_ span: Span?, _ body: () throws -> R) throws -> R {
        do { return try body() } catch let e as PlanQueryError {
            throw PlanQueryError(e.diagnostics.map { d in var d = d; d.span = d.span ?? span; return d })
        } catch let d as Diagnostic {
            var d = d
            d.span = d.span ?? span
            throw PlanQueryError(d)
        }
    }

    /// A relative path is read from the working directory, or else next to the script naming it.
    func resolvePath(_ path: String, _ span: Span) -> String {
        let file = path.split(separator: "#").first.map(String.init) ?? path
        if path.hasPrefix("/") || env.files.fileExists(file) { return path }
        let script = span.file.name
        guard let slash = script.lastIndex(of: "/") else { return path }
        let beside = String(script[...slash]) + path
        return env.files.fileExists(beside.split(separator: "#").first.map(String.init) ?? beside) ? beside : path
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
                    throw error(.type, "unknown format \"\(f)\"", arg.value.span, hints: ["formats: csv, tsv, json, jsonl, xlsx"])
                }
                options.format = format
            case ("delimiter", .text(let d)) where d.utf8.count == 1:
                options.delimiter = d.utf8.first
            case ("delimiter", _):
                throw error(.type, "delimiter must be one character, e.g. \";\" or \"\\t\"", arg.value.span)
            case ("header", .bool(let b)):
                options.header = b
            case ("date_order", .text(let o)):
                guard let order = DateOrder(rawValue: o.lowercased()) else {
                    throw error(.type, "date_order is \"dmy\" (day first) or \"mdy\" (month first)", arg.value.span)
                }
                options.dateOrder = order
            case ("sheet", .text(let sheet)):
                options.sheet = sheet
            case ("range", .text(let range)):
                options.range = range
            case ("table", .int(let n)):
                options.table = n
            default:
                throw error(.name, "read has no option `\(name)` of this kind", arg.value.span,
                            hints: ["options: format = \"csv\", delimiter = \";\", header = false, date_order = \"mdy\", "
                                    + "sheet = \"Budget\", range = \"A3:F40\" (a workbook's), table = 3 (a plan document's table)"])
            }
        }
        return (path, options)
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
}
