import Testing
@testable import PlanQuery

/// The interner behind every text column: one code per distinct byte string, whatever its
/// length. Its hash and head read a text in a few overlapping words (by length class), so
/// each length and each byte position is tried.
@Suite("Byte interner")
struct ByteInternerTests {
    /// Texts of every length up to 40, and for each one every text that differs from it in
    /// exactly one byte: all distinct, each with its own code, the same code when seen again.
    @Test func everyLengthAndBytePositionIsTold() {
        var texts: [[UInt8]] = []
        for n in 0...40 {
            let base = (0..<n).map { UInt8(97 + ($0 * 7) % 26) }
            texts.append(base)
            for k in 0..<n {
                var changed = base
                changed[k] = changed[k] == 65 ? 66 : 65
                texts.append(changed)
            }
        }
        var interner = ByteInterner()
        var codes: [UInt32] = []
        for t in texts { codes.append(t.withUnsafeBufferPointer { interner.intern($0) }) }
        #expect(Set(codes).count == texts.count, "distinct texts shared a code")
        #expect(interner.count == texts.count)
        // seen again, in another order: the same codes
        for (t, code) in zip(texts, codes).reversed() {
            #expect(t.withUnsafeBufferPointer { interner.intern($0) } == code)
        }
        #expect(interner.strings() == texts.map { String(decoding: $0, as: UTF8.self) })
    }

    /// Texts that agree in the bytes a short text is read from (first, middle, last; the
    /// first and last four) but are of other lengths stay apart.
    @Test func lengthsAreTold() {
        let texts = ["", "a", "aa", "aaa", "aaaa", "aaaaa", "aaaaaaa", "aaaaaaaa", "aaaaaaaaa",
                     "abca", "abcabca", "aXa", "aXXa", "aXXXa", "abcdefgh", "abcdefghabcdefgh", "abcdefghXabcdefgh"]
        var interner = ByteInterner()
        let codes = texts.map { interner.intern($0) }
        #expect(Set(codes).count == texts.count)
        #expect(texts.map { interner.intern($0) } == codes)
    }
}
