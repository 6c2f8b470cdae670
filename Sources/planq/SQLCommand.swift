import ArgumentParser
import Foundation
import PlanQuery
import PlanQueryEngines
import PlanQuerySQL
import PlanqShell

extension SQLDialect: ExpressibleByArgument {}

/// `planq sql`: the SQL a query (or each query of a script) lowers to, like `prqlc compile`.
struct SQLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sql",
        abstract: "Print the SQL a query or script lowers to (SQLite, DuckDB, PostgreSQL or Spark SQL)."
    )

    @Option(help: "The SQL dialect: sqlite, duckdb, postgres or spark.")
    var dialect: SQLDialect = .duckdb

    @Option(name: .customShort("c"), help: "Lower this query.")
    var command: String?

    @Argument(help: "A planq script: each query in it is lowered.")
    var file: String?

    @Option(help: ArgumentHelp("Bind against these data files instead of the bundled plan data (their schemas only).", valueName: "path"))
    var data: [String] = []

    func run() throws {
        let session = Session(format: .table)
        let status = session.setUp(dataPaths: data)
        if status != 0 { throw ExitCode(status) }
        let engine = session.engine
        guard let source = try readSource(command: command, file: file) else { throw ExitCode(ExitStatus.usage) }
        // Tables as `planq push` would create them: the local schemas, with the row-order column.
        let table = SQLTable.localTables(of: engine)
        var first = true
        engine.planRunner = { [dialect] plan, run in
            guard run.purpose == .query else { return try run.runLocally(plan) }
            let sql = try SQLLowering(dialect: dialect, table: table, binding: run.letTablePlan).lower(plan).text
            print((first ? "" : "\n") + sql + ";")
            first = false
            return Table(schema: plan.schema, columns: plan.schema.map { _ in .allNull(count: 0) }, rowCount: 0)
        }
        do {
            try engine.run(source) { _ in }
        } catch let e as PlanQueryError {
            for d in e.diagnostics { Terminal.error(d.render()) }
            throw ExitCode(ExitStatus.code(for: e.diagnostics))
        }
    }
}

/// `planq push`: loads the bundled plan data (or `--data` files) into an engine with planq's types.
struct PushCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "push",
        abstract: "Load the bundled plan data, or --data files, into an SQL engine with the right column types."
    )

    @Option(help: "The engine: sqlite, duckdb, postgres or spark.")
    var engine: SQLDialect

    @Option(help: ArgumentHelp("The database: a SQLite or DuckDB file, a PostgreSQL URL (default: the PG* variables), a Spark warehouse folder.", valueName: "db"))
    var db: String?

    @Option(help: ArgumentHelp("Load these data files or folders instead of the bundled plan data.", valueName: "path"))
    var data: [String] = []

    func run() throws {
        let session = Session(format: .table)
        let status = session.setUp(dataPaths: data)
        if status != 0 { throw ExitCode(status) }
        let catalog = session.engine.catalog
        var tables: [(String, Table)] = []
        do {
            for name in catalog.names {
                if let t = try catalog.table(named: name, LoadContext(files: session.engine.env.files)) { tables.append((name, t)) }
            }
        } catch let e as PlanQueryError {
            for d in e.diagnostics { Terminal.error(d.render()) }
            throw ExitCode(ExitStatus.code(for: e.diagnostics))
        }
        if tables.isEmpty { Terminal.error("planq push: no tables to load"); throw ExitCode(ExitStatus.inputMissing) }
        let backend = SQLBackend(client: EngineClients.make(engine, EngineConnection(database: db)))
        do {
            for line in try backend.push(tables) { print(line) }
        } catch {
            Terminal.error("planq push: \(error)")
            throw ExitCode(ExitStatus.failure)
        }
    }
}

func readSource(command: String?, file: String?) throws -> SourceFile? {
    if let command { return SourceFile(name: "<command>", text: command) }
    if let file {
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
            Terminal.error("planq: cannot read \(file): no such file or not readable")
            throw ExitCode(ExitStatus.inputMissing)
        }
        return SourceFile(name: file, text: text)
    }
    Terminal.error("planq: give a query with -c QUERY or a script file")
    return nil
}
