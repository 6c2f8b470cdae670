/// Dictionary-encodes byte strings without creating a `String` per cell: an open-addressing
/// hash table over an arena of UTF-8 bytes. Codes are dense and issued in first-seen order;
/// `strings()` turns the distinct values into the `[String]` dictionary of a text column.
///
/// Hand-written because the loaders intern millions of cells and a `[String: UInt32]` would
/// allocate and hash a `String` for each one (see ARCHITECTURE.md, "Why the hot paths look the way they do").
struct ByteInterner {
    /// The table in raw memory: interning is the inner loop of typing text, and array accesses
    /// (bounds and uniqueness checks on five arrays per probe) were most of its cost. Copies of
    /// an interner share it; an interner is used by one owner at a time.
    private final class Storage {
        /// Distinct values back to back; value `c` is `arena[starts[c]..<starts[c + 1]]`.
        var arena: UnsafeMutablePointer<UInt8>
        var arenaCapacity: Int
        var arenaCount = 0
        /// Per code: where its bytes start (and, at `count`, the end of the last), the low 32
        /// bits of its hash, and its first eight bytes (`head`).
        var starts: UnsafeMutablePointer<Int>
        var hashes: UnsafeMutablePointer<UInt32>
        var heads: UnsafeMutablePointer<UInt64>
        var capacity: Int
        var count = 0
        /// Slot → code + 1 (0 marks an empty slot).
        var slots: UnsafeMutablePointer<UInt32>
        var mask: Int

        init(expected: Int) {
            var size = 64
            while size < expected * 2 { size <<= 1 }
            slots = .allocate(capacity: size)
            slots.initialize(repeating: 0, count: size)
            mask = size - 1
            capacity = size / 2 + 1
            starts = .allocate(capacity: capacity + 1)
            starts[0] = 0
            hashes = .allocate(capacity: capacity)
            heads = .allocate(capacity: capacity)
            arenaCapacity = 1024
            arena = .allocate(capacity: arenaCapacity)
        }

        deinit {
            arena.deallocate()
            starts.deallocate()
            hashes.deallocate()
            heads.deallocate()
            slots.deallocate()
        }

        func append(_ p: UnsafePointer<UInt8>, _ n: Int, hash: UInt32, head: UInt64, slot: Int) -> UInt32 {
            if arenaCount + n > arenaCapacity {
                var c = arenaCapacity * 2
                while c < arenaCount + n { c *= 2 }
                let a = UnsafeMutablePointer<UInt8>.allocate(capacity: c)
                a.moveInitialize(from: arena, count: arenaCount)
                arena.deallocate()
                arena = a
                arenaCapacity = c
            }
            (arena + arenaCount).initialize(from: p, count: n)
            arenaCount += n
            let code = count
            starts[code + 1] = arenaCount
            hashes[code] = hash
            heads[code] = head
            slots[slot] = UInt32(code + 1)
            count += 1
            // At most a quarter full while the slots fit in a core's cache (64K slots, 256 KB),
            // half full past that: a text column of a few hundred values is looked up once per
            // cell, and a second probe (a third of lookups at half full) is a mispredicted branch.
            if count * (mask < 65_536 ? 4 : 2) > mask { grow() }
            return UInt32(code)
        }

        /// Doubles the table, placing entries by their stored hashes (the low 32 bits of the
        /// full hash, which is all a slot index uses).
        private func grow() {
            let size = (mask + 1) * 2
            let newMask = size - 1
            slots.deallocate()
            slots = .allocate(capacity: size)
            slots.initialize(repeating: 0, count: size)
            for code in 0..<count {
                var slot = Int(hashes[code]) & newMask
                while slots[slot] != 0 { slot = (slot + 1) & newMask }
                slots[slot] = UInt32(code + 1)
            }
            mask = newMask
            let newCapacity = size / 2 + 1
            func regrow<T>(_ p: UnsafeMutablePointer<T>, _ old: Int, _ new: Int) -> UnsafeMutablePointer<T> {
                let q = UnsafeMutablePointer<T>.allocate(capacity: new)
                q.moveInitialize(from: p, count: old)
                p.deallocate()
                return q
            }
            starts = regrow(starts, count + 1, newCapacity + 1)
            hashes = regrow(hashes, count, newCapacity)
            heads = regrow(heads, count, newCapacity)
            capacity = newCapacity
        }
    }

    private let storage: Storage

    init(expected: Int = 16) {
        storage = Storage(expected: expected)
    }

    var count: Int { storage.count }

    /// The hash of a text. Its branches depend only on the length's class (0–7, 8–16, longer
    /// bytes), not on the exact length: a text column's values have lengths scattered over a
    /// few bytes, and a branch on each length bit (the tail read a byte, two and four at a
    /// time) was mispredicted on most cells.
    @inline(__always)
    static func hash(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: n)
        let raw = UnsafeRawPointer(p)
        if n > 16 {
            var i = 0
            while i + 8 <= n {
                let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                h = (h ^ w) &* 0xBF58_476D_1CE4_E5B9
                h ^= h >> 29
                i += 8
            }
            // the eight bytes that end the text, overlapping the word before
            h = (h ^ raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)) &* 0x94D0_49BB_1331_11EB
        } else if n >= 8 {
            // two words that overlap when the text is shorter than sixteen bytes
            h = (h ^ raw.loadUnaligned(as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 29
            h = (h ^ raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)) &* 0x94D0_49BB_1331_11EB
        } else {
            h = (h ^ shortWord(raw, n)) &* 0x94D0_49BB_1331_11EB
        }
        h ^= h >> 31
        h = h &* 0xBF58_476D_1CE4_E5B9
        h ^= h >> 32
        return h
    }

    /// A text of fewer than eight bytes as one word, read inside its bytes with no branch on
    /// the exact length: four to seven bytes as two overlapping four-byte reads, one to three
    /// as the first, middle and last byte. Texts of one length give equal words only when
    /// their bytes are equal.
    @inline(__always)
    static func shortWord(_ p: UnsafeRawPointer, _ n: Int) -> UInt64 {
        if n >= 4 {
            let low = UInt64(p.loadUnaligned(as: UInt32.self))
            let high = UInt64(p.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self))
            return low | high << 32
        }
        if n == 0 { return 0 }
        let first = UInt64(p.load(as: UInt8.self))
        let middle = UInt64(p.load(fromByteOffset: n >> 1, as: UInt8.self))
        let last = UInt64(p.load(fromByteOffset: n - 1, as: UInt8.self))
        return first | middle << 8 | last << 16
    }

    /// The first eight bytes of a text (a shorter one as `shortWord`): compared before the
    /// bytes themselves, which texts of up to eight bytes then never need.
    @inline(__always)
    static func head(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt64 {
        n >= 8 ? UnsafeRawPointer(p).loadUnaligned(as: UInt64.self) : shortWord(UnsafeRawPointer(p), n)
    }

    /// Whether two texts of `n` bytes whose heads are equal are equal: up to sixteen bytes,
    /// one read of the last eight (which with the head cover them all).
    @inline(__always)
    static func restEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        if n <= 8 { return true }
        if n <= 16 {
            return UnsafeRawPointer(a).loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
                == UnsafeRawPointer(b).loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
        }
        return memoryEqual(a + 8, b + 8, n - 8)
    }

    /// The code of the bytes `p[0..<n]`, adding them when new. (Mutating although the storage
    /// is a reference: an interner is a value its owner changes.)
    @inline(__always)
    mutating func intern(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt32 {
        let h = ByteInterner.hash(p, n)
        let h32 = UInt32(truncatingIfNeeded: h)
        let head = ByteInterner.head(p, n)
        let t = storage
        let mask = t.mask
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let s = t.slots[slot]
            if s == 0 { break }
            let code = Int(s &- 1)
            // The head and length decide most comparisons (all for texts of up to eight
            // bytes); the stored hash is for growing the table, one load too many here.
            if t.heads[code] == head, t.starts[code + 1] &- t.starts[code] == n,
               ByteInterner.restEqual(t.arena + t.starts[code], p, n) {
                return UInt32(code)
            }
            slot = (slot &+ 1) & mask
        }
        return t.append(p, n, hash: h32, head: head, slot: slot)
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

    func string(_ code: UInt32) -> String {
        let a = storage.starts[Int(code)], b = storage.starts[Int(code) + 1]
        return String(decoding: UnsafeBufferPointer(start: storage.arena + a, count: b - a), as: UTF8.self)
    }

    /// The distinct values in code order.
    func strings() -> [String] { (0..<count).map { string(UInt32($0)) } }
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
