#if canImport(Dispatch)
import Dispatch
#endif

// The CSV/TSV reader is hand-written over UTF-8 bytes because it must be fast: a 60 MB,
// 1,000,000-row file has to load in well under a second. `String`/`Character` scanning is
// ~100× slower (ARCHITECTURE.md, "Why the hot paths look the way they do"), so nothing here creates a `String` per cell.
//
// Loading is two passes:
//   1. structure (this file): find every record and field, honouring RFC 4180 quoting, and
//      record each cell as a packed `UInt64` span into the byte buffer, one buffer per column
//      (so the typing pass reads a column contiguously). Large files are split in two at a
//      line break and scanned on two threads; the second half is speculative and is
//      re-scanned if the split fell inside a quoted field.
//   2. typing (ColumnInference.swift): each column's spans are classified and written
//      straight into typed storage, columns in parallel.
// There is no intermediate `[[String]]` and no `Value` per cell.

/// A cell as a packed span: bits 0–31 start offset, 32–60 length, 61–63 a `CellFlag`.
enum CellSpan {
    static let maxStart = 1 << 32
    static let maxLength = 1 << 29

    @inline(__always) static func make(_ start: Int, _ length: Int, _ flag: UInt64) -> UInt64 {
        UInt64(truncatingIfNeeded: start) | (UInt64(truncatingIfNeeded: length) << 32) | (flag << 61)
    }
    @inline(__always) static func start(_ s: UInt64) -> Int { Int(truncatingIfNeeded: s & 0xFFFF_FFFF) }
    @inline(__always) static func length(_ s: UInt64) -> Int { Int(truncatingIfNeeded: (s >> 32) & 0x1FFF_FFFF) }
    @inline(__always) static func flag(_ s: UInt64) -> UInt64 { s >> 61 }

    static let missing = make(0, 0, CellFlag.missing)
}

/// How to read a span's bytes.
enum CellFlag {
    /// Unquoted CSV field: trimmed of spaces and tabs, then typed.
    static let plain: UInt64 = 0
    /// Quoted CSV field without doubled quotes (span excludes the quotes), or a JSON string.
    static let quoted: UInt64 = 1
    /// Quoted CSV field that needs unescaping (span includes the quotes).
    static let escaped: UInt64 = 2
    /// No cell: a short row's padding, or JSON null / absent key.
    static let missing: UInt64 = 3
    /// JSON number text.
    static let jsonNumber: UInt64 = 4
    /// JSON boolean: length 1 = true, 0 = false.
    static let jsonBool: UInt64 = 5
    /// JSON array, compact JSON text.
    static let jsonArray: UInt64 = 6
    /// JSON object, compact JSON text.
    static let jsonObject: UInt64 = 7
}

let asciiQuote = UInt8(ascii: "\"")
let asciiLF = UInt8(ascii: "\n")
let asciiCR = UInt8(ascii: "\r")
let asciiComma = UInt8(ascii: ",")
let asciiTab = UInt8(ascii: "\t")
let asciiSemicolon = UInt8(ascii: ";")
let asciiSpace = UInt8(ascii: " ")

/// Rows found by one scan of a byte range. Line numbers and rows are relative to the range.
struct ScanChunk {
    /// Cells in order (only when scanning without a width: the header).
    var spans: [UInt64] = []
    /// One span buffer per column (when scanning with a width): column-major, so that typing
    /// a column reads its spans contiguously instead of striding through every row.
    var columns: SpanColumns? = nil
    var rows = 0
    /// Line breaks consumed (including those inside quoted fields).
    var lines = 0
    /// Byte offset where scanning stopped: the start of the first record at or past `softEnd`.
    var end = 0
    /// (relative row, relative 0-based line, cell count)
    var shortRows: [(row: Int, line: Int, cells: Int)] = []
    var shortCount = 0
    var longRows: [(row: Int, line: Int, cells: Int)] = []
    var longCount = 0
    /// Cells beyond the expected width: (relative row, column index, span).
    var extras: [(row: Int, column: Int, span: UInt64)] = []
    var blankLines: [Int] = []
    var blankCount = 0
    /// Records whose cells are all empty (`,,,`, as spreadsheets write empty rows): skipped.
    var emptyRows: [Int] = []
    var emptyRowCount = 0
    /// `#` comment lines (only when the file uses them): skipped.
    var commentLines: [Int] = []
    var commentCount = 0
    /// Lines with text after a closing quote (kept in the field).
    var strayQuoteLines: [Int] = []
    var strayQuoteCount = 0
    /// Quotes that opened a cell but were not closed properly before another line: read as a
    /// literal `"` so that the lines stay separate records. (first line, last line it would have swallowed)
    var strayOpenQuotes: [(line: Int, through: Int)] = []
    var strayOpenCount = 0
    var tooLongLine: Int?

    static let keepExamples = 10
}

/// Scans records in `p[start..<n]`, stopping at the first record that starts at or after
/// `softEnd` (records that start before it are read to their end). Each record yields
/// exactly `width` spans (short rows padded with `CellSpan.missing`; cells past `width` go to
/// `extras`) unless `width` is nil, in which case cells are appended as they come. Blank
/// lines are skipped (and reported), except in a one-column file where they are empty values.
func scanRecords(_ p: UnsafePointer<UInt8>, _ n: Int, start: Int, softEnd: Int, delimiter d: UInt8,
                 width: Int?, comments: Bool = false, maxRows: Int = Int.max, into c: inout ScanChunk) {
    var i = start
    var lines = 0
    var rows = 0
    let w = width ?? Int.max
    let dMask = UInt64(d) &* 0x0101_0101_0101_0101
    let lfMask = UInt64(asciiLF) &* 0x0101_0101_0101_0101
    let crMask = UInt64(asciiCR) &* 0x0101_0101_0101_0101
    var spans = c.spans
    c.spans = []
    // The column buffers, moved into raw memory for the loop (no class access per cell).
    let columnCount = width ?? 0
    let owner = c.columns ?? SpanColumns(count: columnCount, capacity: 1024)
    let cols = UnsafeMutablePointer<SpanBuffer>.allocate(capacity: max(columnCount, 1))
    cols.initialize(from: owner.buffers, count: columnCount)
    defer {
        owner.buffers = Array(UnsafeBufferPointer(start: cols, count: columnCount))
        cols.deinitialize(count: columnCount)
        cols.deallocate()
        c.columns = owner
        c.spans = spans
        c.rows = rows
        c.lines = lines
        c.end = i
    }
    while i < n, rows < maxRows {
        if i >= softEnd { break }
        let recordLine = lines
        let recordStart = i
        let b0 = p[i]
        if b0 == asciiLF || b0 == asciiCR, w != 1 {
            // A blank line: skipped, and reported.
            if c.blankLines.count < ScanChunk.keepExamples { c.blankLines.append(recordLine) }
            c.blankCount += 1
            i += 1
            if b0 == asciiCR, i < n, p[i] == asciiLF { i += 1 }
            lines += 1
            continue
        }
        if comments, b0 == UInt8(ascii: "#") {
            if c.commentLines.count < ScanChunk.keepExamples { c.commentLines.append(recordLine) }
            c.commentCount += 1
            while i < n, p[i] != asciiLF, p[i] != asciiCR { i += 1 }
            if i < n { i += p[i] == asciiCR && i + 1 < n && p[i + 1] == asciiLF ? 2 : 1 }
            lines += 1
            continue
        }
        var col = 0
        var hasValue = false
        while true {
            var span: UInt64
            if i < n, p[i] == asciiQuote {
                let q = i
                let quoteLine = lines
                i += 1
                var escaped = false
                var closed = false
                while i < n {
                    let b = p[i]
                    if b == asciiQuote {
                        if i + 1 < n, p[i + 1] == asciiQuote { escaped = true; i += 2; continue }
                        i += 1
                        closed = true
                        break
                    }
                    if b == asciiLF { lines += 1 }
                    else if b == asciiCR, !(i + 1 < n && p[i + 1] == asciiLF) { lines += 1 }
                    i += 1
                }
                let textAfterClose = closed && i < n && p[i] != d && p[i] != asciiLF && p[i] != asciiCR
                if !closed || (textAfterClose && lines > quoteLine) {
                    // A stray quote: read the cell as plain text from the quote on.
                    if c.strayOpenQuotes.count < ScanChunk.keepExamples { c.strayOpenQuotes.append((quoteLine, closed ? lines : -1)) }
                    c.strayOpenCount += 1
                    i = fieldEnd(p, n, from: q + 1, delimiter: d)
                    lines = quoteLine
                    if i - q >= CellSpan.maxLength { c.tooLongLine = quoteLine; return }
                    span = CellSpan.make(q, i - q, CellFlag.plain)
                    hasValue = true
                } else if textAfterClose {
                    // Text after the closing quote: kept as part of the field, and reported.
                    if c.strayQuoteLines.count < ScanChunk.keepExamples { c.strayQuoteLines.append(lines) }
                    c.strayQuoteCount += 1
                    i = fieldEnd(p, n, from: i, delimiter: d)
                    if i - q >= CellSpan.maxLength { c.tooLongLine = quoteLine; return }
                    span = CellSpan.make(q, i - q, CellFlag.escaped)
                } else {
                    if i - q >= CellSpan.maxLength { c.tooLongLine = quoteLine; return }
                    span = escaped ? CellSpan.make(q, i - q, CellFlag.escaped)
                        : CellSpan.make(q + 1, i - q - 2, CellFlag.quoted)
                }
                hasValue = true
            } else {
                let s = i
                // Eight bytes at a time to the next delimiter or line break (SWAR), then bytewise.
                while i + 8 <= n {
                    let x = UnsafeRawPointer(p).loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    let m = zeroByteMask(x ^ dMask) | zeroByteMask(x ^ lfMask) | zeroByteMask(x ^ crMask)
                    if m != 0 { i += m.trailingZeroBitCount >> 3; break }
                    i += 8
                }
                while i < n {
                    let b = p[i]
                    if b == d || b == asciiLF || b == asciiCR { break }
                    i += 1
                }
                if i - s >= CellSpan.maxLength { c.tooLongLine = lines; return }
                span = CellSpan.make(s, i - s, CellFlag.plain)
            }
            if col < w {
                if columnCount > 0 { cols[col].append(span) } else { spans.append(span) }
            } else {
                c.extras.append((rows, col, span))
            }
            col += 1
            if i < n, p[i] == d { i += 1; continue }
            // End of record.
            if i < n {
                if p[i] == asciiCR {
                    i += 1
                    if i < n, p[i] == asciiLF { i += 1 }
                } else {
                    i += 1
                }
                lines += 1
            }
            break
        }
        // Only a record that starts with a delimiter or a blank can be all empty: the common
        // case costs one comparison per record, not one per cell.
        if !hasValue, w != 1 {
            let first = p[recordStart]
            if first != d && first != asciiSpace && first != asciiTab {
                hasValue = true
            } else {
                for k in recordStart..<i {
                    let b = p[k]
                    if b != d && b != asciiSpace && b != asciiTab && b != asciiLF && b != asciiCR { hasValue = true; break }
                }
            }
        }
        if !hasValue, w != 1 {
            // Every cell empty: a spreadsheet's empty row. Take its cells back out.
            if columnCount > 0 {
                for k in 0..<min(col, columnCount) { cols[k].count -= 1 }
            } else {
                spans.removeLast(min(col, spans.count))
            }
            while let last = c.extras.last, last.row == rows { c.extras.removeLast() }
            if c.emptyRows.count < ScanChunk.keepExamples { c.emptyRows.append(recordLine) }
            c.emptyRowCount += 1
            continue
        }
        if let width {
            if col < width {
                if c.shortRows.count < ScanChunk.keepExamples { c.shortRows.append((rows, recordLine, col)) }
                c.shortCount += 1
                for k in col..<width { cols[k].append(CellSpan.missing) }
            } else if col > width {
                if c.longRows.count < ScanChunk.keepExamples { c.longRows.append((rows, recordLine, col)) }
                c.longCount += 1
            }
        }
        rows += 1
    }
}

/// The offset of the next delimiter or line break at or after `from` (or `n`).
@inline(__always) func fieldEnd(_ p: UnsafePointer<UInt8>, _ n: Int, from: Int, delimiter d: UInt8) -> Int {
    var i = from
    while i < n {
        let b = p[i]
        if b == d || b == asciiLF || b == asciiCR { break }
        i += 1
    }
    return i
}

/// A growable buffer of spans in raw memory (appended to in the scan loop without
/// uniqueness or exclusivity checks). Owned by a `SpanColumns`.
struct SpanBuffer {
    var base: UnsafeMutablePointer<UInt64>
    var count = 0
    var capacity: Int

    init(capacity: Int) {
        self.capacity = max(16, capacity)
        base = .allocate(capacity: self.capacity)
    }

    @inline(__always) mutating func append(_ s: UInt64) {
        if count == capacity { grow(count + 1) }
        base[count] = s
        count += 1
    }

    mutating func append(_ other: SpanBuffer) {
        if count + other.count > capacity { grow(count + other.count) }
        (base + count).initialize(from: other.base, count: other.count)
        count += other.count
    }

    mutating func grow(_ need: Int) {
        var c = capacity * 2
        while c < need { c *= 2 }
        let b = UnsafeMutablePointer<UInt64>.allocate(capacity: c)
        b.moveInitialize(from: base, count: count)
        base.deallocate()
        base = b
        capacity = c
    }
}

/// Owns one span buffer per column; frees them when released.
final class SpanColumns: @unchecked Sendable {
    var buffers: [SpanBuffer]
    init(count: Int, capacity: Int) {
        buffers = (0..<count).map { _ in SpanBuffer(capacity: capacity) }
    }
    deinit { for b in buffers { b.base.deallocate() } }
}

/// High bit set in each byte of `x` that is zero. Bits above the first zero byte may be false
/// positives, so only the lowest set bit is meaningful.
@inline(__always) func zeroByteMask(_ x: UInt64) -> UInt64 {
    (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
}

/// The result of the structure pass over a whole CSV/TSV file.
struct CSVStructure {
    var names: [String] = []
    var width = 0
    var rowCount = 0
    /// The spans of the `width` header columns, one buffer each, `rowCount` long.
    var columns: SpanColumns? = nil
    /// Extra columns made from cells past the header's width, each `rowCount` long.
    var extraColumns: [[UInt64]] = []
    var issues: [LoadIssue] = []
}

/// The first record of a CSV/TSV file read as names (or found to be data) and where the data starts.
struct CSVHead {
    var names: [String] = []
    var width = 0
    /// Whether the first record was read as names.
    var header = true
    /// The offset of the first data record.
    var dataStart = 0
    /// Line breaks before the data (the header's, and the lines skipped before it).
    var lineBase = 0
    var issues: [LoadIssue] = []
    /// The scan of the first record: the lines it skipped are reported with the data's.
    var chunk: ScanChunk
}

enum CSVReader {
    /// Reads the structure of CSV/TSV `bytes` (already BOM-stripped and valid UTF-8).
    /// `hasHeader` nil: the first row is a header unless every cell of it is a number.
    static func structure(_ buf: UnsafeBufferPointer<UInt8>, start: Int, delimiter: UInt8, hasHeader: Bool?,
                          comments: Bool = false, name: String, parallel: Bool) throws(Diagnostic) -> CSVStructure {
        let n = buf.count
        var out = CSVStructure()
        guard let p = buf.baseAddress, n > start else { return out }
        if n >= CellSpan.maxStart {
            throw Diagnostic(kind: .io, "\(name) is \(n) bytes; files of 4 GiB or more are not supported", at: nil)
        }
        guard let head = try head(buf, start: start, delimiter: delimiter, hasHeader: hasHeader, comments: comments,
                                  name: name) else { return out }  // only blank lines
        out.names = head.names
        out.issues = head.issues
        let width = head.width
        out.width = width
        let dataStart = head.dataStart

        // Data records, on two threads when the file is large.
        var chunks: [ScanChunk] = []
        let remaining = n - dataStart
        var split = -1
        if parallel, remaining >= 4 << 20 {
            var m = dataStart + remaining / 2
            while m < n, p[m] != asciiLF { m += 1 }
            if m < n - 1 { split = m + 1 }
        }
        // Rows expected, from the line breaks in the first megabyte (a little over, so that
        // the buffers rarely grow; pages never written are never touched).
        let estimatedRows: Int = {
            guard remaining > 0 else { return 1024 }
            let sample = min(remaining, 1 << 20)
            var breaks = 0
            for k in dataStart..<(dataStart + sample) where p[k] == asciiLF { breaks += 1 }
            return Int(Double(max(breaks, 1)) * Double(remaining) / Double(sample) * 1.1) + 1024
        }()
        if split > 0 {
            let results = ResultSlots<ScanChunk>(count: 2)
            let s = split, from = dataStart
            let bytes = UncheckedBox(p)
            DispatchQueue.concurrentPerform(iterations: 2) { k in
                var c = ScanChunk()
                // The first half's buffers receive the second half's: room for both.
                c.columns = SpanColumns(count: width, capacity: k == 0 ? estimatedRows : estimatedRows / 2 + 1024)
                if k == 0 {
                    scanRecords(bytes.value, n, start: from, softEnd: s, delimiter: delimiter, width: width,
                                comments: comments, into: &c)
                } else {
                    scanRecords(bytes.value, n, start: s, softEnd: n, delimiter: delimiter, width: width,
                                comments: comments, into: &c)
                }
                results.set(k, c)
            }
            let first = results.take(0)
            if first.end == split || first.tooLongLine != nil {
                chunks = [first, results.take(1)]
            } else {
                // The split fell inside a quoted field: re-scan the rest from where the first half ended.
                var second = ScanChunk()
                second.columns = SpanColumns(count: width, capacity: estimatedRows / 2 + 1024)
                scanRecords(p, n, start: first.end, softEnd: n, delimiter: delimiter, width: width, comments: comments,
                            into: &second)
                chunks = [first, second]
            }
        } else {
            var c = ScanChunk()
            c.columns = SpanColumns(count: width, capacity: estimatedRows)
            scanRecords(p, n, start: dataStart, softEnd: n, delimiter: delimiter, width: width, comments: comments, into: &c)
            chunks = [c]
        }

        // Stitch the chunks together.
        var stitch = ScanStitcher(head: head)
        for (k, c) in chunks.enumerated() {
            try stitch.add(c, name: name)
            if k == 0 {
                out.columns = c.columns
            } else if let into = out.columns, let from = c.columns {
                for j in 0..<width { into.buffers[j].append(from.buffers[j]) }
            }
        }
        out.rowCount = stitch.rowBase
        out.issues += stitch.issues()

        // Cells past the header's width: kept in extra columns unless every one is empty.
        let extras = stitch.extras
        if !extras.isEmpty {
            let maxColumn = extras.reduce(0) { max($0, $1.column) }
            var columns = [[UInt64]](repeating: [], count: maxColumn - width + 1)
            var nonEmpty = [Bool](repeating: false, count: columns.count)
            for e in extras where CellSpan.length(e.span) > 0 || CellSpan.flag(e.span) != CellFlag.plain {
                nonEmpty[e.column - width] = true
            }
            for k in columns.indices where nonEmpty[k] {
                columns[k] = [UInt64](repeating: CellSpan.missing, count: out.rowCount)
            }
            for e in extras where nonEmpty[e.column - width] { columns[e.column - width][e.row] = e.span }
            var taken = Set(out.names)
            var kept = 0
            for k in columns.indices where nonEmpty[k] {
                // Numbered without gaps: an all-empty surplus column in between takes no number.
                kept += 1
                var name = "extra\(kept)"
                var suffix = 2
                while taken.contains(name) { name = "extra\(kept)_\(suffix)"; suffix += 1 }
                taken.insert(name)
                out.names.append(name)
                out.extraColumns.append(columns[k])
            }
            if kept > 0 {
                out.issues.append(LoadIssue(.longRow, line: nil,
                    "cells past the \(width) header columns were kept in \(kept) extra \(kept == 1 ? "column" : "columns"): "
                    + out.names.suffix(kept).joined(separator: ", ")))
            } else {
                out.issues.append(LoadIssue(.longRow, line: nil,
                    "the cells past the \(width) header columns were all empty and were ignored"))
            }
        }
        return out
    }

    /// The first record of a file: its names (or the finding that it is data), the width of
    /// every record, and where the data starts. Nil when the file holds only blank lines.
    static func head(_ buf: UnsafeBufferPointer<UInt8>, start: Int, delimiter: UInt8, hasHeader: Bool?,
                     comments: Bool, name: String) throws(Diagnostic) -> CSVHead? {
        let n = buf.count
        guard let p = buf.baseAddress, n > start else { return nil }
        var head = ScanChunk()
        scanRecords(p, n, start: start, softEnd: n, delimiter: delimiter, width: nil, comments: comments, maxRows: 1, into: &head)
        try check(head, name: name, lineBase: 0)
        if head.rows == 0 { return nil }
        var out = CSVHead(chunk: head)
        var headWidth = head.spans.count
        // The first record's line: after the blank, comment and empty lines skipped before it.
        let firstLine = head.blankCount + head.commentCount + head.emptyRowCount + 1
        out.header = hasHeader ?? true
        if hasHeader == nil, let kind = firstRowIsData(head.spans, buf) {
            out.header = false
            out.issues.append(LoadIssue(.header, line: firstLine,
                "the first row is data, not names (every cell is \(kind)): the columns are called column1…column\(headWidth); "
                + "read(\"…\", header = true) reads it as names"))
        }
        out.dataStart = start
        if out.header {
            out.names = headerNames(head.spans, buf, issues: &out.issues, line: firstLine)
            out.dataStart = head.end
            out.lineBase = head.lines
            // R's write.table: the header has one name fewer than every row, which start with a row name.
            if rowsAreOneWider(p, n, from: out.dataStart, delimiter: delimiter, width: headWidth, comments: comments) {
                var renamed: [LoadIssue] = []
                out.names = uniqueNames(["row_names"] + out.names, issues: &renamed, line: firstLine)
                headWidth += 1
                out.issues.append(LoadIssue(.header, line: firstLine,
                    "the header has one name fewer than the rows (R's write.table layout): the first column holds row names "
                    + "and is called `\(out.names[0])`"))
            }
        } else {
            out.names = (1...headWidth).map { "column\($0)" }
        }
        out.width = headWidth
        return out
    }

    /// Joins the scans of consecutive parts of a file (in file order): row and line numbers
    /// made absolute, and what each part skipped or mended counted together.
    struct ScanStitcher {
        let width: Int
        /// Rows and line breaks of the parts added so far.
        var rowBase = 0
        var lineBase: Int
        /// Cells past the header's width: (absolute row, column, span into its part's bytes).
        var extras: [(row: Int, column: Int, span: UInt64)] = []
        private var tally = SkipTally()
        private var shortIssues: [LoadIssue] = [], longIssues: [LoadIssue] = []

        init(head: CSVHead) {
            width = head.width
            lineBase = head.lineBase
            // Lines skipped before the header (without one, the data scan meets them again).
            if head.header { tally.add(head.chunk, lineBase: 0) }
        }

        mutating func add(_ c: ScanChunk, name: String) throws(Diagnostic) {
            try CSVReader.check(c, name: name, lineBase: lineBase)
            for e in c.extras { extras.append((e.row + rowBase, e.column, e.span)) }
            for r in c.shortRows where shortIssues.count < ScanChunk.keepExamples {
                shortIssues.append(LoadIssue(.shortRow, line: lineBase + r.line + 1,
                    "\(r.cells) \(r.cells == 1 ? "cell" : "cells"), expected \(width): padded with nulls"))
            }
            for r in c.longRows where longIssues.count < ScanChunk.keepExamples {
                longIssues.append(LoadIssue(.longRow, line: lineBase + r.line + 1, "\(r.cells) cells, expected \(width)"))
            }
            tally.add(c, lineBase: lineBase)
            tally.shortCount += c.shortCount
            tally.longCount += c.longCount
            rowBase += c.rows
            lineBase += c.lines
        }

        func issues() -> [LoadIssue] { tally.issues(short: shortIssues, long: longIssues) }
    }

    /// What the scan skipped or mended, across chunks, as report lines (the first few of each
    /// kind with their lines, then a total).
    fileprivate struct SkipTally {
        var blank: [LoadIssue] = [], empty: [LoadIssue] = [], comment: [LoadIssue] = []
        var stray: [LoadIssue] = [], strayOpen: [LoadIssue] = []
        var blankCount = 0, emptyCount = 0, commentCount = 0, strayCount = 0, strayOpenCount = 0
        var shortCount = 0, longCount = 0

        mutating func add(_ c: ScanChunk, lineBase: Int) {
            let keep = ScanChunk.keepExamples
            for l in c.blankLines where blank.count < keep { blank.append(LoadIssue(.blankLines, line: lineBase + l + 1, "blank line skipped")) }
            for l in c.emptyRows where empty.count < keep {
                empty.append(LoadIssue(.emptyRows, line: lineBase + l + 1, "row of empty cells skipped"))
            }
            for l in c.commentLines where comment.count < keep {
                comment.append(LoadIssue(.commentLines, line: lineBase + l + 1, "comment line skipped"))
            }
            for l in c.strayQuoteLines where stray.count < keep {
                stray.append(LoadIssue(.strayQuote, line: lineBase + l + 1, "text after a closing quote was kept in the field"))
            }
            for q in c.strayOpenQuotes where strayOpen.count < keep {
                let first = lineBase + q.line + 1, last = lineBase + q.through + 1
                let what = q.through < 0 ? "it is never closed, and would have taken in every line after it"
                    : "it would have joined lines \(first)–\(last) into one cell"
                strayOpen.append(LoadIssue(.unclosedQuote, line: first,
                    "a `\"` opens a cell but is not closed properly (\(what)); it was kept as text and the row ends at its line"))
            }
            blankCount += c.blankCount
            emptyCount += c.emptyRowCount
            commentCount += c.commentCount
            strayCount += c.strayQuoteCount
            strayOpenCount += c.strayOpenCount
        }

        func issues(short: [LoadIssue], long: [LoadIssue]) -> [LoadIssue] {
            var out: [LoadIssue] = []
            func more(_ shown: Int, _ total: Int, _ kind: LoadIssue.Kind, _ what: String) {
                if total > shown {
                    out.append(LoadIssue(kind, line: nil, "\(total) \(what) in all (the first \(shown) are listed)"))
                }
            }
            out += comment; more(comment.count, commentCount, .commentLines, "comment lines were skipped")
            out += blank; more(blank.count, blankCount, .blankLines, "blank lines were skipped")
            out += empty; more(empty.count, emptyCount, .emptyRows, "rows of empty cells were skipped")
            out += short; more(short.count, shortCount, .shortRow, "rows had too few cells and were padded with nulls")
            out += long; more(long.count, longCount, .longRow, "rows had too many cells")
            out += strayOpen; more(strayOpen.count, strayOpenCount, .unclosedQuote, "cells opened with a quote that was not closed properly")
            out += stray; more(stray.count, strayCount, .strayQuote, "fields had text after their closing quote")
            return out
        }
    }

    /// True when the few records from `from` all have exactly one cell more than `width`.
    static func rowsAreOneWider(_ p: UnsafePointer<UInt8>, _ n: Int, from: Int, delimiter: UInt8, width: Int, comments: Bool) -> Bool {
        var at = from
        var seen = 0
        while seen < 5, at < n {
            var c = ScanChunk()
            scanRecords(p, n, start: at, softEnd: n, delimiter: delimiter, width: nil, comments: comments, maxRows: 1, into: &c)
            if c.rows == 0 { break }
            // Row names come first and are never empty; a trailing delimiter (`1,2,`) is not this layout.
            guard c.spans.count == width + 1, let first = c.spans.first, let last = c.spans.last,
                  CellSpan.length(first) > 0, CellSpan.length(last) > 0 || CellSpan.flag(last) != CellFlag.plain else { return false }
            seen += 1
            at = c.end
        }
        return seen > 0
    }

    /// Why the first row is data rather than names: every cell is a number (and they are not
    /// all years, which are common column names). Nil when it may be a header.
    static func firstRowIsData(_ spans: [UInt64], _ buf: UnsafeBufferPointer<UInt8>) -> String? {
        guard !spans.isEmpty, let base = buf.baseAddress else { return nil }
        var scratch = CellScratch()
        defer { scratch.free() }
        var allYears = true
        for s in spans {
            if CellSpan.flag(s) != CellFlag.plain { return nil }
            var (q, len) = scratch.bytes(s, base)
            while len > 0, q[0] == asciiSpace || q[0] == asciiTab { q += 1; len -= 1 }
            while len > 0, q[len - 1] == asciiSpace || q[len - 1] == asciiTab { len -= 1 }
            guard len > 0 else { return nil }
            let c = classifyCellText(q, len)
            switch c.kind {
            case CellKind.int:
                if !(len == 4 && (1900...2100).contains(c.payload)) { allYears = false }
            case CellKind.decimal, CellKind.float, CellKind.money, CellKind.percent, CellKind.wideNumber:
                allYears = false
            default:
                return nil
            }
        }
        return allYears ? nil : "a number"
    }

    private static func appendMore(_ issues: inout [LoadIssue], shown: Int, total: Int, kind: LoadIssue.Kind, what: String) {
        if total > shown {
            issues.append(LoadIssue(kind, line: nil, "\(total) \(what) in all (the first \(shown) are listed)"))
        }
    }

    fileprivate static func check(_ c: ScanChunk, name: String, lineBase: Int) throws(Diagnostic) {
        if let l = c.tooLongLine {
            throw Diagnostic(kind: .data, "\(name):\(lineBase + l + 1): a field is longer than \(CellSpan.maxLength) bytes",
                             at: nil)
        }
    }

    /// Header names: trimmed; empty names become `columnN`; duplicates get `_2`, `_3`…; both reported.
    static func headerNames(_ spans: [UInt64], _ buf: UnsafeBufferPointer<UInt8>, issues: inout [LoadIssue], line: Int) -> [String] {
        var raw: [String] = []
        var scratch = CellScratch()
        defer { scratch.free() }
        for s in spans {
            let (q, len) = scratch.bytes(s, buf.baseAddress!)
            var a = 0, b = len
            while a < b, q[a] == asciiSpace || q[a] == asciiTab { a += 1 }
            while b > a, q[b - 1] == asciiSpace || q[b - 1] == asciiTab { b -= 1 }
            raw.append(String(decoding: UnsafeBufferPointer(start: q + a, count: b - a), as: UTF8.self))
        }
        return uniqueNames(raw, issues: &issues, line: line)
    }

    /// Makes names non-empty and unique, reporting each change.
    static func uniqueNames(_ raw: [String], issues: inout [LoadIssue], line: Int?) -> [String] {
        var names: [String] = []
        var taken = Set<String>()
        var seen = Set<String>()
        for name in raw where !name.isEmpty { seen.insert(name) }
        for (k, name) in raw.enumerated() {
            if name.isEmpty {
                var candidate = "column\(k + 1)"
                var suffix = 2
                while taken.contains(candidate) || seen.contains(candidate) { candidate = "column\(k + 1)_\(suffix)"; suffix += 1 }
                issues.append(LoadIssue(.emptyHeader, line: line, "column \(k + 1) has no name; it is called `\(candidate)`"))
                names.append(candidate)
                taken.insert(candidate)
            } else if taken.contains(name) {
                var suffix = 2
                var candidate = "\(name)_\(suffix)"
                while taken.contains(candidate) || seen.contains(candidate) { suffix += 1; candidate = "\(name)_\(suffix)" }
                issues.append(LoadIssue(.duplicateHeader, line: line,
                    "column \(k + 1) repeats the name `\(name)`; it is called `\(candidate)`"))
                names.append(candidate)
                taken.insert(candidate)
            } else {
                names.append(name)
                taken.insert(name)
            }
        }
        return names
    }

    /// The delimiter space-aligned files are rewritten with (runs of spaces → one of these).
    static let unitSeparator: UInt8 = 0x1F

    enum SniffedDelimiter: Equatable {
        case byte(UInt8)
        /// Columns separated by runs of spaces (R's `print`, fixed-width exports).
        case spaces
    }

    /// Guesses the delimiter from the first 30 records (64 KiB at most), honouring quotes and
    /// skipping blank and comment lines: for each of `,` `;` TAB `|`, the number of fields on each
    /// line. A candidate fits when at least 2 fields appear on 80% or more of the lines (the first
    /// line may have one field fewer: R's write.table). `preferred` wins when it fits; otherwise the
    /// candidate that fits the most lines (then the most fields). Runs of spaces are tried last and
    /// must give the same count on every line. Nil when nothing fits (a one-column file).
    static func sniffDelimiter(_ buf: UnsafeBufferPointer<UInt8>, start: Int, preferred: UInt8,
                               comments: Bool) -> SniffedDelimiter? {
        let candidates: [UInt8] = [asciiComma, asciiSemicolon, asciiTab, UInt8(ascii: "|")]
        var counts = [[Int]](repeating: [], count: candidates.count + 1)  // last: runs of spaces
        var current = [Int](repeating: 0, count: candidates.count + 1)
        let n = min(buf.count, start + (64 << 10))
        var i = start
        var inQuote = false
        var lineStart = true
        var skipLine = false
        var inText = false  // for space runs: inside a field
        var lineHasText = false
        var lines = 0
        func endLine() {
            if lineHasText, !skipLine {
                for k in 0..<current.count { counts[k].append(current[k] + 1) }
                lines += 1
            }
            for k in 0..<current.count { current[k] = 0 }
            lineHasText = false
            skipLine = false
            lineStart = true
            inText = false
        }
        while i < n, lines < 30 {
            let b = buf[i]
            i += 1
            if lineStart {
                lineStart = false
                if comments, b == UInt8(ascii: "#") { skipLine = true }
            }
            if b == asciiQuote { inQuote.toggle() }
            if inQuote { lineHasText = true; inText = true; continue }
            if b == asciiLF || b == asciiCR {
                endLine()
                continue
            }
            if b == asciiSpace {
                if inText { inText = false; current[candidates.count] += 1 }
                continue
            }
            if !inText, b != asciiTab { inText = true }
            lineHasText = true
            for k in candidates.indices where candidates[k] == b { current[k] += 1 }
        }
        if i >= buf.count, lines < 30 { endLine() }
        guard lines > 0 else { return nil }
        // A fit: the most common field count (≥ 2), how many lines have exactly it, and how many
        // fit when a first line one field short (R's header) is allowed.
        func fit(_ fields: [Int], strict: Bool) -> (exact: Int, fields: Int)? {
            var tally: [Int: Int] = [:]
            for f in fields { tally[f, default: 0] += 1 }
            guard let (mode, freq) = tally.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key < $1.key) }),
                  mode >= 2 else { return nil }
            var fitting = freq
            if fields.count > 1, fields[0] == mode - 1 { fitting += 1 }
            if strict ? fitting < fields.count : Double(fitting) < 0.8 * Double(fields.count) { return nil }
            return (freq, mode)
        }
        // Most lines with exactly the same count first; then the extension's delimiter; then more fields.
        var best: (k: Int, exact: Int, fields: Int)? = nil
        for k in candidates.indices {
            guard let f = fit(counts[k], strict: false) else { continue }
            let better: Bool
            if let b = best {
                if f.exact != b.exact { better = f.exact > b.exact }
                else if candidates[k] == preferred || candidates[b.k] == preferred { better = candidates[k] == preferred }
                else { better = f.fields > b.fields }
            } else {
                better = true
            }
            if better { best = (k, f.exact, f.fields) }
        }
        if let best { return .byte(candidates[best.k]) }
        if lines >= 2, fit(counts[candidates.count], strict: true) != nil { return .spaces }
        return nil
    }

    /// True when the first non-blank line starts with `#` (the file uses comment lines).
    static func startsWithComment(_ buf: UnsafeBufferPointer<UInt8>, start: Int) -> Bool {
        var i = start
        while i < buf.count, buf[i] == asciiLF || buf[i] == asciiCR { i += 1 }
        return i < buf.count && buf[i] == UInt8(ascii: "#")
    }

    /// `#,name,value` then `1,a,2`: a first line starting with `#` that has as many delimiters
    /// (at least one) as the next line is a header, not a comment.
    static func commentLineIsHeader(_ buf: UnsafeBufferPointer<UInt8>, start: Int, delimiter: UInt8) -> Bool {
        var i = start
        while i < buf.count, buf[i] == asciiLF || buf[i] == asciiCR { i += 1 }
        var counts: [Int] = []
        var current = 0
        var inQuote = false
        while i < buf.count, counts.count < 2 {
            let b = buf[i]
            i += 1
            if b == asciiQuote { inQuote.toggle() }
            else if !inQuote, b == delimiter { current += 1 }
            else if !inQuote, b == asciiLF || b == asciiCR {
                if i < buf.count, b == asciiCR, buf[i] == asciiLF { i += 1 }
                counts.append(current)
                current = 0
            }
        }
        if counts.count < 2, current > 0 || counts.count == 1 { counts.append(current) }
        return counts.count == 2 && counts[0] >= 1 && counts[0] == counts[1]
    }

    /// A space-aligned file rewritten for the scanner: each line trimmed, and each run of spaces
    /// or tabs outside quotes replaced by one `unitSeparator`. Line breaks stay, so line numbers hold.
    static func collapsingSpaceRuns(_ buf: UnsafeBufferPointer<UInt8>, start: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(buf.count - start)
        var inQuote = false
        var pendingSeparator = false
        var lineStart = true
        for k in start..<buf.count {
            let b = buf[k]
            if inQuote {
                out.append(b)
                if b == asciiQuote { inQuote = false }
                continue
            }
            if b == asciiSpace || b == asciiTab {
                if !lineStart { pendingSeparator = true }
                continue
            }
            if b == asciiLF || b == asciiCR {
                pendingSeparator = false
                lineStart = true
                out.append(b)
                continue
            }
            if pendingSeparator { out.append(unitSeparator); pendingSeparator = false }
            lineStart = false
            if b == asciiQuote { inQuote = true }
            out.append(b)
        }
        return out
    }
}


/// A reusable buffer for cells that need unescaping (`"say ""hi"""` → `say "hi"`).
struct CellScratch {
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int

    init() {
        capacity = 256
        buffer = .allocate(capacity: capacity)
    }

    func free() { buffer.deallocate() }

    /// The bytes of a span (unescaped when needed); valid until the next call.
    @inline(__always)
    mutating func bytes(_ span: UInt64, _ base: UnsafePointer<UInt8>) -> (UnsafePointer<UInt8>, Int) {
        let start = CellSpan.start(span), len = CellSpan.length(span)
        if CellSpan.flag(span) != CellFlag.escaped { return (base + start, len) }
        return unescape(base + start, len)
    }

    private mutating func unescape(_ p: UnsafePointer<UInt8>, _ len: Int) -> (UnsafePointer<UInt8>, Int) {
        if len > capacity {
            buffer.deallocate()
            capacity = len
            buffer = .allocate(capacity: capacity)
        }
        var o = 0
        var i = 0
        var inQuote = false
        while i < len {
            let b = p[i]
            if b == asciiQuote {
                if inQuote, i + 1 < len, p[i + 1] == asciiQuote {
                    buffer[o] = asciiQuote; o += 1; i += 2; continue
                }
                inQuote.toggle()
                i += 1
                continue
            }
            buffer[o] = b
            o += 1
            i += 1
        }
        return (UnsafePointer(buffer), o)
    }
}
