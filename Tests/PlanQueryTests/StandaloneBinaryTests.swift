import Foundation
import Testing
@testable import PlanQuery

/// `planq` copied alone out of the checkout still has its standard library and the bundled
/// plan data (both compiled in), knows its version, and takes `$PLANQ_HOME` as an override.
///
/// This runs the debug binary the suite builds anyway: what is under test (no file is needed)
/// does not depend on the build configuration, and a release build would add minutes to every
/// CI run. The debug binary finds the Swift runtime through the toolchain's absolute run path;
/// the release binary (`scripts/install.sh`, `scripts/build-release.sh`) is a static executable on Linux.
@Suite("Standalone binary")
struct StandaloneBinaryTests {
    struct Result { var out: String; var err: String; var status: Int32 }

    static func temporaryDirectory(_ label: String) throws -> URL {
        let dir = testScratch.appendingPathComponent("planq-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    static func run(_ binary: URL, _ args: [String], cwd: URL, home: String? = nil) throws -> Result {
        let p = Process()
        p.executableURL = binary
        p.arguments = args
        p.currentDirectoryURL = cwd
        var env = ProcessInfo.processInfo.environment
        env["PLANQ_HOME"] = home
        env["NO_COLOR"] = "1"
        p.environment = env
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

    /// The binary alone in an empty folder outside the checkout, run from another empty folder.
    @Test func aCopiedBinaryHasItsLibraryAndData() throws {
        let alone = try Self.temporaryDirectory("alone"), elsewhere = try Self.temporaryDirectory("cwd")
        defer { for d in [alone, elsewhere] { try? FileManager.default.removeItem(at: d) } }
        #expect(!alone.path.hasPrefix(Fixtures.packageRoot.path) && !elsewhere.path.hasPrefix(Fixtures.packageRoot.path))
        let binary = alone.appendingPathComponent("planq")
        try FileManager.default.copyItem(at: Fixtures.productsDirectory.appendingPathComponent("planq"), to: binary)
        #expect(try FileManager.default.contentsOfDirectory(atPath: alone.path) == ["planq"])
        func planq(_ args: String...) throws -> Result { try Self.run(binary, args, cwd: elsewhere) }

        let first = try planq("--format", "csv", "-c", "from kpis | take 1")
        #expect(first.status == 0, "\(first.err)")
        #expect(first.err == "")
        let file = Fixtures.packageRoot.appendingPathComponent("examples/data/kpis.csv").path
        let header = try String(contentsOfFile: file, encoding: .utf8).prefix { $0 != "\n" }
        #expect(first.out.split(separator: "\n").first.map(String.init) == String(header))
        #expect(first.out.split(separator: "\n").count == 2)
        // Every bundled table, whole.
        let tables = Fixtures.files(in: Fixtures.packageRoot.appendingPathComponent("examples/data"), ext: "csv").map { String($0.dropLast(4)) }
        #expect(tables.count >= 8)
        for table in tables {
            let (onDisk, _) = try DataFiles.load(Fixtures.packageRoot.appendingPathComponent("examples/data/\(table).csv").path,
                                                 files: LocalFileSystem())
            let count = try planq("--format", "csv", "-c", "from \(table) | summarize n = count()")
            #expect(count.out == "n\n\(onDisk.rowCount)\n", "\(table): \(count.err)")
        }

        let rag = try planq("-c", "rag(96, 100)")
        #expect(rag.out == "amber\n")
        #expect(rag.status == 0)
        let imported = try planq("-c", "import \"stdlib/finance\"\nvariance(1639.8, 1500)")
        #expect(imported.out == "139.8\n", "\(imported.err)")
        let help = try planq("-c", "help rag")
        #expect(help.out.contains("defined in: stdlib/performance.planq"))
    }

    /// `--version`: the version and the commit the binary was built from ("unknown" outside
    /// a git checkout). The commit is HEAD or, if something was committed since the build, an
    /// ancestor of it.
    @Test func versionNamesTheCommit() throws {
        let elsewhere = try Self.temporaryDirectory("cwd")
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        let r = try Self.run(Fixtures.productsDirectory.appendingPathComponent("planq"), ["--version"], cwd: elsewhere)
        #expect(r.status == 0)
        let prefix = "planq \(Engine.version) (commit "
        #expect(r.out.hasPrefix(prefix) && r.out.hasSuffix(")\n"), "\(r.out)")
        let commit = String(r.out.dropFirst(prefix.count).dropLast(2))
        let git = { (args: [String]) -> Int32 in
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            p.arguments = ["git", "-C", Fixtures.packageRoot.path] + args
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            guard (try? p.run()) != nil else { return -1 }
            p.waitUntilExit()
            return p.terminationStatus
        }
        if git(["rev-parse", "--git-dir"]) == 0 {
            #expect(commit.count == 12 && commit.allSatisfy(\.isHexDigit), "\(commit)")
            #expect(git(["merge-base", "--is-ancestor", commit, "HEAD"]) == 0, "\(commit) is not HEAD or before it")
        } else {
            #expect(commit == "unknown")
        }
    }

    /// `$PLANQ_HOME/examples/data` replaces the bundled tables and `$PLANQ_HOME/stdlib` the
    /// standard library; a PLANQ_HOME with neither is reported and ignored.
    @Test func planqHomeOverrides() throws {
        let home = try Self.temporaryDirectory("home"), elsewhere = try Self.temporaryDirectory("cwd")
        defer { for d in [home, elsewhere] { try? FileManager.default.removeItem(at: d) } }
        let binary = Fixtures.productsDirectory.appendingPathComponent("planq")
        try FileManager.default.createDirectory(at: home.appendingPathComponent("examples/data"), withIntermediateDirectories: true)
        try "code,value\nA,1\n".write(to: home.appendingPathComponent("examples/data/mine.csv"), atomically: true, encoding: .utf8)

        let data = try Self.run(binary, ["--format", "csv", "-c", "from mine | select code"], cwd: elsewhere, home: home.path)
        #expect(data.out == "code\nA\n", "\(data.err)")
        let bundledGone = try Self.run(binary, ["-c", "from kpis"], cwd: elsewhere, home: home.path)
        #expect(bundledGone.status == 65)
        // No stdlib/ there: the compiled-in one.
        #expect(try Self.run(binary, ["-c", "rag(96, 100)"], cwd: elsewhere, home: home.path).out == "amber\n")

        try FileManager.default.createDirectory(at: home.appendingPathComponent("stdlib"), withIntermediateDirectories: true)
        try "fn rag(actual, target) = \"from PLANQ_HOME\"\n".write(to: home.appendingPathComponent("stdlib/prelude.planq"),
                                                                    atomically: true, encoding: .utf8)
        let stdlib = try Self.run(binary, ["-c", "rag(96, 100)"], cwd: elsewhere, home: home.path)
        #expect(stdlib.out == "from PLANQ_HOME\n", "\(stdlib.err)")
        // That prelude does not import finance: `import "stdlib/finance"` finds no file there and takes the compiled-in one.
        let finance = try Self.run(binary, ["-c", "import \"stdlib/finance\"\nvariance(3, 1)"], cwd: elsewhere, home: home.path)
        #expect(finance.out == "2\n", "\(finance.err)")

        let nowhere = try Self.run(binary, ["-c", "rag(96, 100)"], cwd: elsewhere, home: elsewhere.path + "/missing")
        #expect(nowhere.out == "amber\n")
        #expect(nowhere.err.contains("PLANQ_HOME=\(elsewhere.path)/missing has neither stdlib/prelude.planq nor examples/data/"))
    }
}
