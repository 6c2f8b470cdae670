import Foundation
import PlanQuery
import PlanQuerySQL

/// One SQL engine reached through its client program.
package protocol SQLEngineClient: AnyObject {
    var dialect: SQLDialect { get }
    /// Rows of text cells (nil for null) of a query whose columns are `c0`, `c1`, ...
    func rows(_ sql: String, columnCount: Int) throws -> [[String?]]
    /// Statements whose output is not needed (DDL, inserts).
    func execute(_ script: String) throws
}

/// Where an engine is, in each engine's usual form.
package struct EngineConnection: Sendable {
    /// A SQLite or DuckDB database file, a PostgreSQL URL (or nil for the `PG*` variables),
    /// a Spark warehouse folder.
    package var database: String?
    /// Spark's master URL; nil for `$PLANQ_SPARK_MASTER`, else `local[2]`.
    package var sparkMaster: String?
    package init(database: String? = nil, sparkMaster: String? = nil) {
        self.database = database
        self.sparkMaster = sparkMaster
    }

    package static let defaultSparkMaster = "local[2]"

    /// The Spark master `--engine spark` uses: `PLANQ_SPARK_MASTER` when set (surrounding
    /// space ignored), else `local[2]`.
    package static func sparkMaster(environment: [String: String]) -> String {
        let v = environment["PLANQ_SPARK_MASTER"]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return v.isEmpty ? defaultSparkMaster : v
    }

    /// Whether `master` has the shape of a Spark master URL: `local`, `local[N]`, `local[*]`,
    /// `local[N,F]`, `yarn`, or `scheme://…` (`spark://host:7077`, `k8s://https://…`).
    package static func isSparkMaster(_ master: String) -> Bool {
        if master == "local" || master == "yarn" { return true }
        if master.hasPrefix("local[") && master.hasSuffix("]") {
            let inside = master.dropFirst("local[".count).dropLast()
            let parts = inside.split(separator: ",", omittingEmptySubsequences: false)
            return (1...2).contains(parts.count) && parts.enumerated().allSatisfy { i, p in
                (i == 0 && p == "*") || (!p.isEmpty && p.allSatisfy(\.isASCII) && p.allSatisfy(\.isNumber))
            }
        }
        guard let r = master.range(of: "://") else { return false }
        let scheme = master[..<r.lowerBound], rest = master[r.upperBound...]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } && !rest.isEmpty
            && !master.contains(where: { $0.isWhitespace })
    }
}

package enum EngineClients {
    package static func make(_ dialect: SQLDialect, _ connection: EngineConnection) -> SQLEngineClient {
        switch dialect {
        case .sqlite: return CLIJSONClient(dialect: .sqlite, program: "sqlite3", database: connection.database ?? "planq.sqlite")
        case .duckdb:
            // PLANQ_DUCKDB: the duckdb program to run, when the one on the PATH is a slow wrapper
            // (PyPI's duckdb-cli starts Python before the binary; scripts/test-deps/duckdb.sh sets it).
            let program = ProcessInfo.processInfo.environment["PLANQ_DUCKDB"].flatMap { $0.isEmpty ? nil : $0 } ?? "duckdb"
            return CLIJSONClient(dialect: .duckdb, program: program, database: connection.database ?? "planq.duckdb")
        case .postgres: return PostgresClient(url: connection.database)
        case .spark:
            let master = connection.sparkMaster ?? EngineConnection.sparkMaster(environment: ProcessInfo.processInfo.environment)
            return SparkClient(warehouse: connection.database ?? "spark-warehouse", master: master)
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

/// Spark through pyspark: one Python process (Spark takes seconds to start) kept for the
/// client's life, sent one JSON request a line and answering one JSON line. Opt-in: not in CI.
final class SparkClient: SQLEngineClient {
    let dialect = SQLDialect.spark
    let warehouse: String
    let master: String
    private var process: Process?
    private var input: FileHandle?
    private var output: FileHandle?
    private var buffer = Data()

    init(warehouse: String, master: String) {
        self.warehouse = warehouse
        self.master = master
    }

    deinit {
        try? input?.close()
        process?.waitUntilExit()
    }

    static let script = """
        import json, os, sys
        from pyspark.sql import SparkSession
        warehouse, master = os.path.abspath(sys.argv[1]), sys.argv[2]
        spark = (SparkSession.builder.master(master).appName("planq")
                 .config("spark.sql.warehouse.dir", warehouse)
                 .config("spark.sql.ansi.enabled", "true")
                 .config("spark.sql.session.timeZone", "UTC")
                 .config("spark.ui.enabled", "false")
                 .config("spark.driver.extraJavaOptions", "-Dderby.system.home=" + warehouse)
                 .enableHiveSupport().getOrCreate())
        spark.sparkContext.setLogLevel("ERROR")
        out = sys.stdout
        for line in sys.stdin:
            request = json.loads(line)
            try:
                if request["mode"] == "rows":
                    rows = [[None if v is None else str(v) for v in row] for row in spark.sql(request["sql"]).collect()]
                    answer = {"rows": rows}
                else:
                    for statement in request["sql"].split(";\\n"):
                        if statement.strip():
                            spark.sql(statement.strip().rstrip(";"))
                    answer = {"ok": True}
            except Exception as e:
                answer = {"error": str(e).split("\\n")[0]}
            out.write(json.dumps(answer) + "\\n")
            out.flush()
        """

    func start() throws {
        if process != nil { return }
        guard EngineConnection.isSparkMaster(master) else {
            throw Subprocess.Failure(description: "PLANQ_SPARK_MASTER \"\(master)\" is not a Spark master URL (local[2], local[*], spark://host:7077, yarn, k8s://…)")
        }
        try FileManager.default.createDirectory(atPath: warehouse, withIntermediateDirectories: true)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", SparkClient.script, warehouse, master]
        p.currentDirectoryURL = URL(fileURLWithPath: warehouse)
        let stdin = Pipe(), stdout = Pipe()
        p.standardInput = stdin
        p.standardOutput = stdout
        p.standardError = FileHandle.nullDevice
        try p.run()
        process = p
        input = stdin.fileHandleForWriting
        output = stdout.fileHandleForReading
    }

    func request(_ mode: String, _ sql: String) throws -> [String: Any] {
        try start()
        let line = try JSONSerialization.data(withJSONObject: ["mode": mode, "sql": sql]) + Data("\n".utf8)
        input?.write(line)
        while !buffer.contains(UInt8(ascii: "\n")) {
            guard let chunk = output?.availableData, !chunk.isEmpty else {
                throw Subprocess.Failure(description: "pyspark stopped (is pyspark installed? python3 -m pip install pyspark)")
            }
            buffer.append(chunk)
        }
        let end = buffer.firstIndex(of: UInt8(ascii: "\n"))!
        let answer = buffer[buffer.startIndex..<end]
        buffer = Data(buffer[(end + 1)...])
        guard let object = try JSONSerialization.jsonObject(with: answer) as? [String: Any] else {
            throw Subprocess.Failure(description: "pyspark answered something unexpected")
        }
        if let error = object["error"] as? String { throw Subprocess.Failure(description: "Spark: " + error) }
        return object
    }

    func rows(_ sql: String, columnCount: Int) throws -> [[String?]] {
        let rows = try request("rows", sql)["rows"] as? [[Any]] ?? []
        return rows.map { $0.map { $0 as? String } }
    }

    func execute(_ script: String) throws {
        _ = try request("execute", script)
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
