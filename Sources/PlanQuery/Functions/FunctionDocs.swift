/// Function documentation shared by `help NAME`, docs/functions.md and the test that runs
/// every example: the entries of built-in functions (their `FunctionHelp`) and of planq-written
/// functions (`##` doc comments above a `fn`).
///
/// ## Doc comments
///
/// ```
/// ## Status of actual against target: "green", "amber" or "red".
/// ## category: performance
/// ## example: rag(96, 100)
/// ## result: amber
/// fn rag(actual, target, higher_is_better = true, amber_band = 5%) = ...
/// ```
///
/// The `##` lines directly above a `fn` (no blank line between) document it. `example:`,
/// `result:` (repeat it for each row of a table result) and `category:` are fields; every
/// other line is the summary. A first line written `name(params) — summary` is accepted too:
/// the part before ` — ` is dropped, because the signature comes from the definition.
///
/// ## Result text
///
/// An example's result is compared as text. The result text of a statement's last output is:
/// - a table: one line per row, each row the CSV text of its values (`Value.description`:
///   null is empty, dates ISO `2009-03-31`, financial years `2008/09`, numbers without `£`/`%`
///   or thousands separators, floats in shortest round-trip form, lists `[1, 2]`) joined by
///   `,` without quoting; lines joined by `\n`, no header and no final newline;
/// - a value (an expression statement such as `round(2.345, 2)`): its CSV text as above;
/// - a message (`help`): the message text without a final newline.
///
/// For results without commas or quotes this is exactly what `planq --format csv -c EXAMPLE`
/// prints without its header line; help shows multi-row results with ` | ` between rows.
package enum FunctionDocs {
    /// One documented function, built in or written in planq.
    package struct Entry: Sendable {
        package var name: String
        /// "aggregate", "scalar", "window" or "planq".
        package var kind: String
        package var signature: String
        package var help: FunctionHelp
        package var aliases: [String]
        /// Where a planq-written function is defined (`stdlib/performance.planq`); nil when built in.
        package var source: String?
    }

    package static func resultText(_ outputs: [Output]) -> String {
        guard let last = outputs.last else { return "" }
        if let t = last.table {
            return (0..<t.rowCount).map { r in t.columns.map { $0[r].description }.joined(separator: ",") }.joined(separator: "\n")
        }
        switch last {
        case .value(let v, _):
            return v.description
        case .message(let m):
            return m.hasSuffix("\n") ? String(m.dropLast()) : m
        case .table, .report:
            return ""
        }
    }

    /// Runs an example in `engine` and returns its result text.
    package static func run(example: String, in engine: Engine) throws -> String {
        resultText(try engine.run(example, name: "<example>"))
    }

    // MARK: entries

    package static func builtinEntries(_ registry: FunctionRegistry) -> [Entry] {
        var aliasesOf: [String: [String]] = [:]
        for (alias, canonical) in registry.aliases { aliasesOf[canonical, default: []].append(alias) }
        return registry.order.compactMap { name in
            guard let e = registry.entries[name] else { return nil }
            return Entry(name: name, kind: e.kindName, signature: e.signature, help: e.help,
                         aliases: (aliasesOf[name] ?? []).sorted(), source: nil)
        }
    }

    /// planq-written functions that have a doc comment, in definition order (file, then position).
    package static func planqEntries(_ functions: FunctionTable) -> [Entry] {
        planqEntries(functions.values)
    }

    package static func planqEntries(_ functions: [String: UserFunction]) -> [Entry] {
        planqEntries(Array(functions.values))
    }

    static func planqEntries(_ functions: [UserFunction]) -> [Entry] {
        let documented = functions.filter { $0.doc != nil }
        let sorted = documented.sorted { a, b in
            let fa = a.span?.file.name ?? "", fb = b.span?.file.name ?? ""
            if fa != fb { return fa < fb }
            return (a.span?.start ?? 0) < (b.span?.start ?? 0)
        }
        return sorted.map { f in
            Entry(name: f.name, kind: "planq", signature: signature(of: f), help: f.doc!, aliases: [],
                  source: f.span.map { displayPath($0.file.name) })
        }
    }

    package static func signature(of f: UserFunction) -> String {
        f.name + "(" + f.parameters.map { p in p.defaultValue.map { "\(p.name) = \($0.span.text)" } ?? p.name }.joined(separator: ", ") + ")"
    }

    /// `/home/x/planq/stdlib/finance.planq` → `stdlib/finance.planq`.
    static func displayPath(_ path: String) -> String {
        if let r = path.ranges(of: "stdlib/").last { return String(path[r.lowerBound...]) }
        return path
    }

    // MARK: help text

    package static func helpText(_ e: Entry) -> String {
        let what = e.kind == "planq" ? "function written in planq" : "\(e.kind) function"
        var s = "\(e.signature)  — \(what) (\(e.help.category))\n\(e.help.summary)\n"
        if !e.aliases.isEmpty { s += "aliases: " + e.aliases.joined(separator: ", ") + "\n" }
        if let src = e.source { s += "defined in: \(src)\n" }
        s += "example: \(e.help.example)\n"
        s += "result:  \(e.help.result.replacing("\n", with: " | "))"
        return s
    }

    // MARK: Markdown

    static let categoryOrder = ["aggregate", "statistics", "window", "maths", "text", "conversion", "format",
                                "null", "date", "financial year", "finance", "performance", "plan"]

    static let categoryTitles: [String: String] = [
        "aggregate": "Aggregates", "statistics": "Statistical aggregates", "window": "Window functions",
        "maths": "Maths", "text": "Text", "conversion": "Conversion", "format": "Formatting",
        "null": "Nulls", "date": "Dates", "financial year": "Financial years",
        "finance": "Finance (written in planq)", "performance": "Performance (written in planq)",
        "plan": "Plan helpers (written in planq)",
    ]

    static let categoryNotes: [String: String] = [
        "window": "Window functions add a value to every row. They run over the whole table, or per group inside `group k (...)`, in the current order (`sort` first). A share of a summarized total: `summarize spend = sum(net) by unit | derive share = pct_of_total(spend)`.",
        "financial year": "UK financial years run 1 April – 31 March and are written `FY2008/09`. Next and previous years are arithmetic (`FY2008/09 + 1`, `fy(d) - 1`), the number of years between two is `a - b`, and `year(fy)` is the starting calendar year.",
        "statistics": "Results are floats. Differences are taken exactly for whole numbers and decimals before converting, so values such as 1,000,000,000.001 keep their small spread. The bivariate functions take the dependent variable first, as SQL does: `regr_slope(y, x)`.",
    ]

    package static let regenerateCommand = "PLANQ_BLESS=1 swift test --filter functionsDoc"

    /// docs/functions.md: every function with its signature, summary, aliases and example.
    package static func markdown(_ entries: [Entry]) -> String {
        var byCategory: [String: [Entry]] = [:]
        for e in entries { byCategory[e.help.category, default: []].append(e) }
        let categories = categoryOrder.filter { byCategory[$0] != nil }
            + byCategory.keys.filter { !categoryOrder.contains($0) }.sorted()
        var s = """
            # planq functions

            <!-- Generated from the function registry and the `##` doc comments in stdlib/*.planq.
                 Do not edit by hand; regenerate with: \(regenerateCommand) -->

            Every function below has an example that the test suite runs (`FunctionsExamplesTests`).
            The **result** is the example's *result text*: for a table, one line per row with the
            row's values as CSV text (null empty, dates `2009-03-31`, financial years `2008/09`,
            numbers without `£`, `%` or separators, lists `[1, 2]`) joined by `,` without quoting;
            for a single value, its CSV text. Rows are shown here separated by ` | `.

            Aggregates skip nulls and give null for an empty group, except the counts (0) and
            `total` (0). Any aggregate takes a filter: `sum(x) where cond`, or the `_if` form
            `sum_if(x, cond)`, `count_if(cond)`, `avg_if(x, cond)`. In `derive` and `where` an
            aggregate covers the whole table (or the group inside `group k (...)`). Window
            functions run in the current order: `sort` first.

            Functions marked *written in planq* are `fn` definitions in `stdlib/*.planq`, loaded
            at start-up by `stdlib/prelude.planq`. Their help comes from `##` doc comments directly
            above the `fn`: summary lines, then `## category:`, `## example:` and one `## result:`
            line per result row. Your own scripts can document their functions the same way, and
            `help NAME` shows them.


            """
        s += "| category | functions |\n|---|---|\n"
        for c in categories {
            let names = byCategory[c]!.map { "[`\($0.name)`](#\($0.name))" }.joined(separator: " ")
            s += "| \(categoryTitles[c] ?? c) | \(names) |\n"
        }
        for c in categories {
            s += "\n## \(categoryTitles[c] ?? c)\n"
            if let note = categoryNotes[c] { s += "\n\(note)\n" }
            for e in byCategory[c]! {
                s += "\n### \(e.name)\n\n"
                s += "`\(e.signature)` — \(e.kind == "planq" ? "written in planq" : e.kind)"
                if let src = e.source { s += " (`\(src)`)" }
                s += "\n\n\(e.help.summary)\n\n"
                if !e.aliases.isEmpty { s += "Aliases: " + e.aliases.map { "`\($0)`" }.joined(separator: ", ") + "\n\n" }
                s += "```\n\(e.help.example)\n```\n"
                let rows = e.help.result.split(separator: "\n", omittingEmptySubsequences: false)
                s += "result: " + rows.map { $0.isEmpty ? "*(null)*" : "`\($0)`" }.joined(separator: " | ") + "\n"
            }
        }
        return s
    }
}

/// Parses the `##` doc comment above a definition.
package enum DocComments {
    package static func help(in file: SourceFile, before offset: Int, name: String) -> FunctionHelp? {
        let (line, _) = file.location(of: offset)
        var lines: [String] = []
        var l = line - 1
        while l >= 1 {
            let text = file.lineText(l).trimmingWhitespace()
            guard text.hasPrefix("##") else { break }
            lines.append(String(text.dropFirst(2)).trimmingWhitespace())
            l -= 1
        }
        guard !lines.isEmpty else { return nil }
        lines.reverse()
        var summary: [String] = []
        var example: String? = nil
        var results: [String] = []
        var category = "plan"
        for raw in lines {
            if let v = field(raw, "example") { example = v }
            else if let v = field(raw, "result") { results.append(v) }
            else if let v = field(raw, "category") { category = v }
            else if !raw.isEmpty { summary.append(raw) }
        }
        guard var first = summary.first else { return nil }
        if first.hasPrefix(name + "("), let dash = first.firstRange(of: " — ") ?? first.firstRange(of: " -- ") {
            first = String(first[dash.upperBound...])
            summary[0] = first
        }
        return FunctionHelp(category, summary.joined(separator: " "), example: example ?? "", result: results.joined(separator: "\n"))
    }

    static func field(_ line: String, _ key: String) -> String? {
        guard line.hasPrefix(key + ":") else { return nil }
        return String(line.dropFirst(key.count + 1)).trimmingWhitespace()
    }
}
