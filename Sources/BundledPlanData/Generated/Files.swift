// Generated from examples/data/*.csv by Tests/PlanQueryTests/BundledSourcesTests.swift: do not edit.
// After changing those files run: PLANQ_BLESS=1 swift test --filter BundledSources

extension BundledPlanData {
    /// Each file's name and its text, exactly as in the file.
    static let files: [(name: String, text: StaticString)] = [
        ("actions.csv", actions_csv),
        ("activity.csv", activity_csv),
        ("budgets.csv", budgets_csv),
        ("claims.csv", claims_csv),
        ("commitments.csv", commitments_csv),
        ("comparators.csv", comparators_csv),
        ("consultations.csv", consultations_csv),
        ("kpis.csv", kpis_csv),
        ("monitoring.csv", monitoring_csv),
        ("plans.csv", plans_csv),
        ("projects.csv", projects_csv),
        ("risks.csv", risks_csv),
        ("staffing.csv", staffing_csv),
        ("tables.csv", tables_csv),
        ("targets.csv", targets_csv),
    ]
}
