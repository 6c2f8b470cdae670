// spend-report: a tool with its own data (monthly spend by unit) that answers planq
// questions about it. The planq part is the 15 lines marked below.
import Foundation
import PlanQuery

// The tool's own data, as it already has it.
struct Spend: Codable {
    var unit: String
    var month: YearMonth
    var amount: ExactDecimal
}

let spend = [
    Spend(unit: "Libraries", month: YearMonth(year: 2009, month: 1), amount: ExactDecimal(units: 13450, scale: 2)),
    Spend(unit: "Libraries", month: YearMonth(year: 2009, month: 2), amount: ExactDecimal(units: 12875, scale: 2)),
    Spend(unit: "Youth", month: YearMonth(year: 2009, month: 1), amount: ExactDecimal(units: 70210, scale: 2)),
    Spend(unit: "Youth", month: YearMonth(year: 2009, month: 2), amount: ExactDecimal(units: 74590, scale: 2)),
]

// --- planq: 15 lines ---
let engine = Engine()                                   // reads no files: the tool's data only
engine.limits = Limits(maxRows: 100_000, timeout: .seconds(5))
try engine.register(spend, as: "spend")

struct Total: Decodable { var unit: String; var total: ExactDecimal }
let totals = try engine.query("from spend | summarize total = sum(amount) by unit | sort unit").decode([Total].self)
for t in totals { print("\(t.unit): £\(t.total)") }

let question = CommandLine.arguments.dropFirst().first ?? "from spend | where amount > 500 | sort month"
do {
    print(try engine.query(question, name: "<question>").rendered(as: .table), terminator: "")
} catch let error as PlanQueryError {
    FileHandle.standardError.write(Data((error.description + "\n").utf8))
    exit(65)
}
// --- end of planq ---
