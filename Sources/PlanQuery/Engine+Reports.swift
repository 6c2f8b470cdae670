/// Running report statements (docs/reports.md): each becomes a `ReportBlock` handed to the
/// host in order, like a query's table. Text holes (`{expression:format}`) are evaluated here.
extension Engine {
    func reportOutput(_ statement: Statement, in env: Environment) throws -> Output? {
        func query(_ p: Pipeline) throws -> Table { try bindAndRun(p, in: env).1 }
        switch statement.kind {
        case .title(let t):
            return .report(.title(try paragraph(t, in: env)))
        case .section(let t):
            let heading = try paragraph(t, in: env)
            openSectionSpans.append(statement.span)
            return .report(.beginSection(heading))
        case .endSection:
            guard openSections > 0 else {
                throw PlanQueryError(.error(.syntax, "`end` without a `section` to close", at: statement.span,
                                            hints: ["a section runs from `section \"Heading\"` to its `end`"]))
            }
            openSectionSpans.removeLast()
            return .report(.endSection)
        case .text(let t):
            return .report(.text(try paragraph(t, in: env)))
        case .note(let t):
            return .report(.note(try paragraph(t, in: env)))
        case .table(let caption, let pipeline):
            let table = try query(pipeline)
            return .report(.table(ReportTable(caption: try caption.map { try paragraph($0, in: env) }, table: table)))
        case .chart(let kind, let title, let pipeline):
            let table = try query(pipeline)
            let heading = try title.map { try paragraph($0, in: env) } ?? Paragraph(Engine.defaultChartTitle(table))
            switch Chart.from(table, kind: Chart.Kind(rawValue: kind.rawValue) ?? .bar, title: heading) {
            case .success(let chart): return .report(.chart(chart))
            case .failure(let e): throw PlanQueryError(.error(.type, e.message, at: pipeline.span))
            }
        case .source(let text, let pipeline):
            if let text { return .report(.source(try paragraph(text, in: env))) }
            if let pipeline { return .report(.source(Paragraph(try provenance(query(pipeline), span: pipeline.span)))) }
            return nil
        case .pageBreak:
            return .report(.pageBreak)
        default:
            return nil
        }
    }

    static func defaultChartTitle(_ t: Table) -> String {
        let series = t.schema.dropFirst().filter { $0.type.isNumeric }.map(\.name)
        return series.joined(separator: ", ") + (t.schema.first.map { " by " + $0.name } ?? "")
    }

    /// A report string with its holes filled.
    func paragraph(_ template: Template, in env: Environment) throws -> Paragraph {
        var pieces: [Paragraph.Piece] = []
        for piece in template.pieces {
            switch piece {
            case .text(let s):
                pieces.append(.text(s))
            case .hole(let expr, let spec, let specSpan):
                var (value, format, type) = try holeValue(expr, in: env)
                if let spec {
                    format = try Resolver.displayFormat(spec, applyingTo: format, type: type, what: "this value", span: specSpan)
                }
                pieces.append(.value(value, format))
            }
        }
        return Paragraph(pieces)
    }

    /// The value of `{expression}`: a constant or parameter, or one value from a table named
    /// as `t.column`: an aggregate over the table (`{count(off.code)}`, `{sum(lines.gross):£m}`)
    /// or a column of a one-row table (`{totals.gross}`).
    func holeValue(_ expr: Expr, in env: Environment) throws -> (Value, ValueFormat, DataType) {
        var tables: [(String, Span)] = []
        Engine.qualifiedTables(in: expr, known: { env.tables[$0] != nil || env.catalog.contains($0) }, into: &tables)
        guard let (table, span) = tables.first else {
            var resolver = makeResolver(env, pivotKeys: NoPivotKeyDiscovery())
            let bound = try resolver.bindExpr(expr, Resolver.Scope(columns: [], mode: .row, clause: "text"))
            return (try Evaluator.constant(bound), bound.format, bound.type)
        }
        if let other = tables.first(where: { $0.0 != table }) {
            throw PlanQueryError(.error(.name, "a value in text can come from one table; this one names `\(table)` and `\(other.0)`",
                                        at: other.1, hints: ["compute it in a `let` first, e.g. let totals = from … | summarize …"]))
        }
        let unqualified = Engine.unqualify(expr, table: table)
        let item = NamedExpr(name: "value", nameSpan: nil, expr: unqualified)
        func pipeline(_ kind: Transform.Kind) -> Pipeline {
            Pipeline(source: .named(table, span), transforms: [Transform(kind: kind, keywordSpan: expr.span, span: expr.span)], span: expr.span)
        }
        // An aggregate gives one value even over no rows; a plain column needs a one-row table.
        if let (plan, t) = try? bindAndRun(pipeline(.summarize([item], by: [])), in: env) {
            return (t.rowCount > 0 ? t.columns[0][0] : .null, plan.schema[0].format, plan.schema[0].type)
        }
        let (plan, t) = try bindAndRun(pipeline(.select([item])), in: env)
        guard t.rowCount == 1 else {
            throw PlanQueryError(.error(.runtime, "`\(table)` has \(t.rowCount) rows; a value in text needs one", at: expr.span,
                                        hints: ["use an aggregate such as sum(\(table).x) or count(\(table).x), or a table with one row (summarize without by)"]))
        }
        return (t.columns[0][0], plan.schema[0].format, plan.schema[0].type)
    }

    /// The tables named as `t.column` in an expression, in order.
    static func qualifiedTables(in e: Expr, known: (String) -> Bool, into out: inout [(String, Span)]) {
        switch e.kind {
        case .qualified(let q, _): if known(q) { out.append((q, e.span)) }
        case .literal, .name: break
        case .unary(_, let a): qualifiedTables(in: a, known: known, into: &out)
        case .binary(_, let a, let b):
            qualifiedTables(in: a, known: known, into: &out); qualifiedTables(in: b, known: known, into: &out)
        case .call(_, let args, let filter):
            for a in args { qualifiedTables(in: a.value, known: known, into: &out) }
            if let filter { qualifiedTables(in: filter, known: known, into: &out) }
        case .list(let items): for i in items { qualifiedTables(in: i, known: known, into: &out) }
        case .ifThenElse(let a, let b, let c):
            for x in [a, b] + (c.map { [$0] } ?? []) { qualifiedTables(in: x, known: known, into: &out) }
        case .caseWhen(let arms, let other):
            for (c, v) in arms { qualifiedTables(in: c, known: known, into: &out); qualifiedTables(in: v, known: known, into: &out) }
            if let other { qualifiedTables(in: other, known: known, into: &out) }
        case .inList(let a, let b, _):
            qualifiedTables(in: a, known: known, into: &out); qualifiedTables(in: b, known: known, into: &out)
        case .between(let a, let b, let c, _):
            for x in [a, b, c] { qualifiedTables(in: x, known: known, into: &out) }
        }
    }

    /// `t.col` → `col` for the one table a text value reads.
    static func unqualify(_ e: Expr, table: String) -> Expr {
        func go(_ e: Expr) -> Expr { unqualify(e, table: table) }
        var out = e
        switch e.kind {
        case .qualified(let q, let name) where q == table: out.kind = .name(name)
        case .qualified, .literal, .name: break
        case .unary(let op, let a): out.kind = .unary(op, go(a))
        case .binary(let op, let a, let b): out.kind = .binary(op, go(a), go(b))
        case .call(let f, let args, let filter):
            out.kind = .call(f, args.map { CallArgument(name: $0.name, value: go($0.value)) }, filter: filter.map(go))
        case .list(let items): out.kind = .list(items.map(go))
        case .ifThenElse(let a, let b, let c): out.kind = .ifThenElse(go(a), go(b), c.map(go))
        case .caseWhen(let arms, let other): out.kind = .caseWhen(arms.map { (go($0.0), go($0.1)) }, other.map(go))
        case .inList(let a, let b, let negated): out.kind = .inList(go(a), go(b), negated: negated)
        case .between(let a, let b, let c, let negated): out.kind = .between(go(a), go(b), go(c), negated: negated)
        }
        return out
    }

    /// Where a query's rows came from, for `source from …`: each document with the span of
    /// lines its rows sit on (`001_23223e66fe6ffd0f.txt, lines 796–26950 (743 rows)`).
    func provenance(_ t: Table, span: Span) throws -> String {
        guard let s = t.columnIndex(named: "source"), let l = t.columnIndex(named: "line") else {
            throw PlanQueryError(.error(.name, "`source from` needs the rows' `source` and `line` columns", at: span,
                                        hints: ["every table of the plan dataset has them; name the rows before any summarize, e.g. source from budgets | where year == FY2008/09"]))
        }
        let end = t.columnIndex(named: "line_end")
        var order: [String] = []
        var ranges: [String: (rows: Int, first: Int, last: Int)] = [:]
        var missing = 0
        for r in 0..<t.rowCount {
            guard case .text(let doc) = t.columns[s][r], case .int(let line) = t.columns[l][r] else { missing += 1; continue }
            var last = line
            if let end, case .int(let e) = t.columns[end][r] { last = max(last, e) }
            if var x = ranges[doc] {
                x.rows += 1
                x.first = min(x.first, line)
                x.last = max(x.last, last)
                ranges[doc] = x
            } else {
                order.append(doc)
                ranges[doc] = (1, line, last)
            }
        }
        if order.isEmpty { return "no rows" }
        var parts = order.map { doc -> String in
            let x = ranges[doc]!
            let lines = x.first == x.last ? "line \(x.first)" : "lines \(x.first)–\(x.last)"
            return "\(doc), \(lines) (\(x.rows) row\(x.rows == 1 ? "" : "s"))"
        }
        if missing > 0 { parts.append("\(missing) row\(missing == 1 ? "" : "s") without a source line") }
        return parts.joined(separator: "; ")
    }
}
