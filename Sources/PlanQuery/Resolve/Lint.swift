/// Static checks for queries that run but would answer something other than what was meant.
/// They run where the typed plan is built (the resolver calls them with the bound pieces and
/// the syntax they came from) and report warnings; they never change a result.
/// Checks that need the data run after execution: `ResultChecks`.
extension Resolver {
    /// `where "measure" == "target"`: two texts compared, one of them spelling a column name.
    func lintComparison(_ op: BinaryOp, _ a: Expr, _ b: Expr, _ x: BoundExpr, _ y: BoundExpr, _ span: Span, _ scope: Scope) {
        guard case .literal(.text(let left)) = x.kind, case .literal(.text(let right)) = y.kind else { return }
        for (text, literal, other) in [(left, a, b), (right, b, a)] {
            guard let column = Lint.column(named: text, in: scope.columns) else { continue }
            let planqForm = Lint.quoteName(column) + " \(op.rawValue) " + other.span.text
            warn(.warning("this compares the text \"\(text)\" with \(other.span.text), so it is the same for every row",
                          at: literal.span,
                          hints: ["did you mean the column `\(column)`? columns are written bare or in backquotes: `\(planqForm)`"]))
            return
        }
    }

    /// `2008/09 < 2007/08` after a pivot: arithmetic on two numbers that spells a column name.
    func lintLiteralArithmetic(_ a: Expr, _ b: Expr, _ span: Span, _ scope: Scope) {
        guard case .literal(let v, _) = a.kind, case .literal(let w, _) = b.kind,
              v.type.isNumeric, w.type.isNumeric else { return }
        let spelled = span.text.filter { !$0.isWhitespace }
        guard let column = scope.columns.first(where: { $0.name == spelled })?.name else { return }
        warn(.warning("`\(span.text)` is arithmetic on two numbers here, not the column \(Lint.quoteName(column))", at: span,
                      hints: ["a column name that is not a plain word goes in backquotes: \(Lint.quoteName(column))"]))
    }

    /// `select directorate, sum(gross)`: an aggregate in `select` covers every row of the table,
    /// so each row shows the grand total. `derive` is the explicit form for a whole-table value
    /// beside each row (`derive share = gross / sum(gross)`); `select` warns (docs/language.md).
    func lintSelectAggregates(_ items: [NamedExpr], _ bound: [BoundExpr], inputWidth n: Int,
                              collector: Collector, input: QueryPlan, span: Span) {
        guard !collector.items.isEmpty, !Lint.isInsideGroup(input) else { return }
        var totals: [NamedExpr] = []
        var rowItems: [NamedExpr] = []
        for (item, e) in zip(items, bound) {
            let used = e.columnsUsed
            let aggregatesOnly = !used.isEmpty && used.allSatisfy { i in
                i >= n && i - n < collector.items.count && collector.items[i - n].isAggregateCall
            }
            if aggregatesOnly { totals.append(item) } else if used.contains(where: { $0 < n }) { rowItems.append(item) }
        }
        guard let first = totals.first else { return }
        let shown = totals.map { $0.expr.span.text }
        let measures = totals.map { t in (t.name.map { Lint.quoteName($0) + " = " } ?? "") + t.expr.span.text }
        let keys = rowItems.map { r in r.name.map { Lint.quoteName($0) + " = " + r.expr.span.text } ?? r.expr.span.text }
        var hints: [String] = []
        if keys.isEmpty {
            hints.append("for the total alone write `summarize \(measures.joined(separator: ", "))`")
        } else {
            hints.append("to total per \(keys.joined(separator: ", ")) write `summarize \(measures.joined(separator: ", ")) by \(keys.joined(separator: ", "))`")
        }
        hints.append("to show the whole table's total beside each row on purpose, use `derive`: `derive total = \(shown[0])`")
        warn(.warning("\(shown.joined(separator: ", ")) in `select` \(shown.count == 1 ? "is" : "are") computed over every row of the table and repeated on each row",
                      at: first.expr.span, hints: hints))
    }
}

enum Lint {
    /// A column whose name is `text`, exactly or ignoring case.
    static func column(named text: String, in columns: [ColumnInfo]) -> String? {
        if let c = columns.first(where: { $0.name == text }) { return c.name }
        let lower = text.lowercased()
        return columns.first(where: { $0.name.lowercased() == lower })?.name
    }

    /// `unit`, or `` `Actual 2006/07` `` for a name that is not a plain word.
    static func quoteName(_ name: String) -> String {
        guard let first = name.unicodeScalars.first else { return "``" }
        let plain = (first.properties.isAlphabetic || first == "_")
            && name.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "_" || ("0"..."9").contains($0) }
            && !Keywords.reserved.contains(name)
        return plain ? name : "`" + name + "`"
    }

    /// True when the plan reads the rows of a `group k (...)` body.
    static func isInsideGroup(_ plan: QueryPlan) -> Bool {
        var p = plan
        while true {
            switch p.node {
            case .groupInput: return true
            case .filter(let i, _), .project(let i, _), .window(let i, _), .sort(let i, _), .limit(let i, _), .topN(let i, _, _),
                 .aggregate(let i, _, _), .distinct(let i, _), .describe(let i), .total(let i, _, _, _, _):
                p = i
            case .join(let l, _, _, _, _, _, _), .append(let l, _, _, _), .pivot(let l, _, _, _, _),
                 .unpivot(let l, _, _, _), .group(let l, _, _, _):
                p = l
            case .scan, .values: return false
            }
        }
    }

    /// `FY2008/9`, `FY08/09`, `fy2008/09`, `2008/09` → `FY2008/09`; nil when it does not look like a year.
    static func fiscalYearForm(_ text: String) -> String? {
        var body = Substring(text)
        if body.lowercased().hasPrefix("fy") { body = body.dropFirst(2) }
        let parts = body.split(whereSeparator: { $0 == "/" || $0 == "-" })
        guard let first = parts.first, first.allSatisfy(\.isNumber), parts.count <= 2,
              parts.dropFirst().allSatisfy({ $0.allSatisfy(\.isNumber) && !$0.isEmpty }) else { return nil }
        let start: Int
        switch first.count {
        case 4: guard let s = Int(first) else { return nil }; start = s
        case 2: guard let s = Int(first) else { return nil }; start = 2000 + s
        default: return nil
        }
        guard (1900...2100).contains(start) else { return nil }
        let end = (start + 1) % 100
        return "FY\(start)/\(end < 10 ? "0" : "")\(end)"
    }

    /// SQL and spreadsheet function names, and the planq way to write them.
    /// (Names the registry already knows as aliases, such as `substr` and `ifnull`, never reach this.)
    static let functionAliases: [String: String] = [
        "len": "`length(text)`", "char_length": "`length(text)`", "nvl": "`coalesce(x, default)`",
        "iif": "`if cond then a else b`", "now": "`today()`", "getdate": "`today()`", "ucase": "`upper(text)`",
        "lcase": "`lower(text)`", "countif": "`count_if(cond)`", "sumif": "`sum_if(x, cond)`",
        "averageif": "`avg_if(x, cond)`", "vlookup": "a join: `from kpis | join plans on unit`",
        "sumproduct": "`sum(a * b)`", "charindex": "`position(text, part)`", "cast": "`to_number(x)` or `to_text(x)`",
        "str": "`to_text(x)`", "int": "`to_number(x)` or `trunc(x)`", "float": "`to_number(x)`",
        "number": "`to_number(x)`", "text": "`to_text(x)`",
    ]
}

extension BoundExpr {
    /// An aggregate call (`sum(x)`), as opposed to a window function (`rank()`).
    var isAggregateCall: Bool {
        if case .aggregate = kind { return true }
        return false
    }
}
