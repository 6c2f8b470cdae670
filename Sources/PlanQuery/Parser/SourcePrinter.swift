/// Writes a syntax tree back as planq source that parses to the same tree (spans aside):
/// every operator application in parentheses, names in backquotes where a bare word would
/// read as something else, literals in the form the lexer gives the same value from
/// (`2.50` keeps its places, `5%`, `£1200000`, `1.5e0`). One statement a line.
///
/// The property tests print and re-parse generated and golden programs with it; a tool that
/// rewrites queries (a formatter, a refactoring) starts from it.
package enum SourcePrinter {
    package static func program(_ program: Program) -> String {
        program.statements.map(statement).joined(separator: "\n")
    }

    package static func statement(_ s: Statement) -> String {
        switch s.kind {
        case .letValue(let name, let e): return "let \(self.name(name)) = \(expr(e))"
        case .letTable(let name, let p): return "let \(self.name(name)) = \(pipeline(p))"
        case .function(let name, let params, let body):
            let list = params.map { p in self.name(p.name) + (p.defaultValue.map { " = " + expr($0) } ?? "") }
            return "fn \(self.name(name))(\(list.joined(separator: ", "))) = \(expr(body))"
        case .importModule(let path): return "import \(string(path))"
        case .param(let name, let e): return "param \(self.name(name)) = \(expr(e))"
        case .query(let p): return pipeline(p)
        case .expression(let e): return expr(e)
        case .help(let topic): return "help" + (topic.map { " " + $0 } ?? "")
        case .title(let t): return "title " + template(t)
        case .section(let t): return "section " + template(t)
        case .endSection: return "end"
        case .text(let t): return "text " + template(t)
        case .note(let t): return "note " + template(t)
        case .table(let caption, let p): return "table " + (caption.map { template($0) + " " } ?? "") + pipeline(p)
        case .chart(let kind, let title, let p): return "chart \(kind.rawValue) " + (title.map { template($0) + " " } ?? "") + pipeline(p)
        case .source(let t, let p): return "source " + (t.map(template) ?? p.map(pipeline) ?? "")
        case .pageBreak: return "pagebreak"
        }
    }

    package static func pipeline(_ p: Pipeline) -> String {
        (["from " + relation(p.source)] + p.transforms.map(transform)).joined(separator: " | ")
    }

    static func relation(_ r: Relation) -> String {
        switch r {
        case .named(let n, _): return name(n)
        case .file(let path, _): return string(path)
        case .pipeline(let p): return "(" + pipeline(p) + ")"
        case .values(let e), .read(let e): return expr(e)
        }
    }

    static func named(_ items: [NamedExpr]) -> String {
        items.map { item in (item.name.map { name($0) + " = " } ?? "") + expr(item.expr) }.joined(separator: ", ")
    }

    package static func transform(_ t: Transform) -> String {
        switch t.kind {
        case .filter(let e): return "where " + expr(e)
        case .select(let items): return "select " + named(items)
        case .derive(let items): return "derive " + named(items)
        case .sort(let keys):
            // A key's own leading sign must not read as the direction: `+ -5`, `- -5`.
            return "sort " + keys.map { ($0.descending ? "- " : "+ ") + expr($0.expr) }.joined(separator: ", ")
        case .take(let e): return "take " + expr(e)
        case .summarize(let items, let by):
            return "summarize" + (items.isEmpty ? "" : " " + named(items)) + (by.isEmpty ? "" : " by " + named(by))
        case .join(let kind, let r, let alias, let condition):
            let on: String
            switch condition {
            case .using(let keys): on = keys.map { name($0.0) }.joined(separator: ", ")
            case .expression(let e): on = expr(e)
            }
            return "join \(kind.rawValue) \(relation(r))" + (alias.map { " as " + name($0) } ?? "") + " on " + on
        case .distinct(let items): return "distinct" + (items.isEmpty ? "" : " " + named(items))
        case .append(let r): return "append " + relation(r)
        case .rename(let pairs): return "rename " + pairs.map { name($0.new) + " = " + name($0.old) }.joined(separator: ", ")
        case .pivot(let key, let value, let by):
            return "pivot \(expr(key)) using \(expr(value))" + (by.isEmpty ? "" : " by " + named(by))
        case .unpivot(let columns, let keyName, let valueName):
            return "unpivot " + columns.map { name($0.0) }.joined(separator: ", ") + " into \(name(keyName)), \(name(valueName))"
        case .group(let keys, let body): return "group \(named(keys)) (" + body.map(transform).joined(separator: " | ") + ")"
        case .total(let label, let by):
            return "total" + (by.isEmpty ? "" : " by " + named(by)) + (label.map { " as " + expr($0) } ?? "")
        case .describe: return "describe"
        case .format(let items): return "format " + items.map { name($0.name) + " = " + expr($0.spec) }.joined(separator: ", ")
        }
    }

    /// `quote`: the quote for text literals; inside a template's `{…}` it is the other one
    /// (the template's own quote would end the template).
    package static func expr(_ e: Expr, quote: Character = "\"") -> String {
        func x(_ e: Expr) -> String { expr(e, quote: quote) }
        switch e.kind {
        case .literal(let v, let format): return literal(v, format, quote: quote)
        case .name(let n): return name(n)
        case .qualified(let table, let column): return name(table) + "." + name(column)
        case .unary(let op, let a):
            return "(" + (op == .not ? "not " : op.rawValue + " ") + x(a) + ")"
        case .binary(let op, let a, let b): return "(\(x(a)) \(op.rawValue) \(x(b)))"
        case .call(let f, let args, let filter):
            let list = args.map { ($0.name.map { $0 + " = " } ?? "") + x($0.value) }.joined(separator: ", ")
            let call = "\(f)(\(list))"
            return filter.map { "(\(call) where \(x($0)))" } ?? call
        case .list(let items): return "[" + items.map(x).joined(separator: ", ") + "]"
        case .ifThenElse(let c, let a, let b):
            return "(if \(x(c)) then \(x(a))" + (b.map { " else " + x($0) } ?? "") + ")"
        case .caseWhen(let arms, let otherwise):
            return "(case " + arms.map { "when \(x($0.0)) then \(x($0.1))" }.joined(separator: " ")
                + (otherwise.map { " else " + x($0) } ?? "") + " end)"
        case .inList(let a, let list, let negated): return "(\(x(a)) \(negated ? "not in" : "in") \(x(list)))"
        case .between(let a, let lo, let hi, let negated):
            return "(\(x(a)) \(negated ? "not between" : "between") \(x(lo)) and \(x(hi)))"
        }
    }

    static func literal(_ v: Value, _ format: ValueFormat, quote: Character) -> String {
        switch (v, format) {
        case (.decimal(let d), .percent):
            // The lexer reads `65.7%` as 0.657: two places fewer is the number written.
            return ExactDecimal(units: d.units, scale: max(0, d.scale - 2)).description + "%"
        case (.decimal(let d), .money):
            // `-£5` is the lexer's £5 negated.
            let magnitude = ExactDecimal(units: d.units == .min ? d.units : abs(d.units), scale: d.scale)
            return (d.units < 0 ? "-£" : "£") + magnitude.description
        case (.decimal(let d), _): return d.description
        case (.float(let f), _):
            if f.isNaN { return "(0e0 / 0e0)" }
            if f.isInfinite { return f < 0 ? "-1e999" : "1e999" }
            let text = String(f)
            return text.contains("e") ? text : text + "e0"
        case (.text(let s), _): return string(s, quote: quote)
        case (.bool(let b), _): return b ? "true" : "false"
        default: return v.literalText
        }
    }

    /// A text literal: quote, backslash and control characters escaped.
    package static func string(_ s: String, quote: Character = "\"") -> String {
        var out = String(quote)
        for c in s {
            switch c {
            case quote, "\\": out += "\\" + String(c)
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\0": out += "\\0"
            default: out.append(c)
            }
        }
        out.append(quote)
        return out
    }

    static func template(_ t: Template) -> String {
        var out = "\""
        for piece in t.pieces {
            switch piece {
            case .text(let s):
                let escaped = string(s).dropFirst().dropLast()
                out += escaped.replacing("{", with: "{{").replacing("}", with: "}}")
            case .hole(let e, let format, _):
                out += "{" + expr(e, quote: "'") + (format.map { ":" + $0 } ?? "") + "}"
            }
        }
        return out + "\""
    }

    /// A name as a bare word when it lexes as one and is no keyword; otherwise in backquotes.
    package static func name(_ n: String) -> String {
        let bare = n.unicodeScalars.first.map { $0 == "_" || ("a"..."z").contains($0) || ("A"..."Z").contains($0) } ?? false
            && n.unicodeScalars.allSatisfy { $0 == "_" || ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
        return bare && !keywords.contains(n) ? n : "`" + n + "`"
    }

    static let keywords = Set(Keywords.all)
}
