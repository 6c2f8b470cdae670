/// Plan data in prose: the commitments of a medium-term plan ("We will …"
/// bullets under their chapter and theme, commitment headings ending with a colon, numbered
/// design principles) and the claims of a self-assessment (R29: bullet lists by section).
/// Both are read from documents that hold no unit business plans; a bullet wrapped over
/// several lines (a narrow column, a page break, a bullet mark left on a wrapped line) is
/// joined back into one row whose `line`…`line_end` span the source lines.

/// One bullet or paragraph after joining its wrapped lines.
struct ProseItem {
    var text: String
    var first: Int
    var last: Int
}

private func trimmed(_ s: Substring) -> String { String(trimPlanSpace(s)) }

/// `- text` / ` - text` / `• text`: the text of a bullet line, or nil.
private func bulletText(_ line: Substring) -> String? {
    let t = trimPlanSpace(line)
    for mark in ["- ", "• ", "▪ ", "* "] where t.hasPrefix(mark) { return String(t.dropFirst(mark.count)) }
    return nil
}

/// Markdown emphasis removed: `**Locate in Kent**` → `Locate in Kent`.
private func withoutEmphasis(_ s: String) -> String {
    collapseSpaces(s.replacing("**", with: "").replacing("*", with: ""))
}

/// Lines of the document with their kinds, for the prose readers.
private func proseLines(_ text: String) -> [Substring] {
    var lines = documentLines(text)
    for i in lines.indices where lines[i].utf8.last == 13 { lines[i] = lines[i].dropLast() }
    return lines
}

/// A continuation of the bullet above: a line starting in lower case (also when the converter
/// put a bullet mark in front of it), or indented text wrapped from a narrow column.
private func continuesBullet(_ raw: Substring) -> Bool {
    if raw.contains("\t") { return false }
    let body = bulletText(raw) ?? trimmed(raw)
    guard let f = body.first else { return false }
    if f.isLowercase { return true }
    return raw.first == " " && bulletText(raw) == nil && !body.hasSuffix(":")
}

/// Bullets of a document, joined across wrapped lines. `stop(i)` ends the current bullet.
private func joinedBullets(_ lines: [Substring], in range: Range<Int>, stop: (Int) -> Bool) -> [ProseItem] {
    var items: [ProseItem] = []
    var open = false
    var blanks = 0
    for i in range {
        let raw = lines[i]
        let t = trimPlanSpace(raw)
        if t.isEmpty { blanks += 1; if blanks > 2 { open = false }; continue }
        if stop(i) { open = false; blanks = 0; continue }
        // a bullet mark in front of a lower-case line after a break continues the bullet above
        // when that one stopped mid-sentence (`… to make it easier for` / `- residents to access …`);
        // adjacent lower-case bullets are a list of their own
        let endsSentence = items.last.map { t in t.text.last.map { ".!?;".contains($0) } ?? false } ?? true
        if open, continuesBullet(raw), bulletText(raw) == nil || (!endsSentence && blanks > 0) {
            items[items.count - 1].text += " " + (bulletText(raw) ?? trimmed(raw))
            items[items.count - 1].last = i + 1
            blanks = 0
            continue
        }
        if let b = bulletText(raw) {
            items.append(ProseItem(text: b, first: i + 1, last: i + 1))
            open = true
        } else {
            open = false
        }
        blanks = 0
    }
    for k in items.indices { items[k].text = collapseSpaces(items[k].text) }
    return items
}

/// `Chapter 2:` / `Chapter I: The need for a new approach` (OCR reads `1` as `I`).
private func chapterLabel(_ t: String) -> String? {
    let s = withoutEmphasis(t)
    guard s.hasPrefix("Chapter "), let colon = s.firstIndex(of: ":") else { return nil }
    let number = s[s.index(s.startIndex, offsetBy: 8)..<colon].trimmingCharacters(" ")
    guard !number.isEmpty, number.count <= 3 else { return nil }
    return String(s[...colon]).replacing("Chapter I:", with: "Chapter 1:") + String(s[s.index(after: colon)...])
}

extension Substring {
    func trimmingCharacters(_ c: Character) -> String { String(self.drop { $0 == c }.reversed().drop { $0 == c }.reversed()) }
}

/// A short heading line standing alone (`Bold Steps for Education`, `Building a new
/// relationship with business`): no colon, no full stop, no bullet, blank lines around it.
private func isThemeHeading(_ lines: [Substring], _ i: Int) -> Bool {
    let t = trimmed(lines[i])
    guard !t.isEmpty, t.count <= 80, !t.hasSuffix(":"), !t.hasSuffix("."), !t.hasSuffix(","), bulletText(lines[i]) == nil,
          !t.contains("\t"), t.first?.isUppercase == true, t.split(separator: " ").count <= 12 else { return false }
    let before = i == 0 || trimPlanSpace(lines[i - 1]).isEmpty
    let after = i + 1 >= lines.count || trimPlanSpace(lines[i + 1]).isEmpty
    // a sentence broken by the converter continues in lower case on the next line
    var j = i + 1
    while j < lines.count, trimPlanSpace(lines[j]).isEmpty { j += 1 }
    if j < lines.count, let f = trimPlanSpace(lines[j]).first, f.isLowercase { return false }
    return before && after
}

/// The title of a document: its first short line that is not an agenda heading.
private func documentTitle(_ lines: [Substring]) -> String {
    for l in lines.prefix(40) {
        let t = withoutEmphasis(trimmed(l))
        if t.count >= 4, t.count <= 80, !t.contains("\t"), t.uppercased() != "AGENDA" { return t }
    }
    return ""
}

/// A plan written as prose: no unit plans, at least five `We will …` / `KCC will …` bullets.
func isMediumTermPlan(_ doc: DocumentImport, _ text: String) -> Bool {
    guard doc.plans.isEmpty else { return false }
    var n = 0
    for l in proseLines(text) {
        if let b = bulletText(l), b.hasPrefix("We will") || b.hasPrefix("KCC will") { n += 1; if n >= 5 { return true } }
    }
    return false
}

/// A narrative report (a self-assessment): no unit plans, no tables worth the name, and
/// bullet lists under ALL-CAPS section headings.
func isSelfAssessment(_ doc: DocumentImport, _ text: String) -> Bool {
    guard doc.plans.isEmpty, doc.tables.count <= 1, !isMediumTermPlan(doc, text) else { return false }
    let lines = proseLines(text)
    let bullets = lines.filter { bulletText($0) != nil }.count
    let headings = lines.filter { l in isHeading(l) != nil }.count
    return bullets >= 5 && headings >= 3
}

extension PlanDatasetBuilder {
    mutating func addCommitments(_ text: String, source: String) {
        let lines = proseLines(text)
        let title = documentTitle(lines)
        var chapter = "", theme = "", heading = ""
        // walk the document once to know, for each line, its chapter / theme / heading
        var chapterAt = [String](repeating: "", count: lines.count)
        var themeAt = chapterAt, headingAt = chapterAt
        var colonHeadings: [(Int, String)] = []
        var i = 0
        while i < lines.count {
            let t = trimmed(lines[i])
            if let c = chapterLabel(t) {
                // `Chapter 2:` with the title on the next non-blank line
                var label = c
                if c.hasSuffix(":") {
                    var j = i + 1
                    while j < lines.count, trimPlanSpace(lines[j]).isEmpty { j += 1 }
                    if j < lines.count { label += " " + withoutEmphasis(trimmed(lines[j])); chapterAt[j] = label; themeAt[j] = ""; headingAt[j] = "" }
                    chapter = label; theme = ""; heading = ""
                    for k in i...min(j, lines.count - 1) { chapterAt[k] = chapter }
                    i = j + 1
                    continue
                }
                chapter = label; theme = ""; heading = ""
            } else if t == "Executive Summary" || t == "Foreword" || t.hasPrefix("Foreword:") || t.hasPrefix("Appendix") {
                chapter = withoutEmphasis(t); theme = ""; heading = ""
            } else if bulletText(lines[i]) == nil, !t.contains("\t"), t.hasSuffix(":"), t.count <= 160, t.count >= 6 {
                heading = String(withoutEmphasis(t).dropLast())
                colonHeadings.append((i, heading))
            } else if !chapter.isEmpty, isThemeHeading(lines, i) {
                theme = withoutEmphasis(t); heading = ""
            }
            chapterAt[i] = chapter; themeAt[i] = theme; headingAt[i] = heading
            i += 1
        }
        func emit(kind: String, seq: Int, heading: String, text: String, first: Int, last: Int) {
            let line = first - 1
            commitments.append(["document": title, "chapter": chapterAt[line], "theme": themeAt[line], "heading": heading,
                                "kind": kind, "seq": String(seq), "commitment": text,
                                "section": heading.isEmpty ? themeAt[line] : heading,
                                "source": source, "line": String(first), "line_end": String(last)])
        }
        // bullets
        let stop: (Int) -> Bool = { i in
            let t = trimmed(lines[i])
            return chapterLabel(t) != nil || isThemeHeading(lines, i) || (t.hasSuffix(":") && bulletText(lines[i]) == nil)
        }
        var counters: [String: Int] = [:]
        for item in joinedBullets(lines, in: 0..<lines.count, stop: stop) {
            let at = item.first - 1
            let ch = chapterAt[at]
            let kind: String
            var seq: Int
            var body = item.text
            let key = ch + "|" + themeAt[at] + "|" + headingAt[at]
            counters[key, default: 0] += 1
            seq = counters[key]!
            if ch.hasPrefix("Appendix") {
                kind = "design principle"
                // `2. Elected Members …`: the printed number, when it survived
                let digits = body.prefix { $0.isNumber }
                if !digits.isEmpty, body.dropFirst(digits.count).hasPrefix("."), let n = Int(digits) {
                    seq = n
                    body = collapseSpaces(String(body.dropFirst(digits.count + 1)))
                    counters[key] = n
                }
            } else if ch == "Executive Summary" {
                kind = "pledge"
            } else if ch.hasPrefix("Foreword") {
                kind = "aim"
            } else if ch.hasPrefix("Chapter"), body.contains(" will ") || body.hasPrefix("We ") {
                kind = "chapter bullet"
            } else {
                continue
            }
            emit(kind: kind, seq: seq, heading: kind == "pledge" ? "" : headingAt[at], text: withoutEmphasis(body),
                 first: item.first, last: item.last)
        }
        // commitment headings in the chapters, each with the paragraph under it
        for (k, (at, h)) in colonHeadings.enumerated() where chapterAt[at].hasPrefix("Chapter") {
            let end = k + 1 < colonHeadings.count ? colonHeadings[k + 1].0 : lines.count
            var body: [String] = []
            var last = at + 1
            var j = at + 1
            while j < end {
                let t = trimmed(lines[j])
                if chapterLabel(t) != nil || isThemeHeading(lines, j) || bulletText(lines[j]) != nil || t.contains("\t") { break }
                if !t.isEmpty { body.append(t); last = j + 1 }
                j += 1
            }
            guard !body.isEmpty else { continue }   // a lead-in to a bullet list, not a commitment
            let key = chapterAt[at] + "|" + themeAt[at] + "|headings"
            counters[key, default: 0] += 1
            emit(kind: "chapter commitment", seq: counters[key]!, heading: h, text: withoutEmphasis(body.joined(separator: " ")),
                 first: at + 1, last: last)
        }
        commitments.rows.sort { (Int($0[commitments.columns.firstIndex(of: "line")!]) ?? 0) < (Int($1[commitments.columns.firstIndex(of: "line")!]) ?? 0) }
    }

    mutating func addClaims(_ text: String, source: String) {
        let lines = proseLines(text)
        let title = documentTitle(lines)
        var sectionAt = [String](repeating: "", count: lines.count)
        var section = ""
        for i in lines.indices {
            if let h = isHeading(lines[i]), bulletText(lines[i]) == nil { section = h }
            sectionAt[i] = section
        }
        let stop: (Int) -> Bool = { i in isHeading(lines[i]) != nil && bulletText(lines[i]) == nil }
        for item in joinedBullets(lines, in: 0..<lines.count, stop: stop) {
            let at = item.first - 1
            guard !sectionAt[at].isEmpty else { continue }
            // the named initiative in bold at the start (`**Locate in Kent** is …`), or the first bold span
            var topic = ""
            if let open = item.text.firstRange(of: "**"), let close = item.text[open.upperBound...].firstRange(of: "**") {
                topic = collapseSpaces(String(item.text[open.upperBound..<close.lowerBound]))
                while let l = topic.last, l == "." || l == ":" || l == "," { topic.removeLast() }
            }
            claims.append(["document": title, "section": sectionAt[at], "topic": topic, "claim": withoutEmphasis(item.text),
                           "figures": figures(in: item.text).joined(separator: "; "),
                           "source": source, "line": String(item.first), "line_end": String(item.last)])
        }
    }
}

/// The figures quoted in a sentence, as printed: `£3.5m`, `352`, `2,749`, `25%`, `70 per cent`,
/// `2006/07`. Years on their own are figures too (`since its inception in 1997`).
func figures(in text: String) -> [String] {
    var out: [String] = []
    let chars = Array(text)
    var i = 0
    while i < chars.count {
        let c = chars[i]
        let startsNumber = c.isNumber || (c == "£" && i + 1 < chars.count && chars[i + 1].isNumber)
        guard startsNumber, i == 0 || !(chars[i - 1].isLetter || chars[i - 1].isNumber) else { i += 1; continue }
        var j = i + (c == "£" ? 1 : 0)
        while j < chars.count, chars[j].isNumber || ((chars[j] == "," || chars[j] == "." || chars[j] == "/")
                                                       && j + 1 < chars.count && chars[j + 1].isNumber) { j += 1 }
        // a scale or percent right after the digits
        if j < chars.count, chars[j] == "%" { j += 1 }
        else if j + 1 < chars.count, chars[j] == "m" || chars[j] == "k", !chars[j + 1].isLetter { j += 1 }
        else if j + 1 < chars.count, chars[j] == "b", chars[j + 1] == "n" { j += 2 }
        var token = String(chars[i..<j])
        let rest = String(chars[j...].prefix(9))
        if rest.hasPrefix(" per cent") { token += " per cent"; j += 9 }
        if token.contains(where: { $0.isNumber }) { out.append(token) }
        i = j
    }
    return out
}
