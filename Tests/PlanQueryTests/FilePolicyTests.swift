import Foundation
import Testing
@testable import PlanQuery

/// Every route by which a query reaches a file goes through the engine's one file policy:
/// each route is refused under "no files" and, for a path outside them, under "these folders".
@Suite("File policy")
struct FilePolicyTests {
    /// A folder the host allows (with data, a document and a module) and a secret beside it.
    struct Layout {
        let root: URL
        var allowed: String { root.appendingPathComponent("allowed").path }
        var secret: String { root.appendingPathComponent("secret.csv").path }
        var secretDocument: String { root.appendingPathComponent("secret.txt").path }
        var secretModule: String { root.appendingPathComponent("mod").path }

        init() throws {
            root = testScratch.appendingPathComponent("planq-policy-\(UUID().uuidString)")
            let fm = FileManager.default
            try fm.createDirectory(atPath: root.appendingPathComponent("allowed").path, withIntermediateDirectories: true)
            try "a,b\n1,2\n".write(toFile: root.appendingPathComponent("allowed/open.csv").path, atomically: true, encoding: .utf8)
            try "fn shared() = 1\n".write(toFile: root.appendingPathComponent("allowed/lib.planq").path, atomically: true, encoding: .utf8)
            try "a,b\n41,42\n".write(toFile: root.appendingPathComponent("secret.csv").path, atomically: true, encoding: .utf8)
            try "Secret plan\n".write(toFile: root.appendingPathComponent("secret.txt").path, atomically: true, encoding: .utf8)
            try "fn leaked() = 42\n".write(toFile: root.appendingPathComponent("mod.planq").path, atomically: true, encoding: .utf8)
            // A link inside the allowed folder that points out of it.
            try fm.createSymbolicLink(atPath: root.appendingPathComponent("allowed/link.csv").path, withDestinationPath: secret)
        }
    }

    /// The five routes, each a script that would read `secret` (or list its folder).
    func routes(_ l: Layout) -> [(String, String)] {
        [("a file named in a query", "from \"\(l.secret)\""),
         ("a file whose columns are pruned", "from \"\(l.secret)\" | select a"),
         ("read(...) with options", "from read(\"\(l.secret)\", format = \"csv\")"),
         ("a plan document", "from \"\(l.secretDocument)\""),
         ("import of a module", "import \"\(l.secretModule)\"\nleaked()")]
    }

    func refusal(_ engine: Engine, _ script: String) -> Diagnostic? {
        do {
            _ = try engine.run(script)
            return nil
        } catch let e as PlanQueryError {
            return e.diagnostics.first
        } catch {
            return nil
        }
    }

    @Test func noFilesRefusesEveryRoute() throws {
        let l = try Layout()
        for (route, script) in routes(l) {
            let d = refusal(Engine(files: LocalFileSystem(policy: .none)), script)
            #expect(d != nil, "\(route) was not refused")
            #expect(d?.kind == .limit || route.hasPrefix("import"), "\(route): \(d?.message ?? "")")
            if !route.hasPrefix("import") { #expect(d?.message.contains("file policy: no files") == true, "\(route): \(d?.message ?? "")") }
        }
    }

    @Test func foldersRefuseEveryRouteOutsideThem() throws {
        let l = try Layout()
        for (route, script) in routes(l) {
            let d = refusal(Engine(files: LocalFileSystem(policy: .directories([l.allowed]))), script)
            #expect(d != nil, "\(route) was not refused")
            if !route.hasPrefix("import") { #expect(d?.message.contains("file policy: only") == true, "\(route): \(d?.message ?? "")") }
        }
    }

    @Test func foldersAllowWhatIsInsideThem() throws {
        let l = try Layout()
        let engine = Engine(files: LocalFileSystem(policy: .directories([l.allowed])))
        let t = try engine.query("from \"\(l.allowed)/open.csv\"")
        #expect(t.rowCount == 1)
        _ = try engine.run("import \"\(l.allowed)/lib\"\nshared()")
    }

    @Test func dotDotAndLinksAreJudgedByWhereTheyLead() throws {
        let l = try Layout()
        let engine = Engine(files: LocalFileSystem(policy: .directories([l.allowed])))
        #expect(refusal(engine, "from \"\(l.allowed)/../secret.csv\"")?.kind == .limit)
        #expect(refusal(engine, "from \"\(l.allowed)/link.csv\"")?.kind == .limit)
    }

    @Test func registeredFilesObeyThePolicyWhenLoaded() throws {
        let l = try Layout()
        let engine = Engine(files: LocalFileSystem(policy: .none))
        engine.registerFile(l.secret, as: "secret")
        #expect(refusal(engine, "from secret")?.kind == .limit)
    }

    @Test func hintsDoNotListHiddenFolders() throws {
        let l = try Layout()
        // Misspelt, outside the allowed folder: no "did you mean secret.csv".
        let engine = Engine(files: LocalFileSystem(policy: .directories([l.allowed])))
        let d = refusal(engine, "from \"\(l.root.path)/secrte.csv\"")
        #expect(d != nil)
        #expect(d?.hints.contains { $0.contains("secret.csv") } == false)
        // With every file allowed, the hint is useful.
        let open = Engine(files: LocalFileSystem())
        #expect(refusal(open, "from \"\(l.root.path)/secrte.csv\"")?.hints.contains { $0.contains("secret.csv") } == true)
    }

    @Test func devicesAreRefusedAndPipesAreRead() throws {
        let d = refusal(Engine(files: LocalFileSystem()), "from \"/dev/zero\"")
        #expect(d?.kind == .io)
        #expect(d?.message.contains("device") == true)
    }
}
