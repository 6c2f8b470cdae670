import Foundation
import PlanQuery
@testable import PlanqShell

/// The folder this test process's scratch files go in, removed when the process exits: the
/// tests write files (two 20 MB CSVs for the terminal tests alone) that were otherwise left in
/// the system's temporary folder after every run, about 100 MB a run.
let testScratch: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("planq-tests-\(getpid())")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    atexit { removeTestScratch() }
    return url
}()

private func removeTestScratch() { try? FileManager.default.removeItem(at: testScratch) }

/// A LineReader fed from a list; records prompts and history like the libedit reader would.
final class ScriptedLineReader: LineReader {
    /// `nil` stands for Ctrl-C at that point, "\u{4}" for Ctrl-D.
    var lines: [String?]
    var prompts: [String] = []
    var history: [String] = []
    var completer: ((String) -> Completion)?
    /// When true, lines still queued count as typed ahead (as if pasted).
    var pasted = false
    var interrupted = false
    var editMode: String? = "emacs"

    init(_ lines: [String?], pasted: Bool = false) {
        self.lines = lines
        self.pasted = pasted
    }

    /// Called before each read, with the prompt: a test can press Tab here.
    var beforeRead: ((String) -> Void)?

    func readLine(prompt: String) -> ReadResult {
        beforeRead?(prompt)
        prompts.append(prompt)
        guard !lines.isEmpty else { return .end }
        guard let line = lines.removeFirst() else { return .interrupted }
        if line == "\u{4}" { return .end }  // Ctrl-D
        return .line(line)
    }

    func addHistory(_ entry: String) { history.append(entry) }

    func peekPendingLine() -> String? {
        guard pasted, let first = lines.first else { return nil }
        return first
    }

    func setEditMode(_ mode: String) -> Bool {
        editMode = mode
        return true
    }
}

/// What a REPL printed, split by stream.
final class Captured: @unchecked Sendable {
    var out = ""
    var err = ""
}

/// A session with two small tables and captured output.
func makeSession() -> (Session, Captured) {
    let session = Session(format: .table)
    let captured = Captured()
    session.writeOut = { captured.out += $0 }
    session.writeErr = { captured.err += $0.hasSuffix("\n") ? $0 : $0 + "\n" }
    session.engine.register(Table(names: ["unit", "period", "indicator", "target", "actual"], rows: [
        [.text("Housing"), .text("2007/08"), .text("Homes built"), .int(120), .int(134)],
        [.text("Housing"), .text("2008/09"), .text("Homes built"), .int(130), .int(118)],
        [.text("Waste"), .text("2007/08"), .text("Recycling"), .int(35), .int(38)],
        [.text("Waste"), .text("2008/09"), .text("Recycling"), .int(40), .int(41)],
        [.text("Parks"), .text("2007/08"), .text("Visitors"), .int(500), .int(482)],
        [.text("Parks"), .text("2008/09"), .text("Visitors"), .int(520), .null],
    ]), as: "kpis")
    session.engine.register(Table(names: ["unit", "budget", "Actual 2006/07"], rows: [
        [.text("Housing"), .int(1200), .int(1100)],
        [.text("Waste"), .int(800), .int(790)],
    ]), as: "budgets")
    return (session, captured)
}

func makeREPL(_ lines: [String?], pasted: Bool = false, environment: [String: String] = [:])
    -> (REPL, ScriptedLineReader, Captured) {
    let (session, captured) = makeSession()
    let reader = ScriptedLineReader(lines, pasted: pasted)
    let repl = REPL(session: session, reader: reader, environment: environment)
    repl.useColor = false
    repl.colorErrors = false
    repl.terminalWidth = { 100 }
    return (repl, reader, captured)
}

/// A fresh temporary folder.
func temporaryDirectory() throws -> String {
    let dir = testScratch
        .appendingPathComponent("planq-shell-tests-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
}
