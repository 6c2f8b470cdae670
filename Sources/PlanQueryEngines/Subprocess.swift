import Foundation

/// Runs an engine's command-line client: the SQL goes in on standard input, the result comes
/// back on standard output. A failure carries the client's own message.
struct Subprocess {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func run(_ executable: String, _ arguments: [String], input: String, environment: [String: String] = [:]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [executable] + arguments
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        do { try process.run() } catch {
            throw Failure(description: "cannot start \(executable): \(error.localizedDescription)")
        }
        // Read both pipes while writing, so a large result cannot fill a pipe and stall the client.
        final class Buffer: @unchecked Sendable { var data = Data() }
        let out = Buffer(), err = Buffer()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { out.data = stdout.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        group.enter()
        DispatchQueue.global().async { err.data = stderr.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try? stdin.fileHandleForWriting.close()
        group.wait()
        process.waitUntilExit()
        let errText = String(decoding: err.data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if process.terminationStatus != 0 {
            if process.terminationStatus == 127 {
                throw Failure(description: "\(executable) is not installed (scripts/test-deps/ has installers)")
            }
            throw Failure(description: "\(executable) failed: " + (errText.isEmpty ? "exit status \(process.terminationStatus)" : errText))
        }
        // sqlite3 reports some errors on stderr with exit status 0 when not in bail mode.
        if !errText.isEmpty, errText.lowercased().contains("error") {
            throw Failure(description: "\(executable): \(errText)")
        }
        return String(decoding: out.data, as: UTF8.self)
    }
}
