import ArgumentParser
import Foundation
import PlanQuery
import PlanqShell

@main
struct Planq: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "planq",
        abstract: "Query and report on public-sector plan data.",
        discussion: """
            planq -c 'QUERY'        run a query and print its result
            planq FILE.planq        run a report script
            planq                   open the REPL (or read a script from standard input)
            planq import DOC...     extract the tables of plan documents
            """,
        subcommands: [RunCommand.self, ImportCommand.self],
        defaultSubcommand: RunCommand.self
    )
}

extension OutputFormat: ExpressibleByArgument {}

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a query (-c), a script file, or the REPL (the default command)."
    )

    @Option(name: .customShort("c"), help: "Run this query and print its result.")
    var command: String?

    @Argument(help: "A planq script to run.")
    var file: String?

    @Option(help: "Output format: table, csv, tsv, json, jsonl or markdown.")
    var format: OutputFormat = .table

    @Option(help: ArgumentHelp("Load a data file (CSV, TSV, JSON, JSONL) as a table named after its file stem, or every supported file in a folder. Repeatable; when given, the bundled plan data is not loaded.", valueName: "path"))
    var data: [String] = []

    @Option(help: ArgumentHelp("Set a script parameter, e.g. --param year=FY2009/10. Repeatable.", valueName: "name=value"))
    var param: [String] = []

    mutating func validate() throws {
        if command != nil && file != nil {
            throw ValidationError("give either -c QUERY or a script file, not both")
        }
        for p in param where !p.contains("=") {
            throw ValidationError("--param needs name=value, got '\(p)'")
        }
    }

    func run() throws {
        let session = Session(format: format)
        for p in param {
            let parts = p.split(separator: "=", maxSplits: 1)
            session.engine.parameters[String(parts[0])] = parts.count > 1 ? String(parts[1]) : ""
        }
        let status = session.setUp(dataPaths: data)
        if status != 0 { throw ExitCode(status) }

        let source: SourceFile
        if let command {
            source = SourceFile(name: "<command>", text: command)
        } else if let file {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                Terminal.error("planq: cannot read \(file): no such file or not readable")
                throw ExitCode(ExitStatus.inputMissing)
            }
            source = SourceFile(name: file, text: text)
        } else if isatty(STDIN_FILENO) != 0 {
            let code = REPL(session: session, reader: makeLineReader()).run()
            throw ExitCode(code)
        } else {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            source = SourceFile(name: "<stdin>", text: String(decoding: data, as: UTF8.self))
        }
        let code = session.runScript(source)
        if code != 0 { throw ExitCode(code) }
    }
}
