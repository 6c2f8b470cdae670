#if canImport(Dispatch)
import Dispatch
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

@inline(__always) private func posixWrite(_ fd: Int32, _ p: UnsafeRawPointer, _ n: Int) -> Int {
    write(fd, p, n)
}

/// Writes tables as CSV/TSV, JSON (an array of objects) and JSON Lines.
///
/// Built for large tables: every column is first formatted into its own byte arena with one
/// span per row (text columns format each distinct dictionary entry once), then the rows are
/// stitched into a single `[UInt8]` of exactly the right size. No `String` per cell.
///
/// Values: null is an empty CSV field / JSON `null`; numbers are plain (money without `£`,
/// percentages as the fraction `0.657`); a decimal is exact at its own scale, not padded to
/// its column's (`73`, `3.2`, `0.125` in one column), except that money in pounds keeps its
/// pence when its column has them (`12.50`, `73.00`); see `decimalFloor`. Floats are the shortest
/// text that reads back as the same `Double` (NaN and infinities are JSON `null`, CSV `NaN`,
/// `inf`, `-inf`); dates ISO 8601 `2009-03-31`; months `2009-03`; financial years `2008/09`;
/// bools `true`/`false`; lists JSON arrays. CSV quoting follows RFC 4180 (fields with the
/// delimiter, a quote, a line break or leading/trailing blanks are quoted; quotes doubled),
/// with `\n` line ends.
package enum TabularWriter {
    /// CSV/TSV options beyond the delimiter.
    package struct CSVOptions: Sendable {
        package var delimiter: UInt8 = UInt8(ascii: ",")
        package var header = true
        /// Write money as `£1639.80` and percentages as `65.7%`, so a reload keeps the formats.
        package var keepFormats = false
        /// Write the kept text of null cells (`N/A`, `TBC`, unparsed values) instead of an empty field.
        package var keepVerbatim = true
        package init() {}
    }

    package static func csv(_ t: Table, delimiter: UInt8 = UInt8(ascii: ",")) -> String {
        var o = CSVOptions()
        o.delimiter = delimiter
        return String(decoding: csvBytes(t, options: o), as: UTF8.self)
    }

    package static func csv(_ t: Table, options: CSVOptions) -> String {
        String(decoding: csvBytes(t, options: options), as: UTF8.self)
    }

    package static func tsv(_ t: Table) -> String { csv(t, delimiter: asciiTab) }

    package static func csvBytes(_ t: Table, options: CSVOptions = .init()) -> [UInt8] {
        if t.columns.isEmpty { return [] }  // no columns: nothing to write (not a run of blank lines)
        let d = options.delimiter
        let prepared = prepareAll(t, style: .csv(delimiter: d, keepFormats: options.keepFormats,
                                                 keepVerbatim: options.keepVerbatim))
        var head: [UInt8] = []
        if options.header {
            for (k, info) in t.schema.enumerated() {
                if k > 0 { head.append(d) }
                appendCSVField(Array(info.name.utf8), delimiter: d, to: &head)
            }
            head.append(asciiLF)
        }
        // An empty-named single column would write empty lines, which read back as blank lines.
        let cellPrefixes = (0..<t.columns.count).map { $0 == 0 ? [UInt8]() : [d] }
        return stitch(prepared, rowCount: t.rowCount, head: head, rowPrefix: [], cellPrefixes: cellPrefixes,
                      rowSuffix: [asciiLF], separator: [], tail: [])
    }

    /// An array of objects, one per row, one row per line: `[{…},\n{…}]`.
    package static func json(_ t: Table) -> String { String(decoding: jsonBytes(t), as: UTF8.self) }

    package static func jsonBytes(_ t: Table) -> [UInt8] {
        if t.rowCount == 0 { return Array("[]\n".utf8) }
        return jsonRows(t, head: [UInt8(ascii: "[")], separator: Array(",\n".utf8), tail: Array("]\n".utf8))
    }

    /// One object per line.
    package static func jsonl(_ t: Table) -> String { String(decoding: jsonlBytes(t), as: UTF8.self) }

    package static func jsonlBytes(_ t: Table) -> [UInt8] {
        jsonRows(t, head: [], separator: [asciiLF], tail: t.rowCount > 0 ? [asciiLF] : [])
    }

    /// The table in `format`.
    package static func bytes(_ t: Table, format: TabularFormat) -> [UInt8] {
        switch format {
        case .csv: return csvBytes(t)
        case .tsv:
            var o = CSVOptions()
            o.delimiter = asciiTab
            return csvBytes(t, options: o)
        case .json: return jsonBytes(t)
        case .jsonl: return jsonlBytes(t)
        case .xlsx: return (try? Workbooks.write([(name: "Sheet1", table: t)])) ?? []
        }
    }

    /// Writes the table to a file, in the format its extension names (CSV when it names none).
    package static func write(_ t: Table, to path: String, format: TabularFormat? = nil) throws(Diagnostic) {
        let chosen = format ?? TabularFormat.forPath(path) ?? .csv
        let data = chosen == .xlsx ? try Workbooks.write([(name: "Sheet1", table: t)]) : bytes(t, format: chosen)
        try writeBytes(data, to: path)
    }

    /// Writes bytes to a file, replacing it.
    package static func writeBytes(_ data: [UInt8], to path: String) throws(Diagnostic) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        if fd < 0 {
            let e = errno
            throw Diagnostic(kind: .io, "cannot write \(path): \(String(cString: strerror(e)))", at: nil)
        }
        defer { close(fd) }
        var failure: Int32 = 0
        data.withUnsafeBufferPointer { buf in
            var off = 0
            while off < buf.count {
                let r = posixWrite(fd, buf.baseAddress! + off, buf.count - off)
                if r < 0 { if errno == EINTR { continue }; failure = errno; return }
                off += r
            }
        }
        if failure != 0 {
            throw Diagnostic(kind: .io, "cannot write \(path): \(String(cString: strerror(failure)))", at: nil)
        }
    }

    private static func jsonRows(_ t: Table, head: [UInt8], separator: [UInt8], tail: [UInt8]) -> [UInt8] {
        let prepared = prepareAll(t, style: .json)
        let prefixes = t.schema.enumerated().map { k, info in
            var p: [UInt8] = k == 0 ? [] : [asciiComma]
            appendJSONString(Array(info.name.utf8), to: &p)
            p.append(UInt8(ascii: ":"))
            return p
        }
        return stitch(prepared, rowCount: t.rowCount, head: head, rowPrefix: [UInt8(ascii: "{")],
                      cellPrefixes: prefixes, rowSuffix: [UInt8(ascii: "}")], separator: separator, tail: tail)
    }

    // MARK: - per-column formatting

    enum Style {
        case csv(delimiter: UInt8, keepFormats: Bool, keepVerbatim: Bool)
        case json
    }

    /// A column formatted for output: row r is `arena[start[r] ..< start[r] + length[r]]`.
    /// Owns its memory; `free()` when done.
    struct Prepared {
        var arena: ByteBuffer
        var start: UnsafeMutablePointer<UInt32>
        var length: UnsafeMutablePointer<UInt32>

        func free() {
            arena.free()
            start.deallocate()
            length.deallocate()
        }
    }

    /// Formats every column, two at a time when there is enough work.
    static func prepareAll(_ t: Table, style: Style) -> [Prepared] {
        let count = t.columns.count
        if count < 2 || t.rowCount * count < 200_000 { return t.columns.map { prepare($0, style: style) } }
        let slots = ResultSlots<Prepared>(count: count)
        let columns = t.columns
        DispatchQueue.concurrentPerform(iterations: count) { j in
            slots.set(j, prepare(columns[j], style: style))
        }
        return (0..<count).map { slots.take($0) }
    }

    /// Formats every non-null row with `body`, recording its span; nulls get `nullLength`
    /// bytes at offset 0.
    @inline(__always)
    private static func fill(_ n: Int, _ nulls: [Bool]?, _ nullLength: UInt32, _ arena: inout ByteBuffer,
                             _ start: UnsafeMutablePointer<UInt32>, _ length: UnsafeMutablePointer<UInt32>,
                             _ body: (Int, inout ByteBuffer) -> Void) {
        if let nulls {
            nulls.withUnsafeBufferPointer { nulls in
                for r in 0..<n {
                    if nulls[r] { start[r] = 0; length[r] = nullLength; continue }
                    let s = arena.count
                    body(r, &arena)
                    start[r] = UInt32(truncatingIfNeeded: s)
                    length[r] = UInt32(truncatingIfNeeded: arena.count &- s)
                }
            }
        } else {
            for r in 0..<n {
                let s = arena.count
                body(r, &arena)
                start[r] = UInt32(truncatingIfNeeded: s)
                length[r] = UInt32(truncatingIfNeeded: arena.count &- s)
            }
        }
    }

    static func prepare(_ c: Column, style: Style) -> Prepared {
        let n = c.count
        let start = UnsafeMutablePointer<UInt32>.allocate(capacity: max(n, 1))
        let length = UnsafeMutablePointer<UInt32>.allocate(capacity: max(n, 1))
        start.initialize(repeating: 0, count: max(n, 1))
        length.initialize(repeating: 0, count: max(n, 1))
        let isJSON: Bool
        var csvDelimiter: UInt8 = asciiComma
        var keepFormats = false
        var keepVerbatim = false
        switch style {
        case .json: isJSON = true
        case .csv(let d, let k, let v): isJSON = false; csvDelimiter = d; keepFormats = k; keepVerbatim = v
        }
        // Null is `null` in JSON (at offset 0 of the arena) and an empty CSV field.
        let nullLength: UInt32 = isJSON ? 4 : 0
        let nulls = c.nulls
        var arena = ByteBuffer(capacity: n * 8 + 64)
        arena.append("null")
        if !isJSON { arena.count = 0 }

        switch c.storage {
        case .null:
            for r in 0..<n { length[r] = nullLength }
        case .bool(let a):
            let t = arena.count
            arena.append("true")
            let f = arena.count
            arena.append("false")
            a.withUnsafeBufferPointer { a in
                fill(n, nulls, nullLength, &arena, start, length) { r, _ in }
                for r in 0..<n where !(nulls?[r] ?? false) {
                    start[r] = UInt32(a[r] ? t : f)
                    length[r] = a[r] ? 4 : 5
                }
            }
        case .int(let a):
            a.withUnsafeBufferPointer { a in
                fill(n, nulls, nullLength, &arena, start, length) { r, o in o.appendInt(Int64(a[r])) }
            }
        case .decimal(let a, let scale):
            let money = keepFormats && c.format.kind == .money && c.format.unit == 0
            let percent = keepFormats && c.format.kind == .percent
            let floor = decimalFloor(scale: scale, format: c.format)
            a.withUnsafeBufferPointer { a in
                if percent {
                    fill(n, nulls, nullLength, &arena, start, length) { r, o in
                        // 0.657 → 65.7%
                        if scale >= 2 {
                            o.appendDecimal(a[r], scale: scale - 2, keeping: 0)
                        } else {
                            let (v, of) = a[r].multipliedReportingOverflow(by: ExactDecimal.pow10(2 - scale))
                            if of { o.appendDecimal(a[r], scale: scale, keeping: 0) } else { o.appendInt(v) }
                        }
                        o.append(UInt8(ascii: "%"))
                    }
                } else {
                    fill(n, nulls, nullLength, &arena, start, length) { r, o in
                        o.appendDecimal(a[r], scale: scale, money: money, keeping: floor)
                    }
                }
            }
        case .float(let a):
            a.withUnsafeBufferPointer { a in
                fill(n, nulls, nullLength, &arena, start, length) { r, o in
                    if isJSON && !a[r].isFinite { o.append("null") } else { o.appendFloat(a[r]) }
                }
            }
        case .date(let a):
            a.withUnsafeBufferPointer { a in
                fill(n, nulls, nullLength, &arena, start, length) { r, o in
                    if isJSON { o.append(asciiQuote) }
                    let (y, m, d) = CalendarDate(days: a[r]).components
                    o.appendPadded(y, 4); o.append(UInt8(ascii: "-"))
                    o.appendPadded(m, 2); o.append(UInt8(ascii: "-"))
                    o.appendPadded(d, 2)
                    if isJSON { o.append(asciiQuote) }
                }
            }
        case .month(let a):
            a.withUnsafeBufferPointer { a in
                fill(n, nulls, nullLength, &arena, start, length) { r, o in
                    if isJSON { o.append(asciiQuote) }
                    let ym = YearMonth(index: a[r])
                    o.appendPadded(ym.year, 4); o.append(UInt8(ascii: "-"))
                    o.appendPadded(ym.month, 2)
                    if isJSON { o.append(asciiQuote) }
                }
            }
        case .fiscalYear(let a):
            a.withUnsafeBufferPointer { a in
                fill(n, nulls, nullLength, &arena, start, length) { r, o in
                    if isJSON { o.append(asciiQuote) }
                    let y = Int(a[r])
                    o.appendPadded(y, 4); o.append(UInt8(ascii: "/"))
                    o.appendPadded((y + 1) % 100, 2)
                    if isJSON { o.append(asciiQuote) }
                }
            }
        case .list(let a):
            fill(n, nulls, nullLength, &arena, start, length) { r, o in
                var text: [UInt8] = []
                appendJSON(.list(a[r]), to: &text)
                if isJSON {
                    o.append(text)
                } else {
                    var field: [UInt8] = []
                    appendCSVField(text, delimiter: csvDelimiter, to: &field)
                    o.append(field)
                }
            }
        case .text(let codes, let dictionary):
            // Each distinct value is formatted once; rows point at their entry.
            var entryStart = [UInt32](repeating: 0, count: dictionary.count)
            var entryLength = [UInt32](repeating: 0, count: dictionary.count)
            var field: [UInt8] = []
            for (k, s) in dictionary.enumerated() {
                field.removeAll(keepingCapacity: true)
                if isJSON { appendJSONString(Array(s.utf8), to: &field) }
                else { appendCSVField(Array(s.utf8), delimiter: csvDelimiter, to: &field, quoteEmpty: true) }
                entryStart[k] = UInt32(truncatingIfNeeded: arena.count)
                entryLength[k] = UInt32(truncatingIfNeeded: field.count)
                arena.append(field)
            }
            codes.withUnsafeBufferPointer { codes in
                entryStart.withUnsafeBufferPointer { es in
                    entryLength.withUnsafeBufferPointer { el in
                        for r in 0..<n {
                            let k = Int(codes[r])
                            start[r] = es[k]
                            length[r] = el[k]
                        }
                    }
                }
            }
            if let nulls {
                for r in 0..<n where nulls[r] { start[r] = 0; length[r] = nullLength }
            }
        }
        // The kept text of null cells (CSV only): `N/A`, `TBC`, unparsed values.
        if keepVerbatim, !c.verbatim.isEmpty {
            var field: [UInt8] = []
            for (r, text) in c.verbatim where r < n && (nulls?[r] ?? false) {
                field.removeAll(keepingCapacity: true)
                appendCSVField(Array(text.utf8), delimiter: csvDelimiter, to: &field)
                start[r] = UInt32(truncatingIfNeeded: arena.count)
                length[r] = UInt32(truncatingIfNeeded: field.count)
                arena.append(field)
            }
        }
        return Prepared(arena: arena, start: start, length: length)
    }

    /// Joins formatted columns into rows: `head`, then for each row `rowPrefix`, each cell
    /// preceded by its column's prefix, `rowSuffix`, with `separator` between rows, then
    /// `tail`. Frees the columns.
    static func stitch(_ columns: [Prepared], rowCount n: Int, head: [UInt8], rowPrefix: [UInt8], cellPrefixes: [[UInt8]],
                       rowSuffix: [UInt8], separator: [UInt8], tail: [UInt8]) -> [UInt8] {
        defer { for c in columns { c.free() } }
        var total = head.count + tail.count + max(0, n - 1) * separator.count
            + n * (rowPrefix.count + rowSuffix.count + cellPrefixes.reduce(0) { $0 + $1.count })
        for c in columns { for r in 0..<n { total += Int(c.length[r]) } }
        let k = columns.count
        let arenas = columns.map { UnsafePointer($0.arena.base) }
        let starts = columns.map { UnsafePointer($0.start) }
        let lengths = columns.map { UnsafePointer($0.length) }
        // One-byte cell prefixes (the CSV delimiter) are written directly.
        let single: [Int16] = cellPrefixes.map { $0.count == 1 ? Int16($0[0]) : ($0.isEmpty ? -1 : -2) }
        // 16 bytes of slack so that short cells can be copied eight bytes at a time.
        let out = [UInt8](unsafeUninitializedCapacity: total + 16) { buf, count in
            let o0 = buf.baseAddress!
            var o = 0
            @inline(__always) func put(_ bytes: [UInt8]) {
                bytes.withUnsafeBufferPointer { b in
                    if b.count > 0 { (o0 + o).update(from: b.baseAddress!, count: b.count) }
                }
                o += bytes.count
            }
            put(head)
            arenas.withUnsafeBufferPointer { arenas in
            starts.withUnsafeBufferPointer { starts in
            lengths.withUnsafeBufferPointer { lengths in
            single.withUnsafeBufferPointer { single in
                for r in 0..<n {
                    if r > 0 { put(separator) }
                    put(rowPrefix)
                    for j in 0..<k {
                        let p = single[j]
                        if p >= 0 { o0[o] = UInt8(p); o += 1 } else if p == -2 { put(cellPrefixes[j]) }
                        let len = Int(lengths[j][r])
                        let src = arenas[j] + Int(starts[j][r])
                        let dst = o0 + o
                        if len <= 16 {
                            // Over-copies into the slack; the next write overwrites it.
                            let raw = UnsafeRawPointer(src), wraw = UnsafeMutableRawPointer(dst)
                            wraw.storeBytes(of: raw.loadUnaligned(as: UInt64.self), as: UInt64.self)
                            if len > 8 {
                                wraw.storeBytes(of: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self),
                                                toByteOffset: 8, as: UInt64.self)
                            }
                        } else {
                            dst.update(from: src, count: len)
                        }
                        o += len
                    }
                    put(rowSuffix)
                }
            }
            }
            }
            }
            put(tail)
            count = o
        }
        return out
    }

    // MARK: - value text

    /// How many places a decimal has at least when written for machines: its trailing
    /// zeros go (`73.0000` → `73`, `3.20` → `3.2`), so each number reads as its own value
    /// whatever else shares its column; money in pounds keeps its pence (`12.50`, `73.00`).
    package static func decimalFloor(scale: Int, format: ValueFormat) -> Int {
        format.kind == .money && format.unit == 0 ? 2 : 0
    }

    /// A decimal as CSV and JSON write it (`decimalFloor`): `1639.8`, `-0.05`, `12`, `12.50` for money.
    package static func machineText(_ d: ExactDecimal, format: ValueFormat = .plain) -> String {
        var o: [UInt8] = []
        appendDecimal(d.units, scale: d.scale, keeping: decimalFloor(scale: d.scale, format: format), to: &o)
        return String(decoding: o, as: UTF8.self)
    }

    static func appendInt(_ v: Int64, to o: inout [UInt8]) {
        if v == 0 { o.append(UInt8(ascii: "0")); return }
        var m = v.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes of scratch
        var k = 0
        withUnsafeMutableBytes(of: &digits) { raw in
            while m > 0 {
                raw[23 - k] = UInt8(m % 10) + 48
                m /= 10
                k += 1
            }
            if v < 0 { o.append(UInt8(ascii: "-")) }
            o.append(contentsOf: UnsafeRawBufferPointer(rebasing: raw[(24 - k)...]))
        }
    }

    /// `units × 10^-scale` exactly, with trailing zeros after the point dropped down to
    /// `keeping` places (all of them kept when `keeping` is nil).
    static func appendDecimal(_ units: Int64, scale: Int, money: Bool = false, keeping: Int? = nil, to o: inout [UInt8]) {
        if units < 0 { o.append(UInt8(ascii: "-")) }
        if money { o.append(0xC2); o.append(0xA3) }
        let m = units.magnitude
        let p = UInt64(ExactDecimal.pow10(scale))
        var frac = m % p, places = scale
        if let keeping { while places > keeping, frac % 10 == 0 { frac /= 10; places -= 1 } }
        appendDigits(m / p, to: &o)
        let padding = max(0, (keeping ?? 0) - places)
        if places + padding == 0 { return }
        o.append(UInt8(ascii: "."))
        if places > 0 { appendPadded(Int(frac), places, to: &o) }
        o.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: padding))
    }

    private static func appendDigits(_ m: UInt64, to o: inout [UInt8]) {
        if m <= UInt64(Int64.max) { appendInt(Int64(m), to: &o) } else { o.append(contentsOf: String(m).utf8) }
    }

    static func appendPadded(_ v: Int, _ width: Int, to o: inout [UInt8]) {
        if v < 0 { o.append(UInt8(ascii: "-")); appendPadded(-v, width, to: &o); return }
        var digits = 1
        var t = v
        while t >= 10 { t /= 10; digits += 1 }
        if digits < width { o.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: width - digits)) }
        appendInt(Int64(v), to: &o)
    }

    /// Shortest round-trip text as `formatFloat` writes it (`0.1`, `1e-05`, `6.02e+23`, whole
    /// numbers without `.0`); `NaN`, `inf`, `-inf`.
    static func appendFloat(_ f: Double, to o: inout [UInt8]) {
        if f.isNaN { o.append(contentsOf: "NaN".utf8); return }
        if f.isInfinite { o.append(contentsOf: (f < 0 ? "-inf" : "inf").utf8); return }
        if f == f.rounded(), abs(f) < 1e15 { appendInt(Int64(f), to: &o); return }
        o.append(contentsOf: f.description.utf8)
    }

    /// RFC 4180: quoted when it holds the delimiter, a quote, a line break, or leading or
    /// trailing blanks (the reader trims unquoted fields); quotes doubled.
    static func appendCSVField(_ s: [UInt8], delimiter: UInt8, to o: inout [UInt8], quoteEmpty: Bool = false) {
        var needs = quoteEmpty && s.isEmpty
        for b in s where b == delimiter || b == asciiQuote || b == asciiLF || b == asciiCR {
            needs = true
            break
        }
        if let f = s.first, let l = s.last,
           f == asciiSpace || f == asciiTab || l == asciiSpace || l == asciiTab { needs = true }
        guard needs else { o.append(contentsOf: s); return }
        o.append(asciiQuote)
        for b in s {
            if b == asciiQuote { o.append(asciiQuote) }
            o.append(b)
        }
        o.append(asciiQuote)
    }

    static func appendJSONString(_ s: [UInt8], to o: inout [UInt8]) {
        o.append(asciiQuote)
        for b in s {
            switch b {
            case asciiQuote: o.append(UInt8(ascii: "\\")); o.append(asciiQuote)
            case UInt8(ascii: "\\"): o.append(UInt8(ascii: "\\")); o.append(UInt8(ascii: "\\"))
            case asciiLF: o.append(UInt8(ascii: "\\")); o.append(UInt8(ascii: "n"))
            case asciiCR: o.append(UInt8(ascii: "\\")); o.append(UInt8(ascii: "r"))
            case asciiTab: o.append(UInt8(ascii: "\\")); o.append(UInt8(ascii: "t"))
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                o.append(contentsOf: "\\u00".utf8)
                o.append(hex[Int(b >> 4)])
                o.append(hex[Int(b & 15)])
            default: o.append(b)
            }
        }
        o.append(asciiQuote)
    }

    /// A value as JSON (a statement's value, list elements); `format` says whether a decimal is money.
    static func appendJSON(_ v: Value, format: ValueFormat = .plain, to o: inout [UInt8]) {
        switch v {
        case .null: o.append(contentsOf: "null".utf8)
        case .bool(let b): o.append(contentsOf: (b ? "true" : "false").utf8)
        case .int(let i): appendInt(Int64(i), to: &o)
        case .decimal(let d): appendDecimal(d.units, scale: d.scale, keeping: decimalFloor(scale: d.scale, format: format), to: &o)
        case .float(let f):
            if f.isFinite { appendFloat(f, to: &o) } else { o.append(contentsOf: "null".utf8) }
        case .text(let s): appendJSONString(Array(s.utf8), to: &o)
        case .date, .month, .fiscalYear: appendJSONString(Array(v.description.utf8), to: &o)
        case .list(let items):
            o.append(UInt8(ascii: "["))
            for (k, item) in items.enumerated() {
                if k > 0 { o.append(asciiComma) }
                appendJSON(item, to: &o)
            }
            o.append(UInt8(ascii: "]"))
        }
    }
}

/// A growable byte buffer that writers fill without per-append checks beyond capacity: no
/// ARC, no uniqueness checks. Keeps 16 bytes of readable slack past `count`.
struct ByteBuffer {
    var base: UnsafeMutablePointer<UInt8>
    var count = 0
    var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity + 16)
        base.initialize(repeating: 0, count: self.capacity + 16)
    }

    func free() { base.deallocate() }

    @inline(__always) mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(count + extra) }
    }

    private mutating func grow(_ need: Int) {
        var c = capacity * 2
        while c < need { c *= 2 }
        let b = UnsafeMutablePointer<UInt8>.allocate(capacity: c + 16)
        b.initialize(repeating: 0, count: c + 16)
        b.update(from: base, count: count)
        base.deallocate()
        base = b
        capacity = c
    }

    @inline(__always) mutating func append(_ b: UInt8) {
        reserve(1)
        base[count] = b
        count += 1
    }

    mutating func append(_ bytes: [UInt8]) {
        reserve(bytes.count)
        bytes.withUnsafeBufferPointer { b in
            if b.count > 0 { (base + count).update(from: b.baseAddress!, count: b.count) }
        }
        count += bytes.count
    }

    mutating func append(_ s: StaticString) {
        let n = s.utf8CodeUnitCount
        reserve(n)
        (base + count).update(from: s.utf8Start, count: n)
        count += n
    }

    /// Decimal digits of `v`.
    @inline(__always) mutating func appendInt(_ v: Int64) {
        reserve(20)
        if v < 0 { base[count] = UInt8(ascii: "-"); count += 1 }
        appendDigits(v.magnitude, minWidth: 1)
    }

    @inline(__always) mutating func appendDigits(_ m: UInt64, minWidth: Int) {
        reserve(20 + minWidth)
        var digits = 1
        var t = m
        while t >= 10 { t /= 10; digits += 1 }
        let width = max(digits, minWidth)
        var p = base + count + width
        var v = m
        for _ in 0..<width {
            p -= 1
            p.pointee = UInt8(truncatingIfNeeded: v % 10) &+ 48
            v /= 10
        }
        count += width
    }

    mutating func appendPadded(_ v: Int, _ width: Int) {
        if v < 0 { append(UInt8(ascii: "-")) }
        appendDigits(UInt64(v.magnitude), minWidth: width)
    }

    /// `units × 10^-scale` exactly: `1639.80`, `-0.05`; `£` after the sign when `money`.
    /// Trailing zeros after the point are dropped down to `keeping` places (`1639.8`, `12`).
    @inline(__always) mutating func appendDecimal(_ units: Int64, scale: Int, money: Bool = false, keeping: Int) {
        reserve(24)
        if units < 0 { base[count] = UInt8(ascii: "-"); count += 1 }
        if money { base[count] = 0xC2; base[count + 1] = 0xA3; count += 2 }
        let m = units.magnitude
        if scale == 0 && keeping == 0 { appendDigits(m, minWidth: 1); return }
        let p = UInt64(ExactDecimal.pow10(scale))
        var frac = m % p, places = scale
        while places > keeping, frac % 10 == 0 { frac /= 10; places -= 1 }
        appendDigits(m / p, minWidth: 1)
        let padding = max(0, keeping - places)
        if places + padding == 0 { return }
        reserve(1 + padding)
        base[count] = UInt8(ascii: ".")
        count += 1
        if places > 0 { appendDigits(frac, minWidth: places) }
        for _ in 0..<padding { base[count] = UInt8(ascii: "0"); count += 1 }
    }

    mutating func appendFloat(_ f: Double) {
        var bytes: [UInt8] = []
        TabularWriter.appendFloat(f, to: &bytes)
        append(bytes)
    }
}
