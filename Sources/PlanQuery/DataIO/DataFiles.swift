/// Reads a data file named in a query or with `--data`: tabular files by extension, and
/// plan documents (`.txt`, `.md`) through the document importer.
///
/// `from "plan.txt"` lists the tables found in a document (one row per table);
/// `from "plan.txt#3"` is table 3 itself, with its own header as columns and the
/// provenance columns `unit`, `directorate`, `section`, `source`, `line`.
/// Options of `read(...)` in a query.
public struct ReadOptions: Sendable, Hashable {
    public var format: TabularFormat?
    public var delimiter: UInt8?
    /// Nil: a header unless the first row is all numbers.
    public var header: Bool?
    /// For a plan document: which of its tables.
    public var table: Int?
    /// Day/month order of dates such as `03/04/2009` (nil: decided per column).
    public var dateOrder: DateOrder?
    /// A workbook's sheet, by name, and a cell range such as `A3:F40`.
    public var sheet: String?
    public var range: String?
    public init() {}
    var key: String {
        "\(format?.rawValue ?? "")|\(delimiter ?? 0)|\(header.map { "\($0)" } ?? "")|\(table ?? 0)|\(dateOrder?.rawValue ?? "")"
            + "|\(sheet ?? "")|\(range ?? "")"
    }
}

package enum DataFiles {
    package static let tabularExtensions: Set<String> = ["csv", "tsv", "tab", "json", "jsonl", "ndjson", "xlsx", "xlsm"]
    package static let documentExtensions: Set<String> = ["txt", "md", "markdown", "html", "htm"]

    package static func fileExtension(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot > name.startIndex else { return "" }
        return String(name[name.index(after: dot)...]).lowercased()
    }

    package static func isSupported(_ path: String) -> Bool {
        let ext = fileExtension(path)
        return tabularExtensions.contains(ext) || documentExtensions.contains(ext)
    }

    /// Files smaller than this are always read whole (and cached whole for later queries).
    static let partialReadThreshold = 8 << 20

    /// Reads a data file through `files` (the engine's file policy): tabular files by
    /// extension or content, plan documents through the importer (`plan.txt#3` or
    /// `options.table` is one of its tables). `columns`: a large CSV/TSV types only those
    /// (typing is most of a load). Returns the table and the loader's findings.
    package static func load(_ path: String, options: ReadOptions = ReadOptions(), columns: Set<String>? = nil,
                            files: any FileSystem) throws(Diagnostic) -> (Table, [Diagnostic]) {
        try load(path, options: options, columns: columns, partialAtLeast: partialReadThreshold, files: files)
    }

    /// `load`, typing only `columns` of a CSV/TSV file from `partialAtLeast` bytes on.
    static func load(_ path: String, options: ReadOptions, columns: Set<String>?, partialAtLeast: Int,
                     files: any FileSystem) throws(Diagnostic) -> (Table, [Diagnostic]) {
        var file = path
        var tableNumber = options.table
        if let hash = path.lastIndex(of: "#"), let n = Int(path[path.index(after: hash)...]) {
            file = String(path[..<hash])
            tableNumber = n
        }
        let ext = fileExtension(file)
        // A document by its extension, unless the reading options name a tabular format.
        if documentExtensions.contains(ext) && options.format == nil {
            let text = try files.withContents(of: file) { (buffer) throws(Diagnostic) -> String in
                String(decoding: buffer, as: UTF8.self)
            }
            let name = file.split(separator: "/").last.map(String.init) ?? file
            let doc = importDocument(name: name, text: text)
            guard let n = tableNumber else { return (contents(doc), []) }
            guard n >= 1, n <= doc.tables.count else {
                throw Diagnostic(.error, kind: .data, "\(file) has \(doc.tables.count) tables; there is no table \(n)", at: nil,
                                 hints: ["from \"\(file)\" lists them"])
            }
            return (table(doc.tables[n - 1], source: name), doubtFindings(doc.tables[n - 1], number: n, file: file))
        }
        if tableNumber != nil {
            throw Diagnostic(.error, kind: .usage, "`#N` or `table =` picks a table of a plan document (.txt, .md, .html), not of a .\(ext) file", at: nil)
        }
        var o = LoadOptions()
        o.format = options.format ?? TabularFormat.forPath(file)
        o.delimiter = options.delimiter
        o.hasHeader = options.header
        o.dateOrder = options.dateOrder
        o.sheet = options.sheet
        o.range = options.range
        if let columns, ext == "csv" || ext == "tsv" || ext == "tab", files.fileSize(file) ?? 0 >= partialAtLeast {
            o.onlyColumns = columns
        }
        let (table, report) = try files.withContents(of: file) { (buffer) throws(Diagnostic) -> (Table, LoadReport) in
            try TabularLoader.load(buffer: buffer, name: file, options: o)
        }
        return (keepVerbatimColumnsAsText(table), findings(report))
    }

    /// Types a data file's bytes already in memory (the bundled dataset compiled into the
    /// binary) as `load` types a file of that name: the format from `name`'s extension, the
    /// same findings.
    public static func load(buffer: UnsafeBufferPointer<UInt8>, name: String) throws(Diagnostic) -> (Table, [Diagnostic]) {
        var o = LoadOptions()
        o.format = TabularFormat.forPath(name)
        let (table, report) = try TabularLoader.load(buffer: buffer, name: name, options: o)
        return (keepVerbatimColumnsAsText(table), findings(report))
    }

    /// A sample of a large CSV/TSV/JSONL file: its first `bytes`, cut at a line end, typed
    /// like the whole file would be. nil when the file is small enough to read whole or is
    /// not a line-based format (then the caller reads it whole).
    static func sample(_ path: String, options: ReadOptions, bytes limit: Int, files: any FileSystem) throws(Diagnostic) -> Table? {
        guard options.table == nil, !path.contains("#") else { return nil }
        let format = options.format ?? TabularFormat.forPath(path)
        guard format == .csv || format == .tsv || format == .jsonl,
              let size = files.fileSize(path), size > limit else { return nil }
        var o = LoadOptions()
        o.format = format
        o.delimiter = options.delimiter
        o.hasHeader = options.header
        o.dateOrder = options.dateOrder
        o.parallel = false
        // Streamed: only the pages of the sample are read in, not the whole file.
        return try files.withStreamedContents(of: path) { (file) throws(Diagnostic) -> Table? in
            let buffer = file.bytes
            var end = min(limit, buffer.count)
            while end > 0, buffer[end - 1] != UInt8(ascii: "\n") { end -= 1 }
            // A CSV/TSV sample ends outside quotes: a line feed inside a quoted field is not the
            // end of a record (cut there, the sample would read a stray quote and extra cells).
            if format != .jsonl, let outside = lastLineFeedOutsideQuotes(buffer, before: end) { end = outside }
            guard end > 0 else { return nil }
            let (table, _) = try TabularLoader.load(buffer: UnsafeBufferPointer(rebasing: buffer[0..<end]), name: path, options: o)
            return keepVerbatimColumnsAsText(table)
        }
    }

    /// The offset after the last line feed before `limit` with an even number of `"` before it
    /// (outside any quoted field, in well-formed CSV); nil when there is none.
    static func lastLineFeedOutsideQuotes(_ buffer: UnsafeBufferPointer<UInt8>, before limit: Int) -> Int? {
        var inQuotes = false
        var last: Int? = nil
        for i in 0..<min(limit, buffer.count) {
            let b = buffer[i]
            if b == asciiQuote { inQuotes.toggle() } else if b == asciiLF, !inQuotes { last = i + 1 }
        }
        return last
    }

    /// Whatever the loader skipped or could not type, as warnings: reported, never dropped
    /// silently. (A text column staying text is not a finding; `describe` shows every
    /// column's typing.)
    static func findings(_ report: LoadReport) -> [Diagnostic] {
        var findings = report
        findings.issues.removeAll { isVerbatimColumn($0.column ?? "") || $0.kind == .keptAsText }
        return findings.warnings
    }

    /// Columns named `*_text` hold the verbatim cell text next to a parsed value (the bundled
    /// plan data's convention), so they stay text even when most of them read as numbers.
    static func isVerbatimColumn(_ name: String) -> Bool { name.hasSuffix("_text") }

    static func keepVerbatimColumnsAsText(_ table: Table) -> Table {
        var t = table
        for (i, info) in t.schema.enumerated() where isVerbatimColumn(info.name) && info.type != .text {
            let c = t.columns[i]
            var b = ColumnBuilder(type: .text, capacity: c.count)
            for r in 0..<c.count {
                if let raw = c.verbatim[r] { b.append(.text(raw)) }
                else if c.isNull(r) { b.appendNull() }
                else if case .decimal(let d) = c[r] { b.append(.text(d.normalized.description)) }
                else { b.append(.text(c[r].description)) }
            }
            t.columns[i] = b.finish()
            t.schema[i].type = .text
            t.schema[i].format = .plain
        }
        return t
    }

    /// One row per table found in the document.
    package static func contents(_ doc: DocumentImport) -> Table {
        let rows: [[Value]] = doc.tables.enumerated().map { i, t in
            [.int(i + 1), text(t.unit), text(t.directorate), text(t.section), text(t.caption),
             .int(t.firstLine), .int(t.lastLine), .int(t.rows.count), .int(t.header.count),
             .text(t.header.joined(separator: " | ")), text(t.doubts.map(\.rawValue).joined(separator: "; "))]
        }
        return Table(names: ["table", "unit", "directorate", "section", "caption", "line", "line_end", "rows", "columns", "header", "doubts"],
                     rows: rows)
    }

    static func text(_ s: String) -> Value { s.isEmpty ? .null : .text(s) }

    /// A warning for a table that may be misread, so that an answer drawn from it is not silently
    /// wrong: what looks wrong, and the lines to check it against.
    package static func doubtFindings(_ t: ExtractedTable, number: Int, file: String) -> [Diagnostic] {
        guard !t.doubts.isEmpty else { return [] }
        return [Diagnostic(.warning, kind: .data,
                           "\(file)#\(number) may be misread (" + t.doubts.map(\.rawValue).joined(separator: "; ")
                           + "): check it against lines \(t.firstLine)–\(t.lastLine) of the document", at: nil)]
    }

    /// An extracted table as a typed table: its header as columns (made unique), then provenance.
    package static func table(_ t: ExtractedTable, source: String) -> Table {
        var names: [String] = []
        for (i, h) in t.header.enumerated() {
            var name = h.isEmpty ? "column \(i + 1)" : h
            var k = 2
            while names.contains(name) { name = (h.isEmpty ? "column \(i + 1)" : h) + " (\(k))"; k += 1 }
            names.append(name)
        }
        let provenance = ["unit", "directorate", "section", "source", "line"]
        let columns = names + provenance.map { p in names.contains(p) ? "_" + p : p }
        let rows = t.rows.map { r in
            r.cells + [t.unit, t.directorate, t.section, source, String(r.lines.lowerBound)]
        }
        return typedTable(columns: columns, rows: rows)
    }

    /// Infers column types from text cells with the same rules as the CSV loader.
    package static func typedTable(columns: [String], rows: [[String]]) -> Table {
        let csv = Array(CSVWriter.csv(columns: columns, rows: rows).utf8)
        var options = LoadOptions()
        options.format = .csv
        return (try? TabularLoader.load(bytes: csv, name: "document", options: options).0)
            ?? Table(names: columns, rows: rows.map { $0.map { .text($0) } })
    }
}
