import Testing
@testable import PlanQuery

/// `Array.select(rank:)`, which quantiles read instead of sorting: every rank of arrays with
/// few distinct values, all-equal and sorted/reversed inputs, against a full sort.
@Suite("Selection of order statistics")
struct SelectionTests {
    @Test func everyRankMatchesTheSortedArray() throws {
        var rng = SeededGenerator(seed: 23)
        for (n, distinct) in [(1, 1), (2, 2), (7, 3), (100, 1), (257, 5), (1000, 1000), (4096, 12)] {
            let base = (0..<n).map { _ in Int64(rng.next() % UInt64(distinct)) - 3 }
            let sorted = base.sorted()
            for k in Set([0, n / 2, n - 1, Int(rng.next() % UInt64(n))]) {
                var v = base
                #expect(try v.select(rank: k) == sorted[k], "n \(n), rank \(k)")
                #expect(v[..<k].allSatisfy { $0 <= sorted[k] } && v[(k + 1)...].allSatisfy { $0 >= sorted[k] })
                #expect(v.sorted() == sorted, "selection only reorders")
            }
        }
    }

    @Test func orderedAndReversedInputs() throws {
        let up = (0..<100_000).map(Double.init)
        var a = up, b = Array(up.reversed())
        #expect(try a.select(rank: 49_999) == 49_999)
        #expect(try b.select(rank: 0) == 0)
    }

    @Test func medianAndQuantileOfLargeGroupsAreExact() throws {
        // 200,001 rows in two groups; group a holds 100,001 values, so its median is rank
        // 50,000 and its 0.25 quantile rank 25,000, both exact.
        let n = 200_001
        let units = (0..<n).map { Int64(($0 * 7919) % n) }
        let engine = Engine()
        try engine.register(columns: ["g": (0..<n).map { .text($0 % 2 == 0 ? "a" : "b") },
                                      "x": units.map { .decimal(ExactDecimal(units: $0, scale: 2)) }], as: "t")
        let out = try engine.query("from t | summarize m = median(x), q = quantile_cont(x, 0.25) by g | sort g")
        let a = units.enumerated().filter { $0.offset % 2 == 0 }.map(\.element).sorted()
        #expect(out.columns[1][0] == .decimal(ExactDecimal(units: a[50_000], scale: 2)))
        #expect(out.columns[2][0] == .decimal(ExactDecimal(units: a[25_000], scale: 2)))
    }
}
