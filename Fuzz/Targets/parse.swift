@testable import PlanQuery

/// Any bytes as planq source: lexing and parsing never crash or hang, every diagnostic has a
/// span inside the source and renders.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParse(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let input = FuzzInput(data, size)
    let file = SourceFile(name: "fuzz.planq", text: String(decoding: input.bytes, as: UTF8.self))
    let (program, diagnostics) = QueryStackWorker.shared.run { Parser.parse(file) }
    for d in diagnostics {
        if let span = d.span, span.end > file.bytes.count + 1 { fatalError("span past the end: \(d.render())") }
        _ = d.render()
    }
    _ = program.statements.count
    return 0
}
