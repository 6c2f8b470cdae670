import Foundation
import PlanQuery
import Testing
@testable import PlanqShell

@Suite("REPL loop")
struct REPLLoopTests {
    @Test func runsAStatementAndPrintsAGrid() {
        let (repl, _, cap) = makeREPL(["from kpis | where unit == \"Waste\" | select unit, actual"])
        #expect(repl.run() == 0)
        #expect(cap.out.contains("unit   actual"))
        #expect(cap.out.contains("Waste      38"))
        #expect(!cap.out.contains("Housing"))
        #expect(cap.err.isEmpty)
    }

    @Test func welcomeLineCountsTables() {
        let (repl, _, cap) = makeREPL([])
        _ = repl.run()
        #expect(cap.out.hasPrefix("planq \(REPL.version) — 2 tables loaded (.tables). .help for help, Ctrl-D to leave.\n"))
        #expect(cap.out.contains(".help"))
    }

    @Test func multiLineStatementWithTrailingPipeAndOpenBracket() {
        let (repl, reader, cap) = makeREPL([
            "from kpis |",
            "  summarize n = count(), best = max(",
            "    actual) by unit",
            "| sort unit",
        ], pasted: true)
        _ = repl.run()
        // The continuation prompt says what is open: a trailing `|`, a `(`, then nothing.
        #expect(reader.prompts == ["planq> ", "  ..|> ", "  ..(> ", "  ...> ", "planq> "])
        #expect(reader.history == ["from kpis |\n  summarize n = count(), best = max(\n    actual) by unit\n| sort unit"])
        #expect(cap.err.isEmpty)
        let lines = cap.out.split(separator: "\n").map(String.init)
        let body = lines.drop { !$0.hasPrefix("unit") }
        #expect(body.dropFirst(2).first?.hasPrefix("Housing") == true)
        #expect(body.dropFirst(3).first?.hasPrefix("Parks") == true)
    }

    @Test func aLineStartingWithAPipeExtendsTheLastStatement() {
        let (repl, reader, cap) = makeREPL([
            "from kpis | where unit == \"Parks\"",
            "| select unit, actual",
        ])
        _ = repl.run()
        #expect(reader.history.last == "from kpis | where unit == \"Parks\"\n| select unit, actual")
        #expect(repl.lastStatement == "from kpis | where unit == \"Parks\"\n| select unit, actual")
        #expect(cap.out.contains("unit   actual"))
        #expect(cap.err.isEmpty)
    }

    @Test func completionKnowsTheStatementSoFar() {
        let (repl, reader, _) = makeREPL(["from budgets | take 1"])
        _ = repl.run()
        // A `|` line at the prompt extends the last statement: its columns are offered.
        withExtendedLifetime(repl) {
            #expect(reader.completer?("| where bu").candidates == ["budget"])
            #expect(reader.completer?("from kpis | where ac").candidates == ["actual"])
        }
    }

    @Test func completionOnAContinuationLineSeesTheLinesAbove() {
        let (repl, reader, _) = makeREPL(["from kpis | derive gap = actual - target |", "  where g"])
        var offered: [String] = []
        reader.beforeRead = { prompt in
            if prompt == "  ..|> " { offered = reader.completer?("  where g").candidates ?? [] }
        }
        _ = repl.run()
        #expect(offered.first == "gap")
    }

    @Test func aPipeWithNothingBeforeItIsExplained() {
        let (repl, _, cap) = makeREPL(["| where x > 1", "from kpis | take 1"])
        #expect(repl.run() == 0)
        #expect(cap.err.contains("adds a step to the previous statement"))
        #expect(cap.out.contains("Housing"))
    }

    @Test func errorsShowTheLineAndCaretAndDoNotEndTheLoop() {
        let (repl, _, cap) = makeREPL(["from kpis | where nuit == 1", "from kpis | take 1"])
        #expect(repl.run() == 0)
        #expect(cap.err.contains("<repl>:1:19: error: no column `nuit`"))
        #expect(cap.err.contains("from kpis | where nuit == 1\n                  ^^^^"))
        #expect(cap.out.contains("Homes built"))
    }

    @Test func aFailedStatementIsNotExtended() {
        let (repl, _, _) = makeREPL(["from kpis | take 2", "from kpis | where nope", "| take 1"])
        _ = repl.run()
        #expect(repl.lastStatement == "from kpis | take 2\n| take 1")
    }

    @Test func ctrlCDropsThePartialStatement() {
        let (repl, reader, cap) = makeREPL(["from kpis |", nil, "from budgets | take 1"])
        _ = repl.run()
        #expect(reader.prompts == ["planq> ", "  ..|> ", "planq> ", "planq> "])
        #expect(reader.history == ["from budgets | take 1"])
        #expect(cap.out.contains("1,200"))
        #expect(cap.err.isEmpty)
    }

    @Test func ctrlDInsideAStatementRunsWhatWasTypedThenLeaves() {
        let (repl, reader, cap) = makeREPL(["from kpis |", "\u{4}", "from budgets"])
        _ = repl.run()
        #expect(cap.err.contains("expected a transform after `|`"))
        #expect(reader.lines == ["from budgets"])
    }

    @Test func ctrlDOnAnEmptyLineLeaves() {
        let (repl, reader, _) = makeREPL(["\u{4}", "from budgets"])
        #expect(repl.run() == 0)
        #expect(reader.lines == ["from budgets"])
    }

    @Test func blankLinesAndCommentsAreSkipped() {
        let (repl, reader, cap) = makeREPL(["", "   ", "# a note", "from budgets | take 1"])
        _ = repl.run()
        #expect(reader.history == ["from budgets | take 1"])
        #expect(cap.err.isEmpty)
    }

    @Test func typedLinesNotPastedRunOneByOne() {
        // Without read-ahead (nothing pasted), `from kpis` runs on its own; the `|` line then extends it.
        let (repl, reader, _) = makeREPL(["from kpis", "| take 1"])
        _ = repl.run()
        #expect(reader.history == ["from kpis", "from kpis\n| take 1"])
    }

    @Test func pastedPipelineLinesRunAsOneStatement() {
        let (repl, reader, cap) = makeREPL(["from kpis", "| where unit == \"Waste\"", "| take 1", "from budgets | take 1"],
                                           pasted: true)
        _ = repl.run()
        #expect(reader.history == ["from kpis\n| where unit == \"Waste\"\n| take 1", "from budgets | take 1"])
        #expect(!cap.out.contains("Homes built"))
        #expect(cap.out.contains("Recycling"))
    }

    @Test func ctrlCDuringAQueryCancelsIt() {
        let (session, cap) = makeSession()
        // 25 million joined rows: seconds of work, stopped within milliseconds of Ctrl-C.
        session.engine.register(Table(names: ["k"], rows: (0..<5_000).map { _ in [.int(1)] }), as: "many")
        session.engine.limits.timeout = .seconds(30)
        let reader = CancellingReader(["from many | join many on k | summarize n = count()"])
        let repl = REPL(session: session, reader: reader, environment: [:])
        let start = ContinuousClock.now
        _ = repl.run()
        #expect(cap.err.contains("query cancelled"))
        #expect(start.duration(to: .now) < .seconds(2))
    }
}

/// A reader whose Ctrl-C is always pressed: every query is cancelled as it starts.
final class CancellingReader: LineReader {
    var lines: [String]
    var completer: ((String) -> Completion)?
    init(_ lines: [String]) { self.lines = lines }
    func readLine(prompt: String) -> ReadResult { lines.isEmpty ? .end : .line(lines.removeFirst()) }
    func addHistory(_ entry: String) {}
    var interruptCheck: @Sendable () -> Bool { { true } }
}

@Suite("Meta-commands")
struct MetaCommandTests {
    @Test func modeSwitchesTheOutputFormat() {
        let (repl, _, cap) = makeREPL([".mode csv", "from budgets", ".mode json", "from budgets | take 1", ".mode"])
        _ = repl.run()
        #expect(cap.out.contains("unit,budget,Actual 2006/07\nHousing,1200,1100\nWaste,800,790\n"))
        // A JSON array of objects (the writer decides the line breaks).
        let json = cap.out.components(separatedBy: "790\n").last ?? ""
        #expect(json.hasPrefix("["))
        #expect(json.contains("{\"unit\":\"Housing\",\"budget\":1200,\"Actual 2006/07\":1100}"))
        #expect(cap.out.contains("mode: json"))
    }

    @Test func modeAcceptsPrefixesAndAliasesAndRejectsUnknownOnes() {
        let (repl, _, cap) = makeREPL([".mode mark", ".mode tabs", ".mode fancy"])
        _ = repl.run()
        #expect(repl.session.format == .tsv)
        #expect(cap.err.contains("unknown mode fancy; modes: table, csv, tsv, json, jsonl, markdown, html, line"))
    }

    @Test func commandsCanBeAbbreviated() {
        let (repl, _, cap) = makeREPL([".mo md", ".t"])
        _ = repl.run()
        #expect(repl.session.format == .markdown)
        #expect(cap.err.contains(".t is ambiguous: .tables, .timer"))
    }

    @Test func unknownCommandSuggestsTheNearestOne() {
        let (repl, _, cap) = makeREPL([".tabels"])
        _ = repl.run()
        #expect(cap.err.contains("unknown command .tabels; did you mean .tables?"))
    }

    @Test func maxrowsCutsTheGridWithAVisibleFooterAndLastShowsAll() {
        let (repl, _, cap) = makeREPL([".maxrows 2", "from kpis", ".last"])
        _ = repl.run()
        #expect(cap.out.contains("… 4 more rows (6 in all)"))
        let afterFooter = cap.out.components(separatedBy: "… 4 more rows (6 in all)\n").last ?? ""
        #expect(afterFooter.contains("Parks    2008/09"))
        #expect(!afterFooter.contains("more rows"))
    }

    @Test func maxrowsZeroShowsEverything() {
        let (repl, _, cap) = makeREPL([".maxrows 1", ".maxrows 0", "from kpis", ".maxrows"])
        _ = repl.run()
        #expect(!cap.out.contains("more rows"))
        #expect(cap.out.contains("maxrows: 0 (all rows)"))
    }

    @Test func maxwidthFitsTheGrid() {
        let (repl, _, cap) = makeREPL([".maxwidth 36", "from kpis | take 1"])
        _ = repl.run()
        let lines = cap.out.split(separator: "\n").dropFirst().filter { !$0.hasPrefix("… ") }
        #expect(lines.allSatisfy { $0.count <= 36 })
        #expect(lines.contains { $0.contains("Homes bui…") })
        #expect(cap.out.contains("… 1 more column (.last shows all): actual"))
    }

    @Test func tablesListsRowCountsAndSources() {
        let (repl, _, cap) = makeREPL([".tables", "let big = from kpis | where actual > 100", ".tables b*"])
        _ = repl.run()
        #expect(cap.out.contains("table    rows  columns  source"))
        #expect(cap.out.contains("kpis        6        5  registered"))
        #expect(cap.out.contains("big         3        5  let"))
        #expect(cap.out.contains("budgets     2        3  registered"))
    }

    @Test func schemaShowsTypesAndNullCounts() {
        let (repl, _, cap) = makeREPL([".schema kpis", ".schema kpsi", ".schema from kpis | summarize n = count() by unit", ".schema"])
        _ = repl.run()
        #expect(cap.out.contains("column     type  format  nulls  distinct  unparsed  min          max       example"))
        #expect(cap.out.contains("actual     int   plain       1         5         0  38           482       134"))
        #expect(cap.err.contains("no table named kpsi; did you mean kpis?"))
        #expect(cap.out.contains("n       int"))
        #expect(cap.out.contains("budgets (2 rows): unit text, budget int, `Actual 2006/07` int"))
    }

    @Test func helpListsCommandsAndDelegatesTopics() {
        let (repl, _, cap) = makeREPL([".help", ".help .mode", ".help sum", ".help where"])
        _ = repl.run()
        for c in MetaCommand.all { #expect(cap.out.contains(c.usage)) }
        #expect(cap.out.contains(".mode [FORMAT]\n  output format:"))
        #expect(cap.out.contains("sum("))
        #expect(cap.out.contains("where CONDITION"))
    }

    @Test func loadReadsAFileAsATable() throws {
        let dir = try temporaryDirectory()
        try "code,amount\nA,1\nB,2\nC,3\n".write(toFile: dir + "/ledger.csv", atomically: true, encoding: .utf8)
        let (repl, _, cap) = makeREPL([".load \(dir)/ledger.csv", ".load \(dir)/ledger.csv as money",
                                       "from money | summarize s = sum(amount)", ".load \(dir)/nope.csv"])
        _ = repl.run()
        #expect(cap.out.contains("ledger: 3 rows, 2 columns from \(dir)/ledger.csv"))
        #expect(cap.out.contains("money: 3 rows, 2 columns"))
        #expect(cap.out.contains("s\n─\n6\n"))
        #expect(cap.err.contains("cannot load \(dir)/nope.csv: no such file or folder"))
        #expect(repl.session.engine.env.tableNames.contains("ledger"))
    }

    @Test func loadAFolderRegistersEveryDataFile() throws {
        let dir = try temporaryDirectory()
        try "a\n1\n".write(toFile: dir + "/one.csv", atomically: true, encoding: .utf8)
        try "b\n2\n".write(toFile: dir + "/two.csv", atomically: true, encoding: .utf8)
        try "notes".write(toFile: dir + "/readme.txt", atomically: true, encoding: .utf8)
        let (repl, _, cap) = makeREPL([".load \(dir)", "from two"])
        _ = repl.run()
        #expect(cap.out.contains("2 tables from \(dir): one, two"))
        #expect(cap.out.contains("b\n─\n2"))
    }

    @Test func outputSendsResultsToAFileUntilSwitchedBack() throws {
        let dir = try temporaryDirectory()
        let path = dir + "/out.csv"
        let (repl, _, cap) = makeREPL([".mode csv", ".maxrows 1", ".output \(path)", "from kpis | select unit",
                                       "from budgets | select unit", ".output", "from budgets | take 1 | select budget"])
        _ = repl.run()
        let written = try String(contentsOfFile: path, encoding: .utf8)
        // Files get every row, whatever .maxrows says.
        #expect(written == "unit\nHousing\nHousing\nWaste\nWaste\nParks\nParks\nunit\nHousing\nWaste\n")
        #expect(cap.out.contains("budget\n1200\n"))
        #expect(!cap.out.contains("Parks"))
    }

    @Test func onceSendsOnlyTheNextResult() throws {
        let dir = try temporaryDirectory()
        let path = dir + "/once.md"
        let (repl, _, cap) = makeREPL([".mode markdown", ".once \(path)", "from budgets | select unit", "from budgets | select budget"])
        _ = repl.run()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "| unit |\n|---|\n| Housing |\n| Waste |\n")
        #expect(cap.out.contains("| budget |"))
        #expect(!cap.out.contains("| unit |"))
    }

    @Test func timerReportsTheTime() {
        let (repl, _, cap) = makeREPL([".timer on", "from kpis | take 1", ".timer off", "from kpis | take 1", ".timer"])
        _ = repl.run()
        #expect(cap.out.components(separatedBy: "time: ").count == 2)
        #expect(cap.out.contains("timer is off"))
    }

    @Test func quitStopsReadingAndExitSetsTheCode() {
        let (repl, reader, _) = makeREPL([".quit", "from kpis"])
        #expect(repl.run() == 0)
        #expect(reader.lines == ["from kpis"])
        let (repl2, _, _) = makeREPL([".exit 3"])
        #expect(repl2.run() == 3)
    }

    @Test func readRunsAFileOfStatementsAndMetaCommands() throws {
        let dir = try temporaryDirectory()
        let script = dir + "/setup.planq"
        try """
            .mode csv
            let waste = from kpis
              | where unit == "Waste"
            from waste | select actual

            from waste
            | where nope > 1
            from kpis
            """.write(toFile: script, atomically: true, encoding: .utf8)
        let (repl, _, cap) = makeREPL([".read \(script)", ".read \(dir)/missing.planq"])
        _ = repl.run()
        #expect(repl.session.format == .csv)
        #expect(cap.out.contains("actual\n38\n41\n"))
        // Errors point at the file's own lines, and the file stops there.
        #expect(cap.err.contains("\(script):7:9: error: no column `nope`"))
        #expect(!cap.out.contains("Homes built"))
        #expect(cap.err.contains("cannot read \(dir)/missing.planq"))
    }

    @Test func rcFileRunsFirst() throws {
        let dir = try temporaryDirectory()
        try "a\n1\n".write(toFile: dir + "/extra.csv", atomically: true, encoding: .utf8)
        try ".mode jsonl\n.maxrows 5\n.load \(dir)/extra.csv\n".write(toFile: dir + "/rc", atomically: true, encoding: .utf8)
        let (repl, _, cap) = makeREPL(["from budgets | take 1"], environment: ["PLANQ_RC": dir + "/rc"])
        _ = repl.run()
        #expect(cap.out.contains("{\"unit\":\"Housing\",\"budget\":1200,\"Actual 2006/07\":1100}\n"))
        #expect(repl.maxRows == 5)
        #expect(cap.out.contains("3 tables loaded"))
        // ~/.planqrc when PLANQ_RC is not set.
        try ".timer on\n".write(toFile: dir + "/.planqrc", atomically: true, encoding: .utf8)
        let (repl2, _, _) = makeREPL([], environment: ["HOME": dir])
        _ = repl2.run()
        #expect(repl2.timer)
        #expect(repl2.rcPath() == dir + "/.planqrc")
    }

    @Test func editmodeReachesTheReader() {
        let (repl, reader, cap) = makeREPL([".editmode vi", ".editmode", ".editmode ed"])
        _ = repl.run()
        #expect(reader.editMode == "vi")
        #expect(cap.out.contains("edit mode: vi"))
        #expect(cap.err.contains("usage: .editmode emacs|vi"))
    }

    @Test func showListsTheSettings() {
        let (repl, _, cap) = makeREPL([".mode csv", ".show"])
        _ = repl.run()
        #expect(cap.out.contains("mode:      csv"))
        #expect(cap.out.contains("maxrows:   40"))
    }

    @Test func metaCommandsGoToHistoryToo() {
        let (repl, reader, _) = makeREPL(["  .mode csv  "])
        _ = repl.run()
        #expect(reader.history == [".mode csv"])
    }

    @Test func argumentsKeepQuotedSpaces() {
        #expect(REPL.splitArguments(".load \"my data/a b.csv\" as ab") == [".load", "my data/a b.csv", "as", "ab"])
        #expect(REPL.splitArguments(".once ''") == [".once", ""])
    }
}

@Suite("Statement ends")
struct StatementInputTests {
    @Test func completeAndIncompleteStatements() {
        #expect(StatementInput.isComplete("from kpis"))
        #expect(StatementInput.isComplete("from kpis | take 3"))
        #expect(!StatementInput.isComplete("from kpis |"))
        #expect(!StatementInput.isComplete("from kpis |   # more to come"))
        #expect(!StatementInput.isComplete("from kpis | summarize n = count(\n"))
        #expect(!StatementInput.isComplete("from kpis | group unit (sort -actual"))
        #expect(StatementInput.isComplete("from kpis | group unit (sort -actual | take 1)"))
        #expect(!StatementInput.isComplete("let x ="))
        #expect(!StatementInput.isComplete("from kpis \\"))
        #expect(!StatementInput.isComplete("from kpis | derive band = case\n when actual > 100 then \"big\""))
        #expect(StatementInput.isComplete("from kpis | derive band = case\n when actual > 100 then \"big\"\n end"))
        #expect(StatementInput.isComplete("from kpis | where unit == \"(\""))
        #expect(StatementInput.isComplete("from \"unterminated"))
        #expect(StatementInput.isComplete(""))
    }

    @Test func metaCommandsAndPipes() {
        #expect(StatementInput.isMetaCommand(".mode csv"))
        #expect(StatementInput.isMetaCommand("  .q"))
        #expect(!StatementInput.isMetaCommand(".5 + 1"))
        #expect(StatementInput.startsWithPipe("  | take 1"))
        #expect(!StatementInput.startsWithPipe("from x | take 1"))
        #expect(StatementInput.isBlank("  \n # comment\n"))
        #expect(!StatementInput.isBlank("# c\nfrom x"))
    }
}

@Suite("Colour")
struct ColourTests {
    @Test func diagnosticsGetColourOnlyWhereItHelps() {
        let text = "<repl>:1:6: error: no table named `kpsi`\nfrom kpsi\n     ^^^^\nhint: did you mean `kpis`?"
        let coloured = Highlight.diagnostics(text)
        #expect(coloured.contains("\u{1B}[1;31merror\u{1B}[0m: no table"))
        #expect(coloured.contains("\u{1B}[1;31m     ^^^^\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[36mhint:\u{1B}[0m did you mean"))
        #expect(coloured.contains("\nfrom kpsi\n"))
    }

    @Test func gridHeaderIsBoldOnlyWithColour() {
        let (repl, _, cap) = makeREPL(["from budgets | take 1"])
        repl.useColor = true
        _ = repl.run()
        #expect(cap.out.contains("\u{1B}[1munit"))
        let (plain, _, cap2) = makeREPL(["from budgets | take 1"])
        _ = plain.run()
        #expect(!cap2.out.contains("\u{1B}["))
    }
}

@Suite("Fitting the screen")
struct FitTests {
    @Test func columnsThatDoNotFitAreNamedInANote() {
        let names = (1...12).map { "column_\($0)" }
        let row: [Value] = (1...12).map { .text("a fairly long text value \($0)") }
        let t = Table(names: names, rows: [row, row])
        let (shown, hidden) = Session.fitColumns(t, grid: GridRenderer(maxRows: 40, totalWidth: 60))
        #expect(shown.schema.count == 6)  // 6 × 8 + 5 × 2 = 58
        #expect(hidden == Array(names.dropFirst(6)))
        #expect(Session.hiddenColumnsNote(["a", "b"], width: 80) == "… 2 more columns (.last shows all): a, b\n")
        // Nothing is dropped when the table fits, or when there is no screen width.
        #expect(Session.fitColumns(t, grid: GridRenderer(totalWidth: 1000)).hidden.isEmpty)
        #expect(Session.fitColumns(t, grid: GridRenderer()).hidden.isEmpty)
    }

    @Test func theREPLShowsTheNoteAndLastShowsEverything() {
        let (repl, _, cap) = makeREPL(["from kpis", ".last"])
        repl.terminalWidth = { 30 }
        _ = repl.run()
        #expect(cap.out.contains("… 2 more columns (.last shows all): target, actual"))
        let afterNote = cap.out.components(separatedBy: "target, actual\n").last ?? ""
        #expect(afterNote.contains("actual"))
    }
}
