import Foundation
import PlanQuery

/// Exit codes of the CLI contract.
public enum ExitStatus {
    public static let usage: Int32 = 64
    public static let queryError: Int32 = 65
    public static let inputMissing: Int32 = 66
    public static let failure: Int32 = 1

    public static func code(for diagnostics: [Diagnostic]) -> Int32 {
        guard let first = diagnostics.first(where: { $0.severity == .error }) else { return failure }
        switch first.kind {
        case .io: return inputMissing
        case .usage: return usage
        case .syntax, .name, .type, .runtime, .data: return queryError
        }
    }
}

/// Standard output and error, and what the terminal can do.
public enum Terminal {
    public static func error(_ s: String) {
        FileHandle.standardError.write(Data((s.hasSuffix("\n") ? s : s + "\n").utf8))
    }

    public static func write(_ s: String) {
        FileHandle.standardOutput.write(Data(s.utf8))
    }

    public static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) != 0 }
    public static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }

    /// Colour only on a terminal, and never when `NO_COLOR` is set (https://no-color.org).
    public static var useColor: Bool { stdoutIsTerminal && !noColorRequested }

    public static var noColorRequested: Bool { ProcessInfo.processInfo.environment["NO_COLOR"] != nil }

    public static var width: Int? {
        var w = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &w) == 0, w.ws_col > 0 { return Int(w.ws_col) }
        if ioctl(STDIN_FILENO, UInt(TIOCGWINSZ), &w) == 0, w.ws_col > 0 { return Int(w.ws_col) }
        return nil
    }
}
