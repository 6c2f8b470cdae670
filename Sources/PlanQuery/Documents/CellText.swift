/// Cleaning of table cells: HTML fragments, bullets, entities, white space, and `Page NNN`
/// labels left behind by page breaks.

/// Result of cleaning one raw cell.
struct CleanedCell {
    var text: String
    /// A `Page NNN` label was removed from the cell.
    var hadPageLabel: Bool
    /// The label sat at the end of non-empty text (the row was split by the page break).
    var pageLabelAtEnd: Bool
}

/// Cleans one raw cell: strips tags (`<p>`, `<ul style=…>`, `<li>`, `<i>`, `<u>`, `<b>`,
/// `<small>`, `<span>`, `<br>`), decodes entities, turns list items and `•`/`▪`/`◆` bullets into
/// `• ` items, removes page labels, and collapses white space.
func cleanCell(_ raw: Substring) -> CleanedCell {
    var hasMarkup = false
    for b in raw.utf8 where b == UInt8(ascii: "<") || b == UInt8(ascii: "&") || b >= 0xE2 || b == UInt8(ascii: "P")
        || b == UInt8(ascii: "*") || b == UInt8(ascii: "_") {
        hasMarkup = true
        break
    }
    if !hasMarkup {
        let t = trimPlanSpace(raw)
        if !t.utf8.contains(where: { $0 == UInt8(ascii: " ") || $0 == 0x09 }) { return CleanedCell(text: String(t), hadPageLabel: false, pageLabelAtEnd: false) }
    }
    var out = ""
    out.reserveCapacity(raw.utf8.count)
    // no `<`, `&`, `▪` or `◆` (none of them has another canonical form, so the bytes decide):
    // the loop below would copy every character
    let copiesAll = !raw.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") })
        && !raw.utf8Contains("▪") && !raw.utf8Contains("◆")
    var i = copiesAll ? raw.endIndex : raw.startIndex
    if copiesAll { out.append(contentsOf: raw) }
    var offset = 0   // characters before `i`
    // The first `>` at or after `i`, with its offset, found once and kept until `i` passes it:
    // a search from every `<` would make a line of `<` without `>` take quadratic time.
    var close: (index: Substring.Index, offset: Int)?
    var noMoreClose = false
    while i < raw.endIndex {
        let ch = raw[i]
        if ch == "<", !noMoreClose {
            if close.map({ $0.index < i }) ?? true {
                close = nil
                var j = i, o = offset
                while j < raw.endIndex {
                    if raw[j] == ">" { close = (j, o); break }
                    j = raw.index(after: j)
                    o += 1
                }
                noMoreClose = close == nil
            }
            // a tag: closed within 200 characters
            if let c = close, c.offset - offset < 200 {
                let tag = raw[raw.index(after: i)..<c.index]
                let name = tagName(tag)
                switch name {
                case "li": out.append(" • ")
                case "p", "/p", "br", "br/", "div", "/div", "ul", "/ul", "ol", "/ol", "/li", "tr", "/tr", "td", "/td", "th", "/th":
                    out.append(" ")
                case "i", "/i", "u", "/u", "b", "/b", "em", "/em", "strong", "/strong", "small", "/small",
                     "span", "/span", "sup", "/sup", "sub", "/sub", "font", "/font", "a", "/a", "s", "/s", "abbr", "/abbr":
                    break
                default:
                    // not a tag we know: keep the text verbatim
                    out.append(contentsOf: raw[i...c.index])
                }
                i = raw.index(after: c.index)
                offset = c.offset + 1
                continue
            }
        }
        if ch == "&", let semi = raw[i...].prefix(10).firstIndex(of: ";") {
            let entity = raw[raw.index(after: i)..<semi]
            if let decoded = decodeEntity(entity) {
                out.append(decoded)
                offset += raw.distance(from: i, to: semi) + 1
                i = raw.index(after: semi)
                continue
            }
        }
        if ch == "▪" || ch == "◆" { out.append("•") } else { out.append(ch) }
        i = raw.index(after: i)
        offset += 1
    }
    var text = collapseSpaces(out)
    // bullets: "• a • b" — make sure each bullet is followed by one space
    // (U+2022 has no other canonical form, so its bytes decide)
    if text.utf8Contains("•"), text.contains("•") {
        text = text.replacing("•", with: "• ")
        text = collapseSpaces(text)
        text = text.replacing("• •", with: "•")
    }
    // Markdown links show their text: `[energy report](https://…)` → `energy report`
    if containsText(text, "]("), containsText(text, "[") { text = markdownLinkText(text) }
    // Markdown bold and italic (`**Department total**`, `*(59,165)*`, `… households<br>*Simpler Recycling
    // duty*`, `*On track* – 78% of rounds live`, `**All homes (weighted average)**[^2]`)
    if text.contains("*") || text.contains("_") { text = collapseSpaces(withoutEmphasisMarks(text)) }
    let (stripped, had, atEnd) = stripPageLabels(text)
    return CleanedCell(text: stripped, hadPageLabel: had, pageLabelAtEnd: atEnd)
}

/// The text without Markdown emphasis: a run of one or two `*` (or `_`) that opens at a word's start
/// and the next like run that closes at a word's end (`*cumulative*`, `**Amber**`). A mark that
/// opens nothing stays as printed: a footnote star (`scheme*`, `2005*`), `* excludes *`, a name
/// written with underscores (`wexmoor_fra_budget`).
func withoutEmphasisMarks(_ s: String) -> String {
    let c = Array(s)
    let n = c.count
    func isMark(_ ch: Character) -> Bool { ch == "*" || ch == "_" }
    func run(at i: Int) -> Int { var j = i; while j < n, c[j] == c[i] { j += 1 }; return j - i }
    func opens(_ i: Int, _ len: Int) -> Bool {
        (i == 0 || " ([“‘\"".contains(c[i - 1])) && i + len < n && c[i + len] != " " && !isMark(c[i + len])
    }
    func closes(_ i: Int, _ len: Int) -> Bool {
        i > 0 && c[i - 1] != " " && !isMark(c[i - 1]) && (i + len == n || " .,;:)[]!?–—-”’\"".contains(c[i + len]))
    }
    var drop = Set<Int>()
    var i = 0
    while i < n {
        guard isMark(c[i]) else { i += 1; continue }
        let len = run(at: i)
        guard len <= 2, opens(i, len) else { i += len; continue }
        // the next run of the same mark and length that closes
        var j = i + len, closer: Int?
        while j < n {
            if c[j] == c[i] {
                let l = run(at: j)
                if l == len, closes(j, l) { closer = j; break }
                j += l
            } else { j += 1 }
        }
        guard let k = closer else { i += len; continue }
        for x in i..<(i + len) { drop.insert(x) }
        for x in k..<(k + len) { drop.insert(x) }
        i = k + len
    }
    guard !drop.isEmpty else { return s }
    return String(c.indices.filter { !drop.contains($0) }.map { c[$0] })
}

/// `See [energy report](https://example.org)` → `See energy report`.
private func markdownLinkText(_ s: String) -> String {
    var out = ""
    var rest = Substring(s)
    while let open = rest.firstIndex(of: "[") {
        guard let close = rest[open...].firstRange(of: "]("), let end = rest[close.upperBound...].firstIndex(of: ")") else { break }
        out += rest[..<open]
        out += rest[rest.index(after: open)..<close.lowerBound]
        rest = rest[rest.index(after: end)...]
    }
    return collapseSpaces(out + rest)
}

private func tagName(_ tag: Substring) -> String {
    var name = ""
    for ch in tag {
        if ch == " " || ch == "\t" { break }
        name.append(ch)
        if name.count > 8 { break }
    }
    if name.hasSuffix("/"), name != "br/" { name.removeLast() }
    return name.lowercased()
}

func decodeEntity(_ e: Substring) -> String? {
    if let named = htmlEntities[e] { return named }
    // (a no-break space by number is a space, as by name)
    if e == "#160" || e == "#xA0" || e == "#xa0" { return " " }
    if e.hasPrefix("#x") || e.hasPrefix("#X"), let v = UInt32(e.dropFirst(2), radix: 16), let s = Unicode.Scalar(v) { return String(Character(s)) }
    if e.hasPrefix("#"), let v = UInt32(e.dropFirst()), let s = Unicode.Scalar(v) { return String(Character(s)) }
    return nil
}

/// Collapses runs of white space (including no-break spaces) to one space and trims.
func collapseSpaces(_ s: String) -> String {
    if let ascii = asciiCollapsedSpaces(s) { return ascii }
    var out = ""
    out.reserveCapacity(s.utf8.count)
    var pendingSpace = false
    for ch in s {
        if ch == " " || ch == "\t" || ch == "\u{A0}" || ch == "\r" || ch == "\n" {
            pendingSpace = !out.isEmpty
            continue
        }
        if pendingSpace { out.append(" "); pendingSpace = false }
        out.append(ch)
    }
    return out
}

/// True when `s` (already trimmed) is exactly a page label: `Page 298`, `Page 18 of 20`.
func isPageLabel(_ s: Substring) -> Bool {
    guard s.hasPrefix("Page ") || s.hasPrefix("page ") else { return false }
    let rest = s.dropFirst(5)
    let parts = rest.split(separator: " ")
    if parts.count == 1 { return isDigits(parts[0]) }
    if parts.count == 3 { return isDigits(parts[0]) && parts[1] == "of" && isDigits(parts[2]) }
    return false
}

func isDigits(_ s: Substring) -> Bool { !s.isEmpty && s.count <= 5 && s.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } }

/// A calendar year as plan papers print one in headings (`2026`), not a quantity.
func isCalendarYear(_ s: Substring) -> Bool { s.count == 4 && Int(s).map { (1990...2040).contains($0) } ?? false }

/// A year a heading names: a financial year (`2024/25`, `2024-25`) or a calendar year (`2026`).
func isYearHeading(_ s: Substring) -> Bool { parseFiscalYear(s) != nil || isCalendarYear(s) }

/// Removes `Page NNN` / `Page N of M` labels standing as separate words at the start or the
/// end of the cell text (also glued on after a footnote star: `2005*Page 447`).
func stripPageLabels(_ text: String) -> (String, Bool, Bool) {
    guard containsText(text, "Page ") else { return (text, false, false) }
    var s = Substring(text)
    var had = false, atEnd = false
    // whole cell
    if isPageLabel(s) { return ("", true, false) }
    // trailing label
    if let r = s.range(of: "Page ", options: .backwards) {
        let tail = s[r.lowerBound...]
        if isPageLabel(tail) {
            let before = s[..<r.lowerBound]
            if before.isEmpty || before.last == " " || before.last == "*" || before.last == "." {
                s = before
                had = true
                atEnd = !trimPlanSpace(s).isEmpty
            }
        }
    }
    // leading label: "Page 143 text" is not produced by the converter; only whole-cell or
    // "1.4.3 Page 476" style (label after a short numbering) is seen.
    let words = s.split(separator: " ", omittingEmptySubsequences: true)
    if words.count >= 3, words.count <= 4 {
        // "1.4.3 Page 476" -> "1.4.3"
        if words[words.count - 2] == "Page", isDigits(words[words.count - 1]) {
            s = Substring(words.dropLast(2).joined(separator: " "))
            had = true
        }
    }
    return (collapseSpaces(String(s)), had, atEnd)
}

extension Substring {
    func range(of needle: String, options: BackwardsOption) -> Range<Substring.Index>? {
        var idx = endIndex
        let n = needle.count
        while idx > startIndex {
            idx = index(before: idx)
            if self[idx...].hasPrefix(needle) { return idx..<index(idx, offsetBy: n) }
        }
        return nil
    }
}

enum BackwardsOption { case backwards }
