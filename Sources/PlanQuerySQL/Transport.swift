import PlanQuery

/// The result as text a runner reads back without loss: every output column is cast to text
/// in a form that names the value exactly (SQLite's doubles as mantissa and power of two),
/// columns are named c0, c1, ... and `ResultDecoding` turns each cell into the plan's type.
extension LoweredQuery {
    package var transportQuery: SQLQuery {
        var q = query
        let builder = Builder(dialect: dialect, lowering: SQLLowering(dialect: dialect, table: { _ in nil }))
        var items = zip(q.body.items, columns).enumerated().map { i, pair in
            (expr: builder.transportText(pair.0.expr, pair.1.type), alias: Optional("c\(i)"))
        }
        if hasRoles, let role = q.body.items.last {
            items.append((builder.transportText(role.expr, .int), "c\(columns.count)"))
        }
        q.body.items = items
        return q
    }

    /// How many columns the transported result has: the output columns, and the roles.
    package var transportColumnCount: Int { columns.count + (hasRoles ? 1 : 0) }

    package var transportText: String { SQLPrinter(dialect: dialect).print(transportQuery) }
}

extension Builder {
    func transportText(_ e: SQLExpr, _ type: DataType) -> SQLExpr {
        let text = dialect.castType(.text, scale: 0)
        switch (dialect, type) {
        case (_, .text), (.sqlite, .date): return e
        case (.sqlite, .float):
            let pair = SQLExpr.binary(.binary(.cast(.call("ieee754_mantissa", [e]), "TEXT"), "||", .string("p")), "||", .cast(.call("ieee754_exponent", [e]), "TEXT"))
            return .caseWhen([(.postfix(e, "IS NULL"), .null)], otherwise: pair)
        case (.sqlite, .bool): return .cast(e, "TEXT")
        case (_, .bool): return .caseWhen([(.postfix(e, "IS NULL"), .null), (e, .string("1"))], otherwise: .string("0"))
        default: return .cast(e, text)
        }
    }
}

/// Turns the text cells of a transported result into planq values of the plan's types.
package enum ResultDecoding {
    package struct Failure: Error, CustomStringConvertible {
        package var description: String
    }

    package static func value(_ text: String?, _ column: LoweredQuery.OutputColumn, dialect: SQLDialect) throws -> Value {
        guard let text else { return .null }
        func fail() -> Failure { Failure(description: "cannot read \(column.type.displayName) `\(column.name)` from the engine's text \"\(text)\"") }
        switch column.type {
        case .null: return .null
        case .text: return .text(text)
        case .bool:
            switch text { case "1", "true", "t": return .bool(true); case "0", "false", "f": return .bool(false); default: throw fail() }
        case .int:
            // PostgreSQL sums integers as NUMERIC; a whole number comes back as such.
            if let i = Int(text) { return .int(i) }
            if let d = ExactDecimal(parsing: text), d.normalized.scale == 0 { return .int(Int(d.normalized.units)) }
            throw fail()
        case .decimal:
            if !dialect.nativeDecimal {
                guard let units = Int64(text) else { throw fail() }
                return .decimal(ExactDecimal(units: units, scale: column.scale))
            }
            guard let d = ExactDecimal(parsing: text) else { throw fail() }
            // Shown with the places planq would show, when that loses nothing.
            if d.normalized.scale <= column.scale, let r = d.rescaled(to: column.scale) { return .decimal(r) }
            return .decimal(d)
        case .float:
            if let p = text.firstIndex(of: "p"), dialect == .sqlite {
                guard let m = Int64(text[..<p]), let e = Int(text[text.index(after: p)...]) else { throw fail() }
                return .float(Double(sign: m < 0 ? .minus : .plus, exponent: e, significand: Double(m.magnitude)))
            }
            switch text {
            case "NaN", "nan": return .float(.nan)
            case "Infinity", "inf": return .float(.infinity)
            case "-Infinity", "-inf": return .float(-.infinity)
            default:
                guard let f = Double(text) else { throw fail() }
                return .float(f)
            }
        case .date:
            guard let d = Conversions.date(from: text) else { throw fail() }
            return .date(d)
        case .month:
            guard let i = Int32(text) else { throw fail() }
            return .month(YearMonth(index: i))
        case .fiscalYear:
            guard let y = Int(text) else { throw fail() }
            return .fiscalYear(FiscalYear(startYear: y))
        case .list:
            throw fail()
        }
    }

    /// A table with the plan's schema from rows of text cells; the rows' report roles (after
    /// `total`) from the last cell when the query carries them.
    package static func table(_ rows: [[String?]], _ lowered: LoweredQuery, schema: [ColumnInfo]) throws -> Table {
        var builders = lowered.columns.map { ColumnBuilder(type: $0.type == .null ? .null : $0.type, capacity: rows.count) }
        var roles: [RowRole] = []
        for row in rows {
            guard row.count == lowered.transportColumnCount else {
                throw Failure(description: "the engine returned \(row.count) columns, expected \(lowered.transportColumnCount)")
            }
            for j in builders.indices {
                builders[j].append(try value(row[j], lowered.columns[j], dialect: lowered.dialect))
            }
            if lowered.hasRoles {
                guard let text = row[builders.count], let n = UInt8(text), let role = RowRole(rawValue: n) else {
                    throw Failure(description: "cannot read a row's role from the engine's text \"\(row[builders.count] ?? "null")\"")
                }
                roles.append(role)
            }
        }
        var columns: [Column] = []
        for j in builders.indices { columns.append(builders[j].finish(format: schema[j].format)) }
        var table = Table(schema: schema, columns: columns, rowCount: rows.count)
        if lowered.hasRoles { table.rowRoles = roles }
        return table
    }
}
