/// Writes a `SQLQuery` as readable SQL for one dialect: one clause a line, each common
/// table expression indented under `WITH`, like `prqlc compile`.
package struct SQLPrinter {
    package let dialect: SQLDialect

    package init(dialect: SQLDialect) { self.dialect = dialect }

    package func print(_ q: SQLQuery) -> String {
        var out = ""
        if !q.ctes.isEmpty {
            out += "WITH\n"
            for (i, cte) in q.ctes.enumerated() {
                out += "  " + dialect.quoteIdentifier(cte.name) + " AS (\n"
                out += indent(body(cte.body), by: 4) + "\n"
                out += "  )" + (i == q.ctes.count - 1 ? "\n" : ",\n")
            }
        }
        return out + select(q.body)
    }

    func body(_ b: SQLBody) -> String {
        switch b {
        case .select(let s): return select(s)
        case .unionAll(let parts): return parts.map(select).joined(separator: "\nUNION ALL\n")
        }
    }

    func select(_ s: SQLSelect) -> String {
        let items = s.items.map { item -> String in
            let e = expr(item.expr)
            guard let alias = item.alias else { return e }
            if case .column(let name, _) = item.expr, name == alias { return e }
            return e + " AS " + dialect.quoteIdentifier(alias)
        }
        var lines: [String] = []
        let oneLine = "SELECT " + items.joined(separator: ", ")
        if oneLine.count <= 100 && !oneLine.contains("\n") {
            lines.append(oneLine)
        } else {
            lines.append("SELECT")
            lines.append(items.map { indent($0, by: 2) }.joined(separator: ",\n"))
        }
        if let from = s.from { lines.append("FROM " + self.from(from)) }
        if let w = s.whereClause { lines.append("WHERE " + expr(w)) }
        if !s.groupBy.isEmpty { lines.append("GROUP BY " + s.groupBy.map(expr).joined(separator: ", ")) }
        if !s.orderBy.isEmpty { lines.append("ORDER BY " + s.orderBy.map(order).joined(separator: ", ")) }
        if let n = s.limit { lines.append("LIMIT \(n)") }
        return lines.joined(separator: "\n")
    }

    func from(_ f: SQLFrom) -> String {
        switch f {
        case .table(let name, let alias):
            return dialect.quoteIdentifier(name) + (alias.map { " AS " + $0 } ?? "")
        case .join(let l, let kind, let r, let on):
            return from(l) + "\n" + kind + " " + from(r) + (on.map { " ON " + expr($0) } ?? "")
        }
    }

    func order(_ o: SQLOrder) -> String {
        expr(o.expr) + (o.descending ? " DESC" : "") + (o.nullsLast ? " NULLS LAST" : " NULLS FIRST")
    }

    func expr(_ e: SQLExpr) -> String {
        switch e {
        case .column(let name, let table):
            return (table.map { $0 + "." } ?? "") + dialect.quoteIdentifier(name)
        case .raw(let text):
            return text
        case .string(let s):
            return dialect.quoteString(s)
        case .binary(let a, let op, let b):
            return operand(a) + " " + op + " " + operand(b)
        case .prefix(let op, let a):
            return op + (op.last?.isLetter == true ? " " : "") + operand(a)
        case .postfix(let a, let op):
            return operand(a) + " " + op
        case .call(let name, let args):
            return name + "(" + args.map(expr).joined(separator: ", ") + ")"
        case .template(let text, let args):
            return substitute(text, args.map(operand))
        case .caseWhen(let arms, let otherwise):
            var s = "CASE"
            for (c, v) in arms { s += " WHEN " + expr(c) + " THEN " + expr(v) }
            if let otherwise { s += " ELSE " + expr(otherwise) }
            return s + " END"
        case .cast(let a, let type):
            return "CAST(" + expr(a) + " AS " + type + ")"
        case .window(let f, let partition, let orderBy, let frame):
            var parts: [String] = []
            if !partition.isEmpty { parts.append("PARTITION BY " + partition.map(expr).joined(separator: ", ")) }
            if !orderBy.isEmpty { parts.append("ORDER BY " + orderBy.map(order).joined(separator: ", ")) }
            if let frame { parts.append(frame) }
            return expr(f) + " OVER (" + parts.joined(separator: " ") + ")"
        case .aggregate(let name, let args, let distinct, let filter, let orderBy):
            var s = name + "(" + (distinct ? "DISTINCT " : "") + (args.isEmpty ? "*" : args.map(expr).joined(separator: ", "))
            if !orderBy.isEmpty { s += " ORDER BY " + orderBy.map(order).joined(separator: ", ") }
            s += ")"
            if let filter { s += " FILTER (WHERE " + expr(filter) + ")" }
            return s
        case .exists(let s):
            return "EXISTS (" + select(s).split(separator: "\n").joined(separator: " ") + ")"
        case .star:
            return "*"
        }
    }

    /// Operands of operators are parenthesised unless they are atoms.
    func operand(_ e: SQLExpr) -> String {
        switch e {
        case .binary, .prefix, .postfix: return "(" + expr(e) + ")"
        default: return expr(e)
        }
    }

    func substitute(_ template: String, _ args: [String]) -> String {
        var out = ""
        var chars = template.makeIterator()
        while let ch = chars.next() {
            guard ch == "{" else { out.append(ch); continue }
            var digits = ""
            while let d = chars.next(), d != "}" { digits.append(d) }
            if let i = Int(digits), i < args.count { out += args[i] } else { out += "NULL" }
        }
        return out
    }

    func indent(_ text: String, by n: Int) -> String {
        let pad = String(repeating: " ", count: n)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { pad + $0 }.joined(separator: "\n")
    }
}
