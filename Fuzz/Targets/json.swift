@testable import PlanQuery

/// Any bytes as JSON or JSON Lines: loading never crashes, and every column has one value per row.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    var input = FuzzInput(data, size)
    var options = LoadOptions()
    let mode = input.byte()
    options.format = mode & 1 == 0 ? .json : .jsonl
    options.parallel = mode & 2 != 0
    let bytes = input.rest()
    if let (table, _) = try? TabularLoader.load(bytes: bytes, name: "fuzz.json", options: options) {
        FuzzChecks.table(table)
    }
    return 0
}
