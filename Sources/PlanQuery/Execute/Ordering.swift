/// Row comparison for sorting, min/max and ranking, built once per column so the inner loop
/// compares unboxed values. Nulls are handled by the callers (they sort last).
extension Column {
    /// Compares two non-null rows: negative, zero or positive.
    package func rowComparator() -> (Int, Int) -> Int {
        switch storage {
        case .null: return { _, _ in 0 }
        case .bool(let a): return { i, j in a[i] == a[j] ? 0 : (a[i] ? 1 : -1) }
        case .int(let a): return { i, j in a[i] < a[j] ? -1 : (a[i] > a[j] ? 1 : 0) }
        case .decimal(let a, _): return { i, j in a[i] < a[j] ? -1 : (a[i] > a[j] ? 1 : 0) }
        case .float(let a): return { i, j in a[i] < a[j] ? -1 : (a[i] > a[j] ? 1 : 0) }
        case .date(let a), .month(let a), .fiscalYear(let a): return { i, j in a[i] < a[j] ? -1 : (a[i] > a[j] ? 1 : 0) }
        case .text(let codes, let dict):
            let ranks = Column.dictionaryRanks(dict)
            return { i, j in
                let p = ranks[Int(codes[i])], q = ranks[Int(codes[j])]
                return p < q ? -1 : (p > q ? 1 : 0)
            }
        case .list(let a):
            return { i, j in ValueOps.compare(.list(a[i]), .list(a[j])) ?? 0 }
        }
    }

    /// The sort position of each dictionary entry, so text compares as integers.
    static func dictionaryRanks(_ dict: [String]) -> [Int32] {
        let order = dict.indices.sorted { dict[$0] < dict[$1] }
        var ranks = [Int32](repeating: 0, count: dict.count)
        var rank: Int32 = 0
        for (k, idx) in order.enumerated() {
            if k > 0, dict[order[k - 1]] != dict[idx] { rank += 1 }
            ranks[idx] = rank
        }
        return ranks
    }
}

enum Sorting {
    /// The first `n` rows of the stable order, without sorting all rows: a bounded max-heap
    /// of the best rows seen so far, then a sort of those.
    static func firstRows(_ n: Int, of count: Int, keys: [(Column, descending: Bool)]) throws -> [Int] {
        if n <= 0 { return [] }
        let order = RowOrder(keys)
        // true when row i comes before row j in the final order
        func before(_ i: Int, _ j: Int) -> Bool { order.before(i, j) }
        var heap: [Int] = []  // max-heap by `before`: the root is the worst kept row
        heap.reserveCapacity(n)
        func siftUp(_ k0: Int) {
            var k = k0
            while k > 0 {
                let p = (k - 1) / 2
                if before(heap[p], heap[k]) { heap.swapAt(p, k); k = p } else { break }
            }
        }
        func siftDown(_ k0: Int) {
            var k = k0
            while true {
                let l = 2 * k + 1, r = l + 1
                var worst = k
                if l < heap.count, before(heap[worst], heap[l]) { worst = l }
                if r < heap.count, before(heap[worst], heap[r]) { worst = r }
                if worst == k { return }
                heap.swapAt(k, worst)
                k = worst
            }
        }
        for row in 0..<count {
            if row & 0x1FFF == 0 { try RunGuard.checkpoint() }
            if heap.count < n {
                heap.append(row)
                siftUp(heap.count - 1)
            } else if before(row, heap[0]) {
                heap[0] = row
                siftDown(0)
            }
        }
        return heap.sorted(by: before)
    }

    /// A stable order of `rows` by several keys; nulls last whatever the direction.
    static func order(rows: consuming [Int], keys: [(Column, descending: Bool)]) throws -> [Int] {
        if keys.isEmpty { return rows }
        let order = RowOrder(keys)
        // Taken, not copied: a copy of millions of row numbers is a pause without a check.
        var indexed = rows
        // A sort of millions of rows takes seconds: check the run every 8Ki comparisons.
        var comparisons = 0
        let runGuard = RunGuard.current
        try runGuard?.check()
        try indexed.sort { i, j in
            comparisons &+= 1
            if comparisons & 0x1FFF == 0 { try runGuard?.check() }
            return order.before(i, j)
        }
        return indexed
    }
}

/// The order of rows by several keys: each key's comparison, nulls last whatever the
/// direction, and ties in row order (a stable sort). The keys are kept in parallel arrays
/// read by index: looping over an array of (comparator, column, direction) tuples copies each
/// tuple, a retain and release of its closure and column, on every comparison, which was 8%
/// of a filter + top-N over 1e7 rows.
struct RowOrder {
    private let comparators: [(Int, Int) -> Int]
    /// Per key: its null flags (read only when `hasNulls`), and whether it is all null.
    private let nulls: [[Bool]]
    private let hasNulls: [Bool]
    private let allNull: [Bool]
    private let descending: [Bool]

    init(_ keys: [(Column, descending: Bool)]) {
        comparators = keys.map { $0.0.rowComparator() }
        allNull = keys.map { if case .null = $0.0.storage { return true } else { return false } }
        nulls = keys.map { $0.0.nulls ?? [] }
        hasNulls = keys.map { $0.0.nulls != nil }
        descending = keys.map { $0.descending }
    }

    /// True when row i comes before row j.
    @inline(__always)
    func before(_ i: Int, _ j: Int) -> Bool {
        var k = 0
        while k < comparators.count {
            defer { k += 1 }
            if allNull[k] { continue }
            if hasNulls[k] {
                let ni = nulls[k][i], nj = nulls[k][j]
                if ni || nj {
                    if ni == nj { continue }
                    return nj  // non-null before null
                }
            }
            let c = comparators[k](i, j)
            if c != 0 { return descending[k] ? c > 0 : c < 0 }
        }
        return i < j  // stability: ties keep input order
    }
}

extension Array where Element: Comparable {
    /// `sorted()`, checking the run every 64Ki comparisons: a median of millions of values
    /// sorts them, which takes a second.
    func checkedSorted() throws -> [Element] {
        guard count > 1 << 16, let runGuard = RunGuard.current else { return sorted() }
        var out = self
        var comparisons = 0
        try out.sort { a, b in
            comparisons &+= 1
            if comparisons & 0xFFFF == 0 { try runGuard.check() }
            return a < b
        }
        return out
    }
}

extension Array where Element: Comparable {
    /// The value a full sort would put at `rank`, found by selection: the array is reordered so
    /// that everything before `rank` is ≤ it and everything after is ≥ it. A quantile reads one
    /// or two ranks, so it need not sort: at 1e7 rows, `median` by directorate and quarter
    /// spent most of its time sorting each group's values.
    ///
    /// Hand-written (the standard library has no selection): three-way partitions around a
    /// median-of-three pivot, so runs of equal values (common in plan data) shrink the range
    /// at once; after 2·log₂n passes without finishing, the rest is sorted (introselect), so the
    /// worst case stays n log n. The run is checked once a pass.
    mutating func select(rank k: Int) throws -> Element {
        precondition(k >= 0 && k < count, "rank out of range")
        let runGuard = count > 1 << 16 ? RunGuard.current : nil
        var budget = 2 * (Int.bitWidth - count.leadingZeroBitCount) + 4
        try withUnsafeMutableBufferPointer { a in
            var lo = 0, hi = a.count - 1
            while lo < hi {
                try runGuard?.check()
                budget -= 1
                if budget == 0 { a[lo...hi].sort(); return }
                let mid = lo + (hi - lo) / 2
                let (x, y, z) = (a[lo], a[mid], a[hi])
                let pivot = x < y ? (y < z ? y : (x < z ? z : x)) : (x < z ? x : (y < z ? z : y))
                var lt = lo, i = lo, gt = hi
                while i <= gt {
                    if a[i] < pivot { a.swapAt(lt, i); lt += 1; i += 1 }
                    else if pivot < a[i] { a.swapAt(i, gt); gt -= 1 }
                    else { i += 1 }
                }
                if k < lt { hi = lt - 1 } else if k > gt { lo = gt + 1 } else { return }
            }
        }
        return self[k]
    }
}
