import Foundation
import Testing

/// Every command and query shown in README.md and docs/*.md runs, with the real binary.
///
/// Each fenced block says what it is in its info string:
/// - ` ```sh ` — shell commands, run with bash (`set -e`); `planq` is the binary under test.
/// - ` ```console ` — `$ command` lines, each followed by exactly what it prints (standard
///   output then standard error); the output must match.
/// - ` ```planq ` — a planq script, run with `planq FILE`; it must succeed.
/// - ` ```repl ` — a REPL transcript: the lines after `planq> ` and the continuation prompts
///   are the input (a first `$ planq ARGS` line gives the arguments); it must succeed.
/// - add ` fails` (` ```planq fails `) when the example shows an error: it must fail with a
///   query error (exit status 65).
/// - ` ```text `, ` ```swift `, ` ```ebnf `, ` ```c `, ` ```python ` — output, illustrations or other
///   languages; not run here (docs/embedding.md's Swift, C and Python blocks run in EmbeddingDocTests).
/// - a block preceded by `<!-- not run: REASON -->` is skipped, and says why.
/// A block with no info string fails the test: each block is either run or marked.
///
/// Blocks run in a scratch folder holding the files the docs name: `examples/` (the
/// repository's), `budgets.csv` and `exports/` (bundled tables), `plan.txt` (a small plan
/// document), `export.txt` (a semicolon file without a header), `.build/release/planq`.
/// docs/functions.md and docs/errors.md are generated and their examples run by
/// FunctionsExamplesTests and ErrorMessageTests.
@Suite("Documentation examples")
struct DocExamplesTests {
    struct Block: CustomStringConvertible, Sendable {
        var file: String
        var line: Int
        var kind: String
        var fails: Bool
        var body: String
        var skipReason: String?
        var description: String { "\(file):\(line)" }
    }

    static let documents: [String] = {
        let docs = (try? FileManager.default.contentsOfDirectory(atPath: Fixtures.packageRoot.appendingPathComponent("docs").path)) ?? []
        return ["README.md"] + docs.filter { $0.hasSuffix(".md") && $0 != "functions.md" && $0 != "errors.md" }
            .sorted().map { "docs/" + $0 }
    }()

    static func blocks(in file: String) -> [Block] {
        guard let text = try? String(contentsOf: Fixtures.packageRoot.appendingPathComponent(file), encoding: .utf8) else { return [] }
        let lines = text.components(separatedBy: "\n")
        var out: [Block] = []
        var i = 0
        while i < lines.count {
            let line = lines[i]
            let trimmed = line.drop { $0 == " " }
            guard trimmed.hasPrefix("```") else { i += 1; continue }
            let indent = line.count - trimmed.count
            let info = trimmed.dropFirst(3).split(separator: " ").map(String.init)
            var skip: String? = nil
            var j = i - 1
            while j >= 0, lines[j].trimmingCharacters(in: .whitespaces).isEmpty { j -= 1 }
            if j >= 0, let r = lines[j].range(of: "<!-- not run: ") {
                skip = String(lines[j][r.upperBound...]).replacingOccurrences(of: "-->", with: "").trimmingCharacters(in: .whitespaces)
            }
            var body: [String] = []
            var k = i + 1
            while k < lines.count, !lines[k].drop(while: { $0 == " " }).hasPrefix("```") {
                body.append(String(lines[k].dropFirst(min(indent, lines[k].prefix { $0 == " " }.count))))
                k += 1
            }
            out.append(Block(file: file, line: i + 1, kind: info.first ?? "", fails: info.contains("fails"),
                             body: body.joined(separator: "\n"), skipReason: skip))
            i = k + 1
        }
        return out
    }

    static let all: [Block] = documents.flatMap(blocks)

    @Test func everyBlockIsRunOrMarked() {
        let known: Set<String> = ["sh", "console", "planq", "repl", "text", "swift", "ebnf", "c", "python"]
        for b in Self.all {
            #expect(known.contains(b.kind), "\(b): give the block an info string (sh, console, planq, repl, or text for output and illustrations)")
            if let reason = b.skipReason { #expect(!reason.isEmpty, "\(b): say why it is not run") }
        }
        #expect(Self.all.filter { ["sh", "console", "planq", "repl"].contains($0.kind) && $0.skipReason == nil }.count >= 12)
    }

    @Test("a documentation example runs", arguments: all.filter { ["sh", "console", "planq", "repl"].contains($0.kind) && $0.skipReason == nil })
    func example(_ block: Block) throws {
        let dir = try Self.sandbox()
        switch block.kind {
        case "sh":
            let r = try Self.shell("set -e\n" + block.body, in: dir)
            #expect(r.status == 0, "\(block) failed (exit \(r.status)):\n\(r.output)")
            #expect(!r.output.contains("error:"), "\(block) printed an error:\n\(r.output)")
        case "console":
            for (command, expected) in Self.commands(in: block.body) {
                let r = try Self.shell(command, in: dir)
                #expect(r.output == expected, "\(block): `\(command)` printed\n\(r.output)\nbut the docs show\n\(expected)")
            }
        case "planq":
            let script = dir + "/example.planq"
            try (block.body + "\n").write(toFile: script, atomically: true, encoding: .utf8)
            let r = try Self.shell("planq example.planq", in: dir)
            if block.fails {
                #expect(r.status == 65, "\(block) should fail with a query error:\n\(r.output)")
            } else {
                #expect(r.status == 0, "\(block) failed (exit \(r.status)):\n\(r.output)")
            }
        case "repl":
            var arguments = ""
            var input: [String] = []
            for line in block.body.components(separatedBy: "\n") {
                if line.hasPrefix("$ planq") { arguments = String(line.dropFirst("$ planq".count)); continue }
                if let r = line.range(of: #"^(planq> |\s*(\.\.\.|\.\.[^ ]| case)> )"#, options: .regularExpression) {
                    input.append(String(line[r.upperBound...]))
                }
            }
            #expect(!input.isEmpty, "\(block): no `planq> ` lines")
            try (input.joined(separator: "\n") + "\n").write(toFile: dir + "/input.txt", atomically: true, encoding: .utf8)
            let r = try Self.shell("planq\(arguments) < input.txt", in: dir)
            if block.fails {
                #expect(r.status == 65 && r.output.contains("error:"), "\(block) should fail:\n\(r.output)")
            } else {
                #expect(r.status == 0 && !r.output.contains("error:"), "\(block) failed (exit \(r.status)):\n\(r.output)")
            }
        default:
            break
        }
    }

    /// `$ command` lines and the output shown under each.
    static func commands(in body: String) -> [(String, String)] {
        var out: [(String, String)] = []
        for line in body.components(separatedBy: "\n") {
            if line.hasPrefix("$ ") { out.append((String(line.dropFirst(2)), "")); continue }
            guard !out.isEmpty else { continue }
            out[out.count - 1].1 += (out[out.count - 1].1.isEmpty ? "" : "\n") + line
        }
        return out.map { ($0.0, $0.1 + "\n") }
    }

    /// A scratch folder with the files the docs name, and `planq` on the PATH.
    static func sandbox() throws -> String {
        let fm = FileManager.default
        let dir = testScratch.appendingPathComponent("planq-docs-\(UUID().uuidString)").path
        let root = Fixtures.packageRoot.path
        let binary = Fixtures.productsDirectory.appendingPathComponent("planq").path
        try fm.createDirectory(atPath: dir + "/bin", withIntermediateDirectories: true)
        try fm.createDirectory(atPath: dir + "/.build/release", withIntermediateDirectories: true)
        try fm.createSymbolicLink(atPath: dir + "/bin/planq", withDestinationPath: binary)
        try fm.createSymbolicLink(atPath: dir + "/.build/release/planq", withDestinationPath: binary)
        try fm.createSymbolicLink(atPath: dir + "/examples", withDestinationPath: root + "/examples")
        try fm.createSymbolicLink(atPath: dir + "/exports", withDestinationPath: root + "/examples/data")
        try fm.createSymbolicLink(atPath: dir + "/budgets.csv", withDestinationPath: root + "/examples/data/budgets.csv")
        try fm.createSymbolicLink(atPath: dir + "/plan.txt",
                                  withDestinationPath: root + "/Tests/PlanQueryTests/Fixtures/documents/cmy-positive-income.txt")
        try "A;1\nB;2\n".write(toFile: dir + "/export.txt", atomically: true, encoding: .utf8)
        return dir
    }

    static func shell(_ script: String, in dir: String) throws -> (status: Int32, output: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/bash")
        p.arguments = ["-c", script]
        p.currentDirectoryURL = URL(fileURLWithPath: dir)
        var env = ProcessInfo.processInfo.environment
        env["PATH"] = dir + "/bin:" + (env["PATH"] ?? "/usr/bin:/bin")
        env["HOME"] = dir
        env["NO_COLOR"] = "1"
        env["PLANQ_RC"] = ""
        env["PLANQ_HISTORY"] = ""
        p.environment = env
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
