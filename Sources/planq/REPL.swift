import Foundation
import PlanQuery

/// The interactive shell (line editing lands with the REPL work); reads statements until EOF.
struct REPL {
    let session: Session

    func run() -> Int32 {
        var buffer = ""
        Terminal.write("planq — type a query, .quit to leave\n")
        while true {
            Terminal.write(buffer.isEmpty ? "planq> " : "   ...> ")
            guard let line = readLine() else { break }
            if buffer.isEmpty, line.trimmingCharacters(in: .whitespaces) == ".quit" { break }
            buffer += buffer.isEmpty ? line : "\n" + line
            if line.hasSuffix("|") { continue }
            _ = session.runScript(SourceFile(name: "<repl>", text: buffer))
            buffer = ""
        }
        return 0
    }
}
