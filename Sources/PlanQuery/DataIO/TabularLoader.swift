#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
#if canImport(Dispatch)
import Dispatch
#endif

/// The tabular file formats planq reads and writes.
public enum TabularFormat: String, Sendable, CaseIterable {
    case csv, tsv, json, jsonl
    /// An Excel workbook (read and written by the codec registered with `Workbooks`).
    case xlsx

    /// The format a file name's extension implies: `.csv`; `.tsv`/`.tab`; `.json`; `.jsonl`/`.ndjson`; `.xlsx`/`.xlsm`.
    public static func forPath(_ path: String) -> TabularFormat? {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "csv": return .csv
        case "tsv", "tab": return .tsv
        case "json": return .json
        case "jsonl", "ndjson": return .jsonl
        case "xlsx", "xlsm": return .xlsx
        default: return nil
        }
    }
}

/// How to read a file. The defaults suit plan data: delimiter by extension (`;` when it is
/// clearly the delimiter of a `.csv`), a header row, and columns typed from all their values.
package struct LoadOptions: Sendable {
    /// Overrides the delimiter of CSV/TSV (e.g. `UInt8(ascii: ";")`).
    package var delimiter: UInt8?
    /// False: the first row is data, and the columns are `column1…N`. Nil: a header unless
    /// every cell of the first row is a number (then reported).
    package var hasHeader: Bool? = nil
    /// Which field of `03/04/2009` is the day; nil decides per column from the values.
    package var dateOrder: DateOrder?
    /// Skip lines starting with `#`; nil: when the file's first line is one (see `docs/data-loading.md`).
    package var commentLines: Bool?
    /// A workbook's sheet (by name) and cell range (`A3:F40`).
    package var sheet: String?
    package var range: String?
    /// Overrides the format implied by the extension.
    package var format: TabularFormat?
    /// A column is typed (numbers, dates…) when at least this share of its non-empty,
    /// non-status values parse as that type; the rest become null, keep their text and are reported.
    package var typedThreshold = 0.9
    /// Use two threads for large files.
    package var parallel = true
    /// Type only these columns; the others are all-null text placeholders. A query that needs
    /// few columns of a wide file skips most of the typing work (the columns the optimised plan
    /// reads: Optimize/Optimizer.swift).
    package var onlyColumns: Set<String>?

    package init() {}
}

/// A finding while loading: the 1-based line it is on when there is one, and a message.
package struct LoadIssue: Sendable, Equatable, CustomStringConvertible {
    package enum Kind: String, Sendable {
        case emptyFile, invalidUTF8, encoding, delimiter, blankLines, emptyRows, commentLines, shortRow, longRow, strayQuote
        /// A quote that opened a cell and was not closed properly: read as text to the line's end.
        case unclosedQuote
        /// The header: none found, one name short (R), or names that look like data.
        case header
        /// Column finding: the order of day and month in dates.
        case dateOrder
        /// A workbook: which sheet was read, merged cells filled, formulas.
        case sheets, mergedCells, formulas
        case emptyHeader, duplicateHeader, duplicateKey, rowsFromKey
        case unparsedValues, mixedFormats, keptAsText
    }

    package var kind: Kind
    package var line: Int?
    /// The column the finding is about, for value findings.
    package var column: String?
    package var message: String

    package init(_ kind: Kind, line: Int?, column: String? = nil, _ message: String) {
        self.kind = kind
        self.line = line
        self.column = column
        self.message = message
    }

    package var description: String {
        var s = ""
        if let line { s += "line \(line): " }
        if let column { s += "column `\(column)`: " }
        return s + message
    }
}

/// A cell that did not parse as its column's type: its text and its 1-based data row.
package struct ValueExample: Sendable, Equatable {
    package var text: String
    package var row: Int
    package init(text: String, row: Int) { self.text = text; self.row = row }
}

/// What loading found out about one column.
package struct ColumnReport: Sendable, Equatable {
    package var name: String
    package var type: DataType
    package var format: ValueFormat
    /// Null cells in the loaded column (blank, status tokens and unparsed values).
    package var nullCount: Int
    /// Status tokens (`N/A`, `TBC`, `-`, `New`…) read as null, their text kept in `Column.verbatim`.
    package var statusCount = 0
    /// Values that did not parse as the column's type: null, text kept in `Column.verbatim`.
    package var unparsedCount = 0
    /// Up to three unparsed values.
    package var unparsedExamples: [ValueExample] = []
    /// Mixed formats and other remarks.
    package var notes: [String] = []

    package init(name: String, type: DataType, format: ValueFormat, nullCount: Int) {
        self.name = name
        self.type = type
        self.format = format
        self.nullCount = nullCount
    }

    /// `decimal (money)`, `int`…
    package var typeDescription: String {
        format == .plain ? type.displayName : "\(type.displayName) (\(format.rawValue))"
    }
}

/// Everything a load found: per-column types and problems, and file-level issues.
package struct LoadReport: Sendable {
    package var source: String
    package var format: TabularFormat
    /// The delimiter used for CSV/TSV.
    package var delimiter: UInt8?
    package var rowCount: Int
    package var columns: [ColumnReport]
    package var issues: [LoadIssue]

    package init(source: String, format: TabularFormat, delimiter: UInt8? = nil, rowCount: Int = 0,
                columns: [ColumnReport] = [], issues: [LoadIssue] = []) {
        self.source = source
        self.format = format
        self.delimiter = delimiter
        self.rowCount = rowCount
        self.columns = columns
        self.issues = issues
    }

    /// True when nothing needs a reader's attention.
    package var isClean: Bool { issues.isEmpty }

    /// A readable account of the load: one line per column, then the issues.
    package func summary() -> String {
        var out = "\(source): \(formatCount(rowCount)) \(rowCount == 1 ? "row" : "rows"), "
            + "\(columns.count) \(columns.count == 1 ? "column" : "columns") (\(formatDescription))\n"
        let width = min(28, columns.map { $0.name.count }.max() ?? 0)
        let typeWidth = columns.map { $0.typeDescription.count }.max() ?? 0
        for c in columns {
            var line = "  " + c.name.padding(width) + "  " + c.typeDescription.padding(typeWidth)
            var parts: [String] = []
            if c.nullCount > 0 { parts.append("\(formatCount(c.nullCount)) null") }
            if c.statusCount > 0 { parts.append("\(formatCount(c.statusCount)) status") }
            if c.unparsedCount > 0 {
                let ex = c.unparsedExamples.map { "\"\($0.text)\" (row \($0.row))" }.joined(separator: ", ")
                parts.append("\(formatCount(c.unparsedCount)) unparsed: \(ex)\(c.unparsedCount > c.unparsedExamples.count ? ", …" : "")")
            }
            if !parts.isEmpty { line += "  " + parts.joined(separator: "; ") }
            out += line.trimmingTrailingSpaces() + "\n"
        }
        let fileIssues = issues.filter { $0.column == nil }
        let columnNotes = issues.filter { $0.column != nil && $0.kind != .unparsedValues }
        if !fileIssues.isEmpty || !columnNotes.isEmpty {
            out += "issues:\n"
            for i in fileIssues { out += "  " + i.description + "\n" }
            for i in columnNotes { out += "  " + i.description + "\n" }
        }
        return out
    }

    private var formatDescription: String {
        switch format {
        case .csv, .tsv:
            let d: String
            switch delimiter {
            case asciiComma?: d = "comma"
            case asciiTab?: d = "tab"
            case asciiSemicolon?: d = "semicolon"
            case let b?: d = "`\(Character(Unicode.Scalar(b)))`"
            case nil: d = "comma"
            }
            return "\(format == .tsv ? "TSV" : "CSV"), \(d)-delimited"
        case .json: return "JSON"
        case .jsonl: return "JSON Lines"
        case .xlsx: return "Excel workbook"
        }
    }

    /// Every issue as a warning.
    package var diagnostics: [Diagnostic] {
        issues.map { Diagnostic(.warning, kind: .data, $0.description, at: nil, dataLocation: source) }
    }

    /// The issues as a few warnings for people: one per kind of file-level issue (with its
    /// lines), one per column finding. Blank lines skipped and columns kept as text are not
    /// worth a warning (the summary and `describe` show them).
    package var warnings: [Diagnostic] {
        var out: [Diagnostic] = []
        var done = Set<LoadIssue.Kind>()
        // Skipped blank lines, empty rows and comments are counted in the report, not warned about.
        let quiet: Set<LoadIssue.Kind> = [.blankLines, .emptyRows, .commentLines]
        for issue in issues where issue.column == nil && !quiet.contains(issue.kind) {
            let same = issues.filter { $0.kind == issue.kind && $0.column == nil }
            let lined = same.filter { $0.line != nil }
            if issue.kind == .duplicateHeader || issue.kind == .emptyHeader {
                // One warning naming every rename: a reader must know which `value_2` is which.
                if done.contains(.duplicateHeader) { continue }
                done.formUnion([.duplicateHeader, .emptyHeader])
                let renames = issues.filter { $0.kind == .duplicateHeader || $0.kind == .emptyHeader }
                let line = issue.line.map { "line \($0): " } ?? ""
                out.append(Diagnostic(.warning, kind: .data, "\(source): \(line)"
                    + (renames.count == 1 ? issue.message : "column names were changed: " + renames.map(\.message).joined(separator: "; ")),
                    at: nil))
                continue
            }
            if lined.count <= 1 || issue.kind == .invalidUTF8 {
                out.append(Diagnostic(.warning, kind: .data, "\(source): \(issue.description)", at: nil))
                continue
            }
            if done.contains(issue.kind) { continue }
            done.insert(issue.kind)
            let lines = lined.compactMap(\.line).map(String.init).joined(separator: ", ")
            let total = same.first { $0.line == nil && $0.message.contains(" in all ") }
            let what: String
            switch issue.kind {
            case .shortRow: what = "rows with too few cells were padded with nulls"
            case .longRow: what = "rows with too many cells"
            case .strayQuote: what = "text after a closing quote was kept in the field"
            case .unclosedQuote: what = "a `\"` opening a cell was not closed properly; it was kept as text and each row ends at its line"
            case .duplicateKey: what = "keys repeated within an object (the last value is kept)"
            default: what = issue.message
            }
            var message = "\(source): \(what): lines \(lines)"
            if let total { message += " (\(total.message.prefix { $0 != " " }) in all)" }
            out.append(Diagnostic(.warning, kind: .data, message, at: nil))
            for other in same where other.line == nil && !other.message.contains(" in all ") {
                out.append(Diagnostic(.warning, kind: .data, "\(source): \(other.message)", at: nil))
            }
        }
        for issue in issues where issue.column != nil && issue.kind != .keptAsText {
            out.append(Diagnostic(.warning, kind: .data, "\(source): \(issue.description)", at: nil))
        }
        return out
    }
}

extension String {
    fileprivate func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
    fileprivate func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}

func formatCount(_ n: Int) -> String {
    let s = String(n.magnitude)
    var out = ""
    for (k, ch) in s.enumerated() {
        if k > 0, (s.count - k) % 3 == 0 { out.append(",") }
        out.append(ch)
    }
    return n < 0 ? "-" + out : out
}

/// Loads CSV, TSV, JSON and JSON Lines into typed tables.
///
/// Every column is typed from all of its values (docs/plan-data-formats.md):
/// - `int`; exact `decimal` (`1,639.8`; money `£61.23`, `£3.805m` → format money; `98%` →
///   0.98 with format percent; `(1,234)` → -1234); `float` only for exponents (`6.02e23`) or
///   more than 18 digits; `bool` for `true`/`false` (and `yes`/`no` when the whole column is
///   those); `date` (`31/03/2009`, `2009-03-31`, `31.03.09`); `month` (`March 2009`, `Mar 09`,
///   `2009-03`); `fy` (`2008/09`, `2008-09`, `2008/9`, `2006/2007`); otherwise `text`,
///   dictionary-encoded.
/// - Blank cells are null. Status tokens (`N/A`, `-`, `TBC`, `New`, `See note 1`…) are null
///   in a typed column, their text kept in `Column.verbatim`; in a text column they are
///   ordinary values (`New` may be a category).
/// - A column is typed when at least `LoadOptions.typedThreshold` (90%) of its non-blank,
///   non-status values read as one type; the others become null, keep their text in
///   `verbatim`, and are reported with examples. Below that the column is text.
/// - Leading-zero numbers (`00123`) are codes: the column is text.
/// - Ints mixed with decimals are decimals at the largest scale; a mix of percentages and
///   plain numbers takes the majority reading (plain `24.8` in a percent column is 24.8%), and
///   is reported. `2008-09` is FY2008/09 unless the column has unambiguous months.
/// - A column with no values at all has type `null`.
/// - JSON numbers keep their exact text; JSON strings are read like CSV cells.
///
/// Problems that stop a load are thrown as diagnostics: `.io` for a missing or unreadable
/// file, `.data` for an unterminated quote or invalid JSON (with line and column). Everything
/// else is in the `LoadReport`, and nothing is dropped silently.
package enum TabularLoader {
    package static let supportedExtensions: Set<String> = ["csv", "tsv", "tab", "json", "jsonl", "ndjson", "xlsx", "xlsm"]

    /// Reads and types a file through `files` (the engine's file policy). A missing or
    /// unreadable file is a `.io` diagnostic, a refused one `.limit`; malformed content that
    /// cannot be read at all (an unterminated quote, bad JSON) is a `.data` one.
    package static func load(path: String, options: LoadOptions = .init(), files: any FileSystem) throws(Diagnostic) -> (Table, LoadReport) {
        var options = options
        if options.format == nil { options.format = TabularFormat.forPath(path) }
        return try files.withContents(of: path) { (buf) throws(Diagnostic) -> (Table, LoadReport) in
            try load(buffer: buf, name: path, options: options)
        }
    }

    /// Types bytes already in memory; `name` is used in messages and for the format when
    /// `options.format` is nil (by its extension, else by sniffing the content).
    package static func load(bytes: [UInt8], name: String, options: LoadOptions = .init()) throws(Diagnostic) -> (Table, LoadReport) {
        try bytes.withUnsafeBufferPointer { (buf) throws(Diagnostic) -> (Table, LoadReport) in
            try load(buffer: buf, name: name, options: options)
        }
    }

    /// Types bytes the caller keeps alive for the duration of the call (e.g. a mapped file).
    /// The table does not refer to them afterwards.
    package static func load(buffer: UnsafeBufferPointer<UInt8>, name: String,
                            options: LoadOptions = .init()) throws(Diagnostic) -> (Table, LoadReport) {
        let format = options.format ?? TabularFormat.forPath(name)
        if format == .xlsx { return try loadWorkbook(buffer, name: name, options: options) }
        // A workbook, archive or database is never read as text.
        if let binary = BinaryKind.of(buffer) {
            if binary == .xlsx, options.format == nil, format == nil { return try loadWorkbook(buffer, name: name, options: options) }
            throw binary.refusal(name)
        }
        // UTF-16 (Excel's "Unicode text"), by its byte-order mark.
        if buffer.count >= 2, (buffer[0] == 0xFF && buffer[1] == 0xFE) || (buffer[0] == 0xFE && buffer[1] == 0xFF) {
            let bigEndian = buffer[0] == 0xFE
            let utf8 = utf8FromUTF16(UnsafeBufferPointer(rebasing: buffer[2...]), bigEndian: bigEndian)
            let issue = LoadIssue(.encoding, line: nil, "the file is UTF-16 (\(bigEndian ? "big" : "little")-endian); it was read as such")
            return try utf8.withUnsafeBufferPointer { (buf) throws(Diagnostic) -> (Table, LoadReport) in
                try loadValid(buf, start: 0, name: name, options: options, issues: [issue])
            }
        }
        var start = 0
        if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { start = 3 }
        var options = options
        if options.format == nil {
            options.format = TabularFormat.forPath(name) ?? sniffFormat(buffer, start: start)
        }
        let invalid = try invalidUTF8Offsets(buffer, from: start, checking: RunGuard.current)
        if invalid.offsets.isEmpty {
            return try loadValid(buffer, start: start, name: name, options: options, issues: [])
        }
        let lines = lineNumbers(of: invalid.offsets, in: buffer)
        let shown = lines.prefix(ScanChunk.keepExamples).map(String.init).joined(separator: ", ")
        // `offsets` holds the first few; "…" when there were more than those.
        let more = invalid.total > invalid.offsets.count ? ", …" : ""
        let where_ = "\(lines.count == 1 ? "line" : "lines") \(shown)\(more)"
        if invalid.validMultibyte == 0, start == 0, options.format == .csv || options.format == .tsv {
            // Not UTF-8 at all (no valid multi-byte character anywhere): a single-byte file, as
            // Excel's "CSV (Comma delimited)" writes on Windows, where `£` is the byte A3.
            // (JSON is UTF-8 by definition: there a stray byte is replaced like any other.)
            let utf8 = utf8FromWindows1252(buffer)
            let issue = LoadIssue(.encoding, line: nil,
                "the file is not UTF-8; it was read as Windows-1252 (non-ASCII bytes on \(where_))")
            return try utf8.withUnsafeBufferPointer { (buf) throws(Diagnostic) -> (Table, LoadReport) in
                try loadValid(buf, start: 0, name: name, options: options, issues: [issue])
            }
        }
        let issue = LoadIssue(.invalidUTF8, line: lines.first,
            "\(invalid.total) invalid UTF-8 \(invalid.total == 1 ? "sequence was" : "sequences were") replaced with U+FFFD "
            + "(\(where_))")
        let fixed = Array(buffer[0..<start]) + Array(String(decoding: UnsafeBufferPointer(rebasing: buffer[start...]), as: UTF8.self).utf8)
        return try fixed.withUnsafeBufferPointer { (buf) throws(Diagnostic) -> (Table, LoadReport) in
            try loadValid(buf, start: start, name: name, options: options, issues: [issue])
        }
    }

    private static func loadValid(_ buf: UnsafeBufferPointer<UInt8>, start: Int, name: String, options: LoadOptions,
                                  issues: [LoadIssue]) throws(Diagnostic) -> (Table, LoadReport) {
        try RunGuard.loaderCheckpoint()
        let format = options.format ?? TabularFormat.forPath(name) ?? sniffFormat(buf, start: start)
        let threshold = min(1, max(0, options.typedThreshold))
        let inference = InferenceOptions(threshold: threshold, dateOrder: options.dateOrder)
        var report = LoadReport(source: name, format: format)
        let table: Table
        switch format {
        case .csv, .tsv:
            (table, report) = try loadDelimited(buf, start: start, format: format, name: name, options: options,
                                                inference: inference)
        case .xlsx:
            return try loadWorkbook(buf, name: name, options: options)
        case .json, .jsonl:
            let result = try JSONReader.read(buf, start: start, name: name, lines: format == .jsonl)
            try RunGuard.loaderCheckpoint()
            var names = result.names
            var nameIssues: [LoadIssue] = []
            if names.contains("") { names = CSVReader.uniqueNames(names, issues: &nameIssues, line: nil) }
            let columns = result.arena.withUnsafeBufferPointer { arena in
                inferColumns(names: names, rowCount: result.rowCount, parallel: options.parallel, options: inference) { j, body in
                    result.columns[j].withUnsafeBufferPointer { spans in
                        body(ColumnInput(base: arena.baseAddress ?? emptyBytePointer, spans: spans.baseAddress ?? emptySpanPointer,
                                         stride: 1, count: result.rowCount))
                    }
                }
            }
            try RunGuard.loaderCheckpoint()
            table = makeTable(names: names, columns: columns, rowCount: result.rowCount)
            report.rowCount = result.rowCount
            report.columns = columns.map(\.report)
            report.issues = result.issues + nameIssues
        }
        if table.schema.isEmpty, report.issues.allSatisfy({ $0.kind != .emptyFile }) {
            report.issues.insert(LoadIssue(.emptyFile, line: nil,
                buf.count <= start ? "the file is empty: the table has no columns"
                                   : "the file has no data: the table has no columns"), at: 0)
        }
        report.issues = issues + report.issues + columnIssues(report.columns)
        return (table, report)
    }

    /// A workbook sheet: its cells (as text, typed by the codec's formats) go through the same
    /// CSV typing rules as any file, then the report names the sheet and the others.
    private static func loadWorkbook(_ buffer: UnsafeBufferPointer<UInt8>, name: String,
                                     options: LoadOptions) throws(Diagnostic) -> (Table, LoadReport) {
        if BinaryKind.of(buffer) != .xlsx {
            let kind = BinaryKind.of(buffer)
            if let kind, kind != .zip { throw kind.refusal(name) }
            throw Diagnostic(kind: .data, "\(name) is not an .xlsx workbook (\(kind == .zip ? "a ZIP archive without a workbook" : "text"))",
                             at: nil, hints: ["read(\"\(name)\", format = \"csv\") reads it as CSV"])
        }
        let codec = try Workbooks.requireCodec(name)
        let sheet = try codec.readSheet(Array(buffer), name: name, sheet: options.sheet, range: options.range)
        // Every row, empty ones too, so that line numbers are the sheet's row numbers (from firstRow).
        var text = ""
        for row in sheet.rows { text += CSVWriter.record(row) + "\n" }
        var o = options
        o.format = .csv
        o.delimiter = asciiComma
        o.commentLines = false
        o.sheet = nil
        o.range = nil
        var (table, report) = try load(bytes: Array(text.utf8), name: name, options: o)
        report.format = .xlsx
        report.delimiter = nil
        // CSV lines are sheet rows counted from the first row read.
        if sheet.firstRow != 1 {
            for k in report.issues.indices { if let l = report.issues[k].line { report.issues[k].line = l + sheet.firstRow - 1 } }
        }
        var notes = sheet.issues
        if sheet.allSheets.count > 1 {
            let others = sheet.allSheets.filter { $0 != sheet.name }
            notes.append(LoadIssue(.sheets, line: nil, "sheet `\(sheet.name)` was read; the workbook also has "
                + others.prefix(6).map { "`\($0)`" }.joined(separator: ", ") + (others.count > 6 ? ", …" : "")
                + " (read(\"…\", sheet = \"\(others[0])\"))"))
        }
        report.issues = notes + report.issues
        report.source = name
        return (table, report)
    }

    static func columnIssues(_ columns: [ColumnReport]) -> [LoadIssue] {
        var out: [LoadIssue] = []
        for c in columns {
            if c.unparsedCount > 0 {
                let ex = c.unparsedExamples.map { "\"\($0.text)\" (row \($0.row))" }.joined(separator: ", ")
                out.append(LoadIssue(.unparsedValues, line: nil, column: c.name,
                    "\(c.unparsedCount) \(c.unparsedCount == 1 ? "value is" : "values are") not \(article(c.typeDescription)) "
                    + "and \(c.unparsedCount == 1 ? "was" : "were") read as null (text kept): \(ex)"
                    + (c.unparsedCount > c.unparsedExamples.count ? ", …" : "")))
            }
            for note in c.notes {
                out.append(LoadIssue(note.hasPrefix("kept as text") ? .keptAsText : .mixedFormats, line: nil,
                                     column: c.name, note))
            }
        }
        return out
    }

    private static func article(_ type: String) -> String {
        guard let f = type.first else { return type }
        return ("aeiou".contains(f) ? "an " : "a ") + type
    }

    /// How a delimited file is written, as the loader works it out from its first lines.
    struct Dialect {
        var delimiter: UInt8
        var comments: Bool
        /// Columns separated by runs of spaces (the delimiter is then `CSVReader.unitSeparator`).
        var spaceAligned = false
        /// What was detected (a delimiter other than the extension's).
        var issues: [LoadIssue] = []
    }

    /// The delimiter (the option's, else the extension's unless the first lines clearly use
    /// another) and whether `#` lines are comments.
    static func dialect(_ buf: UnsafeBufferPointer<UInt8>, start: Int, format: TabularFormat, options: LoadOptions) -> Dialect {
        var issues: [LoadIssue] = []
        var comments = options.commentLines ?? CSVReader.startsWithComment(buf, start: start)
        let delimiter: UInt8
        var spaceAligned = false
        if let d = options.delimiter {
            delimiter = d
        } else {
            // The extension's delimiter unless the first lines clearly use another (`,` `;` TAB `|`,
            // else runs of spaces): files are often named .csv whatever they hold.
            let preferred = format == .tsv ? asciiTab : asciiComma
            switch CSVReader.sniffDelimiter(buf, start: start, preferred: preferred, comments: comments) {
            case .byte(let d):
                delimiter = d
                if d != preferred {
                    issues.append(LoadIssue(.delimiter, line: nil, "the delimiter is \(delimiterName(d)) (detected)"))
                }
            case .spaces:
                delimiter = CSVReader.unitSeparator
                spaceAligned = true
                issues.append(LoadIssue(.delimiter, line: nil, "the columns are separated by runs of spaces (detected)"))
            case nil:
                delimiter = preferred
            }
        }
        if comments, options.commentLines == nil, CSVReader.commentLineIsHeader(buf, start: start, delimiter: delimiter) {
            comments = false  // `#,name,value`: a header whose first column is called `#`
        }
        return Dialect(delimiter: delimiter, comments: comments, spaceAligned: spaceAligned, issues: issues)
    }

    private static func loadDelimited(_ buf: UnsafeBufferPointer<UInt8>, start: Int, format: TabularFormat, name: String,
                                      options: LoadOptions, inference: InferenceOptions) throws(Diagnostic) -> (Table, LoadReport) {
        var inference = inference
        let found = dialect(buf, start: start, format: format, options: options)
        var issues = found.issues
        let delimiter = found.delimiter, comments = found.comments, spaceAligned = found.spaceAligned
        // In `;`-delimited files `,` is the decimal mark (the reason for the `;`); never a thousands separator.
        inference.decimalComma = delimiter == asciiSemicolon
        if spaceAligned {
            let collapsed = CSVReader.collapsingSpaceRuns(buf, start: start)
            return try collapsed.withUnsafeBufferPointer { (b) throws(Diagnostic) -> (Table, LoadReport) in
                var o = options
                o.delimiter = CSVReader.unitSeparator
                o.commentLines = comments
                var (t, r) = try loadDelimited(b, start: 0, format: format, name: name, options: o, inference: inference)
                r.delimiter = asciiSpace
                r.issues = issues + r.issues
                return (t, r)
            }
        }
        var s = try CSVReader.structure(buf, start: start, delimiter: delimiter, hasHeader: options.hasHeader,
                                        comments: comments, name: name, parallel: options.parallel)
        try RunGuard.loaderCheckpoint()
        let width = s.width
        let rowCount = s.rowCount
        let spanColumns = s.columns
        let columns = inferColumns(names: s.names, rowCount: rowCount, parallel: options.parallel, options: inference,
                                   only: options.onlyColumns) { j, body in
            if j < width {
                return body(ColumnInput(base: buf.baseAddress ?? emptyBytePointer,
                                        spans: spanColumns.map { UnsafePointer($0.buffers[j].base) } ?? emptySpanPointer,
                                        stride: 1, count: rowCount))
            }
            return s.extraColumns[j - width].withUnsafeBufferPointer { extra in
                body(ColumnInput(base: buf.baseAddress ?? emptyBytePointer, spans: extra.baseAddress ?? emptySpanPointer,
                                 stride: 1, count: rowCount))
            }
        }
        withExtendedLifetime(spanColumns) {}
        s.columns = nil
        try RunGuard.loaderCheckpoint()
        let table = makeTable(names: s.names, columns: columns, rowCount: rowCount)
        let headerRead = options.hasHeader != false && !s.issues.contains { $0.kind == .header && $0.message.hasPrefix("the first row is data") }
        if headerRead, let issue = headerLooksLikeData(columns.map(\.report)) { issues.append(issue) }
        if s.width == 1, options.delimiter == nil, let issue = oneColumnWithDelimiters(s.names.first ?? "", delimiter: delimiter) {
            issues.append(issue)
        }
        let report = LoadReport(source: name, format: format, delimiter: delimiter, rowCount: rowCount,
                                columns: columns.map(\.report), issues: issues + s.issues)
        return (table, report)
    }

    static func delimiterName(_ d: UInt8) -> String {
        switch d {
        case asciiComma: return "`,`"
        case asciiTab: return "TAB"
        case asciiSemicolon: return "`;`"
        case asciiSpace: return "a space"
        default: return "`\(Character(Unicode.Scalar(d)))`"
        }
    }

    /// Names of typed columns that read as that column's values (`5` over numbers, `2009-03-31`
    /// over dates; years are common names and are let be).
    static func headerLooksLikeData(_ columns: [ColumnReport]) -> LoadIssue? {
        var suspicious: [String] = []
        for c in columns {
            let name = c.name
            let kind = name.utf8.withContiguousStorageIfAvailable { b in
                b.isEmpty ? CellKind.null : classifyCellText(b.baseAddress!, b.count).kind
            } ?? CellKind.text
            switch (c.type, kind) {
            case (.int, CellKind.int), (.decimal, CellKind.int), (.float, CellKind.int):
                if let v = Int(name), (1900...2100).contains(v), name.count == 4 { continue }
                suspicious.append(name)
            case (.int, CellKind.decimal), (.decimal, CellKind.decimal), (.float, CellKind.decimal), (.float, CellKind.float),
                 (.decimal, CellKind.money), (.date, CellKind.date), (.date, CellKind.numericDate):
                suspicious.append(name)
            default: continue
            }
        }
        guard !suspicious.isEmpty else { return nil }
        return LoadIssue(.header, line: 1,
            "the header looks like data: \(suspicious.prefix(4).map { "`\($0)`" }.joined(separator: ", ")) "
            + "\(suspicious.count == 1 ? "reads" : "read") like the values below; if the file has no header, "
            + "read(\"…\", header = false) keeps that row")
    }

    /// A one-column result whose name holds another delimiter: the file is probably delimited by it.
    static func oneColumnWithDelimiters(_ header: String, delimiter: UInt8) -> LoadIssue? {
        for d in [asciiSemicolon, UInt8(ascii: "|"), asciiTab, asciiComma] where d != delimiter && header.utf8.contains(d) {
            let written = d == asciiTab ? "\\t" : String(Character(Unicode.Scalar(d)))
            return LoadIssue(.delimiter, line: 1,
                "the file was read as one column, but its first line contains \(delimiterName(d)); "
                + "if that is the delimiter: read(\"…\", delimiter = \"\(written)\")")
        }
        return nil
    }

    /// Types every column, in parallel when there is enough work.
    private static func inferColumns(names: [String], rowCount: Int, parallel: Bool, options: InferenceOptions,
                                     only: Set<String>? = nil,
                                     input: (Int, (ColumnInput) -> InferredColumn) -> InferredColumn) -> [InferredColumn] {
        // Only the wanted columns are typed; the others are all-null text placeholders.
        let wanted = only.map { only in names.indices.filter { only.contains(names[$0]) } } ?? Array(names.indices)
        @Sendable func placeholder(_ j: Int) -> InferredColumn {
            InferredColumn(column: Column(storage: .null, nulls: nil, count: rowCount),
                           report: ColumnReport(name: names[j], type: .null, format: .plain, nullCount: rowCount))
        }
        let count = wanted.count
        // A cancelled or timed-out run skips the columns not yet typed (its caller then stops).
        let runGuard = RunGuard.current
        if !parallel || count < 2 || rowCount * count < 200_000 {
            var out = names.indices.map { wanted.contains($0) ? nil : placeholder($0) }
            for j in wanted {
                out[j] = runGuard?.stopReason != nil ? placeholder(j) : input(j) { inferColumn($0, name: names[j], options: options, stop: runGuard) }
            }
            return out.map { $0! }
        }
        let slots = ResultSlots<InferredColumn>(count: count)
        withoutActuallyEscaping(input) { input in
            let work = UncheckedBox(input)
            DispatchQueue.concurrentPerform(iterations: count) { k in
                let j = wanted[k]
                if runGuard?.stopReason != nil { slots.set(k, placeholder(j)); return }
                slots.set(k, work.value(j) { inferColumn($0, name: names[j], options: options, stop: runGuard) })
            }
        }
        var out = names.indices.map { wanted.contains($0) ? nil : placeholder($0) }
        for (k, j) in wanted.enumerated() { out[j] = slots.take(k) }
        return out.map { $0! }
    }

    private static func makeTable(names: [String], columns: [InferredColumn], rowCount: Int) -> Table {
        let schema = zip(names, columns).map { ColumnInfo(name: $0, type: $1.column.type, format: $1.column.format) }
        return Table(schema: schema, columns: columns.map(\.column), rowCount: rowCount)
    }

    private static func sniffFormat(_ buf: UnsafeBufferPointer<UInt8>, start: Int) -> TabularFormat {
        var i = start
        while i < buf.count, buf[i] == asciiSpace || buf[i] == asciiLF || buf[i] == asciiCR || buf[i] == asciiTab { i += 1 }
        if i < buf.count {
            if buf[i] == UInt8(ascii: "[") { return .json }
            if buf[i] == UInt8(ascii: "{") {
                // One object per line is JSON Lines; one object spread over lines is JSON.
                var j = i
                var depth = 0
                var inString = false
                while j < buf.count {
                    let b = buf[j]
                    if inString {
                        if b == UInt8(ascii: "\\") { j += 2; continue }
                        if b == asciiQuote { inString = false }
                    } else if b == asciiQuote { inString = true }
                    else if b == UInt8(ascii: "{") || b == UInt8(ascii: "[") { depth += 1 }
                    else if b == UInt8(ascii: "}") || b == UInt8(ascii: "]") { depth -= 1; if depth == 0 { break } }
                    else if b == asciiLF, depth > 0 { return .json }
                    j += 1
                }
                return .jsonl
            }
        }
        let d = CSVReader.sniffDelimiter(buf, start: start, preferred: asciiComma, comments: false)
        return d == .byte(asciiTab) ? .tsv : .csv
    }
}

nonisolated(unsafe) private let emptyBytePointer: UnsafePointer<UInt8> = {
    let p = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
    p.initialize(to: 0)
    return UnsafePointer(p)
}()

nonisolated(unsafe) private let emptySpanPointer: UnsafePointer<UInt64> = {
    let p = UnsafeMutablePointer<UInt64>.allocate(capacity: 1)
    p.initialize(to: CellSpan.missing)
    return UnsafePointer(p)
}()

/// Results written by concurrent workers, each index by exactly one worker.
final class ResultSlots<T>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<T?>
    private let count: Int
    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }
    func set(_ k: Int, _ value: T) { slots[k] = value }
    func take(_ k: Int) -> T { let v = slots[k]!; slots[k] = nil; return v }
    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }
}

/// Hands a non-Sendable value to `concurrentPerform` workers that only read it.
struct UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

/// Offsets of invalid UTF-8 sequences (up to a few) and how many there are.
func invalidUTF8Offsets(_ buf: UnsafeBufferPointer<UInt8>, from start: Int) -> (offsets: [Int], total: Int, validMultibyte: Int) {
    do { return try invalidUTF8Offsets(buf, from: start, checking: nil) } catch {
        preconditionFailure("only a run's guard stops the scan")
    }
}

/// `invalidUTF8Offsets`, checking `runGuard` after each MiB: a whole file is scanned before
/// it is read, and a scan of a hundred MB (its pages faulted in) is a hundred ms or more.
func invalidUTF8Offsets(_ buf: UnsafeBufferPointer<UInt8>, from start: Int,
                        checking runGuard: RunGuard?) throws(Diagnostic) -> (offsets: [Int], total: Int, validMultibyte: Int) {
    guard let p = buf.baseAddress else { return ([], 0, 0) }
    let n = buf.count
    var i = start
    var offsets: [Int] = []
    var total = 0
    var validMultibyte = 0
    let raw = UnsafeRawPointer(p)
    let every = 1 << 20
    var nextCheck = runGuard == nil ? n : start + every
    while i < n {
        if i >= nextCheck {
            if let stop = runGuard?.stopReason { throw stop }
            nextCheck = i + every
        }
        // Eight ASCII bytes at a time (up to the next check).
        let limit = min(n, nextCheck)
        while i + 8 <= limit, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
        guard i < n else { break }
        let b = p[i]
        if b < 0x80 { i += 1; continue }
        var need = 0
        var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
        switch b {
        case 0xC2...0xDF: need = 1
        case 0xE0: need = 2; lo = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: need = 2
        case 0xED: need = 2; hi = 0x9F
        case 0xF0: need = 3; lo = 0x90
        case 0xF1...0xF3: need = 3
        case 0xF4: need = 3; hi = 0x8F
        default: need = -1
        }
        var ok = need > 0 && i + need < n
        if ok {
            for k in 1...need {
                let c = p[i + k]
                let (l, h) = k == 1 ? (lo, hi) : (UInt8(0x80), UInt8(0xBF))
                if c < l || c > h { ok = false; break }
            }
        }
        if ok {
            i += need + 1
            validMultibyte += 1
        } else {
            if offsets.count < ScanChunk.keepExamples { offsets.append(i) }
            total += 1
            i += 1
        }
    }
    return (offsets, total, validMultibyte)
}

/// Windows-1252 code points for bytes 0x80–0x9F (0xA0–0xFF are Latin-1); undefined bytes
/// keep their Latin-1 (C1 control) meaning.
private let cp1252High: [UInt32] = [
    0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
    0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
]

/// Windows-1252 bytes as UTF-8.
func utf8FromWindows1252(_ buf: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(buf.count + buf.count / 8)
    for b in buf {
        if b < 0x80 { out.append(b); continue }
        appendUTF8(b < 0xA0 ? cp1252High[Int(b - 0x80)] : UInt32(b), &out)
    }
    return out
}

/// UTF-16 bytes (after the byte-order mark) as UTF-8; unpaired surrogates become U+FFFD.
func utf8FromUTF16(_ buf: UnsafeBufferPointer<UInt8>, bigEndian: Bool) -> [UInt8] {
    var units: [UInt16] = []
    units.reserveCapacity(buf.count / 2)
    var i = 0
    while i + 1 < buf.count {
        units.append(bigEndian ? UInt16(buf[i]) << 8 | UInt16(buf[i + 1]) : UInt16(buf[i + 1]) << 8 | UInt16(buf[i]))
        i += 2
    }
    return Array(String(decoding: units, as: UTF16.self).utf8)
}

/// 1-based line numbers of ascending byte offsets.
func lineNumbers(of offsets: [Int], in buf: UnsafeBufferPointer<UInt8>) -> [Int] {
    var out: [Int] = []
    var line = 1
    var i = 0
    for o in offsets {
        while i < o, i < buf.count {
            if buf[i] == asciiLF { line += 1 }
            i += 1
        }
        if out.last != line { out.append(line) }
    }
    return out
}
