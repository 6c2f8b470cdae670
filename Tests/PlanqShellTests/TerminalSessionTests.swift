import Foundation
import Testing

/// Drives the real `planq` binary through a pseudo-terminal (pty/repl_session.py, Python's
/// standard library only): Tab completion, a two-line statement, recall with Up, `.mode`, and
/// the history file it leaves behind.
@Suite("planq on a terminal")
struct TerminalSessionTests {
    static let python = findExecutable("python3")

    @Test(.enabled(if: python != nil, "skipped: python3 is not on PATH, and the pseudo-terminal driver needs it"),
          .timeLimit(.minutes(2)))
    func typingIntoTheREPL() throws {
        let planq = try #require(planqBinary(), "the planq executable was not found next to the test binary; run swift build first")
        let dir = try temporaryDirectory()
        try """
            unit,period,indicator,target,actual
            Housing,FY2007/08,Homes built,120,134
            Housing,FY2008/09,Homes built,130,118
            Waste,FY2007/08,Recycling rate,0.35,0.38
            Waste,FY2008/09,Recycling rate,0.40,0.41

            """.write(toFile: dir + "/kpis.csv", atomically: true, encoding: .utf8)
        let history = dir + "/history"
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("pty/repl_session.py").path

        let process = Process()
        process.executableURL = URL(fileURLWithPath: TerminalSessionTests.python!)
        process.arguments = [script, planq, dir]
        var env = ProcessInfo.processInfo.environment
        env["PLANQ_HISTORY"] = history
        process.environment = env
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let transcript = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "the terminal session failed:\n\(transcript)")

        // One history entry per statement: the two typed lines are one entry, with their newline.
        let entries = try historyEntries(history)
        let statement = "from kpis |\n  where unit == \"Waste\""
        #expect(entries.contains(statement), "history: \(entries)")
        #expect(!entries.contains("from kpis |"))
        #expect(!entries.contains("  where unit == \"Waste\""))
        #expect(entries.contains(".mode csv"))
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
