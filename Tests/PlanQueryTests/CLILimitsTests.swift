import Foundation
import Testing

/// The command line's policy and limits: `--allow-read`, `--no-files`, `--max-rows`,
/// `--max-memory`, `--timeout`; a breach exits 65 with the reason on standard error. Each
/// is run through the fast argument path and through ArgumentParser (`planq run ...`).
@Suite("CLI policy and limits")
struct CLILimitsTests {
    let cli = CLITests()

    func both(_ args: [String]) throws -> [CLITests.Result] {
        [try cli.planq(args), try cli.planq(["run"] + args)]
    }

    func folder(_ files: [String: String]) throws -> URL {
        let dir = testScratch.appendingPathComponent("planq-cli-limits-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return dir
    }

    @Test func noFilesRefusesEveryFileAQueryNames() throws {
        for r in try both(["--no-files", "-c", "from \"/etc/passwd\""]) {
            #expect(r.status == 65)
            #expect(r.err.contains("error: cannot read /etc/passwd: it is outside the folders this engine may read"))
        }
        // The tables given with --data stay readable.
        for r in try both(["--no-files", "--data", "kpis.csv", "--format", "csv", "-c", "from kpis | summarize n = count()"]) {
            #expect(r.status == 0)
            #expect(r.out == "n\n9\n")
        }
    }

    @Test func allowReadGrantsFoldersOnly() throws {
        let open = try folder(["open.csv": "a\n1\n2\n"])
        let secret = try folder(["secret.csv": "password\nhunter2\n"])
        for r in try both(["--allow-read", open.path, "--format", "csv", "-c", "from \"\(open.path)/open.csv\" | summarize n = count()"]) {
            #expect(r.status == 0)
            #expect(r.out == "n\n2\n")
        }
        for r in try both(["--allow-read", open.path, "-c", "from \"\(open.path)/../\(secret.lastPathComponent)/secret.csv\""]) {
            #expect(r.status == 65)
            #expect(r.err.contains("outside the folders this engine may read"))
            #expect(!r.out.contains("hunter2"))
        }
        // Repeatable.
        let r = try cli.planq(["--allow-read", open.path, "--allow-read", secret.path, "--format", "csv",
                               "-c", "from \"\(secret.path)/secret.csv\""])
        #expect(r.out == "password\nhunter2\n")
    }

    @Test func maxRowsStopsAQuery() throws {
        for r in try both(["--data", "kpis.csv", "--max-rows", "5", "-c", "from kpis | take 2"]) {
            #expect(r.status == 65)
            #expect(r.err.contains("error: this step's result would have 9 rows, more than the row limit of 5"))
            #expect(r.err.contains("hint: filter or summarize earlier; the host sets the limit (the command line's --max-rows N)"))
        }
        #expect(try cli.planq(["--data", "kpis.csv", "--max-rows", "9", "-c", "from kpis | take 2"]).status == 0)
    }

    @Test func maxMemoryStopsHugeText() throws {
        for r in try both(["--max-memory", "64K", "-c", "lpad(\"x\", 100000, \"0\")"]) {
            #expect(r.status == 65)
            #expect(r.err.contains("error: lpad would make a text of about 97.7 KiB, more than the limit of 64 KiB"))
        }
        #expect(try cli.planq(["--max-memory", "1M", "--format", "csv", "-c", "length(lpad(\"x\", 100000, \"0\"))"]).out == "100000\n")
    }

    @Test func timeoutStopsALongQuery() throws {
        var csv = "k,v\n"
        for i in 0..<4000 { csv += "1,\(i)\n" }
        let dir = try folder(["same.csv": csv])
        let start = Date()
        for r in try both(["--data", dir.appendingPathComponent("same.csv").path, "--timeout", "0.3",
                           "-c", "from same | join same on k | summarize n = count()"]) {
            #expect(r.status == 65)
            #expect(r.err.contains("error: query stopped: it ran past the time limit of 300 ms"))
        }
        #expect(Date().timeIntervalSince(start) < 10)
    }

    @Test func badLimitValuesAreUsageErrors() throws {
        for (flag, value, message) in [("--max-rows", "many", "--max-rows needs a whole number of rows, got 'many'"),
                                       ("--max-memory", "lots", "--max-memory needs a size such as 512M or 2G, got 'lots'"),
                                       ("--timeout", "0", "--timeout needs a number of seconds, got '0'")] {
            let r = try cli.planq([flag, value, "-c", "1"])
            #expect(r.status == 64)
            #expect(r.err.contains(message), "\(r.err)")
        }
    }
}
