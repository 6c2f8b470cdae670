import Foundation
import PlanQuery
import Testing
@testable import PlanqShell

/// What a sqlite3 or DuckDB user reaches for: meta-commands in scripts, output settings,
/// files in any format, the prompt telling what is open.
@Suite("Shell features")
struct ShellFeatureTests {
    /// A script run the way `planq FILE` and standard input run it.
    func script(_ text: String, environment: [String: String] = [:]) -> (status: Int32, out: String, err: String, repl: REPL) {
        let (session, cap) = makeSession()
        let repl = REPL(session: session, reader: NoInputReader(), environment: environment)
        repl.colorErrors = false
        repl.useColor = false
        let status = repl.runScript(text, name: "report.planq")
        return (status, cap.out, cap.err, repl)
    }

    @Test func metaCommandsWorkInScripts() {
        let r = script("""
            .mode csv
            from budgets | select unit, budget
            .mode line
            from budgets | take 1 | select unit, budget
            .headers off
            .mode csv
            from budgets | select unit
            """)
        #expect(r.status == 0)
        #expect(r.err.isEmpty)
        #expect(r.out == "unit,budget\nHousing,1200\nWaste,800\n  unit = Housing\nbudget = 1,200\nHousing\nWaste\n")
    }

    @Test func aScriptWithASyntaxErrorRunsNothing() {
        let r = script(".mode csv\nfrom budgets | select unit\nfrom budgets | sort budget desc\n")
        #expect(r.status == 65)
        #expect(r.out.isEmpty)
        #expect(r.err.contains("report.planq:3:28: error: unexpected `desc`"))
        #expect(r.err.contains("hint: planq sorts descending with a minus: `sort -budget`"))
    }

    @Test func aScriptStopsAtItsFirstErrorUnlessBailIsOff() {
        let stops = script("from budgets | select nope\nfrom budgets | select unit\n")
        #expect(stops.status == 65)
        #expect(!stops.out.contains("Housing"))
        let goesOn = script(".bail off\nfrom budgets | select nope\nfrom budgets | select unit\nfrom kpis | select nope2\n")
        #expect(goesOn.status == 65)
        #expect(goesOn.out.contains("Housing"))
        #expect(goesOn.err.contains("report.planq:2:23: error: no column `nope`"))
        #expect(goesOn.err.contains("report.planq:4:20: error: no column `nope2`"))
    }

    @Test func aFailingMetaCommandFailsTheScript() {
        let r = script(".mode fancy\nfrom budgets\n")
        #expect(r.status == 1)
        #expect(r.err.contains("unknown mode fancy"))
        #expect(r.out.isEmpty)
    }

    @Test func echoPrintsEachStatementFirst() {
        let r = script(".echo on\n.mode csv\nfrom budgets | select unit; from budgets | select budget\n")
        #expect(r.out == ".mode csv\nfrom budgets | select unit\nunit\nHousing\nWaste\nfrom budgets | select budget\nbudget\n1200\n800\n")
    }

    @Test func exitSetsTheScriptsStatus() {
        let r = script("from budgets | take 1\n.exit 3\nfrom kpis\n")
        #expect(r.status == 3)
        #expect(!r.out.contains("Homes built"))
    }

    @Test func shellAndEditRunOnlyAtThePrompt() {
        let r = script(".shell echo hello\n")
        #expect(r.status == 1)
        #expect(r.err.contains(".shell runs only at the interactive prompt, not in scripts or -c"))
        #expect(!r.out.contains("hello"))
        let e = script(".edit\n")
        #expect(e.err.contains(".edit runs only at the interactive prompt"))
    }

    @Test func shellRunsACommandAtThePrompt() throws {
        let dir = try temporaryDirectory()
        let (repl, _, cap) = makeREPL([".shell echo made > \(dir)/marker.txt", ".system exit 4"])
        _ = repl.run()
        #expect(try String(contentsOfFile: dir + "/marker.txt", encoding: .utf8) == "made\n")
        #expect(cap.out.contains("(exit status 4)"))
    }

    @Test func editOpensTheEditorOnTheLastStatementAndRunsTheResult() throws {
        // The "editor" changes `take 1` into `take 2` in the file it is given.
        let (repl, reader, cap) = makeREPL(["from budgets | take 1 | select unit", ".edit"],
                                           environment: ["EDITOR": "sed -i s/take.1/take\\ 2/"])
        _ = repl.run()
        #expect(reader.history.last == "from budgets | take 2 | select unit")
        #expect(cap.out.contains("unit\n───────\nHousing\nWaste\n"))
        #expect(repl.lastStatement == "from budgets | take 2 | select unit")
    }

    @Test func headersAndNullvalue() {
        let (repl, _, cap) = makeREPL([".headers off", "from kpis | where unit == \"Parks\" | select unit, actual",
                                       ".headers on", ".nullvalue NA", "from kpis | where unit == \"Parks\" | select actual",
                                       ".nullvalue", ".headers"])
        _ = repl.run()
        #expect(cap.out.contains("Parks     482\nParks       ∅\n"))
        #expect(cap.out.contains("actual\n──────\n   482\n    NA\n"))
        #expect(cap.out.contains("nullvalue: \"NA\""))
        #expect(cap.out.contains("headers is on"))
    }

    @Test func lineModeShowsOneFieldPerLine() {
        let (repl, _, cap) = makeREPL([".mode line", "from kpis | where unit == \"Waste\" | select unit, indicator, actual"])
        _ = repl.run()
        #expect(cap.out.contains("     unit = Waste\nindicator = Recycling\n   actual = 38\n\n     unit = Waste\n"))
    }

    @Test func onceAndOutputPickTheFormatFromTheExtension() throws {
        let dir = try temporaryDirectory()
        let (repl, _, cap) = makeREPL([".once \(dir)/units.csv", "from budgets | select unit, budget",
                                       ".output \(dir)/all.jsonl", "from budgets | select unit", "from kpis | take 1 | select unit",
                                       ".output", "from budgets | take 1 | select unit"])
        _ = repl.run()
        #expect(try String(contentsOfFile: dir + "/units.csv", encoding: .utf8) == "unit,budget\nHousing,1200\nWaste,800\n")
        #expect(try String(contentsOfFile: dir + "/all.jsonl", encoding: .utf8)
                == "{\"unit\":\"Housing\"}\n{\"unit\":\"Waste\"}\n{\"unit\":\"Housing\"}\n")
        #expect(cap.out.contains("unit\n───────\nHousing\n"))
        #expect(repl.session.format == .table)
    }

    @Test func aFormatThisBuildCannotWriteIsSaid() throws {
        let dir = try temporaryDirectory()
        let (repl, _, cap) = makeREPL([".once \(dir)/book.xlsx", "from budgets | take 1", ".open-result"])
        _ = repl.run()
        #expect(cap.err.contains("this planq cannot write .xlsx files yet"))
        #expect(cap.err.contains(".open-result") || cap.err.contains("cannot write .xlsx"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/book.xlsx"))
        // The result went to the screen instead.
        #expect(cap.out.contains("Housing"))
    }

    @Test func documentWritersPlugIn() throws {
        let dir = try temporaryDirectory()
        let (repl, _, cap) = makeREPL([".output \(dir)/book.xlsx", "from budgets | select unit", "from kpis | take 2",
                                       ".output", "from budgets | take 1 | select budget", ".open-result"])
        // A stand-in writer: one line per table, its row count.
        repl.session.documentWriters["xlsx"] = { tables in Array(tables.map { "\($0.rowCount) rows\n" }.joined().utf8) }
        _ = repl.run()
        #expect(try String(contentsOfFile: dir + "/book.xlsx", encoding: .utf8) == "2 rows\n2 rows\n")
        #expect(cap.out.contains("wrote 2 tables to \(dir)/book.xlsx"))
        let temporary = cap.out.split(separator: "\n").map(String.init).first { $0.hasSuffix(".xlsx") && $0.contains("planq-result-") }
        let path = try #require(temporary)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "1 rows\n")
    }

    @Test func importAndOpenAreLoad() throws {
        let dir = try temporaryDirectory()
        try "code,amount\nA,1\nB,2\n".write(toFile: dir + "/ledger.csv", atomically: true, encoding: .utf8)
        let (repl, _, cap) = makeREPL([".import \(dir)/ledger.csv money", ".open \(dir)/ledger.csv", "from money | summarize s = sum(amount)"])
        _ = repl.run()
        #expect(cap.out.contains("(.import is .load in planq: .load \(dir)/ledger.csv as money)"))
        #expect(cap.out.contains("money: 2 rows, 2 columns"))
        #expect(cap.out.contains("(.open is .load in planq: .load \(dir)/ledger.csv)"))
        #expect(cap.out.contains("ledger: 2 rows"))
        #expect(cap.out.contains("s\n─\n3\n"))
    }

    @Test func cdChangesTheFolderFilesAreFoundIn() throws {
        let dir = try temporaryDirectory()
        try "a\n7\n".write(toFile: dir + "/seven.csv", atomically: true, encoding: .utf8)
        let before = FileManager.default.currentDirectoryPath
        defer { FileManager.default.changeCurrentDirectoryPath(before) }
        let (repl, _, cap) = makeREPL([".cd \(dir)", "from \"seven.csv\"", ".cd /no/such/folder"])
        _ = repl.run()
        #expect(cap.out.contains("a\n─\n7\n"))
        #expect(cap.err.contains("cannot change to /no/such/folder"))
    }

    @Test func promptCanBeChanged() {
        let (repl, reader, _) = makeREPL([".prompt \"budget> \" \"   ..> \"", "from kpis |", "take 1", ".prompt q>"])
        _ = repl.run()
        #expect(reader.prompts == ["planq> ", "budget> ", "   ..> ", "budget> ", "q>"])
    }

    @Test func theContinuationPromptSaysWhatIsOpen() {
        #expect(StatementInput.openConstruct("from kpis |") == .trailing("|"))
        #expect(StatementInput.openConstruct("from kpis | derive x = round(actual,") == .bracket("("))
        #expect(StatementInput.openConstruct("from kpis | where unit in [\"Waste\",") == .bracket("["))
        #expect(StatementInput.openConstruct("from kpis | where unit in [\"Wast") == .bracket("\""))
        #expect(StatementInput.openConstruct("from kpis | derive b = case when actual > 1 then 1") == .caseWithoutEnd)
        #expect(StatementInput.openConstruct("let x =") == .trailing("="))
        #expect(StatementInput.openConstruct("from kpis \\") == .trailing("\\"))
        #expect(StatementInput.openConstruct("from kpis") == .none)
        let (repl, reader, _) = makeREPL(["from kpis | where unit in [\"Waste\",", "\"Parks\"] | derive b = case", "when actual > 1 then 1", "end"])
        _ = repl.run()
        #expect(reader.prompts == ["planq> ", "  ..[> ", " case> ", " case> ", "planq> "])
    }

    @Test func aPipeLineAfterAnErrorSaysWhichStatementItExtends() {
        let (repl, _, cap) = makeREPL(["from budgets | take 1", "from budgets | where nope > 1", "| select unit"])
        _ = repl.run()
        #expect(cap.out.contains("| extends the last statement that ran: from budgets | take 1\n"))
        #expect(repl.lastStatement == "from budgets | take 1\n| select unit")
        // No note when the last statement ran.
        let (quiet, _, cap2) = makeREPL(["from budgets | take 1", "| select unit"])
        _ = quiet.run()
        #expect(!cap2.out.contains("extends"))
    }

    @Test func lastWorksInEveryMode() {
        let (repl, _, cap) = makeREPL([".mode csv", "from budgets | select unit", ".last"])
        _ = repl.run()
        #expect(cap.out.components(separatedBy: "unit\nHousing\nWaste\n").count == 3)
    }

    @Test func statementsAreColouredForTheEcho() {
        let coloured = SyntaxHighlight.ansi("from kpis | where unit == \"Waste\" and period == FY2008/09 # note")
        #expect(coloured.hasPrefix("\u{1B}[1mfrom\u{1B}[0m kpis | \u{1B}[1mwhere\u{1B}[0m unit == \u{1B}[32m\"Waste\"\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[36mFY2008/09\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[2m# note\u{1B}[0m"))
        // Without the escapes it is the statement itself.
        let plain = coloured.replacing(/\u{1B}\[[0-9;]*m/, with: "")
        #expect(plain == "from kpis | where unit == \"Waste\" and period == FY2008/09 # note")
    }

    @Test func theProgressLineWaitsThenErasesItself() async throws {
        final class Sink: @unchecked Sendable {
            let lock = NSLock()
            var text = ""
            func add(_ s: String) { lock.lock(); text += s; lock.unlock() }
        }
        let sink = Sink()
        let quick = ProgressLine(delay: .milliseconds(300)) { sink.add($0) }
        quick.start()
        quick.stop()
        try await Task.sleep(for: .milliseconds(500))
        #expect(sink.text.isEmpty)
        let slow = ProgressLine(delay: .milliseconds(20)) { sink.add($0) }
        slow.start()
        try await Task.sleep(for: .milliseconds(300))
        slow.stop()
        #expect(sink.text.contains("running… "))
        #expect(sink.text.hasSuffix("\r\u{1B}[K"))
    }

    @Test func resultsAreWrittenInPiecesSoCtrlCCanStopThem() {
        let (session, cap) = makeSession()
        let reader = ScriptedLineReader([])
        let repl = REPL(session: session, reader: reader, environment: [:])
        repl.pagerEnabled = false
        var pieces = 0
        session.writeOut = { cap.out += $0; pieces += 1 }
        let text = (0..<200).map { "line \($0)\n" }.joined()
        repl.writeInterruptibly(text)
        #expect(pieces == 4)
        #expect(cap.out == text)
    }
}
