// Typing one part ("morsel") of a streamed CSV/TSV file to the types a load of the whole file
// would give. The whole-file loader (ColumnInference.swift) decides each column's type from all
// of its cells; a streamed column is typed as it goes, to the type a sample of the file decided,
// and gives up at the first cell that a whole-file load might read differently. The caller then
// loads the file whole, so answers and warnings are always the whole-file loader's.
//
// Hand-written over span buffers because it is the inner loop of a streamed query (every cell
// of every column a query reads passes through it); it classifies cells with the loader's own
// functions (`classifyFast`, `classifyPlanText`), so a cell reads the same either way.

/// The type a streamed column must have: what the whole-file loader gives it, as a sample of the
/// file showed (type, format and, for an exact decimal, the number of places).
struct StreamedColumnType: Sendable, Equatable {
    var type: DataType
    var format: ValueFormat
    /// Places of a decimal column (the most any of its values has); 0 otherwise.
    var scale = 0

    /// The types a column can be streamed as: those whose whole-file decision is settled by
    /// cells of one kind (no per-column choice such as day/month order, and no finding that
    /// depends on the whole column). Nil for the others.
    init?(_ column: Column) {
        type = column.type
        format = column.format
        switch column.storage {
        case .decimal(_, let s):
            // More than six places can be float noise, decided from the whole column's size.
            guard s <= 6 else { return nil }
            scale = s
        case .int, .float:
            guard format == .plain else { return nil }
        case .text, .bool, .date, .month, .fiscalYear, .null:
            break
        case .list:
            return nil
        }
    }

    init(type: DataType, format: ValueFormat, scale: Int = 0) {
        self.type = type
        self.format = format
        self.scale = scale
    }
}

/// One column of one morsel, typed.
struct MorselColumn {
    var column: Column
    /// Non-null values that are not status tokens.
    var values = 0
    /// A cell of the kind that makes the column's type what it is (a decimal point in a decimal
    /// column, an exponent in a float one): without one anywhere, the whole file reads otherwise.
    var sawDefiningKind = false
    /// Text columns: the dictionary, how many cells hold each entry, and the null cells.
    var dictionary: [String] = []
    var textCounts: [Int] = []
    var nullCells = 0
}

/// Types a morsel's columns. One per worker thread: its scratch buffers are reused.
struct MorselTyper {
    private var scratch = CellScratch()

    func free() { scratch.free() }

    /// The cells `spans[0..<count]` (offsets into `base`) typed as `want`; nil when a cell
    /// contradicts it (a whole-file load could type the column differently).
    mutating func type(_ spans: UnsafePointer<UInt64>, count n: Int, base: UnsafePointer<UInt8>,
                       as want: StreamedColumnType) -> MorselColumn? {
        switch want.type {
        case .text: return text(spans, n, base)
        case .null: return nullColumn(spans, n, base)
        default: return typed(spans, n, base, want)
        }
    }

    /// The trimmed bytes of a cell, as the loader reads them; nil for an empty or missing cell.
    @inline(__always)
    private mutating func cell(_ s: UInt64, _ base: UnsafePointer<UInt8>) -> (UnsafePointer<UInt8>, Int)? {
        let flag = CellSpan.flag(s)
        if flag == CellFlag.missing { return nil }
        var (q, len) = scratch.bytes(s, base)
        if flag == CellFlag.plain {
            while len > 0, q[0] == asciiSpace || q[0] == asciiTab { q += 1; len -= 1 }
            while len > 0, q[len - 1] == asciiSpace || q[len - 1] == asciiTab { len -= 1 }
        }
        return len == 0 ? nil : (q, len)
    }

    private mutating func text(_ spans: UnsafePointer<UInt64>, _ n: Int, _ base: UnsafePointer<UInt8>) -> MorselColumn {
        var interner = ByteInterner()
        var codes = [UInt32](repeating: 0, count: n)
        var nulls = [Bool](repeating: false, count: n)
        var counts: [Int] = []
        var nullCount = 0
        codes.withUnsafeMutableBufferPointer { codesBuf in
            nulls.withUnsafeMutableBufferPointer { nullsBuf in
                for r in 0..<n {
                    guard let (q, len) = cell(spans[r], base) else { nullsBuf[r] = true; nullCount += 1; continue }
                    codesBuf[r] = interner.intern(q, len)
                }
                counts = [Int](repeating: 0, count: interner.count)
                counts.withUnsafeMutableBufferPointer { c in
                    for r in 0..<n where !nullsBuf[r] { c[Int(codesBuf[r])] += 1 }
                }
            }
        }
        var dictionary = interner.strings()
        if nullCount > 0, dictionary.isEmpty { dictionary = [""] }
        var out = MorselColumn(column: Column(storage: .text(codes: codes, dictionary: dictionary), nulls: nulls, count: n))
        out.values = n - nullCount
        out.dictionary = dictionary
        out.textCounts = counts
        out.nullCells = nullCount
        return out
    }

    private mutating func nullColumn(_ spans: UnsafePointer<UInt64>, _ n: Int, _ base: UnsafePointer<UInt8>) -> MorselColumn? {
        for r in 0..<n where cell(spans[r], base) != nil { return nil }
        return MorselColumn(column: Column(storage: .null, nulls: nil, count: n))
    }

    private mutating func typed(_ spans: UnsafePointer<UInt64>, _ n: Int, _ base: UnsafePointer<UInt8>,
                                _ want: StreamedColumnType) -> MorselColumn? {
        // The plan-format parser runs once per distinct text, as in the whole-file loader.
        var interner = ByteInterner()
        var cache: [CellClass] = []
        var payload = [Int64](repeating: 0, count: n)
        var nulls = [Bool](repeating: false, count: n)
        var verbatim: [Int: String] = [:]
        var values = 0
        var defining = false
        // The kinds that fit the column, and the kind that defines it (none: every member does).
        let accepted: [UInt8]
        var definingKind: UInt8? = nil
        switch (want.type, want.format) {
        case (.int, .plain): accepted = [CellKind.int]
        case (.decimal, .plain): accepted = [CellKind.int, CellKind.decimal]; definingKind = CellKind.decimal
        case (.decimal, .money): accepted = [CellKind.money]
        case (.decimal, .percent): accepted = [CellKind.percent]
        case (.float, .plain): accepted = [CellKind.float, CellKind.int]; definingKind = CellKind.float
        case (.bool, _): accepted = [CellKind.bool]
        case (.date, _): accepted = [CellKind.date]
        case (.month, _): accepted = [CellKind.month]
        case (.fiscalYear, _): accepted = [CellKind.fiscalYear]
        default: return nil
        }
        var member: UInt64 = 0  // a bit per kind (there are fewer than 64)
        for k in accepted { member |= 1 << UInt64(k) }
        let scale = want.scale
        let plainNumbers = want.format == .plain && (want.type == .int || want.type == .decimal)
        var contradiction = false
        payload.withUnsafeMutableBufferPointer { out in
            nulls.withUnsafeMutableBufferPointer { nullsBuf in
                for r in 0..<n {
                    let s = spans[r]
                    guard let (q, len) = cell(s, base) else { nullsBuf[r] = true; continue }
                    let c: CellClass
                    if plainNumbers, let f = fastPlainNumber(q, len) {
                        c = f
                    } else if want.type == .fiscalYear, let f = fastFiscalYear(q, len) {
                        c = f
                    } else if let f = classifyFast(q, len) {
                        c = f
                    } else {
                        let code = Int(interner.intern(q, len))
                        if code < cache.count { c = cache[code] } else { c = classifyPlanText(q, len); cache.append(c) }
                    }
                    if member & (1 << UInt64(c.kind)) == 0 {
                        if c.kind == CellKind.status {
                            // A status token (`N/A`, `TBC`): null, its text kept, as the loader does.
                            nullsBuf[r] = true
                            verbatim[r] = String(decoding: UnsafeBufferPointer(start: q, count: len), as: UTF8.self)
                            continue
                        }
                        if c.kind == CellKind.null { nullsBuf[r] = true; continue }
                        contradiction = true
                        return
                    }
                    values += 1
                    if c.kind == definingKind { defining = true }
                    if want.type == .decimal {
                        let shift = scale - Int(c.scale)
                        // More places than the sample's column had: the whole file's scale differs.
                        if shift < 0 { contradiction = true; return }
                        if shift == 0 { out[r] = c.payload; continue }
                        let (v, overflow) = c.payload.multipliedReportingOverflow(by: ExactDecimal.pow10(shift))
                        if overflow { contradiction = true; return }
                        out[r] = v
                    } else {
                        out[r] = c.payload
                        if want.type == .float, c.kind == CellKind.int {
                            out[r] = Int64(bitPattern: Double(c.payload).bitPattern)
                        }
                    }
                }
            }
        }
        if contradiction { return nil }
        let storage: Column.Storage
        switch want.type {
        case .int: storage = .int(payload.map { Int($0) })
        case .decimal: storage = .decimal(payload, scale: scale)
        case .float: storage = .float(payload.map { Double(bitPattern: UInt64(bitPattern: $0)) })
        case .bool: storage = .bool(payload.map { $0 != 0 })
        case .date: storage = .date(payload.map { Int32(truncatingIfNeeded: $0) })
        case .month: storage = .month(payload.map { Int32(truncatingIfNeeded: $0) })
        case .fiscalYear: storage = .fiscalYear(payload.map { Int32(truncatingIfNeeded: $0) })
        default: return nil
        }
        var out = MorselColumn(column: Column(storage: storage, nulls: nulls, count: n, format: want.format, verbatim: verbatim))
        out.values = values
        out.sawDefiningKind = definingKind == nil || defining
        return out
    }
}

/// `2008/09` read straight from its bytes: the common spelling of a financial year, which the
/// loader otherwise reads through the plan-format parser (a hash and a lookup per cell). Nil for
/// anything else, which then goes the usual way. Agrees with `classifyCellText` (tested).
@inline(__always)
func fastFiscalYear(_ p: UnsafePointer<UInt8>, _ n: Int) -> CellClass? {
    guard n == 7, p[4] == UInt8(ascii: "/"), isDigit(p[0]), isDigit(p[1]), isDigit(p[2]), isDigit(p[3]),
          isDigit(p[5]), isDigit(p[6]) else { return nil }
    let year = Int(p[0] &- 48) * 1000 + Int(p[1] &- 48) * 100 + Int(p[2] &- 48) * 10 + Int(p[3] &- 48)
    let next = Int(p[5] &- 48) * 10 + Int(p[6] &- 48)
    guard next == (year + 1) % 100, FiscalYear.checked(startYear: year) != nil else { return nil }
    return CellClass(kind: CellKind.fiscalYear, payload: Int64(year))
}

/// `-1639.80`, `42`: a whole number or decimal of up to 18 digits, read straight from its bytes
/// (`fastNumber` also looks for dates, grouping commas, `£`, `%` and exponents first). Nil for
/// anything else, which then goes the usual way. Agrees with `classifyFast` (tested).
@inline(__always)
func fastPlainNumber(_ p: UnsafePointer<UInt8>, _ n: Int) -> CellClass? {
    var i = 0
    var negative = false
    if n > 0, p[0] == UInt8(ascii: "-") || p[0] == UInt8(ascii: "+") {
        negative = p[0] == UInt8(ascii: "-")
        i = 1
    }
    let digitsStart = i
    var units: Int64 = 0
    while i < n, isDigit(p[i]) { units = units &* 10 &+ Int64(p[i] &- 48); i += 1 }
    let intDigits = i - digitsStart
    // `007` is a code, not a number: the usual way says so.
    guard intDigits > 0, intDigits <= 18, intDigits == 1 || p[digitsStart] != UInt8(ascii: "0") else { return nil }
    if i == n { return CellClass(kind: CellKind.int, payload: negative ? -units : units) }
    guard p[i] == UInt8(ascii: "."), i + 1 < n else { return nil }
    i += 1
    let fractionStart = i
    while i < n, isDigit(p[i]) { units = units &* 10 &+ Int64(p[i] &- 48); i += 1 }
    let places = i - fractionStart
    guard i == n, places > 0, intDigits + places <= 18 else { return nil }
    return CellClass(kind: CellKind.decimal, payload: negative ? -units : units, scale: UInt8(places))
}
