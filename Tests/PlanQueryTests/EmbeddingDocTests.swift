import Foundation
import Testing

/// docs/embedding.md is a program: its Swift blocks, in order, are compiled against the
/// public API (the built modules, without the package's name) and run; its C block against
/// include/planq.h and libplanqc; its Python block with the package. Each program's output
/// must be exactly the block's `prints:` comments, in order.
@Suite("docs/embedding.md runs")
struct EmbeddingDocTests {
    static let doc = "docs/embedding.md"
    let host = ForeignHostTests()

    func blocks(_ kind: String) -> [String] {
        DocExamplesTests.blocks(in: EmbeddingDocTests.doc).filter { $0.kind == kind && $0.skipReason == nil }.map(\.body)
    }

    /// The `prints:` comments of a program, one output line each.
    func expectedOutput(_ source: String, marker: String) -> String {
        source.split(separator: "\n", omittingEmptySubsequences: false).compactMap { line -> String? in
            guard let r = line.range(of: marker) else { return nil }
            var text = String(line[r.upperBound...])
            if text.hasSuffix(" */") { text.removeLast(3) }
            return text
        }.map { $0 + "\n" }.joined()
    }

    func scratch() throws -> URL {
        let dir = testScratch.appendingPathComponent("planq-embedding-doc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func theSwiftWalkthroughCompilesAndPrintsWhatItSays() throws {
        let blocks = blocks("swift")
        #expect(blocks.count >= 10)
        let code = blocks.joined(separator: "\n")
        // Imports first, wherever a section brings one in.
        let lines = code.split(separator: "\n", omittingEmptySubsequences: false)
        let program = (lines.filter { $0.hasPrefix("import ") } + lines.filter { !$0.hasPrefix("import ") }).joined(separator: "\n")
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let source = dir.appendingPathComponent("main.swift")
        try program.write(to: source, atomically: true, encoding: .utf8)
        let products = Fixtures.productsDirectory.path
        // BundledPlanData is not in libplanqc: its objects are linked in directly.
        let bundled = ((try? FileManager.default.contentsOfDirectory(atPath: products + "/BundledPlanData.build")) ?? [])
            .filter { $0.hasSuffix(".swift.o") }.map { products + "/BundledPlanData.build/" + $0 }
        #expect(!bundled.isEmpty)
        let binary = dir.appendingPathComponent("walkthrough").path
        let build = try host.run("swiftc", ["-swift-version", "6", source.path] + bundled
                                 + ["-I", products + "/Modules", "-L", products, "-lplanqc",
                                    "-Xlinker", "-rpath", "-Xlinker", products, "-o", binary])
        #expect(build.status == 0, "\(build.err)")
        guard build.status == 0 else { return }
        let r = try host.run(binary, [])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out == expectedOutput(code, marker: "// prints: "))
    }

    @Test func theCBlockCompilesAndPrintsWhatItSays() throws {
        let blocks = blocks("c")
        #expect(blocks.count == 1)
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let source = dir.appendingPathComponent("main.c")
        try blocks.joined(separator: "\n").write(to: source, atomically: true, encoding: .utf8)
        let lib = Fixtures.productsDirectory.path
        let binary = dir.appendingPathComponent("main").path
        let cc = try host.run("cc", ["-std=c11", "-Wall", "-Werror", "-I", Fixtures.packageRoot.appendingPathComponent("include").path,
                                     source.path, "-L", lib, "-lplanqc", "-Wl,-rpath," + lib, "-o", binary])
        #expect(cc.status == 0, "\(cc.err)")
        guard cc.status == 0 else { return }
        let r = try host.run(binary, [])
        #expect(r.status == 0)
        #expect(r.out == expectedOutput(blocks.joined(separator: "\n"), marker: "/* prints: "))
    }

    @Test func thePythonBlockRunsAndPrintsWhatItSays() throws {
        let blocks = blocks("python")
        #expect(blocks.count == 1)
        let code = blocks.joined(separator: "\n")
        let r = try host.run("python3", ["-c", code], environment: host.pythonEnvironment)
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out == expectedOutput(code, marker: "# prints: "))
    }
}
