@testable import PlanQuery

/// Any text as a plan document: the importer, and the plan dataset built from it, never crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDocument(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let input = FuzzInput(data, size)
    let text = String(decoding: input.bytes, as: UTF8.self)
    let imported = importDocument(name: "fuzz.txt", text: text)
    for t in imported.tables { _ = t.rows.count }
    // the dataset built from that import (buildPlanDataset(documents:) would import again)
    _ = buildPlanDataset(imported: [(imported, text)])
    return 0
}
