import Foundation
import PlanQuery
import PlanQueryEngines
import PlanQuerySQL
import Testing

/// The example reports (examples/*.planq and examples/reports/*.planq) over the bundled plan
/// data, run locally and on an engine: docs/scale.md says a report looks the same whatever ran
/// it, so the rendered terminal, Markdown and HTML text must be byte for byte the same.
enum ExampleScripts {
    static let folder = TestPaths.root.appendingPathComponent("examples")

    static var paths: [String] {
        func planq(_ dir: String) -> [String] {
            let url = dir.isEmpty ? folder : folder.appendingPathComponent(dir)
            let files = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            return files.filter { $0.hasSuffix(".planq") }.sorted().map { "examples/" + (dir.isEmpty ? "" : dir + "/") + $0 }
        }
        return planq("") + planq("reports")
    }

    /// The examples' data as `planq` registers it: examples/data with the dataset's formats.
    static func localEngine() -> Engine {
        let engine = Engine(files: .unrestricted)
        let data = folder.appendingPathComponent("data")
        for f in ((try? FileManager.default.contentsOfDirectory(atPath: data.path)) ?? []).sorted() where f.hasSuffix(".csv") {
            let name = String(f.dropLast(4))
            engine.catalog.register(PlanDatasetFormats.source(FileTableSource(path: data.appendingPathComponent(f).path), table: name), as: name)
        }
        return engine
    }

    static func tables() throws -> [(String, Table)] {
        let engine = localEngine()
        return try engine.catalog.names.map { ($0, try engine.catalog.table(named: $0, loadContext(engine))!) }
    }

    /// What a dialect refuses in an example (the construct named in the error), as
    /// docs/scale.md says: SQLite's lower() folds only ASCII letters, so it is refused there.
    static let refusals: [SQLDialect: [String: String]] = [
        .sqlite: [
            "examples/flagship.planq": "`lower` cannot be lowered to SQLite",
            "examples/reports/budget-monitoring.planq": "`lower` cannot be lowered to SQLite",
            "examples/reports/project-deadlines.planq": "`lower` cannot be lowered to SQLite",
            "examples/reports/staffing.planq": "`lower` cannot be lowered to SQLite",
        ],
    ]

    static let formats: [OutputFormat] = [.table, .markdown, .html]

    static func render(_ outputs: [Output], _ path: String) -> [OutputFormat: String] {
        let stem = String(path.split(separator: "/").last!.dropLast(".planq".count))
        return Dictionary(uniqueKeysWithValues: formats.map { ($0, Rendering.render(outputs, as: $0, documentName: stem)) })
    }
}

/// Pushes the examples' data to the engine and runs every example there and locally; returns
/// how many scripts rendered identically and how many were refused as expected.
@discardableResult
func runExampleReports(_ dialect: SQLDialect, _ client: SQLEngineClient) throws -> (identical: Int, refused: Int) {
    let clock = ContinuousClock()
    let start = clock.now
    let backend = SQLBackend(client: client)
    _ = try backend.push(try ExampleScripts.tables())
    let pushed = clock.now
    var identical = 0, refused = 0
    for path in ExampleScripts.paths {
        let text = try String(contentsOf: TestPaths.root.appendingPathComponent(path), encoding: .utf8)
        let local = ExampleScripts.render(try ExampleScripts.localEngine().run(text, name: path), path)
        let engine = Engine(files: .unrestricted)
        try backend.attach(to: engine)
        let expected = ExampleScripts.refusals[dialect]?[path]
        let outputs: [Output]
        do {
            outputs = try engine.run(text, name: path)
        } catch {
            if let expected, "\(error)".contains(expected) { refused += 1 } else {
                Issue.record("\(path) fails on \(dialect.displayName): \(error)")
            }
            continue
        }
        if let expected { Issue.record("\(path) runs on \(dialect.displayName), but is listed as refused (\(expected)): update the list and docs/scale.md") }
        let remote = ExampleScripts.render(outputs, path)
        var same = true
        for format in ExampleScripts.formats where remote[format] != local[format] {
            same = false
            let a = local[format]!.split(separator: "\n", omittingEmptySubsequences: false)
            let b = remote[format]!.split(separator: "\n", omittingEmptySubsequences: false)
            let k = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
            Issue.record("\(path) as \(format.rawValue) differs on \(dialect.displayName) at line \(k + 1):\n  local:  \(k < a.count ? a[k] : "<end>")\n  engine: \(k < b.count ? b[k] : "<end>")")
        }
        if same { identical += 1 }
    }
    func seconds(_ d: Duration) -> String { String(format: "%.1f s", Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18) }
    print("examples \(dialect.rawValue): \(identical) of \(ExampleScripts.paths.count) reports render identically (terminal, Markdown, HTML), "
          + "\(refused) refused; push \(seconds(pushed - start)), reports \(seconds(clock.now - pushed))")
    return (identical, refused)
}
