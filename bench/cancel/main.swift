// Cancel latency, release build: how long each kind of long query goes on after
// `engine.canceller.cancel()` from another thread. Run by bench/cancel-latency.sh.
//   cancel-latency [ROWS] [SAMPLES] [NAME-FILTER]
// Each workload is cancelled SAMPLES times, at delays spread evenly from 10 to 250 ms; the
// table gives the 50th and 99th percentiles and the maximum of the wall time from the
// cancel to the query's return, and the maximum of the CPU time the query's thread spent
// in it (what the code does, without the waits of a loaded machine).
import Foundation
import PlanQuery
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

let arguments = Array(CommandLine.arguments.dropFirst())
let rows = arguments.count > 0 ? Int(arguments[0]) ?? 10_000_000 : 10_000_000
let samples = arguments.count > 1 ? Int(arguments[1]) ?? 60 : 60
let only = arguments.count > 2 ? arguments[2] : nil

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

func milliseconds(_ d: Duration) -> Double {
    Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
}

func cpuNow(_ clock: clockid_t) -> Double {
    var t = timespec()
    clock_gettime(clock, &t)
    return Double(t.tv_sec) * 1000 + Double(t.tv_nsec) / 1e6
}

/// Cancels after `delay` from another thread; returns (wall ms, CPU ms of the query's thread)
/// from the cancel to the query's return, or nil when the query ended before the cancel.
func latency(_ engine: Engine, delay: Double, _ query: String) -> (wall: Double, cpu: Double)? {
    var queryClock = clockid_t()
    pthread_getcpuclockid(pthread_self(), &queryClock)
    let cancelled = Mutex<(ContinuousClock.Instant, Double)?>(nil)
    let canceller = engine.canceller
    let clock = queryClock
    Thread.detachNewThread {
        Thread.sleep(forTimeInterval: delay)
        let cpu = cpuNow(clock)
        cancelled.withLock { $0 = (.now, cpu) }
        canceller.cancel()
    }
    let result = Result { try engine.query(query) }
    let end = ContinuousClock.now, endCPU = cpuNow(clock)
    while cancelled.withLock({ $0 }) == nil { Thread.sleep(forTimeInterval: 0.001) }
    guard case .failure = result, let (at, cpu) = cancelled.withLock({ $0 }) else { return nil }
    return (milliseconds(at.duration(to: end)), max(0, endCPU - cpu))
}

let engine = Engine(files: .unrestricted)
engine.register(bigTable(rows, keys: 1000), as: "big")
engine.register(bigTable(10_000, keys: 1), as: "same")
let dir = FileManager.default.temporaryDirectory.appendingPathComponent("planq-cancel-bench")
try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
let csvPath = dir.appendingPathComponent("big.csv").path
if !FileManager.default.fileExists(atPath: csvPath) {
    var csv = "id,unit,amount,when\n"
    for i in 0..<(rows / 2) { csv += "\(i),unit \(i % 97),\(i % 1000).25,2009-03-\(10 + i % 19)\n" }
    try csv.write(toFile: csvPath, atomically: false, encoding: .utf8)
}

let jsonPath = dir.appendingPathComponent("big.jsonl").path
if !FileManager.default.fileExists(atPath: jsonPath) {
    var json = ""
    for i in 0..<(rows / 4) { json += "{\"id\":\(i),\"unit\":\"unit \(i % 97)\",\"amount\":\(i % 1000).25}\n" }
    try json.write(toFile: jsonPath, atomically: false, encoding: .utf8)
}

// A module of many small functions, for `import`.
let modulePath = dir.appendingPathComponent("many").path
if !FileManager.default.fileExists(atPath: modulePath + ".planq") {
    let module = (0..<20_000).map { "fn f\($0)(v) = v * \($0 % 7 + 1) + \($0)" }.joined(separator: "\n") + "\n"
    try module.write(toFile: modulePath + ".planq", atomically: false, encoding: .utf8)
}
let longSum = (0..<900).map { "x * \($0 % 9 + 1)" }.joined(separator: " + ")

let workloads: [(String, String)] = [
    ("join making 100M rows", "from same | join same on k | summarize n = count()"),
    ("sort", "from big | sort s, x | summarize n = count()"),
    ("top-N", "from big | sort s, -x | take 10"),
    ("group by (hash)", "from big | summarize n = count(), m = max(x) by id"),
    ("per-row function", "from big | derive p = lpad(to_text(id), 12, \"0\") | summarize n = count_distinct(p)"),
    ("regex on every row", "from big | where s ~= \"^(g|d)[a-z]*a$\" | summarize n = count()"),
    ("group step per key", "from big | group k (sort -x | take 1)"),
    ("loading a CSV file", "from \"\(csvPath)\" | summarize n = count()"),
    ("loading a JSON file", "from \"\(jsonPath)\" | summarize n = count()"),
    ("filter and arithmetic", "from big | where x * 2 > id % 1000 | summarize n = count()"),
    ("median of every row", "from big | summarize m = median(x)"),
    ("mode of every row", "from big | summarize m = mode(x)"),
    ("quantile of text", "from big | summarize q = quantile_disc(s, 0.5)"),
    ("distinct", "from big | distinct x | summarize n = count()"),
    ("window functions", "from big | derive r = running_sum(x), l = lag(x) | summarize m = max(r)"),
    ("rank", "from big | derive r = rank(x) | summarize m = max(r)"),
    ("pivot", "from big | pivot s using sum(x) by k"),
    ("append", "from big | append big | summarize n = count()"),
    ("describe", "from big | describe"),
    ("total by", "from big | total by k | summarize n = count()"),
    ("join with a condition", "from same | join same on left.k == right.k and left.id < right.id | summarize n = count()"),
    ("string functions", "from big | derive u = upper(s), r = replace(s, \"a\", \"o\"), c = concat(s, to_text(k)), p = substring(s, 2, 3) | summarize n = count_distinct(c), m = max(r), q = min(p), w = max(u)"),
    ("long expression", "from big | derive y = \(longSum) | summarize m = max(y)"),
    ("import", "import \"\(modulePath)\"\nfrom big | derive y = f19999(x) | summarize m = max(y)"),
]

/// Prints at once (the table comes out row by row while the bench runs).
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

func percentile(_ sorted: [Double], _ p: Double) -> Double {
    sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, max(0, Int((p * Double(sorted.count)).rounded(.up)) - 1))]
}

say("cancel latency, \(rows) rows, release build, \(samples) cancels per workload at 10-250 ms")
say("| workload | p50 ms | p99 ms | max ms | max CPU ms | finished first |")
say("|---|---:|---:|---:|---:|---:|")
for (name, query) in workloads where only.map({ name.contains($0) }) ?? true {
    var walls: [Double] = [], cpus: [Double] = []
    var finished = 0
    for i in 0..<samples {
        let delay = 0.010 + 0.240 * Double(i) / Double(max(1, samples - 1))
        let fresh = name.hasPrefix("loading") ? Engine(files: .unrestricted) : engine
        if let (wall, cpu) = latency(fresh, delay: delay, query) { walls.append(wall); cpus.append(cpu) } else { finished += 1 }
    }
    walls.sort()
    say(String(format: "| %@ | %.1f | %.1f | %.1f | %.1f | %d |", name as NSString, percentile(walls, 0.5), percentile(walls, 0.99),
                 walls.last ?? 0, cpus.max() ?? 0, finished))
}
