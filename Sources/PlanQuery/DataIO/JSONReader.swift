// JSON (an array of objects) and JSON Lines (one object per line) readers, byte-level like the
// CSV reader: Foundation's JSONSerialization would box every value in an `NSNumber`/`NSString`
// (and round numbers through `Double`), while this keeps numbers as their exact text.
//
// Each object is a row; keys become columns in first-seen order (the union over all rows; a
// row without a key is null there). Every value is copied into an arena and recorded as a
// span, and the columns are then typed by the same inference as CSV cells:
//   - numbers stay exact: `12` int, `1639.80` decimal, `6.02e23` float;
//   - strings are read like CSV cells, so `"2009-03-31"`, `"2008/09"`, `"£1,234"` and `"N/A"`
//     get the same types as in a CSV;
//   - arrays become `list` values when (nearly) every value of the column is an array;
//   - nested objects are kept as compact JSON text (a text column).

struct JSONError: Error {
    var offset: Int
    var message: String
}

/// Walks JSON bytes. `i` is the current offset.
struct JSONCursor {
    let p: UnsafePointer<UInt8>
    let n: Int
    var i: Int
    var depth = 0

    static let maxDepth = 512

    @inline(__always) mutating func skipWhitespace() {
        while i < n {
            let b = p[i]
            if b == asciiSpace || b == asciiLF || b == asciiCR || b == asciiTab { i += 1 } else { break }
        }
    }

    @inline(__always) var atEnd: Bool { i >= n }
    @inline(__always) var current: UInt8 { p[i] }

    func describeCurrent() -> String {
        if i >= n { return "the end of the input" }
        let b = p[i]
        if b < 0x20 { return "a control character" }
        if b < 0x80 { return "`\(Character(Unicode.Scalar(b)))`" }
        return "a non-ASCII character"
    }

    func fail(_ what: String) -> JSONError {
        JSONError(offset: i, message: "expected \(what), found \(describeCurrent())")
    }

    mutating func expect(_ b: UInt8, _ what: String) throws(JSONError) {
        guard i < n, p[i] == b else { throw fail(what) }
        i += 1
    }

    /// Reads a string (at its opening quote), appending its unescaped UTF-8 to `out`.
    mutating func readString(into out: inout [UInt8]) throws(JSONError) {
        let open = i
        i += 1
        var runStart = i
        while true {
            guard i < n else { throw JSONError(offset: open, message: "unterminated string") }
            let b = p[i]
            if b == asciiQuote {
                out.append(contentsOf: UnsafeBufferPointer(start: p + runStart, count: i - runStart))
                i += 1
                return
            }
            if b == UInt8(ascii: "\\") {
                out.append(contentsOf: UnsafeBufferPointer(start: p + runStart, count: i - runStart))
                try readEscape(into: &out)
                runStart = i
                continue
            }
            if b == asciiLF { throw JSONError(offset: i, message: "line break inside a string (write it as \\n)") }
            i += 1
        }
    }

    private mutating func readEscape(into out: inout [UInt8]) throws(JSONError) {
        let at = i
        i += 1
        guard i < n else { throw JSONError(offset: at, message: "unterminated escape") }
        let e = p[i]
        i += 1
        switch e {
        case UInt8(ascii: "\""): out.append(asciiQuote)
        case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\"))
        case UInt8(ascii: "/"): out.append(UInt8(ascii: "/"))
        case UInt8(ascii: "b"): out.append(8)
        case UInt8(ascii: "f"): out.append(12)
        case UInt8(ascii: "n"): out.append(asciiLF)
        case UInt8(ascii: "r"): out.append(asciiCR)
        case UInt8(ascii: "t"): out.append(asciiTab)
        case UInt8(ascii: "u"):
            var scalar = try hex4(at)
            if (0xD800..<0xDC00).contains(scalar) {
                // A surrogate pair: `\uD83D\uDE00`.
                if i + 1 < n, p[i] == UInt8(ascii: "\\"), p[i + 1] == UInt8(ascii: "u") {
                    let save = i
                    i += 2
                    let low = try hex4(save)
                    if (0xDC00..<0xE000).contains(low) {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else {
                        i = save
                        scalar = 0xFFFD
                    }
                } else {
                    scalar = 0xFFFD
                }
            } else if (0xDC00..<0xE000).contains(scalar) {
                scalar = 0xFFFD
            }
            appendUTF8(UInt32(scalar), &out)
        default:
            throw JSONError(offset: at, message: "invalid escape `\\\(Character(Unicode.Scalar(e)))` in a string")
        }
    }

    private mutating func hex4(_ at: Int) throws(JSONError) -> Int {
        guard i + 4 <= n else { throw JSONError(offset: at, message: "incomplete \\u escape") }
        var v = 0
        for _ in 0..<4 {
            let b = p[i]
            let d: Int
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = Int(b - 48)
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = Int(b - 87)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = Int(b - 55)
            default: throw JSONError(offset: at, message: "invalid \\u escape")
            }
            v = v * 16 + d
            i += 1
        }
        return v
    }

    /// Reads a number per the JSON grammar and returns its byte range.
    mutating func readNumber() throws(JSONError) -> Range<Int> {
        let s = i
        if i < n, p[i] == UInt8(ascii: "-") { i += 1 }
        guard i < n, isDigit(p[i]) else { throw JSONError(offset: s, message: "invalid number") }
        if p[i] == UInt8(ascii: "0") {
            i += 1
            if i < n, isDigit(p[i]) { throw JSONError(offset: s, message: "invalid number: leading zeros are not allowed in JSON") }
        } else {
            while i < n, isDigit(p[i]) { i += 1 }
        }
        if i < n, p[i] == UInt8(ascii: ".") {
            i += 1
            guard i < n, isDigit(p[i]) else { throw JSONError(offset: s, message: "invalid number: digits must follow the point") }
            while i < n, isDigit(p[i]) { i += 1 }
        }
        if i < n, p[i] == UInt8(ascii: "e") || p[i] == UInt8(ascii: "E") {
            i += 1
            if i < n, p[i] == UInt8(ascii: "+") || p[i] == UInt8(ascii: "-") { i += 1 }
            guard i < n, isDigit(p[i]) else { throw JSONError(offset: s, message: "invalid number: digits must follow the exponent") }
            while i < n, isDigit(p[i]) { i += 1 }
        }
        return s..<i
    }

    mutating func readLiteral(_ word: StaticString) throws(JSONError) {
        let len = word.utf8CodeUnitCount
        let w = word.utf8Start
        guard i + len <= n else { throw fail("a value") }
        for k in 0..<len where p[i + k] != w[k] { throw fail("a value") }
        i += len
    }

    /// Copies any value as compact JSON (no insignificant white space), validating it.
    mutating func copyCompact(into out: inout [UInt8]) throws(JSONError) {
        skipWhitespace()
        guard i < n else { throw fail("a value") }
        switch p[i] {
        case asciiQuote:
            let s = i
            var scratch: [UInt8] = []
            try readString(into: &scratch)
            out.append(contentsOf: UnsafeBufferPointer(start: p + s, count: i - s))
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let r = try readNumber()
            out.append(contentsOf: UnsafeBufferPointer(start: p + r.lowerBound, count: r.count))
        case UInt8(ascii: "t"): try readLiteral("true"); out.append(contentsOf: "true".utf8)
        case UInt8(ascii: "f"): try readLiteral("false"); out.append(contentsOf: "false".utf8)
        case UInt8(ascii: "n"): try readLiteral("null"); out.append(contentsOf: "null".utf8)
        case UInt8(ascii: "["):
            depth += 1
            if depth > JSONCursor.maxDepth { throw JSONError(offset: i, message: "nested more than \(JSONCursor.maxDepth) deep") }
            i += 1
            out.append(UInt8(ascii: "["))
            skipWhitespace()
            if i < n, p[i] == UInt8(ascii: "]") { i += 1; out.append(UInt8(ascii: "]")); depth -= 1; return }
            while true {
                try copyCompact(into: &out)
                skipWhitespace()
                if i < n, p[i] == asciiComma { i += 1; out.append(asciiComma); continue }
                try expect(UInt8(ascii: "]"), "`,` or `]` in an array")
                out.append(UInt8(ascii: "]"))
                break
            }
            depth -= 1
        case UInt8(ascii: "{"):
            depth += 1
            if depth > JSONCursor.maxDepth { throw JSONError(offset: i, message: "nested more than \(JSONCursor.maxDepth) deep") }
            i += 1
            out.append(UInt8(ascii: "{"))
            skipWhitespace()
            if i < n, p[i] == UInt8(ascii: "}") { i += 1; out.append(UInt8(ascii: "}")); depth -= 1; return }
            while true {
                skipWhitespace()
                guard i < n, p[i] == asciiQuote else { throw fail("a key (a string in double quotes)") }
                let s = i
                var scratch: [UInt8] = []
                try readString(into: &scratch)
                out.append(contentsOf: UnsafeBufferPointer(start: p + s, count: i - s))
                skipWhitespace()
                try expect(UInt8(ascii: ":"), "`:` after a key")
                out.append(UInt8(ascii: ":"))
                try copyCompact(into: &out)
                skipWhitespace()
                if i < n, p[i] == asciiComma { i += 1; out.append(asciiComma); continue }
                try expect(UInt8(ascii: "}"), "`,` or `}` in an object")
                out.append(UInt8(ascii: "}"))
                break
            }
            depth -= 1
        default:
            throw fail("a value")
        }
    }

    /// Reads a value as a `Value` (for list elements).
    mutating func readValue() throws(JSONError) -> Value {
        skipWhitespace()
        guard i < n else { throw fail("a value") }
        switch p[i] {
        case asciiQuote:
            var bytes: [UInt8] = []
            try readString(into: &bytes)
            return .text(String(decoding: bytes, as: UTF8.self))
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let r = try readNumber()
            return JSONCursor.numberValue(p + r.lowerBound, r.count)
        case UInt8(ascii: "t"): try readLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try readLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try readLiteral("null"); return .null
        case UInt8(ascii: "["):
            i += 1
            var items: [Value] = []
            skipWhitespace()
            if i < n, p[i] == UInt8(ascii: "]") { i += 1; return .list(items) }
            while true {
                items.append(try readValue())
                skipWhitespace()
                if i < n, p[i] == asciiComma { i += 1; continue }
                try expect(UInt8(ascii: "]"), "`,` or `]` in an array")
                return .list(items)
            }
        case UInt8(ascii: "{"):
            var out: [UInt8] = []
            try copyCompact(into: &out)
            return .text(String(decoding: out, as: UTF8.self))
        default:
            throw fail("a value")
        }
    }

    /// A JSON number's exact value: int, decimal (≤ 18 places, fits in 64 bits) or float.
    static func numberValue(_ q: UnsafePointer<UInt8>, _ len: Int) -> Value {
        if let c = fastNumber(q, len) {
            switch c.kind {
            case CellKind.int: return .int(Int(c.payload))
            case CellKind.decimal: return .decimal(ExactDecimal(units: c.payload, scale: Int(c.scale)))
            case CellKind.float: return .float(Double(bitPattern: UInt64(bitPattern: c.payload)))
            default: break
            }
        }
        return .float(parseFloatText(q, len) ?? .nan)
    }
}

func appendUTF8(_ scalar: UInt32, _ out: inout [UInt8]) {
    let s = scalar
    if s < 0x80 {
        out.append(UInt8(s))
    } else if s < 0x800 {
        out.append(UInt8(0xC0 | (s >> 6)))
        out.append(UInt8(0x80 | (s & 0x3F)))
    } else if s < 0x10000 {
        out.append(UInt8(0xE0 | (s >> 12)))
        out.append(UInt8(0x80 | ((s >> 6) & 0x3F)))
        out.append(UInt8(0x80 | (s & 0x3F)))
    } else {
        out.append(UInt8(0xF0 | (s >> 18)))
        out.append(UInt8(0x80 | ((s >> 12) & 0x3F)))
        out.append(UInt8(0x80 | ((s >> 6) & 0x3F)))
        out.append(UInt8(0x80 | (s & 0x3F)))
    }
}

enum JSONReader {
    struct Result {
        var names: [String] = []
        /// One array of spans (into `arena`) per column, each `rowCount` long.
        var columns: [[UInt64]] = []
        var arena: [UInt8] = []
        var rowCount = 0
        var issues: [LoadIssue] = []
    }

    /// Builds the rows of a table from objects.
    private struct RowCollector {
        var keys = ByteInterner()
        var columns: [[UInt64]] = []
        var arena: [UInt8] = []
        var rows = 0
        var keyScratch: [UInt8] = []
        var duplicateKeys: [(key: String, offset: Int)] = []
        var duplicateCount = 0
        /// The raw key text seen at each position of the previous object, and its column:
        /// rows usually repeat their keys in the same order, so most keys are matched by a
        /// byte comparison without unescaping or hashing.
        var keyAtPosition: [(start: Int, length: Int, code: Int)] = []

        init(expectedBytes: Int) {
            arena.reserveCapacity(expectedBytes)
        }

        /// Reads one object (the cursor is at `{`) as a row.
        mutating func readRow(_ c: inout JSONCursor) throws(JSONError) {
            try c.expect(UInt8(ascii: "{"), "`{`")
            c.skipWhitespace()
            if !c.atEnd, c.current == UInt8(ascii: "}") { c.i += 1; rows += 1; return }
            var position = 0
            while true {
                c.skipWhitespace()
                guard !c.atEnd, c.current == asciiQuote else { throw c.fail("a key (a string in double quotes)") }
                let keyOffset = c.i
                let code = try readKey(&c, position: position)
                position += 1
                if code == columns.count {
                    columns.append([UInt64](repeating: CellSpan.missing, count: rows))
                }
                c.skipWhitespace()
                try c.expect(UInt8(ascii: ":"), "`:` after a key")
                c.skipWhitespace()
                let span = try readCell(&c)
                let have = columns[code].count
                if have == rows + 1 {
                    // The same key twice in one object: the last value wins, and it is reported.
                    columns[code][rows] = span
                    if duplicateKeys.count < ScanChunk.keepExamples {
                        duplicateKeys.append((keys.string(UInt32(code)), keyOffset))
                    }
                    duplicateCount += 1
                } else {
                    if have < rows {
                        columns[code].append(contentsOf: repeatElement(CellSpan.missing, count: rows - have))
                    }
                    columns[code].append(span)
                }
                c.skipWhitespace()
                if !c.atEnd, c.current == asciiComma { c.i += 1; continue }
                try c.expect(UInt8(ascii: "}"), "`,` or `}` after a value in an object")
                break
            }
            rows += 1
        }

        /// The column of the key at the cursor (its opening quote); reads past the closing quote.
        private mutating func readKey(_ c: inout JSONCursor, position: Int) throws(JSONError) -> Int {
            let open = c.i
            // Fast path: the same raw bytes as the key at this position in the previous object.
            if position < keyAtPosition.count {
                let k = keyAtPosition[position]
                let end = open + 1 + k.length
                if end < c.n, c.p[end] == asciiQuote, memoryEqual(c.p + open + 1, c.p + k.start, k.length) {
                    c.i = end + 1
                    return k.code
                }
            }
            keyScratch.removeAll(keepingCapacity: true)
            try c.readString(into: &keyScratch)
            let code = Int(keyScratch.withUnsafeBufferPointer { keys.intern($0) })
            // Remember raw keys without escapes (their bytes are the key itself).
            let rawLength = c.i - open - 2
            if rawLength == keyScratch.count {
                let entry = (start: open + 1, length: rawLength, code: code)
                if position < keyAtPosition.count { keyAtPosition[position] = entry }
                else if position == keyAtPosition.count { keyAtPosition.append(entry) }
            }
            return code
        }

        private mutating func readCell(_ c: inout JSONCursor) throws(JSONError) -> UInt64 {
            guard !c.atEnd else { throw c.fail("a value") }
            let start = arena.count
            switch c.current {
            case asciiQuote:
                try c.readString(into: &arena)
                return try span(start, CellFlag.quoted, c)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                let r = try c.readNumber()
                arena.append(contentsOf: UnsafeBufferPointer(start: c.p + r.lowerBound, count: r.count))
                return try span(start, CellFlag.jsonNumber, c)
            case UInt8(ascii: "t"):
                try c.readLiteral("true")
                return CellSpan.make(0, 1, CellFlag.jsonBool)
            case UInt8(ascii: "f"):
                try c.readLiteral("false")
                return CellSpan.make(0, 0, CellFlag.jsonBool)
            case UInt8(ascii: "n"):
                try c.readLiteral("null")
                return CellSpan.missing
            case UInt8(ascii: "["):
                try c.copyCompact(into: &arena)
                return try span(start, CellFlag.jsonArray, c)
            case UInt8(ascii: "{"):
                try c.copyCompact(into: &arena)
                return try span(start, CellFlag.jsonObject, c)
            default:
                throw c.fail("a value")
            }
        }

        private func span(_ start: Int, _ flag: UInt64, _ c: JSONCursor) throws(JSONError) -> UInt64 {
            let len = arena.count - start
            if arena.count >= CellSpan.maxStart || len >= CellSpan.maxLength {
                throw JSONError(offset: c.i, message: "the input is too large (4 GiB of values at most)")
            }
            return CellSpan.make(start, len, flag)
        }

        mutating func finish() -> Result {
            var r = Result()
            for k in columns.indices where columns[k].count < rows {
                columns[k].append(contentsOf: repeatElement(CellSpan.missing, count: rows - columns[k].count))
            }
            r.names = keys.strings()
            r.columns = columns
            r.arena = arena
            r.rowCount = rows
            return r
        }
    }

    /// The rows inside an API envelope: a single object whose one array of objects is the data
    /// (`{"meta": …, "data": [{…}]}`), or, `levels` deep, whose one object member holds such an
    /// array (CKAN's `{"help": …, "result": {"records": [{…}], "total": 5}}`). Returns the key path
    /// to the rows and every key passed over, so the loader can say what it ignored; nil when the
    /// object is not such an envelope (it is then one row).
    private static func unwrapEnvelope(_ object: Result, name: String, levels: Int) throws(Diagnostic)
        -> (rows: Result, path: [String], ignored: [String])? {
        func member(_ k: Int, unwrap: Bool) throws(Diagnostic) -> Result {
            let s = object.columns[k][0]
            let bytes = Array(object.arena[CellSpan.start(s)..<(CellSpan.start(s) + CellSpan.length(s))])
            return try bytes.withUnsafeBufferPointer { (b) throws(Diagnostic) -> Result in
                try read(b, start: 0, name: name, lines: false, unwrap: unwrap)
            }
        }
        func others(than k: Int) -> [String] { object.names.enumerated().filter { $0.offset != k }.map(\.element) }
        let arraysOfObjects = object.columns.indices.filter { k in
            let s = object.columns[k][0]
            guard CellSpan.flag(s) == CellFlag.jsonArray, CellSpan.length(s) > 2 else { return false }
            return object.arena[CellSpan.start(s) + 1] == UInt8(ascii: "{")
        }
        // Several arrays of objects (CKAN puts `fields` beside `records`): the one under a key
        // that APIs conventionally use for rows; otherwise the object is ambiguous and stays a row.
        let rowKeys: Set<String> = ["records", "data", "rows", "items", "results", "features", "value"]
        let chosen = arraysOfObjects.count == 1 ? arraysOfObjects
            : arraysOfObjects.filter { rowKeys.contains(object.names[$0].lowercased()) }
        if chosen.count == 1 {
            let k = chosen[0]
            return (try member(k, unwrap: false), [object.names[k]], others(than: k))
        }
        let objects = object.columns.indices.filter { CellSpan.flag(object.columns[$0][0]) == CellFlag.jsonObject }
        guard levels > 1, arraysOfObjects.isEmpty, objects.count == 1 else { return nil }
        let k = objects[0]
        guard let inner = try unwrapEnvelope(member(k, unwrap: false), name: name, levels: levels - 1) else { return nil }
        return (inner.rows, [object.names[k]] + inner.path, inner.ignored + others(than: k))
    }

    /// Line and column (1-based, columns counted in characters) of a byte offset.
    static func location(of offset: Int, in buf: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        var line = 1, column = 1
        var i = 0
        let end = min(offset, buf.count)
        while i < end {
            let b = buf[i]
            if b == asciiLF { line += 1; column = 1 }
            else if b & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return (line, column)
    }

    /// `unwrap: false` reads a single top-level object as one row, for `unwrapEnvelope`'s own descent.
    static func read(_ buf: UnsafeBufferPointer<UInt8>, start: Int, name: String, lines: Bool,
                     unwrap: Bool = true) throws(Diagnostic) -> Result {
        guard let p = buf.baseAddress else { return Result() }
        var c = JSONCursor(p: p, n: buf.count, i: start)
        var rows = RowCollector(expectedBytes: buf.count - start)
        var issues: [LoadIssue] = []
        var unwrapSingle = false
        // The run is checked every 4Ki rows (a cancel or the time limit stops the read).
        let runGuard = RunGuard.current
        var stopped: Diagnostic? = nil
        do throws(JSONError) {
            c.skipWhitespace()
            if c.atEnd { return Result() }
            if lines || c.current == UInt8(ascii: "{") {
                // JSON Lines (or objects one after another).
                while true {
                    c.skipWhitespace()
                    if c.atEnd { break }
                    guard c.current == UInt8(ascii: "{") else {
                        throw c.fail(lines ? "an object (one row per line)" : "an object or the end of the input")
                    }
                    try rows.readRow(&c)
                    if rows.rows & 0xFFF == 0, let d = runGuard?.stopReason { stopped = d; break }
                }
                // A single object holding an array of objects (`{"data": [{…}, …]}`): its rows.
                if !lines, unwrap, rows.rows == 1 { unwrapSingle = true }
            } else if c.current == UInt8(ascii: "[") {
                c.i += 1
                c.skipWhitespace()
                if !c.atEnd, c.current == UInt8(ascii: "]") {
                    c.i += 1
                } else {
                    while true {
                        c.skipWhitespace()
                        guard !c.atEnd, c.current == UInt8(ascii: "{") else {
                            throw c.fail("an object (one row) in the top-level array")
                        }
                        try rows.readRow(&c)
                        if rows.rows & 0xFFF == 0, let d = runGuard?.stopReason { stopped = d; break }
                        c.skipWhitespace()
                        if !c.atEnd, c.current == asciiComma { c.i += 1; continue }
                        try c.expect(UInt8(ascii: "]"), "`,` or `]` after a row")
                        break
                    }
                }
                c.skipWhitespace()
                if !c.atEnd, stopped == nil { throw c.fail("the end of the input after the top-level array") }
            } else {
                throw c.fail("`[` (an array of objects) or `{`")
            }
        } catch {
            let (line, column) = location(of: error.offset, in: buf)
            throw Diagnostic(kind: .data, "\(name):\(line):\(column): invalid JSON: \(error.message)", at: nil,
                             dataLocation: "line \(line), column \(column) of \(name)")
        }
        if let stopped { throw stopped }
        if unwrapSingle, let envelope = try unwrapEnvelope(rows.finish(), name: name, levels: 2) {
            var sub = envelope.rows
            let path = envelope.path.joined(separator: ".")
            let ignored = envelope.ignored.map { "`\($0)`" }.joined(separator: ", ")
            sub.issues.insert(LoadIssue(.rowsFromKey, line: nil,
                "rows read from the array under the key `\(path)`"
                + (ignored.isEmpty ? "" : "; the other keys (\(ignored)) were ignored")), at: 0)
            return sub
        }
        for d in rows.duplicateKeys {
            let (line, _) = location(of: d.offset, in: buf)
            issues.append(LoadIssue(.duplicateKey, line: line, "the key `\(d.key)` appears twice in one object; the last value is kept"))
        }
        if rows.duplicateCount > rows.duplicateKeys.count {
            issues.append(LoadIssue(.duplicateKey, line: nil, "\(rows.duplicateCount) repeated keys in all (the first \(rows.duplicateKeys.count) are listed)"))
        }
        var result = rows.finish()
        result.issues = issues
        return result
    }

    /// The elements of a compact JSON array (from the arena) as values.
    static func listValue(_ q: UnsafePointer<UInt8>, _ len: Int) -> [Value] {
        var c = JSONCursor(p: q, n: len, i: 0)
        do throws(JSONError) {
            if case .list(let items) = try c.readValue() { return items }
        } catch {}
        return []
    }
}
