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
import Synchronization

// Streaming a large CSV/TSV file through a query, a part ("morsel") at a time, on every core:
// each morsel is cut at a record boundary, scanned, typed to the types the statement was bound
// with, and handed to the query's `process` step on the worker that read it; the results are
// merged in file order. The file is never resident as a whole (its pages are given back as
// morsels are merged) and no column of the whole file is built unless the query asks for it.
//
// A morsel starts at the byte after the first line feed at or after its nominal offset. That is
// a guess: the line feed may be inside a quoted field. The guess is checked when the morsel is
// merged (the previous morsel must have ended exactly there) and the morsel is scanned again from
// the right place when it was wrong — the way the whole-file reader splits a file in two.
//
// Everything a whole-file load would report is reported the same way (the same head, the same
// stitching of skipped lines and short rows, the same header checks). Whatever a whole-file load
// might type or report differently — a cell that does not fit the column's type, a row with too
// many cells, invalid UTF-8, a text column that the whole file would type — makes the stream give
// up (nil), and the caller loads the file whole instead.

/// What a streamed read needs: the file, how to read it, the columns as bound, and which to type.
struct CSVStreamRequest {
    var path: String
    var options: ReadOptions
    /// The table's columns as the statement was bound (names must match the file's header).
    var schema: [ColumnInfo]
    /// The columns to type, by index into `schema`, and how; the others are null placeholders.
    var types: [Int: StreamedColumnType]
    /// About how many bytes each morsel holds: large enough that a morsel's fixed costs (a
    /// table, its dictionaries, a partial result) are small against its rows, small enough that
    /// its span buffers stay in cache.
    var morselBytes = 4 << 20
}

/// A morsel's place in the file, handed to `merge` with its result.
struct MorselPlace {
    var index: Int
    /// Data rows before the morsel.
    var rowBase: Int
    /// About how many data rows the whole file has, from the rows per byte so far.
    var expectedRows: Int
}

/// What a whole stream found.
struct CSVStreamResult {
    var rowCount: Int
    /// The loader's findings, as a whole-file load reports them.
    var findings: [Diagnostic]
    /// Per typed text column (by schema index): its values in order of first appearance, and how
    /// many cells hold each.
    var textValues: [Int: TextColumnValues]
}

/// A text column's distinct values and their counts.
struct TextColumnValues: Sendable {
    var values: [String] = []
    var counts: [Int] = []
    var nullCount = 0
    fileprivate var lookup: [String: UInt32] = [:]

    /// Adds a morsel's dictionary (with its per-entry counts).
    fileprivate mutating func add(_ dictionary: [String], counts local: [Int], nulls: Int) {
        nullCount += nulls
        for c in 0..<min(dictionary.count, local.count) {
            let s = dictionary[c]
            let g: UInt32
            if let known = lookup[s] {
                g = known
            } else {
                g = UInt32(values.count)
                lookup[s] = g
                values.append(s)
                counts.append(0)
            }
            counts[Int(g)] += local[c]
        }
    }
}

enum CSVStream {
    /// Streams `request.path` through `process` (on worker threads, one morsel at a time) and
    /// `merge` (in file order, one morsel at a time). Nil when the file cannot be streamed with
    /// these types, or `process` or `merge` failed: the caller then reads the file whole.
    /// A cancelled or timed-out run throws its diagnostic.
    static func run<P>(_ request: CSVStreamRequest, files: any FileSystem,
                       process: @escaping (Table) throws -> P,
                       merge: @escaping (P, MorselPlace) throws -> Void) throws(Diagnostic) -> CSVStreamResult? {
        let path = request.path
        guard !path.contains("#"), request.options.table == nil else { return nil }
        let format = request.options.format ?? TabularFormat.forPath(path)
        guard format == .csv || format == .tsv else { return nil }
        // Columns named `*_text` are made text after a load (DataFiles.keepVerbatimColumnsAsText).
        for (j, t) in request.types where DataFiles.isVerbatimColumn(request.schema[j].name) && t.type != .text { return nil }
        let runGuard = RunGuard.current
        return try files.withStreamedContents(of: path) { (file) throws(Diagnostic) -> CSVStreamResult? in
            guard let stream = try StreamRun<P>(request: request, file: file, format: format ?? .csv, runGuard: runGuard,
                                            process: process, merge: merge) else { return nil }
            try stream.run()
            return stream.result()
        }
    }

    /// The byte after the first line feed at or after `from` (or `n`).
    static func afterLineFeed(_ p: UnsafePointer<UInt8>, _ n: Int, from: Int) -> Int {
        guard from < n, let hit = memchr(p + from, Int32(asciiLF), n - from) else { return n }
        return p.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
    }
}

/// One morsel scanned and typed (or found not to fit), with the query step's result.
private struct Morsel<P> {
    var index: Int
    /// Where the scan started and the offset it was told to stop at.
    var start: Int
    var softEnd: Int
    /// The scan without its span buffers: rows, lines, skipped-line examples; `end` is absolute.
    var chunk = ScanChunk()
    var columns: [Int: MorselColumn] = [:]
    var fits = true
    var result: Result<P, any Error>? = nil
}

/// One streamed read: the file's head, the workers' shared state, and the merge's state.
private final class StreamRun<P>: @unchecked Sendable {
    let request: CSVStreamRequest
    let file: StreamedFile
    let format: TabularFormat
    let runGuard: RunGuard?
    let process: (Table) throws -> P
    let mergePartial: (P, MorselPlace) throws -> Void
    let p: UnsafePointer<UInt8>
    let n: Int
    let dialect: TabularLoader.Dialect
    let options: LoadOptions
    let head: CSVHead
    let morselCount: Int

    enum Stop: Error { case giveUp, stopped(Diagnostic) }

    /// Claims, results waiting to be merged, and who is merging.
    struct Shared {
        var next = 0
        var merged = 0
        var ready: [Int: Morsel<P>] = [:]
        var merging = false
        var stop: Stop? = nil
    }
    /// Guarded by `lock` (a `Mutex` holds only sendable values; a partial result need not be).
    private var sharedState = Shared()
    private let lock = Mutex(())

    @inline(__always) func withShared<R>(_ body: (inout Shared) -> R) -> R {
        lock.withLock { _ in body(&sharedState) }
    }

    // The merge's state: touched only by the worker that holds `merging`.
    var stitch: CSVReader.ScanStitcher
    var expected: Int
    var textValues: [Int: TextColumnValues] = [:]
    var values: [Int: Int] = [:]
    var defining: Set<Int> = []

    /// Reads the file's head as a whole-file load does; nil when the file is not one to stream.
    init?(request: CSVStreamRequest, file: StreamedFile, format: TabularFormat, runGuard: RunGuard?,
          process: @escaping (Table) throws -> P, merge: @escaping (P, MorselPlace) throws -> Void) throws(Diagnostic) {
        let buf = file.bytes
        guard let p = buf.baseAddress, buf.count > 0 else { return nil }
        let n = buf.count
        // As TabularLoader.load(buffer:) starts: binary files, UTF-16 and the BOM.
        if BinaryKind.of(buf) != nil { return nil }
        if n >= 2, (buf[0] == 0xFF && buf[1] == 0xFE) || (buf[0] == 0xFE && buf[1] == 0xFF) { return nil }
        let start = n >= 3 && buf[0] == 0xEF && buf[1] == 0xBB && buf[2] == 0xBF ? 3 : 0
        var options = LoadOptions()
        options.format = format
        options.delimiter = request.options.delimiter
        options.hasHeader = request.options.header
        let dialect = TabularLoader.dialect(buf, start: start, format: format, options: options)
        // Space-aligned files are rewritten before reading; `;` files read `,` as the decimal mark.
        if dialect.spaceAligned || dialect.delimiter == asciiSemicolon { return nil }
        guard let head = try CSVReader.head(buf, start: start, delimiter: dialect.delimiter, hasHeader: options.hasHeader,
                                            comments: dialect.comments, name: request.path) else { return nil }
        guard head.width >= 2, head.names == request.schema.map(\.name) else { return nil }
        if invalidUTF8Offsets(UnsafeBufferPointer(rebasing: buf[0..<head.dataStart]), from: start).total > 0 { return nil }
        self.request = request
        self.file = file
        self.format = format
        self.runGuard = runGuard
        self.process = process
        self.mergePartial = merge
        self.p = p
        self.n = n
        self.dialect = dialect
        self.options = options
        self.head = head
        morselCount = max(1, (n - head.dataStart + request.morselBytes - 1) / request.morselBytes)
        stitch = CSVReader.ScanStitcher(head: head)
        expected = head.dataStart
        for (j, t) in request.types where t.type == .text { textValues[j] = TextColumnValues() }
    }

    /// Where morsel k is guessed to start: after the first line feed at or after its share.
    func boundary(_ k: Int) -> Int {
        if k <= 0 { return head.dataStart }
        if k >= morselCount { return n }
        return CSVStream.afterLineFeed(p, n, from: head.dataStart + k * request.morselBytes)
    }

    /// Scans, types and processes morsel k from `from` up to the first record at or past `softEnd`.
    func work(_ k: Int, from: Int, softEnd: Int, typer: inout MorselTyper, spans: SpanColumns) -> Morsel<P> {
        var m = Morsel<P>(index: k, start: from, softEnd: softEnd)
        guard from < softEnd else { m.chunk.end = from; return m }
        let width = head.width
        for j in 0..<width { spans.buffers[j].count = 0 }
        var c = ScanChunk()
        c.columns = spans
        let base = p + from
        scanRecords(base, n - from, start: 0, softEnd: softEnd - from, delimiter: dialect.delimiter, width: width,
                    comments: dialect.comments, into: &c)
        c.columns = nil
        c.end += from
        m.chunk = c
        // A field past the limit (an error a whole-file load reports), cells past the header
        // (extra columns), or invalid UTF-8 (replaced by a whole-file load): not streamed.
        if c.tooLongLine != nil || c.longCount > 0 || !c.extras.isEmpty || c.end - from >= CellSpan.maxStart
            || invalidUTF8Offsets(UnsafeBufferPointer(start: base, count: c.end - from), from: 0).total > 0 {
            m.fits = false
            return m
        }
        var columns: [Column] = []
        columns.reserveCapacity(request.schema.count)
        for j in request.schema.indices {
            guard let want = request.types[j] else {
                columns.append(.allNull(count: c.rows))
                continue
            }
            guard var typed = typer.type(UnsafePointer(spans.buffers[j].base), count: c.rows, base: base, as: want) else {
                m.fits = false
                return m
            }
            columns.append(typed.column)
            typed.column = .allNull(count: 0)  // the table has it; the merge needs only the facts
            m.columns[j] = typed
        }
        let table = Table(schema: request.schema, columns: columns, rowCount: c.rows)
        m.result = Result { try process(table) }
        return m
    }

    /// Merges the next morsel in file order: checks its start, stitches its report, maps its text.
    func mergeOne(_ given: Morsel<P>, typer: inout MorselTyper, spans: SpanColumns) throws(Stop) {
        var m = given
        if m.start != expected {
            // The guessed start was inside a quoted field: the previous morsel ran past it.
            if expected >= m.softEnd { return }  // one record took in the whole morsel
            m = work(m.index, from: expected, softEnd: m.softEnd, typer: &typer, spans: spans)
        }
        guard m.fits else { throw .giveUp }
        if let d = runGuard?.stopReason { throw .stopped(d) }
        guard let result = m.result, case .success(let partial) = result else { throw .giveUp }
        do { try stitch.add(m.chunk, name: request.path) } catch { throw .giveUp }
        let read = Double(m.chunk.end - head.dataStart)
        let expectedRows = read > 0 ? Int(Double(stitch.rowBase) / read * Double(n - head.dataStart) * 1.05) + 1024 : 0
        let place = MorselPlace(index: m.index, rowBase: stitch.rowBase - m.chunk.rows, expectedRows: expectedRows)
        for (j, facts) in m.columns {
            values[j, default: 0] += facts.values
            if facts.sawDefiningKind { defining.insert(j) }
            textValues[j]?.add(facts.dictionary, counts: facts.textCounts, nulls: facts.nullCells)
        }
        do { try mergePartial(partial, place) } catch { throw .giveUp }
        file.release(m.start..<m.chunk.end)
        expected = m.chunk.end
    }

    /// Merges ready morsels in order until the next one is not ready (called holding `merging`).
    func drain(typer: inout MorselTyper, spans: SpanColumns) {
        while true {
            let taken: Morsel<P>? = withShared { s in
                if s.stop == nil, let m = s.ready.removeValue(forKey: s.merged) { return m }
                s.merging = false
                return nil
            }
            guard let m = taken else { return }
            do {
                try mergeOne(m, typer: &typer, spans: spans)
                withShared { $0.merged += 1 }
            } catch {
                withShared { $0.stop = error; $0.merging = false; $0.ready.removeAll() }
                return
            }
        }
    }

    /// Workers claim morsels in order; whoever deposits the next morsel to merge merges it (and
    /// any ready after it) while the others go on reading.
    func run() throws(Diagnostic) {
        let workers = max(1, min(morselCount, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))))
        let aheadLimit = 4 * workers
        let width = head.width
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            var typer = MorselTyper()
            defer { typer.free() }
            let spans = SpanColumns(count: width, capacity: 1 << 16)
            while true {
                let claimed: Int? = withShared { s in
                    guard s.stop == nil, s.next < morselCount else { return nil }
                    s.next += 1
                    return s.next - 1
                }
                guard let k = claimed else { break }
                // Not too far ahead of the merge: results wait in memory until merged.
                while withShared({ $0.stop == nil && k - $0.merged > aheadLimit }) { usleep(200) }
                if let d = runGuard?.stopReason {
                    withShared { $0.stop = .stopped(d) }
                    break
                }
                let m = work(k, from: boundary(k), softEnd: boundary(k + 1), typer: &typer, spans: spans)
                let mergeNow: Bool = withShared { s in
                    guard s.stop == nil else { return false }
                    s.ready[k] = m
                    if s.merging { return false }
                    s.merging = true
                    return true
                }
                if mergeNow { drain(typer: &typer, spans: spans) }
            }
        }
        if case .stopped(let d)? = withShared({ $0.stop }) { throw d }
    }

    /// The whole-file checks and the report, after a run; nil when the stream gave up.
    func result() -> CSVStreamResult? {
        let (stop, merged) = withShared { ($0.stop, $0.merged) }
        guard stop == nil, merged == morselCount else { return nil }
        // Whole-file decisions: each typed column must be typed as the sample said.
        let rowCount = stitch.rowBase
        for (j, t) in request.types {
            if t.type == .text {
                guard let text = textValues[j] else { return nil }
                var counts = [Int](repeating: 0, count: CellKind.count)
                for (k, value) in text.values.enumerated() {
                    var s = value
                    let kind = s.withUTF8 { b in b.isEmpty ? CellKind.null : classifyCellText(b.baseAddress!, b.count).kind }
                    counts[Int(kind)] += text.counts[k]
                }
                counts[Int(CellKind.null)] += text.nullCount
                if decideColumn(counts, total: rowCount, threshold: 0.9) != .text { return nil }
            } else if t.type != .null {
                guard values[j, default: 0] > 0, defining.contains(j) else { return nil }
            }
        }
        // The report a whole-file load of the same columns makes (TabularLoader.loadDelimited).
        let reports = request.schema.indices.map { j in
            ColumnReport(name: request.schema[j].name, type: request.types[j]?.type ?? .null,
                         format: request.types[j]?.format ?? .plain, nullCount: 0)
        }
        let structureIssues = head.issues + stitch.issues()
        var issues = dialect.issues
        let headerRead = options.hasHeader != false
            && !structureIssues.contains { $0.kind == .header && $0.message.hasPrefix("the first row is data") }
        if headerRead, let issue = TabularLoader.headerLooksLikeData(reports) { issues.append(issue) }
        let report = LoadReport(source: request.path, format: format, delimiter: dialect.delimiter, rowCount: rowCount,
                                columns: reports, issues: issues + structureIssues)
        return CSVStreamResult(rowCount: rowCount, findings: DataFiles.findings(report), textValues: textValues)
    }
}
