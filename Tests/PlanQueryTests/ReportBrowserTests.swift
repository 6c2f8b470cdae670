import Foundation
import Testing

/// The HTML and PDF reports checked with real tools: html5lib parses every example page,
/// headless Chromium loads each one (no console message, not blank), and one example is
/// printed to PDF and read back with poppler. scripts/test-deps/ installs the tools; outside
/// CI a test whose tool is missing is skipped, in CI it runs and fails.
@Suite("Reports in a browser and on paper", .serialized)
struct ReportBrowserTests {
    static let ci = ProcessInfo.processInfo.environment["CI"] == "true"

    static func which(_ tool: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") where FileManager.default.isExecutableFile(atPath: "\(dir)/\(tool)") {
            return "\(dir)/\(tool)"
        }
        return nil
    }

    static var chromium: String? { which("chromium") ?? which("chromium-browser") ?? which("google-chrome") }
    static var hasHTML5Lib: Bool { (try? run("/usr/bin/env", ["python3", "-c", "import html5lib"]))?.status == 0 }

    struct Run { var status: Int32; var out: String; var err: String }

    @discardableResult
    static func run(_ tool: String, _ args: [String], timeout: TimeInterval = 120) throws -> Run {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = args
        p.currentDirectoryURL = Fixtures.packageRoot
        let dir = testScratch.appendingPathComponent("planq-report-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let outURL = dir.appendingPathComponent("out"), errURL = dir.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let deadline = Date().addingTimeInterval(timeout)
        while p.isRunning {
            if Date() > deadline { p.terminate(); break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        try out.close()
        try err.close()
        return Run(status: p.terminationStatus,
                   out: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
                   err: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
    }

    static var expectedHTML: [String] {
        Fixtures.files(in: ExampleReports.expected, ext: "html").map { ExampleReports.expected.appendingPathComponent($0).path }
    }

    /// Every example page parses with no HTML5 parse error, has a title, and every chart is an
    /// `<svg>` with a `<title>`; nothing refers to another file or runs a script.
    @Test(.enabled(if: ci || hasHTML5Lib))
    func htmlParsesCleanly() throws {
        let r = try Self.run("/usr/bin/env", ["python3", "scripts/check-html.py"] + Self.expectedHTML)
        #expect(r.status == 0, "\(r.out)\(r.err)")
        #expect(r.out.split(separator: "\n").count == Self.expectedHTML.count)
    }

    /// A screenshot of a page, and what Chromium logged while loading it.
    static func screenshot(_ html: String, in dir: URL, name: String) throws -> (png: Int, log: String) {
        guard let browser = chromium else { throw CocoaError(.fileNoSuchFile) }
        let png = dir.appendingPathComponent(name + ".png")
        let r = try run(browser, [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--hide-scrollbars",
            "--user-data-dir=" + dir.appendingPathComponent("profile-" + name).path,
            "--enable-logging=stderr", "--v=0", "--window-size=1200,1600",
            "--screenshot=" + png.path, URL(fileURLWithPath: html).absoluteString,
        ])
        let size = (try? FileManager.default.attributesOfItem(atPath: png.path)[.size] as? Int) ?? 0
        return (size, r.err)
    }

    /// Each example page loads in headless Chromium with no console message (the pages have no
    /// scripts, so any message is a problem) and is not blank: its screenshot is several times
    /// the size of an empty page's.
    @Test(.enabled(if: ci || chromium != nil))
    func pagesLoadInChromium() throws {
        let dir = testScratch.appendingPathComponent("planq-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let empty = dir.appendingPathComponent("empty.html")
        try Data("<!DOCTYPE html><html><head><title>empty</title></head><body></body></html>".utf8).write(to: empty)
        let blank = try Self.screenshot(empty.path, in: dir, name: "empty")
        #expect(blank.png > 0, "Chromium wrote no screenshot: \(blank.log.suffix(500))")
        for page in Self.expectedHTML {
            let name = URL(fileURLWithPath: page).deletingPathExtension().lastPathComponent
            let shot = try Self.screenshot(page, in: dir, name: name)
            let console = shot.log.split(separator: "\n").filter { $0.contains(":CONSOLE") }
            #expect(console.isEmpty, "\(name): \(console.joined(separator: "\n"))")
            #expect(shot.png > blank.png * 4, "\(name) looks blank: \(shot.png) bytes against \(blank.png) for an empty page")
        }
    }

    /// The flagship printed to PDF through the CLI (`-o flagship.pdf`): the expected pages and text.
    @Test(.enabled(if: ci || (chromium != nil && which("pdftotext") != nil)))
    func flagshipPrintsToPDF() throws {
        let dir = testScratch.appendingPathComponent("planq-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let pdf = dir.appendingPathComponent("flagship.pdf").path
        let made = try Self.run(CLITests.binary.path, ["examples/flagship.planq", "-o", pdf])
        #expect(made.status == 0, "\(made.err)")
        let info = try Self.run(try #require(Self.which("pdfinfo")), [pdf])
        let pages = info.out.split(separator: "\n").first { $0.hasPrefix("Pages:") }.map { $0.split(separator: " ").last.map(String.init) ?? "" }
        // Title and contents on the first page, then the four sections (A4, the print stylesheet).
        #expect(pages == "5", "\(info.out)")
        let text = try Self.run(try #require(Self.which("pdftotext")), ["-layout", pdf, "-"]).out
        for phrase in ["Kent County Council: unit business plans", "Contents", "1 Revenue budget",
                       "Revenue budget 2008/09 by directorate (£m)", "4 Budget monitoring, April 2008", "Source: 001_23223e66fe6ffd0f.txt"] {
            #expect(text.contains(phrase), "the PDF has no \"\(phrase)\"")
        }
    }

    /// `-o` picks the format from the extension; `--format pdf` without `-o` is a usage error.
    @Test func outputFileFormats() throws {
        let dir = testScratch.appendingPathComponent("planq-o-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let md = dir.appendingPathComponent("r.md").path
        #expect(try Self.run(CLITests.binary.path, ["examples/reports/staffing.planq", "-o", md]).status == 0)
        let expected = try String(contentsOf: ExampleReports.expected.appendingPathComponent("staffing.md"), encoding: .utf8)
        #expect(try String(contentsOfFile: md, encoding: .utf8) == expected)
        let usage = try Self.run(CLITests.binary.path, ["examples/reports/staffing.planq", "--format", "pdf"])
        #expect(usage.status == 64)
        #expect(usage.err.contains("--format pdf writes a file: give -o FILE.pdf"))
        let unknown = try Self.run(CLITests.binary.path, ["examples/reports/staffing.planq", "-o", dir.appendingPathComponent("r.xyz").path])
        #expect(unknown.status == 64)
        #expect(unknown.err.contains("cannot tell the format of"))
    }
}
