import PlanQuery

/// The value types the generated queries use, each with its SQL spelling. A financial year
/// is its start year in SQL (an integer), as the SQL lowering stores it too.
public enum PairType: String, CaseIterable, Sendable {
    case int, decimal, float, text, bool, date, fy

    var sql: String {
        switch self {
        case .int, .fy: return "BIGINT"
        case .decimal: return "DECIMAL(18,2)"
        case .float: return "DOUBLE"
        case .text: return "VARCHAR"
        case .bool: return "BOOLEAN"
        case .date: return "DATE"
        }
    }

    var planq: DataType {
        switch self {
        case .int: return .int
        case .decimal: return .decimal
        case .float: return .float
        case .text: return .text
        case .bool: return .bool
        case .date: return .date
        case .fy: return .fiscalYear
        }
    }
}

public struct PairColumn: Sendable, Hashable {
    public var name: String
    public var type: PairType
    /// A decimal column's places (at most): 2 in the tables, more for a product.
    public var scale: Int

    public init(name: String, type: PairType, scale: Int? = nil) {
        self.name = name
        self.type = type
        self.scale = scale ?? (type == .decimal ? 2 : 0)
    }
}

/// One generated table: planq's `Table` and the SQL that makes the same table.
public struct GeneratedTable: Sendable {
    public var name: String
    public var columns: [PairColumn]
    public var table: Table
    /// `CREATE TABLE` and `INSERT` statements (DuckDB's dialect, which SQLite mostly reads too).
    public var sql: [String]
}

/// A set of tables the queries of one batch read. `t1` and `t3` share a schema (for
/// `append`); `t2` shares the keys `k` and `g` with them (for joins) and has `id` too, which
/// a join names `t2.id`. Values are few and repeat (ties, duplicate keys), every column has
/// nulls, text includes the empty string and a non-ASCII letter, and a table may be empty.
public struct TableWorld: Sendable {
    public var tables: [GeneratedTable]

    public static let mainColumns = [
        PairColumn(name: "id", type: .int), PairColumn(name: "k", type: .int), PairColumn(name: "g", type: .text),
        PairColumn(name: "n", type: .int), PairColumn(name: "d", type: .decimal), PairColumn(name: "dt", type: .date),
        PairColumn(name: "y", type: .fy), PairColumn(name: "b", type: .bool),
    ]
    public static let joinColumns = [
        PairColumn(name: "id", type: .int), PairColumn(name: "k", type: .int), PairColumn(name: "g", type: .text),
        PairColumn(name: "v", type: .decimal), PairColumn(name: "m", type: .int),
    ]

    public init(random: inout SeededRandom) {
        func rows(_ r: inout SeededRandom) -> Int { r.chance(12) ? 0 : 1 + r.below(12) }
        tables = [
            TableWorld.make("t1", TableWorld.mainColumns, rows: rows(&random), &random),
            TableWorld.make("t2", TableWorld.joinColumns, rows: rows(&random), &random),
            TableWorld.make("t3", TableWorld.mainColumns, rows: rows(&random), &random),
        ]
    }

    public func table(_ name: String) -> GeneratedTable? { tables.first { $0.name == name } }

    static let texts = ["a", "b", "B", "é", "", "zz", "a b"]

    static func value(_ column: PairColumn, row: Int, _ r: inout SeededRandom) -> Value {
        if column.name == "id" { return .int(row + 1) }
        if r.chance(15) { return .null }
        switch column.type {
        case .int: return .int(column.name == "k" ? r.below(4) : r.below(11) - 5)
        case .decimal: return .decimal(ExactDecimal(units: Int64(r.pick([-250, -1, 0, 1, 5, 99, 125, 250, 999, 1050, 33333])), scale: 2))
        case .float: return .float(Double(r.below(100)) / 8)
        case .text: return .text(r.pick(texts))
        case .bool: return .bool(r.chance(50))
        case .date:
            let fixed = [(2008, 3, 31), (2008, 4, 1), (2009, 1, 31), (2008, 2, 29), (2009, 12, 31), (2010, 6, 15)]
            let (y, m, d) = r.chance(50) ? r.pick(fixed) : (2007 + r.below(4), 1 + r.below(12), 1 + r.below(28))
            return CalendarDate(year: y, month: m, day: d).map(Value.date) ?? .null
        case .fy: return .fiscalYear(FiscalYear(startYear: 2006 + r.below(5)))
        }
    }

    static func make(_ name: String, _ columns: [PairColumn], rows count: Int, _ r: inout SeededRandom) -> GeneratedTable {
        let rows = (0..<count).map { i in columns.map { value($0, row: i, &r) } }
        // Typed builders: a column whose values are all null keeps its type, as a typed file's would.
        var built: [Column] = []
        for (c, column) in columns.enumerated() {
            var builder = ColumnBuilder(type: column.type.planq, capacity: count)
            for row in rows { builder.append(row[c]) }
            built.append(builder.finish())
        }
        let table = Table(schema: columns.map { ColumnInfo(name: $0.name, type: $0.type.planq) }, columns: built, rowCount: count)
        var sql = ["CREATE OR REPLACE TABLE \(name) (" + columns.map { "\($0.name) \($0.type.sql)" }.joined(separator: ", ") + ")"]
        if !rows.isEmpty {
            sql.append("INSERT INTO \(name) VALUES " + rows.map { "(" + $0.map(SQLText.literal).joined(separator: ", ") + ")" }.joined(separator: ", "))
        }
        return GeneratedTable(name: name, columns: columns, table: table, sql: sql)
    }
}

enum SQLText {
    static func string(_ s: String) -> String { "'" + s.replacingAll("'", with: "''") + "'" }

    static func literal(_ v: Value) -> String {
        switch v {
        case .null: return "NULL"
        case .int(let i): return String(i)
        case .decimal(let d): return "CAST(\(d) AS DECIMAL(18,2))"
        case .float(let f): return "CAST(\(f) AS DOUBLE)"
        case .text(let s): return string(s)
        case .bool(let b): return b ? "TRUE" : "FALSE"
        case .date(let d): return "DATE '\(d)'"
        case .fiscalYear(let y): return String(y.startYear)
        case .month, .list: return "NULL"
        }
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
