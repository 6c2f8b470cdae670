import PlanQuery
import Testing
@testable import PlanQuerySQL

/// Every refusal is a compile-time error naming the construct and the dialect, at the construct.
struct Refusal: Sendable, CustomStringConvertible {
    var query: String
    var dialects: [SQLDialect]
    /// Text the message must contain (the construct).
    var construct: String
    /// The source text the error points at.
    var at: String
    var description: String { query }
}

let refusals: [Refusal] = [
    Refusal(query: "from kpis | describe", dialects: SQLDialect.allCases, construct: "`describe`", at: "describe"),
    Refusal(query: "from \"Tests/PlanQueryTests/Fixtures/golden/data/units.csv\" | take 1", dialects: SQLDialect.allCases,
            construct: "reading the file", at: "\"Tests/PlanQueryTests/Fixtures/golden/data/units.csv\""),
    Refusal(query: "from budgets | group directorate (group unit (take 1))", dialects: SQLDialect.allCases,
            construct: "`group` inside `group`", at: "group unit (take 1)"),
    Refusal(query: "from budgets | group directorate (where gross > 1 | summarize n = count())", dialects: SQLDialect.allCases,
            construct: "`summarize` without `by` after a filter inside `group`", at: "summarize n = count()"),
    Refusal(query: "from budgets | group directorate (append (from budgets))", dialects: SQLDialect.allCases,
            construct: "`append` inside `group`", at: "append (from budgets)"),
    Refusal(query: "from budgets | group directorate (join full units on unit)", dialects: SQLDialect.allCases,
            construct: "`join full` inside `group`", at: "join full units on unit"),
    Refusal(query: "from budgets | group directorate (total)", dialects: SQLDialect.allCases,
            construct: "`total` inside `group`", at: "total"),
    Refusal(query: "from budgets | derive l = [1, 2] | select l", dialects: SQLDialect.allCases, construct: "a list value", at: "[1, 2]"),
    Refusal(query: "from kpis | summarize f = first(value) by unit", dialects: [.sqlite], construct: "`first`", at: "first(value)"),
    Refusal(query: "from kpis | summarize s = string_agg(code) by unit", dialects: [.sqlite, .spark], construct: "`string_agg`", at: "string_agg(code)"),
    Refusal(query: "from kpis | pivot period using value by code", dialects: [.sqlite], construct: "`only`", at: "value"),
    Refusal(query: "from kpis | derive m = avg(value) % 2", dialects: [.sqlite, .postgres], construct: "`%` on floats", at: "avg(value) % 2"),
    Refusal(query: "from kpis | where code ~= \"^(?:NI) \"", dialects: SQLDialect.allCases, construct: "the pattern", at: "code ~= \"^(?:NI) \""),
    Refusal(query: "from kpis | where code ~= \"\\\\bNI\"", dialects: SQLDialect.allCases, construct: "the pattern", at: "code ~= \"\\\\bNI\""),
    Refusal(query: "from kpis | derive x = fy_label(period)", dialects: SQLDialect.allCases, construct: "`fy_label`", at: "fy_label(period)"),
    Refusal(query: "from budgets | derive p = gross * 0.0000000001 * 0.0000000001", dialects: [.sqlite], construct: "this product", at: "gross * 0.0000000001 * 0.0000000001"),
    Refusal(query: "from budgets | summarize s = stddev_samp(gross)", dialects: [.sqlite], construct: "`stddev_samp`", at: "stddev_samp(gross)"),
    Refusal(query: "from kpis | derive d = fill_down(code)", dialects: [.sqlite, .postgres], construct: "`fill_down`", at: "fill_down(code)"),
    Refusal(query: "from kpis | derive u = upper(code)", dialects: [.sqlite], construct: "`upper`", at: "upper(code)"),
    Refusal(query: "from kpis | derive t = to_text(value)", dialects: SQLDialect.allCases, construct: "`to_text` of decimal", at: "to_text(value)"),
]

@Test("refusals name the construct and the dialect, at the construct", arguments: refusals)
func refusal(_ r: Refusal) throws {
    let engine = localEngine()
    let plan = try engine.plan(r.query, pivotKeys: .fromData)
    for dialect in SQLDialect.allCases {
        let lowering = SQLLowering(dialect: dialect, table: localSQLTables(engine))
        do {
            _ = try lowering.lower(plan)
            #expect(!r.dialects.contains(dialect), "\(r.query) should be refused on \(dialect.displayName)")
        } catch let e as PlanQueryError {
            guard r.dialects.contains(dialect) else {
                Issue.record("\(r.query) refused on \(dialect.displayName): \(e)")
                continue
            }
            let d = e.diagnostics[0]
            #expect(SQLLowering.isRefusal(e))
            #expect(d.message.contains(r.construct), "\(d.message)")
            #expect(d.message.contains(dialect.displayName), "\(d.message)")
            #expect(d.span?.text == r.at, "points at `\(d.span?.text ?? "nothing")`, not `\(r.at)`")
        }
    }
}

/// A function refused in the map is refused by the lowering with the map's reason.
@Test("every refused function is refused with its reason")
func refusedFunctions() {
    for name in FunctionMap.names.sorted() {
        for dialect in SQLDialect.allCases {
            guard case .refused(let reason)? = FunctionMap.sql(for: name, in: dialect) else { continue }
            let builder = Builder(dialect: dialect, lowering: SQLLowering(dialect: dialect, table: { _ in nil }))
            do {
                _ = try builder.entry(name, nil)
                Issue.record("`\(name)` was not refused on \(dialect.displayName)")
            } catch {
                let message = "\(error)"
                #expect(message.contains("`\(name)`") && message.contains(dialect.displayName) && message.contains(reason), "\(message)")
            }
        }
    }
}
