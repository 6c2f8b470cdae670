/// Plan structure of a document: where each unit business plan starts (docs/plan-data-formats.md),
/// which directorate it belongs to, and the section headings inside it.

/// Canonical directorate names, keyed by the phrases used in title blocks (lower case).
let directoratePhrases: [(String, String)] = [
    ("kent adult social services directorate", "Kent Adult Social Services"),
    ("kent adult social services", "Kent Adult Social Services"),
    ("adult social services directorate", "Kent Adult Social Services"),
    ("children, families & education directorate", "Children, Families & Education"),
    ("children, families and education directorate", "Children, Families & Education"),
    ("the children, families and education directorate", "Children, Families & Education"),
    ("the children, families & education directorate", "Children, Families & Education"),
    ("chief executive's department", "Chief Executive's Department"),
    ("chief executives department", "Chief Executive's Department"),
    ("communities directorate", "Communities"),
    ("environment & regeneration", "Environment & Regeneration"),
    ("environment and regeneration", "Environment & Regeneration"),
    ("environment & regeneration directorate", "Environment & Regeneration"),
    ("environment and regeneration directorate", "Environment & Regeneration"),
]

/// Strips markdown bold/italic stars and simple tags from a prose line and trims it.
func plainLine(_ line: Substring) -> String {
    var s = cleanCell(line).text
    // Markdown headings "## KEY PERFORMANCE INDICATORS"
    if s.hasPrefix("#") {
        let rest = s.drop { $0 == "#" }
        if rest.hasPrefix(" ") { s = String(rest.dropFirst()) }
    }
    while s.hasPrefix("*") { s.removeFirst() }
    while s.hasSuffix("*") { s.removeLast() }
    if containsText(s, "**") { s = s.replacing("**", with: "") }
    // pandoc's bookmark spans (`# []{#_Toc190415203 .anchor}2.1 Revenue budget`): markup, no text
    if containsText(s, "[]{") { s = withoutEmptySpans(s) }
    // pandoc's heading attributes at the end (`2.1 Council emissions by source {#_Toc208311403}`): markup
    if s.hasSuffix("}"), let open = s.lastIndex(of: "{"), case let attr = s[s.index(after: open)...],
       attr.hasPrefix("#") || attr.hasPrefix("."), !attr.dropLast().contains(where: { $0 == "{" || $0 == "}" }) {
        s = String(s[..<open])
    }
    return collapseSpaces(s)
}

/// Text without pandoc's empty bracketed spans and their attributes (`[]{#_Toc1 .anchor}`). One pass;
/// an unclosed `{` is kept as text.
func withoutEmptySpans(_ s: String) -> String {
    var out = ""
    var rest = Substring(s)
    while let r = rest.firstRange(of: "[]{") {
        out += rest[..<r.lowerBound]
        let after = rest[r.upperBound...]
        guard let close = after.firstIndex(of: "}"), !after[..<close].contains("\n") else {
            out += rest[r.lowerBound...]
            return out
        }
        rest = after[after.index(after: close)...]
    }
    out += rest
    return out
}

func normalizedKey(_ s: String) -> String {
    if let k = asciiNormalizedKey(s) { return k }
    // one pass instead of two `replacing` calls, which build a search table each time
    return collapseSpaces(String(s.lowercased().map { $0 == "’" || $0 == "‘" ? "'" : $0 }))
}

func canonicalDirectorate(_ line: String) -> String? {
    let k = normalizedKey(line)
    for (phrase, name) in directoratePhrases where k == phrase { return name }
    return nil
}

private let titlePhrases: Set<String> = [
    "annual business unit operational plan", "annual business unit operational", "annual business unit",
    "annual business unit operating plan", "annual operational plan", "annual business plan",
    "interim operational plan", "annual operating plan", "operational plan",
]

/// The plan-title phrase of a line (`Annual Business Unit Operational Plan 2008/9**`), with the
/// year when it is on the same line.
private func titleMatch(_ line: String) -> (matched: Bool, year: FiscalYear?) {
    var k = normalizedKey(line)
    guard k.count <= 60 else { return (false, nil) }
    var year: FiscalYear?
    if let lastSpace = k.lastIndex(of: " "), let fy = parseFiscalYear(k[k.index(after: lastSpace)...]) {
        year = fy
        k = String(k[..<lastSpace])
    }
    return (titlePhrases.contains(k), year)
}

private let introPhrases: Set<String> = [
    "managing director's introduction", "managing director's introduction 2008/9",
    "managing director's introduction 2008/09", "departmental overview",
    "introduction to unit operating plans 2008/09", "introduction to unit operating plans 2008/9",
]

/// Title-cases an all-capitals unit name: `KENT HIGHWAY SERVICES` → `Kent Highway Services`.
func unitDisplayName(_ s: String) -> String {
    let letters = s.filter { $0.isLetter }
    guard !letters.isEmpty, letters.allSatisfy({ $0.isUppercase }) else { return s }
    let small: Set<String> = ["and", "of", "the", "for", "in", "to", "on"]
    let keepUpper: Set<String> = ["KCC", "ICT", "HQ", "KHS", "CFE", "CED", "KASS", "UK", "EU", "PFI", "ISG", "KEY"]
    var words: [String] = []
    for (i, w) in s.split(separator: " ").enumerated() {
        let word = String(w)
        if keepUpper.contains(word) && word != "KEY" { words.append(word); continue }
        let lower = word.lowercased()
        if i > 0, small.contains(lower) { words.append(lower); continue }
        words.append(lower.prefix(1).uppercased() + lower.dropFirst())
    }
    return words.joined(separator: " ")
}

struct TitleBlock {
    var lines: [String]
    var firstLine: Int
}

/// The most lines a title block spans above its title phrase: six title lines, the blank
/// lines between them, banners and repeated title phrases.
let titleBlockReach = 24

/// Walks back from the title phrase over the short lines of the title block. The walk stops
/// `titleBlockReach` lines up: lines it passes over without collecting (banners, repeated
/// title phrases) would otherwise let every title of a page of titles walk back to the top
/// (quadratic time).
private func titleBlock(lines: [Substring], before index: Int) -> TitleBlock {
    var collected: [String] = []
    var first = index
    var j = index - 1
    var blanks = 0
    while j >= 0, collected.count < 6, index - j <= titleBlockReach {
        if lines[j].contains("\t") { break }
        let raw = trimPlanSpace(lines[j])
        if raw.isEmpty {
            blanks += 1
            if blanks > 2 { break }
            j -= 1
            continue
        }
        blanks = 0
        if raw.count > 90 || raw.hasPrefix("- ") || raw.hasPrefix("•") || raw.hasPrefix("– ") || raw.hasPrefix("* ")
            || raw.contains("@") || raw.contains(":") { break }
        let s = plainLine(raw)
        if titleMatch(s).matched {
            first = j
            j -= 1
            continue
        }
        if s.lowercased() == "this page is intentionally left blank" { break }
        if s.isEmpty || s.allSatisfy({ $0 == "*" || $0 == " " }) || s.uppercased() == "DRAFT" {
            first = j
            j -= 1
            continue
        }
        if s.hasSuffix(".") || s.hasPrefix("SECTION") || isPageLabel(Substring(s)) || s.first?.isNumber == true { break }
        if s.lowercased().hasPrefix("managing director") { break }
        collected.insert(s, at: 0)
        first = j
        if raw.hasPrefix("**"), !splitTitle(collected).unit.isEmpty { break }
        j -= 1
    }
    // a "***** DRAFT *****" banner just above a bold title block belongs to the block
    var k = first - 1, gap = 0
    while k >= 0, gap <= 2 {
        let raw = trimPlanSpace(lines[k])
        if raw.isEmpty { gap += 1; k -= 1; continue }
        if raw.contains("DRAFT"), raw.count <= 30, plainLine(raw).uppercased() == "DRAFT" { first = k }
        break
    }
    return TitleBlock(lines: collected, firstLine: first)
}

/// Splits title lines into (unit, directorate). Wrapped directorate names
/// (`CHIEF EXECUTIVE'S` / `DEPARTMENT`) are rejoined first.
private func splitTitle(_ lines: [String]) -> (unit: String, directorate: String?) {
    var joined: [String] = []
    for l in lines {
        let k = normalizedKey(l)
        if let last = joined.last, k == "department" || k == "directorate" || k == "unit" || k == "group"
            || canonicalDirectorate(last + " " + l) != nil {
            joined[joined.count - 1] = last + " " + l
        } else {
            joined.append(l)
        }
    }
    var directorate: String?
    var unitParts: [String] = []
    for l in joined {
        if let d = canonicalDirectorate(l) { directorate = directorate ?? d; continue }
        if normalizedKey(l) == "directorate" { continue }
        unitParts.append(l)
    }
    var unit = ""
    for (i, p) in unitParts.enumerated() {
        if i == 0 { unit = p; continue }
        unit += (unitParts[i - 1].hasSuffix("Division") ? " – " : " ") + p
    }
    return (unitDisplayName(unit), directorate)
}

/// Labels that name the organisational unit a paper is about, in other councils' papers
/// (`Directorate: Adults and Health`, `Service area: Environment and Leisure`).
private let unitLabels = ["service area", "service", "directorate", "department", "division", "business unit", "unit", "portfolio"]

/// Plan titles that name their unit: `Children's Services Business Plan 2024/25`.
private let unitPlanWords = [" service plan", " business plan", " delivery plan", " operational plan", " departmental plan",
                             " directorate plan"]

/// The unit a line names, in papers not written to the Kent template: a labelled line or a
/// plan title. Nil for anything else.
func namedUnit(_ line: Substring) -> String? {
    guard line.utf8.count <= 120, !trimPlanSpace(line).hasPrefix("|"), !trimPlanSpace(line).hasPrefix("<!--") else { return nil }
    var line = line
    // a labelled line laid out with a TAB (`Directorate:⇥Resources`)
    if containsText(line, "\t") {
        let parts = line.split(separator: "\t").map { trimPlanSpace($0) }.filter { !$0.isEmpty }
        guard parts.count == 2, parts[0].hasSuffix(":") else { return nil }
        line = Substring(parts[0] + " " + parts[1])
    } else {
        // (two labelled values laid out side by side, `Service: Housing Options          Lead officer: Dami …`: the first)
        let t = trimPlanSpace(line)
        if let gap = t.firstRange(of: "   "), t[..<gap.lowerBound].contains(":"), t[gap.upperBound...].contains(":") { line = t[..<gap.lowerBound] }
    }
    var s = plainLine(line)
    guard !s.isEmpty, s.count <= 100 else { return nil }
    if let colon = s.firstIndex(of: ":") {
        let label = normalizedKey(String(s[..<colon]))
        let value = collapseSpaces(String(s[s.index(after: colon)...]))
        // a bilingual label names its unit in its last language (`Cyfarwyddiaeth / Directorate:`)
        let lastLabel = label.split(separator: "/").last.map { String(trimPlanSpace($0)) } ?? label
        // (a portfolio named by its holder, `Portfolio: Leader of the Council`, names a person, not a unit)
        // (or by the brief and its holder: `Portfolio: Finance and Corporate Services – Cllr Rhiannon Balfour`)
        if lastLabel == "portfolio", ["leader", "deputy leader", "cabinet member", "councillor", "cllr", "executive member"].contains(where: {
            value.lowercased().hasPrefix($0)
        }) || value.lowercased().split(whereSeparator: { !$0.isLetter }).contains(where: { $0 == "cllr" || $0 == "councillor" }) { return nil }
        if unitLabels.contains(label) || (label.contains("/") && unitLabels.contains(lastLabel)), value.count >= 3, value.count <= 80, !value.hasSuffix(".") { return value }
        return nil
    }
    // `Children's Services Business Plan 2024/25`
    let k = " " + s.lowercased()
    for w in unitPlanWords {
        guard mayContainText(k, w), let r = k.firstRange(of: w) else { continue }
        let unitEnd = k.distance(from: k.startIndex, to: r.lowerBound) - 1
        guard unitEnd >= 3 else { return nil }
        // a sentence that mentions a plan (`This page sets out what the Leisure & Culture service
        // plans to deliver in 2025/26, the`) names no unit
        let tail = k[r.upperBound...]
        if tail.contains(",") || tail.hasPrefix("s ") || s.prefix(unitEnd).split(separator: " ").count > 8 { return nil }
        // a title ends at the plan and its year (`… Service Plan 2026/27`); words after it make a sentence
        // or another title (`… business plan at Appendix 1.`, `HRA 30-year business plan summary at …`)
        if case let rest = tail.drop(while: { $0 == " " }), let w = rest.split(separator: " ").first,
           w.contains(where: \.isLetter), !["–", "-", ":", "("].contains(where: { w.hasPrefix($0) }) { return nil }
        if tail.hasSuffix(".") { return nil }
        // nor a list of topics (`Housing Revenue Account Budget, Rent Setting and Business Plan`) or a
        // numbered section about a plan (`8.   HRA 30-year business plan`)
        let named = s.prefix(unitEnd).split(separator: " ")
        if let l = named.last, ["and", "or", "&"].contains(l.lowercased()) { return nil }
        if let f = named.first, f.first?.isNumber ?? false, f.allSatisfy({ $0.isNumber || $0 == "." }), named.count > 1 { return nil }
        // and a unit's name starts with a capital (`of the 30-year HRA` is the middle of a sentence)
        if let f = s.first(where: { !$0.isWhitespace }), f.isLetter, f.isLowercase { return nil }
        // nor a numbered paragraph (`1.1 This service plan sets out how …`): a determiner after the number
        let words = s.prefix(unitEnd).split(separator: " ")
        if let w = words.first(where: { !($0.first?.isNumber ?? false) }),
           ["this", "the", "our", "each", "every", "a", "an", "its", "their", "your"].contains(w.lowercased()) { return nil }
        s = String(s.prefix(unitEnd))
        while let l = s.last, l == "–" || l == "-" || l == " " || l == ":" { s.removeLast() }
        // (a section number is no unit: `4.1 Delivery plan actions`)
        return s.count >= 3 && s.contains(where: { $0.isLetter }) ? s : nil
    }
    return nil
}

/// Units of a paper not written to the Kent template: each labelled line or plan title
/// starts a span that runs to the next one.
func detectNamedUnits(lines: [Substring]) -> [PlanSpan] {
    var spans: [PlanSpan] = []
    // a portfolio labelled beside a service (`Service: Environmental Services` over `Portfolio:
    // Environment and Climate`) is the cabinet member's brief the service falls under, not the unit
    func isPortfolioLine(_ line: Substring) -> Bool {
        let s = plainLine(line.contains("\t") ? Substring(line.replacing("\t", with: " ")) : line).lowercased()
        return s.hasPrefix("portfolio:") || s.hasPrefix("portfolio :")
    }
    // (where the paper names its units with labelled lines, they are its units: its title, `Housing Service Plan
    // 2025–2028`, is the plan's name then, not a unit over the sections that name none)
    let labelsUnits = lines.contains { isLabelledUnitLine($0) && !isPortfolioLine($0) }
    for (i, line) in lines.enumerated() {
        guard let unit = namedUnit(line) else { continue }
        if labelsUnits, !isLabelledUnitLine(line) { continue }
        if isPortfolioLine(line),
           (max(0, i - 3)..<min(lines.count, i + 4)).contains(where: { $0 != i && isLabelledUnitLine(lines[$0]) && !isPortfolioLine(lines[$0]) }) {
            continue
        }
        // (a labelled line naming the unit again, under a later heading, starts its part afresh: a
        // labelled unit ends at the next heading of its own heading's level)
        if let last = spans.last, last.unit == unit, !isLabelledUnitLine(line) { continue }
        spans.append(PlanSpan(kind: .plan, unit: unit, directorate: "", year: "", firstLine: i + 1, lastLine: lines.count,
                              titleLine: i + 1))
    }
    for k in 0..<spans.count {
        spans[k].lastLine = k + 1 < spans.count ? spans[k + 1].firstLine - 1 : lines.count
    }
    // a plan title names the unit of the whole paper above it too; a labelled line
    // (`Service: Planning`) names the unit from where it stands
    if let first = spans.first, first.firstLine > 1, !isLabelledUnitLine(lines[first.titleLine - 1]) { spans[0].firstLine = 1 }
    return spans
}

/// A line naming a unit by a label (`Service: Planning`, `**Directorate:** Transport`,
/// `Directorate:⇥Resources`) rather than by a plan title.
func isLabelledUnitLine(_ line: Substring) -> Bool {
    namedUnit(line) != nil && (line.contains(":") || line.contains("\t"))
}

/// How deep a heading of a paper not written to the Kent template sits: its Markdown level
/// (`## …` is 2) and the depth of its section number (`2.` is 1, `2.1` is 2), each nil when absent.
func headingLevel(_ raw: Substring) -> (markdown: Int?, numbered: Int?) {
    let t = trimPlanSpace(raw)
    var markdown: Int?
    if t.hasPrefix("#") {
        let n = t.prefix { $0 == "#" }.count
        if n <= 6 { markdown = n }
    }
    let s = plainLine(raw.contains("\t") ? Substring(tabbedNumberedHeading(raw) ?? String(raw)) : raw)
    var numbered: Int?
    if let f = s.first, f.isNumber {
        let number = s.prefix { $0.isNumber || $0 == "." }
        if number.count <= 8, number.count < s.count {
            numbered = number.split(separator: ".").count
        }
    }
    return (markdown, numbered)
}

/// Whether heading `b` closes the part of the paper under heading `a`: it is at `a`'s level or
/// above, judged by Markdown levels when both have one, else by section numbers when both have
/// one; headings that cannot be compared close nothing.
func headingCloses(_ b: Substring, under a: Substring) -> Bool {
    let la = headingLevel(a), lb = headingLevel(b)
    if let x = la.markdown, let y = lb.markdown, x != y || la.numbered == nil || lb.numbered == nil { return y <= x }
    // an appendix closes the appendix before it, its sections (`A2      Private Sector Housing`) and the numbered
    // sections of the paper's body; an appendix's section closes one of its level or below
    let partA = appendixSectionDepth(a), partB = appendixSectionDepth(b)
    if isAppendixTitle(b), la.numbered != nil || isAppendixTitle(a) || partA != nil { return true }
    if let x = partA, let y = partB { return y <= x }
    if let x = la.numbered, let y = lb.numbered { return y <= x }
    return false
}

/// Finds the unit plans and directorate introductions of a document: plans written to the
/// Kent 2008 template, else units named by labelled lines or plan titles.
func detectPlans(lines: [Substring]) -> (plans: [PlanSpan], template: Bool) {
    let kent = detectTemplatePlans(lines: lines)
    return kent.isEmpty ? (detectNamedUnits(lines: lines), false) : (kent, true)
}

/// Plans of the Kent 2008 template (docs/plan-data-formats.md).
func detectTemplatePlans(lines: [Substring]) -> [PlanSpan] {
    var starts: [PlanSpan] = []
    var lastTitle = -10
    var currentDirectorate = ""
    for (i, line) in lines.enumerated() {
        guard line.utf8.count <= 80, !containsText(line, "\t") else { continue }
        let s = plainLine(line)
        if s.isEmpty { continue }
        let first = s.first!
        guard first == "A" || first == "a" || first == "O" || first == "o" || first == "I" || first == "i"
              || first == "M" || first == "D" else { continue }
        let m = titleMatch(s)
        if m.matched {
            if i - lastTitle <= 3 { continue }
            let block = titleBlock(lines: lines, before: i)
            let (unit, dir) = splitTitle(block.lines)
            guard !unit.isEmpty else { continue }
            // CFE plans repeat "ANNUAL OPERATING PLAN 2008/09" after their contents page: a title
            // soon after a plan start must name its directorate to start a new plan.
            if let last = starts.last, last.kind == .plan, i + 1 - last.titleLine < 150, dir == nil { continue }
            lastTitle = i
            var year = m.year
            if year == nil {
                for k in (i + 1)..<min(i + 3, lines.count) {
                    let t = plainLine(lines[k])
                    if let fy = parseFiscalYear(Substring(t)) { year = fy; break }
                }
            }
            if let dir { currentDirectorate = dir }
            starts.append(PlanSpan(kind: .plan, unit: unit, directorate: dir ?? currentDirectorate,
                                   year: year?.description ?? "", firstLine: block.firstLine + 1,
                                   lastLine: lines.count, titleLine: i + 1))
            continue
        }
        let key = normalizedKey(s)
        if introPhrases.contains(key) {
            if let last = starts.last, last.kind == .plan, i + 1 - last.titleLine < 15 { continue }
            if let last = starts.last, last.kind == .directorateIntroduction, i + 1 - last.titleLine < 15 { continue }
            let block = titleBlock(lines: lines, before: i)
            var dir = splitTitle(block.lines).directorate
            if dir == nil {
                // "Managing Director's Introduction 2008/9" / "The Children, Families and Education Directorate"
                var k = i + 1, seen = 0
                while k < lines.count, seen < 3 {
                    let t = plainLine(lines[k])
                    if !t.isEmpty {
                        seen += 1
                        if let d = canonicalDirectorate(t) { dir = d; break }
                    }
                    k += 1
                }
            }
            if let dir { currentDirectorate = dir }
            starts.append(PlanSpan(kind: .directorateIntroduction, unit: "", directorate: dir ?? currentDirectorate,
                                   year: "", firstLine: block.firstLine + 1, lastLine: lines.count, titleLine: i + 1))
        }
    }
    for k in 0..<starts.count {
        starts[k].lastLine = k + 1 < starts.count ? starts[k + 1].firstLine - 1 : lines.count
    }
    return starts
}

private let knownHeadingPrefixes: [String] = [
    "key performance indicators", "revenue budget", "capital budget", "staffing", "key corporate",
    "projects, developments", "projects developments", "user/ resident involvement", "user/resident involvement",
    "user / resident involvement", "consultation exercises", "lead roles", "key responsibilities", "core services",
    "service comparison", "capacity, skills", "equalities", "review of performance", "monitoring and review",
    "key achievements", "purpose of the service", "operating context", "customer involvement",
    "corporate environmental performance", "section 17", "structure chart", "risks", "forecast activity",
]

private let debrisWords: Set<String> = [
    "RECON", "BALANCE", "SHOULD BE", "ZERO", "DRAFT", "CONTENTS",
    // protective markings printed at the top and foot of every page (the government classification
    // scheme and the one before it): no section is named so
    "OFFICIAL", "OFFICIAL-SENSITIVE", "OFFICIAL SENSITIVE", "OFFICIAL – SENSITIVE", "OFFICIAL - SENSITIVE",
    "NOT PROTECTIVELY MARKED", "UNCLASSIFIED", "RESTRICTED", "PROTECT", "CONFIDENTIAL",
]

/// A section heading: a short ALL-CAPS line, a `SECTION n` line, or a known template heading;
/// in papers not written to the Kent template (`plainPapers`) also a Markdown heading, a line
/// in bold, or a numbered heading (`2. Performance against targets`). The Kent pack numbers
/// its paragraphs, so numbered lines are not headings there.
func isHeading(_ raw: Substring, plainPapers: Bool = false) -> String? {
    var raw = raw
    // (a Markdown heading reads with a space for a TAB: `### 4.1⇥Performance indicators`)
    if plainPapers, isMarkdownHeadingLine(raw) { raw = Substring(raw.replacing("\t", with: " ")) }
    if containsText(raw, "\t") {
        guard plainPapers, let h = tabbedNumberedHeading(raw) else { return nil }
        raw = Substring(h)
    }
    guard raw.utf8.count <= 160 else { return nil }
    // an entry of a contents list written as a link to its heading (`[4.1 Care home fees [5](#_Toc190)](#_Toc190)`)
    if case let t = trimPlanSpace(raw), t.hasPrefix("["), t.hasSuffix(")"), containsText(t, "](#") { return nil }
    let s = plainLine(raw)
    guard s.count >= 4, s.count <= 100 else { return nil }
    if s.hasPrefix("- ") || s.hasPrefix("•") || s.hasPrefix("|") || isPageLabel(Substring(s)) { return nil }
    if debrisWords.contains(s) { return nil }
    // a table's caption (`Table 3.1 – Planning applications`, `**Table 1: Outcome indicators**`) is no heading
    if plainPapers, isTableCaption(s) { return nil }
    let t = trimPlanSpace(raw)
    // (a date alone on its line, `12 FEBRUARY 2025` under the meeting's name, is the meeting's date)
    if plainPapers, isDateText(s) { return nil }
    if plainPapers, let h = plainPaperHeading(t, s) { return h }
    var upper = 0, lower = 0
    for ch in s where ch.isLetter {
        if ch.isUppercase { upper += 1 } else { lower += 1 }
    }
    if upper >= 4, Double(upper) >= 0.85 * Double(upper + lower), !s.hasSuffix(".") { return s }
    let k = s.lowercased()
    // (`Section 3`, not a sentence's line that starts `section 3, the forecast need …`)
    if k.hasPrefix("section "), s.first == "S", !(plainPapers && s.hasSuffix(".")) { return s }
    for p in knownHeadingPrefixes where k.hasPrefix(p) {
        return s.count <= 70 ? s : nil
    }
    return nil
}

private func plainPaperHeading(_ t: Substring, _ s: String) -> String? {
    // a Markdown heading (`## 2. Performance against targets`), or a whole line in bold
    // (a date in bold, `**17 July 2025**` under the meeting's name, is the meeting's date)
    // (a key's title in bold, `**Key to trend symbols**`, `**RAG key**`, heads the key, not a section)
    if t.hasPrefix("#") || (t.hasPrefix("**") && t.hasSuffix("**") && t.count > 4 && s.count <= 80 && !s.hasSuffix(".") && !isDateText(s) && !namesAKey(s)) {
        return s
    }
    // a numbered heading: `2. Performance against targets`, `3.1 Adult social care`
    if let f = s.first, f.isNumber, s.count <= 70, !s.hasSuffix("."), !s.hasSuffix(":"), s.split(separator: " ").count <= 9 {
        let number = s.prefix { $0.isNumber || $0 == "." }
        let rest = s.dropFirst(number.count)
        // (`4.1    Adults and Health`, the title laid out apart from its number, reads `4.1 Adults and Health`)
        let title = rest.drop { $0 == " " }
        // (a date on a cover, `13 November 2025`, is no heading)
        let firstWord = title.prefix { $0 != " " }
        let isDate = !number.contains(".") && number.count <= 2 && monthNumber(firstWord) != nil
        if number.count <= 6, rest.hasPrefix(" "), let r = title.first, r.isUppercase, !isDate {
            return title.count + 1 == rest.count ? s : number + " " + title
        }
    }
    // an appendix's section laid out apart from its number: `A1      Place and Regeneration` (a code in running text,
    // `A1 Complete the …`, has one space)
    let mark = s.prefix { $0 != " " }
    if isAppendixSectionNumber(mark), t.hasPrefix(mark + "  "), case let title = s.dropFirst(mark.count).drop(while: { $0 == " " }),
       let r = title.first, r.isUppercase, s.count <= 80, !s.hasSuffix("."), !s.hasSuffix(":"), title.split(separator: " ").count <= 9 {
        return mark + " " + title
    }
    // a lettered heading in brackets: `(a) Highways maintenance and structures`
    if s.hasPrefix("("), let close = s.firstIndex(of: ")") {
        let mark = s[s.index(after: s.startIndex)..<close]
        let rest = s[s.index(after: close)...]
        let roman = !mark.isEmpty && mark.count <= 4 && mark.allSatisfy { "ivx".contains($0) }
        if (mark.count == 1 && mark.first!.isLetter && mark.first!.isASCII) || roman, rest.hasPrefix(" "),
           let r = rest.dropFirst().first, r.isUppercase, s.count <= 70, !s.hasSuffix("."), !s.hasSuffix(":"), !s.hasSuffix(";"),
           s.split(separator: " ").count <= 9 {
            return s
        }
    }
    // an appendix or annex title: `Appendix A – Burial ground fees 2025/26`, `Annex 2: Risk register`
    if isAppendixTitleText(Substring(s)) { return s }
    // a lettered heading: `B. High needs block: 2024/25 forecast`
    let chars = Array(s.prefix(4))
    if chars.count == 4, chars[0].isUppercase, chars[0].isASCII, chars[1] == "." || chars[1] == ")", chars[2] == " ",
       chars[3].isUppercase, s.count <= 70, !s.hasSuffix("."), !s.hasSuffix(":"), s.split(separator: " ").count <= 9 {
        return s
    }
    return nil
}

/// A numbered heading laid out with a TAB after its number (`2.⇥Summary position and financing`),
/// as `2. Summary position and financing`; nil for any other TAB line.
/// With `appendix`, an appendix's section number too (`A1⇥Registration and celebratory services`): only for a line that
/// stands apart from its neighbours, since rows of a table are led by such codes (`R2⇥Ceremonies already booked …`).
func tabbedNumberedHeading(_ raw: Substring, appendix: Bool = false) -> String? {
    let parts = raw.split(separator: "\t", omittingEmptySubsequences: false).map { trimPlanSpace($0) }
    let filled = parts.filter { !$0.isEmpty }
    // (Word writes a top-level number without its dot, `4⇥Resources`; a TAB table's rows beside it tell a
    // row of numbered names from a heading, see `tabRowBeside`)
    guard filled.count == 2, parts.first.map({ !$0.isEmpty }) ?? false,
          isSectionNumber(filled[0]) || (filled[0].utf8.count <= 2 && isDigits(filled[0]) && filled[0].first != "0")
            || (appendix && isAppendixSectionNumber(filled[0])),
          // (a title in capitals runs longer: `ANNUAL GOVERNANCE AND ACCOUNTABILITY RETURN 2024/25 – CONCLUSION OF EXTERNAL REVIEW`)
          let f = filled[1].first, f.isUppercase, filled[1].count <= (filled[1].allSatisfy({ !$0.isLowercase }) ? 120 : 80),
          !filled[1].hasSuffix(".") else { return nil }
    return filled[0] + " " + filled[1]
}

/// A title that calls what follows a key: `Key`, `RAG key`, `Legend`, `Key to trend symbols`.
func namesAKey(_ title: String) -> Bool {
    let t = normalizedKey(title)
    return t == "key" || t == "legend" || t.hasSuffix(" key") || t.hasSuffix(" legend") || t.hasPrefix("key to ")
}

/// How many TABs a line holds (Word's text writes one between cells).
func tabCount(_ line: Substring) -> Int { line.utf8.reduce(0) { $0 + ($1 == 9 ? 1 : 0) } }

/// A Markdown ATX heading line: one to six `#` and a space or TAB (`## 3. Budget`, `###⇥4.1…`).
func isMarkdownHeadingLine(_ line: Substring) -> Bool {
    let t = trimPlanSpace(line)
    let hashes = t.prefix { $0 == "#" }.count
    guard (1...6).contains(hashes), let next = t.dropFirst(hashes).first else { return false }
    return next == " " || next == "\t"
}

/// `1.`, `2.1`, `4.2.3` (a section number, not a quantity).
func isSectionNumber(_ s: Substring) -> Bool {
    guard let f = s.first, f.isNumber, s.count <= 8 else { return false }
    guard s.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) else { return false }
    return s.hasSuffix(".") || s.contains(".")
}

/// An appendix's section number, its letter before the number: `A1`, `B2.3` (`A1⇥Registration and celebratory
/// services` under `APPENDIX A – …`).
func isAppendixSectionNumber(_ s: Substring) -> Bool {
    guard (2...6).contains(s.count), let f = s.first, f.isASCII, f.isUppercase, let g = s.dropFirst().first, g.isNumber else { return false }
    return s.dropFirst().allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") } && !s.hasSuffix(".")
}

/// An appendix or annex title: `Appendix A – Burial ground fees 2025/26`, `Annex 2: Risk register` (plain text).
func isAppendixTitleText(_ s: Substring) -> Bool {
    for word in ["Appendix ", "APPENDIX ", "Annex ", "ANNEX "] where s.hasPrefix(word) {
        let mark = s.dropFirst(word.count).prefix { !$0.isWhitespace && $0 != ":" && $0 != "." }
        // (titles run long: `Appendix A: Capital Programme 2025/26 – Forecast Outturn by Scheme at Quarter 2`)
        return !mark.isEmpty && mark.count <= 4 && mark.allSatisfy({ $0.isLetter || $0.isNumber }) && s.count <= 120 && !s.hasSuffix(".")
            && s.split(separator: " ").count <= 18
    }
    return false
}

/// A heading's line as plain text: its page break, spaces and markup aside (`\u{0C}## Appendix B` reads `Appendix B`).
private func headingLineText(_ raw: Substring) -> String {
    plainLine(trimPlanSpace(raw.drop { $0 == "\u{0C}" }))
}

/// A heading's line that is an appendix or annex title, its markup aside (`## Appendix B`, `\u{0C}APPENDIX B – …`).
func isAppendixTitle(_ raw: Substring) -> Bool {
    isAppendixTitleText(Substring(headingLineText(raw)))
}

/// How deep a heading numbered as an appendix's section sits (`A2 Private Sector Housing` is 1, `B1.2 …` is 2); nil for
/// any other line.
func appendixSectionDepth(_ raw: Substring) -> Int? {
    let s = headingLineText(raw)
    let mark = s.prefix { $0 != " " && $0 != "\t" }
    guard mark.count < s.count, isAppendixSectionNumber(mark) else { return nil }
    return mark.split(separator: ".").count
}

/// An appendix's paragraph number: `A2.1`, or its letter set off by a point, `A.1`, `B.2.3`.
func isAppendixParagraphNumber(_ s: Substring) -> Bool {
    if isAppendixSectionNumber(s) { return s.contains(".") }
    guard (3...8).contains(s.count), let f = s.first, f.isASCII, f.isUppercase, s.dropFirst().first == ".",
          case let number = s.dropFirst(2), number.first?.isNumber ?? false else { return false }
    return number.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") } && !number.hasSuffix(".")
}

/// Text that starts with a table's number: a figure (`3`, `2.1`), or a letter and a figure, an appendix's tables being
/// numbered after it (`A1`).
func startsATableNumber(_ s: Substring) -> Bool {
    s.first?.isNumber ?? false || (s.first?.isLetter ?? false && s.dropFirst().first?.isNumber ?? false)
}

/// A table's caption: `Table 1: …`, `Table 3.1 – …`, `Figure 2 …`, `Table A1: …`.
func isTableCaption(_ s: String) -> Bool {
    let k = s.lowercased()
    for w in ["table ", "figure ", "chart "] where k.hasPrefix(w) {
        return startsATableNumber(k.dropFirst(w.count))
    }
    return false
}
