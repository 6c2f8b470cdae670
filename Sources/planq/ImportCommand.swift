import ArgumentParser
import Foundation
import PlanQuery
import PlanqShell

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Extract the tables of plan documents (TAB-separated or Markdown pipe tables)."
    )

    @Argument(help: "Plan documents (text or Markdown).")
    var documents: [String] = []

    @Option(help: "Write the extracted tables into this folder.")
    var out: String?

    @Option(help: "Format of the written tables: csv or json.")
    var format: String = "csv"

    func run() throws {
        Terminal.error("planq import: the document importer is not available in this build yet")
        throw ExitCode(ExitStatus.failure)
    }
}
