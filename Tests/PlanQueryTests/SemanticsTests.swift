import Testing
@testable import PlanQuery

@Suite("Value semantics")
struct SemanticsTests {
    @Test func exactDecimalArithmetic() throws {
        #expect(try scalar("0.1 + 0.2 == 0.3") == .bool(true))
        #expect(try scalar("0.1 + 0.2").description == "0.3")
        #expect(try scalar("1.10 * 3").description == "3.30")
        #expect(try scalar("£1.2m") == .decimal(ExactDecimal(1_200_000)))
        #expect(try scalar("5%") == .decimal(ExactDecimal(units: 5, scale: 2)))
    }

    @Test func exactSumOfManyPennies() throws {
        // 100,000 values of £0.01 … £1,000.00 sum exactly.
        let engine = makeEngine()
        var rows: [[Value]] = []
        var expected: Int64 = 0
        for i in 0..<100_000 {
            let pence = Int64((i * 7919) % 100_000 + 1)
            expected += pence
            rows.append([.decimal(ExactDecimal(units: pence, scale: 2))])
        }
        engine.register(Table(names: ["amount"], rows: rows), as: "payments")
        let t = try engine.query("from payments | summarize s = sum(amount)")
        #expect(t.columns[0][0] == .decimal(ExactDecimal(units: expected, scale: 2)))
    }

    @Test func financialYears() throws {
        #expect(try scalar("FY2008/09 - 1 == FY2007/08") == .bool(true))
        #expect(try scalar("FY2008/09 + 2").description == "2010/11")
        #expect(try scalar("FY2009/10 - FY2007/08") == .int(2))
        #expect(try scalar("FY2008/09 < FY2009/10") == .bool(true))
        #expect(try scalar("fy(@2009-02-01)").description == "2008/09")
        #expect(try scalar("fy(@2009-04-01)").description == "2009/10")
        #expect(try scalar("FY1999/00").description == "1999/00")
    }

    @Test func nullRules() throws {
        #expect(try scalar("null == null") == .bool(true))
        #expect(try scalar("null != 1") == .bool(true))
        #expect(try scalar("null + 1") == .null)
        #expect(try scalar("null < 1") == .null)
        #expect(try scalar("false and null") == .bool(false))
        #expect(try scalar("true and null") == .null)
        #expect(try scalar("true or null") == .bool(true))
        #expect(try scalar("false or null") == .null)
        #expect(try scalar("not null") == .null)
        #expect(try scalar("null ?? 3") == .int(3))
        #expect(try scalar("1 / 0") == .null)
        #expect(try scalar("null in [1, null]") == .bool(true))
    }

    @Test func nullsInColumnsMatchScalarRules() throws {
        // The column kernels and the value rules agree.
        let engine = makeEngine()
        engine.register(Table(names: ["a", "b"], rows: [[.int(1), .null], [.null, .null], [.int(2), .int(2)]]), as: "t")
        #expect(try column("from t | select x = a == b", engine) == ["false", "true", "true"])
        #expect(try column("from t | select x = a < b", engine) == ["", "", "false"])
        #expect(try column("from t | select x = a + b", engine) == ["", "", "4"])
        #expect(try column("from t | select x = a == 1", engine) == ["true", "false", "false"])
        #expect(try column("from t | select x = a != 1", engine) == ["false", "true", "true"])
        #expect(try column("from t | select x = a > 1", engine) == ["false", "", "true"])
    }

    @Test func integerOverflowIsAnError() {
        #expect(errorText("9223372036854775807 + 1").contains("integer overflow"))
    }

    @Test func typeErrorsPointAtTheSource() {
        let e = errorText("\"a\" - 1")
        #expect(e.hasPrefix("<command>:1:1: error: cannot apply `-` to text and int"))
    }
}

@Suite("Top rows")
struct TopRowsTests {
    @Test func sortThenTakeMatchesAFullSort() throws {
        // Ties and nulls: the fused top-n must give exactly the stable sort's first rows.
        let engine = makeEngine()
        var rows: [[Value]] = []
        for i in 0..<500 { rows.append([.int(i), i % 7 == 0 ? .null : .int((i * 37) % 23)]) }
        engine.register(Table(names: ["id", "v"], rows: rows), as: "t")
        for n in [0, 1, 5, 50, 240] {
            let top = try column("from t | sort -v, id | take \(n) | select id", engine)
            let full = try column("from t | sort -v, id | select id", engine)
            #expect(top == Array(full.prefix(n)))
            let asc = try column("from t | sort v | take \(n) | select id", engine)
            let fullAsc = try column("from t | sort v | select id", engine)
            #expect(asc == Array(fullAsc.prefix(n)))
        }
    }
}
