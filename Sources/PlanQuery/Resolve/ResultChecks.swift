/// Checks that need the data, run after a query: a text filter whose value no row has (with
/// the closest values the column does have), and a sum over rows that include marked total
/// rows. They read the tables the query's scans read (already loaded and cached), report
/// warnings, and never change a result. Static checks live in `Lint`.
struct ResultChecks {
    let env: Environment
    let warn: (Diagnostic) -> Void

    func run(_ plan: QueryPlan) {
        visit(plan)
    }

    private func visit(_ plan: QueryPlan) {
        switch plan.node {
        case .filter(let input, let pred):
            checkTextFilter(pred, input: input)
            visit(input)
        case .aggregate(let input, _, let aggregates):
            checkSumsOverTotals(aggregates, input: input)
            visit(input)
        case .window(let input, let items):
            checkSumsOverTotals(items, input: input)
            visit(input)
        case .total(let input, _, _, let sums, _):
            if !sums.isEmpty, let marks = totalRows(reaching: input) {
                warnTotals(marks, what: "`total`", at: plan.span)
            }
            visit(input)
        case .project(let i, _), .sort(let i, _), .limit(let i, _), .topN(let i, _, _), .distinct(let i, _), .describe(let i),
             .pivot(let i, _, _, _, _), .unpivot(let i, _, _, _):
            visit(i)
        case .join(let l, let r, _, _, _, _, _), .append(let l, let r, _, _):
            visit(l)
            visit(r)
        case .group(let l, _, let body, _):
            visit(l)
            visit(body)
        case .scan, .groupInput, .values:
            break
        }
    }

    // MARK: a text value no row has

    private func checkTextFilter(_ pred: BoundExpr, input: QueryPlan) {
        for (column, values, span) in Self.textEqualities(pred) {
            guard let (text, name) = source(of: column, in: input) else { continue }
            let dictionary = text.values
            // A linear search that stops at the first match: most conditions name a value
            // that exists, and a set of a million distinct values would cost more than the query.
            for value in values where !dictionary.contains(value) {
                var hints: [String] = []
                let near = Self.closestValues(to: value, in: dictionary)
                if let best = near.first {
                    let shown = Lint.quoteName(input.schema[column].name)
                    hints.append("did you mean \(near.map { "\"\($0)\"" }.joined(separator: " or "))? `\(shown) == \"\(best)\"`")
                }
                if let named = Lint.column(named: value, in: input.schema) {
                    hints.append("\"\(value)\" is also the name of a column: to compare with the column write \(Lint.quoteName(named)) without quotes")
                }
                if hints.isEmpty { hints.append("`.schema` or `describe` shows the values of each column") }
                let column = Lint.quoteName(input.schema[column].name)
                warn(.warning("no row of \(name) has \(column) \"\(value)\", so this condition matches nothing", at: span, hints: hints))
            }
        }
    }

    /// `col == "x"`, `"x" == col`, `col in ["x", "y"]`, inside `and`/`or`: (column, values, span).
    static func textEqualities(_ e: BoundExpr) -> [(Int, [String], Span?)] {
        switch e.kind {
        case .binary(.and, let a, let b), .binary(.or, let a, let b):
            return textEqualities(a) + textEqualities(b)
        case .binary(.eq, let a, let b):
            if case .column(let i) = a.kind, case .literal(.text(let s)) = b.kind { return [(i, [s], b.span ?? e.span)] }
            if case .column(let i) = b.kind, case .literal(.text(let s)) = a.kind { return [(i, [s], a.span ?? e.span)] }
            return []
        case .inList(let a, let items, negated: false):
            guard case .column(let i) = a.kind else { return [] }
            var out: [(Int, [String], Span?)] = []
            for item in items {
                if case .literal(.text(let s)) = item.kind { out.append((i, [s], item.span ?? e.span)) }
            }
            return out
        default:
            return []
        }
    }

    /// Values that differ only in case, then by a few letters, then that contain the text.
    /// Closest values are looked for only in columns of up to `searchLimit` distinct values
    /// (codes, units, categories): an identifier-like column of a million values gets the
    /// warning without suggestions, so the check never costs more than the query.
    static let searchLimit = 20_000

    static func closestValues(to value: String, in dictionary: [String], limit: Int = 3) -> [String] {
        guard dictionary.count <= searchLimit else { return [] }
        let lower = value.lowercased()
        let sameCase = dictionary.filter { $0.lowercased() == lower }
        if !sameCase.isEmpty { return Array(sameCase.sorted().prefix(limit)) }
        let near = closestNames(to: value, in: dictionary, limit: limit)
        if !near.isEmpty { return near }
        guard lower.count >= 3 else { return [] }
        return Array(dictionary.filter { $0.lowercased().contains(lower) }.sorted { $0.count < $1.count || ($0.count == $1.count && $0 < $1) }.prefix(limit))
    }

    // MARK: sums over marked total rows

    private func checkSumsOverTotals(_ items: [BoundExpr], input: QueryPlan) {
        guard let sum = items.first(where: { Self.addsUp($0, over: input.schema) }) else { return }
        guard let marks = totalRows(reaching: input) else { return }
        warnTotals(marks, what: sum.span?.text ?? "the sum", at: sum.span)
    }

    /// `sum`, `total` or `avg`, unless its own `where` chooses rows by `row_kind`.
    static func addsUp(_ e: BoundExpr, over schema: [ColumnInfo]) -> Bool {
        guard case .aggregate(let f, _, let filter) = e.kind, ["sum", "total", "avg"].contains(f.name) else { return false }
        if let filter, filter.columnsUsed.contains(where: { $0 < schema.count && isRowKind(schema[$0].name) }) { return false }
        return true
    }

    struct TotalMarks {
        var table: String
        var column: String
        var count: Int
        var rows: Int
        var kinds: [String]
    }

    /// When the rows reaching a sum come from a table with a `row_kind` column that marks
    /// total rows, and no step on the way filters on that column: how many rows are marked.
    private func totalRows(reaching plan: QueryPlan) -> TotalMarks? {
        var p = plan
        while true {
            switch p.node {
            case .filter(let input, let pred):
                if pred.columnsUsed.contains(where: { $0 < input.schema.count && Self.isRowKind(input.schema[$0].name) }) { return nil }
                p = input
            case .project(let i, _), .window(let i, _), .sort(let i, _), .limit(let i, _), .topN(let i, _, _):
                p = i
            case .join(let l, _, _, _, _, _, _):
                p = l
            case .scan:
                guard let column = p.schema.first(where: { Self.isRowKind($0.name) })?.name,
                      let (text, name) = scannedText(p, column: column) else { return nil }
                let n = text.rows { Self.isTotalKind($0) }
                guard n > 0 else { return nil }
                let kinds = text.values.filter { Self.isTotalKind($0) }.sorted()
                return TotalMarks(table: name, column: column, count: n, rows: text.rowCount, kinds: kinds)
            default:
                return nil
            }
        }
    }

    static func isRowKind(_ name: String) -> Bool { name.lowercased() == "row_kind" }
    static func isTotalKind(_ s: String) -> Bool { ["total", "subtotal", "sub-total", "grand total", "total cost"].contains(s.lowercased()) }

    private func warnTotals(_ m: TotalMarks, what: String, at span: Span?) {
        let kinds = m.kinds.map { "\"\($0)\"" }.joined(separator: ", ")
        warn(.warning("\(what) adds up rows that are themselves totals: \(m.table) marks \(m.count) of its \(m.rows) rows as \(kinds) in `\(m.column)`",
                      at: span,
                      hints: ["keep the detail lines before adding up: `where \(m.column) == \"line\"`"]))
    }

    // MARK: tracing a column back to its table

    /// A text column of the table a scan reads, as the run left it (nothing is loaded here): the
    /// cached rows, or what a stream of the file saw. Nil when neither has it as text.
    struct ScannedText {
        /// Distinct values.
        var values: [String]
        var rowCount: Int
        /// Rows whose value passes a test.
        var rows: ((String) -> Bool) -> Int
    }

    /// The scanned text column `column` of a scan, and the scanned table's name.
    private func scannedText(_ plan: QueryPlan, column: String) -> (ScannedText, String)? {
        guard case .scan(let source, let columns) = plan.node else { return nil }
        let name: String
        let table: Table?
        let streamed: StreamedText?
        switch source {
        case .catalog(let n):
            name = n
            table = env.catalog.loadedTable(named: n, columns: columns)
            streamed = env.catalog.streamedText(named: n)
        case .binding(let n):
            name = n
            table = env.tables[n]?.table
            streamed = nil
        case .file(let path, let options):
            name = path
            let key = Resolver.fileKey(path, options)
            table = env.catalog.loadedTable(ofFile: key, columns: columns)
            streamed = env.catalog.streamedText(ofFile: key)
        }
        if let table {
            guard let k = table.columnIndex(named: column), case .text(let codes, let dictionary) = table.columns[k].storage else { return nil }
            let c = table.columns[k]
            return (ScannedText(values: dictionary, rowCount: table.rowCount, rows: { test in
                let matching = Set(dictionary.indices.filter { test(dictionary[$0]) }.map { UInt32($0) })
                guard !matching.isEmpty else { return 0 }
                var n = 0
                for r in 0..<table.rowCount where !c.isNull(r) && matching.contains(codes[r]) { n += 1 }
                return n
            }), name)
        }
        guard let streamed, let text = streamed.columns[column] else { return nil }
        return (ScannedText(values: text.values, rowCount: streamed.rowCount, rows: { test in
            var n = 0
            for (k, v) in text.values.enumerated() where test(v) { n += text.counts[k] }
            return n
        }), name)
    }

    /// Follows column `i` of `plan` down to the scan it is read from, through steps that pass
    /// it on unchanged: the scanned text column and the table's name. Nil when it is computed on
    /// the way or is not text.
    private func source(of i: Int, in plan: QueryPlan) -> (ScannedText, String)? {
        var p = plan
        var index = i
        while true {
            switch p.node {
            case .scan:
                guard index < p.schema.count else { return nil }
                return scannedText(p, column: p.schema[index].name)
            case .filter(let input, _), .sort(let input, _), .limit(let input, _), .topN(let input, _, _), .distinct(let input, _):
                p = input
            case .window(let input, _):
                guard index < input.schema.count else { return nil }
                p = input
            case .project(let input, let exprs):
                guard index < exprs.count, case .column(let j) = exprs[index].kind else { return nil }
                index = j
                p = input
            case .aggregate(let input, let keys, _):
                guard index < keys.count, case .column(let j) = keys[index].kind else { return nil }
                index = j
                p = input
            case .join(let left, let right, _, _, _, _, let output):
                guard index < output.count else { return nil }
                let o = output[index]
                switch o.side {
                case .left, .coalesced:
                    guard let j = o.leftIndex else { return nil }
                    index = j
                    p = left
                case .right:
                    guard let j = o.rightIndex else { return nil }
                    index = j
                    p = right
                }
            default:
                return nil
            }
        }
    }
}
