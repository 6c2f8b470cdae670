import Foundation
import PlanQuery
import PlanQuerySQL

/// Runs planq's queries on an SQL engine: the engine's tables are bound from their schemas
/// (the `planq_columns` table that `push` writes), each plan is lowered to the engine's
/// dialect, run there, and read back into a typed table that planq's own formatters render.
package final class SQLBackend {
    package let client: SQLEngineClient
    package private(set) var tables: [String: SQLTable] = [:]

    package init(client: SQLEngineClient) { self.client = client }

    package var dialect: SQLDialect { client.dialect }

    static let metadataTable = "planq_columns"

    /// Reads the engine's planq tables and makes `engine` run every plan here.
    package func attach(to engine: Engine) throws {
        if tables.isEmpty { tables = try readTables() }
        for (name, t) in tables.sorted(by: { $0.key < $1.key }) {
            engine.catalog.register(SQLBackend.emptyTable(t), as: name, origin: "\(dialect.displayName) table \(t.name)")
        }
        engine.planRunner = { [self] plan, context in try self.run(plan, letTables: context.letTablePlan) }
    }

    /// A table with the schema and no rows: binding needs only the schema.
    static func emptyTable(_ t: SQLTable) -> Table {
        let schema = t.columns.map { ColumnInfo(name: $0.name, type: $0.type, format: $0.format) }
        let columns = t.columns.map { c -> Column in
            if c.type == .decimal { return Column(storage: .decimal([], scale: c.scale), nulls: nil, count: 0, format: c.format) }
            var builder = ColumnBuilder(type: c.type)
            return builder.finish(format: c.format)
        }
        return Table(schema: schema, columns: columns, rowCount: 0)
    }

    package func lower(_ plan: QueryPlan, letTables: @escaping (String) -> QueryPlan?) throws -> LoweredQuery {
        let lowering = SQLLowering(dialect: dialect, table: { [tables] in tables[$0] }, binding: letTables)
        return try lowering.lower(plan)
    }

    package func run(_ plan: QueryPlan, letTables: @escaping (String) -> QueryPlan?) throws -> Table {
        let lowered = try lower(plan, letTables: letTables)
        let rows: [[String?]]
        do {
            rows = try client.rows(lowered.transportText, columnCount: lowered.transportColumnCount)
        } catch {
            throw PlanQueryError(.error(.runtime, "\(dialect.displayName): \(error)", at: plan.span))
        }
        do {
            return try ResultDecoding.table(rows, lowered, schema: plan.schema)
        } catch {
            throw PlanQueryError(.error(.runtime, "\(dialect.displayName): \(error)", at: plan.span))
        }
    }

    /// The `planq_columns` rows: table, column, position, type, scale, format (nil in a table
    /// pushed before formats were recorded).
    func readMetadata() throws -> [[String?]] {
        let text = dialect.typeName(.text)
        let select = "SELECT CAST(table_name AS \(text)) AS c0, CAST(column_name AS \(text)) AS c1, CAST(position AS \(text)) AS c2, "
            + "CAST(planq_type AS \(text)) AS c3, CAST(scale AS \(text)) AS c4"
        let from = " FROM \(dialect.quoteIdentifier(SQLBackend.metadataTable)) ORDER BY table_name, position"
        if let rows = try? client.rows(select + ", CAST(format AS \(text)) AS c5" + from, columnCount: 6) { return rows }
        return try client.rows(select + from, columnCount: 5).map { $0 + [nil] }
    }

    func readTables() throws -> [String: SQLTable] {
        let rows: [[String?]]
        do { rows = try readMetadata() } catch {
            throw PlanQueryError(.error(.usage, "no planq tables on \(dialect.displayName): \(error)", at: nil,
                                        hints: ["load the plan data with: planq push --engine \(dialect.rawValue)"]))
        }
        var out: [String: SQLTable] = [:]
        for row in rows {
            guard let table = row[0], let column = row[1], let typeName = row[3], let type = DataType(rawValue: typeName) else { continue }
            let scale = row[4].flatMap { Int($0) } ?? 0
            out[table, default: SQLTable(name: table, columns: [])].columns.append(
                .init(name: column, type: type, scale: scale, format: FormatText.format(row[5])))
        }
        return out
    }

    // MARK: push

    /// Creates (or replaces) each table on the engine with planq's column types and a
    /// `_planq_row` column keeping the rows' order, and records the types in `planq_columns`.
    /// Returns a line per table for the user.
    package func push(_ named: [(String, Table)]) throws -> [String] {
        tables = [:]
        var report: [String] = []
        var metadata: [[String?]] = (try? readMetadata()) ?? []
        let pushedNames = Set(named.map(\.0))
        metadata.removeAll { pushedNames.contains($0[0] ?? "") }
        for (name, table) in named {
            var script = "DROP TABLE IF EXISTS \(dialect.quoteIdentifier(name));\n"
            var columnDefs: [String] = []
            var scales: [Int] = []
            for (i, info) in table.schema.enumerated() {
                var scale = 0
                if case .decimal(_, let s) = table.columns[i].storage { scale = s }
                scales.append(scale)
                let type: DataType = info.type == .null || info.type == .list ? .text : info.type
                columnDefs.append(dialect.quoteIdentifier(info.name) + " " + dialect.typeName(type, scale: scale))
                metadata.append([name, info.name, String(i), type.rawValue, String(scale), FormatText.text(info.format)])
            }
            columnDefs.append(dialect.quoteIdentifier(SQLTable.defaultOrderColumn) + " " + dialect.typeName(.int))
            script += "CREATE TABLE \(dialect.quoteIdentifier(name)) (\(columnDefs.joined(separator: ", ")))" + (dialect == .spark ? " USING parquet" : "") + ";\n"
            var skipped = 0
            var rows: [String] = []
            for r in 0..<table.rowCount {
                var cells: [String] = []
                for (j, c) in table.columns.enumerated() {
                    let v = c[r]
                    if v.isNull, c.verbatim[r] != nil { skipped += 1 }
                    if let lit = dialect.insertLiteral(v) { cells.append(lit) } else { cells.append("NULL"); skipped += 1 }
                    _ = j
                }
                cells.append(String(r + 1))
                rows.append("(" + cells.joined(separator: ", ") + ")")
            }
            for start in stride(from: 0, to: rows.count, by: 500) {
                script += "INSERT INTO \(dialect.quoteIdentifier(name)) VALUES\n" + rows[start..<min(start + 500, rows.count)].joined(separator: ",\n") + ";\n"
            }
            try client.execute(script)
            report.append("\(name): \(table.rowCount) rows, \(table.schema.count) columns" + (skipped > 0 ? " (\(skipped) cells planq could not type were written as null)" : ""))
        }
        var meta = "DROP TABLE IF EXISTS \(dialect.quoteIdentifier(SQLBackend.metadataTable));\n"
        let text = dialect.typeName(.text), int = dialect.typeName(.int)
        meta += "CREATE TABLE \(dialect.quoteIdentifier(SQLBackend.metadataTable)) (table_name \(text), column_name \(text), position \(int), planq_type \(text), scale \(int), format \(text))"
            + (dialect == .spark ? " USING parquet" : "") + ";\n"
        if !metadata.isEmpty {
            let values = metadata.map { row in
                "(" + [dialect.quoteString(row[0] ?? ""), dialect.quoteString(row[1] ?? ""), row[2] ?? "0", dialect.quoteString(row[3] ?? "text"), row[4] ?? "0",
                       row[5].map(dialect.quoteString) ?? "NULL"].joined(separator: ", ") + ")"
            }
            meta += "INSERT INTO \(dialect.quoteIdentifier(SQLBackend.metadataTable)) VALUES\n" + values.joined(separator: ",\n") + ";\n"
        }
        try client.execute(meta)
        return report
    }
}

/// A column's format as `planq_columns` records it: what the number is (`plain`, `percent`,
/// `money 3` for £000s) and, after a `|`, any display spec (`£m 1dp`).
package enum FormatText {
    package static func text(_ f: ValueFormat) -> String {
        var s: String
        switch f.kind {
        case .plain: s = "plain"
        case .percent: s = "percent"
        case .money: s = "money \(f.unit)"
        }
        if let style = f.style, !style.isEmpty { s += "|" + style.spec }
        return s
    }

    /// The format `text` names; plain for nil or anything unreadable.
    package static func format(_ text: String?) -> ValueFormat {
        guard let text, !text.isEmpty else { return .plain }
        let parts = text.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
        let words = parts[0].split(separator: " ")
        var f = ValueFormat.plain
        switch words.first {
        case "money": f = .money(unit: words.count > 1 ? Int8(words[1]) ?? 0 : 0)
        case "percent": f = .percent
        default: break
        }
        if parts.count > 1, case .success(let style) = DisplayStyle.parse(String(parts[1])), !style.isEmpty { f.style = style }
        return f
    }
}

extension SQLTable {
    /// The engine's own tables as `planq push` would create them (their schemas, decimal
    /// places from the loaded columns, the row-order column): what `planq sql` binds against.
    package static func localTables(of engine: Engine) -> (String) -> SQLTable? {
        let context = LoadContext(files: engine.env.files)
        return { name in
            guard let t = try? engine.catalog.table(named: name, context) else { return nil }
            return SQLTable(name: name, columns: zip(t.schema, t.columns).map { info, column in
                var scale = 0
                if case .decimal(_, let s) = column.storage { scale = s }
                return SQLTable.Column(name: info.name, type: info.type, scale: scale, format: info.format)
            })
        }
    }
}
