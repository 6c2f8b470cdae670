import Foundation
import Synchronization
import Testing

/// Hosts outside Swift: a C program against include/planq.h and libplanqc, the Python
/// package over it (pytest), and the example hosts of examples/embed.
@Suite("C API, Python package and example hosts")
struct ForeignHostTests {
    struct Output { var out: String; var err: String; var status: Int32 }

    static var library: URL { Fixtures.productsDirectory.appendingPathComponent("libplanqc.so") }

    func run(_ executable: String, _ args: [String], environment: [String: String] = [:], cwd: URL? = nil) throws -> Output {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = [executable] + args
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        p.environment = env
        if let cwd { p.currentDirectoryURL = cwd }
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        // Read both pipes while the process runs, so a full pipe never blocks it.
        let errData = Mutex(Data())
        let reader = Thread { errData.withLock { $0 = err.fileHandleForReading.readDataToEndOfFile() } }
        reader.start()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        while reader.isExecuting || !reader.isFinished { Thread.sleep(forTimeInterval: 0.001) }
        return Output(out: String(decoding: o, as: UTF8.self), err: String(decoding: errData.withLock { $0 }, as: UTF8.self),
                      status: p.terminationStatus)
    }

    @Test func theCAPIEndToEnd() throws {
        let dir = testScratch.appendingPathComponent("planq-capi-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let binary = dir.appendingPathComponent("capi_test").path
        let source = Fixtures.root.appendingPathComponent("capi/capi_test.c").path
        let lib = Fixtures.productsDirectory.path
        let cc = try run("cc", ["-std=c11", "-D_DEFAULT_SOURCE", "-Wall", "-Werror", "-I", Fixtures.packageRoot.appendingPathComponent("include").path,
                                source, "-L", lib, "-lplanqc", "-Wl,-rpath," + lib, "-lpthread", "-o", binary])
        #expect(cc.status == 0, "\(cc.err)")
        guard cc.status == 0 else { return }
        let r = try run(binary, [])
        #expect(r.status == 0, "\(r.out)\(r.err)")
        #expect(r.out.contains("0 failures"))
        #expect(!r.out.contains("FAIL"), "\(r.out)")
        // Every function the header declares is exported by the library.
        let header = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("include/planq.h"), encoding: .utf8)
        let declared = Set(header.matches(of: /\b(planq_[a-z_]+)\(/).map { String($0.1) })
        let nm = try run("nm", ["-D", "--defined-only", ForeignHostTests.library.path])
        let exported = Set(nm.out.matches(of: /\bT (planq_[a-z_]+)\n/).map { String($0.1) })
        #expect(declared.count > 40)
        #expect(declared == exported, "declared only: \(declared.subtracting(exported)); exported only: \(exported.subtracting(declared))")
    }

    var pythonEnvironment: [String: String] {
        ["PLANQ_LIB": ForeignHostTests.library.path,
         "PYTHONPATH": Fixtures.packageRoot.appendingPathComponent("bindings/python").path,
         "PYTHONDONTWRITEBYTECODE": "1"]
    }

    @Test func thePythonPackagesTests() throws {
        let r = try run("python3", ["-m", "pytest", "-q", "-p", "no:cacheprovider",
                                    Fixtures.packageRoot.appendingPathComponent("bindings/python/tests").path],
                        environment: pythonEnvironment)
        #expect(r.status == 0, "\(r.out)\(r.err)")
        #expect(r.out.contains(" passed"), "\(r.out)")
        #expect(!r.out.contains("failed"), "\(r.out)")
    }

    @Test func thePythonExampleHost() throws {
        let script = Fixtures.packageRoot.appendingPathComponent("examples/embed/python/spend_report.py").path
        let r = try run("python3", [script], environment: pythonEnvironment)
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out == """
            Libraries: £263.25
            Youth: £1448.00
            [{'unit': 'Youth', 'month': '2009-01', 'amount': Decimal('702.10')}, {'unit': 'Youth', 'month': '2009-02', 'amount': Decimal('745.90')}]
            {'months': 2}

            """)
        let bad = try run("python3", [script, "from spend | where amout > 1"], environment: pythonEnvironment)
        #expect(bad.status == 65)
        #expect(bad.err.contains("<query>:1:20: error: no column `amout`"))
    }

    /// The Swift example host, compiled as code outside this package would be: against the
    /// built PlanQuery module without the package's name, so only the public API is visible.
    @Test func theSwiftExampleHost() throws {
        let dir = testScratch.appendingPathComponent("planq-example-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let binary = dir.appendingPathComponent("spend-report").path
        let products = Fixtures.productsDirectory.path
        let source = Fixtures.packageRoot.appendingPathComponent("examples/embed/swift/Sources/spend-report/main.swift").path
        let build = try run("swiftc", ["-swift-version", "6", source, "-I", products + "/Modules", "-L", products, "-lplanqc",
                                       "-Xlinker", "-rpath", "-Xlinker", products, "-o", binary])
        #expect(build.status == 0, "\(build.err)")
        guard build.status == 0 else { return }
        let r = try run(binary, [])
        #expect(r.status == 0, "\(r.err)")
        // The totals decoded into structs, then the question's table (two rows) as the grid.
        let shown = r.out.split(separator: "\n")
        #expect(shown.prefix(2) == ["Libraries: £263.25", "Youth: £1448.00"])
        #expect(shown.count == 6 && shown[2].hasPrefix("unit ") && shown[4].hasPrefix("Youth ") && shown[5].hasSuffix("745.9"), "\(r.out)")
        let bad = try run(binary, ["from spend | where amout > 1"])
        #expect(bad.status == 65)
        #expect(bad.err.hasPrefix("<question>:1:20: error: no column `amout`"))
        // The planq part stays under 20 lines.
        let text = try String(contentsOfFile: source, encoding: .utf8)
        let planqPart = text.components(separatedBy: "// --- planq: ")[1].components(separatedBy: "// --- end of planq ---")[0]
        let lines = planqPart.split(separator: "\n").dropFirst().filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(lines.count < 20, "\(lines.count) lines")
    }
}
