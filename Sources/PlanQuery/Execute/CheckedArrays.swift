/// Large arrays made a piece at a time, with the run checked between pieces.
///
/// Allocating and filling a column of ten million values is tens of milliseconds: the memory
/// is new, so every page is faulted in as it is first written. Made in one call
/// (`Array(repeating:count:)`, `Array(0..<n)`, `map`), that is a stretch without a cancel
/// check; made in pieces of `CheckedArrays.piece` elements (a millisecond or two each), a
/// cancel is seen within one piece. Outside a run, or for small arrays, they are the plain calls.
enum CheckedArrays {
    /// Elements made between two checks: 1Mi (8 MiB of 8-byte values).
    static let piece = 1 << 20
}

extension Array {
    /// `Array(repeating: value, count: n)`, checking `runGuard` after each piece.
    static func checked(repeating value: Element, count n: Int, _ runGuard: RunGuard?) throws(PlanQueryError) -> [Element] {
        guard let runGuard, n > CheckedArrays.piece else { return [Element](repeating: value, count: n) }
        var out = [Element]()
        out.reserveCapacity(n)
        while out.count < n {
            try runGuard.check()
            out.append(contentsOf: repeatElement(value, count: Swift.min(CheckedArrays.piece, n - out.count)))
        }
        return out
    }

}

extension RandomAccessCollection where Index == Int {
    /// `map`, checking `runGuard` after each piece.
    func checkedMap<T>(_ runGuard: RunGuard?, _ transform: (Element) -> T) throws(PlanQueryError) -> [T] {
        guard let runGuard, count > CheckedArrays.piece else { return map(transform) }
        var out = [T]()
        out.reserveCapacity(count)
        var lo = startIndex
        while lo < endIndex {
            try runGuard.check()
            let hi = Swift.min(endIndex, lo + CheckedArrays.piece)
            for i in lo..<hi { out.append(transform(self[i])) }
            lo = hi
        }
        return out
    }
}

extension Array where Element == Int {
    /// `Array(0..<n)`: the row numbers of a table, checking `runGuard` after each piece.
    static func checkedRowNumbers(_ n: Int, _ runGuard: RunGuard?) throws(PlanQueryError) -> [Int] {
        guard let runGuard, n > CheckedArrays.piece else { return Array(0..<Swift.max(0, n)) }
        var out = [Int]()
        out.reserveCapacity(n)
        while out.count < n {
            try runGuard.check()
            out.append(contentsOf: out.count..<Swift.min(n, out.count + CheckedArrays.piece))
        }
        return out
    }
}
