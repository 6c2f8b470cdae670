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
        version: "planq \(Engine.version) (commit \(gitCommit))",
        subcommands: [RunCommand.self, ImportCommand.self],
        defaultSubcommand: RunCommand.self
    )

    /// Start-up is part of every `planq -c`: ArgumentParser's reflection costs about two
    /// thirds of a trivial run (measured with callgrind), so the plain forms
    /// (`-c`, a script, `--format`, `--data`, `--param`) are read here directly. Anything
    /// else — help, `import`, a mistake needing a usage message — goes to ArgumentParser.
    static func main() {
        if let request = RunRequest(quickArguments: Array(CommandLine.arguments.dropFirst())) {
            Foundation.exit(request.execute())
        }
        Planq.main(nil)
    }
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
        let code = RunRequest(command: command, file: file, format: format, data: data, param: param).execute()
        if code != 0 { throw ExitCode(code) }
    }
}

/// What `planq [-c QUERY | FILE] [--format F] [--data P]... [--param k=v]...` asks for.
struct RunRequest {
    var command: String?
    var file: String?
    var format: OutputFormat = .table
    var data: [String] = []
    var param: [String] = []

    init(command: String?, file: String?, format: OutputFormat, data: [String], param: [String]) {
        self.command = command
        self.file = file
        self.format = format
        self.data = data
        self.param = param
    }

    /// The common, well-formed argument lists; nil for anything ArgumentParser should see.
    init?(quickArguments args: [String]) {
        var i = 0
        func value() -> String? {
            i += 1
            return i < args.count ? args[i] : nil
        }
        while i < args.count {
            let a = args[i]
            switch a {
            case "-c": guard command == nil, let v = value() else { return nil }; command = v
            case "--format": guard let v = value(), let f = OutputFormat(rawValue: v) else { return nil }; format = f
            case "--data": guard let v = value() else { return nil }; data.append(v)
            case "--param": guard let v = value(), v.contains("=") else { return nil }; param.append(v)
            default:
                // A lone positional is a script; subcommands and options go to ArgumentParser.
                if a.hasPrefix("-") || a == "import" || a == "run" || a == "help" || file != nil { return nil }
                file = a
            }
            i += 1
        }
        if command != nil && file != nil { return nil }
    }

    func execute() -> Int32 {
        let session = Session(format: format)
        for p in param {
            let parts = p.split(separator: "=", maxSplits: 1)
            session.engine.parameters[String(parts[0])] = parts.count > 1 ? String(parts[1]) : ""
        }
        let status = session.setUp(dataPaths: data)
        if status != 0 { return status }

        let source: SourceFile
        if let command {
            source = SourceFile(name: "<command>", text: command)
        } else if let file {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                Terminal.error("planq: cannot read \(file): no such file or not readable")
                return ExitStatus.inputMissing
            }
            source = SourceFile(name: file, text: text)
        } else if isatty(STDIN_FILENO) != 0 {
            return REPL(session: session, reader: makeLineReader()).run()
        } else {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            source = SourceFile(name: "<stdin>", text: String(decoding: data, as: UTF8.self))
        }
        return session.runScript(source)
    }
}
