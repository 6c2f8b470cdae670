import Foundation
import Testing

/// `planq sql`, `planq push` and `--engine` on the real binary.
@Suite("SQL commands")
struct SQLCLITests {
    struct Result { var out: String; var err: String; var status: Int32 }

    func planq(_ args: [String]) throws -> Result {
        let p = Process()
        p.executableURL = Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("planq")
        p.arguments = args
        p.currentDirectoryURL = TestPaths.goldenData
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(out: String(decoding: o, as: UTF8.self), err: String(decoding: e, as: UTF8.self), status: p.terminationStatus)
    }

    @Test func sqlPrintsOneStatementPerQuery() throws {
        let r = try planq(["sql", "--dialect", "postgres", "--data", "kpis.csv", "-c",
                           "let t = from kpis | where value > 1\nfrom t | select code\nfrom t | take 1"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.components(separatedBy: ";\n").count == 3)
        #expect(r.out.contains("WHERE \"value\" > 1"))
        #expect(r.out.contains("ORDER BY \"planq_o\" NULLS LAST"))
    }

    @Test func sqlRefusalIsAnErrorWithASpan() throws {
        let r = try planq(["sql", "--dialect", "sqlite", "--data", "kpis.csv", "-c", "from kpis | describe"])
        #expect(r.status != 0)
        #expect(r.out == "")
        #expect(r.err.hasPrefix("<command>:1:13: error: `describe` cannot be lowered to SQLite"))
    }

    @Test func pushThenRunOnSQLite() throws {
        guard toolExists("sqlite3") else { return }
        let db = NSTemporaryDirectory() + "planq-cli-\(getpid()).sqlite"
        defer { try? FileManager.default.removeItem(atPath: db) }
        let push = try planq(["push", "--engine", "sqlite", "--db", db, "--data", "budgets.csv", "--data", "units.csv"])
        #expect(push.status == 0, "\(push.err)")
        #expect(push.out == "budgets: 7 rows, 8 columns\nunits: 4 rows, 3 columns\n")
        let query = "from budgets | summarize gross = sum(gross) by directorate | sort -gross"
        let remote = try planq(["--engine", "sqlite", "--db", db, "--format", "csv", "-c", query])
        let local = try planq(["--data", "budgets.csv", "--format", "csv", "-c", query])
        #expect(remote.status == 0, "\(remote.err)")
        #expect(remote.out == local.out)
        #expect(remote.out == "directorate,gross\nE&R,28930.5\nCMY,23447.3\nCFE,9622.9\n")
        let missing = try planq(["--engine", "sqlite", "--db", db, "-c", "from kpis"])
        #expect(missing.status != 0)
        #expect(missing.err.contains("no table named `kpis`"))
    }
}
