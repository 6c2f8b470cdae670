import Foundation
import PlanQuery
import PlanQuerySQL

/// One SQL engine reached through its client program.
public protocol SQLEngineClient: AnyObject {
    var dialect: SQLDialect { get }
    /// Rows of text cells (nil for null) of a query whose columns are `c0`, `c1`, ...
    func rows(_ sql: String, columnCount: Int) throws -> [[String?]]
    /// Statements whose output is not needed (DDL, inserts).
    func execute(_ script: String) throws
}

/// Where an engine is, in each engine's usual form.
public struct EngineConnection: Sendable {
    /// A SQLite or DuckDB database file, a PostgreSQL URL (or nil for the `PG*` variables),
    /// a Spark warehouse folder.
    public var database: String?
    /// Spark's master URL (default `local[2]`).
    public var sparkMaster: String?
    public init(database: String? = nil, sparkMaster: String? = nil) {
        self.database = database
        self.sparkMaster = sparkMaster
    }
}

public enum EngineClients {
    public static func make(_ dialect: SQLDialect, _ connection: EngineConnection) -> SQLEngineClient {
        switch dialect {
        case .sqlite: return CLIJSONClient(dialect: .sqlite, program: "sqlite3", database: connection.database ?? "planq.sqlite")
        case .duckdb: return CLIJSONClient(dialect: .duckdb, program: "duckdb", database: connection.database ?? "planq.duckdb")
        case .postgres: return PostgresClient(url: connection.database)
        case .spark: return SparkClient(warehouse: connection.database ?? "spark-warehouse", master: connection.sparkMaster ?? "local[2]")
        }
    }
}

/// sqlite3 and duckdb: the SQL on standard input, rows back as JSON (`-json`), every cell text.
final class CLIJSONClient: SQLEngineClient {
    let dialect: SQLDialect
    let program: String
    let database: String

    init(dialect: SQLDialect, program: String, database: String) {
        self.dialect = dialect
        self.program = program
        self.database = database
    }

    var preamble: String { dialect == .sqlite ? ".bail on\n" : "" }

    func rows(_ sql: String, columnCount: Int) throws -> [[String?]] {
        let out = try Subprocess.run(program, ["-json", database], input: preamble + sql + ";\n")
        let trimmed = out.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return [] }
        guard let objects = try JSONSerialization.jsonObject(with: Data(trimmed.utf8)) as? [[String: Any]] else {
            throw Subprocess.Failure(description: "\(program) returned something other than rows")
        }
        return objects.map { object in
            (0..<columnCount).map { j in object["c\(j)"] as? String }
        }
    }

    func execute(_ script: String) throws {
        _ = try Subprocess.run(program, [database], input: preamble + script + "\n")
    }
}

/// psql: `COPY (query) TO STDOUT (FORMAT csv)`, where null is an empty field and empty text is `""`.
final class PostgresClient: SQLEngineClient {
    let dialect = SQLDialect.postgres
    let url: String?

    init(url: String?) { self.url = url }

    var arguments: [String] { ["-X", "-q", "-v", "ON_ERROR_STOP=1"] + (url.map { ["-d", $0] } ?? []) }

    func rows(_ sql: String, columnCount: Int) throws -> [[String?]] {
        let out = try Subprocess.run("psql", arguments, input: "COPY (\n" + sql + "\n) TO STDOUT (FORMAT csv);\n")
        return CSVCells.parse(out)
    }

    func execute(_ script: String) throws {
        _ = try Subprocess.run("psql", arguments, input: "SET client_min_messages = warning;\n" + script + "\n")
    }
}

/// Spark through pyspark in a Python subprocess (opt-in: Spark starts in seconds, not milliseconds).
final class SparkClient: SQLEngineClient {
    let dialect = SQLDialect.spark
    let warehouse: String
    let master: String

    init(warehouse: String, master: String) {
        self.warehouse = warehouse
        self.master = master
    }

    static let script = """
        import json, sys
        from pyspark.sql import SparkSession
        warehouse, master, mode = sys.argv[1], sys.argv[2], sys.argv[3]
        spark = (SparkSession.builder.master(master).appName("planq")
                 .config("spark.sql.warehouse.dir", warehouse)
                 .config("spark.sql.ansi.enabled", "true")
                 .config("spark.sql.session.timeZone", "UTC")
                 .config("spark.ui.enabled", "false")
                 .config("javax.jdo.option.ConnectionURL", "jdbc:derby:;databaseName=" + warehouse + "/metastore_db;create=true")
                 .enableHiveSupport().getOrCreate())
        spark.sparkContext.setLogLevel("ERROR")
        text = sys.stdin.read()
        if mode == "rows":
            out = [[None if v is None else str(v) for v in row] for row in spark.sql(text).collect()]
            sys.stdout.write(json.dumps(out))
        else:
            for statement in text.split(";\\n"):
                if statement.strip():
                    spark.sql(statement)
        """

    func rows(_ sql: String, columnCount: Int) throws -> [[String?]] {
        let out = try Subprocess.run("python3", ["-c", SparkClient.script, warehouse, master, "rows"], input: sql)
        let start = out.firstIndex(of: "[") ?? out.startIndex
        guard let rows = try JSONSerialization.jsonObject(with: Data(out[start...].utf8)) as? [[Any]] else {
            throw Subprocess.Failure(description: "pyspark returned something other than rows")
        }
        return rows.map { $0.map { $0 as? String } }
    }

    func execute(_ script: String) throws {
        _ = try Subprocess.run("python3", ["-c", SparkClient.script, warehouse, master, "execute"], input: script)
    }
}

/// RFC 4180 fields, keeping PostgreSQL's distinction: an unquoted empty field is null.
enum CSVCells {
    static func parse(_ text: String) -> [[String?]] {
        var rows: [[String?]] = []
        var row: [String?] = []
        var field = ""
        var quoted = false, inQuotes = false
        var chars = Array(text.unicodeScalars)[...]
        func endField() {
            row.append(field.isEmpty && !quoted ? nil : field)
            field = ""
            quoted = false
        }
        while let c = chars.popFirst() {
            if inQuotes {
                if c == "\"" {
                    if chars.first == "\"" { field.unicodeScalars.append("\""); chars.removeFirst() } else { inQuotes = false }
                } else {
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"": inQuotes = true; quoted = true
            case ",": endField()
            case "\n":
                endField()
                rows.append(row)
                row = []
            case "\r": break
            default: field.unicodeScalars.append(c)
            }
        }
        if !row.isEmpty || !field.isEmpty || quoted { endField(); rows.append(row) }
        return rows
    }
}
