// Cancel latency, release build: how long each kind of long query goes on after
// `engine.canceller.cancel()` from another thread. Run by bench/cancel-latency.sh.
import Foundation
import PlanQuery
import Synchronization

let rows = Int(CommandLine.arguments.dropFirst().first ?? "") ?? 10_000_000

func bigTable(_ n: Int, keys: Int) -> Table {
    let ids = Array(0..<n)
    let words = ["alpha", "beta", "gamma", "delta", "epsilon"]
    return Table(schema: [ColumnInfo(name: "id", type: .int), ColumnInfo(name: "k", type: .int),
                          ColumnInfo(name: "x", type: .float), ColumnInfo(name: "s", type: .text)],
                 columns: [Column(storage: .int(ids), nulls: nil, count: n),
                           Column(storage: .int(ids.map { $0 % keys }), nulls: nil, count: n),
                           Column(storage: .float(ids.map { Double(($0 &* 2_654_435_761) % 1_000_003) / 7 }), nulls: nil, count: n),
                           Column(storage: .text(codes: ids.map { UInt32($0 % words.count) }, dictionary: words), nulls: nil, count: n)],
                 rowCount: n)
}

/// Cancels after `delay` from another thread; returns (time after the cancel, ran to the end).
func latency(_ engine: Engine, delay: Double, _ query: String) -> (Double, Bool) {
    let cancelledAt = Mutex<ContinuousClock.Instant?>(nil)
    let canceller = engine.canceller
    Thread.detachNewThread {
        Thread.sleep(forTimeInterval: delay)
        cancelledAt.withLock { $0 = .now }
        canceller.cancel()
    }
    let result = Result { try engine.query(query) }
    let end = ContinuousClock.now
    while cancelledAt.withLock({ $0 }) == nil { Thread.sleep(forTimeInterval: 0.001) }
    guard case .failure = result, let at = cancelledAt.withLock({ $0 }) else { return (0, true) }
    let d = at.duration(to: end)
    return (Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15, false)
}

let engine = Engine(files: .unrestricted)
engine.register(bigTable(rows, keys: 1000), as: "big")
engine.register(bigTable(20_000, keys: 1), as: "same")
let dir = FileManager.default.temporaryDirectory.appendingPathComponent("planq-cancel-bench")
try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
let csvPath = dir.appendingPathComponent("big.csv").path
if !FileManager.default.fileExists(atPath: csvPath) {
    var csv = "id,unit,amount,when\n"
    for i in 0..<(rows / 2) { csv += "\(i),unit \(i % 97),\(i % 1000).25,2009-03-\(10 + i % 19)\n" }
    try csv.write(toFile: csvPath, atomically: false, encoding: .utf8)
}

let workloads: [(String, String)] = [
    ("join making 400M rows", "from same | join same on k | summarize n = count()"),
    ("sort", "from big | sort s, x | summarize n = count()"),
    ("top-N", "from big | sort s, -x | take 10"),
    ("group by (hash)", "from big | summarize n = count(), m = max(x) by id"),
    ("per-row function", "from big | derive p = lpad(to_text(id), 12, \"0\") | summarize n = count_distinct(p)"),
    ("regex on every row", "from big | where s ~= \"^(g|d)[a-z]*a$\" | summarize n = count()"),
    ("group step per key", "from big | group k (sort -x | take 1)"),
    ("loading a CSV file", "from \"\(csvPath)\" | summarize n = count()"),
]

print("cancel latency, \(rows) rows, release build: worst of cancels at 20, 50, 100, 200 ms")
for (name, query) in workloads {
    var worst = 0.0
    var finished = 0
    for delay in [0.02, 0.05, 0.1, 0.2] {
        let fresh = name.hasPrefix("loading") ? Engine(files: .unrestricted) : engine
        let (ms, done) = latency(fresh, delay: delay, query)
        if done { finished += 1 } else { worst = max(worst, ms) }
    }
    let note = finished > 0 ? " (\(finished) of 4 finished before the cancel)" : ""
    print(String(format: "%-24@ %7.1f ms", name as NSString, worst) + note)
}
