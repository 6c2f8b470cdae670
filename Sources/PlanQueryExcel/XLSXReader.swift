import Foundation
import PlanQuery

/// Reads one sheet of an `.xlsx` as rows of cell texts that the CSV typing rules read back as
/// the cells' types: numbers as written (at Excel's 15 significant digits, so binary noise such
/// as 0.30000000000000004 reads as 0.3), date cells as ISO dates (`2009-03-31`, with
/// ` HH:MM:SS` when they have a time), month formats as `Mar 2009`, percentage formats as `65.7%`,
/// `£` currency formats as `£1639.80`, booleans as `true`/`false`, formulas as their cached
/// values, errors (`#N/A`) as their text. Merged cells give their value to every cell they cover.
struct XLSXReader {
    let package: XLSXPackage
    let name: String
    /// Sheets in order: name and part path.
    var sheets: [(name: String, path: String)] = []
    /// The 1904 date system (old Mac workbooks): serial 0 is 1904-01-01.
    var date1904 = false

    init(bytes: [UInt8], name: String) throws(Diagnostic) {
        self.name = name
        package = try XLSXPackage(bytes: bytes, name: name)
        let workbook = try package.requiredPart("xl/workbook.xml")
        var targets: [String: String] = [:]
        if let rels = try package.part("xl/_rels/workbook.xml.rels") {
            var x = XMLScanner(rels)
            while let e = x.next() {
                guard case .start("Relationship", let attributes, _) = e else { continue }
                let a = Dictionary(attributes, uniquingKeysWith: { first, _ in first })
                if let id = a["Id"], let target = a["Target"] {
                    targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
                }
            }
        }
        var x = XMLScanner(workbook)
        var index = 0
        while let e = x.next() {
            guard case .start(let tag, let attributes, _) = e else { continue }
            let a = Dictionary(attributes, uniquingKeysWith: { first, _ in first })
            if tag == "workbookPr" { date1904 = a["date1904"] == "1" || a["date1904"] == "true" }
            if tag == "sheet", let sheetName = a["name"] {
                index += 1
                let path = a["id"].flatMap { targets[$0] } ?? "xl/worksheets/sheet\(index).xml"
                sheets.append((sheetName, path))
            }
        }
        if sheets.isEmpty { throw Diagnostic(kind: .data, "\(name) has no sheets", at: nil) }
    }

    func sheet(named wanted: String?, range: String?) throws(Diagnostic) -> WorkbookSheet {
        let chosen: (name: String, path: String)
        if let wanted {
            guard let s = sheets.first(where: { $0.name == wanted }) ?? sheets.first(where: { $0.name.lowercased() == wanted.lowercased() }) else {
                throw Diagnostic(kind: .data, "\(name) has no sheet `\(wanted)`", at: nil,
                                 hints: ["sheets: " + sheets.map { "`\($0.name)`" }.joined(separator: ", ")])
            }
            chosen = s
        } else {
            chosen = sheets[0]
        }
        var limits: CellRange? = nil
        if let range {
            guard let r = CellRange(range) else {
                throw Diagnostic(kind: .usage, "range \"\(range)\" is not a cell range such as \"A3:F40\"", at: nil)
            }
            limits = r
        }
        let strings = try sharedStrings()
        let styles = try cellStyles()
        guard let xml = try package.part(chosen.path) else {
            throw Diagnostic(kind: .data, "\(name): the part of sheet `\(chosen.name)` (\(chosen.path)) is missing", at: nil)
        }
        var cells: [Int: [Int: String]] = [:]  // row → column → text (1-based)
        var merged: [CellRange] = []
        var uncachedFormulas = 0
        var x = XMLScanner(xml)
        var row = 0, column = 0
        while let e = x.next() {
            guard case .start(let tag, let attributes, let selfClosing) = e else { continue }
            switch tag {
            case "row":
                let r = attributes.first { $0.0 == "r" }.flatMap { Int($0.1) }
                row = r ?? row + 1
                column = 0
            case "c":
                var type = "n", style = 0, ref: String? = nil
                for (k, v) in attributes {
                    if k == "t" { type = v } else if k == "s" { style = Int(v) ?? 0 } else if k == "r" { ref = v }
                }
                if let ref, let (c, r) = CellRange.cell(ref) { column = c; row = r } else { column += 1 }
                if selfClosing { continue }
                var value: String? = nil
                var formula = false
                var depth = 0
                // The cell's children: <v>, <f>, <is><t>…</t></is>.
                while let inner = x.next() {
                    if case .end("c") = inner, depth == 0 { break }
                    switch inner {
                    case .start("v", _, false): value = x.textUntilEnd(of: "v")
                    case .start("f", _, let closed): formula = true; if !closed { _ = x.textUntilEnd(of: "f") }
                    case .start("is", _, false): value = inlineText(&x)
                    case .start(_, _, false): depth += 1
                    case .end: depth -= 1
                    default: break
                    }
                }
                guard let value else {
                    if formula { uncachedFormulas += 1 }
                    continue
                }
                let text = cellText(value, type: type, style: style < styles.count ? styles[style] : .general, strings: strings)
                if !text.isEmpty { cells[row, default: [:]][column] = text }
            case "mergeCell":
                if let ref = attributes.first(where: { $0.0 == "ref" })?.1, let r = CellRange(ref) { merged.append(r) }
            default:
                break
            }
        }
        var issues: [LoadIssue] = []
        // A merged area shows its top-left value across every cell it covers.
        var filled: [String] = []
        for m in merged {
            guard let value = cells[m.top]?[m.left] else { continue }
            for r in m.top...m.bottom {
                for c in m.left...m.right where cells[r]?[c] == nil { cells[r, default: [:]][c] = value }
            }
            if filled.count < 5 { filled.append(m.description) }
        }
        if !filled.isEmpty {
            issues.append(LoadIssue(.mergedCells, line: nil, "merged cells (\(filled.joined(separator: ", "))\(merged.count > 5 ? ", …" : "")) "
                + "give their value to every cell they cover"))
        }
        if uncachedFormulas > 0 {
            issues.append(LoadIssue(.formulas, line: nil, "\(uncachedFormulas) \(uncachedFormulas == 1 ? "formula has" : "formulas have") "
                + "no saved result and \(uncachedFormulas == 1 ? "is" : "are") empty; open and save the workbook in Excel or LibreOffice to compute them"))
        }
        // The used area (or the range asked for): leading empty rows and columns dropped.
        let usedRows = cells.keys.filter { r in limits.map { $0.top <= r && r <= $0.bottom } ?? true }
        let columnsUsed = cells.filter { usedRows.contains($0.key) }.flatMap { $0.value.keys }
            .filter { c in limits.map { $0.left <= c && c <= $0.right } ?? true }
        guard let top = limits?.top ?? usedRows.min(), let bottom = limits.map({ min($0.bottom, usedRows.max() ?? $0.top) }) ?? usedRows.max(),
              let left = limits?.left ?? columnsUsed.min(), let right = limits?.right ?? columnsUsed.max(), top <= bottom, left <= right else {
            return WorkbookSheet(name: chosen.name, rows: [], firstRow: 1, issues: issues, allSheets: sheets.map(\.name))
        }
        var rows: [[String]] = []
        rows.reserveCapacity(bottom - top + 1)
        for r in top...bottom {
            let line = cells[r]
            rows.append((left...right).map { line?[$0] ?? "" })
        }
        return WorkbookSheet(name: chosen.name, rows: rows, firstRow: top, issues: issues, allSheets: sheets.map(\.name))
    }

    /// `<is>`'s text runs.
    private func inlineText(_ x: inout XMLScanner) -> String {
        var out = ""
        while let e = x.next() {
            switch e {
            case .start("t", _, false): out += x.textUntilEnd(of: "t")
            case .start("rPh", _, false): _ = x.textUntilEnd(of: "rPh")
            case .end("is"): return out
            default: break
            }
        }
        return out
    }

    private func sharedStrings() throws(Diagnostic) -> [String] {
        guard let xml = try package.part("xl/sharedStrings.xml") else { return [] }
        var out: [String] = []
        var x = XMLScanner(xml)
        var current = ""
        while let e = x.next() {
            switch e {
            case .start("si", _, let closed):
                current = ""
                if closed { out.append("") }
            case .start("t", _, false): current += x.textUntilEnd(of: "t")
            case .start("rPh", _, false): _ = x.textUntilEnd(of: "rPh")  // phonetic guides are not the text
            case .end("si"): out.append(current)
            default: break
            }
        }
        return out
    }

    private func cellStyles() throws(Diagnostic) -> [NumberStyle] {
        guard let xml = try package.part("xl/styles.xml") else { return [] }
        var custom: [Int: String] = [:]
        var styles: [NumberStyle] = []
        var inCellXfs = false
        var x = XMLScanner(xml)
        while let e = x.next() {
            switch e {
            case .start("numFmt", let a, _):
                let d = Dictionary(a, uniquingKeysWith: { f, _ in f })
                if let id = d["numFmtId"].flatMap({ Int($0) }), let code = d["formatCode"] { custom[id] = code }
            case .start("cellXfs", _, let closed): inCellXfs = !closed
            case .end("cellXfs"): inCellXfs = false
            case .start("xf", let a, _) where inCellXfs:
                let id = a.first { $0.0 == "numFmtId" }.flatMap { Int($0.1) } ?? 0
                styles.append(NumberStyle(id: id, code: custom[id]))
            default: break
            }
        }
        return styles
    }

    /// A cell's text for the CSV typing rules.
    func cellText(_ raw: String, type: String, style: NumberStyle, strings: [String]) -> String {
        switch type {
        case "s":
            guard let k = Int(raw) else { return raw }
            return k >= 0 && k < strings.count ? strings[k] : ""
        case "str", "inlineStr", "e": return raw
        case "b": return raw == "1" || raw == "true" ? "true" : "false"
        case "d": return raw.count > 10 && raw.hasSuffix("T00:00:00") ? String(raw.prefix(10)) : raw
        default:
            guard let v = Double(raw.trimmingCharacters(in: .whitespaces)) else { return raw }
            return style.text(v, date1904: date1904)
        }
    }
}

/// A cell range such as `A3:F40` (1-based, inclusive).
struct CellRange: CustomStringConvertible {
    var top: Int, left: Int, bottom: Int, right: Int

    init?(_ text: String) {
        let parts = text.replacingOccurrences(of: "$", with: "").split(separator: ":")
        guard parts.count == 1 || parts.count == 2, let (c1, r1) = CellRange.cell(String(parts[0])),
              let (c2, r2) = parts.count == 2 ? CellRange.cell(String(parts[1])) : (c1, r1) else { return nil }
        top = min(r1, r2); bottom = max(r1, r2); left = min(c1, c2); right = max(c1, c2)
    }

    /// `B12` → (column 2, row 12).
    static func cell(_ ref: String) -> (Int, Int)? {
        var column = 0, row = 0, digits = false
        for u in ref.utf8 {
            if !digits, u >= 65, u <= 90 { column = column * 26 + Int(u - 64) }
            else if !digits, u >= 97, u <= 122 { column = column * 26 + Int(u - 96) }
            else if u >= 48, u <= 57 { digits = true; row = row * 10 + Int(u - 48) }
            else { return nil }
            if column > 16_384 || row > 1_048_576 { return nil }
        }
        return column > 0 && row > 0 ? (column, row) : nil
    }

    static func columnName(_ c: Int) -> String {
        var c = c, out = ""
        while c > 0 { let r = (c - 1) % 26; out = String(UnicodeScalar(UInt8(65 + r))) + out; c = (c - 1) / 26 }
        return out
    }

    var description: String { "\(CellRange.columnName(left))\(top):\(CellRange.columnName(right))\(bottom)" }
}

/// What a cell's number format says about its value.
struct NumberStyle {
    enum Kind { case general, date, dateTime, time, month, percent, money, text }
    var kind: Kind = .general
    /// Places the format shows (`0.00` → 2), so that `1639.8` shown as `1639.80` keeps them.
    var places: Int? = nil

    static let general = NumberStyle()

    init() {}

    init(id: Int, code: String?) {
        switch id {
        case 0: return
        case 1, 3: places = 0
        case 2, 4: places = 2
        case 5, 6, 37, 38: kind = .money; places = 0
        case 7, 8, 39, 40: kind = .money; places = 2
        case 9: kind = .percent; places = 0
        case 10: kind = .percent; places = 2
        case 14, 15, 16: kind = .date
        case 17: kind = .month
        case 18, 19, 20, 21, 45, 46, 47: kind = .time
        case 22: kind = .dateTime
        case 27...36, 50...58: kind = .date
        case 49: kind = .text
        default:
            guard let code else { return }
            self = NumberStyle(code: code)
        }
    }

    /// Reads a custom format code's first section, ignoring quoted text, `[colour]` and escapes.
    init(code: String) {
        let section = code.split(separator: ";", omittingEmptySubsequences: false).first.map(String.init) ?? code
        var plain = ""
        var currencyPound = false
        var inQuote = false, inBracket = false, escape = false
        for ch in section {
            if escape { escape = false; if ch == "£" { currencyPound = true }; continue }
            if ch == "\\" { escape = true; continue }
            if ch == "\"" { inQuote.toggle(); continue }
            if inQuote { if ch == "£" { currencyPound = true }; continue }
            if ch == "[" { inBracket = true; continue }
            if ch == "]" { inBracket = false; continue }
            if inBracket { if ch == "£" { currencyPound = true }; continue }
            if ch == "£" { currencyPound = true }
            plain.append(ch)
        }
        let lower = plain.lowercased()
        if lower == "general" || lower.isEmpty { return }
        if lower == "@" { kind = .text; return }
        let hasY = lower.contains("y"), hasD = lower.contains("d"), hasH = lower.contains("h"), hasS = lower.contains("s")
        let hasM = lower.contains("m")
        if hasY || hasD || hasH || hasS || (hasM && !lower.contains("0") && !lower.contains("#")) {
            if (hasH || hasS) && (hasY || hasD) { kind = .dateTime }
            else if hasH || hasS || (hasM && !hasY && !hasD) { kind = hasY ? .month : .time }
            else if hasY && hasM && !hasD { kind = .month }
            else { kind = .date }
            return
        }
        if let point = plain.firstIndex(of: ".") {
            places = plain[plain.index(after: point)...].prefix { $0 == "0" || $0 == "#" }.count
        } else if plain.contains("0") || plain.contains("#") {
            places = 0
        }
        if plain.contains("%") { kind = .percent } else if currencyPound { kind = .money }
    }

    /// The number's text for the typing rules.
    func text(_ v: Double, date1904: Bool) -> String {
        switch kind {
        case .date, .dateTime, .month, .time:
            guard v.isFinite, v >= 0, v < 2_958_466 else { return shortest(v) }
            let whole = v.rounded(.down)
            var seconds = Int(((v - whole) * 86_400).rounded())
            var serial = Int(whole)
            if seconds >= 86_400 { seconds -= 86_400; serial += 1 }
            if kind == .time, serial == 0 { return clock(seconds) }
            // 1900 system: serial 1 is 1900-01-01, and Excel counts a 29 February 1900 (serial 60)
            // that never was; from serial 61 on, serial 25569 is 1970-01-01.
            let days: Int
            if date1904 { days = serial - 24_107 }
            else if serial >= 61 { days = serial - 25_569 }
            else if serial == 60 { days = -25_509 }  // shown as 1900-02-29; read as the 28th
            else { days = serial - 25_568 }
            let date = CalendarDate(days: Int32(days))
            if kind == .month {
                let names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
                return "\(names[date.month - 1]) \(date.year)"
            }
            return seconds == 0 ? date.description : date.description + " " + clock(seconds)
        case .percent:
            return shifted(shortest(v), places: 2).map { $0 + "%" } ?? shortest(v * 100) + "%"
        case .money:
            let t = padded(shortest(abs(v)))
            return (v < 0 ? "-£" : "£") + t
        case .general, .text:
            return shortest(v)
        }
    }

    /// Excel shows 15 significant digits: a stored 0.30000000000000004 is 0.3.
    func shortest(_ v: Double) -> String {
        guard v.isFinite else { return v.isNaN ? "NaN" : (v < 0 ? "-inf" : "inf") }
        if v == v.rounded(), abs(v) < 1e15 { return padded(String(Int64(v))) }
        let s = String(format: "%.15g", v)
        return s.contains("e") ? s : padded(s)
    }

    private func padded(_ s: String) -> String {
        guard let places, places > 0, !s.contains("e") else { return s }
        let have = s.firstIndex(of: ".").map { s.distance(from: $0, to: s.endIndex) - 1 } ?? -1
        if have >= places { return s }
        return (have < 0 ? s + "." : s) + String(repeating: "0", count: places - max(have, 0))
    }

    private func clock(_ seconds: Int) -> String {
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60))"
    }

    /// A decimal text with its point moved right by `places` (`0.657` → `65.7`); nil for exponents.
    private func shifted(_ s: String, places: Int) -> String? {
        guard !s.contains("e") else { return nil }
        var negative = false
        var t = Substring(s)
        if t.first == "-" { negative = true; t = t.dropFirst() }
        let parts = t.split(separator: ".", omittingEmptySubsequences: false)
        var whole = String(parts[0]), frac = parts.count > 1 ? String(parts[1]) : ""
        while frac.count < places { frac += "0" }
        whole += frac.prefix(places)
        frac = String(frac.dropFirst(places))
        while whole.count > 1, whole.first == "0" { whole.removeFirst() }
        while frac.last == "0" { frac.removeLast() }
        return (negative ? "-" : "") + whole + (frac.isEmpty ? "" : "." + frac)
    }
}
