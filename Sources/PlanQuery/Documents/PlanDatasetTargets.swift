/// Corporate / directorate targets a unit leads or supports, normalised so
/// that each fact has one column: the framework (filled down), the Towards 2010 target
/// number, and the unit's role, with the printed text kept beside them.

/// What a target table says about the rows below a group row or a page break: the framework
/// and the role named by the last group row (`The Division leads on the following T2010
/// targets`), and the framework of the last row (filled down into rows with an empty Plan cell).
struct TargetContext {
    var source = ""
    var unit = ""
    var group = ""
    var groupFramework = ""
    var groupRole = ""
    var lastFramework = ""
    /// Rows of `targets` written for the last source row (a row naming two targets is two rows).
    var lastRows: Range<Int> = 0..<0
}

extension PlanDatasetBuilder {
    mutating func addTargets(_ t: ExtractedTable, source: String) {
        let cols = t.header.map { normalizedKey($0) }
        let planCol: Int, targetCol: Int, leadCol: Int
        if let p = cols.firstIndex(of: "plan"), let l = cols.firstIndex(where: { $0.contains("lead officer") }) {
            planCol = p
            leadCol = l
            targetCol = cols.firstIndex(where: { $0.contains("target") }) ?? min(p + 1, cols.count - 1)
        } else if cols.count >= 3 {
            // the title row `⇥ Key Corporate / Directorate Targets ⇥` standing in for the header
            (planCol, targetCol, leadCol) = (0, 1, 2)
        } else {
            return
        }
        // a table continued after a page break keeps the context of the one before
        if targetContext.source != source || targetContext.unit != t.unit {
            targetContext = TargetContext(source: source, unit: t.unit)
        }
        var rows = t.rows
        // "The Kent" / "Agreement 2" wrapped over two rows
        var i = 0
        while i + 1 < rows.count {
            let a = rows[i].cells[planCol], b = rows[i + 1].cells[planCol]
            if !a.isEmpty, !b.isEmpty, frameworkNamed(in: a) == nil, frameworkNamed(in: b) == nil,
               frameworkNamed(in: a + " " + b) != nil {
                for c in rows[i].cells.indices where !rows[i + 1].cells[c].isEmpty {
                    rows[i].cells[c] = rows[i].cells[c].isEmpty ? rows[i + 1].cells[c] : rows[i].cells[c] + " " + rows[i + 1].cells[c]
                }
                rows[i].sourceLines += rows[i + 1].sourceLines
                rows[i].lines = rows[i].lines.lowerBound...rows[i + 1].lines.upperBound
                rows.remove(at: i + 1)
            }
            i += 1
        }
        for row in rows {
            let c = row.cells
            let plan = c[planCol], target = c[targetCol], lead = c[leadCol]
            if target.isEmpty && lead.isEmpty {
                if plan.isEmpty { continue }
                // a group row: a sub-unit, or a sentence naming the framework and the role
                targetContext.group = plan
                targetContext.groupFramework = frameworkNamed(in: plan) ?? ""
                targetContext.groupRole = roleNamed(in: plan) ?? ""
                targetContext.lastFramework = targetContext.groupFramework
                continue
            }
            // the rest of a target's name wrapped onto a row of its own (often after a page break)
            if plan.isEmpty, lead.isEmpty, let f = target.first, f.isLowercase, !targetContext.lastRows.isEmpty {
                let ti = targets.columns.firstIndex(of: "target")!, ei = targets.columns.firstIndex(of: "line_end")!
                for k in targetContext.lastRows {
                    targets.rows[k][ti] += " " + target
                    targets.rows[k][ei] = String(row.lines.upperBound)
                }
                continue
            }
            var framework: String
            var ref = ""
            if let named = frameworkNamed(in: plan) {
                framework = named
            } else if plan.isEmpty {
                framework = targetContext.lastFramework.isEmpty ? targetContext.groupFramework : targetContext.lastFramework
            } else if isTargetReference(plan) {
                framework = targetContext.groupFramework
                ref = plan
            } else {
                framework = plan   // a plan not in the list of frameworks (`Kent BSF`, `Strategy for staff`): as printed
            }
            targetContext.lastFramework = framework
            if ref.isEmpty { ref = targetRef(target) }
            let role = roleNamed(in: lead) ?? roleNamed(in: plan) ?? roleNoted(in: target)
                ?? (targetContext.groupRole.isEmpty ? "contributes" : targetContext.groupRole)
            var numbers = towards2010Numbers(in: plan, framework: framework)
            for n in towards2010Numbers(in: target, framework: framework) where !numbers.contains(n) { numbers.append(n) }
            var r = attribution(t)
            r["group"] = targetContext.group
            r["framework"] = framework
            r["plan_text"] = plan
            r["ref"] = ref
            r["role"] = role
            r["target"] = target
            r["lead"] = lead
            r["source"] = source
            r["line"] = String(row.lines.lowerBound)
            r["line_end"] = String(row.lines.upperBound)
            let first = targets.rows.count
            if numbers.isEmpty {
                targets.append(r)
            } else {
                // one row per Towards 2010 target named, so `where target_no == N` finds each
                for n in numbers {
                    r["target_no"] = String(n)
                    targets.append(r)
                }
            }
            targetContext.lastRows = first..<targets.rows.count
        }
    }
}

/// Canonical frameworks, by the phrases that name them (lower case). The earliest phrase in a
/// cell wins: `Directorate priority (and T2010 42)` is a directorate priority.
private let frameworkPhrases: [(String, String)] = [
    ("towards t2010", "Towards 2010"), ("towards 2010", "Towards 2010"), ("t2010", "Towards 2010"), ("tt10", "Towards 2010"),
    ("kent agreement 1", "Kent Agreement 1"), ("block four", "Kent Agreement 1"), ("block 4", "Kent Agreement 1"),
    ("kent agreement", "The Kent Agreement 2"), ("ka2", "The Kent Agreement 2"),
    ("national indicator", "National Indicator"),
    ("cypp", "CYPP"), ("children & young people's plan", "CYPP"), ("children and young people's plan", "CYPP"),
    ("local area agreement", "Local Area Agreement"), ("laa", "Local Area Agreement"),
    ("equality standard", "Equality Standard for Local Government"),
    ("equalities strategy", "Equalities Strategy"), ("equality strategy", "Equalities Strategy"),
    ("directorate priority", "Directorate Priority"),
    ("kent prospects", "Kent Prospects"),
    ("structure plan", "Kent and Medway Structure Plan"),
    ("rural delivery framework", "Kent Rural Delivery Framework"),
    ("vision for kent", "Vision for Kent"), ("v4k", "Vision for Kent"),
    ("annual plan", "Annual Plan"),
]

/// The framework a Plan cell or a group sentence names, if any.
func frameworkNamed(in text: String) -> String? {
    let k = normalizedKey(text)
    if k.isEmpty { return nil }
    var best: (String.Index, String)?
    for (phrase, name) in frameworkPhrases {
        guard let r = k.firstRange(of: phrase) else { continue }
        // whole words only: `laa` not inside `claas`, `t2010` not inside `tt2010`
        let before = r.lowerBound == k.startIndex ? " " : k[k.index(before: r.lowerBound)]
        let after = r.upperBound == k.endIndex ? " " : k[r.upperBound]
        guard !before.isLetter, !before.isNumber, !after.isLetter else { continue }
        if best == nil || r.lowerBound < best!.0 { best = (r.lowerBound, name) }
    }
    return best?.1
}

/// `lead`, `support` from a lead-officer cell (`Joint Lead on Target: …`, `Support for Target`)
/// or a group sentence (`The Division leads on the following T2010 targets`).
func roleNamed(in text: String) -> String? {
    let k = normalizedKey(text)
    if k.isEmpty { return nil }
    if k.hasPrefix("support") || k.contains("supports the") || k.contains(" support for ") || k.hasPrefix("targets supported") {
        return "support"
    }
    if k.hasPrefix("lead") || k.hasPrefix("joint lead") || k.contains("leads on") || k.contains("lead on target")
        || k.contains("lead for target") {
        return "lead"
    }
    return nil
}

/// A role noted in brackets after a target's name: `(Lead on this target)`, `(Support this target)`.
func roleNoted(in target: String) -> String? {
    let k = normalizedKey(target)
    if k.contains("(lead") || k.contains("(joint lead") { return "lead" }
    if k.contains("(support") { return "support" }
    return nil
}

/// A Plan cell holding a target's reference rather than a framework: `Target 27`, `No. 9`,
/// `Priority 8`, `Block 4 Target 17`, `QL12`, `TP5`, `Chapter 8`, `Action 2`.
func isTargetReference(_ plan: String) -> Bool {
    let k = normalizedKey(plan)
    let words = k.split(separator: " ")
    guard let w0 = words.first, words.count <= 4 else { return false }
    if ["target", "priority", "action", "outcome", "objective", "chapter", "no.", "no", "block"].contains(String(w0)) || w0.hasPrefix("no.") {
        return k.contains(where: { $0.isNumber })
    }
    // short codes: QL12, TP5, P7
    return words.count == 1 && w0.count <= 6 && w0.first?.isLetter == true && w0.last?.isNumber == true
}

/// The Towards 2010 target numbers a cell names. `Target N` counts when the row's framework is
/// Towards 2010 (or the words `Towards 2010` / `T2010` come just before it); `T2010 N` and
/// `TT10 N` always count; `No. N` counts at the start of a Towards 2010 Plan cell.
func towards2010Numbers(in text: String, framework: String) -> [Int] {
    let isT2010 = framework == "Towards 2010"
    let words = normalizedKey(text).split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" || $0 == "(" || $0 == ")" || $0 == "/" })
        .map(String.init)
    func number(_ w: String) -> Int? {
        let digits = w.prefix { $0.isNumber }
        guard !digits.isEmpty, let n = Int(digits), (1...99).contains(n) else { return nil }
        // `13-` / `30:` / `26–` are numbers; `2010` and `3.73` are not
        let rest = w.dropFirst(digits.count)
        guard rest.isEmpty || rest.allSatisfy({ "-–:.".contains($0) }) && !(rest.first == "." && rest.count > 1) else { return nil }
        return n
    }
    var out: [Int] = []
    var i = 0
    while i < words.count {
        let w = words[i]
        let explicit = w == "t2010" || w == "tt10" || (w == "2010" && i > 0 && words[i - 1] == "towards")
        if i == 0, w.hasPrefix("no."), w.count > 3, let n = number(String(w.dropFirst(3))) {
            if isT2010 { out.append(n) }
            i += 1
            continue
        }
        if explicit || w == "target" || w == "targets" || ((w == "no." || w == "no") && i == 0) {
            var j = i + 1
            if explicit, j < words.count, words[j] == "target" || words[j] == "targets" { j += 1 }
            let counts = isT2010 || explicit || (i >= 1 && ["t2010", "tt10", "2010"].contains(words[i - 1]))
            while j < words.count, let n = number(words[j]) {
                if counts, !out.contains(n) { out.append(n) }
                j += 1
                if j < words.count, words[j] == "and" || words[j] == "&" { j += 1 }
            }
        }
        i += 1
    }
    return out
}

/// `Target 52`, `NI 125`, `P12 T53`, `Priority 5` at the start of a target text, or empty.
func targetRef(_ target: String) -> String {
    let words = target.split(separator: " ", maxSplits: 3).map(String.init)
    guard let w0 = words.first else { return "" }
    let lw = w0.lowercased()
    if w0.count >= 2, w0.first == "P", w0.dropFirst().allSatisfy({ $0.isNumber }), words.count > 1,
       words[1].first == "T", words[1].dropFirst().allSatisfy({ $0.isNumber }) {
        return w0 + " " + words[1]
    }
    if (lw == "target" || lw == "priority" || lw == "outcome"), words.count > 1 {
        let num = words[1].prefix { $0.isNumber }
        if !num.isEmpty { return w0.prefix(1).uppercased() + lw.dropFirst() + " " + num }
    }
    return indicatorCode(target)
}
