import Foundation
import Testing

/// Every input that once crashed or hung planq (docs/reliability.md, "The inputs that used to
/// crash or hang"), run through the real command-line binary: each exits with a status
/// (0, 65 for a query error, 66 for a file that cannot be read) and never a signal, and
/// quickly. The engine-level tests (OverflowTests, PatternMatchingTests, FilePolicyTests,
/// ExactDecimalTests, DataIORealWorldTests) check the exact answers; this checks the process.
struct ReliabilityInput: Sendable, CustomTestStringConvertible {
    var query: String
    var status: Int32
    /// Text that standard output or standard error must contain.
    var says: String
    init(_ query: String, _ status: Int32, _ says: String) { self.query = query; self.status = status; self.says = says }
    var testDescription: String { String(query.prefix(80)) }
}

private let aaa = String(repeating: "a", count: 40_000) + "!"

enum ReliabilityInputs {
    static let files: [String: String] = [
        "long_decimal.csv": "id,amount\n1,0.1\n2,0.2\n3,1234567890.1234567891\n",
        "exact.csv": "id,amount\n1,0.1\n2,0.2\n",
        "big_int.csv": "id,n\n1,12345678901234567890123\n2,5\n",
        "stray_quote.csv": "id,name,amount\n1,\"Smith, J,10\n2,Jones,20\n3,Brown,30\n4,Green,40\n5,White,50\n",
        "blank.csv": "id,amount\n1,10\n\n2,20\n\n3,30\n",
    ]

    static let all: [ReliabilityInput] = [
        // Integer overflow in built-ins: an error with a position, or the exact answer.
        ReliabilityInput("abs(\(intMin))", 65, "error: abs: integer overflow"),
        ReliabilityInput("rag(5, \(intMin))", 65, "error: abs: integer overflow"),
        ReliabilityInput("rag(\(intMin), 5)", 0, "red"),
        ReliabilityInput("variance_pct(\(intMin), 1)", 65, "error: integer overflow"),
        ReliabilityInput("direction_of_travel(\(intMin), 5)", 65, "error: integer overflow"),
        ReliabilityInput("\(intMin) % -1", 0, "0"),
        ReliabilityInput("mod(\(intMin), -1)", 0, "0"),
        ReliabilityInput("round(9223372036854775807, -1)", 65, "error: round: integer overflow"),
        ReliabilityInput("substring(\"abc\", 2, 9223372036854775807)", 0, "bc"),
        ReliabilityInput("date_add(@2020-01-01, 9223372036854775807)", 65, "error: date_add: date out of range"),
        ReliabilityInput("fy_start(FY9999/00)", 65, "error: bad financial year `FY9999/00`"),
        ReliabilityInput("fy_end(FY0000/01)", 65, "error: bad financial year `FY0000/01`"),
        ReliabilityInput("fy_end(FY9998/99)", 0, "31 Mar 9999"),
        ReliabilityInput("from [1, 2] | derive x = lag(value, 9223372036854775807)", 0, "∅"),
        ReliabilityInput("from [1, 2] | derive x = lead(value, \(intMin), 0)", 0, "0"),
        // Unbounded work from one argument: refused before anything is built.
        ReliabilityInput("from [1, 2] | summarize h = histogram(value, 9223372036854775807)", 65, "error: histogram makes at most 10000 bins"),
        ReliabilityInput("from [1, 2] | summarize h = histogram(value, 1000000000)", 65, "error: histogram makes at most 10000 bins"),
        ReliabilityInput("lpad(\"a\", 9223372036854775807)", 65, "error: lpad would make a text of about"),
        ReliabilityInput("rpad(\"a\", 4000000000, \"xy\")", 65, "error: rpad would make a text of about"),
        ReliabilityInput("repeat(\"ab\", 9223372036854775807)", 65, "error: repeat: repeat count"),
        // Regular expressions: linear time, whatever the pattern.
        ReliabilityInput("regex_match(\"\(aaa)\", \"^(a+)+$\")", 0, "false"),
        ReliabilityInput("\"\(aaa)\" ~= \"(a|aa)+$\"", 0, "false"),
        // Endless files.
        ReliabilityInput("from \"/dev/zero\"", 66, "is a device or socket, not a data file"),
        ReliabilityInput("from \"/dev/urandom\"", 66, "is a device or socket, not a data file"),
        // Exact decimals: exact, or rounded with a warning, never silently.
        ReliabilityInput("5.377639679 * 296.22998931", 0, "warning: a product of decimals has more than 18 significant digits"),
        ReliabilityInput("from \"long_decimal.csv\" | summarize s = sum(amount)", 0, "warning: long_decimal.csv: column `amount`: 1 value has more digits than exact numbers hold"),
        ReliabilityInput("from \"exact.csv\" | summarize s = sum(amount)", 0, "0.3"),
        ReliabilityInput("from \"big_int.csv\" | summarize s = sum(n)", 0, "warning: big_int.csv: column `n`: 1 value has more digits than exact numbers hold"),
        // CSV row accounting: merged rows reported, blank lines skipped.
        ReliabilityInput("from \"stray_quote.csv\" | summarize n = count()", 0, "a `\"` opens a cell but is not closed properly"),
        ReliabilityInput("from \"blank.csv\" | summarize n = count()", 0, "3"),
    ]
}

@Suite("Issue inputs through the command line")
struct ReliabilityInputsTests {
    static let folder: URL = {
        let dir = testScratch.appendingPathComponent("planq-reliability-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, text) in ReliabilityInputs.files { try? text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return dir
    }()

    @Test("an exit status, never a signal, in a few seconds", arguments: ReliabilityInputs.all)
    func input(_ c: ReliabilityInput) throws {
        let p = Process()
        p.executableURL = CLITests.binary
        p.arguments = ["-c", c.query]
        p.currentDirectoryURL = Self.folder
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        p.environment = env
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        let start = Date()
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let seconds = Date().timeIntervalSince(start)
        let text = String(decoding: o, as: UTF8.self) + String(decoding: e, as: UTF8.self)
        #expect(p.terminationReason == .exit, "killed by signal \(p.terminationStatus)")
        #expect(p.terminationStatus == c.status, "\(text)")
        #expect(text.contains(c.says), "\(text)")
        // Well under a second on an idle machine (debug build); the bound allows a busy one.
        #expect(seconds < 10, "took \(seconds) s")
    }
}
