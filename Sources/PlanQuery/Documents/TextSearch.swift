/// Byte-level shortcuts for the importer's text tests, which run on every heading, label and
/// cell. Each gives exactly the answer of the standard library's character-level operation
/// (`contains`, `lowercased`, the white-space collapse), which compares Characters under
/// canonical equivalence; they only skip its work (a search table built on each call, a new
/// string) when the bytes already decide:
///
/// - an ASCII needle that is not among the text's bytes is not among its characters either,
///   unless it holds `K`, `;` or `` ` `` (the Kelvin sign, the Greek question mark and the
///   Greek varia are canonically equal to them);
/// - in ASCII text every Character is one byte, except `\r\n`, which is one Character.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension StringProtocol {
    /// The UTF-8 of `needle` occurs as a run of bytes in the UTF-8 of `self`.
    func utf8Contains(_ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { n in
            if let found = utf8.withContiguousStorageIfAvailable({ bytesContain($0, n) }) { return found }
            return Array(utf8).withUnsafeBufferPointer { bytesContain($0, n) }
        }
    }

    /// Every byte is ASCII and none is `\r` (so every Character is one byte).
    var isASCIIWithoutCR: Bool {
        if let r = utf8.withContiguousStorageIfAvailable({ $0.allSatisfy { $0 < 0x80 && $0 != 13 } }) { return r }
        return utf8.allSatisfy { $0 < 0x80 && $0 != 13 }
    }
}

private func bytesContain(_ h: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>) -> Bool {
    guard !n.isEmpty else { return true }
    guard h.count >= n.count, let hb = h.baseAddress, let nb = n.baseAddress else { return false }
    return memmem_(hb, h.count, nb, n.count) != nil
}

#if canImport(Darwin)
private func memmem_(_ h: UnsafeRawPointer, _ hl: Int, _ n: UnsafeRawPointer, _ nl: Int) -> UnsafeMutableRawPointer? {
    memmem(h, hl, n, nl)
}
#else
/// glibc and musl declare `memmem` only under `_GNU_SOURCE`, which the Swift module maps do
/// not define; the function itself is always there (as `pthread_getattr_np` in NestingDepth.swift).
@_silgen_name("memmem")
private func memmem_(_ h: UnsafeRawPointer, _ hl: Int, _ n: UnsafeRawPointer, _ nl: Int) -> UnsafeMutableRawPointer?
#endif

/// A needle whose absence from the bytes proves its absence from the characters.
private func isPlainNeedle(_ needle: String) -> Bool {
    needle.utf8.allSatisfy { $0 < 0x80 && $0 != UInt8(ascii: "K") && $0 != UInt8(ascii: ";") && $0 != UInt8(ascii: "`") }
}

/// `text.contains(needle)` (character by character), without building a search table when the
/// bytes decide it.
func containsText(_ text: some StringProtocol, _ needle: String) -> Bool {
    if isPlainNeedle(needle) {
        if !text.utf8Contains(needle) { return false }
        if !needle.utf8.contains(13), !needle.utf8.contains(10), text.isASCIIWithoutCR { return true }
    }
    return text.contains(needle)
}

/// `text.contains(needle)`, false at once when the bytes rule it out: for a search that is
/// followed by the character-level one when it may match.
func mayContainText(_ text: some StringProtocol, _ needle: String) -> Bool {
    !isPlainNeedle(needle) || text.utf8Contains(needle)
}

/// `s.lowercased()`, `’`/`‘` made `'`, white space collapsed (`normalizedKey`) for ASCII text
/// in one pass; nil for other text.
func asciiNormalizedKey(_ s: String) -> String? {
    guard s.isASCIIWithoutCR else { return nil }
    return asciiCollapsing(s, lowercase: true)
}

/// `collapseSpaces(s)` for ASCII text (the same text back when nothing changes); nil for
/// other text.
func asciiCollapsedSpaces(_ s: String) -> String? {
    guard s.isASCIIWithoutCR else { return nil }
    // nothing to change: no white space but single spaces between words
    var clean = true
    var previous: UInt8 = 32
    for b in s.utf8 {
        if b == 9 || b == 10 || (b == 32 && previous == 32) { clean = false; break }
        previous = b
    }
    if clean, previous != 32 || s.isEmpty { return s }
    return asciiCollapsing(s, lowercase: false)
}

/// ASCII text with runs of spaces, tabs and line feeds made one space and the ends trimmed,
/// lowercased when asked.
private func asciiCollapsing(_ s: String, lowercase: Bool) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(s.utf8.count)
    var pendingSpace = false
    for b in s.utf8 {
        if b == 32 || b == 9 || b == 10 {
            pendingSpace = !out.isEmpty
            continue
        }
        if pendingSpace { out.append(32); pendingSpace = false }
        out.append(lowercase && b >= 65 && b <= 90 ? b + 32 : b)
    }
    return String(decoding: out, as: UTF8.self)
}
