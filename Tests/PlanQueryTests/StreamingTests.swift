import Foundation
import Testing
@testable import PlanQuery

/// A large CSV file read as a stream (CSVStream, StreamedQuery) must give exactly what loading it
/// whole gives: the same answers, the same warnings in the same order. The files here are small
/// and so are the sizes that make them "large" (a sample of 4 KiB, streams from 16 KiB on, parts
/// of 8 KiB), so that every file is cut into dozens of parts.
@Suite("Streaming large files")
struct StreamingTests {
    static let streaming = FileReadSizes(sampleBytes: 4 << 10, partialAtLeast: 16 << 10, streamAtLeast: 16 << 10, morselBytes: 8 << 10)
    /// The same file read the usual way: sampled and pruned alike, never streamed.
    static let whole = FileReadSizes(sampleBytes: 4 << 10, partialAtLeast: 16 << 10, streamAtLeast: Int.max, morselBytes: 8 << 10)

    /// Plan-like rows: text keys, exact money (2 places; `actual` 1 or 2, some empty), a status
    /// token now and then, financial years, dates, whole numbers. Deterministic.
    static func planCSV(rows: Int, lineEnd: String = "\n", notes: Bool = false) -> String {
        let councils = ["Kent", "Surrey", "Camden", "Leeds", "Devon", "Bristol", "Durham", "Luton"]
        let directorates = ["Adults", "Children", "Communities", "Environment", "Resources"]
        var s = "council,directorate,fiscal_year,quarter,budget,actual,target,staff,opened" + (notes ? ",note" : "") + lineEnd
        var x: UInt64 = 20080401
        func next(_ n: Int) -> Int {
            x = x &* 6364136223846793005 &+ 1442695040888963407
            return Int((x >> 33) % UInt64(n))
        }
        for r in 0..<rows {
            let pennies = 100 + next(5_000_000)
            let budget = "\(pennies / 100).\(String(format: "%02d", pennies % 100))"
            let a = max(100, pennies + next(20_000) - 10_000)
            let actual: String
            switch r % 37 {
            case 5: actual = ""
            case 1, 8, 15, 22: actual = "\(a / 100).\((a % 100) / 10)"  // one place
            default: actual = "\(a / 100).\(String(format: "%02d", a % 100))"
            }
            let target = r % 11 == 3 ? "" : r % 53 == 7 ? "N/A" : "\(pennies / 100 + 10).\(String(format: "%02d", (pennies + 7) % 100))"
            let year = 2005 + next(6)
            let fy = "\(year)/\(String(format: "%02d", (year + 1) % 100))"
            let opened = "\(2000 + next(10))-\(String(format: "%02d", 1 + next(12)))-\(String(format: "%02d", 1 + next(28)))"
            var line = "\(councils[next(councils.count)]),\(directorates[next(directorates.count)]),\(fy),Q\(1 + next(4)),"
                + "\(budget),\(actual),\(target),\(next(400)),\(opened)"
            if notes {
                if r % 9 == 4 {
                    // A long quoted note over several lines, with commas and doubled quotes:
                    // part boundaries often fall inside one.
                    let body = (0..<(10 + next(60))).map { "line \($0), of \"\"note\"\" \(r)" }.joined(separator: "\n")
                    line += ",\"\(body)\""
                } else {
                    line += ",n\(r % 5)"
                }
            }
            s += line + lineEnd
        }
        return s
    }

    static func write(_ text: String, ext: String = "csv") throws -> String {
        let url = testScratch.appendingPathComponent("planq-stream-\(UUID().uuidString).\(ext)")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// An engine with the file registered as `t` (read with `sizes`) and councils.csv as `c`.
    static func engine(_ path: String, _ sizes: FileReadSizes, dimension: String? = nil) -> (Engine, FileTableSource) {
        let e = makeEngine()
        let source = FileTableSource(path: path, options: ReadOptions(), sizes: sizes)
        e.catalog.register(source, as: "t")
        if let dimension { e.catalog.register(FileTableSource(path: dimension), as: "c") }
        return (e, source)
    }

    static let dimension: String = {
        (try? write("council,region,size\nKent,South East,3\nSurrey,South East,2\nCamden,London,1\nLeeds,Yorkshire,2\n"
            + "Devon,South West,2\nBristol,South West,1\nDurham,North East,1\nLuton,East,1\nKent,Extra,9\n")) ?? ""
    }()

    /// Runs each query on the file streamed and loaded whole; expects the same output and
    /// warnings. Returns the streaming source, to check whether it streamed.
    @discardableResult
    static func expectSame(_ csv: String, _ queries: [String], ext: String = "csv",
                           sourceLocation: SourceLocation = #_sourceLocation) throws -> FileTableSource {
        let path = try write(csv, ext: ext)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (streamed, source) = engine(path, streaming, dimension: dimension)
        let (whole, _) = engine(path, StreamingTests.whole, dimension: dimension)
        for q in queries {
            let a = runCapturing(streamed, SourceFile(name: "<command>", text: q), format: .csv)
            let b = runCapturing(whole, SourceFile(name: "<command>", text: q), format: .csv)
            #expect(a.out == b.out, "\(q)", sourceLocation: sourceLocation)
            #expect(a.err == b.err, "\(q)", sourceLocation: sourceLocation)
            #expect(!b.out.isEmpty || !b.err.isEmpty, "\(q)", sourceLocation: sourceLocation)
        }
        return source
    }

    // MARK: aggregates

    @Test func everyMergeableAggregate() throws {
        let source = try Self.expectSame(Self.planCSV(rows: 3000), [
            "from t | summarize n = count(), a = count(actual), s = sum(budget), tt = total(target), m = avg(actual), "
                + "lo = min(actual), hi = max(budget), ms = avg(staff), ss = sum(staff), first = min(opened), last = max(fiscal_year), "
                + "name = max(council) by directorate",
            "from t | summarize s = sum(budget), m = avg(actual) by council, fiscal_year, quarter",
            "from t | summarize n = count(), s = sum(actual)",
            "from t | where actual > target and quarter != \"Q2\" | summarize n = count(), gap = sum(actual - target) by council",
            "from t | derive band = if budget > 20000 then \"big\" else \"small\" | summarize n = count(), m = avg(budget) by band, year = fiscal_year",
            "from t | summarize spread = max(actual) - min(actual), n = count(target) by council | sort -spread",
            "from t | where council == \"Nowhere\" | summarize n = count(), s = sum(budget)",
            "from t | where council == \"Nowhere\" | summarize n = count() by directorate",
            "from t | summarize late = sum(budget) where fiscal_year > FY2008/09, all = sum(budget) by council",
        ])
        #expect(source.streamHistory.streams >= 8 && !source.streamHistory.failed)
    }

    /// A heading that names a money unit (`Budget £000s`) makes its plain numbers money in that
    /// unit, read whole or streamed alike, and the file still streams.
    @Test func headingsThatNameAMoneyUnit() throws {
        var csv = "unit,Budget £000s,Spend (£m),Cost £,staff\n"
        for r in 0..<3000 { csv += "u\(r % 7),\(r % 500).\(r % 10),\(r % 9).5,\(r % 40).25,\(r % 30)\n" }
        let source = try Self.expectSame(csv, ["from t | summarize b = sum(`Budget £000s`), s = sum(`Spend (£m)`), c = sum(`Cost £`) by unit"])
        #expect(source.streamHistory.streams >= 1 && !source.streamHistory.failed)
        let path = try Self.write(csv)
        defer { try? FileManager.default.removeItem(atPath: path) }
        for sizes in [Self.streaming, Self.whole] {
            let (e, _) = Self.engine(path, sizes)
            let t = try e.query("from t | take 2")
            #expect(t.schema.map(\.format) == [.plain, .money(unit: 3), .money(unit: 6), .money, .plain])
            let shown = runCapturing(e, SourceFile(name: "<command>", text: "from t | take 2"), format: .table).out
            #expect(shown.contains("£0.0k") && shown.contains("£1.5m") && shown.contains("£1.25") && !shown.contains("£1\n"))
        }
        #expect(HeaderUnits.unit(of: "Net (£'000)") == 3 && HeaderUnits.unit(of: "£bn") == 9
                && HeaderUnits.unit(of: "Amount") == nil && HeaderUnits.unit(of: "Price £") == 0)
    }

    @Test func exactDecimalSums() throws {
        // 0.10 added 40,000 times is 4000.00 exactly; binary floats would drift.
        var csv = "k,v,w\n"
        for r in 0..<40_000 { csv += "k\(r % 3),0.10,\(r % 2 == 0 ? "1.5" : "2.25")\n" }
        let source = try Self.expectSame(csv, ["from t | summarize s = sum(v), w = sum(w), m = avg(w) by k",
                                               "from t | summarize s = sum(v), t = total(w)"])
        #expect(source.streamHistory.streams >= 2 && !source.streamHistory.failed)
        let path = try Self.write(csv)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (e, _) = Self.engine(path, Self.streaming)
        let t = try e.query("from t | summarize s = sum(v), w = sum(w)")
        #expect(t.columns[0][0] == .decimal(ExactDecimal(units: 400_000, scale: 2)))
        #expect(t.columns[1][0] == .decimal(ExactDecimal(units: 7_500_000, scale: 2)))
    }

    // MARK: the file's shape

    @Test func quotedNewlinesAcrossPartBoundaries() throws {
        let csv = Self.planCSV(rows: 1500, notes: true)
        let source = try Self.expectSame(csv, [
            "from t | summarize n = count(), s = sum(budget), notes = count(note) by directorate",
            "from t | summarize longest = max(note), n = count() by council",
            "from t | where note != \"n1\" | sort -budget | take 5 | select council, budget, note",
        ])
        #expect(source.streamHistory.streams >= 3 && !source.streamHistory.failed)
    }

    @Test func crlfLineEnds() throws {
        let source = try Self.expectSame(Self.planCSV(rows: 2000, lineEnd: "\r\n", notes: true), [
            "from t | summarize n = count(), s = sum(budget) by council, quarter",
            "from t | summarize lo = min(note) by directorate",
        ])
        #expect(source.streamHistory.streams >= 2 && !source.streamHistory.failed)
    }

    @Test func shortRowsBlankLinesAndStatusTokensAreReported() throws {
        var csv = Self.planCSV(rows: 2500)
        var lines = csv.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for k in stride(from: 200, to: 2400, by: 97) { lines[k] = lines[k].split(separator: ",").prefix(6).joined(separator: ",") }
        for k in [300, 1301, 2002] { lines.insert("", at: k) }
        csv = lines.joined(separator: "\n")
        let source = try Self.expectSame(csv, [
            "from t | summarize n = count(), s = sum(target), staff = sum(staff) by council",
            "from t | where target > 1000 | sort -target | take 3 | select council, target",
        ])
        #expect(source.streamHistory.streams >= 2 && !source.streamHistory.failed)
    }

    @Test func aValueTheSampleDidNotForeseeReadsTheFileWhole() throws {
        // Late in the file: a word among the budgets, then a third decimal place.
        for late in ["abc", "12.345", "£12.00", "1e5"] {
            var lines = Self.planCSV(rows: 2500).split(separator: "\n").map(String.init)
            var cells = lines[2300].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            cells[4] = late
            lines[2300] = cells.joined(separator: ",")
            let source = try Self.expectSame(lines.joined(separator: "\n") + "\n", [
                "from t | summarize s = sum(budget), n = count(budget) by council",
                "from t | summarize s = sum(budget)",
            ])
            #expect(source.streamHistory.failed, "\(late)")
        }
    }

    @Test func aTextColumnThatTheWholeFileWouldTypeReadsTheFileWhole() throws {
        // The sample sees words in `code`; the rest of the file is numbers, enough to type it.
        var csv = "code,v\n"
        for r in 0..<200 { csv += "w\(r % 4),1.5\n" }
        for r in 0..<8000 { csv += "\(r % 17),2.5\n" }
        let source = try Self.expectSame(csv, ["from t | summarize s = sum(v) by code | sort code | take 5",
                                               "from t | summarize n = count(), s = sum(v)"])
        #expect(source.streamHistory.failed)
    }

    @Test func aHeaderOnlyOrBlankFileIsNotStreamed() throws {
        var csv = "a,b\n"
        csv += String(repeating: "\n", count: 20_000)
        try Self.expectSame(csv, ["from t | summarize n = count(), s = sum(b)"])
        let path = try Self.write("")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let request = CSVStreamRequest(path: path, options: ReadOptions(), schema: [], types: [:], morselBytes: 1024)
        #expect(try CSVStream.run(request, files: LocalFileSystem(), process: { $0 }, merge: { _, _ in }) == nil)
    }

    // MARK: selections and joins

    @Test func topNAndGroupsOfTopNKeepFileOrderOnTies() throws {
        // Budgets repeat, so ties decide which rows come first.
        var csv = "council,budget,actual,row\n"
        for r in 0..<9000 { csv += "c\(r % 13),\(r % 50).00,\(r % 7).5,\(r)\n" }
        let source = try Self.expectSame(csv, [
            "from t | sort -budget | take 7",
            "from t | where actual > 2 | derive gap = budget - actual | sort -gap | take 12",
            "from t | group council (sort -budget | take 3)",
            "from t | group council (sort -budget | take 2) | select council, budget, row",
            "from t | group council, actual (sort budget | take 1) | sort council",
            "from t | select council, actual | distinct",
            "from t | where budget > 10 | select actual | distinct | sort -actual | take 4",
        ])
        #expect(source.streamHistory.streams >= 7 && !source.streamHistory.failed)
    }

    @Test func joinsToSmallTablesWarnOnceForTheWholeFile() throws {
        let source = try Self.expectSame(Self.planCSV(rows: 2500), [
            "from t | join c on council | summarize total = sum(budget) by region | sort region",
            "from t | join left c on council | summarize n = count(), s = sum(size) by region, directorate",
            "from t | join semi c on council | summarize n = count()",
            "from t | join c on council | sort -budget | take 4 | select council, region, budget",
        ])
        #expect(source.streamHistory.streams >= 4 && !source.streamHistory.failed)
    }

    @Test func aFilterValueNoRowHasIsStillReported() throws {
        let source = try Self.expectSame(Self.planCSV(rows: 2500), [
            "from t | where council == \"Kentt\" | summarize n = count() by directorate",
            "from t | where council == \"Kent\" | summarize s = sum(budget)",
        ])
        #expect(source.streamHistory.streams >= 2 && !source.streamHistory.failed)
    }

    // MARK: loading the columns a query reads

    @Test func aStreamedLoadIsTheWholeLoad() throws {
        var csv = Self.planCSV(rows: 2500, notes: true)
        csv = csv.replacingOccurrences(of: ",Q3,", with: ",TBC,")
        let path = try Self.write(csv)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (_, source) = Self.engine(path, Self.streaming)
        let files = LocalFileSystem()
        let schema = try source.schema(LoadContext(files: files))
        let wanted: Set<String> = ["council", "fiscal_year", "actual", "target", "note", "opened", "staff"]
        let context = LoadContext(files: files, columns: wanted, schema: schema)
        guard let request = source.streamRequest(context), let (streamed, findings) = try CSVStream.load(request, files: files) else {
            Issue.record("expected a stream")
            return
        }
        var options = LoadOptions()
        options.onlyColumns = wanted
        let (whole, report) = try TabularLoader.load(path: path, options: options, files: files)
        #expect(findings.map(\.message) == DataFiles.findings(report).map(\.message))
        #expect(streamed.rowCount == whole.rowCount && streamed.schema == whole.schema)
        for (a, b) in zip(streamed.columns, whole.columns) {
            #expect(a.type == b.type && a.format == b.format && a.nulls == b.nulls && a.verbatim == b.verbatim)
            #expect(a.values() == b.values())
            if case .text(let ca, let da) = a.storage, case .text(let cb, let db) = b.storage {
                #expect(ca == cb && da == db)
            }
        }
    }

    @Test func stepsThatDoNotMergeReadTheStreamedColumns() throws {
        let source = try Self.expectSame(Self.planCSV(rows: 2500), [
            "from t | summarize med = median(actual), sd = stddev(actual) by directorate, quarter",
            "from t | pivot fiscal_year using sum(budget) by directorate | sort directorate",
            "from t | summarize b = sum(budget) by council, fiscal_year | group council (sort fiscal_year | derive running = running_sum(b)) | sort council, fiscal_year",
        ])
        #expect(source.streamHistory.streams >= 3 && !source.streamHistory.failed)
    }

    @Test func aggregatesThatDoNotMergeAreCollected() throws {
        // Floats (exponents), so sums depend on their order; medians, spreads, first and last.
        var csv = "council,kind,rate,budget\n"
        for r in 0..<6000 { csv += "c\(r % 7),k\(r % 3),\((r * 7919) % 1000)e-3,\(r % 97).\(r % 10)5\n" }
        let source = try Self.expectSame(csv, [
            "from t | summarize s = sum(rate), m = avg(rate), lo = min(rate), med = median(budget), sd = stddev(budget) by council",
            "from t | summarize f = first(budget), l = last(kind), d = count_distinct(budget), q = quantile_cont(rate, 0.9), n = count()",
            "from t | summarize big = median(budget) where rate > 0.5, all = median(budget), s = sum(budget) by kind",
            "from t | pivot kind using sum(rate) by council | sort council",
            "from t | where kind != \"k2\" | pivot kind using count() by council",
            "from t | pivot council using max(budget) where rate > 0.9 by kind",
            // Few rows: most cells have none (0 for count and total, null for the others).
            "from t | where rate > 0.994 | pivot council using total(budget) by kind",
            "from t | where rate > 0.994 | pivot council using count() by kind",
            "from t | where rate > 0.994 | pivot council using avg(budget) by kind",
        ])
        #expect(source.streamHistory.streams >= 6 && !source.streamHistory.failed)
    }

    @Test func theFastPlainNumberAgreesWithTheLoader() {
        var texts = ["0", "-0", "+5", "007", "0.5", ".5", "5.", "-", "+", "1,234", "12.30", "-1639.80", "1e5", "£5",
                     "5%", "2009-03", "03/04/2009", "123456789012345678", "1234567890123456789", "12345678901234567.8",
                     "1.2.3", "12a", "-.5", "00.5", "0.000001", "999999999999999999", "-999999999999999999.0"]
        var x: UInt64 = 7
        for _ in 0..<20_000 {
            x = x &* 6364136223846793005 &+ 1442695040888963407
            let alphabet = Array("0123456789.-+,e%".utf8)
            let n = 1 + Int(x >> 60)
            texts.append(String(decoding: (0..<n).map { k in alphabet[Int((x >> UInt64(4 * k % 56)) & 0xF)] }, as: UTF8.self))
        }
        for t in texts {
            var bytes = Array(t.utf8)
            let n = bytes.count
            bytes.withUnsafeMutableBufferPointer { b in
                let p = UnsafePointer(b.baseAddress!)
                if let fast = fastPlainNumber(p, n) { #expect(fast == classifyFast(p, n), "\(t)") }
            }
        }
    }

    @Test func theFastFinancialYearAgreesWithTheLoader() {
        for year in 0...9999 {
            for next in [(year + 1) % 100, (year + 2) % 100] {
                var text = Array(String(format: "%04d/%02d", year, next).utf8)
                let n = text.count
                let fast = text.withUnsafeMutableBufferPointer { fastFiscalYear(UnsafePointer($0.baseAddress!), n) }
                let slow = text.withUnsafeMutableBufferPointer { classifyCellText(UnsafePointer($0.baseAddress!), n) }
                if let fast { #expect(fast == slow, "\(year)/\(next)") }
                else { #expect(slow.kind != CellKind.fiscalYear || next != (year + 1) % 100, "\(year)/\(next)") }
            }
        }
    }
}
