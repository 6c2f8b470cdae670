/// Dictionary-encodes byte strings without creating a `String` per cell: an open-addressing
/// hash table over an arena of UTF-8 bytes. Codes are dense and issued in first-seen order;
/// `strings()` turns the distinct values into the `[String]` dictionary of a text column.
///
/// Hand-written because the loaders intern millions of cells and a `[String: UInt32]` would
/// allocate and hash a `String` for each one (see ARCHITECTURE.md, "Why the hot paths look the way they do").
struct ByteInterner {
    /// Distinct values back to back; value `c` is `arena[starts[c]..<starts[c + 1]]`.
    private(set) var arena: [UInt8] = []
    private(set) var starts: [Int] = [0]
    private var hashes: [UInt32] = []
    /// Slot → code + 1 (0 marks an empty slot).
    private var slots: [UInt32]
    private var mask: Int

    init(expected: Int = 16) {
        var size = 64
        while size < expected * 2 { size <<= 1 }
        slots = [UInt32](repeating: 0, count: size)
        mask = size - 1
    }

    var count: Int { starts.count - 1 }

    @inline(__always)
    static func hash(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: n)
        var i = 0
        let raw = UnsafeRawPointer(p)
        while i + 8 <= n {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            h = (h ^ w) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 29
            i += 8
        }
        if i < n {
            h = (h ^ tailWord(raw, from: i, to: n)) &* 0x94D0_49BB_1331_11EB
        }
        h ^= h >> 31
        h = h &* 0xBF58_476D_1CE4_E5B9
        h ^= h >> 32
        return h
    }

    /// The code of the bytes `p[0..<n]`, adding them when new.
    @inline(__always)
    mutating func intern(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt32 {
        let h = ByteInterner.hash(p, n)
        let h32 = UInt32(truncatingIfNeeded: h)
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let s = slots[slot]
            if s == 0 { break }
            let code = Int(s - 1)
            if hashes[code] == h32 {
                let a = starts[code], b = starts[code + 1]
                if b - a == n {
                    let same = arena.withUnsafeBufferPointer { buf in
                        n == 0 || memoryEqual(buf.baseAddress! + a, p, n)
                    }
                    if same { return UInt32(code) }
                }
            }
            slot = (slot + 1) & mask
        }
        let code = UInt32(count)
        arena.append(contentsOf: UnsafeBufferPointer(start: p, count: n))
        starts.append(arena.count)
        hashes.append(h32)
        slots[slot] = code + 1
        if count * 2 > mask { grow() }
        return code
    }

    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        guard let base = bytes.baseAddress else {
            var zero: UInt8 = 0
            return intern(&zero, 0)
        }
        return intern(base, bytes.count)
    }

    mutating func intern(_ s: String) -> UInt32 {
        var s = s
        return s.withUTF8 { intern($0) }
    }

    /// Doubles the table, placing entries by their stored hashes (the low 32 bits of the full
    /// hash, which is all a slot index uses).
    private mutating func grow() {
        let size = (mask + 1) * 2
        var newSlots = [UInt32](repeating: 0, count: size)
        let newMask = size - 1
        hashes.withUnsafeBufferPointer { hashes in
            newSlots.withUnsafeMutableBufferPointer { newSlots in
                for code in 0..<hashes.count {
                    var slot = Int(hashes[code]) & newMask
                    while newSlots[slot] != 0 { slot = (slot + 1) & newMask }
                    newSlots[slot] = UInt32(code + 1)
                }
            }
        }
        slots = newSlots
        mask = newMask
    }

    func string(_ code: UInt32) -> String {
        let a = starts[Int(code)], b = starts[Int(code) + 1]
        return arena.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[a..<b]), as: UTF8.self) }
    }

    func bytes(_ code: UInt32) -> ArraySlice<UInt8> {
        arena[starts[Int(code)]..<starts[Int(code) + 1]]
    }

    /// The distinct values in code order.
    func strings() -> [String] {
        arena.withUnsafeBufferPointer { buf in
            (0..<count).map { c in
                String(decoding: UnsafeBufferPointer(rebasing: buf[starts[c]..<starts[c + 1]]), as: UTF8.self)
            }
        }
    }
}

@inline(__always)
func memoryEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
    var i = 0
    let ra = UnsafeRawPointer(a), rb = UnsafeRawPointer(b)
    while i + 8 <= n {
        if ra.loadUnaligned(fromByteOffset: i, as: UInt64.self) != rb.loadUnaligned(fromByteOffset: i, as: UInt64.self) {
            return false
        }
        i += 8
    }
    return i == n || tailWord(ra, from: i, to: n) == tailWord(rb, from: i, to: n)
}

/// The bytes `p[from..<to]` (fewer than eight) as one word, read with at most three loads that
/// stay inside the range (a byte-at-a-time loop here was a tenth of a text column's typing).
@inline(__always)
func tailWord(_ p: UnsafeRawPointer, from: Int, to: Int) -> UInt64 {
    var w: UInt64 = 0
    var i = from
    let left = to - from
    if left & 4 != 0 { w = UInt64(p.loadUnaligned(fromByteOffset: i, as: UInt32.self)); i += 4 }
    if left & 2 != 0 { w = w << 16 | UInt64(p.loadUnaligned(fromByteOffset: i, as: UInt16.self)); i += 2 }
    if left & 1 != 0 { w = w << 8 | UInt64(p.load(fromByteOffset: i, as: UInt8.self)) }
    return w
}
