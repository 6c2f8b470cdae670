import Testing
import PlanQuery

/// The embedding API as a host uses it (no @testable): registering data, prepared queries
/// with typed parameters, typed results, validation for editors, and what a run keeps.
@Suite("Embedding API: register, prepare, results, validate")
struct EmbeddingAPITests {
    struct Budget: Codable, Equatable {
        var unit: String
        var fy: FiscalYear
        var gross: ExactDecimal
        var approved: CalendarDate?
    }

    static let budgets = [
        Budget(unit: "Libraries", fy: FY(2008), gross: ExactDecimal(units: 16398, scale: 1),
               approved: CalendarDate(year: 2008, month: 2, day: 28)),
        Budget(unit: "Youth", fy: FY(2008), gross: ExactDecimal(units: 89234, scale: 1), approved: nil),
        Budget(unit: "Libraries", fy: FY(2009), gross: ExactDecimal(units: 17002, scale: 1),
               approved: CalendarDate(year: 2009, month: 3, day: 2)),
    ]

    func engine() throws -> Engine {
        let engine = Engine()
        try engine.register(EmbeddingAPITests.budgets, as: "budgets")
        return engine
    }

    // MARK: register

    @Test func encodableRowsKeepTheirPlanTypes() throws {
        let t = try engine().query("from budgets")
        #expect(t.columnNames == ["unit", "fy", "gross", "approved"])
        #expect(t.schema.map(\.type) == [.text, .fiscalYear, .decimal, .date])
        #expect(t[1, "approved"] == .null)
        #expect(t[0, "gross"] == .decimal(ExactDecimal(units: 16398, scale: 1)))
    }

    @Test func columnsAndMemoryDataRegister() throws {
        let e = Engine()
        try e.register(columns: ["code": [.text("NI 47"), .text("NI 48")], "value": [.int(650), .int(12)]], as: "kpis")
        try e.register(data: Array("unit,gross\nLibraries,1639.80\nYouth,8923.40\n".utf8), format: .csv, as: "csv_budgets")
        try e.register(data: Array("{\"code\":\"NI 47\",\"target\":600}\n".utf8), as: "targets")
        let t = try e.query("from kpis | join targets on code | derive over = value - target | select code, over")
        #expect(t.rendered(as: .csv) == "code,over\nNI 47,50\n")
        #expect(try e.query("from csv_budgets | summarize total = sum(gross)")[0, "total"]
                == .decimal(ExactDecimal(units: 1056320, scale: 2)))
    }

    @Test func unevenColumnsAndMixedTypesAreRefused() {
        let e = Engine()
        let uneven = #expect(throws: PlanQueryError.self) {
            try e.register(columns: ["a": [.int(1)], "b": []], as: "t")
        }
        #expect(uneven?.diagnostics.first?.message == "the columns of `t` differ in length (a: 1, b: 0)")
        let mixed = #expect(throws: PlanQueryError.self) {
            try e.register(columns: ["a": [.int(1), .text("x")]], as: "t")
        }
        #expect(mixed?.diagnostics.first?.message == "column `a` of `t` mixes int and text (row 2)")
    }

    // MARK: results

    @Test func typedColumnAccessors() throws {
        let t = try engine().query("from budgets | sort fy, unit")
        #expect(try t.values("gross", as: ExactDecimal.self) == [ExactDecimal(units: 16398, scale: 1),
                                                                ExactDecimal(units: 89234, scale: 1),
                                                                ExactDecimal(units: 17002, scale: 1)])
        #expect(try t.values("fy", as: FiscalYear.self) == [FY(2008), FY(2008), FY(2009)])
        #expect(try t.values("approved", as: CalendarDate.self)[1] == nil)
        #expect(try t.values("fy", as: String.self) == ["2008/09", "2008/09", "2009/10"])
        let months = try engine().query("from budgets | derive m = @2008-02 | take 1")
        #expect(try months.values("m", as: YearMonth.self) == [YearMonth(year: 2008, month: 2)])
        // Exact conversions only: 1639.8 is not an Int.
        let error = #expect(throws: PlanQueryError.self) { try t.values("gross", as: Int.self) }
        #expect(error?.diagnostics.first?.message == "row 1, column `gross`: cannot read decimal 1639.8 as Int")
        #expect(throws: PlanQueryError.self) { try t.values("nett", as: Int.self) }
    }

    @Test func decodeRowsIntoStructs() throws {
        struct Total: Decodable, Equatable { var unit: String; var gross: ExactDecimal; var years: Int }
        let t = try engine().query("from budgets | summarize gross = sum(gross), years = count() by unit | sort unit")
        #expect(try t.decode([Total].self) == [Total(unit: "Libraries", gross: ExactDecimal(units: 334000, scale: 2), years: 2),
                                               Total(unit: "Youth", gross: ExactDecimal(units: 89234, scale: 1), years: 1)])
        // The registered struct round-trips, nulls into optionals.
        #expect(try engine().query("from budgets").decode([Budget].self) == EmbeddingAPITests.budgets)
        struct Wrong: Decodable { var unit: Int }
        let error = #expect(throws: PlanQueryError.self) { try t.decode([Wrong].self) }
        #expect(error?.diagnostics.first?.message == "row 1, column `unit`: cannot read text \"Libraries\" as Int")
    }

    @Test func renderingInEveryFormat() throws {
        let t = try engine().query("from budgets | where unit == \"Youth\" | select unit, fy, gross")
        #expect(t.rendered(as: .csv) == "unit,fy,gross\nYouth,2008/09,8923.4\n")
        #expect(t.rendered(as: .jsonl) == "{\"unit\":\"Youth\",\"fy\":\"2008/09\",\"gross\":8923.4}\n")
        #expect(t.rendered(as: .markdown).hasPrefix("| unit | fy | gross |"))
        for format in OutputFormat.allCases { #expect(!t.rendered(as: format).isEmpty) }
    }

    // MARK: prepare and bind

    @Test func prepareOnceRunWithEachYear() throws {
        let e = try engine()
        let q = try e.prepare("""
            param year = FY2008/09
            from budgets | where fy == year | summarize gross = sum(gross)
            """)
        #expect(q.parameterNames == ["year"])
        #expect(q.schema.map(\.name) == ["gross"])
        #expect(try q.run()[0, "gross"] == .decimal(ExactDecimal(units: 105632, scale: 1)))
        try q.bind("year", FY(2009))
        #expect(try q.run()[0, "gross"] == .decimal(ExactDecimal(units: 17002, scale: 1)))
        #expect(try q.run()[0, "gross"] == .decimal(ExactDecimal(units: 17002, scale: 1)))
        q.clearBindings()
        #expect(try q.run()[0, "gross"] == .decimal(ExactDecimal(units: 105632, scale: 1)))
    }

    @Test func bindChecksTypesAtOnce() throws {
        let q = try engine().prepare("param year = FY2008/09\nparam floor = 0\nfrom budgets | where fy == year and gross > floor")
        let wrong = #expect(throws: PlanQueryError.self) { try q.bind("year", 2009) }
        #expect(wrong?.diagnostics.first?.kind == .type)
        #expect(wrong?.diagnostics.first?.message == "parameter `year` is fy, not int 2009")
        let unknown = #expect(throws: PlanQueryError.self) { try q.bind("yeer", FY(2009)) }
        #expect(unknown?.diagnostics.first?.message == "the query has no parameter `yeer`")
        // Any number for a number.
        try q.bind("floor", ExactDecimal(units: 20000, scale: 1))
        #expect(try q.run().rowCount == 1)
    }

    @Test func undeclaredParametersGivenToPrepare() throws {
        let q = try engine().prepare("from budgets | where unit == who | select fy", parameters: ["who": .text("Youth")])
        #expect(try q.run().rendered(as: .csv) == "fy\n2008/09\n")
        try q.bind("who", "Libraries")
        #expect(try q.run().rowCount == 2)
    }

    @Test func prepareReportsErrorsWithPositions() throws {
        let error = #expect(throws: PlanQueryError.self) {
            try engine().prepare("param year = FY2008/09\nfrom budgets | where fy == yeer")
        }
        let d = try #require(error?.diagnostics.first)
        #expect(d.message == "no column `yeer`")
        #expect(d.line == 2 && d.column == 28)
    }

    @Test func hostParametersForOneShotQueries() throws {
        let e = try engine()
        e.parameters = ["year": .fiscalYear(FY(2009))]
        #expect(try e.query("from budgets | where fy == year | select unit").rowCount == 1)
        // Text is converted to a declared parameter's type, as on the command line.
        e.parameters = ["year": .text("2009/10")]
        #expect(try e.query("param year = FY2008/09\nfrom budgets | where fy == year | select unit").rowCount == 1)
    }

    // MARK: validate

    @Test func validateGivesLinesAndColumns() throws {
        let e = try engine()
        #expect(e.validate("from budgets | select unit").isEmpty)
        let syntax = e.validate("from budgets\n| where gross >")
        #expect(syntax.first?.kind == .syntax)
        #expect(syntax.first?.line == 2)
        let name = e.validate("let big = 2000\nfrom budgets | where gros > big")
        #expect(name.count == 1)
        #expect(name[0].message == "no column `gros`")
        #expect(name[0].line == 2 && name[0].column == 22 && name[0].endLine == 2 && name[0].endColumn == 26)
        #expect(name[0].sourceName == "<editor>")
        // Validation reads no rows: a file that cannot be read is not touched.
        e.registerFile("/no/such/file.csv", as: "ghost")
        #expect(e.validate("from budgets | select unit").isEmpty)
    }

    @Test func validateReturnsWarnings() throws {
        let warnings = try engine().validate("let unit = 3\nfrom budgets | where unit == \"Youth\"")
        #expect(warnings.map(\.severity) == [.warning])
        #expect(warnings.first?.line == 2)
    }

    // MARK: state between runs

    @Test func aSnippetsDefinitionsDoNotLeak() throws {
        let e = try engine()
        _ = try e.run("fn sum(x) = 0\nlet budgets = 2\nlet mine = 5")
        // The built-in `sum` and the registered `budgets` are back; `mine` is gone.
        #expect(try e.query("from budgets | summarize n = sum(gross)")[0, "n"] == .decimal(ExactDecimal(units: 122634, scale: 1)))
        #expect(throws: PlanQueryError.self) { try e.query("mine + 1") }
    }

    @Test func aPersistentSessionKeepsDefinitions() throws {
        let e = try engine()
        e.keepsDefinitions = true
        _ = try e.run("let floor = 2000")
        _ = try e.run("fn pounds(x) = x * 1000")
        #expect(try e.query("from budgets | where gross > floor | derive p = pounds(gross) | select p")[0, "p"]
                == .decimal(ExactDecimal(units: 89234000, scale: 1)))
    }

    @Test func hostDefinitionsReachEveryRun() throws {
        let e = try engine()
        try e.define("fn pounds(x) = x * 1000\nlet threshold = 2000")
        #expect(try e.query("from budgets | where gross > threshold | derive p = pounds(gross) | select p").rowCount == 1)
        #expect(try e.query("pounds(2)")[0, "value"] == .int(2000))
    }

    // MARK: functions

    @Test func hostFunctionsAddAndRemove() throws {
        let e = try engine()
        try e.addFunction("vat", parameters: ["net"], returns: .decimal) { args in
            guard let net = args[0].decimalValue, let vat = net.multiplied(by: ExactDecimal(units: 2, scale: 1)) else { return .null }
            return .decimal(vat)
        }
        #expect(try e.query("from budgets | where unit == \"Youth\" | derive v = vat(gross) | select v")[0, "v"]
                == .decimal(ExactDecimal(units: 178468, scale: 2)))
        #expect(e.removeFunction("upper"))
        let error = #expect(throws: PlanQueryError.self) { try e.query("from budgets | derive u = upper(unit)") }
        #expect(error?.diagnostics.first?.kind == .name)
        // An alias goes with its function.
        #expect(e.removeFunction("avg"))
        #expect(throws: PlanQueryError.self) { try e.query("from budgets | summarize m = mean(gross)") }
        #expect(!e.functionNames.contains("avg"))
        #expect(throws: PlanQueryError.self) { try e.addFunction("2x", parameters: [], returns: .int) { _ in .int(2) } }
    }

    @Test func aHostFunctionsErrorNamesItAndTheRow() throws {
        struct Refused: Error, CustomStringConvertible { var description: String { "no rate for this unit" } }
        let e = try engine()
        try e.addFunction("rate", parameters: ["unit"], returns: .decimal) { _ in throw Refused() }
        let error = #expect(throws: PlanQueryError.self) { try e.query("from budgets | derive r = rate(unit)") }
        #expect(error?.diagnostics.first?.message == "rate: no rate for this unit")
    }
}
