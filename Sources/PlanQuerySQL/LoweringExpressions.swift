import PlanQuery

/// Expressions: operators with planq's null rules, literals in each dialect's form, and the
/// exact-decimal bookkeeping (on SQLite decimals are scaled integers, so scales are aligned
/// before adding or comparing).
extension Builder {
    func expr(_ e: BoundExpr, _ cols: [Lowered]) throws -> Lowered {
        switch e.kind {
        case .literal(let v):
            return try literal(v, type: e.type == .null ? v.type : e.type, scale: literalScale(v), e.span)

        case .column(let i):
            guard i < cols.count else { throw refuse("this column", "internal error: column \(i) out of range", e.span) }
            return cols[i]

        case .unary(let op, let a):
            let x = try expr(a, cols)
            switch op {
            case .not: return Lowered(sql: .prefix("NOT", x.sql), type: .bool, scale: 0)
            case .negate: return Lowered(sql: .prefix("-", x.sql), type: x.type, scale: x.scale)
            case .plus: return x
            }

        case .binary(let op, let a, let b):
            return try binary(op, try expr(a, cols), try expr(b, cols), e)

        case .call(let f, let args):
            return try scalarCall(f, try args.map { try expr($0, cols) }, e)

        case .aggregate(let f, _, _):
            throw refuse("`\(f.name)`", "internal error: an aggregate outside summarize", e.span)

        case .window(let f, _):
            throw refuse("`\(f.name)`", "internal error: a window function outside derive", e.span)

        case .ifThenElse(let c, let a, let b):
            return try caseWhen([(c, a)], b, e, cols)

        case .caseWhen(let arms, let other):
            return try caseWhen(arms, other, e, cols)

        case .inList(let a, let items, let negated):
            let x = try expr(a, cols)
            // planq's `in` is a chain of null-safe `==`: true or false, never null.
            var any: SQLExpr = .false
            for (k, item) in items.enumerated() {
                let (p, q) = align(x, try expr(item, cols))
                let eq = nullSafeEqual(p.sql, q.sql)
                any = k == 0 ? eq : .binary(any, "OR", eq)
            }
            return Lowered(sql: negated ? .prefix("NOT", any) : any, type: .bool, scale: 0)

        case .list:
            throw refuse("a list value", "lists have no column type on SQL engines", e.span)

        case .convert(let a, let t):
            throw refuse("converting \(a.type.displayName) to \(t.displayName)", "only constants are converted, and this is not one", e.span)
        }
    }

    func literalScale(_ v: Value) -> Int {
        if case .decimal(let d) = v { return d.scale }
        return 0
    }

    /// A constant in the dialect's form. Text is escaped by the printer.
    func literal(_ v: Value, type: DataType, scale: Int, _ span: Span?) throws -> Lowered {
        switch v {
        case .null:
            let t = type == .null ? DataType.null : type
            return Lowered(sql: t == .null ? .null : .cast(.null, dialect.castType(t, scale: scale)), type: t, scale: scale)
        case .bool(let b):
            return Lowered(sql: dialect == .sqlite ? .int(b ? 1 : 0) : (b ? .true : .false), type: .bool, scale: 0)
        case .int(let i):
            return Lowered(sql: .int(i), type: .int, scale: 0)
        case .decimal(let d):
            if dialect.nativeDecimal { return Lowered(sql: .raw(d.description), type: .decimal, scale: d.scale) }
            return Lowered(sql: .raw(String(d.units)), type: .decimal, scale: d.scale)
        case .float(let f):
            guard f.isFinite else {
                if dialect == .sqlite { throw refuse("the number \(formatFloat(f))", "SQLite has no NaN or infinity", span) }
                return Lowered(sql: .cast(.string(f.isNaN ? "NaN" : (f < 0 ? "-Infinity" : "Infinity")), dialect.castType(.float, scale: 0)), type: .float, scale: 0)
            }
            // The shortest text that reads back as the same double.
            var text = "\(f)"
            if !text.contains("e") && !text.contains(".") { text += ".0" }
            return Lowered(sql: .cast(.raw(text), dialect.castType(.float, scale: 0)), type: .float, scale: 0)
        case .text(let s):
            if s.unicodeScalars.contains("\u{0}") { throw refuse("text with a NUL character", "SQL text cannot hold it", span) }
            return Lowered(sql: .string(s), type: .text, scale: 0)
        case .date(let d):
            return Lowered(sql: dialect == .sqlite ? .string(d.description) : .raw("DATE '\(d.description)'"), type: .date, scale: 0)
        case .month(let m):
            return Lowered(sql: .int(Int(m.index)), type: .month, scale: 0)
        case .fiscalYear(let y):
            return Lowered(sql: .int(y.startYear), type: .fiscalYear, scale: 0)
        case .list:
            throw refuse("a list value", "lists have no column type on SQL engines", span)
        }
    }

    /// `a IS NOT DISTINCT FROM b`: planq's `==`, where null equals null.
    func nullSafeEqual(_ a: SQLExpr, _ b: SQLExpr) -> SQLExpr {
        dialect == .sqlite ? .binary(a, "IS", b) : .binary(a, "IS NOT DISTINCT FROM", b)
    }

    /// Text compared in code-point order, as planq compares it (PostgreSQL's default collation
    /// follows the locale, so text is compared in the "C" collation there).
    func collated(_ e: Lowered) -> SQLExpr {
        if dialect == .postgres, e.type == .text { return .postfix(e.sql, "COLLATE \"C\"") }
        return e.sql
    }

    /// Two numeric operands at a common decimal scale (SQLite's scaled integers), else unchanged.
    func align(_ a: Lowered, _ b: Lowered) -> (Lowered, Lowered) {
        if a.type == .float || b.type == .float {
            // A decimal met by a float compares as a double (SQLite's scaled integers divided back).
            func f(_ x: Lowered) -> Lowered { x.type == .decimal ? Lowered(sql: asFloat(x), type: .float, scale: 0) : x }
            return (f(a), f(b))
        }
        guard a.type == .decimal || b.type == .decimal,
              a.type.isNumeric || a.type == .null, b.type.isNumeric || b.type == .null else { return (a, b) }
        let s = max(a.scale, b.scale)
        return (rescale(a, to: s), rescale(b, to: s))
    }

    /// An integer or decimal at a larger scale (SQLite multiplies the units; native decimals need nothing).
    func rescale(_ x: Lowered, to s: Int) -> Lowered {
        guard x.type == .int || x.type == .decimal else { return x }
        if dialect.nativeDecimal || s == x.scale { return Lowered(sql: x.sql, type: x.type == .int && s == 0 ? .int : .decimal, scale: s) }
        return Lowered(sql: .binary(x.sql, "*", .raw(pow10(s - x.scale))), type: .decimal, scale: s)
    }

    /// A value as a double: SQLite's scaled decimals are divided back, as ExactDecimal.doubleValue does.
    func asFloat(_ x: Lowered) -> SQLExpr {
        switch x.type {
        case .float: return x.sql
        case .decimal where !dialect.nativeDecimal:
            return .binary(.cast(x.sql, "REAL"), "/", .raw(pow10(x.scale) + ".0"))
        default:
            return .cast(x.sql, dialect.castType(.float, scale: 0))
        }
    }

    /// `x` converted to `type` (numeric widening, a null of that type).
    func cast(_ x: Lowered, to type: DataType, scale: Int) -> Lowered {
        if x.type == type && (type != .decimal || x.scale == scale) { return x }
        switch (x.type, type) {
        case (.null, _):
            return Lowered(sql: .cast(x.sql, dialect.castType(type, scale: scale)), type: type, scale: scale)
        case (.int, .decimal), (.decimal, .decimal):
            let r = rescale(x, to: scale)
            if dialect.nativeDecimal, x.type == .int { return Lowered(sql: .cast(x.sql, dialect.castType(.decimal, scale: scale)), type: .decimal, scale: scale) }
            return r
        case (.int, .float), (.decimal, .float):
            return Lowered(sql: asFloat(x), type: .float, scale: 0)
        default:
            return x
        }
    }

    func caseWhen(_ arms: [(BoundExpr, BoundExpr)], _ other: BoundExpr, _ e: BoundExpr, _ cols: [Lowered]) throws -> Lowered {
        let conds = try arms.map { try expr($0.0, cols) }
        let vals = try arms.map { try expr($0.1, cols) } + [try expr(other, cols)]
        let scale = e.type == .decimal ? vals.map { $0.type == .decimal ? $0.scale : 0 }.max() ?? 0 : 0
        let cast = vals.map { self.cast($0, to: e.type, scale: scale) }
        let sqlArms = zip(conds, cast).map { ($0.sql, $1.sql) }
        return Lowered(sql: .caseWhen(Array(sqlArms), otherwise: cast.last!.sql), type: e.type, scale: scale)
    }

    func binary(_ op: BinaryOp, _ x: Lowered, _ y: Lowered, _ e: BoundExpr) throws -> Lowered {
        switch op {
        case .and: return Lowered(sql: .binary(x.sql, "AND", y.sql), type: .bool, scale: 0)
        case .or: return Lowered(sql: .binary(x.sql, "OR", y.sql), type: .bool, scale: 0)
        case .eq, .ne:
            let (p, q) = align(x, y)
            let eq = nullSafeEqual(p.sql, q.sql)
            if op == .eq { return Lowered(sql: eq, type: .bool, scale: 0) }
            return Lowered(sql: dialect == .sqlite ? .binary(p.sql, "IS NOT", q.sql) : .binary(p.sql, "IS DISTINCT FROM", q.sql), type: .bool, scale: 0)
        case .lt, .le, .gt, .ge:
            let (p, q) = align(x, y)
            return Lowered(sql: .binary(collated(p), op.rawValue, collated(q)), type: .bool, scale: 0)
        case .coalesce:
            let scale = e.type == .decimal ? max(x.type == .decimal ? x.scale : 0, y.type == .decimal ? y.scale : 0) : 0
            let a = cast(x, to: e.type, scale: scale), b = cast(y, to: e.type, scale: scale)
            return Lowered(sql: .call("COALESCE", [a.sql, b.sql]), type: e.type, scale: scale)
        case .regexMatch:
            guard case .string(let pattern) = y.sql else { throw refuse("`~=`", "the pattern must be constant text", e.span) }
            try checkPattern(pattern, e.span)
            switch dialect {
            case .sqlite: return Lowered(sql: .binary(x.sql, "REGEXP", y.sql), type: .bool, scale: 0)
            case .postgres: return Lowered(sql: .binary(x.sql, "~", y.sql), type: .bool, scale: 0)
            case .duckdb: return Lowered(sql: .call("regexp_matches", [x.sql, y.sql]), type: .bool, scale: 0)
            case .spark: return Lowered(sql: .binary(x.sql, "RLIKE", y.sql), type: .bool, scale: 0)
            }
        case .add, .subtract, .multiply, .divide, .modulo:
            return try arithmetic(op, x, y, e)
        }
    }

    /// Patterns whose meaning is the same in Swift's Regex and in each engine's regular
    /// expressions: literals, `.`, classes `[...]`, `\d \w \s`, anchors, groups, `|`, and the
    /// quantifiers `* + ? {n,m}`. Anything else (look-around, back-references, `\b`, Unicode
    /// properties, lazy quantifiers) is refused rather than risk a different match.
    func checkPattern(_ pattern: String, _ span: Span?) throws {
        let chars = Array(pattern)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "\\" {
                guard i + 1 < chars.count, "dwsDWS.\\/[](){}*+?|^$-".contains(chars[i + 1]) else {
                    throw refuse("the pattern \"\(pattern)\"", "escape `\\\(i + 1 < chars.count ? String(chars[i + 1]) : "")` may match differently on the engine", span)
                }
                i += 2
                continue
            }
            if c == "(" , i + 1 < chars.count, chars[i + 1] == "?" {
                throw refuse("the pattern \"\(pattern)\"", "`(?` groups (look-around, flags, named groups) are not the same on every engine", span)
            }
            if (c == "*" || c == "+" || c == "?" || c == "}"), i + 1 < chars.count, chars[i + 1] == "?" || chars[i + 1] == "+" {
                throw refuse("the pattern \"\(pattern)\"", "lazy and possessive quantifiers are not the same on every engine", span)
            }
            if c == "[", i + 1 < chars.count, chars[i + 1] == "[" || (i + 2 < chars.count && chars[i + 1] == "^" && chars[i + 2] == "[") {
                throw refuse("the pattern \"\(pattern)\"", "nested or POSIX character classes are not the same on every engine", span)
            }
            i += 1
        }
    }

    func arithmetic(_ op: BinaryOp, _ x: Lowered, _ y: Lowered, _ e: BoundExpr) throws -> Lowered {
        let sqlOp = op.rawValue
        switch (x.type, y.type) {
        case (.fiscalYear, .int), (.int, .fiscalYear), (.month, .int), (.int, .month):
            return Lowered(sql: .binary(x.sql, sqlOp, y.sql), type: e.type, scale: 0)
        case (.fiscalYear, .fiscalYear), (.month, .month):
            return Lowered(sql: .binary(x.sql, "-", y.sql), type: .int, scale: 0)
        case (.date, .int), (.int, .date):
            let (d, n) = x.type == .date ? (x, y) : (y, x)
            let days = op == .subtract ? SQLExpr.prefix("-", n.sql) : n.sql
            switch dialect {
            case .sqlite: return Lowered(sql: .call("date", [d.sql, .binary(.cast(days, "TEXT"), "||", .string(" days"))]), type: .date, scale: 0)
            case .spark: return Lowered(sql: .call("date_add", [d.sql, days]), type: .date, scale: 0)
            case .postgres, .duckdb: return Lowered(sql: .binary(d.sql, "+", .cast(days, "INTEGER")), type: .date, scale: 0)
            }
        case (.date, .date):
            switch dialect {
            case .sqlite: return Lowered(sql: .cast(.binary(.call("julianday", [x.sql]), "-", .call("julianday", [y.sql])), "INTEGER"), type: .int, scale: 0)
            case .spark: return Lowered(sql: .call("datediff", [x.sql, y.sql]), type: .int, scale: 0)
            case .postgres: return Lowered(sql: .binary(x.sql, "-", y.sql), type: .int, scale: 0)
            case .duckdb: return Lowered(sql: .call("datediff", [.string("day"), y.sql, x.sql]), type: .int, scale: 0)
            }
        case (.text, .text), (.text, .null), (.null, .text):
            return Lowered(sql: .binary(x.sql, "||", y.sql), type: .text, scale: 0)
        default: break
        }
        guard (x.type.isNumeric || x.type == .null) && (y.type.isNumeric || y.type == .null) else {
            throw refuse("`\(sqlOp)` on \(x.type.displayName) and \(y.type.displayName)", "no SQL form", e.span)
        }
        if op == .divide {
            // planq divides to a float, and x / 0 is null.
            return Lowered(sql: .binary(asFloat(x), "/", .call("NULLIF", [asFloat(y), .raw("0")])), type: .float, scale: 0)
        }
        if e.type == .float {
            if op == .modulo, dialect == .sqlite || dialect == .postgres {
                throw refuse("`%` on floats", "\(dialect.displayName)'s `%` is for whole numbers", e.span)
            }
            let a = asFloat(x), b = asFloat(y)
            if op == .modulo { return Lowered(sql: .binary(a, "%", .call("NULLIF", [b, .raw("0")])), type: .float, scale: 0) }
            return Lowered(sql: .binary(a, sqlOp, b), type: .float, scale: 0)
        }
        if e.type == .decimal || x.type == .decimal || y.type == .decimal {
            if op == .multiply {
                let scale = x.scale + y.scale
                if !dialect.nativeDecimal && scale > 18 {
                    throw refuse("this product", "its exact result would need \(scale) decimal places", e.span)
                }
                return Lowered(sql: .binary(x.sql, "*", y.sql), type: .decimal, scale: scale)
            }
            let (p, q) = align(x, y)
            if op == .modulo { return Lowered(sql: .binary(p.sql, "%", .call("NULLIF", [q.sql, .raw("0")])), type: .decimal, scale: p.scale) }
            return Lowered(sql: .binary(p.sql, sqlOp, q.sql), type: .decimal, scale: p.scale)
        }
        if op == .modulo { return Lowered(sql: .binary(x.sql, "%", .call("NULLIF", [y.sql, .raw("0")])), type: e.type, scale: 0) }
        return Lowered(sql: .binary(x.sql, sqlOp, y.sql), type: e.type == .null ? .int : e.type, scale: 0)
    }

    /// Whole-number division truncating towards zero (DuckDB's and Spark's `/` give doubles).
    func intDiv(_ a: SQLExpr, _ b: SQLExpr) -> SQLExpr {
        switch dialect {
        case .sqlite, .postgres: return .binary(a, "/", b)
        case .duckdb: return .binary(a, "//", b)
        case .spark: return .binary(a, "DIV", b)
        }
    }

    /// Text as planq writes the value (`to_text`): financial years `2008/09`, dates ISO.
    func asText(_ x: Lowered, _ span: Span?) throws -> SQLExpr {
        let text: SQLExpr
        switch x.type {
        case .text: text = x.sql
        case .int: text = .cast(x.sql, dialect.castType(.text, scale: 0))
        case .fiscalYear:
            let next = SQLExpr.binary(.binary(x.sql, "+", .int(1)), "%", .int(100))
            let two = SQLExpr.call("substr", [.binary(.string("0"), "||", .cast(next, dialect.castType(.text, scale: 0))), .prefix("-", .int(2))])
            let twoDigits = dialect == .postgres || dialect == .duckdb || dialect == .spark
                ? SQLExpr.call("lpad", [.cast(next, dialect.castType(.text, scale: 0)), .int(2), .string("0")]) : two
            text = .binary(.binary(.cast(x.sql, dialect.castType(.text, scale: 0)), "||", .string("/")), "||", twoDigits)
        case .date: text = .cast(x.sql, dialect.castType(.text, scale: 0))
        case .bool:
            text = .caseWhen([(x.sql, .string("true"))], otherwise: .string("false"))
        default:
            throw refuse("\(x.type.displayName) shown as text", "its text form is not the same on \(dialect.displayName)", span)
        }
        return .call("COALESCE", [text, .string("")])
    }
}
