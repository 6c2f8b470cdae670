/// `help` and `help NAME`.
public enum HelpText {
    public static func render(topic: String?, registry: FunctionRegistry, functions: [String: UserFunction]) -> String {
        guard let topic else { return overview(registry) }
        if let e = registry.lookup(topic) {
            var s = "\(e.signature)  — \(e.kindName) function (\(e.help.category))\n\(e.help.summary)\n"
            let aliases = registry.aliases.filter { $0.value == e.name }.keys.sorted()
            if !aliases.isEmpty { s += "aliases: " + aliases.joined(separator: ", ") + "\n" }
            s += "example: \(e.help.example)\n"
            s += "result:  \(e.help.result.replacing("\n", with: " | "))"
            return s
        }
        if let f = functions[topic] {
            return "\(f.name)(" + f.parameters.map { p in p.defaultValue.map { "\(p.name) = \($0.span.text)" } ?? p.name }.joined(separator: ", ")
                + ") = \(f.body.span.text)"
        }
        if let t = transformHelp[topic] { return t }
        var hint = ""
        if let near = closestNames(to: topic, in: registry.allNames + Array(transformHelp.keys)).first { hint = "; did you mean `\(near)`?" }
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
        "total": "total [as \"label\"]  — append a grand-total row",
        "describe": "describe  — one row per column: type, nulls, distinct values, unparsed cells, min, max, an example",
    ]

    static func overview(_ registry: FunctionRegistry) -> String {
        var s = "transforms: " + Keywords.transforms.joined(separator: ", ") + "\n"
        var byCategory: [String: [String]] = [:]
        for name in registry.order {
            guard let e = registry.entries[name] else { continue }
            byCategory[e.help.category, default: []].append(name)
        }
        for cat in byCategory.keys.sorted() {
            s += "\(cat): " + byCategory[cat]!.joined(separator: ", ") + "\n"
        }
        s += "help NAME shows one function or transform"
        return s
    }
}
