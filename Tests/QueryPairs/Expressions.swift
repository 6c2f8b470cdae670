/// One expression written twice: in planq and in SQL (DuckDB's dialect), meaning the same.
/// Where planq's meaning differs from SQL's on purpose, the SQL spells planq's meaning out;
/// docs/reliability.md lists each of these encoded differences.
struct PairExpr {
    var planq: String
    var sql: String
    var type: PairType
    /// For a decimal, at least as many places as its values can have: a product's SQL is
    /// cast to DECIMAL(18, scale), which is then exact.
    var scale: Int

    init(_ planq: String, _ sql: String, _ type: PairType, scale: Int = 0) {
        self.planq = planq; self.sql = sql; self.type = type; self.scale = scale
    }
}

/// Generates well-typed expressions over the columns in scope.
struct ExpressionGenerator {
    var random: SeededRandom
    /// Columns an expression may read, by type.
    var scope: [PairColumn]
    var maxDepth = 3

    static func column(_ c: PairColumn) -> PairExpr { PairExpr(c.name, "\"\(c.name)\"", c.type, scale: c.scale) }

    mutating func literal(_ type: PairType) -> PairExpr {
        switch type {
        case .int:
            let i = random.pick([0, 1, 2, 3, -1, 5])
            return i < 0 ? PairExpr("(\(i))", "(\(i))", .int) : PairExpr(String(i), String(i), .int)
        case .decimal:
            let d = random.pick(["1.5", "0.25", "2.50", "10.00", "0.01", "-2.50"])
            return PairExpr(d.hasPrefix("-") ? "(\(d))" : d, "CAST(\(d) AS DECIMAL(18,2))", .decimal, scale: 2)
        case .float:
            return PairExpr("1e0", "CAST(1 AS DOUBLE)", .float)
        case .text:
            let s = random.pick(TableWorld.texts + ["x"])
            return PairExpr("\"\(s)\"", SQLText.string(s), .text)
        case .bool:
            let b = random.chance(50)
            return PairExpr(b ? "true" : "false", b ? "TRUE" : "FALSE", .bool)
        case .date:
            let d = random.pick(["2008-04-01", "2009-03-31", "2009-01-31", "2010-01-01", "2008-02-29"])
            return PairExpr("@" + d, "DATE '\(d)'", .date)
        case .fy:
            let y = random.pick([2007, 2008, 2009])
            return PairExpr("FY\(y)/\(String(y + 1).suffix(2))", String(y), .fy)
        }
    }

    /// A column of this type, or a literal when none is in scope (or by chance).
    mutating func leaf(_ type: PairType) -> PairExpr {
        let columns = scope.filter { $0.type == type }
        if !columns.isEmpty && random.chance(75) { return ExpressionGenerator.column(random.pick(columns)) }
        return literal(type)
    }

    mutating func expr(_ type: PairType, depth: Int = 0) -> PairExpr {
        if depth >= maxDepth || random.chance(35) { return leaf(type) }
        let d = depth + 1
        // Conditionals and `??` for every type.
        switch random.below(12) {
        case 0:
            let c = expr(.bool, depth: d), a = expr(type, depth: d), b = expr(type, depth: d)
            return PairExpr("(if \(c.planq) then \(a.planq) else \(b.planq))", "(CASE WHEN \(c.sql) THEN \(a.sql) ELSE \(b.sql) END)", type,
                            scale: max(a.scale, b.scale))
        case 1:
            let a = expr(type, depth: d), b = expr(type, depth: d)
            return PairExpr("(\(a.planq) ?? \(b.planq))", "COALESCE(\(a.sql), \(b.sql))", type, scale: max(a.scale, b.scale))
        default: break
        }
        switch type {
        case .int: return intExpr(d)
        case .decimal: return decimalExpr(d)
        case .float: return floatExpr(d)
        case .text: return textExpr(d)
        case .bool: return boolExpr(d)
        case .date: return dateExpr(d)
        case .fy: return fyExpr(d)
        }
    }

    mutating func intExpr(_ d: Int) -> PairExpr {
        switch random.below(11) {
        case 0, 1:
            let op = random.pick(["+", "-", "*"])
            let a = expr(.int, depth: d), b = expr(.int, depth: d)
            return PairExpr("(\(a.planq) \(op) \(b.planq))", "(\(a.sql) \(op) \(b.sql))", .int)
        case 2:
            // `%` is the remainder with the dividend's sign in both; `x % 0` is null in planq (and in
            // DuckDB before 2.0, which now refuses it), so the SQL says NULLIF.
            let a = expr(.int, depth: d), b = expr(.int, depth: d)
            return PairExpr("(\(a.planq) % \(b.planq))", "(\(a.sql) % NULLIF(\(b.sql), 0))", .int)
        case 3:
            let a = expr(.int, depth: d)
            return PairExpr("abs(\(a.planq))", "abs(\(a.sql))", .int)
        case 4:
            // Texts here are ASCII or composed (NFC), where characters and code points agree.
            let a = expr(.text, depth: d)
            return PairExpr("length(\(a.planq))", "length(\(a.sql))", .int)
        case 5:
            let f = random.pick(["year", "month", "day"])
            let a = expr(.date, depth: d)
            return PairExpr("\(f)(\(a.planq))", "\(f)(\(a.sql))", .int)
        case 6:
            let a = expr(.fy, depth: d), b = expr(.fy, depth: d)
            return PairExpr("(\(a.planq) - \(b.planq))", "(\(a.sql) - \(b.sql))", .int)
        case 7:
            let a = expr(.date, depth: d), b = expr(.date, depth: d)
            return PairExpr("(\(a.planq) - \(b.planq))", "(\(a.sql) - \(b.sql))", .int)
        case 8:
            // planq counts whole days, months or years from a to b (as DuckDB's date_sub);
            // DuckDB's date_diff counts the boundaries crossed instead.
            let unit = random.pick(["day", "month", "year"])
            let a = expr(.date, depth: d), b = expr(.date, depth: d)
            return PairExpr("date_diff(\"\(unit)\", \(a.planq), \(b.planq))", "date_sub('\(unit)', \(a.sql), \(b.sql))", .int)
        case 9:
            let a = expr(.int, depth: d)
            return PairExpr("(-\(a.planq))", "(-\(a.sql))", .int)
        default:
            let a = expr(.int, depth: d), b = expr(.int, depth: d)
            return PairExpr("mod(\(a.planq), \(b.planq))", "(\(a.sql) % NULLIF(\(b.sql), 0))", .int)
        }
    }

    mutating func decimalExpr(_ d: Int) -> PairExpr {
        switch random.below(8) {
        case 0, 1:
            let op = random.pick(["+", "-"])
            let a = expr(.decimal, depth: d), b = expr(random.chance(70) ? .decimal : .int, depth: d)
            return PairExpr("(\(a.planq) \(op) \(b.planq))", "(\(a.sql) \(op) \(b.sql))", .decimal, scale: max(a.scale, b.scale))
        case 2, 3:
            let a = expr(.decimal, depth: d), b = random.chance(50) ? expr(.int, depth: d) : leaf(.decimal)
            return product(a, b)
        case 4:
            let places = random.below(2)
            let a = expr(.decimal, depth: d)
            return PairExpr("round(\(a.planq), \(places))", "round(\(a.sql), \(places))", .decimal, scale: a.scale)
        case 5:
            let a = expr(.decimal, depth: d)
            return PairExpr("abs(\(a.planq))", "abs(\(a.sql))", .decimal, scale: a.scale)
        case 6:
            let a = expr(.decimal, depth: d)
            return PairExpr("(-\(a.planq))", "(-\(a.sql))", .decimal, scale: a.scale)
        default:
            let a = expr(.decimal, depth: d), b = expr(.decimal, depth: d)
            return PairExpr("(\(a.planq) % \(b.planq))", "(\(a.sql) % NULLIF(\(b.sql), 0))", .decimal, scale: max(a.scale, b.scale))
        }
    }

    /// DuckDB widens a product to DECIMAL(38, s), and a CASE over that and a DECIMAL(18,2)
    /// can drop the places (-0.01 becomes 0): the product is cast back to DECIMAL(18, s),
    /// exact for the few digits these values have. Past 8 places it is a sum instead.
    func product(_ a: PairExpr, _ b: PairExpr) -> PairExpr {
        let scale = a.scale + b.scale
        guard scale <= 8 else {
            return PairExpr("(\(a.planq) + \(b.planq))", "(\(a.sql) + \(b.sql))", .decimal, scale: max(a.scale, b.scale))
        }
        return PairExpr("(\(a.planq) * \(b.planq))", "CAST((\(a.sql) * \(b.sql)) AS DECIMAL(18,\(scale)))", .decimal, scale: scale)
    }

    mutating func floatExpr(_ d: Int) -> PairExpr {
        // `/` always gives a float in planq, and null when dividing by zero (DuckDB: infinity).
        let a = expr(random.pick([.int, .decimal]), depth: d), b = expr(random.pick([.int, .decimal]), depth: d)
        return PairExpr("(\(a.planq) / \(b.planq))", "(CAST(\(a.sql) AS DOUBLE) / NULLIF(CAST(\(b.sql) AS DOUBLE), 0))", .float)
    }

    mutating func textExpr(_ d: Int) -> PairExpr {
        switch random.below(6) {
        case 0:
            let f = random.pick(["upper", "lower", "trim"])
            let a = expr(.text, depth: d)
            return PairExpr("\(f)(\(a.planq))", "\(f)(\(a.sql))", .text)
        case 1, 2:
            let a = expr(.text, depth: d), b = expr(.text, depth: d)
            return PairExpr("(\(a.planq) + \(b.planq))", "(\(a.sql) || \(b.sql))", .text)
        case 3:
            let start = random.pick([1, 2, 3]), length = random.pick([0, 1, 2, 5])
            let a = expr(.text, depth: d)
            return PairExpr("substring(\(a.planq), \(start), \(length))", "substring(\(a.sql), \(start), \(length))", .text)
        case 4:
            let a = expr(.text, depth: d)
            return PairExpr("replace(\(a.planq), \"a\", \"x\")", "replace(\(a.sql), 'a', 'x')", .text)
        default:
            let a = expr(.text, depth: d)
            return PairExpr("left(\(a.planq), 1)", "left(\(a.sql), 1)", .text)
        }
    }

    mutating func comparable() -> PairType { random.pick([.int, .decimal, .text, .date, .fy, .int, .text]) }

    mutating func boolExpr(_ d: Int) -> PairExpr {
        switch random.below(11) {
        case 0, 1, 2:
            let t = comparable()
            let a = expr(t, depth: d), b = expr(t, depth: d)
            switch random.pick(["==", "!=", "<", "<=", ">", ">="]) {
            // planq's == and != treat null as a value (SQL's IS [NOT] DISTINCT FROM).
            case "==": return PairExpr("(\(a.planq) == \(b.planq))", "(\(a.sql) IS NOT DISTINCT FROM \(b.sql))", .bool)
            case "!=": return PairExpr("(\(a.planq) != \(b.planq))", "(\(a.sql) IS DISTINCT FROM \(b.sql))", .bool)
            case let op: return PairExpr("(\(a.planq) \(op) \(b.planq))", "(\(a.sql) \(op) \(b.sql))", .bool)
            }
        case 3:
            let op = random.pick(["and", "or"])
            let a = expr(.bool, depth: d), b = expr(.bool, depth: d)
            return PairExpr("(\(a.planq) \(op) \(b.planq))", "(\(a.sql) \(op.uppercased()) \(b.sql))", .bool)
        case 4:
            let a = expr(.bool, depth: d)
            return PairExpr("(not \(a.planq))", "(NOT \(a.sql))", .bool)
        case 5:
            // `in` compares as == does: null-safe, so `null in [1, null]` is true.
            let t = random.pick([PairType.int, .text, .fy])
            let a = expr(t, depth: d)
            var items = (0..<(1 + random.below(3))).map { _ in literal(t) }
            if random.chance(40) { items.append(PairExpr("null", "NULL", t)) }
            let negated = random.chance(30)
            let test = "(" + items.map { "\(a.sql) IS NOT DISTINCT FROM \($0.sql)" }.joined(separator: " OR ") + ")"
            return PairExpr("(\(a.planq) \(negated ? "not in" : "in") [\(items.map(\.planq).joined(separator: ", "))])",
                            negated ? "(NOT \(test))" : test, .bool)
        case 6:
            let t = random.pick([PairType.int, .decimal, .date])
            let a = expr(t, depth: d), lo = literal(t), hi = literal(t)
            return PairExpr("(\(a.planq) between \(lo.planq) and \(hi.planq))", "(\(a.sql) BETWEEN \(lo.sql) AND \(hi.sql))", .bool)
        case 7:
            let a = expr(random.pick(PairType.allCases.filter { $0 != .float }), depth: d)
            return PairExpr("is_null(\(a.planq))", "(\(a.sql) IS NULL)", .bool)
        case 8:
            let f = random.pick(["contains", "starts_with"])
            let a = expr(.text, depth: d), b = literal(.text)
            return PairExpr("\(f)(\(a.planq), \(b.planq))", "\(f)(\(a.sql), \(b.sql))", .bool)
        case 9:
            let pattern = random.pick(["^a", "b$", "[ab]", "z+", "^$", "^.$", "a b", "(?i)^b"])
            let a = expr(.text, depth: d)
            return PairExpr("(\(a.planq) ~= \"\(pattern)\")", "regexp_matches(\(a.sql), \(SQLText.string(pattern)))", .bool)
        default:
            return leaf(.bool)
        }
    }

    mutating func dateExpr(_ d: Int) -> PairExpr {
        switch random.below(6) {
        case 0:
            let op = random.pick(["+", "-"])
            let a = expr(.date, depth: d), n = expr(.int, depth: d)
            return PairExpr("(\(a.planq) \(op) \(n.planq))", "(\(a.sql) \(op) CAST(\(n.sql) AS INTEGER))", .date)
        case 1:
            let unit = random.pick(["day", "month", "year", "quarter"])
            let a = expr(.date, depth: d), n = expr(.int, depth: d)
            let interval: String
            switch unit {
            case "day": interval = "to_days(CAST(\(n.sql) AS INTEGER))"
            case "month": interval = "to_months(CAST(\(n.sql) AS INTEGER))"
            case "quarter": interval = "to_months(CAST(3 * \(n.sql) AS INTEGER))"
            default: interval = "to_years(CAST(\(n.sql) AS INTEGER))"
            }
            return PairExpr("date_add(\(a.planq), \(n.planq), \"\(unit)\")", "CAST(\(a.sql) + \(interval) AS DATE)", .date)
        case 2:
            let unit = random.pick(["month", "year", "quarter"])
            let a = expr(.date, depth: d)
            return PairExpr("date_trunc(\"\(unit)\", \(a.planq))", "CAST(date_trunc('\(unit)', \(a.sql)) AS DATE)", .date)
        case 3:
            let a = expr(.fy, depth: d)
            return PairExpr("fy_start(\(a.planq))", "make_date(CAST(\(a.sql) AS INTEGER), 4, 1)", .date)
        case 4:
            let a = expr(.fy, depth: d)
            return PairExpr("fy_end(\(a.planq))", "make_date(CAST(\(a.sql) + 1 AS INTEGER), 3, 31)", .date)
        default:
            // The start of the date's financial year.
            let a = expr(.date, depth: d)
            return PairExpr("date_trunc(\"fy\", \(a.planq))", "make_date(CAST(\(ExpressionGenerator.fy(a.sql)) AS INTEGER), 4, 1)", .date)
        }
    }

    /// A date's financial year (its start year) in SQL: years start on 1 April.
    static func fy(_ date: String) -> String {
        "(year(\(date)) - CASE WHEN month(\(date)) < 4 THEN 1 ELSE 0 END)"
    }

    mutating func fyExpr(_ d: Int) -> PairExpr {
        switch random.below(3) {
        case 0:
            let a = expr(.date, depth: d)
            return PairExpr("fy(\(a.planq))", ExpressionGenerator.fy(a.sql), .fy)
        default:
            let op = random.pick(["+", "-"])
            let a = expr(.fy, depth: d), n = literal(.int)
            return PairExpr("(\(a.planq) \(op) \(n.planq))", "(\(a.sql) \(op) \(n.sql))", .fy)
        }
    }

    // MARK: aggregates

    /// An aggregate over the columns in scope, for `summarize` or over a window: its SQL has
    /// `{over}` where a window's ` OVER (...)` goes (or nothing). `filter`: whether it may
    /// take a `where`.
    mutating func aggregate(filter: Bool = true) -> PairExpr {
        let numeric = scope.filter { $0.type == .int || $0.type == .decimal }
        let ordered = scope.filter { [.int, .decimal, .text, .date, .fy].contains($0.type) }
        let bools = scope.filter { $0.type == .bool }
        var options: [(name: String, column: PairColumn?, type: PairType)] = [("count", nil, .int)]
        for c in scope where c.type != .float {
            options.append(("count", c, .int))
            options.append(("count_distinct", c, .int))
        }
        for c in numeric {
            // planq's median of decimals is exact (1.875); DuckDB's is rounded to the
            // column's places, so SQL takes it over doubles and it is compared as a float.
            options += [("sum", c, c.type), ("avg", c, .float), ("median", c, .float), ("var_samp", c, .float), ("stddev_pop", c, .float)]
        }
        for c in ordered { options += [("min", c, c.type), ("max", c, c.type)] }
        for c in bools { options += [("bool_and", c, .bool), ("bool_or", c, .bool)] }
        let (name, column, type) = random.pick(options)
        var planq = "\(name)(\(column?.name ?? ""))"
        var argument = column.map { "\"\($0.name)\"" } ?? "*"
        var function = name
        if name == "count_distinct" { function = "count"; argument = "DISTINCT " + argument }
        if name == "median" { argument = "CAST(\(argument) AS DOUBLE)" }
        var sqlFilter = ""
        if filter && random.chance(20) {
            let condition = expr(.bool, depth: 1)
            planq += " where \(condition.planq)"
            sqlFilter = " FILTER (WHERE \(condition.sql))"
        }
        var sql = "\(function)(\(argument))\(sqlFilter){over}"
        let scale = column?.scale ?? 0
        // A sum of DECIMAL(18, s) is a DECIMAL(38, s) in DuckDB: narrowed as products are.
        if name == "sum" && type == .decimal { sql = "CAST(\(sql) AS DECIMAL(18,\(scale)))" }
        return PairExpr(planq, sql, type, scale: type == .decimal ? scale : 0)
    }
}
