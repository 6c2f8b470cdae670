/// A minimal pull scanner for the XML inside `.xlsx` files.
///
/// Hand-written on purpose: XMLCoder (the offline list's XML library) needs FoundationXML and
/// with it libxml2, which the statically linked release binary would have to carry, and it
/// decodes through a tree of boxed values that costs far more than a sheet's cells are worth.
/// SpreadsheetML needs only elements, attributes, text, the five named entities and character
/// references; CDATA, comments, processing instructions and DOCTYPE are skipped (no entity is
/// ever expanded, so no "billion laughs"). Names lose their namespace prefix (`x:c` is `c`).
/// Malformed input ends the scan early; it never traps.
struct XMLScanner {
    enum Event {
        /// A start tag; `selfClosing` for `<c/>` (no end event follows).
        case start(name: String, attributes: [(String, String)], selfClosing: Bool)
        case end(name: String)
        /// Text between tags, entities decoded.
        case text(String)
    }

    private let bytes: [UInt8]
    private var i = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// The next event, or nil at the end.
    mutating func next() -> Event? {
        let n = bytes.count
        while i < n {
            if bytes[i] != UInt8(ascii: "<") {
                let start = i
                while i < n, bytes[i] != UInt8(ascii: "<") { i += 1 }
                return .text(XMLScanner.decode(bytes[start..<i]))
            }
            // Markup.
            guard i + 1 < n else { i = n; return nil }
            let b = bytes[i + 1]
            if b == UInt8(ascii: "?") { skip(past: "?>"); continue }
            if b == UInt8(ascii: "!") {
                if matches("<![CDATA[") {
                    let start = i + 9
                    skip(past: "]]>")
                    let end = max(start, i - 3)
                    return .text(String(decoding: bytes[start..<min(end, n)], as: UTF8.self))
                }
                if matches("<!--") { skip(past: "-->") } else { skip(past: ">") }
                continue
            }
            if b == UInt8(ascii: "/") {
                i += 2
                let name = readName()
                while i < n, bytes[i] != UInt8(ascii: ">") { i += 1 }
                i += 1
                return .end(name: name)
            }
            i += 1
            let name = readName()
            var attributes: [(String, String)] = []
            var selfClosing = false
            while i < n {
                skipSpace()
                guard i < n else { break }
                if bytes[i] == UInt8(ascii: ">") { i += 1; break }
                if bytes[i] == UInt8(ascii: "/") {
                    selfClosing = true
                    i += 1
                    continue
                }
                let key = readName()
                if key.isEmpty { i += 1; continue }
                skipSpace()
                guard i < n, bytes[i] == UInt8(ascii: "=") else { continue }
                i += 1
                skipSpace()
                guard i < n, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") else { continue }
                let quote = bytes[i]
                i += 1
                let start = i
                while i < n, bytes[i] != quote { i += 1 }
                attributes.append((key, XMLScanner.decode(bytes[start..<min(i, n)])))
                i += 1
            }
            return .start(name: name, attributes: attributes, selfClosing: selfClosing)
        }
        return nil
    }

    /// The text inside the current element up to its end tag (nested tags' text included).
    mutating func textUntilEnd(of name: String) -> String {
        var out = ""
        var depth = 0
        while let e = next() {
            switch e {
            case .text(let t): out += t
            case .start(_, _, let selfClosing): if !selfClosing { depth += 1 }
            case .end(let n):
                if depth == 0, n == name { return out }
                depth -= 1
            }
        }
        return out
    }

    private func matches(_ s: StaticString) -> Bool {
        let count = s.utf8CodeUnitCount
        guard i + count <= bytes.count else { return false }
        let p = s.utf8Start
        for k in 0..<count where bytes[i + k] != p[k] { return false }
        return true
    }

    private mutating func skip(past s: StaticString) {
        while i < bytes.count, !matches(s) { i += 1 }
        i = min(bytes.count, i + s.utf8CodeUnitCount)
    }

    private mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
    }

    /// A name without its namespace prefix.
    private mutating func readName() -> String {
        let n = bytes.count
        var start = i
        while i < n {
            let b = bytes[i]
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == UInt8(ascii: ">") || b == UInt8(ascii: "/")
                || b == UInt8(ascii: "=") { break }
            if b == UInt8(ascii: ":") { start = i + 1 }
            i += 1
        }
        return String(decoding: bytes[min(start, i)..<i], as: UTF8.self)
    }

    /// Decodes `&lt;` `&gt;` `&amp;` `&quot;` `&apos;` `&#NN;` `&#xNN;`; anything else is kept as written.
    static func decode(_ b: ArraySlice<UInt8>) -> String {
        guard b.contains(UInt8(ascii: "&")) else { return String(decoding: b, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = b.startIndex
        while i < b.endIndex {
            let c = b[i]
            guard c == UInt8(ascii: "&"), let semi = b[i...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else {
                out.append(c)
                i += 1
                continue
            }
            let entity = String(decoding: b[(i + 1)..<semi], as: UTF8.self)
            var scalar: Unicode.Scalar?
            switch entity {
            case "lt": scalar = "<"
            case "gt": scalar = ">"
            case "amp": scalar = "&"
            case "quot": scalar = "\""
            case "apos": scalar = "'"
            default:
                if entity.hasPrefix("#x") || entity.hasPrefix("#X") {
                    scalar = UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
                } else if entity.hasPrefix("#") {
                    scalar = UInt32(entity.dropFirst()).flatMap(Unicode.Scalar.init)
                }
            }
            if let scalar {
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
                i = semi + 1
            } else {
                out.append(c)
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
