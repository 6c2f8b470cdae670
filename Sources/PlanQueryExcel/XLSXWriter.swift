import PlanQuery

/// Writes tables as an `.xlsx` workbook, one sheet per table, with typed cells: numbers as
/// numbers (money with a `£` currency format, percentages with `0.0%`), dates as date serials
/// with a `yyyy-mm-dd` format, months as the month's first day shown `mmm yyyy`, financial years
/// as text (`2008/09`), booleans as booleans, text as shared strings, null as no cell. The
/// header row is bold and frozen. NaN and infinities, which a cell cannot hold, are text.
enum XLSXWriter {
    /// Cell style indexes into `cellXfs` (see `styles`).
    enum Style: Int { case plain = 0, header, date, money, percent, month }

    static func workbook(_ sheets: [(name: String, table: Table)]) throws(Diagnostic) -> [UInt8] {
        var strings = SharedStrings()
        var parts: [(path: String, bytes: [UInt8])] = []
        let names = sheetNames(sheets.map(\.name))
        var sheetParts: [(String, [UInt8])] = []
        for (k, s) in sheets.enumerated() {
            sheetParts.append(("xl/worksheets/sheet\(k + 1).xml", Array(sheetXML(s.table, &strings).utf8)))
        }
        let count = sheets.count
        parts.append(("[Content_Types].xml", Array(("""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
            <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
            """ + (1...max(count, 1)).map { """
            <Override PartName="/xl/worksheets/sheet\($0).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
            """ }.joined() + "</Types>").utf8)))
        parts.append(("_rels/.rels", Array("""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
            </Relationships>
            """.utf8)))
        parts.append(("xl/workbook.xml", Array(("""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>
            """ + names.enumerated().map { k, n in
                "<sheet name=\"\(escape(n))\" sheetId=\"\(k + 1)\" r:id=\"rId\(k + 1)\"/>"
            }.joined() + "</sheets></workbook>").utf8)))
        parts.append(("xl/_rels/workbook.xml.rels", Array(("""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            """ + (0..<count).map { k in
                "<Relationship Id=\"rId\(k + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\(k + 1).xml\"/>"
            }.joined() + """
            <Relationship Id="rId\(count + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
            <Relationship Id="rId\(count + 2)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>\
            </Relationships>
            """).utf8)))
        parts.append(("xl/styles.xml", Array(styles.utf8)))
        parts += sheetParts
        parts.append(("xl/sharedStrings.xml", Array(strings.xml().utf8)))
        return try XLSXPackage.zip(parts)
    }

    /// Custom formats 164–167; `cellXfs` in `Style` order.
    static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
        <numFmts count="4"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/>\
        <numFmt numFmtId="165" formatCode="&quot;£&quot;#,##0.00;\\-&quot;£&quot;#,##0.00"/>\
        <numFmt numFmtId="166" formatCode="0.0%"/><numFmt numFmtId="167" formatCode="mmm\\ yyyy"/></numFmts>\
        <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
        <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
        <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="167" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>
        """

    static func sheetXML(_ t: Table, _ strings: inout SharedStrings) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>\
            </sheetView></sheetViews><sheetData>
            """
        let columns = (0..<t.schema.count).map { CellRangeName.column($0 + 1) }
        out += "<row r=\"1\">"
        for (k, info) in t.schema.enumerated() {
            out += "<c r=\"\(columns[k])1\" t=\"s\" s=\"\(Style.header.rawValue)\"><v>\(strings.index(info.name))</v></c>"
        }
        out += "</row>"
        for r in 0..<t.rowCount {
            let rowNumber = r + 2
            out += "<row r=\"\(rowNumber)\">"
            for (k, info) in t.schema.enumerated() {
                let ref = "\(columns[k])\(rowNumber)"
                let column = t.columns[k]
                if column.isNull(r) { continue }
                out += cell(column[r], format: info.format, ref: ref, &strings)
            }
            out += "</row>"
        }
        return out + "</sheetData></worksheet>"
    }

    static func cell(_ v: Value, format: ValueFormat, ref: String, _ strings: inout SharedStrings) -> String {
        func number(_ text: String, _ style: Style) -> String {
            "<c r=\"\(ref)\"\(style == .plain ? "" : " s=\"\(style.rawValue)\"")><v>\(text)</v></c>"
        }
        func text(_ s: String) -> String { "<c r=\"\(ref)\" t=\"s\"><v>\(strings.index(s))</v></c>" }
        let numeric: Style = format == .money ? .money : format == .percent ? .percent : .plain
        switch v {
        case .null: return ""
        case .bool(let b): return "<c r=\"\(ref)\" t=\"b\"><v>\(b ? 1 : 0)</v></c>"
        case .int(let i): return number(String(i), numeric)
        case .decimal(let d): return number(d.description, numeric)
        case .float(let f):
            guard f.isFinite else { return text(f.isNaN ? "NaN" : f < 0 ? "-inf" : "inf") }
            return number("\(f)", numeric)
        case .date(let d):
            // Serials before 1900-03-01 meet Excel's phantom 29 February 1900: written as text.
            guard d.days >= -25_509 else { return text(d.description) }
            return number(String(Int(d.days) + 25_569), .date)
        case .month(let m):
            guard let first = CalendarDate(year: m.year, month: m.month, day: 1), first.days >= -25_509 else {
                return text(m.description)
            }
            return number(String(Int(first.days) + 25_569), .month)
        case .fiscalYear(let y): return text(y.description)
        case .text(let s): return text(s)
        case .list: return text(v.description)
        }
    }

    /// Sheet names as Excel allows them: at most 31 characters, none of `[]:*?/\`, unique.
    static func sheetNames(_ names: [String]) -> [String] {
        var out: [String] = []
        for name in names {
            var n = String(name.map { "[]:*?/\\".contains($0) ? "_" : $0 }.prefix(31))
            if n.isEmpty { n = "Sheet\(out.count + 1)" }
            var candidate = n
            var k = 2
            while out.contains(where: { $0.lowercased() == candidate.lowercased() }) {
                candidate = String(n.prefix(28)) + " (\(k))"
                k += 1
            }
            out.append(candidate)
        }
        return out
    }

    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(u)
            default:
                // XML 1.0 cannot hold other control characters at all.
                if u.value < 0x20 || u.value == 0xFFFE || u.value == 0xFFFF { out += "_x\(String(u.value, radix: 16, uppercase: true).leftPadded(4))_" }
                else { out.unicodeScalars.append(u) }
            }
        }
        return out
    }
}

/// The workbook's shared string table.
struct SharedStrings {
    private var indexes: [String: Int] = [:]
    private var ordered: [String] = []
    private var uses = 0

    mutating func index(_ s: String) -> Int {
        uses += 1
        if let k = indexes[s] { return k }
        indexes[s] = ordered.count
        ordered.append(s)
        return ordered.count - 1
    }

    func xml() -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="\(uses)" uniqueCount="\(ordered.count)">
            """
        for s in ordered {
            let keepSpace = s.first == " " || s.last == " " || s.contains("\n")
            out += "<si><t\(keepSpace ? " xml:space=\"preserve\"" : "")>\(XLSXWriter.escape(s))</t></si>"
        }
        return out + "</sst>"
    }
}

enum CellRangeName {
    static func column(_ c: Int) -> String { CellRange.columnName(c) }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
