import Foundation
import PlanQuery
import PlanQueryEngines
import PlanQuerySQL

enum TestPaths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let goldenData = root.appendingPathComponent("Tests/PlanQueryTests/Fixtures/golden/data")
    static let fixtures = root.appendingPathComponent("Tests/PlanQuerySQLTests/Fixtures")
    static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"
}

/// An engine over the golden data tables (kpis, budgets, units, amounts), read by planq.
func localEngine() -> Engine {
    let engine = Engine(files: .unrestricted)
    let files = (try? FileManager.default.contentsOfDirectory(atPath: TestPaths.goldenData.path)) ?? []
    for f in files.sorted() where f.hasSuffix(".csv") {
        engine.registerFile(TestPaths.goldenData.appendingPathComponent(f).path, as: String(f.dropLast(4)))
    }
    return engine
}

func loadContext(_ engine: Engine) -> LoadContext { LoadContext(files: engine.env.files) }

func goldenTables() throws -> [(String, Table)] {
    let engine = localEngine()
    return try engine.catalog.names.map { ($0, try engine.catalog.table(named: $0, loadContext(engine))!) }
}

/// The tables a script outputs, and the error that stopped it, if any (a golden script may end in one).
func outputs(_ engine: Engine, _ text: String, name: String = "<test>") -> (tables: [Table], error: String?) {
    var tables: [Table] = []
    do {
        try engine.run(SourceFile(name: name, text: text)) { o in
            if case .table(let t) = o { tables.append(t) }
        }
    } catch {
        return (tables, "\(error)")
    }
    return (tables, nil)
}

/// Cell-for-cell equality; floats may differ in the last bits (engines sum in other orders).
func difference(_ a: Table, _ b: Table) -> String? {
    if a.schema.map(\.name) != b.schema.map(\.name) { return "columns \(a.schema.map(\.name)) vs \(b.schema.map(\.name))" }
    if a.rowCount != b.rowCount { return "\(a.rowCount) rows locally, \(b.rowCount) on the engine" }
    // The rows `total` added (reports style them), as well as the cells.
    if a.rowRoles != b.rowRoles {
        func text(_ r: [RowRole]?) -> String { r.map { $0.map { "\($0)" }.joined(separator: ",") } ?? "none" }
        return "row roles \(text(a.rowRoles)) locally, \(text(b.rowRoles)) on the engine"
    }
    for r in 0..<a.rowCount {
        for c in a.columns.indices {
            let x = a.columns[c][r], y = b.columns[c][r]
            if !same(x, y) { return "row \(r + 1), column `\(a.schema[c].name)`: \(x.literalText) locally, \(y.literalText) on the engine" }
        }
    }
    return nil
}

func same(_ x: Value, _ y: Value) -> Bool {
    switch (x, y) {
    case (.null, .null): return true
    case (.float(let p), .float(let q)):
        if p.isNaN || q.isNaN { return p.isNaN && q.isNaN }
        return p == q || abs(p - q) <= 1e-9 * max(abs(p), abs(q))
    case (.decimal(let p), .decimal(let q)): return p == q
    default: return x == y
    }
}

/// A PostgreSQL server of its own for the tests: a temporary data folder, a loopback port,
/// started with initdb and pg_ctl (as the `postgres` user when running as root), stopped after.
final class PostgresServer {
    let directory: String
    let port: Int
    let bin: String
    let asUser: [String]

    init?() {
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []).compactMap(Int.init).sorted()
        guard let v = versions.last else { return nil }
        bin = "/usr/lib/postgresql/\(v)/bin"
        directory = NSTemporaryDirectory() + "planq-pg-\(getpid())"
        port = 20000 + Int(getpid() % 20000)
        asUser = getuid() == 0 ? ["runuser", "-u", "postgres", "--"] : []
    }

    var url: String { "postgresql://planq@127.0.0.1:\(port)/postgres" }

    /// Runs a command through the shell with `system`, its output to a file. Not Foundation's
    /// Process: it notices a command's end through a pipe, which the server that pg_ctl starts
    /// inherits and holds open.
    func shell(_ args: [String]) throws {
        let logPath = NSTemporaryDirectory() + "planq-pg-\(getpid()).out"
        defer { try? FileManager.default.removeItem(atPath: logPath) }
        let quoted = args.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        let status = system(quoted + " >'\(logPath)' 2>&1 </dev/null")
        if status != 0 {
            let text = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
            throw Subprocess.Failure(description: "\(args.joined(separator: " ")): \(text)")
        }
    }

    func start() throws {
        try? FileManager.default.removeItem(atPath: directory)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        if getuid() == 0 { try shell(["chown", "postgres:postgres", directory]) }
        try shell(asUser + ["\(bin)/initdb", "-D", directory + "/data", "-A", "trust", "-U", "planq", "-E", "UTF8", "--locale=C.UTF-8"])
        try shell(asUser + ["\(bin)/pg_ctl", "-D", directory + "/data", "-w", "-l", directory + "/data/log",
                            "-o", "-p \(port) -h 127.0.0.1 -k \(directory) -F", "start"])
    }

    func stop() {
        _ = try? shell(asUser + ["\(bin)/pg_ctl", "-D", directory + "/data", "-m", "fast", "-w", "stop"])
        try? FileManager.default.removeItem(atPath: directory)
    }
}

enum Subprocess {
    struct Failure: Error, CustomStringConvertible { var description: String }
}

func toolExists(_ name: String) -> Bool {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["sh", "-c", "command -v \(name)"]
    p.standardOutput = FileHandle.nullDevice
    try? p.run()
    p.waitUntilExit()
    return p.terminationStatus == 0
}
