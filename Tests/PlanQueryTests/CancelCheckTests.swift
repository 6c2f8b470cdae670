import Foundation
import Testing
@testable import PlanQuery

/// The cancellation checks inside single passes over millions of rows: allocations, gathers,
/// conversions, the UTF-8 scan of a file, the lexer. Each test runs the piece of work alone
/// with a run that is already cancelled (or is cancelled part-way through), where the check
/// under test is the only one on the way, so each fails if that check is removed. The
/// latency tests in HostLimitsTests time whole queries; bench/cancel-latency.sh measures
/// the release build.
@Suite("Cancellation checks inside long passes")
struct CancelCheckTests {
    /// More rows than one piece, so the checked paths are taken.
    static let rows = 3 * CheckedArrays.piece + 5

    func cancelledRun() -> RunGuard {
        let canceller = QueryCanceller()
        let run = RunGuard(canceller: canceller, limits: Limits())
        canceller.cancel()
        return run
    }

    func expectCancelled(_ body: () throws -> Void) {
        let error = #expect(throws: PlanQueryError.self) { try body() }
        #expect(error?.diagnostics.first?.message == "query cancelled")
    }

    // MARK: the building blocks

    @Test func rowNumbersAndFilledArraysStopAtACancel() throws {
        let live = RunGuard(canceller: QueryCanceller(), limits: Limits())
        #expect(try [Int].checkedRowNumbers(Self.rows, live) == Array(0..<Self.rows))
        #expect(try [Int32].checked(repeating: 7, count: Self.rows, live) == [Int32](repeating: 7, count: Self.rows))
        expectCancelled { _ = try [Int].checkedRowNumbers(Self.rows, cancelledRun()) }
        expectCancelled { _ = try [Int32].checked(repeating: 0, count: Self.rows, cancelledRun()) }
        // Small arrays and runs without a guard are the plain calls.
        #expect(try [Int].checkedRowNumbers(3, cancelledRun()) == [0, 1, 2])
        #expect(try [Int].checkedRowNumbers(Self.rows, nil).count == Self.rows)
    }

    @Test func aMapStopsWithinAPieceOfACancel() throws {
        let canceller = QueryCanceller()
        let run = RunGuard(canceller: canceller, limits: Limits())
        let rows = Array(0..<Self.rows)
        var seen = 0
        // Cancelled while the first piece is mapped: the check after it stops the map.
        expectCancelled {
            _ = try rows.checkedMap(run) { (r: Int) -> Int in
                seen += 1
                if r == 10 { canceller.cancel() }
                return r * 2
            }
        }
        #expect(seen == CheckedArrays.piece)
        let live = RunGuard(canceller: QueryCanceller(), limits: Limits())
        #expect(try rows.checkedMap(live) { $0 * 2 } == rows.map { $0 * 2 })
    }

    @Test func aGatherStopsAtACancel() throws {
        let values = Column(storage: .float((0..<Self.rows).map(Double.init)), nulls: nil, count: Self.rows)
        let order = Array((0..<Self.rows).reversed())
        let live = RunGuard(canceller: QueryCanceller(), limits: Limits())
        let gathered = try values.gather(order, hasMissing: false, checking: live)
        #expect(gathered[0] == .float(Double(Self.rows - 1)))
        #expect(gathered[Self.rows - 1] == .float(0))
        expectCancelled { _ = try values.gather(order, hasMissing: false, checking: cancelledRun()) }
        // With nulls, the mask is made a piece at a time too.
        let withNulls = Column(storage: .int(Array(0..<Self.rows)), nulls: [Bool](repeating: false, count: Self.rows), count: Self.rows)
        expectCancelled { _ = try withNulls.gather(order, hasMissing: false, checking: cancelledRun()) }
    }

    @Test func aConstantColumnStopsAtACancel() throws {
        expectCancelled { _ = try Column.constant(.float(0.5), count: Self.rows, checking: cancelledRun()) }
        let live = RunGuard(canceller: QueryCanceller(), limits: Limits())
        let c = try Column.constant(.text("a"), count: Self.rows, checking: live)
        #expect(c.count == Self.rows && c[Self.rows - 1] == .text("a"))
    }

    // MARK: where they are used

    @Test func groupingWithoutKeysOrByTextStopsAtACancel() throws {
        try RunGuard.$current.withValue(cancelledRun()) {
            expectCancelled { _ = try GroupKeys.group([], rowCount: Self.rows) }
            let text = Column(storage: .text(codes: [UInt32](repeating: 0, count: Self.rows), dictionary: ["a"]), nulls: nil, count: Self.rows)
            expectCancelled { _ = try GroupKeys.codes(text) }
        }
    }

    @Test func convertingAColumnForArithmeticStopsAtACancel() throws {
        let ints = Column(storage: .int(Array(0..<Self.rows)), nulls: nil, count: Self.rows)
        try RunGuard.$current.withValue(cancelledRun()) {
            expectCancelled { _ = try Kernels.doubles(.column(ints)) }
            expectCancelled { _ = try Kernels.decimals(.column(ints)) }
        }
        #expect(try Kernels.doubles(.column(ints))?.values?[Self.rows - 1] == Double(Self.rows - 1))
    }

    @Test func rankingStopsAtACancel() throws {
        let x = Column(storage: .float((0..<Self.rows).map { Double($0 % 1000) }), nulls: nil, count: Self.rows)
        try RunGuard.$current.withValue(cancelledRun()) {
            expectCancelled { _ = try Ranking.rank(x, Array(0..<Self.rows), dense: false) }
        }
    }

    @Test func theUTF8ScanOfAFileStopsAtACancel() throws {
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 4 << 20) + [0xFF]
        try bytes.withUnsafeBufferPointer { buf in
            let error = #expect(throws: Diagnostic.self) { _ = try invalidUTF8Offsets(buf, from: 0, checking: cancelledRun()) }
            #expect(error?.message == "query cancelled")
            // Unchecked and checked scans agree.
            let checked = try invalidUTF8Offsets(buf, from: 0, checking: RunGuard(canceller: QueryCanceller(), limits: Limits()))
            let plain = invalidUTF8Offsets(buf, from: 0)
            #expect(checked.offsets == [4 << 20] && plain.offsets == checked.offsets && plain.total == 1)
        }
    }

    /// A module of thousands of definitions is lexed in pieces: a cancel is the only error,
    /// and nothing of the source is parsed.
    @Test func theLexerStopsAtACancel() throws {
        let text = (0..<20_000).map { "fn f\($0)(v) = v * \($0 % 7 + 1) + \($0)" }.joined(separator: "\n")
        let file = SourceFile(name: "many.planq", text: text)
        let (tokens, diagnostics) = RunGuard.$current.withValue(cancelledRun()) { Lexer.tokenize(file) }
        #expect(tokens.count == 1 && tokens.first?.kind == .eof)
        #expect(diagnostics.map(\.message) == ["query cancelled"])
        let (program, errors) = RunGuard.$current.withValue(cancelledRun()) { Parser.parse(file) }
        #expect(program.statements.isEmpty)
        #expect(errors.map(\.message) == ["query cancelled"])
        #expect(Lexer.tokenize(file).tokens.count > 200_000)
    }

    /// mode counts values through grouping's codes: per group, ties to the value seen first,
    /// nulls skipped, a group of nulls only is null.
    @Test func modeCountsEachGroupsValues() throws {
        let e = Engine()
        let r = try e.query("""
            from [[1, "a"], [1, "b"], [1, "b"], [2, "c"], [2, "d"], [2, null], [2, null], [3, null], [1, "a"], [1, "a"], [4, "d"]]
            | summarize m = mode(value2) by value1 | sort value1
            """)
        #expect((0..<r.rowCount).map { r[$0, "m"] } == [.text("a"), .text("c"), .null, .text("d")])
        // Floats (three zeros against two 2.5s).
        let x = try e.query("from [6.25, 0, 0, 6.25, 0] | summarize m = mode(sqrt(value))")
        #expect(x[0, "m"]?.doubleValue == 0)
        let y = try e.query("from [3, 1, 3, 1, 2] | summarize m = mode(value)")
        #expect(y[0, "m"] == .int(3))
    }
}
