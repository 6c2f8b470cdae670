import Foundation
import Testing
@testable import PlanQuery

/// Nesting and size limits (docs/limits.md): inputs ten times the sizes that used to overflow
/// the stack run on the real binary (a debug build in the suite, whose frames are far larger
/// than a release build's) and end with a result or exit 65, never a signal.
@Suite("Limits")
struct LimitsTests {
    /// Generated inputs: the size that crashed before, times ten.
    static let oversized: [(name: String, source: String)] = [
        ("100,000 nested brackets", "1 + " + String(repeating: "(", count: 100_000) + "1" + String(repeating: ")", count: 100_000)),
        ("15,000 nested if", String(repeating: "if true then ", count: 15_000) + "1" + String(repeating: " else 2", count: 15_000)),
        ("20,000 terms of 1 + 1", Array(repeating: "1", count: 20_000).joined(separator: " + ")),
        ("20,000 terms of and", Array(repeating: "true", count: 20_000).joined(separator: " and ")),
        ("20,000 not", String(repeating: "not ", count: 20_000) + "true"),
        ("20,000 minus signs", String(repeating: "- ", count: 20_000) + "1"),
        ("20,000 ??", Array(repeating: "null", count: 20_000).joined(separator: " ?? ")),
        ("20,000 nested lists", String(repeating: "[", count: 20_000) + "1" + String(repeating: "]", count: 20_000)),
        ("20,000 nested calls", String(repeating: "abs(", count: 20_000) + "1" + String(repeating: ")", count: 20_000)),
        ("22,000 pipeline steps", "from [1, 2, 3]" + String(repeating: " | where value > 0", count: 22_000)),
        ("20,000 nested sub-queries", "from " + String(repeating: "(from ", count: 20_000) + "[1]" + String(repeating: ")", count: 20_000)),
        ("20,000 nested groups", "from [1] | " + String(repeating: "group value (", count: 20_000) + "take 1" + String(repeating: ")", count: 20_000)),
        ("50,000 dependent derived columns", "from [1] | derive c0 = value, "
            + (1..<50_000).map { "c\($0) = c\($0 - 1) + 1" }.joined(separator: ", ")),
        ("300,000 unexpected characters", String(repeating: "!", count: 300_000)),
        ("300,000 different unexpected characters", String(repeating: "!?~&", count: 75_000)),
        ("a function doubling at 30 levels", "fn d(x) = x + x\n" + String(repeating: "d(", count: 30) + "1" + String(repeating: ")", count: 30)),
    ]

    @Test("oversized input is an error with a position, not a signal", arguments: oversized.map(\.name))
    func oversizedInputFailsCleanly(_ name: String) throws {
        let source = try #require(LimitsTests.oversized.first { $0.name == name }).source
        let r = try runScript(source)
        #expect(r.reason == .exit, "\(name): ended by signal \(r.status)")
        #expect(r.status == 65, "\(name): exit \(r.status)\n\(r.err.prefix(500))")
        // Every error names a position: `script.planq:LINE:COL: error: ...`.
        #expect(r.err.hasPrefix("script.planq:"), "\(name): \(r.err.prefix(300))")
    }

    @Test func nestingErrorsNameTheLimitAndWhere() throws {
        let brackets = try runScript("1 + " + String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000))
        #expect(brackets.err.hasPrefix("script.planq:1:1005: error: expression nested too deeply (the limit is 1000 levels)"))
        let steps = try runScript("from [1]" + String(repeating: " | where value > 0", count: 2_200))
        #expect(steps.err.hasPrefix("script.planq:1:17994: error: query nested too deeply (the limit is 1000 levels)"))
        #expect(steps.err.contains("hint: split it into steps"))
    }

    /// Just inside the limits everything still runs, in a debug build.
    @Test func inputsJustInsideTheLimitsRun() throws {
        let brackets = try runScript("1 + " + String(repeating: "(", count: 999) + "1" + String(repeating: ")", count: 999))
        #expect(brackets.status == 0 && brackets.out == "2\n", "\(brackets.err.prefix(300))")
        let sum = try runScript(Array(repeating: "1", count: 999).joined(separator: " + "))
        #expect(sum.status == 0 && sum.out == "999\n", "\(sum.err.prefix(300))")
        let ifs = try runScript(String(repeating: "if true then ", count: 990) + "7" + String(repeating: " else 2", count: 990))
        #expect(ifs.status == 0 && ifs.out == "7\n", "\(ifs.err.prefix(300))")
        let steps = try runScript("from [1, 2, 3]" + String(repeating: " | where value > 1", count: 990) + " | summarize n = count()",
                                  "--format", "csv")
        #expect(steps.status == 0 && steps.out == "n\n2\n", "\(steps.err.prefix(300))")
        let nested = try runScript("from " + String(repeating: "(from ", count: 990) + "[5]" + String(repeating: ")", count: 990),
                                   "--format", "csv")
        #expect(nested.status == 0 && nested.out == "value\n5\n", "\(nested.err.prefix(300))")
    }

    /// A `derive` of 50,000 independent columns is one projection, not 50,000 nested ones.
    @Test func wideDeriveRuns() throws {
        let n = 50_000
        let r = try runScript("from [1, 2] | derive " + (0..<n).map { "c\($0) = value + \($0)" }.joined(separator: ", ")
                              + " | select c0, c\(n - 1)", "--format", "csv")
        #expect(r.status == 0, "\(r.err.prefix(300))")
        #expect(r.out == "c0,c\(n - 1)\n1,\(n)\n2,\(n + 1)\n")
    }

    @Test func wideDeriveIsOneStep() throws {
        let plan = try makeEngine().plan("from [1] | derive a = value + 1, b = value * 2, c = a + b, d = 4")
        // a, b share one projection; c reads them, so it starts a second, which d joins.
        guard case .project(let inner, let outer) = plan.node, case .project(_, let first) = inner.node else {
            Issue.record("expected two projections, got \(plan.node)")
            return
        }
        #expect(first.count == 3 && outer.count == 5)
        #expect(plan.height == 3)
    }

    /// A run of one unexpected character is one error over the run, and at most
    /// `Limits.maxSyntaxErrors` are listed, then a count of the rest.
    @Test func lexerErrorsAreBounded() {
        let run = Parser.parse(SourceFile(name: "t", text: String(repeating: "!", count: 30_000))).1
        #expect(run.count == 1)
        #expect(run.first?.span.map { $0.end - $0.start } == 30_000)
        let mixed = Parser.parse(SourceFile(name: "t", text: String(repeating: "!?", count: 30_000))).1
        #expect(mixed.count == Limits.maxSyntaxErrors + 1)
        #expect(mixed.last?.message == "\(60_000 - Limits.maxSyntaxErrors) more unexpected characters not listed")
    }

    /// A very long source line is shown as a window around the error.
    @Test func longLinesAreExcerpted() throws {
        let text = String(repeating: "1 + ", count: 100) + "nope"
        let e = try #require(evaluationError(text))
        let lines = e.render().split(separator: "\n")
        #expect(lines.count >= 3)
        #expect(lines[1].count <= Diagnostic.longestShownLine + 2)
        #expect(lines[1].hasPrefix("…") && lines[1].hasSuffix("nope"))
        #expect(lines[2].hasSuffix("^^^^") && lines[2].count == lines[1].count)
    }

    func evaluationError(_ text: String) -> Diagnostic? {
        do { _ = try makeEngine().run(text) } catch let e as PlanQueryError { return e.diagnostics.first } catch {}
        return nil
    }

    /// On a thread without the CLI's large stack (a host's thread, the test runner's), a debug
    /// build cannot reach 1,000 levels: the stack check turns what would be an overflow into
    /// the same error. (In a release build these run.)
    @Test func smallStackThreadsGetAnErrorNotAnOverflow() {
        for source in ["1 + " + String(repeating: "(", count: 999) + "1" + String(repeating: ")", count: 999),
                       Array(repeating: "1", count: 999).joined(separator: " + "),
                       "from [1]" + String(repeating: " | where value > 0", count: 999)] {
            let (out, err) = runCapturingHere(makeEngine(), SourceFile(name: "t", text: source), format: .csv)
            #expect(!out.isEmpty || err.contains("nested too deeply"), "\(err.prefix(300))")
        }
    }

    /// Plans built through the API, not by the resolver, are checked when they run.
    @Test func deepPlansBuiltByHandAreRefused() throws {
        var plan = QueryPlan(.values(Table(names: ["x"], rows: [[.int(1)]])), schema: [ColumnInfo(name: "x", type: .int)], span: nil)
        for _ in 0..<1_500 { plan = QueryPlan(.limit(plan, 5), schema: plan.schema, span: nil) }
        let deep = plan
        let result: Result<Table, Error> = withQueryStack { Result { try Executor(env: Engine().env).execute(deep) } }
        #expect(throws: PlanQueryError.self) { try result.get() }
        if case .failure(let e as PlanQueryError) = result { #expect(e.diagnostics[0].message.contains("nested too deeply")) }
    }

    // MARK: running the binary

    struct Run { var out: String; var err: String; var status: Int32; var reason: Process.TerminationReason }

    func runScript(_ source: String, _ args: String...) throws -> Run {
        let dir = testScratch.appendingPathComponent("planq-limits-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try source.write(to: dir.appendingPathComponent("script.planq"), atomically: true, encoding: .utf8)
        let p = Process()
        p.executableURL = CLITests.binary
        p.arguments = args + ["script.planq"]
        p.currentDirectoryURL = dir
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        // Read both pipes at once: a large error output must not fill one while we wait on the other.
        final class Box: @unchecked Sendable { var data = Data() }
        let errBox = Box()
        let reading = DispatchGroup()
        DispatchQueue.global().async(group: reading) { errBox.data = err.fileHandleForReading.readDataToEndOfFile() }
        let o = out.fileHandleForReading.readDataToEndOfFile()
        reading.wait()
        p.waitUntilExit()
        return Run(out: String(decoding: o, as: UTF8.self), err: String(decoding: errBox.data, as: UTF8.self),
                   status: p.terminationStatus, reason: p.terminationReason)
    }
}

@Suite("Limits set by the host")
struct HostNestingLimitTests {
    /// `engine.limits.maxNesting` is the limit every stage counts against.
    @Test func aHostCanLowerTheNestingLimit() throws {
        let engine = makeEngine()
        engine.limits.maxNesting = 50
        let ok = try engine.query("1 + " + String(repeating: "(", count: 49) + "1" + String(repeating: ")", count: 49))
        #expect(ok.rowCount == 1)
        for source in ["1 + " + String(repeating: "(", count: 51) + "1" + String(repeating: ")", count: 51),
                       Array(repeating: "1", count: 60).joined(separator: " + "),
                       "from [1]" + String(repeating: " | take 1", count: 60)] {
            #expect {
                try engine.query(source)
            } throws: { error in
                (error as? PlanQueryError)?.diagnostics.first?.message.hasSuffix("nested too deeply (the limit is 50 levels)") ?? false
            }
        }
    }
}
