/// `help` and `help NAME`.
public enum HelpText {
    package static func render(topic: String?, registry: FunctionRegistry, functions: [String: UserFunction]) -> String {
        guard let topic else { return overview(registry, functions) }
        // A planq definition shadows a built-in of the same name, as it does in queries.
        if let f = functions[topic] {
            if let e = FunctionDocs.planqEntries([topic: f]).first { return FunctionDocs.helpText(e) }
            return FunctionDocs.signature(of: f) + " = \(f.body.span.text)"
        }
        if let e = registry.lookup(topic), let entry = FunctionDocs.builtinEntries(registry).first(where: { $0.name == e.name }) {
            return FunctionDocs.helpText(entry)
        }
        if topic.hasSuffix("_if"), case .aggregate(let base)? = registry.lookup(String(topic.dropLast(3))) {
            let args = base.params.filter { !$0.optional }.map(\.name)
            return "\(topic)(" + (args + ["cond"]).joined(separator: ", ") + ")  — aggregate\n"
                + "The same as `\(base.name)(" + args.joined(separator: ", ") + ") where cond`: \(base.name) over the rows where cond is true.\n"
                + "help \(base.name) describes \(base.name)."
        }
        if let t = transformHelp[topic] { return t }
        var hint = ""
        if let near = closestNames(to: topic, in: registry.allNames + Array(functions.keys) + Array(transformHelp.keys)).first { hint = "; did you mean `\(near)`?" }
        return "no help for `\(topic)`\(hint)"
    }

    static let transformHelp: [String: String] = [
        "from": "from TABLE | from \"file.csv\" | from [1, 2, 3]  — starts a query",
        "where": "where CONDITION  — keep rows where the condition is true",
        "select": "select a, b, name = expr  — keep, rename or compute columns, in this order",
        "derive": "derive name = expr, ...  — add or replace columns",
        "sort": "sort a, -b  — order rows; `-` for descending; stable; nulls last",
        "take": "take N  — the first N rows",
        "summarize": "summarize n = count(), total = sum(x) by k1, k2  — one row per group",
        "join": "join [inner|left|full|anti|semi] T on key  or  on left.a == right.b  — combine tables",
        "distinct": "distinct [cols]  — unique rows",
        "append": "append T  — rows of T after these, matching columns by name",
        "rename": "rename new = old, ...",
        "pivot": "pivot KEY using AGGREGATE [by cols]  — one column per value of KEY",
        "unpivot": "unpivot a, b into key, value  — columns to rows",
        "group": "group k (transforms)  — run transforms per group: top-N, ranks, running totals",
        "total": "total [by k1, k2] [as \"label\"]  — append a grand-total row; with by, a subtotal row after each group's rows",
        "describe": "describe  — one row per column: type, nulls, distinct values, unparsed cells, min, max, an example",
        "format": "format col = \"£m 1dp\", ...  — how columns are shown (money units, places, %, dates, rag, arrow); values unchanged (docs/reports.md)",
    ]

    static func overview(_ registry: FunctionRegistry, _ functions: [String: UserFunction] = [:]) -> String {
        var s = "transforms: " + Keywords.transforms.joined(separator: ", ") + "\n"
        var byCategory: [String: [String]] = [:]
        for name in registry.order {
            guard let e = registry.entries[name] else { continue }
            byCategory[e.help.category, default: []].append(name)
        }
        for e in FunctionDocs.planqEntries(functions) { byCategory[e.help.category, default: []].append(e.name) }
        for cat in byCategory.keys.sorted() {
            s += "\(cat): " + byCategory[cat]!.joined(separator: ", ") + "\n"
        }
        s += "help NAME shows one function or transform"
        return s
    }
}
