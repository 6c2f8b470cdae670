import Foundation
import Testing
@testable import PlanQuery

/// Expectations computed independently by Fixtures/stats/make_expected.py (Python's
/// `statistics` with exact fractions, numpy, scipy). Regenerate the fixtures with
/// `python3 Tests/PlanQueryTests/Fixtures/stats/make_expected.py`.
enum StatsFixtures {
    static let dir = Fixtures.root.appendingPathComponent("stats")

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var query: String
        var rows: [[Expected]]
        var testDescription: String { name }
    }

    /// A fixture cell: JSON null, a number (a float within a relative 1e-9), "=d" (an exact
    /// decimal), other text (exact text), or a list of cells.
    indirect enum Expected: Sendable, CustomStringConvertible {
        case null
        case float(Double)
        case exact(ExactDecimal)
        case text(String)
        case list([Expected])

        init(_ json: Any) {
            switch json {
            case is NSNull: self = .null
            case let s as String:
                if s.hasPrefix("="), let d = ExactDecimal(parsing: s.dropFirst()) { self = .exact(d) } else { self = .text(s) }
            case let n as NSNumber: self = .float(n.doubleValue)
            case let a as [Any]: self = .list(a.map(Expected.init))
            default: self = .text("\(json)")
            }
        }

        var description: String {
            switch self {
            case .null: return "null"
            case .float(let f): return "\(f)"
            case .exact(let d): return "=\(d)"
            case .text(let s): return "\"\(s)\""
            case .list(let l): return "[" + l.map(\.description).joined(separator: ", ") + "]"
            }
        }

        /// Why `v` does not match, or nil when it does.
        func mismatch(_ v: Value) -> String? {
            switch (self, v) {
            case (.null, .null): return nil
            case (.float(let e), _):
                guard let a = v.doubleValue else { return "expected \(e), got \(v.literalText)" }
                let tol = 1e-9 * max(1, abs(e))
                return abs(a - e) <= tol ? nil : "expected \(e), got \(a) (difference \(a - e))"
            case (.exact(let e), .int), (.exact(let e), .decimal):
                return v.decimalValue == e ? nil : "expected exactly \(e), got \(v.literalText)"
            case (.text(let e), _):
                return v.description == e ? nil : "expected \"\(e)\", got \(v.literalText)"
            case (.list(let e), .list(let a)):
                guard e.count == a.count else { return "expected \(e.count) items, got \(a.count): \(v.literalText)" }
                for (x, y) in zip(e, a) { if let m = x.mismatch(y) { return m } }
                return nil
            default:
                return "expected \(self), got \(v.literalText) (\(v.type.displayName))"
            }
        }
    }

    static func load(_ file: String) -> [[String: Any]] {
        guard let data = try? Data(contentsOf: dir.appendingPathComponent(file)),
              let json = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]] else { return [] }
        return json
    }

    static func rows(_ any: Any?) -> [[Expected]] {
        ((any as? [[Any]]) ?? []).map { $0.map(Expected.init) }
    }

    static let cases: [Case] = load("expected.json").map { c in
        Case(name: c["name"] as? String ?? "?", query: c["query"] as? String ?? "", rows: rows(c["rows"]))
    }

    static let h2o: [String: [[Expected]]] = Dictionary(uniqueKeysWithValues: load("h2o.json").map { c in
        (c["name"] as? String ?? "?", rows(c["rows"]))
    })

    /// Compares a result table with expected rows; returns the problems found.
    static func compare(_ t: Table, _ expected: [[Expected]]) -> [String] {
        var problems: [String] = []
        if t.rowCount != expected.count { problems.append("expected \(expected.count) rows, got \(t.rowCount)") }
        for (r, row) in expected.enumerated() where r < t.rowCount {
            if row.count != t.columns.count { problems.append("row \(r + 1): expected \(row.count) columns, got \(t.columns.count)"); continue }
            for (c, cell) in row.enumerated() {
                if let m = cell.mismatch(t.columns[c][r]) { problems.append("row \(r + 1), column \(t.schema[c].name): \(m)") }
            }
        }
        return problems
    }
}

@Suite("Statistical functions against Python (statistics, numpy, scipy)")
struct FunctionsStatsTests {
    @Test func fixturesLoaded() {
        #expect(StatsFixtures.cases.count > 500)
        #expect(StatsFixtures.h2o.count >= 10)
    }

    @Test("independent expectation", arguments: StatsFixtures.cases)
    func matchesPython(_ c: StatsFixtures.Case) throws {
        let t = try makeEngine().query(c.query)
        let problems = StatsFixtures.compare(t, c.rows)
        #expect(problems.isEmpty, Comment(rawValue: "\(c.name): \(c.query)\n" + problems.joined(separator: "\n")))
    }
}
