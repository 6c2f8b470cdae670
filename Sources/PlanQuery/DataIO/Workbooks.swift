import Synchronization

/// Spreadsheet workbooks (`.xlsx`) plug in from outside the core library, and binary files are
/// recognised so that they are refused instead of being read as text.
///
/// Reading and writing `.xlsx` needs ZIP (deflate) and XML; the ZIP library on the offline list
/// (ZIPFoundation) needs Foundation, which this library does not import. So the Excel codec lives
/// in the `PlanQueryExcel` target and registers itself here (`PlanQueryExcel.Excel.register()`;
/// the `planq` executable does it at start-up). Without it, a workbook is refused with a message
/// that says so. The codec takes and returns bytes, never paths, so it works under whatever
/// file policy the engine holds.

/// Reads and writes one workbook format.
package protocol WorkbookCodec: Sendable {
    /// The sheet names, in workbook order.
    func sheetNames(_ bytes: [UInt8], name: String) throws(Diagnostic) -> [String]
    /// One sheet (`sheet` nil: the first) as rows of cell texts, restricted to `range` (`A3:F40`).
    /// Cells are written as the CSV typing rules read them (dates ISO, money `£`, percentages `%`).
    func readSheet(_ bytes: [UInt8], name: String, sheet: String?, range: String?) throws(Diagnostic) -> WorkbookSheet
    /// A workbook with one sheet per table, cells typed (numbers, dates, money formats).
    func write(_ sheets: [(name: String, table: Table)]) throws(Diagnostic) -> [UInt8]
}

/// One sheet's cells as text, row by row from `firstRow` (1-based, as Excel numbers rows).
package struct WorkbookSheet: Sendable {
    package var name: String
    package var rows: [[String]]
    package var firstRow: Int
    /// Findings of the reader (merged cells filled, formulas without cached values…).
    package var issues: [LoadIssue]
    /// Every sheet in the workbook, for the note about the others.
    package var allSheets: [String]

    package init(name: String, rows: [[String]], firstRow: Int, issues: [LoadIssue] = [], allSheets: [String] = []) {
        self.name = name
        self.rows = rows
        self.firstRow = firstRow
        self.issues = issues
        self.allSheets = allSheets
    }
}

package enum Workbooks {
    /// Set once at start-up, before queries run (the executable or an embedding host does it).
    /// Behind a lock: a host may register while engines on other threads read workbooks.
    private static let registry = Mutex<(any WorkbookCodec)?>(nil)

    package static func register(_ codec: any WorkbookCodec) { registry.withLock { $0 = codec } }

    package static var codec: (any WorkbookCodec)? { registry.withLock { $0 } }

    static func requireCodec(_ name: String) throws(Diagnostic) -> any WorkbookCodec {
        guard let codec = codec else {
            throw Diagnostic(kind: .data, "\(name) is an Excel workbook, and Excel support is not linked into this program",
                             at: nil, hints: ["the planq executable reads .xlsx; an embedding host calls Excel.register() from PlanQueryExcel"])
        }
        return codec
    }

    /// The sheet names of a workbook file's bytes.
    package static func sheetNames(_ bytes: [UInt8], name: String) throws(Diagnostic) -> [String] {
        try requireCodec(name).sheetNames(bytes, name: name)
    }

    /// Tables as a workbook, one sheet each.
    package static func write(_ sheets: [(name: String, table: Table)]) throws(Diagnostic) -> [UInt8] {
        try requireCodec("the output").write(sheets)
    }
}

/// What a file that is not text is, from its first bytes.
enum BinaryKind: Equatable {
    case xlsx, ods, zip, ole2, pdf, sqlite, gzip, parquet
    /// NUL bytes where text has none; the offset of the first.
    case nul(Int)

    /// Nil for text (or UTF-16 with a byte-order mark, which the loader converts).
    static func of(_ b: UnsafeBufferPointer<UInt8>) -> BinaryKind? {
        func starts(_ magic: [UInt8]) -> Bool { b.count >= magic.count && Swift.zip(magic, b).allSatisfy { $0 == $1 } }
        if starts([0x50, 0x4B, 0x03, 0x04]) || starts([0x50, 0x4B, 0x05, 0x06]) {
            // The names of the archive's files tell a workbook from a plain ZIP.
            if contains(b, "xl/workbook") { return .xlsx }
            if contains(b, "opendocument.spreadsheet") { return .ods }
            return .zip
        }
        if starts([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .ole2 }
        if starts(Array("%PDF".utf8)) { return .pdf }
        if starts(Array("SQLite format 3".utf8) + [0]) { return .sqlite }
        if starts([0x1F, 0x8B]) { return .gzip }
        if starts(Array("PAR1".utf8)) { return .parquet }
        if starts([0xFF, 0xFE]) || starts([0xFE, 0xFF]) { return nil }
        let n = min(b.count, 1 << 16)
        for i in 0..<n where b[i] == 0 { return .nul(i) }
        return nil
    }

    private static func contains(_ b: UnsafeBufferPointer<UInt8>, _ s: String) -> Bool {
        let needle = Array(s.utf8)
        guard b.count >= needle.count else { return false }
        var i = 0
        while i <= b.count - needle.count {
            if b[i] == needle[0] {
                var k = 1
                while k < needle.count, b[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }

    /// The refusal: what the file is, and what to do instead.
    func refusal(_ name: String) -> Diagnostic {
        let (what, hint): (String, String)
        switch self {
        case .xlsx: (what, hint) = ("an Excel workbook (.xlsx)", "read it as a workbook: read(\"\(name)\", format = \"xlsx\"), or name it .xlsx")
        case .ods: (what, hint) = ("an OpenDocument spreadsheet (.ods)", "save it as .xlsx or .csv")
        case .zip: (what, hint) = ("a ZIP archive", "unzip it and read the files inside")
        case .ole2: (what, hint) = ("an Excel 97–2003 workbook (.xls) or another old Office file", "save it as .xlsx or .csv")
        case .pdf: (what, hint) = ("a PDF document", "plan documents are read as text: save the PDF as .txt (pdftotext -layout)")
        case .sqlite: (what, hint) = ("an SQLite database", "export the table as CSV (sqlite3 -csv -header)")
        case .gzip: (what, hint) = ("gzip-compressed", "decompress it first (gunzip)")
        case .parquet: (what, hint) = ("a Parquet file", "export it as CSV")
        case .nul(let at): (what, hint) = ("binary data (a NUL byte at offset \(at)), not text",
                                           "text in UTF-16 needs its byte-order mark; otherwise export the data as CSV")
        }
        return Diagnostic(kind: .data, "\(name) is \(what), not CSV or JSON text; it was not read", at: nil, hints: [hint])
    }
}
