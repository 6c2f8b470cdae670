@testable import PlanQuery

/// Any bytes as CSV or TSV (the first byte picks the options): loading never crashes, and
/// every column has one value per row.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    var input = FuzzInput(data, size)
    var options = LoadOptions()
    let mode = input.byte()
    options.format = mode & 1 == 0 ? .csv : .tsv
    options.hasHeader = [nil, true, false][Int(mode >> 1) % 3]
    options.parallel = mode & 8 != 0
    if mode & 16 != 0 { options.delimiter = UInt8(ascii: ";") }
    if mode & 32 != 0 { options.commentLines = true }
    let bytes = input.rest()
    if let (table, report) = try? TabularLoader.load(bytes: bytes, name: "fuzz.csv", options: options) {
        FuzzChecks.table(table)
        _ = report
    }
    return 0
}
