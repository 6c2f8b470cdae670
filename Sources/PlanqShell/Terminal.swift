import Foundation
import PlanQuery

/// Exit codes of the CLI contract.
package enum ExitStatus {
    package static let usage: Int32 = 64
    package static let queryError: Int32 = 65
    package static let inputMissing: Int32 = 66
    package static let failure: Int32 = 1

    package static func code(for diagnostics: [Diagnostic]) -> Int32 {
        guard let first = diagnostics.first(where: { $0.severity == .error }) else { return failure }
        switch first.kind {
        case .io: return inputMissing
        case .usage: return usage
        case .syntax, .name, .type, .runtime, .data, .limit: return queryError
        }
    }
}

/// Standard output and error, and what the terminal can do.
package enum Terminal {
    package static func error(_ s: String) {
        writeAll(STDERR_FILENO, s.hasSuffix("\n") ? s : s + "\n")
    }

    package static func write(_ s: String) {
        writeAll(STDOUT_FILENO, s)
    }

    /// Standard error as it is, without a newline (the progress line).
    @Sendable package static func rawError(_ s: String) {
        writeAll(STDERR_FILENO, s)
    }

    /// Writes every byte, going on after a signal (Ctrl-C) interrupts the write.
    static func writeAll(_ fd: Int32, _ s: String) {
        var bytes = Array(s.utf8)
        var offset = 0
        bytes.withUnsafeMutableBytes { buffer in
            while offset < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += n
            }
        }
    }

    package static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) != 0 }
    package static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }

    /// Colour only on a terminal, and never when `NO_COLOR` is set (https://no-color.org).
    package static var useColor: Bool { stdoutIsTerminal && !noColorRequested }

    /// One variable: `getenv`, not `ProcessInfo.environment` (a dictionary of every variable).
    package static var noColorRequested: Bool { getenv("NO_COLOR") != nil }

    package static var height: Int? {
        var w = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &w) == 0, w.ws_row > 0 { return Int(w.ws_row) }
        return nil
    }

    package static var width: Int? {
        var w = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &w) == 0, w.ws_col > 0 { return Int(w.ws_col) }
        if ioctl(STDIN_FILENO, UInt(TIOCGWINSZ), &w) == 0, w.ws_col > 0 { return Int(w.ws_col) }
        return nil
    }
}

/// ANSI colour for diagnostics on a terminal: the severity word, the caret line and hints.
package enum Highlight {
    static let red = "\u{1B}[1;31m", yellow = "\u{1B}[1;33m", cyan = "\u{1B}[36m", reset = "\u{1B}[0m"

    package static func diagnostics(_ text: String) -> String {
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var l = String(line)
            if let r = l.range(of: ": error: ") ?? (l.hasPrefix("error: ") ? l.range(of: "error: ") : nil) {
                l.replaceSubrange(r, with: l[r].replacing("error", with: red + "error" + reset))
            } else if let r = l.range(of: ": warning: ") ?? (l.hasPrefix("warning: ") ? l.range(of: "warning: ") : nil) {
                l.replaceSubrange(r, with: l[r].replacing("warning", with: yellow + "warning" + reset))
            } else if !l.isEmpty, l.contains("^"), l.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "^" }) {
                l = red + l + reset
            } else if l.hasPrefix("hint: ") {
                l = cyan + "hint:" + reset + l.dropFirst(5)
            }
            lines.append(l)
        }
        return lines.joined(separator: "\n")
    }
}
