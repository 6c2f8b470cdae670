#if canImport(Dispatch)
import Dispatch
#endif

// The CSV/TSV reader is hand-written over UTF-8 bytes because it must be fast: a 60 MB,
// 1,000,000-row file has to load in well under a second. `String`/`Character` scanning is
// ~100× slower (SWIFT-ENGINEERING §4.1), so nothing here creates a `String` per cell.
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
    /// Lines with text after a closing quote (kept in the field).
    var strayQuoteLines: [Int] = []
    var strayQuoteCount = 0
    /// Line on which an unterminated quoted field opened.
    var unterminatedLine: Int?
    var tooLongLine: Int?

    static let keepExamples = 10
}

/// Scans records in `p[start..<n]`, stopping at the first record that starts at or after
/// `softEnd` (records that start before it are read to their end). Each record yields
/// exactly `width` spans (short rows padded with `CellSpan.missing`; cells past `width` go to
/// `extras`) unless `width` is nil, in which case cells are appended as they come. Blank
/// lines are skipped (and reported), except in a one-column file where they are empty values.
func scanRecords(_ p: UnsafePointer<UInt8>, _ n: Int, start: Int, softEnd: Int, delimiter d: UInt8,
                 width: Int?, maxRows: Int = Int.max, into c: inout ScanChunk) {
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
        var col = 0
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
                if !closed {
                    c.unterminatedLine = quoteLine
                    return
                }
                if i < n, p[i] != d, p[i] != asciiLF, p[i] != asciiCR {
                    // Text after the closing quote: kept as part of the field, and reported.
                    if c.strayQuoteLines.count < ScanChunk.keepExamples { c.strayQuoteLines.append(lines) }
                    c.strayQuoteCount += 1
                    while i < n {
                        let b = p[i]
                        if b == d || b == asciiLF || b == asciiCR { break }
                        i += 1
                    }
                    escaped = true
                }
                if i - q >= CellSpan.maxLength { c.tooLongLine = quoteLine; return }
                span = escaped ? CellSpan.make(q, i - q, CellFlag.escaped)
                    : CellSpan.make(q + 1, i - q - 2, CellFlag.quoted)
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

enum CSVReader {
    /// Reads the structure of CSV/TSV `bytes` (already BOM-stripped and valid UTF-8).
    static func structure(_ buf: UnsafeBufferPointer<UInt8>, start: Int, delimiter: UInt8, hasHeader: Bool,
                          name: String, parallel: Bool) throws(Diagnostic) -> CSVStructure {
        let n = buf.count
        var out = CSVStructure()
        guard let p = buf.baseAddress, n > start else { return out }
        if n >= CellSpan.maxStart {
            throw Diagnostic(kind: .io, "\(name) is \(n) bytes; files of 4 GiB or more are not supported", at: nil)
        }
        // The first record: header names, or the width when there is no header.
        var head = ScanChunk()
        scanRecords(p, n, start: start, softEnd: n, delimiter: delimiter, width: nil, maxRows: 1, into: &head)
        try check(head, name: name, lineBase: 0)
        if head.rows == 0 { return out }  // only blank lines
        let width = head.spans.count
        out.width = width
        var dataStart = start
        var lineBase = 0
        if hasHeader {
            out.names = headerNames(head.spans, buf, issues: &out.issues, line: head.blankCount + 1)
            dataStart = head.end
            lineBase = head.lines
        } else {
            out.names = (1...width).map { "column\($0)" }
        }

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
                    scanRecords(bytes.value, n, start: from, softEnd: s, delimiter: delimiter, width: width, into: &c)
                } else {
                    scanRecords(bytes.value, n, start: s, softEnd: n, delimiter: delimiter, width: width, into: &c)
                }
                results.set(k, c)
            }
            let first = results.take(0)
            if first.end == split || first.unterminatedLine != nil || first.tooLongLine != nil {
                chunks = [first, results.take(1)]
            } else {
                // The split fell inside a quoted field: re-scan the rest from where the first half ended.
                var second = ScanChunk()
                second.columns = SpanColumns(count: width, capacity: estimatedRows / 2 + 1024)
                scanRecords(p, n, start: first.end, softEnd: n, delimiter: delimiter, width: width, into: &second)
                chunks = [first, second]
            }
        } else {
            var c = ScanChunk()
            c.columns = SpanColumns(count: width, capacity: estimatedRows)
            scanRecords(p, n, start: dataStart, softEnd: n, delimiter: delimiter, width: width, into: &c)
            chunks = [c]
        }

        // Stitch the chunks together.
        var rowBase = 0
        var extras: [(row: Int, column: Int, span: UInt64)] = []
        var shortCount = 0, longCount = 0, blankCount = 0, strayCount = 0
        var shortIssues: [LoadIssue] = [], longIssues: [LoadIssue] = [], blankIssues: [LoadIssue] = []
        if hasHeader {
            blankCount = head.blankCount
            for l in head.blankLines { blankIssues.append(LoadIssue(.blankLines, line: l + 1, "blank line skipped")) }
        }
        var strayIssues: [LoadIssue] = []
        for (k, c) in chunks.enumerated() {
            try check(c, name: name, lineBase: lineBase)
            if k == 0 {
                out.columns = c.columns
            } else if let into = out.columns, let from = c.columns {
                for j in 0..<width { into.buffers[j].append(from.buffers[j]) }
            }
            for e in c.extras { extras.append((e.row + rowBase, e.column, e.span)) }
            for r in c.shortRows where shortIssues.count < ScanChunk.keepExamples {
                shortIssues.append(LoadIssue(.shortRow, line: lineBase + r.line + 1,
                    "\(r.cells) \(r.cells == 1 ? "cell" : "cells"), expected \(width): padded with nulls"))
            }
            for r in c.longRows where longIssues.count < ScanChunk.keepExamples {
                longIssues.append(LoadIssue(.longRow, line: lineBase + r.line + 1, "\(r.cells) cells, expected \(width)"))
            }
            for l in c.blankLines where blankIssues.count < ScanChunk.keepExamples {
                blankIssues.append(LoadIssue(.blankLines, line: lineBase + l + 1, "blank line skipped"))
            }
            for l in c.strayQuoteLines where strayIssues.count < ScanChunk.keepExamples {
                strayIssues.append(LoadIssue(.strayQuote, line: lineBase + l + 1,
                    "text after a closing quote was kept in the field"))
            }
            shortCount += c.shortCount
            longCount += c.longCount
            blankCount += c.blankCount
            strayCount += c.strayQuoteCount
            rowBase += c.rows
            lineBase += c.lines
        }
        out.rowCount = rowBase
        out.issues += blankIssues
        appendMore(&out.issues, shown: blankIssues.count, total: blankCount, kind: .blankLines,
                   what: "blank lines were skipped")
        out.issues += shortIssues
        appendMore(&out.issues, shown: shortIssues.count, total: shortCount, kind: .shortRow,
                   what: "rows had too few cells and were padded with nulls")
        out.issues += longIssues
        appendMore(&out.issues, shown: longIssues.count, total: longCount, kind: .longRow, what: "rows had too many cells")
        out.issues += strayIssues
        appendMore(&out.issues, shown: strayIssues.count, total: strayCount, kind: .strayQuote,
                   what: "fields had text after their closing quote")

        // Cells past the header's width: kept in extra columns unless every one is empty.
        if !extras.isEmpty {
            let maxColumn = extras.reduce(0) { max($0, $1.column) }
            var columns = [[UInt64]](repeating: [], count: maxColumn - width + 1)
            var nonEmpty = [Bool](repeating: false, count: columns.count)
            for e in extras where CellSpan.length(e.span) > 0 || CellSpan.flag(e.span) != CellFlag.plain {
                nonEmpty[e.column - width] = true
            }
            var kept = 0
            for k in columns.indices where nonEmpty[k] {
                columns[k] = [UInt64](repeating: CellSpan.missing, count: out.rowCount)
                kept += 1
            }
            for e in extras where nonEmpty[e.column - width] { columns[e.column - width][e.row] = e.span }
            var taken = Set(out.names)
            for k in columns.indices where nonEmpty[k] {
                var name = "extra\(k + 1)"
                var suffix = 2
                while taken.contains(name) { name = "extra\(k + 1)_\(suffix)"; suffix += 1 }
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

    private static func appendMore(_ issues: inout [LoadIssue], shown: Int, total: Int, kind: LoadIssue.Kind, what: String) {
        if total > shown {
            issues.append(LoadIssue(kind, line: nil, "\(total) \(what) in all (the first \(shown) are listed)"))
        }
    }

    private static func check(_ c: ScanChunk, name: String, lineBase: Int) throws(Diagnostic) {
        if let l = c.unterminatedLine {
            throw Diagnostic(kind: .data,
                "\(name):\(lineBase + l + 1): unterminated quoted field: the quote opened on line \(lineBase + l + 1) is never closed",
                at: nil, hints: ["a field that contains a quote must be quoted and the quote doubled: \"say \"\"hi\"\"\""])
        }
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

    /// Guesses the delimiter from the first lines: `allowed` candidates, the one that appears
    /// the same number of times (≥ 1) on every sampled line wins; ties prefer the earlier candidate.
    static func sniff(_ buf: UnsafeBufferPointer<UInt8>, start: Int, candidates: [UInt8]) -> UInt8? {
        let n = buf.count
        var counts = [[Int]](repeating: [], count: candidates.count)
        var current = [Int](repeating: 0, count: candidates.count)
        var i = start
        var inQuote = false
        var lines = 0
        var lineHasText = false
        while i < n, lines < 20, i - start < 1 << 20 {
            let b = buf[i]
            if b == asciiQuote { inQuote.toggle() }
            else if !inQuote, b == asciiLF || b == asciiCR {
                if lineHasText {
                    for k in candidates.indices { counts[k].append(current[k]) }
                    lines += 1
                }
                current = [Int](repeating: 0, count: candidates.count)
                lineHasText = false
            } else if !inQuote {
                lineHasText = true
                for k in candidates.indices where candidates[k] == b { current[k] += 1 }
            }
            i += 1
        }
        if lineHasText, lines < 20 { for k in candidates.indices { counts[k].append(current[k]) } }
        guard let first = counts.first, !first.isEmpty else { return nil }
        var best: UInt8? = nil
        var bestCount = 0
        for k in candidates.indices {
            let c = counts[k]
            guard let h = c.first, h >= 1, c.allSatisfy({ $0 == h }) else { continue }
            if h > bestCount || best == nil { best = candidates[k]; bestCount = h }
        }
        return best
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
