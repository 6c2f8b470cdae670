import PlanQuery

/// Excel `.xlsx` support for PlanQuery: `Excel.register()` once at start-up makes
/// `from "budget.xlsx"`, `read("f.xlsx", sheet = "Budget", range = "A3:F40")` and writing
/// workbooks work (see `Workbooks` in the core library).
public struct Excel: WorkbookCodec {
    public init() {}

    public static func register() { Workbooks.register(Excel()) }

    package func sheetNames(_ bytes: [UInt8], name: String) throws(Diagnostic) -> [String] {
        try XLSXReader(bytes: bytes, name: name).sheets.map(\.name)
    }

    package func readSheet(_ bytes: [UInt8], name: String, sheet: String?, range: String?) throws(Diagnostic) -> WorkbookSheet {
        try XLSXReader(bytes: bytes, name: name).sheet(named: sheet, range: range)
    }

    package func write(_ sheets: [(name: String, table: Table)]) throws(Diagnostic) -> [UInt8] {
        try XLSXWriter.workbook(sheets)
    }
}
