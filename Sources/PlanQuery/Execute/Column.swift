/// A typed column. Numbers are stored unboxed, text is dictionary-encoded, exact decimals
/// are scaled `Int64`s with one scale per column. Nulls live in a separate mask so kernels
/// can run over the dense arrays.
public struct Column: Sendable {
    public enum Storage: Sendable {
        /// A column whose every value is null and whose type is unknown.
        case null
        case bool([Bool])
        case int([Int])
        case decimal([Int64], scale: Int)
        case float([Double])
        case text(codes: [UInt32], dictionary: [String])
        case date([Int32])
        case month([Int32])
        case fiscalYear([Int32])
        case list([[Value]])
    }

    public var storage: Storage
    /// `nulls[i] == true` when row i is null; nil when the column has no nulls.
    public var nulls: [Bool]?
    public let count: Int
    public var format: ValueFormat
    /// Verbatim text of cells a loader could not type (or typed as a status token such as
    /// `N/A`): the cell is null in `storage`, and its text is kept here so nothing is lost.
    public var verbatim: [Int: String]

    public init(storage: Storage, nulls: [Bool]?, count: Int, format: ValueFormat = .plain,
                verbatim: [Int: String] = [:]) {
        self.storage = storage
        self.nulls = (nulls?.contains(true) ?? false) ? nulls : nil
        self.count = count
        self.format = format
        self.verbatim = verbatim
    }

    /// Every row null; `.null` storage needs no mask (`isNull` knows), so this allocates nothing.
    public static func allNull(count: Int) -> Column {
        Column(storage: .null, nulls: nil, count: count)
    }

    public var type: DataType {
        switch storage {
        case .null: return .null
        case .bool: return .bool
        case .int: return .int
        case .decimal: return .decimal
        case .float: return .float
        case .text: return .text
        case .date: return .date
        case .month: return .month
        case .fiscalYear: return .fiscalYear
        case .list: return .list
        }
    }

    @inline(__always) public func isNull(_ row: Int) -> Bool {
        if case .null = storage { return true }
        return nulls?[row] ?? false
    }

    public var nullCount: Int {
        if case .null = storage { return count }
        guard let nulls else { return 0 }
        var n = 0
        for isNull in nulls where isNull { n += 1 }
        return n
    }

    public subscript(row: Int) -> Value {
        if isNull(row) { return .null }
        switch storage {
        case .null: return .null
        case .bool(let a): return .bool(a[row])
        case .int(let a): return .int(a[row])
        case .decimal(let a, let scale): return .decimal(ExactDecimal(units: a[row], scale: scale))
        case .float(let a): return .float(a[row])
        case .text(let codes, let dict): return .text(dict[Int(codes[row])])
        case .date(let a): return .date(CalendarDate(days: a[row]))
        case .month(let a): return .month(YearMonth(index: a[row]))
        case .fiscalYear(let a): return .fiscalYear(FiscalYear(startYear: Int(a[row])))
        case .list(let a): return .list(a[row])
        }
    }

    /// The verbatim text of a cell: the loader's original text where it kept one, else the value's text.
    public func text(at row: Int) -> String {
        if let raw = verbatim[row] { return raw }
        return self[row].description
    }

    /// Rows picked by index; an index of -1 yields null (used by outer joins).
    public func gather(_ indices: [Int]) -> Column {
        gather(indices, hasMissing: indices.contains(-1))
    }

    /// `hasMissing`: whether `indices` holds -1, when the caller already knows (a table gathers many columns).
    func gather(_ indices: [Int], hasMissing: Bool) -> Column {
        do { return try gather(indices, hasMissing: hasMissing, checking: nil) } catch {
            preconditionFailure("only a run's guard stops a gather")
        }
    }

    /// `gather`, checking `runGuard` after each piece of `CheckedArrays.piece` rows: a gather
    /// of millions of rows into new memory is tens of milliseconds a column.
    func gather(_ indices: [Int], hasMissing: Bool, checking runGuard: RunGuard?) throws(PlanQueryError) -> Column {
        let n = indices.count
        let step = runGuard == nil ? Swift.max(n, 1) : CheckedArrays.piece
        var outNulls: [Bool]? = nil
        if case .null = storage { return Column.allNull(count: n) }
        if nulls != nil || hasMissing {
            var mask = [Bool]()
            mask.reserveCapacity(n)
            var lo = 0
            while lo < n {
                let hi = Swift.min(n, lo + step)
                for k in lo..<hi { let r = indices[k]; mask.append(r < 0 || (nulls?[r] ?? false)) }
                lo = hi
                try runGuard?.check()
            }
            outNulls = mask
        }
        @inline(__always) func pick<T>(_ a: [T], _ zero: T) throws(PlanQueryError) -> [T] {
            var out = [T]()
            out.reserveCapacity(n)
            try indices.withUnsafeBufferPointer { (idx) throws(PlanQueryError) in
                try a.withUnsafeBufferPointer { (buf) throws(PlanQueryError) in
                    var lo = 0
                    while lo < n {
                        let hi = Swift.min(n, lo + step)
                        if hasMissing {
                            for k in lo..<hi { let r = idx[k]; out.append(r < 0 ? zero : buf[r]) }
                        } else {
                            for k in lo..<hi { out.append(buf[idx[k]]) }
                        }
                        lo = hi
                        try runGuard?.check()
                    }
                }
            }
            return out
        }
        let storage: Storage
        switch self.storage {
        case .null: return Column.allNull(count: n)
        case .bool(let a): storage = .bool(try pick(a, false))
        case .int(let a): storage = .int(try pick(a, 0))
        case .decimal(let a, let s): storage = .decimal(try pick(a, 0), scale: s)
        case .float(let a): storage = .float(try pick(a, 0))
        case .text(let c, let d): storage = .text(codes: try pick(c, 0), dictionary: d.isEmpty && hasMissing ? [""] : d)
        case .date(let a): storage = .date(try pick(a, 0))
        case .month(let a): storage = .month(try pick(a, 0))
        case .fiscalYear(let a): storage = .fiscalYear(try pick(a, 0))
        case .list(let a): storage = .list(try pick(a, []))
        }
        var kept: [Int: String] = [:]
        if !verbatim.isEmpty {
            for (i, r) in indices.enumerated() where r >= 0 { if let t = verbatim[r] { kept[i] = t } }
        }
        return Column(storage: storage, nulls: outNulls, count: n, format: format, verbatim: kept)
    }

    /// A column of one value repeated.
    public static func constant(_ value: Value, count: Int, format: ValueFormat = .plain) -> Column {
        do { return try constant(value, count: count, format: format, checking: nil) } catch {
            preconditionFailure("only a run's guard stops a constant column")
        }
    }

    /// `constant`, checking `runGuard` as the rows are filled in (a constant beside ten
    /// million rows is 80 MB of new memory).
    static func constant(_ value: Value, count: Int, format: ValueFormat = .plain,
                         checking runGuard: RunGuard?) throws(PlanQueryError) -> Column {
        // One row built, then its storage repeated (a constant beside millions of rows).
        var b = ColumnBuilder(type: value.type, capacity: 1)
        b.append(value)
        let one = b.finish()
        func repeated<T>(_ a: [T]) throws(PlanQueryError) -> [T] { try .checked(repeating: a[0], count: count, runGuard) }
        let storage: Storage
        switch one.storage {
        case .null: storage = .null
        case .bool(let a): storage = .bool(try repeated(a))
        case .int(let a): storage = .int(try repeated(a))
        case .decimal(let a, let s): storage = .decimal(try repeated(a), scale: s)
        case .float(let a): storage = .float(try repeated(a))
        case .date(let a): storage = .date(try repeated(a))
        case .month(let a): storage = .month(try repeated(a))
        case .fiscalYear(let a): storage = .fiscalYear(try repeated(a))
        case .text(let codes, let dictionary): storage = .text(codes: try repeated(codes), dictionary: dictionary)
        case .list(let a): storage = .list(try repeated(a))
        }
        var nulls: [Bool]? = nil
        if let n = one.nulls { nulls = try repeated(n) }
        return Column(storage: storage, nulls: nulls, count: count, format: format)
    }

    public func values() -> [Value] { (0..<count).map { self[$0] } }
}

/// Builds a column from values one at a time. Integers mixed with decimals become decimals;
/// numbers mixed with floats become floats; anything else mixed is a programming error
/// upstream (the resolver has already unified the types) and is stored as text.
package struct ColumnBuilder {
    package private(set) var type: DataType
    private var bools: [Bool] = []
    private var ints: [Int] = []
    private var decimals: [Int64] = []
    private var scale = 0
    private var floats: [Double] = []
    private var codes: [UInt32] = []
    private var dictionary: [String] = []
    private var lookup: [String: UInt32] = [:]
    private var parts: [[HashedText: UInt32]] = []
    private var days: [Int32] = []
    private var lists: [[Value]] = []
    private var nulls: [Bool] = []
    private var anyNull = false
    package private(set) var count = 0
    package var verbatim: [Int: String] = [:]

    package init(type: DataType, capacity: Int = 0) {
        self.type = type
        nulls.reserveCapacity(capacity)
        switch type {
        case .int: ints.reserveCapacity(capacity)
        case .decimal: decimals.reserveCapacity(capacity)
        case .float: floats.reserveCapacity(capacity)
        case .text: codes.reserveCapacity(capacity)
        case .date, .month, .fiscalYear: days.reserveCapacity(capacity)
        default: break
        }
    }

    package mutating func appendNull() {
        nulls.append(true)
        anyNull = true
        switch type {
        case .null: break
        case .bool: bools.append(false)
        case .int: ints.append(0)
        case .decimal: decimals.append(0)
        case .float: floats.append(0)
        case .text: codes.append(0); if dictionary.isEmpty { intern("") }
        case .date, .month, .fiscalYear: days.append(0)
        case .list: lists.append([])
        }
        count += 1
    }

    @discardableResult
    private mutating func intern(_ s: String) -> UInt32 {
        if !parts.isEmpty {
            let key = HashedText(s)
            let p = key.partition
            if let c = parts[p][key] { return c }
            let c = UInt32(dictionary.count)
            dictionary.append(s)
            parts[p][key] = c
            return c
        }
        if let c = lookup[s] { return c }
        let c = UInt32(dictionary.count)
        dictionary.append(s)
        lookup[s] = c
        if lookup.count >= 1 << 16 {
            // Past 64Ki distinct values the lookup is split in 64 by the text's hash, so that no
            // growth rehashes millions of strings at once (a second without a cancellation check).
            parts = [[HashedText: UInt32]](repeating: [:], count: 64)
            for (t, k) in lookup { let key = HashedText(t); parts[key.partition][key] = k }
            lookup = [:]
        }
        return c
    }

    /// Changes the column's type as values of a wider type arrive (null → T, int → decimal → float).
    private mutating func widen(to newType: DataType) {
        if newType == type { return }
        let old = type
        type = newType
        let n = count
        switch (old, newType) {
        case (.null, _):
            count = 0
            let keepNulls = nulls
            nulls = []
            for _ in 0..<n { appendNull() }
            nulls = keepNulls
            count = n
        case (.int, .decimal):
            decimals = ints.map { Int64($0) * ExactDecimal.pow10(scale) }
            ints = []
        case (.int, .float):
            floats = ints.map(Double.init)
            ints = []
        case (.decimal, .float):
            let p = Double(ExactDecimal.pow10(scale))
            floats = decimals.map { Double($0) / p }
            decimals = []
        default:
            // Mixed incompatible values: fall back to text.
            let values = (0..<n).map { finishedValue($0, old) }
            type = .text
            count = 0
            nulls = []
            anyNull = false
            bools = []; ints = []; decimals = []; floats = []; days = []; lists = []
            for v in values { append(v) }
        }
    }

    private func finishedValue(_ i: Int, _ t: DataType) -> Value {
        if nulls[i] { return .null }
        switch t {
        case .bool: return .bool(bools[i])
        case .int: return .int(ints[i])
        case .decimal: return .decimal(ExactDecimal(units: decimals[i], scale: scale))
        case .float: return .float(floats[i])
        case .text: return .text(dictionary[Int(codes[i])])
        case .date: return .date(CalendarDate(days: days[i]))
        case .month: return .month(YearMonth(index: days[i]))
        case .fiscalYear: return .fiscalYear(FiscalYear(startYear: Int(days[i])))
        case .list: return .list(lists[i])
        case .null: return .null
        }
    }

    package mutating func append(_ value: Value) {
        let vt = value.type
        if vt == .null { appendNull(); return }
        if vt != type {
            if type == .null { widen(to: vt) }
            else if let u = DataType.unify(type, vt), u != type { widen(to: u) }
            else if DataType.unify(type, vt) == nil { widen(to: .text) }
        }
        nulls.append(false)
        switch (type, value) {
        case (.bool, .bool(let b)): bools.append(b)
        case (.int, .int(let i)): ints.append(i)
        case (.decimal, .int(let i)): appendDecimal(ExactDecimal(i))
        case (.decimal, .decimal(let d)): appendDecimal(d)
        case (.float, _): floats.append(value.doubleValue ?? .nan)
        case (.text, _): codes.append(intern(value.description))
        case (.date, .date(let d)): days.append(d.days)
        case (.month, .month(let m)): days.append(m.index)
        case (.fiscalYear, .fiscalYear(let y)): days.append(Int32(y.startYear))
        case (.list, .list(let l)): lists.append(l)
        default:
            nulls[nulls.count - 1] = true
            anyNull = true
            appendPlaceholder()
        }
        count += 1
    }

    private mutating func appendPlaceholder() {
        switch type {
        case .bool: bools.append(false)
        case .int: ints.append(0)
        case .decimal: decimals.append(0)
        case .float: floats.append(0)
        case .text: codes.append(intern(""))
        case .date, .month, .fiscalYear: days.append(0)
        case .list: lists.append([])
        case .null: break
        }
    }

    package mutating func appendDecimal(_ d: ExactDecimal) {
        if d.scale > scale {
            // Rescale what we have (into a copy: on overflow the values must stay as they were).
            let factor = ExactDecimal.pow10(d.scale - scale)
            var wider = decimals
            var overflow = false
            for i in wider.indices {
                let (v, o) = wider[i].multipliedReportingOverflow(by: factor)
                if o { overflow = true; break }
                wider[i] = v
            }
            if overflow {
                // 1.10 next to 100000000000000000.8: kept exact at the column's places when its
                // extra places are zeros; otherwise the column becomes floats, said.
                let n = d.normalized
                if n.scale <= scale, let r = n.rescaled(to: scale) { decimals.append(r.units); return }
                PrecisionLoss.noteMixedScalesAsFloat(d)
                widen(to: .float)
                floats.append(d.doubleValue)
                return
            }
            decimals = wider
            scale = d.scale
            decimals.append(d.units)
        } else if let r = d.rescaled(to: scale) {
            decimals.append(r.units)
        } else {
            PrecisionLoss.noteMixedScalesAsFloat(d)
            widen(to: .float)
            floats.append(d.doubleValue)
        }
    }

    package mutating func finish(format: ValueFormat = .plain) -> Column {
        let mask: [Bool]? = anyNull ? nulls : nil
        let storage: Column.Storage
        switch type {
        case .null: storage = .null
        case .bool: storage = .bool(bools)
        case .int: storage = .int(ints)
        case .decimal: storage = .decimal(decimals, scale: scale)
        case .float: storage = .float(floats)
        case .text: storage = .text(codes: codes, dictionary: dictionary)
        case .date: storage = .date(days)
        case .month: storage = .month(days)
        case .fiscalYear: storage = .fiscalYear(days)
        case .list: storage = .list(lists)
        }
        return Column(storage: storage, nulls: mask, count: count, format: format, verbatim: verbatim)
    }
}

/// A text with its hash computed once: the hash picks one of 64 lookups and is the key's
/// hash within it (String equality, so canonically equal texts stay one value).
private struct HashedText: Hashable {
    let text: String
    let hash: Int

    init(_ text: String) {
        self.text = text
        self.hash = text.hashValue
    }

    var partition: Int { Int(truncatingIfNeeded: UInt(bitPattern: hash) >> (UInt.bitWidth - 6)) }

    static func == (a: HashedText, b: HashedText) -> Bool { a.hash == b.hash && a.text == b.text }

    func hash(into hasher: inout Hasher) { hasher.combine(hash) }
}
