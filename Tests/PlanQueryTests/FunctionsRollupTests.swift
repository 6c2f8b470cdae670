import Testing
@testable import PlanQuery

/// `total` and `total by k`: subtotal rows after each group, then the grand total.
@Suite("total by (subtotals)")
struct FunctionsRollupTests {
    let budgets = """
        from [["Adult", "Roads", 10.5], ["Children", "Schools", 20], ["Adult", "Care", 5], ["Children", "Youth", null]]
        | rename dir = value1, unit = value2, budget = value3
        """

    func rows(_ q: String) throws -> String { try FunctionDocs.run(example: q, in: makeEngine()) }

    @Test func grandTotalUnchanged() throws {
        #expect(try rows("from [1, 2, null] | total") == "1\n2\n\n3")
        #expect(try rows("from [[\"a\", 1.5], [\"b\", 2]] | total as \"All\"") == "a,1.5\nb,2.0\nAll,3.5")
    }

    @Test func subtotalsByOneKey() throws {
        #expect(try rows(budgets + " | total by dir") == """
            Adult,Roads,10.5
            Adult,Care,5.0
            Adult,Subtotal,15.5
            Children,Schools,20.0
            Children,Youth,
            Children,Subtotal,20.0
            Total,,35.5
            """)
    }

    @Test func nestedKeysAndNumericKeysAreNotSummed() throws {
        let q = """
            from [["Adult", 2008, 10.5], ["Children", 2008, 20], ["Adult", 2009, 5], ["Adult", 2008, 1]]
            | rename dir = value1, year = value2, budget = value3 | total by dir, year as "All"
            """
        #expect(try rows(q) == """
            Adult,2008,10.5
            Adult,2008,1.0
            Adult 2008 subtotal,2008,11.5
            Adult,2009,5.0
            Adult 2009 subtotal,2009,5.0
            Adult subtotal,,16.5
            Children,2008,20.0
            Children 2008 subtotal,2008,20.0
            Children subtotal,,20.0
            All,,36.5
            """)
    }

    @Test func emptyInputAndAllNullGroup() throws {
        #expect(try rows(budgets + " | where budget > 100 | total by dir") == "Total,,0.0")
        // A total over no rows is 0; a group whose values are all missing totals to null, not
        // to a 0 that reads as a real total (gross before 2008/09 in the bundled budgets).
        #expect(try rows("from [[\"a\", null], [\"b\", 2]] | total by value1") == "a,\na subtotal,\nb,2\nb subtotal,2\nTotal,2")
        #expect(try rows("from [[\"a\", null]] | total") == "a,\nTotal,")
    }

    @Test func subtotalsAfterSummarize() throws {
        let q = budgets + " | summarize spend = sum(budget), n = count() by dir, unit | total by dir"
        #expect(try rows(q) == """
            Adult,Roads,10.5,1
            Adult,Care,5.0,1
            Adult,Subtotal,15.5,2
            Children,Schools,20.0,1
            Children,Youth,,1
            Children,Subtotal,20.0,2
            Total,,35.5,4
            """)
    }

    @Test func errors() {
        #expect(errorText(budgets + " | total by nope").contains("no column `nope`"))
        #expect(errorText(budgets + " | total by upper(dir)").contains("total by needs column names"))
    }
}
