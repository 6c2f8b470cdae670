/// The typed plan as indented text, one node a line, inputs below their consumer (the form
/// `EXPLAIN` prints in SQL engines). Columns are shown by name, resolved through the input's
/// schema, so the text reads like the query; `#3` appears only where a name is empty.
///
/// Used by `explain` in the REPL, by the plan snapshots in the test suite, and when
/// debugging the optimizer or the SQL lowering.
extension QueryPlan: CustomStringConvertible {
    package var description: String { explain() }

    /// The plan tree; `schemas: true` adds each node's output columns and types.
    package func explain(schemas: Bool = false) -> String {
        var lines: [String] = []
        PlanPrinter(schemas: schemas).print(self, depth: 0, into: &lines)
        return lines.joined(separator: "\n") + "\n"
    }
}

struct PlanPrinter {
    let schemas: Bool

    func print(_ plan: QueryPlan, depth: Int, into lines: inout [String]) {
        let pad = String(repeating: "  ", count: depth)
        var line = pad + head(plan)
        if schemas {
            line += "  → " + plan.schema.map { "\($0.name): \(Self.type($0))" }.joined(separator: ", ")
        }
        lines.append(line)
        for (label, input) in inputs(plan) {
            if let label { lines.append(pad + "  " + label + ":") }
            print(input, depth: depth + (label == nil ? 1 : 2), into: &lines)
        }
    }

    static func type(_ c: ColumnInfo) -> String {
        c.format == .plain ? c.type.displayName : "\(c.type.displayName) (\(c.format.rawValue))"
    }

    func inputs(_ plan: QueryPlan) -> [(String?, QueryPlan)] {
        switch plan.node {
        case .scan, .groupInput, .values: return []
        case .filter(let p, _), .project(let p, _), .window(let p, _), .sort(let p, _), .topN(let p, _, _), .limit(let p, _),
             .aggregate(let p, _, _), .distinct(let p, _), .pivot(let p, _, _, _, _), .unpivot(let p, _, _, _),
             .total(let p, _, _, _, _), .describe(let p):
            return [(nil, p)]
        case .join(let l, let r, _, _, _, _, _), .append(let l, let r, _, _):
            return [(nil, l), (nil, r)]
        case .group(let p, _, let body, _):
            return [("each group", body), (nil, p)]
        }
    }

    func head(_ plan: QueryPlan) -> String {
        switch plan.node {
        case .scan(let source, let columns):
            let what: String
            switch source {
            case .catalog(let name): what = name
            case .binding(let name): what = name + " (let)"
            case .file(let path, _): what = "\"" + path + "\""
            }
            let read = columns.map { " reading " + ($0.isEmpty ? "no columns" : $0.sorted().joined(separator: ", ")) } ?? ""
            return "scan " + what + read
        case .groupInput:
            return "group rows"
        case .values(let t):
            return "values (\(t.rowCount) row\(t.rowCount == 1 ? "" : "s"))"
        case .filter(let input, let predicate):
            return "filter " + expr(predicate, input.schema)
        case .project(let input, let exprs):
            return "project " + zip(plan.schema, exprs).map { named($0.name, expr($1, input.schema)) }.joined(separator: ", ")
        case .window(let input, let items):
            let names = plan.schema.dropFirst(input.schema.count).map(\.name)
            return "window " + zip(names, items).map { named($0, expr($1, input.schema)) }.joined(separator: ", ")
        case .sort(let input, let keys):
            return "sort " + sortKeys(keys, input.schema)
        case .topN(let input, let keys, let n):
            return "top \(n) by " + sortKeys(keys, input.schema)
        case .limit(_, let n):
            return "take \(n)"
        case .aggregate(let input, let keys, let aggregates):
            let names = plan.schema.dropFirst(keys.count).map(\.name)
            let items = zip(names, aggregates).map { named($0, expr($1, input.schema)) }.joined(separator: ", ")
            return "summarize " + items + (keys.isEmpty ? "" : " by " + keys.map { expr($0, input.schema) }.joined(separator: ", "))
        case .join(let left, let right, let kind, let leftKeys, let rightKeys, let residual, _):
            var on = zip(leftKeys, rightKeys).map { "left.\(expr($0, left.schema)) == right.\(expr($1, right.schema))" }
            if let residual { on.append(expr(residual, left.schema + right.schema)) }
            return "join \(kind.rawValue) on " + (on.isEmpty ? "true" : on.joined(separator: " and "))
        case .distinct(let input, let keys):
            return "distinct " + keys.map { name($0, input.schema) }.joined(separator: ", ")
        case .append:
            return "append"
        case .pivot(let input, let keys, let pivotColumn, let value, let columns):
            let made = columns.prefix(8).map(\.description).joined(separator: ", ") + (columns.count > 8 ? ", …" : "")
            return "pivot \(name(pivotColumn, input.schema)) using \(expr(value, input.schema))"
                + (keys.isEmpty ? "" : " by " + keys.map { name($0, input.schema) }.joined(separator: ", "))
                + " into [\(made)]"
        case .unpivot(let input, _, let unpivoted, _):
            let into = plan.schema.suffix(2).map(\.name).joined(separator: ", ")
            return "unpivot " + unpivoted.map { name($0, input.schema) }.joined(separator: ", ") + " into " + into
        case .group(let input, let keys, _, _):
            return "group " + keys.map { name($0, input.schema) }.joined(separator: ", ")
        case .total(let input, let label, _, let sums, let by):
            return "total \"\(label)\" of " + sums.map { name($0, input.schema) }.joined(separator: ", ")
                + (by.isEmpty ? "" : " by " + by.map { name($0, input.schema) }.joined(separator: ", "))
        case .describe:
            return "describe"
        }
    }

    func named(_ name: String, _ text: String) -> String { name == text ? text : "\(name) = \(text)" }

    func sortKeys(_ keys: [BoundSortKey], _ schema: [ColumnInfo]) -> String {
        keys.map { ($0.descending ? "-" : "") + expr($0.expr, schema) }.joined(separator: ", ")
    }

    func name(_ i: Int, _ schema: [ColumnInfo]) -> String {
        guard i < schema.count, !schema[i].name.isEmpty else { return "#\(i)" }
        return Lint.quoteName(schema[i].name)
    }

    func expr(_ e: BoundExpr, _ schema: [ColumnInfo]) -> String {
        func sub(_ x: BoundExpr) -> String {
            switch x.kind {
            case .binary, .ifThenElse, .caseWhen, .inList: return "(" + expr(x, schema) + ")"
            default: return expr(x, schema)
            }
        }
        switch e.kind {
        case .literal(let v): return v.literalText
        case .column(let i): return name(i, schema)
        case .unary(let op, let a): return op == .not ? "not " + sub(a) : op.rawValue + sub(a)
        case .binary(let op, let a, let b): return sub(a) + " " + op.rawValue + " " + sub(b)
        case .call(let f, let args): return f.name + "(" + args.map { expr($0, schema) }.joined(separator: ", ") + ")"
        case .aggregate(let f, let args, let filter):
            return f.name + "(" + args.map { expr($0, schema) }.joined(separator: ", ") + ")"
                + (filter.map { " where " + expr($0, schema) } ?? "")
        case .window(let f, let args): return f.name + "(" + args.map { expr($0, schema) }.joined(separator: ", ") + ")"
        case .ifThenElse(let c, let a, let b): return "if \(expr(c, schema)) then \(expr(a, schema)) else \(expr(b, schema))"
        case .caseWhen(let arms, let otherwise):
            return "case " + arms.map { "\(expr($0.0, schema)) => \(expr($0.1, schema))" }.joined(separator: ", ")
                + ", else => " + expr(otherwise, schema) + " end"
        case .inList(let a, let items, let negated):
            return sub(a) + (negated ? " not in [" : " in [") + items.map { expr($0, schema) }.joined(separator: ", ") + "]"
        case .list(let items): return "[" + items.map { expr($0, schema) }.joined(separator: ", ") + "]"
        case .convert(let a, let type): return "\(type.displayName)(\(expr(a, schema)))"
        }
    }
}
