import PlanQuery

/// Function calls: scalars, aggregates and window functions, by the function map's entry.
extension Builder {
    func entry(_ name: String, _ span: Span?) throws -> FunctionSQL {
        guard let spec = FunctionMap.sql(for: name, in: dialect) else {
            throw refuse("`\(name)`", "it has no entry in the SQL function map", span)
        }
        if case .refused(let reason) = spec { throw refuse("`\(name)`", reason, span) }
        return spec
    }

    func applyTemplate(_ spec: FunctionSQL, _ name: String, _ args: [Lowered], _ e: BoundExpr) throws -> Lowered? {
        switch spec {
        case .template(let text):
            if !dialect.nativeDecimal, e.type == .decimal {
                throw refuse("`\(name)`", "its exact-decimal result has no SQLite form", e.span)
            }
            let sqlArgs = args.map { dialect.nativeDecimal || $0.type != .decimal ? $0.sql : asFloat($0) }
            return Lowered(sql: .template(expand(text, args.count), sqlArgs), type: e.type, scale: 0)
        case .sameScale(let text):
            let scale = args.map { $0.type == .decimal ? $0.scale : 0 }.max() ?? 0
            let aligned = args.map { e.type == .decimal ? cast($0, to: .decimal, scale: scale) : $0 }
            return Lowered(sql: .template(expand(text, args.count), aligned.map(\.sql)), type: e.type, scale: e.type == .decimal ? scale : 0)
        default:
            return nil
        }
    }

    /// `{args}` in a template stands for every argument (variadic functions).
    func expand(_ text: String, _ count: Int) -> String {
        text.replacing("{args}", with: (0..<count).map { "{\($0)}" }.joined(separator: ", "))
    }

    func scalarCall(_ f: ScalarFunction, _ args: [Lowered], _ e: BoundExpr) throws -> Lowered {
        let spec = try entry(f.name, e.span)
        if let t = try applyTemplate(spec, f.name, args, e) { return t }
        let x = args.first ?? Lowered(sql: .null, type: .null, scale: 0)
        switch f.name {
        case "coalesce":
            let scale = e.type == .decimal ? args.map { $0.type == .decimal ? $0.scale : 0 }.max() ?? 0 : 0
            return Lowered(sql: .call("COALESCE", args.map { cast($0, to: e.type, scale: scale).sql }), type: e.type, scale: scale)
        case "as_percent", "as_money", "as_number", "shown_as":
            return x
        case "to_text":
            if x.type == .decimal || x.type == .float { throw refuse("`to_text` of \(x.type.displayName)", "number text is written differently by each engine", e.span) }
            return Lowered(sql: .caseWhen([(.postfix(x.sql, "IS NULL"), .null)], otherwise: try asText(x, e.span)), type: .text, scale: 0)
        case "concat":
            var out: SQLExpr? = nil
            for a in args {
                if a.type == .decimal || a.type == .float { throw refuse("`concat` of \(a.type.displayName)", "number text is written differently by each engine", e.span) }
                let t = try asText(a, e.span)
                out = out.map { SQLExpr.binary($0, "||", t) } ?? t
            }
            return Lowered(sql: out ?? .string(""), type: .text, scale: 0)
        case "regex_match":
            return try binary(.regexMatch, x, args[1], e)
        case "mod":
            return try arithmetic(.modulo, x, args[1], BoundExpr(.literal(.null), type: e.type, span: e.span))
        case "round":
            return try round(x, args.count > 1 ? args[1] : nil, e)
        case "floor", "ceil":
            return floorCeil(x, up: f.name == "ceil")
        case "year", "month", "day", "quarter", "fy", "fy_start", "fy_end", "fy_quarter", "fy_month":
            return try datePart(f.name, x, e)
        case "date_trunc":
            return try dateTrunc(x, args[1], e)
        default:
            throw refuse("`\(f.name)`", "no SQL form is written for it", e.span)
        }
    }

    func round(_ x: Lowered, _ placesArg: Lowered?, _ e: BoundExpr) throws -> Lowered {
        var places = 0
        if let p = placesArg {
            guard case .raw(let text) = p.sql, let n = Int(text) else { throw refuse("`round`", "the places must be a constant", e.span) }
            places = n
        }
        switch x.type {
        case .int, .null:
            if places >= 0 { return Lowered(sql: x.sql, type: .int, scale: 0) }
            throw refuse("`round` to negative places", "not lowered", e.span)
        case .decimal:
            if places < 0 { throw refuse("`round` to negative places", "not lowered", e.span) }
            if places >= x.scale { return x }
            if dialect.nativeDecimal {
                // Half away from zero on DECIMAL/NUMERIC in every engine; planq keeps at most `places` places.
                return Lowered(sql: .cast(.call("ROUND", [x.sql, .int(places)]), dialect.castType(.decimal, scale: places)), type: .decimal, scale: places)
            }
            // Scaled integers: divide, then round the remainder half away from zero.
            let d = SQLExpr.raw(pow10(x.scale - places))
            let q = SQLExpr.binary(x.sql, "/", d)
            let away = SQLExpr.caseWhen([(.binary(.binary(.call("ABS", [.binary(x.sql, "%", d)]), "*", .int(2)), ">=", d),
                                          .caseWhen([(.binary(x.sql, "<", .int(0)), .int(-1))], otherwise: .int(1)))], otherwise: .int(0))
            return Lowered(sql: .binary(q, "+", away), type: .decimal, scale: places)
        case .float:
            let p = min(max(places, 0), 15)
            switch dialect {
            case .sqlite:
                // planq rounds x × 10^p half away from zero, as SQLite's round() does.
                return Lowered(sql: .cast(.call("ROUND", [.binary(x.sql, "*", .raw(pow10(p) + ".0"))]), "INTEGER"), type: .decimal, scale: p)
            case .postgres:
                return Lowered(sql: .call("ROUND", [.cast(x.sql, "NUMERIC"), .int(p)]), type: .decimal, scale: p)
            case .duckdb, .spark:
                return Lowered(sql: .cast(.call("ROUND", [x.sql, .int(p)]), dialect.castType(.decimal, scale: p)), type: .decimal, scale: p)
            }
        default:
            throw refuse("`round` of \(x.type.displayName)", "not a number", e.span)
        }
    }

    func floorCeil(_ x: Lowered, up: Bool) -> Lowered {
        switch x.type {
        case .int, .null: return Lowered(sql: x.sql, type: .int, scale: 0)
        case .decimal where !dialect.nativeDecimal:
            let d = SQLExpr.raw(pow10(x.scale))
            // Integer division truncates; step down (floor) or up (ceil) when a remainder is left.
            let q = SQLExpr.binary(x.sql, "/", d), r = SQLExpr.binary(x.sql, "%", d)
            let step = up ? SQLExpr.caseWhen([(.binary(r, ">", .int(0)), .int(1))], otherwise: .int(0))
                          : SQLExpr.caseWhen([(.binary(r, "<", .int(0)), .int(-1))], otherwise: .int(0))
            return Lowered(sql: .binary(q, "+", step), type: .int, scale: 0)
        default:
            if dialect == .sqlite {
                let t = SQLExpr.cast(x.sql, "INTEGER")
                return Lowered(sql: up ? .binary(t, "+", .binary(t, "<", x.sql)) : .binary(t, "-", .binary(t, ">", x.sql)), type: .int, scale: 0)
            }
            return Lowered(sql: .cast(.call(up ? "CEIL" : "FLOOR", [x.sql]), dialect.castType(.int, scale: 0)), type: .int, scale: 0)
        }
    }

    /// Calendar parts of dates (DATE, or ISO text on SQLite), months (year × 12 + month − 1)
    /// and financial years (their starting year).
    func datePart(_ name: String, _ x: Lowered, _ e: BoundExpr) throws -> Lowered {
        func dateField(_ field: String) -> SQLExpr {
            switch dialect {
            case .sqlite:
                let f = ["YEAR": "%Y", "MONTH": "%m", "DAY": "%d"][field] ?? "%Y"
                return .cast(.call("strftime", [.string(f), x.sql]), "INTEGER")
            case .postgres: return .cast(.raw("EXTRACT(\(field) FROM \(SQLPrinter(dialect: dialect).operand(x.sql)))"), "BIGINT")
            case .duckdb, .spark: return .cast(.call(field, [x.sql]), dialect.castType(.int, scale: 0))
            }
        }
        let int = dialect.castType(.int, scale: 0)
        var year: SQLExpr, month: SQLExpr
        switch x.type {
        case .date: year = dateField("YEAR"); month = dateField("MONTH")
        case .month:
            // Integer division: floor for the years planq handles (1–9999).
            year = .cast(intDiv(x.sql, .int(12)), int)
            month = .binary(.binary(x.sql, "%", .int(12)), "+", .int(1))
        case .fiscalYear:
            year = x.sql; month = .int(4)
        default:
            throw refuse("`\(name)` of \(x.type.displayName)", "not lowered", e.span)
        }
        let fyStart = SQLExpr.binary(year, "-", .caseWhen([(.binary(month, "<", .int(4)), .int(1))], otherwise: .int(0)))
        switch name {
        case "year": return Lowered(sql: year, type: .int, scale: 0)
        case "month": return Lowered(sql: month, type: .int, scale: 0)
        case "day":
            guard x.type == .date else { throw refuse("`day` of \(x.type.displayName)", "not a date", e.span) }
            return Lowered(sql: dateField("DAY"), type: .int, scale: 0)
        case "quarter": return Lowered(sql: .binary(intDiv(.binary(month, "-", .int(1)), .int(3)), "+", .int(1)), type: .int, scale: 0)
        case "fy_quarter": return Lowered(sql: .binary(intDiv(.binary(.binary(month, "+", .int(8)), "%", .int(12)), .int(3)), "+", .int(1)), type: .int, scale: 0)
        case "fy_month": return Lowered(sql: .binary(.binary(.binary(month, "+", .int(8)), "%", .int(12)), "+", .int(1)), type: .int, scale: 0)
        case "fy": return Lowered(sql: x.type == .fiscalYear ? x.sql : fyStart, type: .fiscalYear, scale: 0)
        case "fy_start", "fy_end":
            let start = x.type == .fiscalYear ? x.sql : fyStart
            let y = name == "fy_start" ? start : SQLExpr.binary(start, "+", .int(1))
            let md = name == "fy_start" ? "-04-01" : "-03-31"
            let text = SQLExpr.binary(.cast(y, dialect.castType(.text, scale: 0)), "||", .string(md))
            return Lowered(sql: dialect == .sqlite ? text : .cast(text, "DATE"), type: .date, scale: 0)
        default:
            throw refuse("`\(name)`", "not lowered", e.span)
        }
    }

    /// `date_trunc(unit, d)`: the first day of the week (Monday), month, quarter, year or
    /// financial year (1 April) holding d, built from d's year and month as planq does (a month
    /// value stands for its first day); null for a null date.
    func dateTrunc(_ unitArg: Lowered, _ x: Lowered, _ e: BoundExpr) throws -> Lowered {
        guard case .string(let text) = unitArg.sql, let unit = ["week", "month", "quarter", "year", "fy"].first(where: { $0 == text.lowercased() }) else {
            throw refuse("`date_trunc`", "its unit must be constant text", e.span)
        }
        let dateType = dialect.castType(.date, scale: 0)
        if x.type == .null { return Lowered(sql: .cast(.null, dateType), type: .date, scale: 0) }
        guard x.type == .date || x.type == .month else { throw refuse("`date_trunc` of \(x.type.displayName)", "not a date", e.span) }
        let year = try datePart("year", x, e).sql, month = try datePart("month", x, e).sql
        func makeDate(_ y: SQLExpr, _ m: SQLExpr) -> SQLExpr {
            switch dialect {
            case .sqlite: return .call("printf", [.string("%04d-%02d-01"), y, m])
            case .duckdb: return .call("make_date", [.cast(y, "BIGINT"), .cast(m, "BIGINT"), .int(1)])
            case .postgres: return .call("make_date", [.cast(y, "INTEGER"), .cast(m, "INTEGER"), .int(1)])
            case .spark: return .call("make_date", [.cast(y, "INT"), .cast(m, "INT"), .int(1)])
            }
        }
        let sql: SQLExpr
        switch unit {
        case "month": sql = makeDate(year, month)
        case "quarter": sql = makeDate(year, .binary(.binary(intDiv(.binary(month, "-", .int(1)), .int(3)), "*", .int(3)), "+", .int(1)))
        case "year": sql = makeDate(year, .int(1))
        case "fy": sql = makeDate(.binary(year, "-", .caseWhen([(.binary(month, "<", .int(4)), .int(1))], otherwise: .int(0))), .int(4))
        default:
            // week: back to Monday, counting days since Monday (0–6) in each dialect's terms.
            let day = x.type == .date ? x.sql : makeDate(year, month)
            let sinceMonday: SQLExpr
            switch dialect {
            case .sqlite: sinceMonday = .template("((CAST(STRFTIME('%w', {0}) AS INTEGER) + 6) % 7)", [day])
            case .duckdb: sinceMonday = .template("(CAST(ISODOW({0}) AS BIGINT) - 1)", [day])
            case .postgres: sinceMonday = .template("(CAST(EXTRACT(ISODOW FROM {0}) AS INTEGER) - 1)", [day])
            case .spark: sinceMonday = .call("WEEKDAY", [day])
            }
            sql = try arithmetic(.subtract, Lowered(sql: day, type: .date, scale: 0), Lowered(sql: sinceMonday, type: .int, scale: 0), e).sql
        }
        // SQLite's printf writes 0 for a null.
        let guarded = dialect == .sqlite ? SQLExpr.caseWhen([(.postfix(x.sql, "IS NULL"), .null)], otherwise: sql) : sql
        return Lowered(sql: guarded, type: .date, scale: 0)
    }

    // MARK: aggregates

    /// `FUNC(x)` over rows where the aggregate's own `where` (and `extraFilter`, a pivot cell) hold.
    func aggregateCall(_ a: BoundExpr, _ cols: [Lowered], _ plan: QueryPlan, extraFilter: SQLExpr? = nil, over: [SQLExpr]? = nil) throws -> Lowered {
        guard case .aggregate(let f, let argExprs, let filterExpr) = a.kind else {
            throw refuse("this value", "internal error: expected an aggregate", a.span)
        }
        _ = try entry(f.name, a.span)
        let args = try argExprs.map { try expr($0, cols) }
        var cond = try filterExpr.map { try expr($0, cols).sql }
        if let extraFilter { cond = cond.map { SQLExpr.binary($0, "AND", extraFilter) } ?? extraFilter }
        func only(_ e: SQLExpr) -> SQLExpr { cond.map { SQLExpr.caseWhen([($0, e)], otherwise: nil) } ?? e }
        func agg(_ name: String, _ xs: [SQLExpr], distinct: Bool = false) -> SQLExpr {
            let call = SQLExpr.aggregate(name, xs, distinct: distinct, filter: nil, order: [])
            return over.map { SQLExpr.window(call, partition: $0, order: [], frame: nil) } ?? call
        }
        let x = args.first ?? Lowered(sql: .null, type: .null, scale: 0)
        func result(_ sql: SQLExpr, _ scale: Int = 0) -> Lowered { Lowered(sql: sql, type: a.type, scale: scale) }
        switch f.name {
        case "count":
            if args.isEmpty || x.type == .null && argExprs.isEmpty { return result(agg("COUNT", [only(.int(1))].filter { _ in cond != nil })) }
            return result(agg("COUNT", [only(x.sql)]))
        case "sum":
            return result(agg("SUM", [only(x.sql)]), x.scale)
        case "total":
            return result(.call("COALESCE", [agg("SUM", [only(x.sql)]), .int(0)]), x.scale)
        case "avg":
            return result(agg("AVG", [only(asFloat(x))]))
        case "min", "max":
            let m = agg(f.name.uppercased(), [only(collated(x))])
            return Lowered(sql: m, type: a.type, scale: x.scale)
        case "count_distinct":
            return result(agg("COUNT", [only(x.sql)], distinct: true))
        case "null_count":
            let isNull = SQLExpr.caseWhen([(.postfix(x.sql, "IS NULL"), .int(1))], otherwise: .int(0))
            return result(.call("COALESCE", [agg("SUM", [only(isNull)]), .int(0)]))
        case "bool_and", "bool_or":
            let v = dialect == .sqlite ? x.sql : SQLExpr.caseWhen([(x.sql, .int(1))], otherwise: .int(0))
            let m = agg(f.name == "bool_and" ? "MIN" : "MAX", [only(.caseWhen([(.postfix(x.sql, "IS NULL"), .null)], otherwise: v))])
            return result(dialect == .sqlite ? m : .binary(m, "=", .int(1)))
        case "weighted_avg":
            let w = args[1]
            let both = SQLExpr.binary(.postfix(x.sql, "IS NOT NULL"), "AND", .postfix(w.sql, "IS NOT NULL"))
            let keep = cond.map { SQLExpr.binary($0, "AND", both) } ?? both
            let sxw = agg("SUM", [.caseWhen([(keep, .binary(asFloat(x), "*", asFloat(w)))], otherwise: nil)])
            let sw = agg("SUM", [.caseWhen([(keep, asFloat(w))], otherwise: nil)])
            return result(.binary(sxw, "/", .call("NULLIF", [sw, .raw("0")])))
        case "var_samp", "var_pop", "stddev_samp", "stddev_pop":
            return result(agg(f.name.uppercased(), [only(asFloat(x))]))
        case "corr", "covar_samp", "covar_pop", "regr_slope", "regr_intercept", "regr_r2", "regr_avgx", "regr_avgy", "regr_sxx", "regr_syy", "regr_sxy":
            return result(agg(f.name.uppercased(), [only(asFloat(x)), only(asFloat(args[1]))]))
        case "regr_count":
            let both = SQLExpr.binary(.postfix(x.sql, "IS NOT NULL"), "AND", .postfix(args[1].sql, "IS NOT NULL"))
            return result(agg("COUNT", [only(.caseWhen([(both, .int(1))], otherwise: nil))]))
        case "first", "last", "any_value", "string_agg":
            if over != nil { throw refuse("`\(f.name)` over a whole table in derive", "use first_value/last_value there", a.span) }
            return try orderedAggregate(f.name, x, args, cond, a)
        case "only":
            let distinctCount = SQLExpr.aggregate("COUNT", [only(x.sql)], distinct: true, filter: nil, order: [])
            let value = SQLExpr.aggregate("MIN", [only(x.sql)], distinct: false, filter: nil, order: [])
            let message = "planq: a pivot cell holds more than one value; use an aggregate such as sum(value)"
            let failure: SQLExpr
            switch dialect {
            case .duckdb: failure = .call("error", [.string(message)])
            case .spark: failure = .call("raise_error", [.string(message)])
            case .postgres:
                // Not a constant, so PostgreSQL does not fold it while planning.
                failure = .cast(.cast(.binary(.string(message + " "), "||", .cast(value, "TEXT")), "INTEGER"), dialect.castType(a.type, scale: x.scale))
            case .sqlite: throw refuse("`only`", "SQLite cannot raise an error", a.span)
            }
            if over != nil { throw refuse("`only` in derive", "not lowered", a.span) }
            return Lowered(sql: .caseWhen([(.binary(distinctCount, ">", .int(1)), failure)], otherwise: value), type: a.type, scale: x.scale)
        default:
            throw refuse("`\(f.name)`", "no SQL form is written for it", a.span)
        }
    }

    /// Aggregates that depend on row order, ordered by the relation's order column.
    func orderedAggregate(_ name: String, _ x: Lowered, _ args: [Lowered], _ cond: SQLExpr?, _ a: BoundExpr) throws -> Lowered {
        let order = [asc(.column(Hidden.order))]
        let desc = [SQLOrder(expr: .column(Hidden.order), descending: true)]
        var filter = cond
        if name == "any_value" || name == "string_agg" {
            let present = SQLExpr.postfix(x.sql, "IS NOT NULL")
            filter = filter.map { SQLExpr.binary($0, "AND", present) } ?? present
        }
        switch (dialect, name) {
        case (_, "string_agg"):
            let sep = args.count > 1 ? args[1].sql : .string(", ")
            let text = try asText(x, a.span)
            return Lowered(sql: .aggregate("STRING_AGG", [text, sep], distinct: false, filter: filter, order: order), type: .text, scale: 0)
        case (.postgres, _):
            let arr = SQLExpr.aggregate("ARRAY_AGG", [x.sql], distinct: false, filter: filter, order: name == "last" ? desc : order)
            return Lowered(sql: .template("({0})[1]", [arr]), type: a.type, scale: x.scale)
        case (.duckdb, _):
            let arr = SQLExpr.aggregate("LIST", [x.sql], distinct: false, filter: filter, order: name == "last" ? desc : order)
            return Lowered(sql: .template("{0}[1]", [arr]), type: a.type, scale: x.scale)
        case (.spark, _):
            // min_by/max_by pick the row; a filter makes other rows' order null (ignored).
            let key = filter.map { SQLExpr.caseWhen([($0, .column(Hidden.order))], otherwise: nil) } ?? .column(Hidden.order)
            return Lowered(sql: .call(name == "last" ? "MAX_BY" : "MIN_BY", [x.sql, key]), type: a.type, scale: x.scale)
        default:
            throw refuse("`\(name)`", FunctionMap.noOrderedAggregates, a.span)
        }
    }

    // MARK: windows

    /// One column of a `window` node: an aggregate over the whole input (or group), or a window
    /// function over the rows in their current order.
    func windowItem(_ item: BoundExpr, _ cols: [Lowered], partition: [SQLExpr]) throws -> Lowered {
        switch item.kind {
        case .aggregate:
            let dummy = QueryPlan(.groupInput, schema: [], span: item.span)
            return try aggregateCall(item, cols, dummy, over: partition)
        case .window(let f, let argExprs):
            _ = try entry(f.name, item.span)
            let args = try argExprs.map { try expr($0, cols) }
            let x = args.first ?? Lowered(sql: .null, type: .null, scale: 0)
            let inOrder = [asc(.column(Hidden.order))]
            let running = "ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW"
            let whole = "ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING"
            func w(_ call: SQLExpr, order: [SQLOrder]? = nil, frame: String? = nil) -> SQLExpr {
                .window(call, partition: partition, order: order ?? inOrder, frame: frame)
            }
            func agg(_ name: String, _ e: SQLExpr) -> SQLExpr { .aggregate(name, [e], distinct: false, filter: nil, order: []) }
            func result(_ sql: SQLExpr, _ scale: Int = 0) -> Lowered { Lowered(sql: sql, type: item.type, scale: scale) }
            func previous(_ v: Lowered) -> Lowered { Lowered(sql: w(.call("LAG", [v.sql])), type: v.type, scale: v.scale) }
            switch f.name {
            case "row_number": return result(w(.call("ROW_NUMBER", [])))
            case "running_sum": return result(w(agg("SUM", x.sql), frame: running), x.scale)
            case "running_count":
                return result(w(args.isEmpty ? .aggregate("COUNT", [], distinct: false, filter: nil, order: []) : agg("COUNT", x.sql), frame: running))
            case "running_min", "running_max":
                return result(w(agg(f.name == "running_min" ? "MIN" : "MAX", collated(x)), frame: running), x.scale)
            case "running_avg":
                let sum = w(agg("SUM", x.sql), frame: running)
                let n = w(agg("COUNT", x.sql), frame: running)
                return result(.binary(asFloat(Lowered(sql: sum, type: x.type, scale: x.scale)), "/", .call("NULLIF", [.cast(n, dialect.castType(.float, scale: 0)), .raw("0")])))
            case "lag", "lead":
                var callArgs = [x.sql]
                if args.count > 1 { callArgs.append(args[1].sql) }
                if args.count > 2 {
                    if args.count == 2 { callArgs.append(.int(1)) }
                    callArgs.append(cast(args[2], to: x.type, scale: x.scale).sql)
                }
                return result(w(.call(f.name.uppercased(), callArgs)), x.scale)
            case "rank", "dense_rank":
                // Highest first, nulls last; ties share a rank whatever the current order.
                return result(w(.call(f.name == "rank" ? "RANK" : "DENSE_RANK", []), order: [SQLOrder(expr: collated(x), descending: true)]))
            case "first_value", "last_value":
                return result(w(.call(f.name.uppercased(), [x.sql]), frame: whole), x.scale)
            case "delta":
                return try arithmetic(.subtract, x, previous(x), BoundExpr(.literal(.null), type: item.type, span: item.span))
            case "pct_change", "ratio":
                let before = asFloat(previous(x))
                let now = asFloat(x)
                if f.name == "ratio" { return result(.binary(now, "/", .call("NULLIF", [before, .raw("0")]))) }
                return result(.binary(.binary(now, "-", before), "/", .call("NULLIF", [.call("ABS", [before]), .raw("0")])))
            case "pct_of_total":
                let total = w(agg("SUM", x.sql), order: [], frame: nil)
                return result(.binary(asFloat(x), "/", .call("NULLIF", [asFloat(Lowered(sql: total, type: x.type, scale: x.scale)), .raw("0")])))
            case "fill_down":
                switch dialect {
                case .duckdb: return result(w(.raw("LAST_VALUE(\(SQLPrinter(dialect: dialect).expr(x.sql)) IGNORE NULLS)"), frame: running), x.scale)
                case .spark: return result(w(.call("LAST", [x.sql, .raw("TRUE")]), frame: running), x.scale)
                default: throw refuse("`fill_down`", "no IGNORE NULLS", item.span)
                }
            default:
                throw refuse("`\(f.name)`", "no SQL form is written for it", item.span)
            }
        default:
            throw refuse("this value", "internal error: expected a window function", item.span)
        }
    }
}

