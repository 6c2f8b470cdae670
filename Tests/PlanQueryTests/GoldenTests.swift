import Foundation
import Testing
@testable import PlanQuery

/// Golden scripts: `Fixtures/golden/NAME.planq` runs and its standard output, then (if any)
/// `-- stderr --` and the diagnostics, must equal `NAME.out`. Directives in leading comments:
/// `# format: csv`. Tables in `Fixtures/golden/data/` are loaded by file stem.
/// `PLANQ_BLESS=1 swift test --filter golden` rewrites the expected files.
@Test("golden script", arguments: Fixtures.files(in: Fixtures.golden, ext: "planq"))
func golden(_ name: String) throws {
    let url = Fixtures.golden.appendingPathComponent(name)
    let text = try String(contentsOf: url, encoding: .utf8)
    var format = OutputFormat.table
    for line in text.split(separator: "\n") where line.hasPrefix("# format:") {
        format = OutputFormat(rawValue: line.dropFirst("# format:".count).trimmingCharacters(in: .whitespaces)) ?? .table
    }
    let engine = makeEngine(dataDirectory: Fixtures.goldenData)
    // Named by full path so relative file paths resolve beside the script; shown by file name.
    let (outFull, errFull) = runCapturing(engine, SourceFile(name: url.path, text: text), format: format)
    let prefix = Fixtures.golden.path + "/"
    let out = outFull.replacing(prefix, with: ""), err = errFull.replacing(prefix, with: "")
    let actual = err.isEmpty ? out : out + "-- stderr --\n" + err
    let expectedURL = url.deletingPathExtension().appendingPathExtension("out")
    if Bless.isOn {
        // Write into the source tree, not the copied resources.
        let source = Fixtures.packageRoot.appendingPathComponent("Tests/PlanQueryTests/Fixtures/golden")
            .appendingPathComponent(expectedURL.lastPathComponent)
        try actual.write(to: source, atomically: true, encoding: .utf8)
        return
    }
    let expected = (try? String(contentsOf: expectedURL, encoding: .utf8)) ?? "<missing \(expectedURL.lastPathComponent)>"
    #expect(actual == expected, "golden \(name) differs; run PLANQ_BLESS=1 swift test --filter golden and review the diff")
}

/// Binding needs only schemas: every golden script binds (`Engine.plan`) against tables whose
/// loaders fail if called. A script that fails to bind fails with the error a run reports
/// before reading data (a misspelt name, a type error), never because data was needed.
/// The optimised plan of each script that binds is kept as a snapshot, `NAME.plan`
/// (`PLANQ_BLESS=1` rewrites them), so a change to binding or the optimizer shows as a diff.
@Test("golden script binds without data", arguments: Fixtures.files(in: Fixtures.golden, ext: "planq"))
func goldenBindsWithoutData(_ name: String) throws {
    let url = Fixtures.golden.appendingPathComponent(name)
    let text = try String(contentsOf: url, encoding: .utf8)
    let schemas = makeEngine(dataDirectory: Fixtures.goldenData)
    let engine = Engine(files: LocalFileSystem())
    engine.env.modulePaths = schemas.env.modulePaths
    for table in schemas.catalog.names {
        let schema = try #require(try schemas.table(named: table)).schema
        engine.catalog.register(DeferredTableSource(schema: schema) { _ in
            Issue.record("\(name): binding loaded \(table)")
            throw Diagnostic(kind: .io, "no rows while binding", at: nil)
        }, as: table)
    }
    do {
        let plan = try engine.plan(text, name: url.path)
        let actual = plan.explain(schemas: true).replacing(Fixtures.golden.path + "/", with: "")
        let snapshot = url.deletingPathExtension().appendingPathExtension("plan")
        if ProcessInfo.processInfo.environment["PLANQ_BLESS"] == "1" {
            let source = Fixtures.packageRoot.appendingPathComponent("Tests/PlanQueryTests/Fixtures/golden")
                .appendingPathComponent(snapshot.lastPathComponent)
            try actual.write(to: source, atomically: true, encoding: .utf8)
            return
        }
        let expected = (try? String(contentsOf: snapshot, encoding: .utf8)) ?? "<missing \(snapshot.lastPathComponent)>"
        #expect(actual == expected, "plan of \(name) differs; run PLANQ_BLESS=1 swift test --filter goldenBindsWithoutData and review the diff")
    } catch let e as PlanQueryError {
        let kinds = e.diagnostics.map(\.kind)
        #expect(!kinds.contains(.io) && !kinds.contains(.limit), "\(name): \(e)")
    }
}
