import Foundation
import Testing

/// Drives the real `planq` binary through a pseudo-terminal (pty/repl_session.py, Python's
/// standard library only), one scenario per test: Tab completion, a two-line statement, recall
/// with Up, `.mode` and the history file; the pager; the progress line; bracketed paste;
/// `.mode line`; Ctrl-C stopping a long listing.
@Suite("planq on a terminal")
struct TerminalSessionTests {
    static let python = findExecutable("python3")

    /// Runs one scenario of the driver against a fresh data folder; returns the transcript.
    func run(_ scenario: String, environment extra: [String: String] = [:],
             prepare: (String) throws -> Void = { _ in }) throws -> (dir: String, transcript: String) {
        let planq = try #require(planqBinary(), "the planq executable was not found next to the test binary; run swift build first")
        let dir = try temporaryDirectory()
        try """
            unit,period,indicator,target,actual
            Housing,FY2007/08,Homes built,120,134
            Housing,FY2008/09,Homes built,130,118
            Waste,FY2007/08,Recycling rate,0.35,0.38
            Waste,FY2008/09,Recycling rate,0.40,0.41

            """.write(toFile: dir + "/kpis.csv", atomically: true, encoding: .utf8)
        try prepare(dir)
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("pty/repl_session.py").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TerminalSessionTests.python!)
        process.arguments = [script, planq, dir, scenario]
        var env = ProcessInfo.processInfo.environment
        env["PLANQ_HISTORY"] = dir + "/history"
        env.removeValue(forKey: "PAGER")
        for (k, v) in extra { env[k] = v }
        process.environment = env
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let transcript = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "the terminal session (\(scenario)) failed:\n\(transcript)")
        return (dir, transcript)
    }

    /// A CSV of `rows` rows: `x` a scrambled number, `label` text.
    static func writeRows(_ rows: Int, to path: String) throws {
        var text = "x,label\n"
        text.reserveCapacity(rows * 24)
        var x: UInt64 = 88172645463325252
        for i in 0..<rows {
            x ^= x << 13; x ^= x >> 7; x ^= x << 17
            text += "\(x % 1_000_000_000),row \(i)\n"
        }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    @Test(.enabled(if: python != nil, "skipped: python3 is not on PATH, and the pseudo-terminal driver needs it"),
          .timeLimit(.minutes(2)))
    func typingIntoTheREPL() throws {
        let (dir, _) = try run("basics")
        // One history entry per statement: the two typed lines are one entry, with their newline.
        let entries = try historyEntries(dir + "/history")
        let statement = "from kpis |\n  where unit == \"Waste\""
        #expect(entries.contains(statement), "history: \(entries)")
        #expect(!entries.contains("from kpis |"))
        #expect(!entries.contains("  where unit == \"Waste\""))
        #expect(entries.contains(".mode csv"))
    }

    @Test(.enabled(if: python != nil, "skipped: python3 is not on PATH"), .timeLimit(.minutes(2)))
    func tallResultsGoThroughThePager() throws {
        _ = try run("pager", environment: ["PAGER": "sed 's/^/PAGED: /'"]) { dir in
            try ("n\n" + (0..<100).map(String.init).joined(separator: "\n") + "\n")
                .write(toFile: dir + "/big.csv", atomically: true, encoding: .utf8)
        }
    }

    @Test(.enabled(if: python != nil, "skipped: python3 is not on PATH"), .timeLimit(.minutes(3)))
    func aLongQueryShowsProgress() throws {
        _ = try run("progress", environment: ["PLANQ_PROGRESS_DELAY": "0.05"]) { dir in try TerminalSessionTests.writeRows(1_000_000, to: dir + "/huge.csv") }
    }

    @Test(.enabled(if: python != nil, "skipped: python3 is not on PATH"), .timeLimit(.minutes(3)))
    func aLongCommandOnATerminalShowsProgress() throws {
        _ = try run("command-progress", environment: ["PLANQ_PROGRESS_DELAY": "0.05"]) { dir in try TerminalSessionTests.writeRows(1_000_000, to: dir + "/huge.csv") }
    }

    @Test(.enabled(if: python != nil, "skipped: python3 is not on PATH"), .timeLimit(.minutes(2)))
    func aTabInPastedTextIsText() throws {
        _ = try run("paste")
    }

    @Test(.enabled(if: python != nil, "skipped: python3 is not on PATH"), .timeLimit(.minutes(2)))
    func anEnteredStatementIsRepaintedInColour() throws {
        _ = try run("colour")
    }

    @Test(.enabled(if: python != nil, "skipped: python3 is not on PATH"), .timeLimit(.minutes(2)))
    func lineModeShowsOneFieldPerLine() throws {
        _ = try run("line")
    }

    @Test(.enabled(if: python != nil, "skipped: python3 is not on PATH"), .timeLimit(.minutes(3)))
    func ctrlCStopsALongListing() throws {
        _ = try run("interrupt") { dir in try TerminalSessionTests.writeRows(200_000, to: dir + "/long.csv") }
    }
}

func findExecutable(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    for dir in path.split(separator: ":") {
        let candidate = String(dir) + "/" + name
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
}

/// The `planq` built alongside this test binary.
func planqBinary() -> String? {
    var dirs: [URL] = []
    if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
        dirs.append(URL(fileURLWithPath: exe).deletingLastPathComponent())
    }
    dirs.append(Bundle.main.bundleURL.deletingLastPathComponent())
    dirs.append(Bundle.main.bundleURL)
    for d in dirs {
        let p = d.appendingPathComponent("planq").path
        if FileManager.default.isExecutableFile(atPath: p) { return p }
    }
    return nil
}

/// libedit's history file: a `_HiStOrY_V2_` line, then one entry per line, encoded with
/// strvis(3) (`\040` for a space, `\012` for a newline, `\\` for a backslash).
func historyEntries(_ path: String) throws -> [String] {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    var lines = text.split(separator: "\n").map(String.init)
    guard lines.first == "_HiStOrY_V2_" else { return lines }
    lines.removeFirst()
    return lines.map { line in
        var out: [UInt8] = []
        let b = Array(line.utf8)
        var i = 0
        func isOctal(_ j: Int) -> Bool { j < b.count && b[j] >= 48 && b[j] <= 55 }
        while i < b.count {
            if b[i] == UInt8(ascii: "\\"), isOctal(i + 1), isOctal(i + 2), isOctal(i + 3) {
                let value = (Int(b[i + 1]) - 48) * 64 + (Int(b[i + 2]) - 48) * 8 + (Int(b[i + 3]) - 48)
                out.append(UInt8(value))
                i += 4
            } else if b[i] == UInt8(ascii: "\\"), i + 1 < b.count, b[i + 1] == UInt8(ascii: "\\") {
                out.append(b[i])
                i += 2
            } else {
                out.append(b[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
