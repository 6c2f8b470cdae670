import Foundation
import Testing

/// The CLI contract, checked on the real binary: -c, scripts, stdin, formats, --data,
/// --param, error format on standard error, exit codes.
@Suite("CLI contract")
struct CLITests {
    struct Result { var out: String; var err: String; var status: Int32 }

    static var binary: URL { Fixtures.productsDirectory.appendingPathComponent("planq") }

    func planq(_ args: [String], stdin: String? = nil, cwd: URL? = nil) throws -> Result {
        let p = Process()
        p.executableURL = CLITests.binary
        p.arguments = args
        p.currentDirectoryURL = cwd ?? Fixtures.goldenData
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        p.environment = env
        let out = Pipe(), err = Pipe(), inp = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = inp
        try p.run()
        if let stdin { inp.fileHandleForWriting.write(Data(stdin.utf8)) }
        try inp.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(out: String(decoding: o, as: UTF8.self), err: String(decoding: e, as: UTF8.self), status: p.terminationStatus)
    }

    @Test func commandRunsAQuery() throws {
        let r = try planq(["--data", "kpis.csv", "--format", "csv", "-c",
                           "from kpis | where period == FY2008/09 | summarize n = count() by directorate | sort directorate"])
        #expect(r.status == 0)
        #expect(r.out == "directorate,n\nCFE,1\nCMY,2\nE&R,1\n")
        #expect(r.err == "")
    }

    /// A section a script leaves open is closed at its end with a warning at the `section`
    /// (also when meta-commands split the script, and when it is written to a file); a stray
    /// `end` stops the script before anything runs.
    @Test func reportSectionsAndEnds() throws {
        let open = try planq(["--format", "csv"], stdin: "section \"A\"\n.mode csv\n  section \"B\"\nfrom [1]\nend\n")
        #expect(open.status == 0)
        #expect(open.out == "value\n1\n")
        #expect(open.err == """
            <stdin>:1:1: warning: `section "A"` has no `end`: the section runs to the end of the script
            section "A"
            ^^^^^^^^^^^
            hint: close it with `end` on a line of its own after its last statement

            """)
        let page = testScratch.appendingPathComponent("planq-open-section-\(getpid()).html")
        defer { try? FileManager.default.removeItem(at: page) }
        let written = try planq(["-c", "section \"A\"\ntext \"x\"", "-o", page.path])
        #expect(written.status == 0)
        #expect(written.err.hasPrefix("<command>:1:1: warning: `section \"A\"` has no `end`"))
        let stray = try planq([], stdin: "text \"first\"\nsection \"A\"\nend\n end\n")
        #expect(stray.status == 65)
        #expect(stray.out == "")
        #expect(stray.err.hasPrefix("""
            <stdin>:4:2: error: `end` without a `section` to close
             end
             ^^^
            hint: the `end` at line 3 already closed `section "A"` (line 2)
            """))
    }

    @Test func fileQueryWithEveryFormat() throws {
        let q = "from \"kpis.csv\" | where code == \"NI 47\" | select code, period, value"
        #expect(try planq(["--format", "tsv", "-c", q]).out == "code\tperiod\tvalue\nNI 47\t2007/08\t650\nNI 47\t2008/09\t620\n")
        #expect(try planq(["--format", "jsonl", "-c", q]).out ==
                "{\"code\":\"NI 47\",\"period\":\"2007/08\",\"value\":650}\n{\"code\":\"NI 47\",\"period\":\"2008/09\",\"value\":620}\n")
        let json = try planq(["--format", "json", "-c", q]).out
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]]
        #expect(parsed?.count == 2)
        #expect(parsed?.first?["period"] as? String == "2007/08")
        #expect(try planq(["--format", "markdown", "-c", q]).out.hasPrefix("| code | period | value |\n|---|---|---:|\n"))
        let table = try planq(["-c", q]).out
        #expect(table.hasPrefix("code   period   value\n"))
    }

    @Test func scriptFileAndStdin() throws {
        let dir = testScratch.appendingPathComponent("planq-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let script = dir.appendingPathComponent("r.planq")
        try "param top = 2\nfrom kpis | sort -value | take top | select code\n".write(to: script, atomically: true, encoding: .utf8)
        let data = Fixtures.goldenData.appendingPathComponent("kpis.csv").path
        let r = try planq(["--data", data, "--format", "csv", script.path])
        #expect(r.status == 0)
        #expect(r.out == "code\nNI 47\nNI 47\n")
        let p = try planq(["--data", data, "--format", "csv", "--param", "top=1", script.path])
        #expect(p.out == "code\nNI 47\n")
        let s = try planq(["--data", data, "--format", "csv"], stdin: "from kpis | take 1 | select code\n")
        #expect(s.out == "code\nNI 9\n")
    }

    @Test func metaCommandsThroughStandardInputAndScripts() throws {
        let data = Fixtures.goldenData.appendingPathComponent("kpis.csv").path
        let piped = try planq(["--data", data], stdin: ".tables\n.mode csv\nfrom kpis | take 1 | select code\n")
        #expect(piped.status == 0)
        #expect(piped.out.contains("kpis"))
        #expect(piped.out.hasSuffix("code\nNI 9\n"))
        #expect(piped.err == "")
        let command = try planq(["--data", data, "-c", ".mode jsonl\nfrom kpis | take 1 | select code"])
        #expect(command.out == "{\"code\":\"NI 9\"}\n")
        // Never a shell command from a script, -c or a pipe.
        let shell = try planq(["--data", data], stdin: ".shell echo leaked\n")
        #expect(shell.status == 1)
        #expect(!shell.out.contains("leaked"))
        #expect(shell.err.contains(".shell runs only at the interactive prompt"))
    }

    @Test func errorsGoToStandardErrorWithCaret() throws {
        let r = try planq(["--data", "kpis.csv", "-c", "from kpis | where vaule > 1"])
        #expect(r.status == 65)
        #expect(r.out == "")
        #expect(r.err == """
            <command>:1:19: error: no column `vaule`
            from kpis | where vaule > 1
                              ^^^^^
            hint: did you mean `value`?

            """)
        let s = try planq(["--data", "kpis.csv"], stdin: "from kpis\n| take\n")
        #expect(s.status == 65)
        #expect(s.err.hasPrefix("<stdin>:2:7: error: expected an expression, found end of line"))
    }

    @Test func exitCodes() throws {
        #expect(try planq(["-c", "1 +"]).status == 65)                       // syntax
        #expect(try planq(["-c", "from nosuch"]).status == 65)               // unknown name
        #expect(try planq(["-c", "\"a\" - 1"]).status == 65)                 // type
        #expect(try planq(["-c", "from \"missing.csv\""]).status == 66)      // input missing
        #expect(try planq(["--data", "missing.csv", "-c", "1"]).status == 66)
        #expect(try planq(["no-such-script.planq"]).status == 66)
        #expect(try planq(["--format", "xml", "-c", "1"]).status == 64)      // usage
        #expect(try planq(["--param", "novalue", "-c", "1"]).status == 64)
        #expect(try planq(["-c", "1 + 1"]).status == 0)
    }

    @Test func dataDirectoryLoadsEveryFile() throws {
        let r = try planq(["--data", ".", "--format", "csv", "-c", "from units | join semi budgets on unit | distinct unit | sort unit"])
        #expect(r.status == 0)
        #expect(r.out == "unit\nKent Highway Services\nKent Youth Service\nLibraries & Archives\n")
    }

    @Test func hyphenatedFileStemGetsTheBackquotedForm() throws {
        let dir = testScratch.appendingPathComponent("planq-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("seattle-weather.csv").path
        try "a,b\n1,2\n".write(toFile: path, atomically: true, encoding: .utf8)
        let bare = try planq(["--data", path, "-c", "from seattle-weather"])
        #expect(bare.status == 65)
        #expect(bare.err.contains("hint: table names with a hyphen, a space or a leading digit go in backquotes: from `seattle-weather`"))
        let quoted = try planq(["--data", path, "--format", "csv", "-c", "from `seattle-weather`"])
        #expect(quoted.out == "a,b\n1,2\n")
    }

    @Test func workbooksOutAndIn() throws {
        let dir = testScratch.appendingPathComponent("planq-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let book = dir.appendingPathComponent("kpi.xlsx").path
        let kpis = Fixtures.goldenData.appendingPathComponent("kpis.csv").path
        // -o chooses the format by extension; every table result is a sheet named after its source.
        let w = try planq(["--data", kpis, "-c", "from kpis | take 3\nfrom kpis | summarize n = count()", "-o", book])
        #expect(w.status == 0, "\(w.err)")
        #expect(w.out == "wrote 2 tables to \(book)\n")
        let r = try planq(["--data", book, "--format", "csv", "-c", "from kpi | summarize n = count()"])
        #expect(r.out == "n\n3\n", "\(r.err)")
        // Each sheet is a table `stem.sheet`.
        let s = try planq(["--data", book, "--format", "csv", "-c", "from `kpi.Result 2`"])
        #expect(s.out.hasPrefix("n\n"), "\(s.err)")
        // --format xlsx needs a file.
        let e = try planq(["--format", "xlsx", "-c", "from [1]"])
        #expect(e.status == 64)
        #expect(e.err.contains("-o FILE.xlsx"))
        // -o with a text format writes that text.
        let csv = dir.appendingPathComponent("out.csv").path
        #expect(try planq(["-c", "from [1, 2]", "-o", csv]).status == 0)
        #expect(try String(contentsOfFile: csv, encoding: .utf8) == "value\n1\n2\n")
    }
}

@Suite("planq import")
struct ImportCLITests {
    let cli = CLITests()
    var documents: URL { Fixtures.root.appendingPathComponent("documents") }

    @Test func listsTablesAndSummarisesOnStandardError() throws {
        let r = try cli.planq(["import", documents.appendingPathComponent("pipe-table.md").path])
        #expect(r.status == 0)
        #expect(r.out.hasPrefix("table  unit"))
        #expect(r.err.contains("pipe-table.md:"))
        #expect(r.err.contains("tables"))
    }

    @Test func writesEveryTableWithProvenance() throws {
        let out = testScratch.appendingPathComponent("planq-import-\(UUID().uuidString)")
        let doc = documents.appendingPathComponent("repeated-header-after-page-break.txt")
        let r = try cli.planq(["import", doc.path, "--out", out.path])
        #expect(r.status == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(files.first == "repeated-header-after-page-break-001.csv")
        let csv = try String(contentsOf: out.appendingPathComponent(files[0]), encoding: .utf8)
        #expect(csv.split(separator: "\n").first?.hasSuffix("unit,directorate,section,source,line") == true)
    }

    @Test func queriesADocumentsTablesDirectly() throws {
        let doc = documents.appendingPathComponent("pipe-table.md").path
        let toc = try cli.planq(["--format", "csv", "-c", "from \"\(doc)\" | select table, rows"])
        #expect(toc.status == 0)
        #expect(toc.out.hasPrefix("table,rows\n1,"))
        let t = try cli.planq(["--format", "csv", "-c", "from \"\(doc)#1\" | summarize n = count()"])
        #expect(t.status == 0)
        #expect(t.out.hasPrefix("n\n"))
        let bad = try cli.planq(["-c", "from \"\(doc)#99\""])
        #expect(bad.status == 65)
        #expect(bad.err.contains("there is no table 99"))
    }

    @Test func missingDocumentIsExit66() throws {
        #expect(try cli.planq(["import", "no-such-plan.txt"]).status == 66)
        #expect(try cli.planq(["import"]).status == 64)
    }

}
