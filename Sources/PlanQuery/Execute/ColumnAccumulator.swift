/// A column built from consecutive parts of one type (a streamed file's morsels, in file
/// order) without keeping the parts: each is appended to typed storage as it comes, text codes
/// mapped into one dictionary (in order of first appearance, as the parts' dictionaries are).
/// `Column.concatenate` of all the parts gives the same column, holding both at once.
final class ColumnAccumulator {
    private(set) var type: DataType = .null
    private var format: ValueFormat = .plain
    private var scale: Int?
    private var count = 0
    private var nulls: [Bool] = []
    private var verbatim: [Int: String] = [:]
    private var ints: [Int] = []
    private var units: [Int64] = []
    private var floats: [Double] = []
    private var bools: [Bool] = []
    private var days: [Int32] = []
    private var lists: [[Value]] = []
    private var codes: [UInt32] = []
    private var dictionary: [String] = []
    private var lookup: [String: UInt32] = [:]
    private var expected = 0

    init() {}

    /// About how many rows will come: storage is reserved for them (pages never written are
    /// never touched), so that it need not grow and copy.
    func expect(rows: Int) {
        guard rows > expected else { return }
        expected = rows
        nulls.reserveCapacity(rows)
        switch type {
        case .int: ints.reserveCapacity(rows)
        case .decimal: units.reserveCapacity(rows)
        case .float: floats.reserveCapacity(rows)
        case .bool: bools.reserveCapacity(rows)
        case .date, .month, .fiscalYear: days.reserveCapacity(rows)
        case .text: codes.reserveCapacity(rows)
        case .list, .null: break
        }
    }

    /// Appends a part. False when it does not fit the parts before it (another type, or a
    /// decimal of another scale, which concatenation would rescale).
    func append(_ c: Column) -> Bool {
        if c.type != .null {
            if type == .null {
                // The first typed part: the rows so far (all null) get placeholders.
                type = c.type
                format = c.format
                let before = count
                count = 0
                let keep = nulls
                nulls = []
                let e = expected
                expected = 0
                expect(rows: max(e, before))
                appendNulls(before)
                nulls = keep
                count = before
            } else if c.type != type {
                return false
            }
            if case .decimal(_, let s) = c.storage {
                if let known = scale, known != s { return false }
                scale = s
            }
        }
        let start = count
        if let n = c.nulls { nulls.append(contentsOf: n) }
        else { nulls.append(contentsOf: repeatElement(c.type == .null, count: c.count)) }
        for (r, text) in c.verbatim { verbatim[start + r] = text }
        switch c.storage {
        case .null: appendPlaceholders(c.count)
        case .int(let a): ints.append(contentsOf: a)
        case .decimal(let a, _): units.append(contentsOf: a)
        case .float(let a): floats.append(contentsOf: a)
        case .bool(let a): bools.append(contentsOf: a)
        case .date(let a), .month(let a), .fiscalYear(let a): days.append(contentsOf: a)
        case .list(let a): lists.append(contentsOf: a)
        case .text(let local, let d):
            // Entries numbered as rows first use them; null rows keep code 0.
            var remap = [Int64](repeating: -1, count: d.count)
            for r in 0..<local.count {
                let c = Int(local[r])
                guard !nulls[start + r], c < d.count else { codes.append(0); continue }
                if remap[c] < 0 {
                    if let k = lookup[d[c]] {
                        remap[c] = Int64(k)
                    } else {
                        remap[c] = Int64(dictionary.count)
                        lookup[d[c]] = UInt32(dictionary.count)
                        dictionary.append(d[c])
                    }
                }
                codes.append(UInt32(remap[c]))
            }
        }
        count += c.count
        return true
    }

    private func appendNulls(_ n: Int) {
        nulls.append(contentsOf: repeatElement(true, count: n))
        appendPlaceholders(n)
    }

    /// Values under null cells of a typed column (a `.null` part in a typed column).
    private func appendPlaceholders(_ n: Int) {
        switch type {
        case .int: ints.append(contentsOf: repeatElement(0, count: n))
        case .decimal: units.append(contentsOf: repeatElement(0, count: n))
        case .float: floats.append(contentsOf: repeatElement(0, count: n))
        case .bool: bools.append(contentsOf: repeatElement(false, count: n))
        case .date, .month, .fiscalYear: days.append(contentsOf: repeatElement(0, count: n))
        case .list: lists.append(contentsOf: repeatElement([], count: n))
        case .text: codes.append(contentsOf: repeatElement(0, count: n))
        case .null: break
        }
    }

    /// The column of every part appended, in order.
    func finish() -> Column {
        let storage: Column.Storage
        switch type {
        case .null: return Column(storage: .null, nulls: nil, count: count)
        case .int: storage = .int(ints)
        case .decimal: storage = .decimal(units, scale: scale ?? 0)
        case .float: storage = .float(floats)
        case .bool: storage = .bool(bools)
        case .date: storage = .date(days)
        case .month: storage = .month(days)
        case .fiscalYear: storage = .fiscalYear(days)
        case .list: storage = .list(lists)
        case .text:
            var d = dictionary
            if d.isEmpty, nulls.contains(true) { d = [""] }
            storage = .text(codes: codes, dictionary: d)
        }
        return Column(storage: storage, nulls: nulls, count: count, format: format, verbatim: verbatim)
    }
}
