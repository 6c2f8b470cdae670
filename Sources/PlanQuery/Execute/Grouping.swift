/// Hash grouping over key columns. Each key column is first turned into dense integer codes
/// (text uses its dictionary codes directly, so grouping by text never hashes strings per
/// row); several keys are then combined pairwise. Groups are numbered in order of first
/// appearance, so results are deterministic.
enum GroupKeys {
    /// Dense codes 0..<cardinality for one column; null gets its own code.
    static func codes(_ c: Column) throws -> (codes: [Int32], cardinality: Int) {
        let n = c.count
        // Hashed keys make their own codes: the array here is for the cases that fill it in place.
        let runGuard = RunGuard.current
        var out: [Int32] = []
        switch c.storage {
        case .bool, .text, .date, .month, .fiscalYear, .list: out = try .checked(repeating: 0, count: n, runGuard)
        default: break
        }
        switch c.storage {
        case .null:
            return (try .checked(repeating: 0, count: n, runGuard), 1)
        case .text(let codes, let dict):
            // Dictionary entries may repeat after concatenation; map equal strings to one code.
            var canonical = [Int32](repeating: -1, count: dict.count)
            var seen: [String: Int32] = [:]
            var next: Int32 = 0
            var remap = [Int32](repeating: -1, count: dict.count)
            for (i, s) in dict.enumerated() {
                if let k = seen[s] { canonical[i] = k } else { seen[s] = next; canonical[i] = next; next += 1 }
                remap[i] = canonical[i]
            }
            let nullCode = next
            codes.withUnsafeBufferPointer { cs in
                for i in 0..<n { out[i] = remap[Int(cs[i])] }
            }
            if let nulls = c.nulls { for i in 0..<n where nulls[i] { out[i] = nullCode } }
            return (out, Int(nullCode) + 1)
        case .bool(let a):
            for i in 0..<n { out[i] = a[i] ? 1 : 0 }
            if let nulls = c.nulls { for i in 0..<n where nulls[i] { out[i] = 2 } }
            return (out, 3)
        case .int(let a):
            return try hashCodes(n, c.nulls) { a[$0] }
        case .decimal(let a, _):
            return try hashCodes(n, c.nulls) { Int(a[$0]) }
        case .float(let a):
            return try hashCodes(n, c.nulls) { i in
                let v = a[i]
                return v == 0 ? 0 : (v.isNaN ? Int(Double.nan.bitPattern) : Int(truncatingIfNeeded: v.bitPattern))
            }
        case .date(let a), .month(let a), .fiscalYear(let a):
            // Small ranges (years, months) index an array instead of hashing.
            var lo = Int32.max, hi = Int32.min
            for v in a { lo = min(lo, v); hi = max(hi, v) }
            if n > 0, Int(hi) - Int(lo) < 1 << 16 {
                var slot = [Int32](repeating: -1, count: Int(hi - lo) + 1)
                var next: Int32 = 0
                for i in 0..<n {
                    if c.nulls?[i] ?? false { continue }
                    let s = Int(a[i] - lo)
                    if slot[s] < 0 { slot[s] = next; next += 1 }
                    out[i] = slot[s]
                }
                if let nulls = c.nulls { for i in 0..<n where nulls[i] { out[i] = next } }
                return (out, Int(next) + 1)
            }
            return try hashCodes(n, c.nulls) { Int(a[$0]) }
        case .list(let a):
            var seen: [[Value]: Int32] = [:]
            for i in 0..<n {
                if i & 0x1FFF == 0 { try RunGuard.checkpoint() }
                if c.nulls?[i] ?? false { out[i] = -2; continue }
                if let k = seen[a[i]] { out[i] = k } else { let k = Int32(seen.count); seen[a[i]] = k; out[i] = k }
            }
            let nullCode = Int32(seen.count)
            for i in 0..<n where out[i] == -2 { out[i] = nullCode }
            return (out, seen.count + 1)
        }
    }

    /// Hashing is the slowest way to codes (tens of nanoseconds a row): the run is checked
    /// every 8Ki rows so a cancel does not wait for millions.
    /// The keys go to 64 hash tables by their bits, so no table is rehashed with millions of
    /// keys at once (a second without a check).
    static func hashCodes(_ n: Int, _ nulls: [Bool]?, _ key: (Int) -> Int) throws -> (codes: [Int32], cardinality: Int) {
        let runGuard = RunGuard.current
        var out = try [Int32].checked(repeating: 0, count: n, runGuard)
        var seen = [[Int: Int32]](repeating: [:], count: PartitionedSet.partitions)
        var next: Int32 = 0
        var nullRows = false
        for i in 0..<n {
            if i & 0x1FFF == 0 { try runGuard?.check() }
            if nulls?[i] ?? false { nullRows = true; continue }
            let k = key(i)
            let p = PartitionedSet.partition(UInt64(bitPattern: Int64(k)))
            if let c = seen[p][k] { out[i] = c } else { seen[p][k] = next; out[i] = next; next += 1 }
        }
        let nullCode = next
        if nullRows, let nulls { for i in 0..<n where nulls[i] { out[i] = nullCode } }
        return (out, Int(next) + 1)
    }

    /// Group ids by first appearance, and the first row of each group.
    static func group(_ keys: [Column], rowCount n: Int) throws -> (grouping: Grouping, firstRows: [Int]) {
        if keys.isEmpty {
            return (Grouping(groupOf: try .checked(repeating: 0, count: n, RunGuard.current), count: 1), n > 0 ? [0] : [])
        }
        var (combined, card) = try codes(keys[0])
        for k in keys.dropFirst() {
            try RunGuard.checkpoint()
            let (next, c2) = try codes(k)
            if card * c2 <= 1 << 24 {
                for i in 0..<n { combined[i] = combined[i] * Int32(c2) + next[i] }
                card *= c2
            } else {
                var seen: [Int64: Int32] = [:]
                for i in 0..<n {
                    if i & 0x1FFF == 0 { try RunGuard.checkpoint() }
                    let key = Int64(combined[i]) << 32 | Int64(next[i])
                    if let g = seen[key] { combined[i] = g } else { let g = Int32(seen.count); seen[key] = g; combined[i] = g }
                }
                card = seen.count
            }
        }
        // Renumber by first appearance.
        let runGuard = RunGuard.current
        try runGuard?.check()
        var dense = try [Int32].checked(repeating: -1, count: card, runGuard)
        var groupOf = try [Int32].checked(repeating: 0, count: n, runGuard)
        var firstRows: [Int] = []
        for i in 0..<n {
            if i & 0xFFFF == 0 { try runGuard?.check() }
            let c = Int(combined[i])
            if dense[c] < 0 { dense[c] = Int32(firstRows.count); firstRows.append(i) }
            groupOf[i] = dense[c]
        }
        return (Grouping(groupOf: groupOf, count: firstRows.count), firstRows)
    }
}

extension Column {
    /// Stacks columns of one type (or null) into one; text dictionaries are merged.
    static func concatenate(_ parts: [Column], type: DataType, format: ValueFormat) -> Column {
        do { return try concatenate(parts, type: type, format: format, checking: nil) } catch {
            preconditionFailure("only a run's guard stops a concatenation")
        }
    }

    /// `concatenate`, checking the run after each million rows copied (copying into fresh
    /// memory is tens of ms per million rows on a loaded machine).
    static func concatenate(_ parts: [Column], type: DataType, format: ValueFormat,
                            checking runGuard: RunGuard?) throws(PlanQueryError) -> Column {
        let total = parts.reduce(0) { $0 + $1.count }
        var nulls: [Bool]? = nil
        if parts.contains(where: { $0.nulls != nil || $0.type == .null }) {
            var m = [Bool]()
            m.reserveCapacity(total)
            for p in parts {
                if p.type == .null { m.append(contentsOf: repeatElement(true, count: p.count)) }
                else if let pn = p.nulls { m.append(contentsOf: pn) }
                else { m.append(contentsOf: repeatElement(false, count: p.count)) }
            }
            nulls = m
        }
        var verbatim: [Int: String] = [:]
        var offset = 0
        for p in parts {
            for (k, v) in p.verbatim { verbatim[k + offset] = v }
            offset += p.count
        }
        let same = parts.allSatisfy { $0.type == type || $0.type == .null }
        if same {
            func join<T>(_ zero: T, _ get: (Column) -> [T]?) throws(PlanQueryError) -> [T] {
                var out = [T]()
                out.reserveCapacity(total)
                for p in parts {
                    guard let a = get(p) else { out.append(contentsOf: repeatElement(zero, count: p.count)); continue }
                    var lo = 0
                    while lo < a.count {
                        let hi = min(a.count, lo + (1 << 20))
                        out.append(contentsOf: a[lo..<hi])
                        lo = hi
                        try runGuard?.check()
                    }
                }
                return out
            }
            let storage: Storage?
            switch type {
            case .int: storage = .int(try join(0) { if case .int(let a) = $0.storage { return a }; return nil })
            case .float: storage = .float(try join(0) { if case .float(let a) = $0.storage { return a }; return nil })
            case .bool: storage = .bool(try join(false) { if case .bool(let a) = $0.storage { return a }; return nil })
            case .date: storage = .date(try join(0) { if case .date(let a) = $0.storage { return a }; return nil })
            case .month: storage = .month(try join(0) { if case .month(let a) = $0.storage { return a }; return nil })
            case .fiscalYear: storage = .fiscalYear(try join(0) { if case .fiscalYear(let a) = $0.storage { return a }; return nil })
            case .list: storage = .list(try join([]) { if case .list(let a) = $0.storage { return a }; return nil })
            case .null: storage = .null
            case .decimal:
                func units(at scale: Int) throws(PlanQueryError) -> Storage? {
                    var ok = true
                    let units = try join(Int64(0)) { p -> [Int64]? in
                        guard case .decimal(let a, let s) = p.storage else { return nil }
                        guard let r = Kernels.rescaleExactly(a, from: s, to: scale) else { ok = false; return nil }
                        return r
                    }
                    return ok ? .decimal(units, scale: scale) : nil
                }
                // Parts at different places (a group's sum rounded to fewer places to fit) share
                // the most places, or failing that the fewest every value needs (1.10 is 1.1);
                // failing both, values go one by one to the builder, which says what it does.
                let scales = parts.map { p -> (stored: Int, needed: Int) in
                    guard case .decimal(let a, let s) = p.storage else { return (0, 0) }
                    return (s, Kernels.placesNeeded(a, scale: s))
                }
                let most = scales.map(\.stored).max() ?? 0, needed = scales.map(\.needed).max() ?? 0
                if let s = try units(at: most) { storage = s } else if needed < most { storage = try units(at: needed) } else { storage = nil }
            case .text:
                var dict: [String] = []
                var lookup: [String: UInt32] = [:]
                var codes = [UInt32]()
                codes.reserveCapacity(total)
                for p in parts {
                    guard case .text(let c, let d) = p.storage else {
                        codes.append(contentsOf: repeatElement(0, count: p.count))
                        if dict.isEmpty { dict.append(""); lookup[""] = 0 }
                        continue
                    }
                    let remap = d.map { s -> UInt32 in
                        if let k = lookup[s] { return k }
                        let k = UInt32(dict.count); dict.append(s); lookup[s] = k; return k
                    }
                    for (i, x) in c.enumerated() {
                        if i & 0xFFFFF == 0xFFFFF { try runGuard?.check() }
                        codes.append(remap[Int(x)])
                    }
                }
                storage = .text(codes: codes, dictionary: dict)
            }
            if let storage { return Column(storage: storage, nulls: nulls, count: total, format: format, verbatim: verbatim) }
        }
        var b = ColumnBuilder(type: type, capacity: total)
        for p in parts { for i in 0..<p.count { b.append(p[i]) } }
        var c = b.finish(format: format)
        c.verbatim = verbatim
        return c
    }
}

extension Table {
    /// Stacks tables with the same schema.
    static func concatenate(_ parts: [Table], schema: [ColumnInfo]) throws(PlanQueryError) -> Table {
        // Checked before each column: stacking millions of rows takes tens of ms a column.
        let runGuard = RunGuard.current
        var columns: [Column] = []
        columns.reserveCapacity(schema.count)
        for i in schema.indices {
            try runGuard?.check()
            columns.append(try Column.concatenate(parts.map { $0.columns[i] }, type: schema[i].type, format: schema[i].format,
                                                  checking: runGuard))
        }
        var t = Table(schema: schema, columns: columns, rowCount: parts.reduce(0) { $0 + $1.rowCount })
        if parts.contains(where: { $0.rowRoles != nil }) {
            t.rowRoles = parts.flatMap { $0.rowRoles ?? Array(repeating: .detail, count: $0.rowCount) }
        }
        return t
    }
}

/// A set of 64-bit keys kept in 64 hash tables chosen by the key's bits: a table with
/// millions of keys stalls for a second each time it grows, with no cancellation check;
/// here each growth moves a 64th of the keys.
struct PartitionedSet {
    static let partitions = 64
    private var parts = [Set<UInt64>](repeating: [], count: PartitionedSet.partitions)

    @inline(__always) static func partition(_ k: UInt64) -> Int { Int(truncatingIfNeeded: (k &* 0x9E37_79B9_7F4A_7C15) >> 58) }

    mutating func insert(_ k: UInt64) { parts[PartitionedSet.partition(k)].insert(k) }

    var count: Int { parts.reduce(0) { $0 + $1.count } }
}
