import Foundation
import Testing
@testable import PlanQuery

/// The H2O-style group-by questions of the H2O db-benchmark, each a one-line planq query over a
/// small generated plan-data table (Fixtures/stats/h2o.csv, 240 rows with 6% of `actual`
/// missing). The answers were computed independently by Fixtures/stats/make_expected.py
/// (Python `statistics` with exact fractions, scipy's linregress) into h2o.json.
@Suite("H2O-style questions")
struct FunctionsH2OTests {
    static let questions: [(name: String, query: String)] = [
        ("q1_sum_by_directorate",
         "from h2o | summarize budget = sum(budget) by directorate | sort directorate"),
        ("q2_sum_by_two_keys",
         "from h2o | summarize budget = sum(budget) by directorate, fiscal_year | sort directorate, fiscal_year"),
        ("q3_sum_and_mean_high_cardinality",
         "from h2o | summarize budget = sum(budget), actual = avg(actual) by council, indicator | sort council, indicator"),
        ("q4_median_and_stddev",
         "from h2o | summarize med = median(actual), sd = stddev(actual) by directorate, quarter | sort directorate, quarter"),
        ("q5_max_minus_min",
         "from h2o | summarize spread = max(actual) - min(actual), r = range(actual) by indicator | sort indicator"),
        ("q6_top2_per_council",
         "from h2o | summarize top2 = arg_max(budget, budget, 2) by council | sort council"),
        ("q6b_top2_rows_per_council",
         "from h2o | group council (sort -budget | take 2) | select council, budget | sort council, -budget"),
        ("q7_variance_to_target",
         "from h2o | summarize v = avg((actual - target) / target), reported = count(actual) by directorate | sort directorate"),
        ("q8_running_sum_and_yoy",
         "from h2o | summarize b = sum(budget) by council, fiscal_year | sort council, fiscal_year | group council (derive rs = running_sum(b), yoy = pct_change(b))"),
        ("q9_regression_per_group",
         "from h2o | summarize slope = regr_slope(actual, budget), intercept = regr_intercept(actual, budget), r2 = regr_r2(actual, budget) by directorate | sort directorate"),
        ("q10_sum_and_count_by_five_keys",
         "from h2o | summarize s = sum(budget), n = count() by council, directorate, indicator, fiscal_year, quarter | sort council, directorate, indicator, fiscal_year, quarter"),
    ]

    static var names: [String] { questions.map(\.name) }

    @Test func everyQuestionHasAnIndependentAnswer() {
        #expect(Set(Self.names) == Set(StatsFixtures.h2o.keys))
        for (_, q) in Self.questions { #expect(!q.contains("\n")) }
    }

    @Test("question", arguments: FunctionsH2OTests.names)
    func answer(_ name: String) throws {
        let query = try #require(Self.questions.first { $0.name == name }?.query)
        let expected = try #require(StatsFixtures.h2o[name])
        let t = try makeEngine(dataDirectory: StatsFixtures.dir).query(query)
        let problems = StatsFixtures.compare(t, expected)
        #expect(problems.isEmpty, Comment(rawValue: "\(name): \(query)\n" + problems.prefix(10).joined(separator: "\n")))
    }
}
