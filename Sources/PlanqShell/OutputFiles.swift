import Foundation
import PlanQuery

/// A format the CLI writes with `--format NAME` or `-o FILE` (chosen by the file's extension):
/// the library's text formats, and document formats made from a whole script's outputs
/// (PDF from the HTML page). Another writer (Excel) is one more entry in `FileFormat.all`.
package struct FileFormat: Sendable {
    package var name: String
    package var extensions: [String]
    /// Text formats stream to standard output as the script runs; nil for the others.
    package var text: OutputFormat?
    /// Writes a whole script's outputs to `path`. `documentName` titles a report without a `title`.
    package var write: @Sendable (_ outputs: [Output], _ documentName: String, _ path: String) throws -> Void

    package init(name: String, extensions: [String], text: OutputFormat?,
                write: @escaping @Sendable ([Output], String, String) throws -> Void) {
        self.name = name
        self.extensions = extensions
        self.text = text
        self.write = write
    }

    package static let all: [FileFormat] = OutputFormat.allCases.map(textFormat) + [pdf]

    static func textFormat(_ f: OutputFormat) -> FileFormat {
        let extensions: [String]
        switch f {
        case .table: extensions = ["txt"]
        case .markdown: extensions = ["md", "markdown"]
        case .html: extensions = ["html", "htm"]
        case .jsonl: extensions = ["jsonl", "ndjson"]
        default: extensions = [f.rawValue]
        }
        return FileFormat(name: f.rawValue, extensions: extensions, text: f) { outputs, name, path in
            let text = Rendering.render(outputs, as: f, documentName: name)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        }
    }

    /// A PDF: the HTML page printed by headless Chromium (A4, the page's print stylesheet).
    package static let pdf = FileFormat(name: "pdf", extensions: ["pdf"], text: nil) { outputs, name, path in
        try PDFWriter.write(html: Rendering.render(outputs, as: .html, documentName: name), to: path)
    }

    package static var names: [String] { all.map(\.name) }

    package static func named(_ name: String) -> FileFormat? { all.first { $0.name == name.lowercased() } }

    /// The format a file name asks for, by its extension.
    package static func forPath(_ path: String) -> FileFormat? {
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        return ext.isEmpty ? nil : all.first { $0.extensions.contains(ext) }
    }
}

/// Prints HTML to PDF with headless Chromium. Lives in the shell layer: the library never
/// starts processes.
package enum PDFWriter {
    package struct Failure: Error, CustomStringConvertible {
        package var description: String
    }

    /// `$PLANQ_CHROMIUM`, else the first of chromium, chromium-browser, google-chrome on PATH.
    package static func chromium() -> String? {
        let env = ProcessInfo.processInfo.environment
        if let given = env["PLANQ_CHROMIUM"], !given.isEmpty { return given }
        let dirs = (env["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] {
            for dir in dirs where FileManager.default.isExecutableFile(atPath: dir + "/" + name) { return dir + "/" + name }
        }
        return nil
    }

    package static let missingChromium = "PDF output needs Chromium: install Debian's `chromium` package (apt-get install chromium), or set PLANQ_CHROMIUM to a Chromium or Chrome executable"

    /// The PDF's bytes (for writers that hand back bytes, as `.once FILE.pdf` does).
    package static func pdf(html: String) throws -> [UInt8] {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("planq-\(UUID().uuidString).pdf").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try write(html: html, to: path)
        return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    package static func write(html: String, to path: String, timeout: TimeInterval = 120) throws {
        guard let browser = chromium() else { throw Failure(description: missingChromium) }
        let fm = FileManager.default
        let work = fm.temporaryDirectory.appendingPathComponent("planq-pdf-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        try fm.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: work) }
        let page = work.appendingPathComponent("report.html")
        try Data(html.utf8).write(to: page)
        let target = URL(fileURLWithPath: path).standardizedFileURL
        try? fm.removeItem(at: target)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: browser)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--user-data-dir=" + work.appendingPathComponent("profile").path,
            "--no-pdf-header-footer", "--print-to-pdf=" + target.path, page.absoluteString,
        ]
        // Chromium's messages go to a file (a pipe nobody reads could fill and stop it).
        let log = work.appendingPathComponent("chromium.log")
        _ = fm.createFile(atPath: log.path, contents: nil)
        let logHandle = try FileHandle(forWritingTo: log)
        defer { try? logHandle.close() }
        process.standardError = logHandle
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch {
            throw Failure(description: "cannot start \(browser): \(error.localizedDescription)")
        }
        // Stop a stuck browser.
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning {
            if Date() > deadline {
                process.terminate()
                throw Failure(description: "\(browser) did not finish printing the PDF in \(Int(timeout)) s")
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        let stderrText = (try? Data(contentsOf: log)) ?? Data()
        let size = (try? fm.attributesOfItem(atPath: target.path)[.size] as? Int) ?? 0
        guard process.terminationStatus == 0, size > 0 else {
            let detail = String(decoding: stderrText, as: UTF8.self).split(separator: "\n").suffix(5).joined(separator: "\n")
            throw Failure(description: "\(browser) could not print the PDF (exit \(process.terminationStatus))" + (detail.isEmpty ? "" : ":\n" + detail))
        }
    }
}
