import ArgumentParser
import Foundation
import PlanQuery
import PlanqShell

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Extract the tables of plan documents (TAB-separated, Markdown pipe, HTML or space-aligned tables).",
        discussion: """
            Without --out, lists the tables found. With --out DIR, writes each table to
            DIR/<document>-<N>.csv (or .json) with provenance columns. With --dataset, builds the
            plan dataset tables (plans, kpis, budgets, projects, staffing, targets,
            consultations, monitoring) from the documents instead.
            A summary (tables, rows, rejected lines) goes to standard error.
            """
    )

    @Argument(help: "Plan documents (text, Markdown or HTML).")
    var documents: [String] = []

    @Option(help: "Write the extracted tables into this folder.")
    var out: String?

    @Option(help: "Format of the written tables: csv or json.")
    var format: String = "csv"

    @Flag(help: "Build the plan dataset tables (as bundled in examples/data) from the documents.")
    var dataset = false

    mutating func validate() throws {
        if documents.isEmpty { throw ValidationError("name at least one document to import") }
        if format != "csv" && format != "json" { throw ValidationError("--format must be csv or json") }
    }

    func run() throws {
        var loaded: [(name: String, text: String)] = []
        for path in documents {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                Terminal.error("planq import: cannot read \(path): no such file or not readable")
                throw ExitCode(ExitStatus.inputMissing)
            }
            loaded.append((URL(fileURLWithPath: path).lastPathComponent, text))
        }
        if let out { try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true) }

        if dataset {
            let (grids, report) = buildPlanDataset(documents: loaded)
            Terminal.error(report)
            for grid in grids {
                if let out {
                    try write(DataFiles.typedTable(columns: grid.columns, rows: grid.rows), csv: CSVWriter.csv(grid),
                              to: out + "/" + grid.name)
                } else {
                    Terminal.write("\(grid.name): \(grid.rows.count) rows\n")
                }
            }
            if let out { try (report + "\n").write(toFile: out + "/import-report.txt", atomically: true, encoding: .utf8) }
            return
        }

        for (name, text) in loaded {
            let doc = importDocument(name: name, text: text)
            Terminal.error(doc.summary)
            for n in doc.doubtfulTables {
                for finding in DataFiles.doubtFindings(doc.tables[n - 1], number: n, file: name) { Terminal.error(finding.render()) }
            }
            guard let out else {
                var printer = OutputPrinter(format: .table)
                Terminal.write(printer.render(.table(DataFiles.contents(doc))))
                continue
            }
            let stem = URL(fileURLWithPath: name).deletingPathExtension().lastPathComponent
            for (i, t) in doc.tables.enumerated() {
                let table = DataFiles.table(t, source: name)
                let base = out + "/" + stem + "-" + String(format: "%03d", i + 1)
                try write(table, csv: nil, to: base)
            }
        }
    }

    /// Writes CSV verbatim when given (the dataset grids are already canonical text), else renders.
    func write(_ table: Table, csv: String?, to base: String) throws {
        let text: String
        if format == "json" {
            text = Rendering.render(table, as: .json)
        } else {
            text = csv ?? Rendering.render(table, as: .csv)
        }
        try text.write(toFile: base + "." + format, atomically: true, encoding: .utf8)
    }
}
