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
                return QueryPlan(.scan(.binding(name), columns: nil), schema: b.table.schema.map { withQualifier($0, name) }, span: span)
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
                return QueryPlan(.scan(.catalog(name), columns: neededColumns), schema: table.schema.map { withQualifier($0, name) }, span: span)
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
            return QueryPlan(.scan(.file(path), columns: neededColumns), schema: table.schema.map { withQualifier($0, stem) }, span: span)
        case .pipeline(let p):
            return try bind(p)
        case .values(let e):
            let t = try valuesTable(e)
            return QueryPlan(.values(t), schema: t.schema, span: e.span)
        case .read(let e):
            let (written, options) = try readOptions(e)
            let path = resolvePath(written, e.span)
            let t = try loadFile(path, e.span, options: options)
            return QueryPlan(.scan(.read(path, options), columns: nil), schema: t.schema.map { withQualifier($0, fileStem(path)) }, span: e.span)
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
}
