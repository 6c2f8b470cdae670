/// A piece of planq source text: a script, a `-c` command, a REPL entry or an imported module.
///
/// Positions everywhere in planq are byte offsets into `bytes` (UTF-8); line and column
/// numbers are derived only when a diagnostic is shown.
public final class SourceFile: Sendable {
    /// Shown in diagnostics: a path, `<command>`, `<stdin>` or `<repl>`.
    public let name: String
    public let text: String
    public let bytes: [UInt8]
    /// Byte offset at which each line starts; `lineStarts[0] == 0`.
    public let lineStarts: [Int]

    public init(name: String, text: String) {
        self.name = name
        self.text = text
        let bytes = Array(text.utf8)
        self.bytes = bytes
        var starts = [0]
        for (i, b) in bytes.enumerated() where b == UInt8(ascii: "\n") { starts.append(i + 1) }
        self.lineStarts = starts
    }

    /// 1-based line and column of a byte offset. Columns count Unicode scalars, so `£` is one column.
    public func location(of offset: Int) -> (line: Int, column: Int) {
        let clamped = max(0, min(offset, bytes.count))
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= clamped { lo = mid } else { hi = mid - 1 }
        }
        let start = lineStarts[lo]
        var column = 1
        var i = start
        while i < clamped {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return (lo + 1, column)
    }

    /// The text of a 1-based line without its newline.
    public func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
    }

    public func text(of span: Span) -> String {
        let s = max(0, min(span.start, bytes.count)), e = max(s, min(span.end, bytes.count))
        return String(decoding: bytes[s..<e], as: UTF8.self)
    }
}

/// A half-open byte range `start..<end` in one source file.
public struct Span: Sendable, Hashable, CustomStringConvertible {
    public let file: SourceFile
    public let start: Int
    public let end: Int

    public init(file: SourceFile, start: Int, end: Int) {
        self.file = file
        self.start = start
        self.end = max(start, end)
    }

    /// The smallest span covering both.
    public func merged(with other: Span) -> Span {
        guard other.file === file else { return self }
        return Span(file: file, start: min(start, other.start), end: max(end, other.end))
    }

    public var text: String { file.text(of: self) }

    /// 1-based line and column (in characters) where the span starts.
    public var startLocation: (line: Int, column: Int) { file.location(of: start) }
    /// 1-based line and column just past the span's end.
    public var endLocation: (line: Int, column: Int) { file.location(of: end) }

    public var description: String {
        let (line, column) = file.location(of: start)
        return "\(file.name):\(line):\(column)"
    }

    public static func == (a: Span, b: Span) -> Bool {
        a.file === b.file && a.start == b.start && a.end == b.end
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(ObjectIdentifier(file))
        hasher.combine(start)
        hasher.combine(end)
    }
}
