/// `help` and `help NAME`.
package enum HelpText {
    package static func render(topic: String?, registry: FunctionRegistry, functions: FunctionTable) -> String {
        guard let topic else { return overview(registry, functions) }
        // `total` is both a function and a transform: both entries.
        let transform = TransformSpec.named(topic).map { "\n\n" + $0.helpText } ?? ""
        // A planq definition shadows a built-in of the same name, as it does in queries.
        if let f = functions[topic] {
            if let e = FunctionDocs.planqEntries([topic: f]).first { return FunctionDocs.helpText(e) + transform }
            return FunctionDocs.signature(of: f) + " = \(f.body.span.text)" + transform
        }
        if let e = registry.lookup(topic), let entry = FunctionDocs.builtinEntries(registry).first(where: { $0.name == e.name }) {
            return FunctionDocs.helpText(entry) + transform
        }
        if topic.hasSuffix("_if"), case .aggregate(let base)? = registry.lookup(String(topic.dropLast(3))) {
            let args = base.params.filter { !$0.optional }.map(\.name)
            return "\(topic)(" + (args + ["cond"]).joined(separator: ", ") + ")  — aggregate\n"
                + "The same as `\(base.name)(" + args.joined(separator: ", ") + ") where cond`: \(base.name) over the rows where cond is true.\n"
                + "help \(base.name) describes \(base.name)."
        }
        if let t = TransformSpec.named(topic) { return t.helpText }
        if let t = TransformSpec.named(byOtherName: topic) {
            return "`\(topic)` is not planq; the planq transform is `\(t.name)`:\n\n" + t.helpText
        }
        var hint = ""
        if let near = closestNames(to: topic, in: registry.allNames + Array(functions.keys) + Keywords.transforms).first { hint = "; did you mean `\(near)`?" }
        return "no help for `\(topic)`\(hint)"
    }

    static func overview(_ registry: FunctionRegistry, _ functions: FunctionTable = FunctionTable()) -> String {
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
