import PlanQuery

/// The SQL engines planq lowers to. Each case knows its quoting, its type names and the
/// forms planq's own types take there (docs/scale.md has the table).
package enum SQLDialect: String, Sendable, CaseIterable {
    case sqlite, duckdb, postgres, spark

    package var displayName: String {
        switch self {
        case .sqlite: return "SQLite"
        case .duckdb: return "DuckDB"
        case .postgres: return "PostgreSQL"
        case .spark: return "Spark SQL"
        }
    }

    /// `"name"`, or `` `name` `` on Spark; the quote character inside is doubled.
    package func quoteIdentifier(_ name: String) -> String {
        let q: Character = self == .spark ? "`" : "\""
        var out = String(q)
        for ch in name {
            if ch == q { out.append(q) }
            out.append(ch)
        }
        out.append(q)
        return out
    }

    /// A string literal. Spark reads backslash escapes inside literals (and joins adjacent
    /// literals, so `''` would not mean a quote there); the others double the quote.
    package func quoteString(_ s: String) -> String {
        var out = "'"
        if self == .spark {
            for ch in s.unicodeScalars {
                switch ch {
                case "'": out += "\\'"
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                default: out.unicodeScalars.append(ch)
                }
            }
        } else {
            for ch in s {
                if ch == "'" { out += "''" } else { out.append(ch) }
            }
        }
        return out + "'"
    }

    /// Whether exact decimals are native (DECIMAL/NUMERIC). SQLite has no decimal type: there
    /// the lowering carries them as scaled integers (units of 10^-scale), which are exact.
    var nativeDecimal: Bool { self != .sqlite }

    /// The column type a planq type is stored as.
    package func typeName(_ t: DataType, scale: Int = 0) -> String {
        switch (self, t) {
        case (.sqlite, .bool), (.sqlite, .int), (.sqlite, .month), (.sqlite, .fiscalYear): return "INTEGER"
        case (.sqlite, .decimal): return "DECIMAL(18,\(scale))"
        case (.sqlite, .float): return "REAL"
        case (.sqlite, .date), (.sqlite, .text), (.sqlite, .null), (.sqlite, .list): return "TEXT"
        case (_, .bool): return "BOOLEAN"
        case (_, .int): return "BIGINT"
        case (.postgres, .decimal): return "NUMERIC(18,\(scale))"
        case (_, .decimal): return "DECIMAL(18,\(scale))"
        case (.postgres, .float): return "DOUBLE PRECISION"
        case (_, .float): return "DOUBLE"
        case (.spark, .month), (.spark, .fiscalYear): return "INT"
        case (_, .month), (_, .fiscalYear): return "INTEGER"
        case (_, .date): return "DATE"
        case (.spark, .text), (.spark, .null), (.spark, .list): return "STRING"
        case (.duckdb, .text), (.duckdb, .null), (.duckdb, .list): return "VARCHAR"
        case (_, .text), (_, .null), (_, .list): return "TEXT"
        }
    }

    /// The type used to cast an expression (SQLite casts decimals as the scaled integers they are).
    func castType(_ t: DataType, scale: Int) -> String {
        if self == .sqlite, t == .decimal { return "INTEGER" }
        if self == .postgres, t == .decimal { return "NUMERIC" }
        if t == .decimal { return "DECIMAL(38,\(scale))" }
        return typeName(t, scale: scale)
    }
}

extension SQLDialect {
    /// A value as a literal for `INSERT` (`planq push`): decimals as their exact text (SQLite
    /// stores them in a DECIMAL column as numbers), financial years as their starting year,
    /// months as year × 12 + month − 1, dates as DATE (ISO text on SQLite). Nil for values
    /// the engine cannot hold (lists; NaN on SQLite).
    package func insertLiteral(_ v: Value) -> String? {
        switch v {
        case .null: return "NULL"
        case .bool(let b): return self == .sqlite ? (b ? "1" : "0") : (b ? "TRUE" : "FALSE")
        case .int(let i): return String(i)
        case .decimal(let d): return d.description
        case .float(let f):
            if f.isNaN { return self == .sqlite ? nil : "CAST('NaN' AS \(typeName(.float)))" }
            if f.isInfinite { return self == .sqlite ? nil : "CAST('\(f < 0 ? "-" : "")Infinity' AS \(typeName(.float)))" }
            return "\(f)"
        case .text(let s): return s.unicodeScalars.contains("\u{0}") ? nil : quoteString(s)
        case .date(let d): return self == .sqlite ? quoteString(d.description) : "DATE '\(d.description)'"
        case .month(let m): return String(m.index)
        case .fiscalYear(let y): return String(y.startYear)
        case .list: return nil
        }
    }
}
